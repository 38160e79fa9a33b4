"""Public pages and printed leaflets carry no editors' notes.

Open points (an unconfirmed annex item, an OCR'd decree, a date not in our copy) are
data for editors (`make review`); what readers see says what is certain in plain words.
This scans the visible text of every built page and the text of every PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.htmlscan import pages, parse

# Editors' vocabulary, as the review of the public pages found it (both languages).
EDITORIAL = [
    r"\bOCR\b", r"nhận dạng ký tự", r"cần đối chiếu", r"đối chiếu với văn bản chính thức",
    r"không ghi trong bản sao", r"bản sao (?:chúng tôi|của chúng tôi)", r"chúng tôi dùng",
    r"chưa (?:được )?xác nhận", r"câu chữ cần", r"cách ghi chính xác", r"UNCONFIRMED",
    r"(?i:to be confirmed)", r"(?i:our copy)", r"(?i:not in the copy)", r"(?i:unconfirmed)",
    r"(?i:exact wording)", r"(?i:not yet verified)", r"(?i:copy we used)",
]
PATTERN = re.compile("|".join(f"(?:{p})" for p in EDITORIAL))


def _hits(text: str) -> list[str]:
    return sorted({m.group(0) for m in PATTERN.finditer(text)})


# Template syntax that reached a page: a Jinja comment written `{# #}` in a content
# template (whose comments are `<#-- --#>`) is printed as text.
TEMPLATE_SYNTAX = re.compile(r"\{#\s|\s#\}|<#--|--#>|\{%|%\}|\{\{|\}\}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_page_shows_template_syntax(built_site: Path, lang: str) -> None:
    found = {str(path.relative_to(built_site)): sorted(set(TEMPLATE_SYNTAX.findall(text)))
             for path in pages(built_site, lang)
             if TEMPLATE_SYNTAX.search(text := parse(path).text)}
    assert not found, f"template syntax shown to readers: {found}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_page_shows_editors_notes(built_site: Path, lang: str) -> None:
    found = {}
    for path in pages(built_site, lang):
        hits = _hits(parse(path).text)
        if hits:
            found[str(path.relative_to(built_site))] = hits
    assert not found, f"editors' notes on public pages (keep them for `make review`): {found}"


def test_no_leaflet_shows_editors_notes(built_site: Path) -> None:
    pdfs = sorted(built_site.rglob("*.pdf"))
    assert pdfs, "the built site has no leaflets to check"
    found = {}
    for pdf in pdfs:
        text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        hits = _hits(re.sub(r"\s+", " ", text))
        if hits:
            found[str(pdf.relative_to(built_site))] = hits
    assert not found, f"editors' notes in printed leaflets: {found}"


def test_the_scan_finds_the_notes_it_is_meant_to_find() -> None:
    """The patterns match the notes the public review found, so a pass means something."""
    for note in ["bản OCR ghi 10/09/2026", "(câu chữ cần đối chiếu)",
                 "số không ghi trong bản sao", "exact wording to be confirmed",
                 "number not shown in our copy", "Annex V, to be checked (unconfirmed)"]:
        assert _hits(note), note
