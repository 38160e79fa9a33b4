"""MkDocs glue for search: our index next to Material's (all logic in scripts/search).

Runs before the offline plugin (priority -100), which copies Material's (now stub)
index into search_index.js for file:// use.
"""

from __future__ import annotations

from pathlib import Path

from scripts.search.site_index import write_site_index


def on_post_build(config):
    site_dir = Path(config.site_dir)
    if (site_dir / "search" / "search_index.json").exists():
        write_site_index(site_dir, config.theme["language"])
