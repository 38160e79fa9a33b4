"""Markdown pages and their <head> markup, from Jinja2 templates.

Page templates escape every value for Markdown and HTML at once (escape.md_text, set
as the environment's `finalize`), so organisers' text can never become markup.
Returns plain strings; MkDocs is not imported here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime
from itertools import groupby
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from scripts.campaigns import urls
from scripts.campaigns.dates import date_range, iso, month_heading, when
from scripts.campaigns.escape import clean, json_ld, md_text
from scripts.campaigns.gcal import google_calendar_url
from scripts.campaigns.model import Campaign, Event
from scripts.campaigns.photos.renditions import Rendition
from scripts.campaigns.render_jsonld import event_jsonld
from scripts.campaigns.share import share_for
from scripts.campaigns.share_image import ShareImage, campaign_image, event_image
from scripts.campaigns.site import Site
from scripts.content.statements import render_statement, statement_citations
from scripts.previews.meta import og_head
from scripts.site.output import Preview

DESCRIPTION_MAX = 300


def _finalize(value: Any) -> Any:
    return "" if value is None else md_text(value)


_md_env = Environment(
    loader=PackageLoader("scripts.campaigns", "templates"),
    autoescape=True, finalize=_finalize, trim_blocks=True, lstrip_blocks=True,
    undefined=StrictUndefined, keep_trailing_newline=True,
)
_html_env = Environment(
    loader=PackageLoader("scripts.campaigns", "templates"),
    autoescape=select_autoescape(default=True), undefined=StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)


def _front_matter(title: str, description: str) -> Markup:
    # MkDocs' templates print these raw (autoescape is off there): escape once here.
    data = {"title": html.escape(clean(title)),
            "description": html.escape(_shorten(clean(description)))}
    return Markup(yaml.safe_dump(data, allow_unicode=True, width=10_000).strip())


def _shorten(text: str) -> str:
    return text if len(text) <= DESCRIPTION_MAX else text[: DESCRIPTION_MAX - 1] + "…"


class _Page:
    """Helpers bound to the page being rendered (relative links need its path)."""

    def __init__(self, site: Site, src: str) -> None:
        self.site, self.src = site, src

    def href(self, path: str) -> str:
        return urls.relative(self.src, path)

    def hero(self, campaign: Campaign, renditions: tuple[Rendition, ...]
             ) -> dict[str, Any] | None:
        """The header photo for <picture>: a srcset per format, the JPEG nearest 960 px
        as the plain <img src>, and the widest copy's size (no layout shift)."""
        image = campaign.hero_image
        if image is None or not renditions:
            return None
        site = self.site

        def href(r: Rendition) -> str:
            return urls.shared(self.src, site.lang, site.media_lang, r.path)

        def srcset(ext: str) -> str:
            return ", ".join(f"{href(r)} {r.width}w" for r in renditions if r.ext == ext)

        jpegs = [r for r in renditions if r.ext == "jpg"]
        widest = max(jpegs, key=lambda r: r.width)
        # Our own paths (a validated slug, fixed names): HTML-escaped, not spelt out as
        # numeric references like editors' text, which would add ~0.5 kB to the page.
        return {"webp": escape(srcset("webp")), "jpeg": escape(srcset("jpg")),
                "src": escape(href(min(jpegs, key=lambda r: abs(r.width - 960)))),
                "width": widest.width, "height": widest.height,
                "alt": image.alt(site.lang),
                "credit": image.credit(site.lang) if image.credit else None}

    def badges_for_event(self, event: Event) -> list[tuple[str, str]]:
        t = self.site.t
        past = event.is_past(self.site.today)
        out = [("past", t("campaigns_badge_past"))] if past else []
        if not past and event.status != "cancelled":  # "upcoming" would mislead
            out.append(("upcoming", t("campaigns_badge_upcoming")))
        if event.status == "moved":
            out.append(("moved", t("campaigns_badge_moved")))
        elif event.status == "cancelled":
            out.append(("cancelled", t("campaigns_badge_cancelled")))
        return out

    def event(self, campaign: Campaign, event: Event) -> dict[str, Any]:
        lang, site = self.site.lang, self.site
        state = event.status if event.status != "scheduled" else (
            "past" if event.is_past(site.today) else "upcoming")
        coords = event.coordinates
        return {
            "title": event.title(lang),
            "href": self.href(urls.event_page(campaign.slug, event.id)),
            "ics_href": self.href(urls.event_ics(campaign.slug, event.id)),
            "when": when(event.start, event.end, lang),
            "iso_start": iso(event.start),
            "status": event.status,
            "state": state,
            "past": event.is_past(site.today),
            "badges": self.badges_for_event(event),
            "previous_when": previous_when(event, lang),
            "iso_previous": iso(event.previous_start) if event.previous_start else None,
            "status_note": event.status_note(lang) if event.status_note else None,
            "summary": event.summary(lang) if event.summary else None,
            "attendance": event.attendance,
            "venue": event.venue(lang) if event.in_person and event.venue else None,
            "address": event.address(lang) if event.in_person and event.address else None,
            "where": where_short(event, site),
            "online": self.online(event),
            "gcal_href": google_calendar_url(campaign, event, site),
            "osm": (f"https://www.openstreetmap.org/?mlat={coords.lat}&mlon={coords.lon}"
                    f"#map=17/{coords.lat}/{coords.lon}") if coords else None,
            "geo": f"geo:{coords.lat},{coords.lon}" if coords else None,
            "organiser": site.agency_name(event.organiser),
            "organiser_href": (self.href(site.agency_pages[event.organiser])
                               if event.organiser in site.agency_pages else None),
            "contact_name": event.contact.name(lang),
            "contact_email": event.contact.email,
            "contact_url": event.contact.url,
            "open_to_all": event.registration.open_to_all,
            "registration_how": event.registration.how(lang) if event.registration.how else None,
            "registration_url": event.registration.url,
            "accessibility": event.accessibility(lang) if event.accessibility else None,
            "agenda": [{"time": a.time, "text": a.item(lang)} for a in event.agenda],
            "campaign_title": campaign.title(lang),
            "campaign_href": self.href(urls.campaign_page(campaign.slug)),
            "law": self.law(campaign),
            "materials": self.materials(campaign),
        }

    def online(self, event: Event) -> dict[str, Any] | None:
        """How to join online; no link for a cancelled event (nobody should join it)."""
        online = event.online
        if not event.joins_online or online is None:
            return None
        lang = self.site.lang
        cancelled = event.status == "cancelled"
        return {"platform": online.platform,
                "url": None if cancelled else online.url,
                "label": self.site.t("campaigns_online_short" if cancelled
                                     else "campaigns_online_join", platform=online.platform),
                "note": online.note(lang) if online.note else None}

    def law(self, campaign: Campaign) -> list[dict[str, Any]]:
        """The campaign's reviewed statements of law, each citation linked to its page."""
        lang = self.site.lang
        out = []
        for sid in campaign.law:
            cites = []
            for cite in statement_citations(sid, lang):
                href = None
                if cite.page is not None:
                    page, _, anchor = cite.page.partition("#")
                    href = self.href(page) + (f"#{anchor}" if anchor else "")
                cites.append({"text": cite.text, "href": href})
            out.append({"id": sid, "text": render_statement(sid, lang), "cites": cites})
        return out

    def materials(self, campaign: Campaign) -> list[dict[str, Any]]:
        """The campaign's printable files (leaflets), linked from this page."""
        return [{"title": m.title, "href": self.href(m.path), "media_type": m.media_type,
                 "size": f"{m.size_bytes / 1024:.0f} KB" if m.size_bytes else None}
                for m in self.site.materials.get(campaign.slug, ())]

    def campaign(self, campaign: Campaign, *, full: bool = False) -> dict[str, Any]:
        lang, site = self.site.lang, self.site
        past = campaign.is_past(site.today)
        view: dict[str, Any] = {
            "title": campaign.title(lang),
            "href": self.href(urls.campaign_page(campaign.slug)),
            "summary": campaign.summary(lang),
            "period": date_range(campaign.start, campaign.end, lang),
            "badges": [("past", site.t("campaigns_badge_past")) if past
                       else ("current", site.t("campaigns_badge_current"))
                       if campaign.start.date() <= site.today
                       else ("upcoming", site.t("campaigns_badge_upcoming"))],
        }
        if full:
            view.update(
                messages=[m(lang) for m in campaign.messages],
                law=self.law(campaign),
                audiences=[a(lang) for a in campaign.audiences],
                organisers=[{"name": site.agency_name(a),
                             "href": self.href(site.agency_pages[a])
                             if a in site.agency_pages else None}
                            for a in campaign.organisers],
                events={name: [self.event(campaign, e) for _, e in items]
                        for name, items in order_events(
                            ((campaign, e) for e in campaign.events), site.today).items()},
                ics_href=self.href(urls.campaign_ics(campaign.slug)),
                materials=self.materials(campaign),
                hero=None,
            )
        return view

    def share(self, path: str, title: str, text: str) -> Any:
        url = self.site.url(path)
        return share_for(url, title, text, self.site.t("campaigns_qr_alt", url=url))

    def render(self, template: str, **context: Any) -> str:
        return _md_env.get_template(template).render(
            t=self.site.t, share_js=self.href(urls.SHARE_JS),
            index_href=self.href(urls.INDEX), **context)


