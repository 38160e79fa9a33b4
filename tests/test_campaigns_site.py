"""The campaigns feature in the real build (both languages) and in Chromium."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from scripts.campaigns import urls
from scripts.campaigns.load import load_campaigns
from tests.htmlscan import parse

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
