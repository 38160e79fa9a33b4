"""MkDocs glue for search: per-language settings for our folding worker.

Runs before the offline plugin (priority -100), which copies the index into
search_index.js for file:// use.
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.search.fold import variants


def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["portal_variants"] = variants(config.theme["language"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")
