"""Campaign text made safe to print: one line, NFC, only characters the font can draw."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTFont

from scripts.campaigns.escape import clean
from scripts.leaflets.fonts import FONT_FILES
from scripts.site.errors import InputError


@cache
def _drawable() -> frozenset[int]:
    # Every face must draw the character, else WeasyPrint would fall back to a machine font.
    sets = [set(TTFont(path, lazy=True).getBestCmap()) for path in FONT_FILES.values()]
    return frozenset(set.intersection(*sets))


class FontLacksScript(InputError):
    """The leaflets' fixed wording in a language uses characters the font cannot draw."""


def check_wording(lang: str, table: dict[str, str]) -> None:
    """Campaign text may lose an emoji; the leaflets' own wording may lose nothing: a
    language whose script the font lacks gets no leaflets, and a clear error."""
    drawable = _drawable()
    missing = sorted({ch for key, text in table.items()
                      if key.startswith(("leaflets_", "campaigns_"))
                      for ch in str(text) if not ch.isspace() and ord(ch) not in drawable})
    if missing:
        shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
        raise FontLacksScript(
            f"docs/data/ui/{lang}.yml: the leaflets' font (Noto Sans, scripts/fonts/) cannot "
            f"draw {len(missing)} character(s) of this language: {shown}. Add the Noto font "
            "of its script to scripts/fonts/ (README, Adding a language), or build without "
            "leaflets meanwhile: PORTAL_SKIP=leaflets.")


def printable(text: str) -> str:
    """Documented rule: characters Noto Sans cannot draw (emoji, scripts such as Arabic
    or Chinese) are left out of the printed leaflet; the web page keeps them. Markup is
    not touched here: Jinja2 escapes it."""
    drawable = _drawable()
    kept = "".join(ch for ch in clean(text) if ord(ch) in drawable)
    return " ".join(kept.split())
