"""Helpers for the leaflet tests: read PDFs (pypdf), decode QR codes (zbarimg),
render pages to PNG (pdftoppm). Not a test module itself."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from scripts.paths import ROOT

PNG_DIR = ROOT / "test-output" / "leaflets"  # git-ignored: for a person to look at


def flat(text: str) -> str:
    """Whitespace folded: a title may wrap over several lines in the PDF."""
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(FontName, embedded?) of every font used on any page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in (font_dict.get_object().values() if font_dict else []):
            font = ref.get_object()
            for desc_font in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                descriptor = desc_font.get("/FontDescriptor")
                if descriptor is None:
                    found.append((str(desc_font.get("/BaseFont")), False))
                    continue
                descriptor = descriptor.get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found.append((str(descriptor.get("/FontName")), embedded))
    return found


def to_png(pdf_path: Path, png_base: Path, page: int = 1, dpi: int = 150,
           gray: bool = False) -> Path:
    png_base.parent.mkdir(parents=True, exist_ok=True)
    args = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page)]
    if gray:
        args.insert(1, "-gray")
    subprocess.run([*args, str(pdf_path), str(png_base)], check=True, capture_output=True)
    return png_base.with_suffix(".png")


def qr_codes(png: Path) -> set[str]:
    proc = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                           str(png)], capture_output=True, text=True)
    return {line.strip() for line in proc.stdout.splitlines() if line.strip()}


def text_runs(pdf: bytes) -> list[tuple[int, float, float, float, str]]:
    """(page index, x, y, font size, text) of every run of text, in PDF points from the
    page's bottom left: where a piece of text sits on the sheet and how big it is."""
    found: list[tuple[int, float, float, float, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        def visit(text, cm, tm, _font, size, number=number) -> None:
            if not text.strip():
                return
            a, _b, _c, d, e, f = tm
            ca, cb, cc, cd, ce, cf = cm
            x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
            scale = abs(d * cd) or abs(a * ca)
            found.append((number, x, y, size * scale, text.strip()))
        page.extract_text(visitor_text=visit)
    return found
