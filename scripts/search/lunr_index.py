"""Query a built site's search index in Python, the way Material's worker does.

Used by the relevance tests: builds a lunr.py index from `search/search_index.json`
with the same fields, boosts and folding step as the browser, and returns pages
(not sections) in rank order.
"""

from __future__ import annotations

import json
from pathlib import Path

from lunr.builder import Builder
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.stemmer import stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.trimmer import trimmer

from scripts.search.fold import fold_query


def _fold_for(lang: str):
    def fold_token(token: Token, i: int, tokens: list[Token]) -> Token:
        return token.update(lambda s, metadata: fold_query(s, lang))

    name = f"portal_fold_{lang}"
    if name not in Pipeline.registered_functions:
        Pipeline.register_function(fold_token, name)
    return Pipeline.registered_functions[name]


def _text(value: object) -> str:
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)


class SiteSearch:
    """A lunr.py index over one language's built search_index.json."""

    def __init__(self, search_index: Path, lang: str) -> None:
        data = json.loads(search_index.read_text(encoding="utf-8"))
        self.lang = lang
        fold = _fold_for(lang)
        builder = Builder()
        # Material's pipelines: English keeps trimmer, stop words and stemmer; the
        # Vietnamese build (lang: vi) has no stemmer. Ours adds folding first.
        steps = [fold, trimmer] + ([stop_word_filter, stemmer] if lang == "en" else [])
        builder.pipeline.add(*steps)
        builder.search_pipeline.add(*([fold] + ([stemmer] if lang == "en" else [])))
        builder.ref("location")
        fields = data["config"]["fields"]
        for name, options in fields.items():
            builder.field(name, boost=options.get("boost", 1))
        for doc in data["docs"]:
            # Material indexes tags as a list; join it, and give absent fields "".
            builder.add({
                "location": doc["location"],
                **{name: _text(doc.get(name, "")) for name in fields},
            })
        self.index: Index = builder.build()
        self.titles = {d["location"]: d["title"] for d in data["docs"]}

    def pages(self, query: str, limit: int = 10) -> list[str]:
        """Page paths (no #section) in rank order, each once, for a typed query."""
        terms = fold_query(query, self.lang).split()
        # Material turns each typed term into a trailing-wildcard term, ORed.
        expression = " ".join(f"{term}*" for term in terms if term)
        seen: list[str] = []
        for hit in self.index.search(expression):
            page = hit["ref"].split("#", 1)[0]
            if page not in seen:
                seen.append(page)
        return seen[:limit]
