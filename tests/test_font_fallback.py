"""The local fallback fonts in fonts.css are sized to Noto Sans from the font files
(scripts/fonts/fallback.py): recomputed here for DejaVu Sans, which every Debian machine
has (fontconfig depends on it), and the CSS must carry the same numbers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scripts.fonts.fallback import metrics, overrides, site_text, web_font
from scripts.paths import ROOT

FONTS_CSS = ROOT / "overrides" / "assets" / "stylesheets" / "fonts.css"
DESCRIPTORS = ("size-adjust", "ascent-override", "descent-override", "line-gap-override")


def faces() -> dict[tuple[str, str], dict[str, str]]:
    """(family, weight) -> descriptors of every @font-face in fonts.css."""
    out = {}
    for body in re.findall(r"@font-face\s*\{(.*?)\}", FONTS_CSS.read_text(encoding="utf-8"),
                           re.S):
        props = dict(re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body))
        out[(props["font-family"].strip('"'), props["font-weight"])] = props
    return out


def system_font(name: str) -> Path:
    found = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True,
                           text=True, check=True).stdout.strip()
    path = Path(found)
    assert path.name.startswith(name.split(":")[0].replace(" ", "")), (
        f"{name} is not installed (fc-match gave {found}): apt-get install fonts-dejavu-core")
    return path


def percent(value: str) -> float:
    return float(value.strip().removesuffix("%"))


@pytest.mark.parametrize(("weight", "style"), [("400", "DejaVu Sans"),
                                               ("700", "DejaVu Sans:bold")])
def test_dejavu_fallback_matches_its_font_file(weight: str, style: str) -> None:
    path = system_font(style)
    want = overrides(web_font(int(weight)), metrics([path]), site_text())
    got = faces()[("Noto Sans Fallback DejaVu", weight)]
    # The sample text is the site's own pages: editing them moves the numbers a little.
    assert abs(percent(got["size-adjust"]) - want.size_adjust) < 1.0, (got, want)
    assert abs(percent(got["ascent-override"]) - want.ascent) < 1.5, (got, want)
    assert abs(percent(got["descent-override"]) - want.descent) < 0.5, (got, want)
    assert percent(got["line-gap-override"]) == pytest.approx(want.line_gap, abs=0.01)


def test_every_fallback_is_sized_and_listed_after_noto() -> None:
    found = faces()
    fallbacks = {family for family, _ in found if family.startswith("Noto Sans Fallback")}
    assert fallbacks == {"Noto Sans Fallback Arial", "Noto Sans Fallback Roboto",
                         "Noto Sans Fallback DejaVu"}
    for (family, weight), props in found.items():
        if family in fallbacks:
            assert props["src"].startswith("local("), family  # never a download
            assert all(d in props for d in DESCRIPTORS), (family, weight)
    for family in fallbacks:
        assert {w for f, w in found if f == family} == {"400", "700"}, family
    stack = re.search(r"--md-text-font:\s*([^;]+);", FONTS_CSS.read_text(encoding="utf-8"))
    names = [n.strip().strip('"') for n in stack.group(1).split(",")]
    assert names[0] == "Noto Sans" and set(names[1:]) == fallbacks, names


def test_noto_vertical_metrics_are_read_as_chromium_does() -> None:
    noto = web_font(400)
    assert (noto.ascent, noto.descent, noto.line_gap) == (1.069, 0.293, 0.0)
    assert {"a", "ạ", "ữ", "Đ"} <= set(noto.widths)  # both subsets, merged
