"""QR codes as inline SVG (vector: sharp on a screen and at any printer resolution),
for the campaign pages' share blocks and the printed leaflets.

Each code is made once and kept in .cache/qr: segno's search for the best mask took a
fifth of a 1000-event build's pages. The key is everything the SVG depends on (segno's
version, the URL, the label, the look); entries are written atomically (the languages
build at once). Error level M survives a smudge; black on white prints on any printer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import segno

from scripts.atomic import write_bytes
from scripts.paths import CACHE


def qr_svg(url: str, label: str, *, scale: int, svgclass: str, omitsize: bool = False,
           folder: Path | None = None) -> str:
    """The code of `url` as an inline <svg> whose <title> is `label` (segno escapes it).
    `omitsize`: no width and height (the leaflet's CSS sizes it)."""
    folder = CACHE / "qr" if folder is None else folder
    look = f"{scale}\0{svgclass}\0{omitsize}"
    key = hashlib.sha256(
        f"segno={segno.__version__}\0{url}\0{label}\0{look}".encode()).hexdigest()
    path = folder / f"{key}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    svg = segno.make(url, error="m").svg_inline(
        scale=scale, border=2, title=label, svgclass=svgclass, lineclass=None,
        dark="#000", light="#fff", omitsize=omitsize)
    write_bytes(path, svg.encode("utf-8"))
    return svg
