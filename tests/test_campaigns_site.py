"""The campaigns feature in the real build (both languages) and in Chromium."""

from __future__ import annotations

import json
import os
import posixpath
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from scripts.campaigns import urls
from scripts.campaigns.load import load_campaigns
from tests.conftest import TEST_TODAY
from tests.htmlscan import parse

# Shared checks: on the MkDocs and the Zensical build (tests/conftest.py).
pytestmark = pytest.mark.engines
CAMPAIGNS = load_campaigns()
MOVED = next((c, e) for c in CAMPAIGNS for e in c.events if e.status == "moved")
CANCELLED = next((c, e) for c in CAMPAIGNS for e in c.events if e.status == "cancelled")


def _html(site: Path, lang: str, src: str) -> Path:
    return site / lang / urls.html(src)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_and_calendar_is_built(built_site: Path, lang: str):
    assert _html(built_site, lang, urls.INDEX).is_file()
    assert _html(built_site, lang, urls.EVENTS).is_file()
    assert (built_site / lang / urls.ALL_ICS).is_file()
    for c in CAMPAIGNS:
        assert _html(built_site, lang, urls.campaign_page(c.slug)).is_file()
        assert (built_site / lang / urls.share_image(c.slug)).is_file()
        assert (built_site / lang / urls.campaign_ics(c.slug)).is_file()
        for e in c.events:
            assert _html(built_site, lang, urls.event_page(c.slug, e.id)).is_file()
            cal = icalendar.Calendar.from_ical(
                (built_site / lang / urls.event_ics(c.slug, e.id)).read_bytes())
            assert len(cal.walk("VEVENT")) == 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_event_page_head_has_og_jsonld_canonical(built_site: Path, lang: str):
    c, e = MOVED
    page = _html(built_site, lang, urls.event_page(c.slug, e.id))
    text = page.read_text(encoding="utf-8")
    head = text.split("</head>", 1)[0]
    assert 'property="og:title"' in head and 'application/ld+json' in head
    url = f"campaigns/{c.slug}/{e.id}.html"
    assert head.count('rel="canonical"') == 1 and url in head
    assert ('content="vi_VN"' if lang == "vi" else 'content="en_GB"') in head


PREVIEW_STARTS = {"vi": ("ĐÃ HỦY: ", "Đã dời lịch sang ", "Sự kiện này đã bị hủy."),
                  "en": ("CANCELLED: ", "Moved to ", "This event has been cancelled.")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_built_previews_of_cancelled_and_moved_events_say_so(built_site: Path, lang: str):
    """Proves: in the built pages, og:title/twitter:title of the cancelled and the moved
    event start with what happened, and the descriptions (og, twitter, meta) say it."""
    cancelled, moved, notice = PREVIEW_STARTS[lang]
    for (c, e), start in ((CANCELLED, cancelled), (MOVED, moved)):
        tags = parse(_html(built_site, lang, urls.event_page(c.slug, e.id))).tags
        meta = {a.get("property") or a.get("name"): a.get("content", "")
                for t, a in tags if t == "meta"}
        assert meta["og:title"] == meta["twitter:title"]
        assert meta["og:title"].startswith(start) and meta["og:title"].endswith(e.title(lang))
        assert meta["og:description"] == meta["twitter:description"]
        if start == cancelled:
            assert meta["og:description"].startswith(notice)
            assert meta["description"].startswith(notice)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_built_google_calendar_link_is_outbound_only(built_site: Path, lang: str):
    """Proves: upcoming event pages link to Google Calendar with a plain <a> (no
    referrer, new tab); no page loads, prefetches or preconnects to it; cancelled and
    past events have no such link."""
    linked = []
    for page in sorted((built_site / lang / "campaigns").rglob("*.html")):
        for tag, attrs in parse(page).tags:
            refs = " ".join(v for k, v in attrs.items() if k in {"href", "src", "srcset"})
            if "calendar.google.com" not in refs:
                continue
            assert tag == "a", (page, tag, attrs)
            assert attrs["referrerpolicy"] == "no-referrer" and attrs["target"] == "_blank"
            assert "noopener" in attrs["rel"].split()
            linked.append(page.stem)
    events = {e.id: e for c in CAMPAIGNS for e in c.events}
    # PORTAL_SITE_DIR may be a build of another day: take the build's own "today".
    today = date.fromisoformat(os.environ.get("PORTAL_TODAY", TEST_TODAY))
    expected = {i for i, e in events.items() if e.status != "cancelled" and not e.is_past(today)}
    assert expected and set(linked) == expected


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_campaign_pages_load_nothing_from_other_hosts_and_links_resolve(built_site: Path,
                                                                        lang: str):
    root = built_site / lang
    for page in sorted((root / "campaigns").rglob("*.html")):
        tags = parse(page).tags
        for tag, attrs in tags:
            ref = attrs.get("src") if tag in {"script", "img"} else (
                attrs.get("href") if tag == "link" and "stylesheet" in attrs.get("rel", "")
                else None)
            assert not (ref or "").startswith(("http:", "https:", "//")), (page, tag, ref)
            href = attrs.get("href", "") if tag == "a" else ""
            if href and not urlsplit(href).scheme and not href.startswith("#"):
                target = posixpath.normpath(posixpath.join(
                    page.parent.relative_to(root).as_posix(), urlsplit(href).path))
                assert (root / target).exists(), (page, href)


def test_event_pages_are_not_in_the_nav(built_site: Path):
    index = (built_site / "vi" / "index.html").read_text(encoding="utf-8")
    c, e = CANCELLED
    assert "campaigns/index.html" in index
    assert f"{e.id}.html" not in index


@pytest.mark.browser
def test_event_page_jsonld_and_share_links_in_chromium(site_url: str, page):
    c, e = CANCELLED
    path = f"vi/{urls.html(urls.event_page(c.slug, e.id))}"
    page.goto(site_url + path)
    blocks = page.eval_on_selector_all(
        'script[type="application/ld+json"]', "els => els.map(e => e.textContent)")
    data = [json.loads(b) for b in blocks]
    event = next(d for d in data if d.get("@type") == "Event")
    assert event["eventStatus"] == "https://schema.org/EventCancelled"
    public_url = event["url"]
    assert public_url.endswith("/" + path)
    assert page.locator('meta[property="og:url"]').get_attribute("content") == public_url
    fb = page.locator("a.cmp-share__facebook").get_attribute("href")
    assert fb.startswith("https://www.facebook.com/sharer/sharer.php?")
    assert parse_qs(urlsplit(fb).query)["u"] == [public_url]
    assert public_url in parse_qs(urlsplit(
        page.locator("a.cmp-share__email").get_attribute("href")).query)["body"][0]
    assert page.locator("input.cmp-share__url").input_value() == public_url
    assert page.locator("[data-cmp-share]").get_attribute("data-url") == public_url
    # Enhancement: copy button shown by share.js; the native button only with Web Share.
    assert page.locator("[data-cmp-share-copy]").is_visible()
    has_share = page.evaluate("typeof navigator.share === 'function'")
    assert page.locator("[data-cmp-share-native]").is_visible() == has_share
    assert page.locator(".cmp-qr svg title").count() == 1
    assert page.get_by_text("Sự kiện này đã bị hủy.").is_visible()
