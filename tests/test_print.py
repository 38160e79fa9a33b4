"""Every page on paper, in Chromium's print mode: the site, the page's address, the date
and the hotline on top; no navigation, search or header buttons; black on white;
outbound links followed by their address; tables within the sheet, rows and timeline
steps never cut (overrides/assets/stylesheets/print.css, partials/print-header.html)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from scripts.content.render import format_day
from scripts.sitefacts import load_site_facts, site_root
from tests.conftest import TEST_TODAY

pytestmark = pytest.mark.browser

DOCS = Path(__file__).resolve().parent.parent / "docs"
SITE_NAME = {"vi": "Phòng, chống lao động trẻ em", "en": "Preventing child labour"}
PAGES = ["index.html", "law/minor-workers.html", "report.html", "agencies/index.html",
         "campaigns/events.html", "checker.html"]
# A4 minus the 12 mm margins of print.css, in CSS pixels (96 per inch).
SHEET_WIDTH = round((210 - 24) / 25.4 * 96)


def ui(lang: str) -> dict[str, str]:
    return yaml.safe_load((DOCS / "data" / "ui" / f"{lang}.yml").read_text(encoding="utf-8"))


def printed(page, url: str) -> None:
    page.set_viewport_size({"width": SHEET_WIDTH, "height": 1000})
    page.goto(url)
    page.emulate_media(media="print")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_printed_header_and_no_screen_chrome(page, site_url, lang, path):
    printed(page, f"{site_url}{lang}/{path}")
    header = page.locator(".portal-print-header")
    assert header.is_visible(), "no printed header"
    text = header.inner_text()
    assert SITE_NAME[lang] in text
    assert load_site_facts()["publisher"]["name"][lang] in text
    assert f"{site_root()}{lang}/{path}" in text
    assert f" · {ui(lang)['print_printed']}: " in text  # print mode re-dates it (below)
    assert "111" in text and ui(lang)["hotline_label"] in text
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary",
                   ".md-search", ".md-banner", ".md-footer", ".md-top"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} printed"
    # Black on white: headings, links and running text.
    colours = page.evaluate("""() => [...document.querySelectorAll(
        'article h1, article h2, article a, article p, article li')].slice(0, 80)
        .map(e => getComputedStyle(e).color)""")
    assert set(colours) == {"rgb(0, 0, 0)"}, set(colours)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_printing_stamps_the_day_it_is_printed(page, site_url, lang):
    printed(page, f"{site_url}{lang}/law/penalties.html")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    text = page.inner_text(".portal-print-header__date")
    assert text.startswith(ui(lang)["print_printed"] + ":"), text
    today = page.evaluate("() => { const d = new Date(); return [d.getFullYear(), "
                          "d.getMonth() + 1, d.getDate()] }")
    iso = page.get_attribute(".portal-print-header__date time", "datetime")
    assert iso == f"{today[0]:04d}-{today[1]:02d}-{today[2]:02d}"
    assert str(today[0]) in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_without_javascript_the_build_date_is_printed(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        printed(tab, f"{site_url}{lang}/law/penalties.html")
        build_day = format_day(dt.date.fromisoformat(TEST_TODAY), lang)
        text = tab.inner_text(".portal-print-header__date")
        assert text == f"{ui(lang)['print_built']}: {build_day}", text
    finally:
        context.close()


def test_outbound_links_print_their_address(page, site_url):
    printed(page, f"{site_url}vi/law/sources.html")
    shown = page.evaluate("""() => [...document.querySelectorAll('article a[href^="http"]')]
        .map(a => [a.href, getComputedStyle(a, '::after').content])""")
    assert shown, "no outbound link on the sources page"
    for href, after in shown:
        assert href.rstrip("/") in after, (href, after)
    printed(page, f"{site_url}vi/law/minor-workers.html")  # links within the site
    inner = page.evaluate("""() => [...document.querySelectorAll(
        'article a:not([href^="http"]):not(.headerlink)')]
        .map(a => getComputedStyle(a, '::after').content)""")
    assert inner and set(inner) <= {"none", "normal"}, set(inner)


@pytest.mark.parametrize("path", ["agencies/index.html", "toolkit/checklist.html",
                                  "law/sources.html"])
def test_tables_fit_the_sheet_and_rows_are_never_cut(page, site_url, path):
    printed(page, f"{site_url}vi/{path}")
    tables = page.evaluate("""() => [...document.querySelectorAll('article table')].map(t => {
        const r = t.getBoundingClientRect();
        const row = t.querySelector('tbody tr');
        return {right: r.right, scroll: t.scrollWidth, box: t.clientWidth,
                row: row ? getComputedStyle(row).breakInside : 'avoid',
                head: t.tHead ? getComputedStyle(t.tHead).display : 'table-header-group'};
    })""")
    for t in tables:
        assert t["right"] <= SHEET_WIDTH + 1, (path, t)
        assert t["scroll"] <= t["box"] + 1, (path, t)
        assert t["row"] == "avoid" and t["head"] == "table-header-group", (path, t)


def test_timeline_steps_are_never_cut(page, site_url):
    printed(page, f"{site_url}vi/report.html")
    breaks = page.evaluate("""() => [...document.querySelectorAll('ol.cl-steps > li')]
        .map(li => getComputedStyle(li).breakInside)""")
    assert breaks and set(breaks) == {"avoid"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_printed_pdf_carries_the_header_and_not_the_navigation(page, site_url, lang):
    printed(page, f"{site_url}{lang}/law/minor-workers.html")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    first = (pdf.pages[0].extract_text() or "").replace("\n", "")
    assert f"{site_root()}{lang}/law/minor-workers.html" in first and "111" in first
    if lang == "en":  # pypdf splits Vietnamese letters with marks: compare English text
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
        assert SITE_NAME[lang] in first
        assert ui(lang)["footer_about_link"] not in text  # a footer link: never on paper
        assert "Who does what" not in text  # a navigation section: never on paper
