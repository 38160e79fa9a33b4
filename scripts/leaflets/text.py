"""Campaign text made safe to print: one line, NFC, only characters the font can draw."""

from __future__ import annotations

from scripts.campaigns.escape import clean
from scripts.fonts import coverage
from scripts.leaflets.fonts import FONT_FILES
from scripts.site.errors import InputError


class FontLacksScript(InputError):
    """The leaflets' fixed wording in a language uses characters the font cannot draw."""


def check_wording(lang: str, table: dict[str, str]) -> None:
    """Campaign text may lose an emoji; the leaflets' own wording may lose nothing: a
    language whose script the font lacks gets no leaflets, and a clear error."""
    wording = " ".join(str(text) for key, text in table.items()
                       if key.startswith(("leaflets_", "campaigns_")))
    missing = coverage.missing_characters(wording, FONT_FILES.values())
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
    drawable = coverage.drawable_codepoints(tuple(FONT_FILES.values()))
    kept = "".join(ch for ch in clean(text) if ord(ch) in drawable)
    return " ".join(kept.split())
