"""schema.org Event data for an event page (a dict; escaping happens in escape.json_ld)."""

from __future__ import annotations

from typing import Any

from scripts.campaigns.dates import iso
from scripts.campaigns.escape import clean
from scripts.campaigns.model import Campaign, Event
from scripts.campaigns.site import Site
from scripts.campaigns.urls import event_page, event_share_image

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "moved": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def event_jsonld(campaign: Campaign, event: Event, site: Site) -> dict[str, Any]:
    lang = site.lang
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
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
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
