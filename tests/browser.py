"""Helpers for driving the real site in Chromium (used by the browser tests)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from scripts.paths import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def search(page, query: str) -> list[str]:
    """Type a query into Material's real search box; return result page paths in order."""
    page.click(".md-search__input")
    page.fill(".md-search__input", "")
    page.keyboard.type(query, delay=20)
    page.wait_for_function(
        """(q) => {
          const input = document.querySelector('.md-search__input')
          const meta = document.querySelector('.md-search-result__meta')
          return input.value === q && meta && !/\\.\\.\\.|…/.test(meta.textContent)
            && (document.querySelector('.md-search-result__item')
                || /0|Không|No /.test(meta.textContent))
        }""",
        arg=query,
    )
    page.wait_for_timeout(300)  # let Material finish rendering the list
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link",
        "els => els.map(e => new URL(e.href).pathname + '|' + new URL(e.href).protocol)",
    )
    return [h.split("|")[0] for h in hrefs]


def axe_violations(page) -> list[dict]:
    """axe-core (npm) injected into the page: WCAG 2.1 A/AA violations."""
    if not AXE.exists():
        raise AssertionError(f"{AXE} missing: run `make test` (it installs npm test tools)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_AA,
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def foreign_requests(urls: list[str], base: str) -> list[str]:
    """Requests that left the site's own origin (data: and blob: stay local)."""
    own = urlsplit(base)
    out = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.scheme == "file" and own.scheme == "file":
            continue
        if (parts.scheme, parts.netloc) != (own.scheme, own.netloc):
            out.append(url)
    return out


def file_url(path: Path) -> str:
    return path.resolve().as_uri()
