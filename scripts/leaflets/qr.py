"""QR code of the campaign page as inline SVG (vector: sharp at any printer resolution)."""

from __future__ import annotations

from functools import cache

import segno
from markupsafe import Markup


@cache  # the same page URL appears on every layout of a campaign
def qr_svg(url: str, label: str) -> Markup:
    # Error level M survives a smudge; black on white prints on any printer.
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=1, border=2, title=label, svgclass="qr", lineclass=None,
                        dark="#000", light="#fff", omitsize=True)
    return Markup(svg)  # built by segno from our own URL; segno escapes the title
