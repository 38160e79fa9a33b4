"""Expand what a reader typed into the terms the search index is asked for.

Python twin of `expandQuery` in overrides/assets/javascripts/workers/search-fold.js
(a browser test checks both give the same terms for every query of the relevance
table). For "so theo doi" the index is asked for
    so theo doi _so_theo _theo_doi
- the folded words (accents, case and spelling variants unified), as Material does;
- each pair of adjacent words as a bigram term (`_a_b`, indexed beside the single
  syllables by bigram_terms), so pages with the phrase outrank pages with the words apart;
- `_dieu_296` for "đ 296", "art. 296", "article 296" (the section stating the article
  carries that term in its `articles` field);
- for a phrase of a synonym group, the other phrases of its group (as bigrams).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.search.fold import fold
from scripts.search.table import SearchTable

_WORD = re.compile(r"[a-z0-9]+")
_LUNR_SYNTAX = re.compile(r"[+~^*]")  # lunr query operators: never from a reader
_NUMBER = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Expansion:
    words: list[str]  # what the reader typed, folded: Material's own query
    terms: list[str]  # words + bigrams + article and synonym terms: the ranked query

    @property
    def query(self) -> str:
        """The query string the worker hands to Material."""
        return " ".join(self.terms)


def bigram(a: str, b: str) -> str:
    """The index term for two adjacent syllables; `_` keeps it apart from words, so
    a typed `lao*` never matches `_lao_dong`."""
    return f"_{a}_{b}"


def phrase_terms(words: list[str]) -> list[str]:
    """One word stands for itself; a phrase for its chain of bigrams."""
    if len(words) == 1:
        return list(words)
    return [bigram(a, b) for a, b in zip(words, words[1:], strict=False)]


def split_words(text: str, table: SearchTable, separator: re.Pattern[str]) -> list[str]:
    folded = fold(text)
    folded = _WORD.sub(lambda m: table.variants.get(m.group(0), m.group(0)), folded)
    words = (_LUNR_SYNTAX.sub("", w) for w in separator.split(folded))
    return [w for w in words if w]


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def expand(text: str, table: SearchTable, separator: re.Pattern[str]) -> Expansion:
    words = split_words(text, table, separator)
    terms = list(words)
    terms += phrase_terms(words) if len(words) > 1 else []
    for a, b in zip(words, words[1:], strict=False):
        if a in table.article_words and _NUMBER.fullmatch(b):
            terms.append(bigram(table.article_key, b))
    for group in table.synonyms:
        phrases = [p.split() for p in group]
        if any(_contains(words, p) for p in phrases):
            for p in phrases:
                if not _contains(words, p):
                    terms += phrase_terms(p)
    unique = list(dict.fromkeys(terms))
    return Expansion(words=words, terms=unique)
