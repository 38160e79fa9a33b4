"""The foundation in a real browser: language switch, search, privacy, accessibility,
and the same site opened from a folder (file://)."""

from __future__ import annotations

import pytest

from tests.browser import axe_violations, file_url, foreign_requests
from tests.search_ui import marks, search, search_is_open

# Shared checks: on the MkDocs and the Zensical build (tests/conftest.py).
pytestmark = [pytest.mark.browser, pytest.mark.engines]

VARIANTS = ["lao dong tre em", "lao động trẻ em", "LAO ĐỘNG TRẺ EM", "lao đong tre em"]


def switch_language(page, code: str) -> None:
    page.click(".md-header__option .md-select > button")
    page.click(f".md-select__link[hreflang={code}]")
    page.wait_for_load_state()


@pytest.mark.parametrize("path", ["law/minor-workers.html", "report.html", "index.html"])
def test_language_switch_keeps_the_page(page, site_url, path):
    page.goto(f"{site_url}vi/{path}")
    switch_language(page, "en")
    assert page.url == f"{site_url}en/{path}"
    assert page.get_attribute("html", "lang") == "en"
    switch_language(page, "vi")
    assert page.url == f"{site_url}vi/{path}"


def test_accent_and_case_variants_find_the_same_pages_in_the_same_order(page, site_url):
    page.goto(f"{site_url}vi/index.html")
    results = {q: search(page, q) for q in VARIANTS}
    first = results[VARIANTS[0]]
    assert first, "no results for 'lao dong tre em'"
    for query, found in results.items():
        assert found == first, f"{query!r} gave {found}, expected {first}"


def test_d_matches_dj_and_results_are_highlighted(page, site_url):
    page.goto(f"{site_url}vi/index.html")
    assert search(page, "dieu 143")
    marked = marks(page)
    assert any(m.lower() in ("điều", "143") for m in marked), marked


def test_vietnamese_pages_never_show_english_results_and_back(page, site_url):
    page.goto(f"{site_url}vi/index.html")
    vi_hits = search(page, "lao dong")
    assert vi_hits and all(p.startswith("/vi/") for p in vi_hits), vi_hits
    page.goto(f"{site_url}en/index.html")
    en_hits = search(page, "child labour")
    assert en_hits and all(p.startswith("/en/") for p in en_hits), en_hits


def test_labor_finds_labour(page, site_url):
    page.goto(f"{site_url}en/index.html")
    assert search(page, "labor") == search(page, "labour") != []


def test_no_request_leaves_the_site(page, site_url, requests_log):
    for path in ["vi/index.html", "vi/law/minor-workers.html", "en/index.html", "en/report.html"]:
        page.goto(f"{site_url}{path}")
        page.wait_for_load_state("networkidle")
    search(page, "child labour")
    page.goto(f"{site_url}vi/index.html")
    search(page, "lao dong")
    page.wait_for_load_state("networkidle")
    assert requests_log, "no requests were recorded"
    assert foreign_requests(requests_log, site_url) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", ["index.html", "law/minor-workers.html"])
def test_axe_finds_no_wcag_aa_violations(page, site_url, lang, path):
    page.goto(f"{site_url}{lang}/{path}")
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_axe_open_search_dialog(page, site_url, lang):
    page.goto(f"{site_url}{lang}/index.html")
    search(page, "lao dong" if lang == "vi" else "child labour")
    assert search_is_open(page)
    assert axe_violations(page) == []


def test_site_works_from_a_folder(page, built_site, requests_log):
    """Copied to a USB stick and opened with file://: pages, nav, search, language."""
    start = built_site / "vi" / "index.html"
    page.goto(file_url(start))
    assert "111" in page.inner_text(".md-banner")
    page.click(".md-nav--primary a[href$='report.html']")
    assert page.url.endswith("/vi/report.html")
    switch_language(page, "en")
    assert page.url.endswith("/en/report.html")
    hits = search(page, "labor")
    assert hits, "search found nothing from file://"
    assert foreign_requests(requests_log, file_url(start)) == []
