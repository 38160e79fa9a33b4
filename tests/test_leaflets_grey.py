"""Legible on a black-and-white office printer: every piece of text is dark on a light
ground once converted to grey (nothing relies on colour)."""

from __future__ import annotations

from datetime import date

import pytest
from weasyprint import HTML

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.load import load_example
from scripts.leaflets import render
from scripts.leaflets.layouts import LAYOUTS
from scripts.sitefacts import load_site_facts


def _grey(rgba) -> float:
    """Relative luminance (what a greyscale conversion keeps)."""
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b, a = rgba
    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return a * lum + (1 - a) * 1.0  # over white paper


def _walk(box, background: float):
    box = getattr(box, "_box", box)
    style = getattr(box, "style", None)
    if style is not None and style["background_color"][3] > 0:
        background = _grey(style["background_color"])
    yield box, background
    for child in getattr(box, "children", None) or ():
        yield from _walk(child, background)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.id)
def test_all_text_is_dark_on_light(layout) -> None:
    ctx = render.leaflet_context(load_example(), "vi", layout, today=date(2026, 5, 20),
                                 extra=load_site_facts(), agencies=load_agencies())
    doc = HTML(string=render.render_html(ctx), base_url=str(render.FONTS_DIR)).render(
        stylesheets=[render._stylesheet()], font_config=render._font_config())
    checked = 0
    for page in doc.pages:
        for box, background in _walk(page._page_box, 1.0):
            if type(box).__name__ != "TextBox" or not box.text.strip():
                continue
            text = _grey(box.style["color"])
            ratio = (background + 0.05) / (text + 0.05)
            assert text <= 0.2 and ratio >= 7, (box.text, text, background)
            checked += 1
    assert checked > 20
