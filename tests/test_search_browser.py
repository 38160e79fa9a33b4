"""Search in Chromium: the relevance table holds in the real browser, in the same
order as the Python model; the index waits until search is opened; snippets carry
no e-mail address; highlighting marks the accented words."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.search.fold import fold
from scripts.search.lunr_index import SiteSearch
from scripts.search.relevance import load_table
from tests.search_ui import marks, nested_marks, results_text, search

pytestmark = pytest.mark.browser
TABLE = load_table()
SHOWN = 10  # Material draws the first 10 results, more on scrolling
# Zensical's own ranking (README, "Engines": no synonyms, article lookup, phrase ranking,
# page-kind boosts or leaflet entries) misses some of the table's pages in its top 3:
# measured 2026-12-04, vi 19 of 56 rows ("to roi", "sổ theo dõi", "article 296", ...),
# en 10 of 35 ("helpline", "leaflet", "fines", ...). A ceiling, not the exact list: an
# edit that moves one of Zensical's rankings must not fail the suite; a worse search does.
ZENSICAL_MAX_TOP3_MISSES = {"vi": 19, "en": 10}


@pytest.mark.engines
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_relevance_table_in_the_browser(page, site_url, built_site: Path, site_engine: str,
                                        lang: str) -> None:
    page.goto(f"{site_url}{lang}/index.html")
    rows = [row for row in TABLE if row.lang == lang]
    shown = {row.query: [p.removeprefix(f"/{lang}/")
                         for p in search(page, row.query, typed=False)] for row in rows}
    # On both engines, an accented (or capitalised) query lists what its plain form does.
    unfolded = [(q, found) for q, found in shown.items() if fold(q) != q and found != [
        p.removeprefix(f"/{lang}/") for p in search(page, fold(q), typed=False)]]
    assert unfolded == []
    misses = {row.query for row in rows if not any(row.matches(p) for p in shown[row.query][:3])}
    if site_engine == "zensical":
        assert len(misses) <= ZENSICAL_MAX_TOP3_MISSES[lang], sorted(misses)
        return
    # Material with our worker: the same order as the Python model, every page in the top 3.
    model = SiteSearch(built_site / lang, lang)
    wrong = [(row.query, shown[row.query], model.pages(row.query, limit=SHOWN))
             for row in rows if shown[row.query] != model.pages(row.query, limit=SHOWN)]
    assert wrong == [], f"{len(wrong)} of {len(rows)} queries ordered differently: {wrong[:3]}"
    assert misses == set()


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


@pytest.mark.engines
@pytest.mark.parametrize(("lang", "query"),
                         [("vi", "lien he dang ky"), ("en", "contact registration")])
def test_snippets_show_no_email_address(page, site_url, lang, query):
    page.goto(f"{site_url}{lang}/index.html")
    pages = search(page, query)
    assert any("/campaigns/" in p for p in pages), pages
    text = results_text(page)
    assert "@" not in text
    assert "<" not in text  # no markup shown as text


@pytest.mark.engines
def test_accented_words_are_highlighted_for_an_unaccented_phrase(page, site_url, site_engine):
    page.goto(f"{site_url}vi/index.html")
    found = search(page, "so theo doi rieng")
    # Zensical ranks by its own rules (README, "Engines"): the page is listed, not first.
    assert "/vi/law/employer-duties.html" in (found[:1] if site_engine == "mkdocs" else found)
    marked = marks(page)  # word by word (Material) or the phrase at once (Zensical)
    assert {"sổ", "theo", "dõi", "riêng"} <= {w.lower() for m in marked for w in m.split()}, marked
    # Bigrams count for ranking but never mark a word twice (no nested marks).
    assert nested_marks(page) == 0
    assert "mark>" not in results_text(page)


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
