"""Content-hash cache of drawn cards: a warm build draws no card again.

Key = sha256 of everything that can change the pixels: the card's text, the drawing
code (card.py and the font coverage check it uses, scripts/fonts/coverage.py), the two
font files and the versions of Pillow and of the text-layout libraries it uses. Entries
are written atomically (the vi and en builds run at once).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from pathlib import Path

from PIL import __version__ as pillow_version
from PIL import features

from scripts.atomic import write_bytes
from scripts.fonts import coverage
from scripts.paths import CACHE
from scripts.previews import card as drawing
from scripts.previews.card import Card

CACHE_DIR = CACHE / "previews"


@cache
def static_digest() -> str:
    """Hash of what every card shares: drawing code, fonts, library versions."""
    h = hashlib.sha256(Path(drawing.__file__).read_bytes())
    h.update(Path(coverage.__file__).read_bytes())  # decides which characters are drawn
    for path in drawing.FONT_FILES.values():
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for lib in ("freetype2", "raqm", "fribidi", "harfbuzz"):
        h.update(f"{lib}={features.version(lib)}\0".encode())
    h.update(f"pillow={pillow_version}".encode())
    return h.hexdigest()


def card_key(card: Card) -> str:
    h = hashlib.sha256(static_digest().encode())
    h.update(json.dumps(asdict(card), ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()


def card_png(card: Card, folder: Path | None = None) -> bytes:
    """The card's PNG: from the cache if drawn before with the same inputs, else drawn
    now and kept. `folder` defaults to .cache/previews (PORTAL_CACHE_DIR/previews)."""
    folder = CACHE_DIR if folder is None else folder
    path = folder / f"{card_key(card)}.png"
    try:
        return path.read_bytes()
    except OSError:
        pass
    png = drawing.draw(card)
    write_bytes(path, png)
    return png
