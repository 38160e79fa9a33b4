"""The site's search in Chromium on either engine: Material's search box (MkDocs builds)
or Zensical's search dialog (Zensical builds). The browser suites search through these
functions only, so the same test runs on both engines (tests marked `engines`).

`search` types a query and returns the pages listed, in order, each once (Zensical lists
one result per section, Material folds a page's sections under it); `results` gives what
is shown for each result (path, title, text, marked words) after a search."""

from __future__ import annotations

from typing import TypedDict

# Added before the page's own scripts (tests/conftest.py, `page`, on Zensical builds):
# records the queries our worker (workers/search-zensical.js) gets and the ids it answers
# with, so a test reads the list only once it shows the answer to the last query. From a
# folder (file://) the iframe-worker shim replaces window.Worker after this runs: the
# setter wraps the shim's class too.
ZENSICAL_SEARCH_LOG = """
(() => {
  const log = window.__zs = {queries: [], answers: []};
  const wrap = (Native) => typeof Native !== "function" ? Native : function (url, options) {
    const worker = new Native(url, options);
    if (!String(url).includes("search-zensical")) return worker;
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (m) => {
      if (m && m.type === 2) log.queries.push(m.data.input);
      post(m);
    };
    worker.addEventListener("message", (e) => {
      if (e.data && e.data.type === 3) log.answers.push(e.data.data.items.map(i => i.id));
    });
    return worker;
  };
  let current = wrap(window.Worker);
  Object.defineProperty(window, "Worker", {
    configurable: true, get: () => current, set: (value) => { current = wrap(value); }});
})();
"""

# Zensical draws its search dialog in an open shadow root of a <div> on <body>. It
# answers a query a page of results at a time and asks for the next page (the same
# query again) as the list scrolls or has room: only the first page is read, as
# Material draws only its first 10.
_ZENSICAL_ALL_SHOWN = """() => Array.from(document.querySelectorAll("body > div"))
  .filter(e => e.shadowRoot)
  .flatMap(e => Array.from(e.shadowRoot.querySelectorAll("[role=option]")))
  .map(a => ({id: a.id, path: new URL(a.href).pathname,
              title: a.querySelector("h2").textContent.trim(), text: a.textContent,
              marks: Array.from(a.querySelectorAll("mark")).map(m => m.textContent)}))"""
# The ids of the first page answering the last query (its first in a row of repeats).
_ZENSICAL_FIRST_PAGE = """() => {
  const {queries, answers} = window.__zs
  let start = queries.length - 1
  while (start > 0 && queries[start - 1] === queries[queries.length - 1]) start--
  return answers[start] || []
}"""
_ZENSICAL_SHOWN = ("() => (" + _ZENSICAL_ALL_SHOWN + ")().slice(0, (" + _ZENSICAL_FIRST_PAGE
                   + ")().length)")

_MATERIAL_SHOWN = """() => Array.from(document.querySelectorAll(".md-search-result__item"))
  .map(li => {
    const a = li.querySelector(".md-search-result__link");
    const title = a.querySelector("h1, h2");
    return {id: "", path: new URL(a.href).pathname,
            title: title ? title.textContent.trim() : "", text: li.textContent,
            marks: Array.from(li.querySelectorAll("mark")).map(m => m.textContent)};
  })"""


class Result(TypedDict):
    id: str
    path: str
    title: str
    text: str
    marks: list[str]


def is_zensical(page) -> bool:
    """The page is a Zensical build's (our search wrapper is on it)."""
    return page.evaluate(
        "() => !!document.querySelector('script[src*=\"search-zensical.js\"]')")


def search(page, query: str, typed: bool = True) -> list[str]:
    """Type a query into the site's search; the result pages in order, each once.
    typed=False pastes the whole query at once (one search instead of one per key)."""
    if is_zensical(page):
        _zensical_search(page, query, typed)
    else:
        _material_search(page, query, typed)
    return list(dict.fromkeys(r["path"] for r in results(page)))


def results(page) -> list[Result]:
    """Each result the open search shows, in order."""
    return page.evaluate(_ZENSICAL_SHOWN if is_zensical(page) else _MATERIAL_SHOWN)


def results_text(page) -> str:
    """All the text the result list shows."""
    return " ".join(r["text"] for r in results(page))


def marks(page) -> list[str]:
    """The words the result list marks, in order."""
    return [m for r in results(page) for m in r["marks"]]


def nested_marks(page) -> int:
    """How many <mark> sit inside another <mark> in the result list."""
    return page.evaluate("""() => [document, ...Array.from(document.querySelectorAll("body > div"))
        .filter(e => e.shadowRoot).map(e => e.shadowRoot)]
      .reduce((n, root) => n + root.querySelectorAll("mark mark").length, 0)""")


def search_is_open(page) -> bool:
    if is_zensical(page):
        return page.locator("dialog input").first.is_visible()
    return page.is_visible(".md-search__output")


def _material_search(page, query: str, typed: bool) -> None:
    page.click(".md-search__input")
    page.fill(".md-search__input", "")
    if typed:
        page.keyboard.type(query, delay=20)
    else:
        page.fill(".md-search__input", query)
    # Playwright types letters such as "ỳ" without key events, and Material searches
    # on keyup: make sure the last letter is searched too.
    page.dispatch_event(".md-search__input", "keyup")
    # Our worker marks the list with the query it answers (search-lazy.js): a list
    # still showing an earlier keystroke's results is never read.
    page.wait_for_function(
        """(q) => {
          const input = document.querySelector('.md-search__input')
          const list = document.querySelector('[data-md-component=search-result]')
          return input.value === q && list && list.getAttribute('data-portal-query') === q
        }""",
        arg=query,
    )


def _zensical_search(page, query: str, typed: bool) -> None:
    if not page.evaluate("() => !!window.__zs"):
        raise AssertionError("ZENSICAL_SEARCH_LOG is not on this page (tests/conftest.py "
                             "adds it to `page` for tests on the Zensical build)")
    dialog_input = page.locator("dialog input").first
    if not dialog_input.is_visible():
        page.click(".md-search__button")
    dialog_input.fill("")
    if typed:
        dialog_input.press_sequentially(query, delay=20)
    else:
        dialog_input.fill(query)
    # (no eval in the page: the site's CSP forbids it)
    page.wait_for_function(
        """(q) => {
          const log = window.__zs
          if (log.queries[log.queries.length - 1] !== q) return false
          if (log.answers.length < log.queries.length) return false
          const first = (""" + _ZENSICAL_FIRST_PAGE + """)()
          const ids = (""" + _ZENSICAL_ALL_SHOWN + """)().slice(0, first.length)
            .map(r => Number(r.id.split("-").pop()))
          return JSON.stringify(ids) === JSON.stringify(first)
        }""",
        arg=query,
    )
