"""Tables that fit: the agency matrix has short labelled columns, directive facts have
no empty header row, and every wide table scrolls inside its own labelled, focusable box
on screen, never the page (scripts/output/tables.py, portal.css)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from scripts.content.data import load_content
from scripts.output.tables import wrap_tables
from tests.browser import axe_violations
from tests.htmlscan import pages

LANGS = ("vi", "en")


def test_wrap_tables_names_each_region_and_leaves_existing_regions():
    html = ('<h2 id="m">Matrix<a class="headerlink" href="#m">¶</a></h2><table></table>'
            '<div class="x" role="region" aria-label="a" tabindex="0">\n<table></table></div>'
            '<table><caption>Fines &amp; bands</caption></table>')
    out = wrap_tables(html, "Table, scrolls sideways")
    assert out.count('class="portal-table-scroll"') == 2
    assert 'aria-label="Matrix (Table, scrolls sideways)"' in out
    assert 'aria-label="Fines &amp; bands (Table, scrolls sideways)"' in out
    assert '<div class="x" role="region" aria-label="a" tabindex="0">\n<table></table></div>' in out


@pytest.mark.parametrize("lang", LANGS)
def test_agency_matrix_has_short_labelled_columns(built_site: Path, lang: str):
    html = (built_site / lang / "agencies" / "index.html").read_text(encoding="utf-8")
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    heads = [unescape(re.sub(r"<[^>]+>", "", h)).strip()
             for h in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
    areas = load_content().agencies.work_areas
    assert heads[1:] == [a.label.get(lang) for a in areas]
    assert not any(h.isdigit() for h in heads), heads
    text = unescape(html)
    for area in areas:  # the legend gives each short label its full name
        assert f"{area.label.get(lang)}</strong> (" in text and area.name.get(lang) in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_empty_table_headers_and_every_table_in_a_region(built_site: Path, lang: str):
    for page in pages(built_site, lang):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(built_site).as_posix()
        assert not re.search(r"<th[^>]*>\s*</th>", html), f"{rel}: empty table header"
        if 'class="md-header' not in html:
            continue  # the stand-alone slides
        for match in re.finditer(r"<table\b", html):
            before = html[max(0, match.start() - 500):match.start()]
            opener = re.search(r'<div\b[^>]*role="region"[^>]*>\s*$', before)
            assert opener, f"{rel}: a table outside a scrolling region"
            assert 'tabindex="0"' in opener.group(0) and 'aria-label="' in opener.group(0)
    directive = (built_site / lang / "agencies/directives/di-su-ward.html").read_text(
        encoding="utf-8")
    assert '<div class="portal-facts">' in directive and "<dt>" in directive


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_wide_table_scrolls_in_its_box_not_the_page(page, site_url, lang):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{site_url}{lang}/agencies/index.html")
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 360, f"the page scrolls sideways: {page_width}px"
    box = page.locator("article .portal-table-scroll").first
    sizes = box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert sizes[0] > sizes[1], f"the matrix fits at 360 px? {sizes}"
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "document.querySelector('article .portal-table-scroll').scrollLeft > 0")
    assert axe_violations(page) == []
