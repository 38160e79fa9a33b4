"""Query a built site's search index in Python, the way Material's worker does.

Used by the relevance tests: builds a lunr.py index from `search/search_index.json`
with the same fields, boosts and folding step as the browser, and returns pages
(not sections) in rank order.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from lunr.builder import Builder
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token

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


def _plain(value: str, separator: re.Pattern[str]) -> str:
    # Material's tokenizer skips markup and splits on the configured separator.
    text = html.unescape(re.sub(r"<[^>]+>", " ", value))
    return separator.sub(" ", text)


class SiteSearch:
    """A lunr.py index over one language's built search_index.json."""

    def __init__(self, search_index: Path, lang: str) -> None:
        data = json.loads(search_index.read_text(encoding="utf-8"))
        self.lang = lang
        fold = _fold_for(lang)
        builder = Builder()
        # Material keeps only the pipeline steps named in config.pipeline (by default
        # just the stop-word filter: no trimmer, no stemmer); our worker adds folding
        # first. The Vietnamese stop-word list (4 words) is left out here.
        steps = [fold] + ([stop_word_filter] if "stopWordFilter" in data["config"]["pipeline"]
                          and lang == "en" else [])
        builder.pipeline.add(*steps)
        builder.search_pipeline.add(fold)
        separator = re.compile(data["config"]["separator"])
        builder.ref("location")
        fields = data["config"]["fields"]
        for name, options in fields.items():
            builder.field(name, boost=options.get("boost", 1))
        for doc in data["docs"]:
            # Material indexes tags as a list; join it, and give absent fields "".
            builder.add({
                "location": doc["location"],
                **{name: _plain(_text(doc.get(name, "")), separator) for name in fields},
            })
        self.index: Index = builder.build()
        self.titles = {d["location"]: d["title"] for d in data["docs"]}

    def pages(self, query: str, limit: int = 10) -> list[str]:
        """Page paths (no #section) in rank order, each once, for a typed query."""
        terms = [t for t in fold_query(query, self.lang).split() if t]
        # Material turns each typed term into a trailing-wildcard term, ORed ...
        hits = self.index.search(" ".join(f"{term}*" for term in terms))
        ranked = []
        for hit in hits:
            matched = hit["match_data"].metadata.keys()
            coverage = sum(any(m.startswith(t) for m in matched) for t in terms) / len(terms)
            is_page = "#" not in hit["ref"]
            # ... then boosts whole pages and hits that match more of the terms.
            ranked.append((hit["score"] * (1 + (is_page + coverage) ** 2), hit["ref"]))
        seen: list[str] = []
        for _score, ref in sorted(ranked, key=lambda r: -r[0]):
            page = ref.split("#", 1)[0]
            if page not in seen:
                seen.append(page)
        return seen[:limit]