def previous_when(event: Event, lang: str) -> str | None:
    """When a moved event was before its latest move, in words."""
    if event.previous_start is None or event.previous_end is None:
        return None
    return when(event.previous_start, event.previous_end, lang)


def where_short(event: Event, site: Site) -> str:
    """One line for lists and cards: the venue, "Online (Zoom)", or both."""
    lang = site.lang
    parts = [event.venue(lang)] if event.in_person and event.venue else []
    if event.joins_online and event.online is not None:
        parts.append(site.t("campaigns_online_short", platform=event.online.platform))
    return " · ".join(parts)


def preview(event: Event, site: Site, title: str, description: str) -> tuple[str, str]:
    """What a link preview (Zalo, Facebook) says: a cancelled or moved event says so
    first, in the page's language, so an old share never reads as a live invitation."""
    lang = site.lang
    note = [event.status_note(lang)] if event.status_note else []
    if event.status == "cancelled":
        return (site.t("campaigns_preview_cancelled", title=title),
                " ".join([site.t("campaigns_cancelled_notice"), *note, description]))
    if event.status == "moved":
        new = when(event.start, event.end, lang)
        notice = site.t("campaigns_moved_notice", previous=previous_when(event, lang) or "",
                        new=new)
        return (site.t("campaigns_preview_moved", when=new, title=title),
                " ".join([notice, *note, description]))
    return title, description


