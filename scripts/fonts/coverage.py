"""Which characters the project's fonts can draw: the one check behind the share cards
(scripts/previews/card.py) and the leaflets (scripts/leaflets/text.py). Each caller
chooses the font files and what a missing character means (left out of the drawing, or
an editors' error for our own wording)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont


@cache
def drawable_codepoints(paths: tuple[Path, ...]) -> frozenset[int]:
    """The code points every face in `paths` has a glyph for. Every face must have it:
    a character one face lacks would be drawn as the font's empty box (Pillow) or in a
    machine font (WeasyPrint)."""
    sets = [set(TTFont(path, lazy=True).getBestCmap()) for path in paths]
    return frozenset(set.intersection(*sets))


def missing_characters(text: str, paths: Iterable[Path]) -> list[str]:
    """The characters of `text` (white space aside) that some face in `paths` cannot
    draw, each once, sorted."""
    drawable = drawable_codepoints(tuple(paths))
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in drawable})
