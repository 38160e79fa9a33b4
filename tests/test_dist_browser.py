"""The releases in Chromium: the web release behind nginx with its strict CSP (zero
violations, zero console errors on every page type), and the USB release from a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.checker.engine import evaluate
from scripts.checker.model import default_rules
from tests.browser import file_url
from tests.search_ui import search
from tests.test_checker_browser import FORM_CASES, fill_form

pytestmark = pytest.mark.browser

# Collects CSP violations (including ones raised before any page script runs).
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__csp.push(
    `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
"""


class Watch:
    """Console errors, uncaught exceptions and CSP violations of one tab."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.csp: list[str] = []
        page.add_init_script(WATCH)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _console(self, msg) -> None:
        if "Content Security Policy" in msg.text or "Content-Security-Policy" in msg.text:
            self.csp.append(msg.text)
        elif msg.type == "error":
            self.errors.append(f"{self.page.url}: {msg.text}")

    def collect(self) -> None:
        self.csp += self.page.evaluate("window.__csp || []")
        self.page.evaluate("window.__csp = []")

    def assert_clean(self) -> None:
        self.collect()
        assert self.csp == [], self.csp
        assert self.errors == [], self.errors


@pytest.fixture
def watched(page) -> Watch:
    return Watch(page)


def _kinds(web: Path, lang: str) -> list[str]:
    """One page of every kind (each folder, campaign page and event page), so the test
    keeps holding whatever pages are added."""
    picked: dict[str, str] = {}
    for path in sorted((web / lang).rglob("*.html")):
        rel = path.relative_to(web / lang)
        if rel.name == "404.html":
            continue
        kind = rel.parent.as_posix() + ("/index" if rel.name == "index.html" else "/page")
        if rel.parent.parent.name == "campaigns":
            kind = "campaign/" + ("index" if rel.name == "index.html" else "event")
        if rel.name.endswith("-slides.html"):
            kind = "slides"  # a training deck: its own page, not the site's frame
        picked.setdefault(kind, rel.as_posix())
    return sorted(picked.values())


def _campaign_and_event(web: Path) -> tuple[str, str]:
    for index in sorted((web / "vi" / "campaigns").glob("*/index.html")):
        events = [p for p in sorted(index.parent.glob("*.html")) if p.name != "index.html"
                  and "cmp-calendar" in p.read_text(encoding="utf-8")]
        if events:
            rel = index.parent.relative_to(web).as_posix()
            return f"{rel}/index.html", f"{rel}/{events[0].name}"
    raise AssertionError("no campaign with an event page in the release")


def test_every_page_kind_has_zero_csp_violations_and_console_errors(
        watched: Watch, nginx_subpath: str, dist_subpath: Path) -> None:
    web = dist_subpath / "web"
    pages = [f"{lang}/{rel}" for lang in ("vi", "en") for rel in _kinds(web, lang)]
    assert len(pages) >= 16, pages
    for path in pages:
        watched.page.goto(nginx_subpath + path)
        watched.page.wait_for_load_state("load")
        frame = ".tk-deck" if path.endswith("-slides.html") else ".md-header"
        assert watched.page.locator(frame).count() == 1, path
        watched.collect()
    watched.assert_clean()


def test_home_search_and_language_switch(watched: Watch, nginx_subpath: str) -> None:
    page = watched.page
    page.goto(nginx_subpath)  # the root redirect, then the Vietnamese home
    page.wait_for_url(f"{nginx_subpath}vi/index.html")
    found = search(page, "lao dong tre em")
    assert found and all(p.startswith("/tre-em/vi/") for p in found), found
    page.goto(nginx_subpath + "vi/law/working-hours.html")
    page.click(".md-header__option .md-select > button")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_url(f"{nginx_subpath}en/law/working-hours.html")
    assert search(page, "night work")
    watched.assert_clean()


def test_checker_gives_a_result(watched: Watch, nginx_subpath: str) -> None:
    page, case = watched.page, next(c for c in FORM_CASES if "input" in c)
    page.goto(nginx_subpath + "vi/checker.html")
    page.wait_for_function(
        "() => window.portalChecker && !document.getElementById('checker-form').hidden")
    fill_form(page, case)
    verdict = evaluate(case["input"], "vi")["verdict"]
    label = default_rules().verdicts[verdict].get("vi")
    page.wait_for_function(
        "t => document.getElementById('checker-status').textContent.includes(t)", arg=label)
    watched.assert_clean()


def test_campaign_and_event_share_block_and_calendar_download(
        watched: Watch, nginx_subpath: str, dist_subpath: Path) -> None:
    page = watched.page
    campaign, event = _campaign_and_event(dist_subpath / "web")
    page.goto(nginx_subpath + campaign)
    assert page.locator("a[href$='.pdf']").count() > 0
    page.goto(nginx_subpath + event)
    share = page.locator("[data-cmp-share]")
    assert share.get_attribute("data-url").startswith("https://www.example.net/tre-em/vi/")
    assert page.locator("[data-cmp-share-copy]").is_visible()  # shown by share.js
    with page.expect_download() as info:
        page.click(".cmp-calendar a[href$='.ics']")
    assert Path(info.value.path()).read_bytes().startswith(b"BEGIN:VCALENDAR")
    watched.assert_clean()


def test_not_found_page_has_no_csp_violation(watched: Watch, nginx_subpath: str) -> None:
    page = watched.page
    response = page.goto(nginx_subpath + "vi/law/no-such-page.html")
    assert response.status == 404
    page.wait_for_load_state("load")
    watched.collect()
    assert watched.csp == []
    # The one expected console error is the 404 of the page itself.
    assert all("404" in e for e in watched.errors), watched.errors


# --- the USB release, opened from the folder -------------------------------------

def test_usb_release_works_from_the_folder(watched: Watch, dist_subpath: Path) -> None:
    usb = dist_subpath / "usb"
    page = watched.page
    page.goto(file_url(usb / "index.html"))
    page.wait_for_url("**/vi/index.html")
    found = search(page, "lao dong tre em")
    assert found and all("/usb/vi/" in p for p in found), found
    page.goto(file_url(usb / "vi" / "law" / "working-hours.html"))
    page.click(".md-header__option .md-select > button")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_url("**/usb/en/law/working-hours.html")
    watched.assert_clean()


def test_usb_checker_calendar_and_pdfs(watched: Watch, dist_subpath: Path) -> None:
    usb = dist_subpath / "usb"
    page, case = watched.page, next(c for c in FORM_CASES if "input" in c)
    page.goto(file_url(usb / "en" / "checker.html"))
    page.wait_for_function(
        "() => window.portalChecker && !document.getElementById('checker-form').hidden")
    fill_form(page, case)
    verdict = evaluate(case["input"], "en")["verdict"]
    label = default_rules().verdicts[verdict].get("en")
    page.wait_for_function(
        "t => document.getElementById('checker-status').textContent.includes(t)", arg=label)
    campaign, event = _campaign_and_event(usb)
    page.goto(file_url(usb / campaign))
    pdfs = page.eval_on_selector_all("a[href$='.pdf']", "els => els.map(e => e.href)")
    assert pdfs
    for href in pdfs:
        pdf = Path(href.removeprefix("file://"))
        assert pdf.read_bytes().startswith(b"%PDF"), href
    page.goto(file_url(usb / event))
    with page.expect_download() as info:
        page.click(".cmp-calendar a[href$='.ics']")
    assert Path(info.value.path()).read_bytes().startswith(b"BEGIN:VCALENDAR")
    watched.assert_clean()


def test_the_policy_is_enforced_and_a_violation_would_be_seen(
        watched: Watch, nginx_subpath: str) -> None:
    """Control for the tests above: an inline script is refused and reported."""
    page = watched.page
    page.goto(nginx_subpath + "vi/index.html")
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.__ran = true'; document.head.append(s) }""")
    assert page.evaluate("window.__ran === undefined")
    watched.collect()
    assert any("script-src" in v for v in watched.csp), watched.csp
