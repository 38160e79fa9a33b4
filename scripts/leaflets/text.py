"""Campaign text made safe to print: one line, NFC, only characters the font can draw."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTFont

from scripts.campaigns.escape import clean
from scripts.leaflets.fonts import FONT_FILES


@cache
def _drawable() -> frozenset[int]:
    # Every face must draw the character, else WeasyPrint would fall back to a machine font.
    sets = [set(TTFont(path, lazy=True).getBestCmap()) for path in FONT_FILES.values()]
    return frozenset(set.intersection(*sets))


def printable(text: str) -> str:
    """Documented rule: characters Noto Sans cannot draw (emoji, scripts such as Arabic
    or Chinese) are left out of the printed leaflet; the web page keeps them. Markup is
    not touched here: Jinja2 escapes it."""
    drawable = _drawable()
    kept = "".join(ch for ch in clean(text) if ord(ch) in drawable)
    return " ".join(kept.split())