def head_html(site: Site, path: str, title: str, description: str, image: ShareImage,
              og_type: str = "website", jsonld: dict[str, Any] | None = None) -> str:
    """Link preview (the site's one renderer, scripts/previews/meta.py), canonical and
    JSON-LD markup for one page's <head>."""
    preview = Preview(title=title, description=description, image=image.path,
                      image_alt=image.alt, kind=og_type)
    return _html_env.get_template("head.html.j2").render(
        preview=Markup(og_head(site.extra, site.lang, preview, path)),
        url=site.url(path), canonical=site.include_canonical,
        jsonld=json_ld(jsonld) if jsonld is not None else None,
    )


def event_page(campaign: Campaign, event: Event, site: Site) -> tuple[str, str]:
    """(markdown, head_html) of one event page. Its size depends only on this event."""
    src = urls.event_page(campaign.slug, event.id)
    page = _Page(site, src)
    lang = site.lang
    description = event.summary(lang) if event.summary else campaign.summary(lang)
    title = event.title(lang)
    # The page keeps its own title; what previews and search snippets show says whether
    # the event still happens.
    preview_title, preview_text = preview(event, site, title, description)
    markdown = page.render(
        "event.md.j2", front_matter=_front_matter(title, preview_text),
        ev=page.event(campaign, event), share=page.share(src, preview_title, preview_text))
    head = head_html(site, src, preview_title, preview_text,
                     event_image(campaign, event, site), og_type="article",
                     jsonld=event_jsonld(campaign, event, site))
    return markdown, head


