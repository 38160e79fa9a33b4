"""The first phone screen (issue 15, item 2): a one-line hotline strip, a call button that
stays in reach on long pages, tel targets of at least 44x44 px, three large entries on the
home page (quick check, report, next event) above the fold at 360x800, audience cards
that are one link each, tappable anywhere; in both languages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from markupsafe import Markup

from scripts.campaigns import urls
from scripts.campaigns.feature import next_event
from scripts.campaigns.render_pages import order_events
from scripts.content.data import load_content
from scripts.content.render import Helpers
from scripts.i18n import t
from scripts.site.model import load_site
from scripts.sitefacts import load_site_facts
from tests.browser import axe_violations
from tests.conftest import TEST_TODAY
from tests.htmlscan import parse

LANGS = ("vi", "en")
PHONE = {"width": 360, "height": 800}


def helpers(lang: str, event) -> Helpers:
    return Helpers(load_content(), lang, "index.md", {}, event)


def entries(html: str) -> list[tuple[str, str]]:
    """(href, text) of each entry in first_screen()'s markup."""
    return [(href, re.sub(r"<[^>]+>|\s+", " ", body).split())
            for href, body in re.findall(r'<a class="portal-entry[^"]*" href="([^"]+)">(.*?)</a>',
                                         html, re.S)]


# --- Which event the home page names -------------------------------------------------


@pytest.mark.parametrize("today", ["2026-06-01", TEST_TODAY, "2026-12-21"])
def test_next_event_is_the_first_upcoming_not_cancelled(monkeypatch, today: str) -> None:
    monkeypatch.setenv("PORTAL_TODAY", today)
    site = load_site()
    got = next_event(site, "vi")
    day = dt.date.fromisoformat(today)
    pairs = [(c, e) for c in site.campaigns for e in c.events]
    candidates = [(c, e) for c, e in pairs if not e.is_past(day) and e.status != "cancelled"]
    first = min(candidates, key=lambda ce: ce[1].start)
    assert got["path"] == urls.event_page(first[0].slug, first[1].id)
    assert got["title"] == first[1].title("vi")
    assert got["day"].endswith(f"{first[1].start.day}/{first[1].start.month}/"
                               f"{first[1].start.year}")
    # the same event the events calendar lists first
    assert order_events(pairs, day)["upcoming"][0] == first


def test_no_event_to_come_leads_to_the_calendar(monkeypatch) -> None:
    monkeypatch.setenv("PORTAL_TODAY", "2099-01-01")
    assert next_event(load_site(), "en") == {"path": urls.EVENTS}


@pytest.mark.parametrize("lang", LANGS)
def test_entries_in_the_page_language_with_the_event_escaped(lang: str) -> None:
    event = {"path": "campaigns/x/y.md", "day": "Thứ Bảy, 26/12/2026",
             "title": 'Họp <script>alert(1)</script> & "cha mẹ"'}
    html = helpers(lang, lambda: event).first_screen()
    assert isinstance(html, Markup)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    got = entries(html)
    assert [href for href, _ in got] == ["checker.html", "report.html", "campaigns/x/y.html"]
    for (_, words), key in zip(got, ["entry_checker_title", "entry_report_title",
                                     "entry_events_title"], strict=True):
        assert " ".join(words).startswith(t(lang, key))
    assert f'aria-label="{t(lang, "entries_label")}"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_entries_without_an_event_or_without_campaigns(lang: str) -> None:
    calendar = entries(helpers(lang, lambda: {"path": urls.EVENTS}).first_screen())
    assert calendar[2] == ("campaigns/events.html",
                           (t(lang, "entry_events_title") + " "
                            + t(lang, "entry_events_none")).split())
    assert len(entries(helpers(lang, None).first_screen())) == 2  # a build without campaigns


# --- The built home page -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_markup(built_site: Path, lang: str) -> None:
    home = built_site / lang / "index.html"
    html = home.read_text(encoding="utf-8")
    hrefs = [href for href, _ in entries(html)]
    assert hrefs[:2] == ["checker.html", "report.html"] and len(hrefs) == 3
    assert (home.parent / hrefs[2]).is_file(), hrefs[2]
    assert "hotline-callout" not in html, "the pink box repeats the hotline strip"
    # The strip: the hotline and the police, numbers from site.yml, words from the UI table.
    facts = load_site_facts()
    strip = re.search(r'<p class="portal-hotline">(.*?)</p>', html, re.S).group(1)
    assert re.findall(r'href="(tel:[^"]+)"', strip) == [f"tel:{facts['hotline']['tel']}",
                                                         f"tel:{facts['police']['tel']}"]
    text = " ".join(re.sub(r"<[^>]+>", " ", strip).split())
    assert text == (f"{t(lang, 'strip_hotline')} {facts['hotline']['number']} "
                    f"{facts['hotline']['hours'][lang]} · "
                    f"{t(lang, 'strip_police')} {facts['police']['number']}")
    # Audience cards: one link per card.
    cards = re.search(r'<ul class="audience-cards">(.*?)</ul>', html, re.S).group(1)
    items = re.findall(r"<li>(.*?)</li>", cards, re.S)
    assert len(items) == 4 and all(item.count("<a ") == 1 for item in items)


