"""Size a local fallback font to the self-hosted web font, so the swap does not move text.

While Noto Sans is still downloading, the browser draws the page in a local font; when
Noto arrives, every line is drawn again. If the two fonts differ in width, lines re-wrap
and everything below moves (cumulative layout shift). An `@font-face` over a local font
with `size-adjust` (its average advance scaled to Noto's on the site's own text) and
`ascent-override`, `descent-override`, `line-gap-override` (Noto's vertical metrics)
makes the fallback take the same room. The numbers come from the font files:

    .venv/bin/python -m scripts.fonts.fallback FALLBACK.ttf [FALLBACK-BOLD.ttf ...]

prints, for each file, the descriptors to paste into
overrides/assets/stylesheets/fonts.css (tests/test_font_fallback.py recomputes those for
DejaVu Sans, which every Debian machine has, and fails if the CSS drifts).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont

from scripts.paths import ROOT

WEB_FONTS = ROOT / "overrides" / "assets" / "fonts"
DOCS = ROOT / "docs"
# Markup that is not text on the page: Jinja tags, Markdown link targets, HTML tags.
_NOT_TEXT = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\]\([^)]*\)|<[^>]+>|\{[#:.][^}]*\}")


@dataclass(frozen=True)
class Metrics:
    """One font's widths (advance per character, in em) and vertical metrics (in em)."""

    widths: Mapping[str, float]
    ascent: float
    descent: float  # positive, below the baseline
    line_gap: float


@dataclass(frozen=True)
class Overrides:
    """The @font-face descriptors, in percent."""

    size_adjust: float
    ascent: float
    descent: float
    line_gap: float

    def css(self) -> str:
        return (f"size-adjust: {self.size_adjust:.2f}%; ascent-override: {self.ascent:.2f}%; "
                f"descent-override: {self.descent:.2f}%; "
                f"line-gap-override: {self.line_gap:.2f}%;")


def metrics(paths: Iterable[Path]) -> Metrics:
    """The metrics of one face, from one file or several subsets of it (the web font's
    latin and vietnamese woff2 files): widths merged, vertical metrics of the first.
    Vertical metrics as Chromium reads them: OS/2 typo metrics when the font asks for
    them (USE_TYPO_METRICS), else hhea."""
    widths: dict[str, float] = {}
    vertical = None
    for path in paths:
        font = TTFont(path)
        upm = font["head"].unitsPerEm
        hmtx = font["hmtx"].metrics
        for code, glyph in font.getBestCmap().items():
            widths.setdefault(chr(code), hmtx[glyph][0] / upm)
        if vertical is None:
            os2, hhea = font["OS/2"], font["hhea"]
            if os2.fsSelection & (1 << 7):
                vertical = (os2.sTypoAscender, -os2.sTypoDescender, os2.sTypoLineGap, upm)
            else:
                vertical = (hhea.ascent, -hhea.descent, hhea.lineGap, upm)
    if vertical is None:
        raise ValueError("no font file given")
    ascent, descent, gap, upm = vertical
    return Metrics(widths, ascent / upm, descent / upm, gap / upm)


def site_text(docs: Path = DOCS) -> Counter[str]:
    """How often each character occurs in the hand-written pages of every language: the
    text the fallback has to match (what the pages' helpers insert is similar prose)."""
    counts: Counter[str] = Counter()
    for page in sorted(docs.glob("*/**/*.md")):
        if page.parts[len(docs.parts)] == "data":
            continue
        text = unicodedata.normalize("NFC", page.read_text(encoding="utf-8"))
        text = _NOT_TEXT.sub(" ", text)
        counts.update(c for c in text if c.isalnum() or c in " ,.:;()-")
    return counts


def overrides(web: Metrics, fallback: Metrics, counts: Mapping[str, int]) -> Overrides:
    """Descriptors that make `fallback` take the room of `web` on text with `counts`.

    Only characters both fonts draw count: the rest fall back further, to the next
    family in the stack. The vertical overrides are divided by size-adjust because the
    browser scales them by it too."""
    shared = [c for c in counts if c in web.widths and c in fallback.widths]
    if not shared:
        raise ValueError("the two fonts have no character of the sample text in common")
    web_width = sum(web.widths[c] * counts[c] for c in shared)
    fallback_width = sum(fallback.widths[c] * counts[c] for c in shared)
    scale = web_width / fallback_width
    return Overrides(size_adjust=100 * scale, ascent=100 * web.ascent / scale,
                     descent=100 * web.descent / scale, line_gap=100 * web.line_gap / scale)


def web_font(weight: int) -> Metrics:
    """Noto Sans as the site serves it: the latin and vietnamese subsets of a weight."""
    return metrics(sorted(WEB_FONTS.glob(f"noto-sans-*-{weight}-normal.woff2")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fonts", nargs="+", type=Path, help="local fallback font files")
    parser.add_argument("--weight", type=int, default=None,
                        help="the web font weight to match (default: 700 for files "
                             "named *Bold*, else 400)")
    args = parser.parse_args(argv)
    counts = site_text()
    for path in args.fonts:
        weight = args.weight or (700 if "bold" in path.name.lower() else 400)
        found = overrides(web_font(weight), metrics([path]), counts)
        print(f"/* {path.name} as Noto Sans {weight} */ {found.css()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
