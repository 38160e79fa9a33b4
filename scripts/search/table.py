"""The search table of one language, from docs/data/search.yml: spelling variants,
synonym groups, article words, field weights and page-kind boosts.

The browser gets the same table inside the search index (`config.portal`), so the
worker and the Python model read one source.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from pathlib import Path
from typing import Any

from scripts.paths import DATA
from scripts.search.fold import fold
from scripts.yamlmarks import read_yaml

SEARCH_YML = DATA / "search.yml"


@dataclass(frozen=True)
class SearchTable:
    lang: str
    variants: dict[str, str]
    synonyms: tuple[tuple[str, ...], ...]  # folded phrases, one group per row
    article_key: str
    article_words: tuple[str, ...]
    fields: dict[str, float]
    kinds: tuple[tuple[str, float], ...]  # (glob on the location, boost)

    def boost_for(self, location: str) -> float:
        """Weight of a page kind: first glob that matches the page path, else 1."""
        path = location.split("#", 1)[0]
        return next((boost for pattern, boost in self.kinds if fnmatchcase(path, pattern)), 1.0)

    def worker_config(self) -> dict[str, Any]:
        """What the browser's worker needs to expand queries exactly as query.py does."""
        return {
            "variants": self.variants,
            "synonyms": [list(group) for group in self.synonyms],
            "article_key": self.article_key,
            "article_words": list(self.article_words),
        }


@cache
def search_table(lang: str, path: Path = SEARCH_YML) -> SearchTable:
    data = read_yaml(path) or {}
    articles = (data.get("articles") or {}).get(lang) or {}
    # Synonyms are folded once here: queries are folded before they are compared.
    synonyms = tuple(
        tuple(" ".join(fold(str(phrase)).split()) for phrase in row)
        for row in (data.get("synonyms") or {}).get(lang) or []
    )
    return SearchTable(
        lang=lang,
        variants=dict((data.get("variants") or {}).get(lang) or {}),
        synonyms=synonyms,
        article_key=fold(str(articles.get("key", ""))),
        article_words=tuple(fold(str(w)) for w in articles.get("words") or []),
        fields={k: float(v) for k, v in (data.get("fields") or {}).items()},
        kinds=tuple((str(k["match"]), float(k["boost"])) for k in data.get("kinds") or []),
    )
