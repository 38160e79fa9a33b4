"""A 1200x630 share card (Open Graph / Zalo / Facebook preview), drawn offline with
Pillow and the project's own Noto Sans (scripts/fonts/).

One drawing for every card of the site: a section's default card, a campaign's, an
event's. Text is laid out, never trusted: it is cleaned (one line, no control or bidi
override characters), characters the font cannot draw (emoji, scripts Noto Sans lacks)
are left out (the page keeps them), and what does not fit is wrapped, then cut with
an ellipsis. A title up to the campaign files' limit (120 characters) always fits whole
on a card without a badge (tested), so only hostile or unusual text is ever cut.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from scripts.campaigns.escape import clean
from scripts.fonts import coverage
from scripts.paths import ROOT

FONTS = ROOT / "scripts" / "fonts"
FONT_FILES = {"regular": FONTS / "NotoSans-Regular.ttf", "bold": FONTS / "NotoSans-Bold.ttf"}
WIDTH, HEIGHT = 1200, 630
MEDIA_TYPE = "image/png"
MARGIN = 72
TEXT_WIDTH = WIDTH - 2 * MARGIN
BACKGROUND = (40, 53, 147)  # Material indigo 800: white text passes WCAG AAA on it
ACCENT = (255, 214, 0)
TEXT = (255, 255, 255)
BADGE_TEXT = (183, 28, 28)  # dark red on white: 6.6:1
TITLE_SIZES = range(76, 35, -4)
KICKER_SIZE, BADGE_SIZE, DETAIL_SIZE, FOOTER_SIZE = 34, 34, 32, 30
DETAIL_LINE = 42
KICKER_TOP = 56
BADGE_TOP, BADGE_HEIGHT = 112, 58
TITLE_TOP = 118  # below the kicker; below the badge when there is one
FOOTER_TOP = HEIGHT - MARGIN - FOOTER_SIZE
DETAILS_BOTTOM = FOOTER_TOP - 26
GAP = 18
ELLIPSIS = "…"
MAX_CHARS = 800  # more than fits at the smallest size, even in narrow letters


@dataclass(frozen=True)
class Card:
    """What a card says. Every field is plain text (drawn, never interpreted)."""

    kicker: str  # one line at the top, in the accent colour (who or which part)
    title: str  # the big text
    details: tuple[str, ...] = ()  # lines under the title: date and place, or a sentence
    badge: str = ""  # a status that must be seen (an event moved or cancelled)
    footer: str = ""  # the bottom line (hotline, the site's address)

    @property
    def alt(self) -> str:
        """The card's text alternative (og:image:alt): its words, in reading order."""
        parts = [self.kicker, self.badge, self.title, *self.details, self.footer]
        return ". ".join(p for p in (drawable(x).rstrip(". ") for x in parts) if p)


@dataclass(frozen=True)
class Layout:
    """Where each line of a card goes: (text, font file, size, x, y, colour)."""

    lines: tuple[tuple[str, str, int, int, int, tuple[int, int, int]], ...]
    badge_box: tuple[int, int, int, int] | None
    title_size: int
    truncated: bool  # some text was cut to fit (never a validated title, see above)


@cache
def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_FILES[face]), size)


def drawable(text: str) -> str:
    """`text` as a card can draw it: one clean line, without the characters the font
    lacks (spaces around a removed character collapse) and without invisible format
    characters (bidi marks and isolates, zero-width joiners: the font has some of them,
    and on a card of left-to-right text they could only reorder it)."""
    codepoints = coverage.drawable_codepoints(tuple(FONT_FILES.values()))
    kept = "".join(ch for ch in clean(text)
                   if ord(ch) in codepoints and unicodedata.category(ch) != "Cf")
    return " ".join(kept.split())


def missing_characters(text: str) -> list[str]:
    """Characters of `text` the card font cannot draw (for checks of our own wording)."""
    return coverage.missing_characters(clean(text), FONT_FILES.values())


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap by measured width; a word wider than a line is split by letters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if face.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:
            if face.getlength(line + ch) > width and line:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    return lines


def _cut(line: str, face: ImageFont.FreeTypeFont, width: int) -> str:
    """`line` shortened until it fits `width` with an ellipsis after it."""
    while line and face.getlength(line + ELLIPSIS) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def fit_lines(text: str, face: ImageFont.FreeTypeFont, width: int, max_lines: int
              ) -> tuple[list[str], bool]:
    """At most `max_lines` wrapped lines; the last one cut (with …) if text is left."""
    lines = wrap(text, face, width)
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = _cut(kept[-1], face, width)
    return kept, True


