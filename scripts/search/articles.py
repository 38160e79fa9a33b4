"""Article lookup: which search entry states which article.

A law page states an article in a section whose heading anchor is `#art-<number>`
(the pages' convention, e.g. `### ... {#art-296}`); the number must be registered in
the citation registry, docs/data/sources.yml. That section gets the term
`_<key>_<number>` (e.g. `_dieu_296`) in its `articles` field, and query.py asks for
the same term when a reader types "đ 296", "art. 296" or "article 296".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from scripts.paths import DATA
from scripts.search.query import bigram
from scripts.yamlmarks import read_yaml

ANCHOR = re.compile(r"#art-([0-9]+)$")


@cache
def registered_articles(path: Path = DATA / "sources.yml") -> frozenset[str]:
    """Every article number of every instrument in the registry (top level: '296')."""
    sources = read_yaml(path) or []
    return frozenset(
        str(a).split(".", 1)[0] for source in sources for a in source.get("articles") or []
    )


def article_anchors(locations: list[str], registered: frozenset[str]) -> dict[str, str]:
    """location -> article number, for the sections that state a registered article."""
    found = {}
    for location in locations:
        match = ANCHOR.search(location)
        if match and match.group(1) in registered:
            found[location] = match.group(1)
    return found


def article_term(key: str, number: str) -> str:
    return bigram(key, number)
