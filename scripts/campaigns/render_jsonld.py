"""schema.org Event data for an event page (a dict; escaping happens in escape.json_ld)."""

from __future__ import annotations

from typing import Any

from scripts.campaigns.dates import iso
from scripts.campaigns.escape import clean
from scripts.campaigns.model import Campaign, Event
from scripts.campaigns.site import Site
from scripts.campaigns.urls import event_page, event_share_image

ATTENDANCE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "moved": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def _place(event: Event, site: Site) -> dict[str, Any] | None:
    lang = site.lang
    if not (event.in_person and event.venue and event.address):
        return None
    place: dict[str, Any] = {
        "@type": "Place",
        "name": clean(event.venue(lang)),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": clean(event.address(lang)),
            "addressLocality": clean(site.extra.get("locality", {}).get("ward", {}).get(lang, "")),
            "addressCountry": "VN",
        },
    }
    if event.coordinates:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": event.coordinates.lat,
                        "longitude": event.coordinates.lon}
    return place


def _location(event: Event, site: Site) -> dict[str, Any] | list[dict[str, Any]]:
    """A Place, a VirtualLocation, or both for a hybrid event (as schema.org asks)."""
    where: list[dict[str, Any]] = []
    place = _place(event, site)
    if place is not None:
        where.append(place)
    if event.joins_online and event.online is not None:
        where.append({"@type": "VirtualLocation", "url": event.online.url,
                      "name": clean(event.online.platform)})
    return where[0] if len(where) == 1 else where


def event_jsonld(campaign: Campaign, event: Event, site: Site) -> dict[str, Any]:
    lang = site.lang
    organizer: dict[str, Any] = {"@type": "Organization",
                                 "name": clean(site.agency_name(event.organiser))}
    if event.organiser in site.agency_pages:
        organizer["url"] = site.url(site.agency_pages[event.organiser])
    description = event.summary(lang) if event.summary else campaign.summary(lang)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": clean(event.title(lang)),
        "description": clean(description),
        "startDate": iso(event.start),
        "endDate": iso(event.end),
        "eventStatus": STATUS[event.status],
        "eventAttendanceMode": ATTENDANCE[event.attendance],
        "location": _location(event, site),
        "organizer": organizer,
        "image": [site.url(event_share_image(campaign.slug, event.id))],
        "url": site.url(event_page(campaign.slug, event.id)),
        "inLanguage": lang,
        "superEvent": {"@type": "EventSeries", "name": clean(campaign.title(lang))},
    }
    if event.registration.open_to_all:
        data["isAccessibleForFree"] = True
    if event.status == "moved" and event.previous_start is not None:
        data["previousStartDate"] = iso(event.previous_start)
    return data