def campaign_page(campaign: Campaign, site: Site, hero: tuple[Rendition, ...] = ()
                  ) -> tuple[str, str]:
    """`hero`: the copies of the header photo (photos.renditions.plan), if it has one."""
    src = urls.campaign_page(campaign.slug)
    page = _Page(site, src)
    lang = site.lang
    view = page.campaign(campaign, full=True)
    view["hero"] = page.hero(campaign, hero)
    title, description = campaign.title(lang), campaign.summary(lang)
    markdown = page.render("campaign.md.j2", front_matter=_front_matter(title, description),
                           c=view, share=page.share(src, title, description))
    head = head_html(site, src, title, description, campaign_image(campaign, site))
    return markdown, head


def _all_events(campaigns: Iterable[Campaign]) -> list[tuple[Campaign, Event]]:
    return sorted(((c, e) for c in campaigns for e in c.events),
                  key=lambda ce: (ce[1].start, ce[0].slug, ce[1].id))


def order_events(pairs: Iterable[tuple[Campaign, Event]], today: date
                 ) -> dict[str, list[tuple[Campaign, Event]]]:
    """Events in the order people need them, wherever events are listed: `upcoming`
    (still to come or under way, not cancelled; soonest first), then `cancelled` (not
    yet past; demoted and marked), then `past` (whatever their status; latest first)."""
    groups: dict[str, list[tuple[Campaign, Event]]] = {
        "upcoming": [], "cancelled": [], "past": []}
    for campaign, event in pairs:
        if event.is_past(today):
            groups["past"].append((campaign, event))
        elif event.status == "cancelled":
            groups["cancelled"].append((campaign, event))
        else:
            groups["upcoming"].append((campaign, event))
    for name, items in groups.items():
        items.sort(key=lambda ce: (ce[1].start, ce[0].slug, ce[1].id), reverse=name == "past")
    return groups


def _months(page: _Page, items: list[tuple[Campaign, Event]]) -> list[dict[str, Any]]:
    """Consecutive events of the same month under one heading (items already ordered)."""
    months = []
    for _, group in groupby(items, key=lambda ce: (ce[1].start.year, ce[1].start.month)):
        listed = list(group)
        first: datetime = listed[0][1].start
        months.append({"heading": month_heading(first, page.site.lang),
                       "events": [page.event(c, e) for c, e in listed]})
    return months


# The campaigns page shows the next events only; the calendar page lists them all. A
# ward with many campaigns had every upcoming event on it: 140 kB of text in one section
# at 1000 events, too long for a phone and beyond Zensical's search limit (128 kB).
UPCOMING_ON_INDEX = 12


def index_page(campaigns: list[Campaign], site: Site) -> str:
    page = _Page(site, urls.INDEX)
    title = site.t("campaigns_index_title")
    ward = site.extra.get("locality", {}).get("ward", {}).get(site.lang, "")
    intro = site.t("campaigns_index_intro", ward=ward)
    events = order_events(_all_events(campaigns), site.today)
    upcoming = [page.event(c, e) for c, e in events["upcoming"][:UPCOMING_ON_INDEX]]
    more = len(events["upcoming"]) - len(upcoming)
    more_text = site.t("campaigns_upcoming_more_one" if more == 1 else "campaigns_upcoming_more",
                       count=more) if more else ""
    cancelled = [page.event(c, e) for c, e in events["cancelled"]]
    current = [page.campaign(c) for c in campaigns if not c.is_past(site.today)]
    past = [page.campaign(c) for c in sorted(campaigns, key=lambda c: c.end, reverse=True)
            if c.is_past(site.today)]
    return page.render("index.md.j2", front_matter=_front_matter(title, intro), ward=ward,
                       upcoming=upcoming, more_upcoming=more_text, cancelled=cancelled,
                       current=current, past=past,
                       events_href=page.href(urls.EVENTS), ics_href=page.href(urls.ALL_ICS))


def events_page(campaigns: list[Campaign], site: Site) -> str:
    page = _Page(site, urls.EVENTS)
    title = site.t("campaigns_events_title")
    events = order_events(_all_events(campaigns), site.today)
    return page.render("events.md.j2",
                       front_matter=_front_matter(title, site.t("campaigns_events_intro")),
                       upcoming=_months(page, events["upcoming"]),
                       cancelled=[page.event(c, e) for c, e in events["cancelled"]],
                       past=_months(page, events["past"]), ics_href=page.href(urls.ALL_ICS))
