"""RFC 5545 calendars (icalendar library): one per event, per campaign, and for all.

UID = "<campaign slug>.<event id>@<site host>": derived from ids, never from content, so
an edited event replaces the old one in subscribers' calendars.
SEQUENCE = the number of entries in the event's `history:`. Every change of time, place,
link or status appends one (validation compares the file with its last commit and
refuses a change without one), so SEQUENCE only ever rises and a phone that imported the
event replaces it: there is no counter for editors to remember.

Online and hybrid events: URL is the link to join (the event page is in DESCRIPTION);
LOCATION is the place people come to, or the platform and link when there is none.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time
from functools import cache

import icalendar

from scripts.campaigns.escape import clean
from scripts.campaigns.model import TZ, Campaign, Event
from scripts.campaigns.site import Site
from scripts.campaigns.urls import event_page
from scripts.sitefacts import is_placeholder

ICS_STATUS = {"scheduled": "CONFIRMED", "moved": "CONFIRMED", "cancelled": "CANCELLED"}


def uid(campaign: Campaign, event: Event, site: Site) -> str:
    return f"{campaign.slug}.{event.id}@{site.host}"


def sequence(event: Event) -> int:
    return len(event.history)


def location(event: Event, lang: str) -> str:
    """Where to go: the venue, else (online only) the platform and the link."""
    if event.in_person and event.venue and event.address:
        return f"{clean(event.venue(lang))}, {clean(event.address(lang))}"
    if event.online is not None:
        return f"{clean(event.online.platform)}: {event.online.url}"
    return ""


def _vevent(campaign: Campaign, event: Event, site: Site) -> icalendar.Event:
    lang = site.lang
    url = site.url(event_page(campaign.slug, event.id))
    vevent = icalendar.Event()
    vevent.add("uid", uid(campaign, event, site))
    # Stable per build day, so rebuilding the same content gives the same bytes.
    vevent.add("dtstamp", datetime.combine(site.today, time(0, 0), tzinfo=UTC))
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    vevent.add("sequence", sequence(event))
    vevent.add("status", ICS_STATUS[event.status])
    prefix = ""
    if event.status == "cancelled":
        prefix = f"[{site.t('campaigns_badge_cancelled')}] "
    elif event.status == "moved":
        prefix = f"[{site.t('campaigns_badge_moved')}] "
    vevent.add("summary", prefix + clean(event.title(lang)))
    lines = [clean(event.summary(lang) if event.summary else campaign.summary(lang))]
    if event.status_note:
        lines.append(clean(event.status_note(lang)))
    # Nobody should join a cancelled event: its calendar entry keeps the page only.
    online = event.online if event.joins_online and event.status != "cancelled" else None
    if online is not None:
        join = site.t("campaigns_ics_online", platform=clean(online.platform), url=online.url)
        lines.append(join + (f" {clean(online.note(lang))}" if online.note else ""))
    if is_placeholder(site.extra):  # a calendar that links nowhere says so
        lines.append(site.t("campaigns_ics_draft"))
    lines.append(url)
    vevent.add("description", "\n\n".join(lines))
    vevent.add("location", location(event, lang))
    if event.coordinates and event.in_person:
        vevent.add("geo", (event.coordinates.lat, event.coordinates.lon))
    # The link to join when there is one (calendar apps show URL as a button).
    vevent.add("url", online.url if online is not None else url)
    if online is not None:  # RFC 7986: apps that know it offer "Join"
        vevent.add("conference", icalendar.vUri(online.url),
                   parameters={"VALUE": "URI", "FEATURE": "VIDEO",
                               "LABEL": clean(online.platform)})
    if event.contact.email:
        organizer = icalendar.vCalAddress(f"mailto:{event.contact.email}")
        organizer.params["cn"] = clean(event.contact.name(lang))
        vevent.add("organizer", organizer)
    return vevent


def calendar(items: Iterable[tuple[Campaign, Event]], name: str, site: Site) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{site.host}//campaigns//{site.lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean(name))
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    cal.add_component(_vtimezone())
    for campaign, event in items:
        cal.add_component(_vevent(campaign, event, site))
    return cal.to_ical()


@cache
def _vtimezone() -> icalendar.Timezone:
    """The Asia/Ho_Chi_Minh VTIMEZONE, built once per process.

    icalendar builds it by walking every tzdata transition: about 40 ms per calendar,
    which dominated builds with a thousand events (measured by the benchmark).
    """
    probe = icalendar.Calendar()
    event = icalendar.Event()
    event.add("dtstart", datetime(2026, 1, 1, tzinfo=TZ))
    probe.add_component(event)
    probe.add_missing_timezones()
    return probe.walk("VTIMEZONE")[0]
