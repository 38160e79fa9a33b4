"""The one font the leaflets use, carried by the project (never a machine font)."""

from __future__ import annotations

from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"
FAMILY = "NotoSans Leaflet"  # own name: never matches a machine font, so a missing
# file shows up as a foreign font in the PDF (the tests check every font is "NotoSans")
FONT_FILES = {
    "400": FONTS_DIR / "NotoSans-Regular.ttf",
    "700": FONTS_DIR / "NotoSans-Bold.ttf",
}
SYSTEM_COPIES = Path("/usr/share/fonts/truetype/noto")


class FontMissing(FileNotFoundError):
    pass


def ensure_fonts() -> None:
    """Fail with the fix in the message when the project's font files are missing."""
    missing = [p for p in FONT_FILES.values() if not p.is_file()]
    if missing:
        raise FontMissing(
            "leaflets: font files missing: " + ", ".join(str(p) for p in missing)
            + f" (copy them from {SYSTEM_COPIES}/, Debian package fonts-noto-core)")


def font_face_css() -> str:
    """@font-face rules with file:// URLs to the full TTFs (not the web subsets), and
    that family as the only one: no generic fallback such as sans-serif."""
    faces = [f'@font-face {{ font-family: "{FAMILY}"; font-style: normal; '
             f'font-weight: {weight}; src: url("{path.as_uri()}") format("truetype"); }}'
             for weight, path in FONT_FILES.items()]
    return "\n".join([*faces, f'html, body, * {{ font-family: "{FAMILY}"; }}'])