@pytest.mark.parametrize("lang", LANGS)
def test_call_button_on_every_page_of_the_frame(built_site: Path, lang: str) -> None:
    tel = f"tel:{load_site_facts()['hotline']['tel']}"
    for page in sorted((built_site / lang).rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if 'class="md-header' not in html:
            continue  # the toolkit's stand-alone slides have no frame
        calls = [a for tag, a in parse(page).tags if "portal-call" in a.get("class", "").split()]
        assert [a.get("href") for a in calls] == [tel], page


# --- In Chromium, on a 360x800 phone --------------------------------------------------


def box(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(selector, """els => els
        .filter((e) => e.getClientRects().length)
        .map((e) => { const r = e.getBoundingClientRect();
          return {top: r.top, bottom: r.bottom, width: r.width, height: r.height,
                  text: e.innerText.trim().replace(/\\s+/g, ' ')} })""")


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_three_entries_and_the_strip_above_the_fold(page, site_url: str, lang: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}{lang}/index.html")
    page.evaluate("document.fonts.ready")
    found = box(page, "a.portal-entry")
    titles = ["entry_checker_title", "entry_report_title", "entry_events_title"]
    assert len(found) == 3, found
    assert all(e["text"].startswith(t(lang, k)) for e, k in zip(found, titles, strict=True))
    for entry in found:
        assert entry["bottom"] <= PHONE["height"], entry
        assert entry["height"] >= 44 and entry["width"] >= 44, entry
    # One line: the strip keeps its reserved 44 px, nothing in it is cut or wrapped.
    strip = page.evaluate("""() => { const p = document.querySelector('.portal-hotline');
        const kids = [...p.children].filter((e) => e.getClientRects().length);
        return {height: p.getBoundingClientRect().height,
                tops: kids.map((e) => Math.round(e.getBoundingClientRect().top
                                                 + e.getBoundingClientRect().height / 2)),
                cut: kids.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className),
                wide: p.scrollWidth > p.clientWidth + 1} }""")
    assert strip["height"] == 44, strip
    assert len(set(strip["tops"])) == 1, strip
    assert not strip["cut"] and not strip["wide"], strip
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["index.html", "report.html", "checker.html",
                                  "law/minor-workers.html"])
def test_every_tel_target_is_44_px(page, site_url: str, lang: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}{lang}/{path}")
    page.evaluate("document.fonts.ready")
    found = box(page, "a[href^='tel:']")
    assert len(found) >= 3, found  # the strip's two numbers and the call button at least
    small = [f for f in found if f["width"] < 44 or f["height"] < 44]
    assert small == [], small


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_call_button_in_reach_at_the_bottom_of_the_checker(page, site_url: str,
                                                           lang: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}{lang}/checker.html")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_function("window.scrollY > 3 * 800")  # a long page, scrolled down
    got = page.evaluate("""() => { const a = document.querySelector('.portal-call');
        const r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {top: r.top, bottom: r.bottom, width: r.width, height: r.height,
                href: a.getAttribute('href'), text: a.innerText.trim(),
                onTop: a.contains(hit), inHeader: !!a.closest('.md-header')} }""")
    number = load_site_facts()["hotline"]["number"]
    assert got["text"] == t(lang, "hotline_call", number=number), got
    assert got["href"] == f"tel:{load_site_facts()['hotline']['tel']}"
    assert got["top"] >= 0 and got["bottom"] <= PHONE["height"], got
    assert got["width"] >= 44 and got["height"] >= 44, got
    assert got["onTop"], "something covers the call button"
    # It covers nothing of its own: it sits in the header bar, which was there before.
    assert got["inHeader"], got


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_audience_card_is_tappable_anywhere(page, site_url: str, lang: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}{lang}/index.html")
    card = page.locator("ul.audience-cards > li").nth(1)
    card.scroll_into_view_if_needed()
    href = card.locator("a").get_attribute("href")
    size = card.bounding_box()
    # Bottom right corner, away from the link's own text (the title sits top left).
    card.click(position={"x": size["width"] - 8, "y": size["height"] - 8})
    page.wait_for_url(f"**/{lang}/{href}")


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["index.html", "checker.html"])
def test_axe_on_a_phone(page, site_url: str, lang: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}{lang}/{path}")
    assert axe_violations(page) == []
