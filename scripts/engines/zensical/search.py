"""Our folded search index from Zensical's: Zensical writes `search.json` ({config,
items}); the library's index step (scripts/search/feature.py) reads Material's
`search/search_index.json` ({config, docs}). Same records, other names: rewrite, then
run the library's step, as the MkDocs plugin's on_post_build does."""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

from scripts.search.feature import after_build
from scripts.search.site_index import MATERIAL_INDEX
from scripts.site.model import Site

ZENSICAL_INDEX = "search.json"
# The fields Material's index has per document; Zensical adds `level` and `path`.
DOC_FIELDS = ("location", "title", "text", "tags")


def write_portal_index(site: Site, lang: str, built: Path, features: Collection[str]) -> None:
    """`built`: one language's Zensical site. Writes search/search_index.full.js (ours,
    folded) and the stub search/search_index.json beside Zensical's search.json, which
    Zensical's own search keeps reading."""
    source = built / ZENSICAL_INDEX
    if "search" not in features or not source.is_file():
        return
    index = json.loads(source.read_text(encoding="utf-8"))
    docs = [{k: item[k] for k in DOC_FIELDS if item.get(k)} for item in index["items"]]
    target = built / MATERIAL_INDEX
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"config": index["config"], "docs": docs},
                                 ensure_ascii=False), encoding="utf-8")
    after_build(site, lang, built)
