"""Rendering: dates, calendars, JSON-LD, share links, share image, and hostile text."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import icalendar
import markdown
import pytest
import yaml
from PIL import Image

from scripts.campaigns import urls
from scripts.campaigns.build import build_language
from scripts.campaigns.dates import today, when
from scripts.campaigns.load import load_campaigns, load_example
from scripts.campaigns.model import Campaign, Published, Text
from scripts.campaigns.render_ics import sequence, uid
from scripts.campaigns.share_image import campaign_image, event_image
from scripts.campaigns.site import make_site
from scripts.previews.card import TEXT_WIDTH, font, layout
from tests.fixtures_campaigns import base_data

TODAY = date(2026, 11, 23)
# Python-Markdown with the extensions of mkdocs.yml that touch raw HTML and inline syntax.
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html",
              "tables", "toc", "pymdownx.superfences", "pymdownx.tasklist"]
HOSTILE_TITLE = '<script>alert("t")</script> \'q\' \\ 😀 עברית [x](javascript:alert(1)) *a*'
HOSTILE = (
    '</script><script>alert(1)</script> <img src=x onerror=alert(2)> "dq" \'sq\' \\back\\ '
    "line1\nline2\r\n😀 עברית مرحبا [click](javascript:alert(3)) *em* _u_ `code` {: .x} "
    "[^1] *[HTML]: boom &amp; &lt; \u202eevil\u202c"
)
LONG = "Dài " * 2500  # 10,000 characters


def hostile_campaign() -> Campaign:
    data = base_data()
    data["title"] = {"vi": HOSTILE_TITLE, "en": HOSTILE_TITLE}
    data["summary"] = {"vi": HOSTILE + LONG, "en": LONG + HOSTILE}
    data["messages"] = [{"vi": HOSTILE, "en": HOSTILE}, {"vi": LONG, "en": LONG}]
    event = data["events"][0]
    event.update(
        title={"vi": HOSTILE_TITLE, "en": HOSTILE_TITLE},
        summary={"vi": HOSTILE, "en": HOSTILE},
        venue={"vi": HOSTILE, "en": LONG},
        address={"vi": LONG, "en": HOSTILE},
        accessibility={"vi": HOSTILE, "en": HOSTILE},
        agenda=[{"time": "8:00", "item": {"vi": HOSTILE, "en": LONG}}],
        contact={"name": {"vi": HOSTILE, "en": HOSTILE}},
        registration={"open_to_all": False, "how": {"vi": HOSTILE, "en": LONG}},
        status="moved", history=[{"start": "2026-06-06 08:00", "venue": {"vi": HOSTILE,
                                                                        "en": HOSTILE}}],
        status_note={"vi": HOSTILE, "en": HOSTILE},
    )
    return Campaign.model_validate(data).model_copy(update={"slug": "hostile"})


class Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def scan(html: str) -> Scan:
    s = Scan()
    s.feed(html)
    return s


def md_to_html(text: str) -> tuple[dict, str]:
    front, body = text.split("\n---\n", 1)
    return yaml.safe_load(front.removeprefix("---\n")), markdown.markdown(
        body, extensions=EXTENSIONS)


@pytest.fixture(scope="module")
def real():
    campaigns = load_campaigns()
    return campaigns, {lang: build_language(campaigns, make_site(lang, TODAY))
                       for lang in ("vi", "en")}


def test_today_is_injectable(monkeypatch):
    monkeypatch.setenv("PORTAL_TODAY", "2027-01-02")
    assert today() == date(2027, 1, 2)
    assert today("2026-06-01") == date(2026, 6, 1)


def test_local_date_format_from_babel():
    event = load_example().events[0].model_copy(update={
        "start": load_example().events[0].start.replace(day=13, hour=8, minute=0),
        "end": load_example().events[0].end.replace(day=13, hour=11, minute=0)})
    assert when(event.start, event.end, "vi") == "Thứ Bảy, 13/6/2026, 8:00–11:00"
    assert when(event.start, event.end, "en") == "Saturday 13 June 2026, 8:00–11:00"


def test_pages_exist_for_every_campaign_and_event(real):
    campaigns, out = real
    for o in out.values():
        assert urls.INDEX in o.pages and urls.EVENTS in o.pages
        for c in campaigns:
            assert urls.campaign_page(c.slug) in o.pages
            for e in c.events:
                assert urls.event_page(c.slug, e.id) in o.pages
                assert urls.event_ics(c.slug, e.id) in o.files
        # same relative paths in both languages
    assert set(out["vi"].pages) == set(out["en"].pages)
    # but one set of header-photo copies, in the first language's folder only
    photos = {p for p in out["vi"].files if "/images/hero-" in p}
    assert photos and set(out["vi"].files) - photos == set(out["en"].files)


def test_index_lists_upcoming_first_then_cancelled_then_past(real):
    _, out = real
    _, html = md_to_html(out["vi"].pages[urls.INDEX])
    upcoming = html.index("Sự kiện sắp tới")
    cancelled = html.index("Sự kiện đã hủy")
    past = html.index("Chiến dịch đã qua")
    assert upcoming < cancelled < past
    first_card = unescape(html[upcoming:].split("cmp-card__title", 2)[1])
    # 20/12/2026 (giao-luu-the-thao) is cancelled: the next event after 23/11 that will
    # happen is 26/12; the cancelled one is listed below, marked.
    assert "gap-mat-cha-me-cuoi-ky" in first_card
    assert "giao-luu-the-thao" not in unescape(html[upcoming:cancelled])
    demoted = unescape(html[cancelled:past])
    assert "giao-luu-the-thao" in demoted and "cmp-badge--cancelled" in demoted
    _, events_html = md_to_html(out["en"].pages[urls.EVENTS])
    assert "June 2026" in events_html and "January 2027" in events_html


def _event_slugs(html: str) -> list[str]:
    """The event ids linked, in page order (an event page is <campaign>/<event id>.html)."""
    return [i for i in re.findall(r'href="(?:[^"]*/)?([a-z0-9-]+)\.html"', unescape(html))
            if i != "index"]


def test_events_calendar_upcoming_then_cancelled_then_past(real):
    campaigns, out = real
    for lang, titles in (("vi", ("Sự kiện sắp tới", "Sự kiện đã hủy", "Sự kiện đã qua")),
                         ("en", ("Upcoming events", "Cancelled events", "Past events"))):
        _, html = md_to_html(out[lang].pages[urls.EVENTS])
        heads = [html.index(f">{t}</h2>") for t in titles]
        assert heads == sorted(heads), lang
        parts = [html[heads[0]:heads[1]], html[heads[1]:heads[2]], html[heads[2]:]]
        by_id = {e.id: e for c in campaigns for e in c.events}
        upcoming, cancelled, past = ([i for i in _event_slugs(p) if i in by_id]
                                     for p in parts)
        assert upcoming and cancelled and past
        assert all(not by_id[i].is_past(TODAY) and by_id[i].status != "cancelled"
                   for i in upcoming)
        assert [by_id[i].start for i in upcoming] == sorted(by_id[i].start for i in upcoming)
        assert all(by_id[i].status == "cancelled" for i in cancelled)
        assert "cmp-badge--cancelled" in parts[1]
        assert all(by_id[i].is_past(TODAY) for i in past)
        assert [by_id[i].start for i in past] == sorted((by_id[i].start for i in past),
                                                        reverse=True)
        assert set(upcoming + cancelled + past) == set(by_id), "every event listed once"


def test_campaign_page_lists_its_events_in_the_same_order(real):
    campaigns, out = real
    campaign = next(c for c in campaigns if any(e.status == "cancelled" for e in c.events))
    _, html = md_to_html(out["vi"].pages[urls.campaign_page(campaign.slug)])
    slugs = _event_slugs(html)
    by_id = {e.id: e for e in campaign.events}
    kinds = ["past" if by_id[i].is_past(TODAY) else by_id[i].status == "cancelled"
             and "cancelled" or "upcoming" for i in slugs if i in by_id]
    order = {"upcoming": 0, "cancelled": 1, "past": 2}
    assert kinds == sorted(kinds, key=order.get) and set(kinds) == set(order), kinds
    assert html.index("Sự kiện đã hủy") < html.index("Sự kiện đã qua")


def test_ics_valid_stable_uid_and_sequence(real):
    campaigns, out = real
    by_id = {(c.slug, e.id): (c, e) for c in campaigns for e in c.events}
    cal = icalendar.Calendar.from_ical(out["vi"].files[urls.ALL_ICS])
    events = cal.walk("VEVENT")
    assert len(events) == len(by_id)
    assert cal.walk("VTIMEZONE")
    seen = set()
    for ev in events:
        slug, _, rest = str(ev["UID"]).partition(".")
        c, e = by_id[(slug, rest.split("@")[0])]
        expected_uid = f"{slug}.{e.id}@treem-disu.example.org"
        assert str(ev["UID"]) == uid(c, e, make_site("vi", TODAY)) == expected_uid
        assert int(ev["SEQUENCE"]) == sequence(e)
        assert ev["DTSTART"].dt == e.start
        assert ev["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
        expected = "CANCELLED" if e.status == "cancelled" else "CONFIRMED"
        assert str(ev["STATUS"]) == expected
        seen.add(str(ev["UID"]))
    assert len(seen) == len(events)
    # UIDs do not depend on language or content
    en = icalendar.Calendar.from_ical(out["en"].files[urls.ALL_ICS])
    assert {str(e["UID"]) for e in en.walk("VEVENT")} == seen


def test_sequence_rule():
    """Proves: SEQUENCE is the number of history entries, whatever the status."""
    e = load_example().events[0]
    assert sequence(e) == 0
    assert sequence(e.model_copy(update={"status": "cancelled"})) == 0
    one = e.model_copy(update={"history": [Published(status="scheduled")]})
    assert sequence(one.model_copy(update={"status": "cancelled"})) == 1
    two = one.model_copy(update={"history": [*one.history, Published(status="cancelled")]})
    assert sequence(two) == 2


def test_event_jsonld_and_meta(real):
    campaigns, out = real
    moved = next((c, e) for c in campaigns for e in c.events if e.status == "moved")
    cancelled = next((c, e) for c in campaigns for e in c.events if e.status == "cancelled")
    for (c, e), status in ((moved, "EventRescheduled"), (cancelled, "EventCancelled")):
        src = urls.event_page(c.slug, e.id)
        head = scan(out["en"].head[src])
        data = json.loads(head.scripts[0])
        assert data["@type"] == "Event"
        assert data["eventStatus"] == f"https://schema.org/{status}"
        assert data["startDate"].endswith("+07:00")
        assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
        assert data["location"]["@type"] == "Place" and data["organizer"]["name"]
        url = f"https://treem-disu.example.org/en/campaigns/{c.slug}/{e.id}.html"
        assert data["url"] == url
        assert data["image"][0].endswith(f"/en/campaigns/{c.slug}/{e.id}.share.png")
        if status == "EventRescheduled":
            assert data["previousStartDate"] == e.previous_start.isoformat(timespec="minutes")
        meta = {a.get("property") or a.get("name"): a.get("content")
                for t, a in head.tags if t == "meta"}
        assert meta["og:url"] == url and meta["og:locale"] == "en_GB"
        assert meta["og:image"] == data["image"][0]
        assert meta["twitter:card"] == "summary_large_image"
        assert ("link", {"rel": "canonical", "href": url}) in head.tags
        front, body = md_to_html(out["en"].pages[src])
        assert ("Moved" if status == "EventRescheduled" else "Cancelled") in body
        fb = next(a["href"] for t, a in scan(body).tags
                  if t == "a" and "facebook" in a.get("href", ""))
        assert parse_qs(urlsplit(fb).query)["u"] == [url]
        assert "<svg" in body and "QR" in body  # inline QR + its text alternative


def test_share_image_size_and_title_never_cut(real):
    campaigns, out = real
    png = out["vi"].files[urls.share_image(campaigns[0].slug)]
    img = Image.open(io.BytesIO(png))
    assert img.size == (1200, 630) and img.format == "PNG"
    # The longest title the format allows (120 characters, wide letters) fits whole on a
    # campaign's card, in both languages; a longer text is cut with an ellipsis.
    widest = "Đ" * 60 + " " + "ẩ" * 59
    for lang in ("vi", "en"):
        site = make_site(lang, TODAY)
        plan = layout(campaign_image(campaigns[0].model_copy(
            update={"title": Text(vi=widest, en=widest)}), site).card)
        assert not plan.truncated
        assert "".join(t for t, *_ in plan.lines).count("ẩ") == 59
        long = layout(campaign_image(campaigns[0].model_copy(
            update={"title": Text(vi=LONG, en=LONG)}), site).card)
        assert long.truncated and any(t.endswith("…") for t, *_ in long.lines)


def test_event_cards_show_date_time_place_and_a_changed_status(real):
    campaigns, out = real
    for c in campaigns:
        for e in c.events:
            for lang in ("vi", "en"):
                site = make_site(lang, TODAY)
                image = event_image(c, e, site)
                assert image.path == urls.event_share_image(c.slug, e.id)
                png = out[lang].files[image.path]
                assert Image.open(io.BytesIO(png)).size == (1200, 630)
                drawn = " ".join(t for t, *_ in layout(image.card).lines)
                assert when(e.start, e.end, lang) in drawn
                assert e.venue(lang) in drawn
                badge = {"moved": site.t("campaigns_badge_moved"),
                         "cancelled": site.t("campaigns_badge_cancelled")}.get(e.status)
                if badge:  # a moved or cancelled event says so on its card and in its alt
                    assert badge.upper() in drawn and badge.upper() in image.alt
                else:
                    assert site.t("campaigns_badge_moved").upper() not in drawn
                    assert site.t("campaigns_badge_cancelled").upper() not in drawn


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_hostile_text_is_escaped_in_every_output(lang):
    campaign = hostile_campaign()
    out = build_language([campaign], make_site(lang, TODAY))
    event = campaign.events[0]
    for src, text in out.pages.items():
        front, html = md_to_html(text)
        s = scan(html)
        srcs = [a.get("src") for t, a in s.tags if t == "script"]
        assert srcs in ([], ["../../assets/javascripts/share.js"]), (src, srcs)
        assert not [t for t, _ in s.tags if t in {"img"} and src != urls.campaign_page("hostile")]
        for tag, attrs in s.tags:
            assert not any(k.startswith("on") for k in attrs), (src, tag, attrs)
            assert not attrs.get("href", "").lower().startswith("javascript"), (src, attrs)
            assert tag not in {"em", "code", "abbr", "sup"} or src.endswith("index.md"), tag
        if src == urls.event_page("hostile", event.id):
            visible = " ".join(s.text)
            assert "<script>alert" in visible and "[click](javascript:alert(3))" in visible
            assert "😀" in visible and "עברית" in visible and "\u202e" not in visible
        # front matter: escaped once for MkDocs' raw templates, never raw '<'
        assert "<" not in front["title"] and '"' not in front["description"]
    head = out.head[urls.event_page("hostile", event.id)]
    s = scan(head)
    assert len(s.scripts) == 1 and "</script" not in s.scripts[0].lower()
    data = json.loads(s.scripts[0])
    assert data["name"].startswith('<script>alert("t")</script>')
    assert "\n" not in data["description"]
    cal = icalendar.Calendar.from_ical(out.files[urls.event_ics("hostile", event.id)])
    vevent = cal.walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]).endswith(f"] {HOSTILE_TITLE}")  # "[Moved] ", unescaped
    assert b"\\\\ " in out.files[urls.event_ics("hostile", event.id)]  # a backslash escaped
    for line in out.files[urls.ALL_ICS].split(b"\r\n"):
        assert len(line) <= 75  # folded as RFC 5545 requires
    assert re.search(rb"SEQUENCE:1\r\n", out.files[urls.ALL_ICS])
    img = Image.open(io.BytesIO(out.files[urls.share_image("hostile")]))
    assert img.size == (1200, 630)
    # The event's card: hostile title and a 10,000-character place are drawn as text,
    # cut to fit, without the characters the font lacks (emoji, Hebrew, Arabic) and
    # without bidi overrides; nothing leaves the card.
    card = event_image(campaign, event, make_site(lang, TODAY)).card
    plan = layout(card)
    assert Image.open(io.BytesIO(out.files[urls.event_share_image("hostile", event.id)])
                      ).size == (1200, 630)
    assert plan.truncated
    drawn = " ".join(t for t, *_ in plan.lines)
    assert '<script>alert("t")</script>' in drawn
    assert not set(drawn) & set("😀עברית\u202eمرحبا\u202e\n")
    for text, face, size, x, y, _ in plan.lines:
        assert x - 72 + font(face, size).getlength(text) <= TEXT_WIDTH, text
        assert y >= 0 and y + size * 1.3 <= 630, text


def test_qr_code_is_drawn_once_then_read_from_the_cache(tmp_path, monkeypatch) -> None:
    import segno

    from scripts.qr import qr_svg

    url = "https://treem-disu.example.org/vi/campaigns/x/index.html"
    look = {"scale": 4, "svgclass": "cmp-qr__svg", "folder": tmp_path}
    first = qr_svg(url, "Mã QR <trang>", **look)
    assert "<title>Mã QR &lt;trang&gt;</title>" in first  # the label is escaped
    assert len(list(tmp_path.glob("*.svg"))) == 1

    def refuse(*args, **kwargs):
        raise AssertionError("segno called again for a cached code")

    monkeypatch.setattr(segno, "make", refuse)
    assert qr_svg(url, "Mã QR <trang>", **look) == first
    with pytest.raises(AssertionError):  # another URL is another code
        qr_svg(url + "?x", "Mã QR <trang>", **look)
    with pytest.raises(AssertionError):  # the leaflets' look is another SVG
        qr_svg(url, "Mã QR <trang>", scale=1, svgclass="qr", omitsize=True, folder=tmp_path)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_campaigns_page_shows_the_next_events_and_links_the_rest(tmp_path, lang):
    # 100 campaigns put 1,000 event cards on the campaigns page (140 kB of text in one
    # section): the page shows the next UPCOMING_ON_INDEX and links to the calendar.
    from scripts.bench.synthetic import generate
    from scripts.campaigns.render_pages import UPCOMING_ON_INDEX, index_page, order_events

    generate(tmp_path, 60, 3)  # campaign n starts 7(n-1) days after 2026-01-05
    campaigns = load_campaigns(tmp_path)
    site = make_site(lang, TODAY)
    upcoming = order_events([(c, e) for c in campaigns for e in c.events], TODAY)["upcoming"]
    assert len(upcoming) > UPCOMING_ON_INDEX + 1
    import html as html_lib

    front, html = md_to_html(index_page(campaigns, site))
    text = html_lib.unescape(html)  # the generator writes every character it may as &#NN;
    for campaign, event in upcoming[:UPCOMING_ON_INDEX]:  # links relative to campaigns/
        assert f'href="{campaign.slug}/{event.id}.html"' in text
    for campaign, event in upcoming[UPCOMING_ON_INDEX:]:
        assert f'href="{campaign.slug}/{event.id}.html"' not in text
    more = site.t("campaigns_upcoming_more", count=len(upcoming) - UPCOMING_ON_INDEX)
    assert f'<p class="cmp-more"><a href="events.html">{more}</a></p>' in text