def layout(card: Card) -> Layout:
    """Place every line of the card; nothing is drawn here (tests read the result)."""
    texts = [drawable(x) for x in (card.kicker, card.title, card.badge, card.footer,
                                   *card.details)]
    # More than a card can ever hold is cut first: laying out 10,000 characters at
    # every size would take seconds, and the cut is the same.
    truncated = any(len(x) > MAX_CHARS for x in texts)
    texts = [x[:MAX_CHARS] for x in texts]
    kicker, title, badge, footer = texts[:4]
    details = [d for d in texts[4:] if d]
    lines: list[tuple[str, str, int, int, int, tuple[int, int, int]]] = []
    for text, face, size, top, colour in ((kicker, "bold", KICKER_SIZE, KICKER_TOP, ACCENT),
                                          (footer, "regular", FOOTER_SIZE, FOOTER_TOP, TEXT)):
        if text:
            fitted, cut = fit_lines(text, font(face, size), TEXT_WIDTH, 1)
            lines.append((fitted[0], face, size, MARGIN, top, colour))
            truncated |= cut
    badge_box = None
    title_top = TITLE_TOP
    if badge:
        face = font("bold", BADGE_SIZE)
        fitted, cut = fit_lines(badge, face, TEXT_WIDTH - 40, 1)
        truncated |= cut
        width = int(face.getlength(fitted[0])) + 40
        badge_box = (MARGIN, BADGE_TOP, MARGIN + width, BADGE_TOP + BADGE_HEIGHT)
        lines.append((fitted[0], "bold", BADGE_SIZE, MARGIN + 20, BADGE_TOP + 6, BADGE_TEXT))
        title_top = BADGE_TOP + BADGE_HEIGHT + GAP
    # Details take up to two lines each; if the title then cannot fit, one line each.
    for per_detail in (2, 1):
        placed, detail_cut = [], False
        for text in details:
            fitted, cut = fit_lines(text, font("regular", DETAIL_SIZE), TEXT_WIDTH, per_detail)
            placed.extend(fitted)
            detail_cut |= cut
        details_top = DETAILS_BOTTOM - len(placed) * DETAIL_LINE
        box = details_top - GAP - title_top
        title_lines, size, title_cut = _fit_title(title, box)
        if not title_cut or per_detail == 1:
            break
    truncated |= detail_cut or title_cut
    line_height = int(size * 1.25)
    top = title_top + max(0, (box - len(title_lines) * line_height) // 2)
    for i, text in enumerate(title_lines):
        lines.append((text, "bold", size, MARGIN, top + i * line_height, TEXT))
    for i, text in enumerate(placed):
        lines.append((text, "regular", DETAIL_SIZE, MARGIN, details_top + i * DETAIL_LINE,
                      TEXT))
    return Layout(tuple(lines), badge_box, size, truncated)


def _fit_title(title: str, box: int) -> tuple[list[str], int, bool]:
    """The largest size at which the whole title fits `box` pixels of height; at the
    smallest size, as many lines as fit, the last cut."""
    if not title:
        return [], TITLE_SIZES[0], False
    for size in TITLE_SIZES:
        lines = wrap(title, font("bold", size), TEXT_WIDTH)
        if len(lines) * int(size * 1.25) <= box:
            return lines, size, False
    size = TITLE_SIZES[-1]
    max_lines = max(1, box // int(size * 1.25))
    lines, cut = fit_lines(title, font("bold", size), TEXT_WIDTH, max_lines)
    return lines, size, cut


# The card is drawn straight into a palette image: a few flat colours and each text
# colour's anti-aliased edge in LEVELS steps over its ground: half the time of drawing in
# RGB and quantizing to 64 colours (median 35 -> 20 ms a card, 2026-12-04; a 1000-event
# build draws 1,100 cards per language), the same look and size (about 22 kB).
LEVELS = 16
GROUNDS = ((TEXT, BACKGROUND), (ACCENT, BACKGROUND), (BADGE_TEXT, TEXT))  # (text, on)
_FLAT = (BACKGROUND, ACCENT, TEXT)  # indexes 0 (ground), 1 (side bar), 2 (badge box)


@cache
def _palette() -> tuple[list[int], dict[tuple[int, int, int], list[int]]]:
    """The palette's bytes and, per text colour, the map from a glyph's coverage
    (0-255) to its palette index (0: the ground shows through)."""
    colours = list(_FLAT)
    levels: dict[tuple[int, int, int], list[int]] = {}
    for ink, ground in GROUNDS:
        base = len(colours)
        colours += [tuple(round(g + (i - g) * k / (LEVELS - 1))
                          for g, i in zip(ground, ink, strict=True)) for k in range(LEVELS)]
        levels[ink] = [0] + [base + max(1, round(v * (LEVELS - 1) / 255))
                             for v in range(1, 256)]
    return [v for rgb in colours for v in rgb], levels


def draw(card: Card) -> bytes:
    """The card as PNG bytes: no text chunks, no dates, no colour profile (no metadata)."""
    plan = layout(card)
    palette, levels = _palette()
    index = Image.new("L", (WIDTH, HEIGHT), 0)
    shapes = ImageDraw.Draw(index)
    shapes.rectangle((0, 0, 24, HEIGHT), fill=_FLAT.index(ACCENT))
    if plan.badge_box:
        shapes.rounded_rectangle(plan.badge_box, radius=10, fill=_FLAT.index(TEXT))
    for text, face, size, x, y, colour in plan.lines:
        pen = font(face, size)
        left, top, right, bottom = pen.getbbox(text)
        if right <= left or bottom <= top:
            continue
        glyphs = Image.new("L", (right - left, bottom - top), 0)
        ImageDraw.Draw(glyphs).text((-left, -top), text, font=pen, fill=255)
        box = (x + left, y + top, x + right, y + bottom)
        # lighter: a later line never erases an earlier one where their boxes overlap
        index.paste(ImageChops.lighter(index.crop(box), glyphs.point(levels[colour])), box)
    index.putpalette(palette)
    out = io.BytesIO()
    index.save(out, format="PNG")
    return out.getvalue()
