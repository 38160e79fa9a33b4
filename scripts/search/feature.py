"""Feature `search`: our index next to the engine's, written after the pages are built."""

from __future__ import annotations

from pathlib import Path

from scripts.search.site_index import write_site_index
from scripts.site.model import Site


def after_build(site: Site, lang: str, out: Path) -> None:
    """`out`: one language's built site, where the engine wrote search/search_index.json."""
    if (out / "search" / "search_index.json").exists():
        write_site_index(out, lang)
