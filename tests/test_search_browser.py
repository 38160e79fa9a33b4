"""Search in Chromium: the relevance table holds in the real browser, in the same
order as the Python model; the index waits until search is opened; snippets carry
no e-mail address; highlighting marks the accented words."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.search.lunr_index import SiteSearch
from scripts.search.relevance import load_table
from tests.browser import search

pytestmark = pytest.mark.browser
TABLE = load_table()
SHOWN = 10  # Material draws the first 10 results, more on scrolling


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_browser_orders_results_as_the_python_model(page, site_url, built_site: Path, lang):
    model = SiteSearch(built_site / lang, lang)
    page.goto(f"{site_url}{lang}/index.html")
    wrong, misses = [], []
    rows = [row for row in TABLE if row.lang == lang]
    for row in rows:
        shown = [p.removeprefix(f"/{lang}/") for p in search(page, row.query, typed=False)]
        expected = model.pages(row.query, limit=SHOWN)
        if shown != expected:
            wrong.append((row.query, shown, expected))
        if not any(row.matches(p) for p in shown[:3]):
            misses.append((row.query, shown[:3]))
    assert wrong == [], f"{len(wrong)} of {len(rows)} queries ordered differently: {wrong[:3]}"
    assert misses == []


def test_index_is_fetched_when_search_is_opened_not_before(page, site_url, requests_log):
    page.goto(f"{site_url}vi/law/penalties.html")
    page.wait_for_load_state("networkidle")
    page.goto(f"{site_url}vi/index.html")
    page.wait_for_load_state("networkidle")
    assert not [u for u in requests_log if "search_index.full" in u]
    # Nor the worker (lunr and Material's worker): a long task on every page otherwise.
    assert not [u for u in requests_log if "search-fold.js" in u or "/workers/search." in u]
    with page.expect_request(lambda r: "search/search_index.full.js" in r.url):
        page.focus(".md-search__input")  # focus alone, before any key
    assert [u for u in requests_log if "search-fold.js" in u]
    assert search(page, "dieu 296")[0] == "/vi/law/penalties.html"


@pytest.mark.parametrize(("lang", "query"),
                         [("vi", "lien he dang ky"), ("en", "contact registration")])
def test_snippets_show_no_email_address(page, site_url, lang, query):
    page.goto(f"{site_url}{lang}/index.html")
    pages = search(page, query)
    assert any("/campaigns/" in p for p in pages), pages
    text = page.inner_text(".md-search-result__list")
    assert "@" not in text
    assert "<" not in text  # no markup shown as text


def test_accented_words_are_highlighted_for_an_unaccented_phrase(page, site_url):
    page.goto(f"{site_url}vi/index.html")
    assert search(page, "so theo doi rieng")[0] == "/vi/law/employer-duties.html"
    marks = page.eval_on_selector_all(".md-search-result mark",
                                      "els => els.map(e => e.textContent)")
    assert {"sổ", "theo", "dõi", "riêng"} <= {m.lower() for m in marks}, marks
    # Bigrams count for ranking but never mark a word twice (no nested marks).
    assert page.eval_on_selector_all(".md-search-result mark mark", "els => els.length") == 0
    assert "mark>" not in page.inner_text(".md-search-result__list")


def test_printable_leaflet_result_opens_the_pdf(page, site_url):
    page.goto(f"{site_url}vi/index.html")
    pages = search(page, "to roi")
    # The printables hub (every flyer, by campaign) or a flyer itself comes first.
    assert pages[0] == "/vi/printables.html" or pages[0].startswith("/vi/leaflets/"), pages
    first = next(i for i, p in enumerate(pages) if p.startswith("/vi/leaflets/"))
    assert first <= 2 and pages[first].endswith("-a5-flyer.pdf"), pages
    href = next(h for h in page.eval_on_selector_all(
        ".md-search-result__item .md-search-result__link", "els => els.map(e => e.href)")
        if "/vi/leaflets/" in h)
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"] == "application/pdf"


def test_suggestion_completes_the_word_being_typed(page, site_url):
    # Material's suggestion UI, fed from the reader's own words (not our extra terms).
    page.goto(f"{site_url}vi/index.html")
    assert search(page, "lao don")
    assert page.inner_text(".md-search__suggest") == "lao dong"
