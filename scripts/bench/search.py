"""Search: index size per language, the time from the last keystroke to the results in
Chromium (measured in the page with performance.now()), and the relevance table's
mean reciprocal rank and top-3 rate per language (the Python model of the browser's
ranking, which a browser test proves orders results as Chromium does)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

from scripts.bench.browser import chromium, site
from scripts.bench.common import Context, SectionError, median
from scripts.bench.server import Server
from scripts.search.lunr_index import SiteSearch
from scripts.search.relevance import load_table, scores
from scripts.site.languages import LANGUAGES

# Real questions a parent or officer would type; unaccented Vietnamese too (phones
# without a Vietnamese keyboard), which the folding worker must still match. Each ends
# in an ASCII letter: Playwright inserts letters like "ẹ" without key events, and the
# theme searches on key events, so a query ending in one would measure nothing.
QUERIES = {
    "vi": ["lao động", "trẻ em", "111", "giờ làm việc", "công việc nhẹ nhàng", "hợp đồng",
           "báo tin", "15 tuổi", "lao dong tre em", "chiến dịch"],
    "en": ["child labour", "working hours", "light work", "hotline", "school",
           "dangerous work", "report", "under 15", "contract", "campaign"],
}
TYPE_DELAY_MS = 60  # a quick thumb on a phone keyboard
SETTLE_MS = 1500  # results still changing after this are not counted

# Installed once per page: time of the last keystroke (keydown, or input for letters
# Playwright inserts without a key event) and of every change of the result list.
PROBE = """() => {
  const input = document.querySelector('.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  if (!input || !list) return false;
  window.__bench = {key: 0, changes: []};
  const key = () => { window.__bench.key = performance.now(); };
  input.addEventListener('keydown', key, true);
  input.addEventListener('input', key, true);
  new MutationObserver(() => window.__bench.changes.push(performance.now()))
    .observe(list, {childList: true});
  return true;
}"""
RESULT = """() => {
  const b = window.__bench;
  const after = b.changes.filter(t => t >= b.key);
  return {key: b.key, first: after.length ? after[0] - b.key : null,
          last: after.length ? after[after.length - 1] - b.key : null,
          items: document.querySelectorAll('.md-search-result__item').length};
}"""


def index_sizes(root: Path) -> dict[str, Any]:
    sizes: dict[str, Any] = {}
    for lang in LANGUAGES:
        # The stub every page fetches, its file:// copy, and the full index that is
        # fetched only when search is opened.
        for name in ("search_index.json", "search_index.js", "search_index.full.js"):
            path = root / lang / "search" / name
            if path.is_file():
                data = path.read_bytes()
                sizes[f"{lang}/{name}"] = {"bytes": len(data),
                                           "gzip_bytes": len(gzip.compress(data, 6))}
    if not sizes:
        raise SectionError("no search index in the built site")
    return sizes


def relevance(root: Path) -> dict[str, Any]:
    """MRR and top-3 rate of the relevance table, per language, on this site."""
    models = {lang: SiteSearch(root / lang, lang) for lang in LANGUAGES}
    return scores(load_table(), lambda row: models[row.lang].pages(row.query, limit=10))


def _query(page: Any, text: str) -> dict[str, Any]:
    page.fill(".md-search__input", "")
    page.wait_for_timeout(300)
    page.evaluate("() => { window.__bench.changes = []; window.__bench.key = 0; }")
    page.keyboard.type(text, delay=TYPE_DELAY_MS)
    page.wait_for_timeout(SETTLE_MS)
    return {"query": text, **page.evaluate(RESULT)}


def run(ctx: Context) -> dict[str, Any]:
    root = site(ctx)
    result: dict[str, Any] = {"index": index_sizes(root), "queries": {},
                              "relevance": relevance(root)}
    latencies: list[float] = []
    with Server(root) as base, chromium() as browser:
        for lang in LANGUAGES:
            queries = QUERIES[lang][: 5 if ctx.quick else None]
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{base}{lang}/index.html", wait_until="load")
            page.click(".md-search__input")  # opens the search overlay
            if not page.evaluate(PROBE):
                raise SectionError("no .md-search__input / .md-search-result__list")
            # Warm-up (not counted): the worker must have loaded the index.
            page.keyboard.type(queries[0], delay=TYPE_DELAY_MS)
            page.wait_for_selector(".md-search-result__item", timeout=20_000)
            runs = [_query(page, q) for q in queries]
            page.close()
            result["queries"][lang] = runs
            measured = [r["last"] for r in runs if r["last"] is not None]
            result[f"median_ms_{lang}"] = round(median(measured), 1) if measured else None
            latencies += measured
            result.setdefault("no_change_seen", []).extend(
                f"{lang}: {r['query']}" for r in runs if r["last"] is None)
    if not latencies:
        raise SectionError("the result list never changed after typing")
    result["median_ms"] = round(median(latencies), 1)
    result["max_ms"] = round(max(latencies), 1)
    return result
