"""Helpers for driving the real site in Chromium (used by the browser tests)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from scripts.paths import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


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


# Collects every layout shift from the first paint on (an init script: it runs before the
# page's own scripts). Shifts right after the reader's input do not count (as in CLS).
LAYOUT_SHIFTS = """
window.__portalShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__portalShifts.push({value: entry.value, nodes: entry.sources.map((s) =>
      s.node ? (s.node.nodeName + '.' + (s.node.className || '')).slice(0, 80) : '?')});
  }
}).observe({type: 'layout-shift', buffered: true});
"""


def throttle(page, latency_ms: int = 150, kbit_s: int = 1600) -> None:
    """Slow the tab's network down (Chromium's DevTools protocol): a slow 4G phone."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": latency_ms,
        "downloadThroughput": kbit_s * 1000 / 8, "uploadThroughput": 750 * 1000 / 8})


def layout_shifts(page) -> list[dict]:
    """The shifts recorded so far (page.add_init_script(LAYOUT_SHIFTS) before loading),
    once every web font has arrived and two frames have been drawn with it."""
    page.evaluate("""async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }""")
    page.wait_for_timeout(300)  # the observer reports a shift in a later task
    return page.evaluate("window.__portalShifts")
