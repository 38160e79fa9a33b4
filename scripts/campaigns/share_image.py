"""The 1200x630 share image of a campaign (Open Graph / Zalo / Facebook preview).

Drawn offline with Pillow and the project's Noto Sans. Long titles are wrapped and
the font shrinks; if a title still does not fit, this raises instead of cutting text.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from scripts.campaigns.escape import clean
from scripts.paths import ROOT

FONTS = ROOT / "scripts" / "fonts"
WIDTH, HEIGHT = 1200, 630
MARGIN = 72
BACKGROUND = (40, 53, 147)  # Material indigo 800: white text passes WCAG AAA on it
ACCENT = (255, 214, 0)
TEXT = (255, 255, 255)
TITLE_SIZES = range(76, 35, -4)
TITLE_BOX = (WIDTH - 2 * MARGIN, 330)


class TitleDoesNotFit(ValueError):
    """The title cannot be drawn whole at the smallest font size."""


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap by measured width; a word wider than a line is split by letters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:
            if font.getlength(line + ch) > width and line:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    return lines


def fit_title(title: str) -> tuple[ImageFont.FreeTypeFont, list[str], int]:
    """The largest font size at which the whole title fits its box."""
    for size in TITLE_SIZES:
        font = _font("NotoSans-Bold.ttf", size)
        lines = wrap(title, font, TITLE_BOX[0])
        line_height = int(size * 1.25)
        if len(lines) * line_height <= TITLE_BOX[1]:
            return font, lines, line_height
    raise TitleDoesNotFit(
        f"title too long for the share image ({len(title)} characters): {title[:60]}..."
    )


def share_png(title: str, kicker: str, footer: str) -> bytes:
    """PNG bytes: kicker (e.g. ward + 'campaign') above, title in the middle, site below."""
    title, kicker, footer = clean(title), clean(kicker), clean(footer)
    font, lines, line_height = fit_title(title)
    img = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 24, HEIGHT), fill=ACCENT)
    small = _font("NotoSans-Bold.ttf", 34)
    draw.text((MARGIN, MARGIN - 10), _fit_line(kicker, small), font=small, fill=ACCENT)
    top = 150 + (TITLE_BOX[1] - len(lines) * line_height) // 2
    for i, line in enumerate(lines):
        draw.text((MARGIN, top + i * line_height), line, font=font, fill=TEXT)
    regular = _font("NotoSans-Regular.ttf", 30)
    draw.text((MARGIN, HEIGHT - MARGIN - 30), _fit_line(footer, regular), font=regular,
              fill=TEXT)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _fit_line(text: str, font: ImageFont.FreeTypeFont) -> str:
    # Kicker and footer are our own short strings (ward name, site host): they must fit.
    if font.getlength(text) > WIDTH - 2 * MARGIN:
        raise TitleDoesNotFit(f"share image line too long: {text[:60]}")
    return text


def save_preview(path: Path, title: str) -> None:
    """Write a sample image (handy when checking a new title by eye)."""
    path.write_bytes(share_png(title, "Phường Dị Sử · Chiến dịch", "treem-disu.example.org"))
