"""The browser's search ranking, in Python: used by the relevance table and the bench.

Reproduces, step by step, what happens in the reader's browser (Material's worker
wrapped by overrides/assets/javascripts/workers/search-fold.js), on the full index a
build writes (site_index.py):
1. index: Material's tokenizer (markup skipped, the configured separator), then our
   pipeline: fold, bigrams of adjacent syllables, then Material's stop-word filter
   (English only: the Vietnamese list is accented and never meets a folded token);
   Material's settings (b = 0), our field weights and per-document boosts;
2. query: expanded by query.py, every term with a trailing wildcard, ORed;
3. Material's post-query boost: score * (1 + (is_page + share of terms found)²);
   results grouped by page;
4. our worker's re-weighting (final_score) and final order: pages by their best
   score (rounded to 1e-6), ties by path.
A browser test checks this order equals Chromium's for every query of the table.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from lunr.builder import Builder
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import WORDS as STOP_WORDS
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token

from scripts.search.fold import fold
from scripts.search.query import Expansion, bigram, expand, phrase_terms
from scripts.search.site_index import load_site_index
from scripts.search.table import search_table

_TAG = re.compile(r"<[^>]+>")


def _fold_token(token: Token, i: int, tokens: list[Token]) -> Token:
    return token.update(lambda s, metadata: fold(s))


def _bigram_tokens(token: Token, i: int, tokens: list[Token]) -> Token | list[Token]:
    # After folding: each token also yields `_this_next` (query.bigram).
    if i + 1 >= len(tokens):
        return token
    a, b = str(token), str(tokens[i + 1])
    if not a or not b or a.startswith("_") or b.startswith("_"):
        return token
    return [token, token.clone(lambda s, metadata: bigram(a, b))]


for _fn, _name in ((_fold_token, "portalFold"), (_bigram_tokens, "portalBigrams")):
    if _name not in Pipeline.registered_functions:
        Pipeline.register_function(_fn, _name)


def _text(value: object) -> str:
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)


def _words(value: str, separator: re.Pattern[str]) -> str:
    # Material's tokenizer: text between tags, split on the separator, lower-cased.
    return " ".join(w.lower() for w in separator.split(_TAG.sub(" ", value)) if w)


def _round(score: float) -> int:
    return math.floor(score * 1e6 + 0.5)  # the worker's Math.floor(x * 1e6 + 0.5)


class SiteSearch:
    """A lunr.py index over one language's built search index."""

    def __init__(self, lang_dir: Path, lang: str) -> None:
        data: dict[str, Any] = load_site_index(lang_dir)
        self.lang = lang
        self.table = search_table(lang)
        self.separator = re.compile(data["config"]["separator"])
        builder = Builder()
        builder.b(0)  # Material: no length normalisation
        steps = [_fold_token, _bigram_tokens]
        if lang == "en" and "stopWordFilter" in data["config"]["pipeline"]:
            steps.append(stop_word_filter)
        builder.pipeline.add(*steps)
        builder.ref("location")
        fields = data["config"]["fields"]
        for name, options in fields.items():
            builder.field(name, boost=options.get("boost", 1))
        for doc in data["docs"]:
            builder.add(
                {"location": doc["location"],
                 **{name: _words(_text(doc.get(name, "")), self.separator) for name in fields}},
                {"boost": doc.get("boost", 1)},
            )
        self.index: Index = builder.build()
        self.docs = {d["location"]: d for d in data["docs"]}
        # Material: the first entry of a path is the page, later ones its sections.
        seen: set[str] = set()
        self.is_page: dict[str, bool] = {}
        for doc in data["docs"]:
            path = doc["location"].split("#", 1)[0]
            self.is_page[doc["location"]] = path not in seen
            seen.add(path)

    def expand(self, query: str) -> Expansion:
        return expand(query, self.table, self.separator)

    def ranked(self, query: str) -> list[tuple[str, float]]:
        """(page, best score) in the order the browser lists the pages."""
        expansion = self.expand(query)
        terms = expansion.terms
        if not terms:
            return []
        own = phrase_terms(expansion.words) if len(expansion.words) > 1 else []
        hits = self.index.search(" ".join(f"{t}*" for t in terms))
        best: dict[str, float] = {}
        for hit in hits:
            ref = hit["ref"]
            page = ref.split("#", 1)[0]
            matched = list(hit["match_data"].metadata.keys())
            found = _terms_found(terms, matched)
            is_page = self.is_page[ref]
            coverage = sum(found.values()) / len(found) if found else 0
            boost = int(is_page) + coverage
            material = hit["score"] * (1 + boost ** 2)  # what Material's worker returns
            phrase = sum(1 for t in own if found.get(t)) / len(own) if own else 0
            score = final_score(material, is_page, coverage, phrase)
            best[page] = max(best.get(page, 0.0), score)
        return sorted(best.items(), key=lambda kv: (-_round(kv[1]), kv[0]))

    def pages(self, query: str, limit: int = 10) -> list[str]:
        """Page paths (no #section) in rank order, each once, for a typed query."""
        return [page for page, _ in self.ranked(query)[:limit]]


COVERAGE_WEIGHT = 2.0
PHRASE_WEIGHT = 2.0
PAGE_WEIGHT = 2.5


def final_score(material: float, is_page: bool, coverage: float, phrase: float) -> float:
    """Our worker's score of one result, from Material's (same operations, same order
    as `finalScore` in search-fold.js). Material multiplies lunr's score by
    1 + (is_page + coverage)²: a page's intro would beat a section that holds the whole
    phrase. We undo that and weigh: the share of query terms found (`coverage`,
    synonyms and article terms included), the share of the reader's own adjacent
    pairs found (`phrase`), and a little, the page over its sections."""
    base = material / (1 + (int(is_page) + coverage) ** 2)
    return (base * (1 + COVERAGE_WEIGHT * coverage * coverage)
            * (1 + PHRASE_WEIGHT * phrase * phrase) * (PAGE_WEIGHT if is_page else 1))


def _terms_found(terms: list[str], matched: list[str]) -> dict[str, bool]:
    """Material's getSearchQueryTerms: which query terms a result matched; unmatched
    English stop words are not counted (Material asks lunr's English filter)."""
    left = list(dict.fromkeys(terms))
    found: dict[str, bool] = {}
    for term in matched:
        for clause in list(left):
            if term.startswith(clause):
                found[clause] = True
                left.remove(clause)
    for clause in left:
        if clause not in STOP_WORDS:
            found[clause] = False
    return found
