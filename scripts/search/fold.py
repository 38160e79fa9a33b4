"""Fold text for search: no accents, no case, `đ` -> `d`, spelling variants unified.

The browser does the same in overrides/assets/javascripts/workers/search-fold.js;
tests/test_search_fold.py checks the two agree on every word of the site.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from scripts.paths import DATA
from scripts.yamlmarks import read_yaml

_COMBINING = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """'LAO ĐỘNG trẻ em' -> 'lao dong tre em'. Keeps length for NFC input."""
    # NFD does not decompose đ/Đ (it is a letter of its own): map it by hand.
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed)).lower()


@cache
def variants(lang: str, path: Path = DATA / "search.yml") -> dict[str, str]:
    return dict((read_yaml(path) or {}).get("variants", {}).get(lang) or {})


def fold_query(text: str, lang: str) -> str:
    """Fold a whole query string, mapping spelling variants word by word."""
    table = variants(lang)
    return _WORD.sub(lambda m: table.get(m.group(0), m.group(0)), fold(text))
