"""An "Add to Google Calendar" link: a plain outbound link, nothing fetched until tapped.

Downloaded .ics files often open nowhere on Android phones; Google Calendar's public
"TEMPLATE" address fills in a new event from its query string instead. The page only
links to it (no script, no prefetch); the link is left out for cancelled and past events.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from scripts.campaigns.escape import clean
from scripts.campaigns.model import Campaign, Event
from scripts.campaigns.render_ics import location
from scripts.campaigns.site import Site
from scripts.campaigns.urls import event_page

BASE = "https://calendar.google.com/calendar/render"
# Google refuses very long addresses: the details are a summary, the page has the rest.
DETAILS_MAX = 600


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _short(text: str) -> str:
    return text if len(text) <= DETAILS_MAX else text[: DETAILS_MAX - 1] + "…"


def google_calendar_url(campaign: Campaign, event: Event, site: Site) -> str | None:
    """The link, or None when adding the event to a calendar makes no sense."""
    if event.status == "cancelled" or event.is_past(site.today):
        return None
    lang = site.lang
    details = [_short(clean(event.summary(lang) if event.summary else campaign.summary(lang)))]
    if event.joins_online and event.online is not None:
        details.append(site.t("campaigns_ics_online", platform=clean(event.online.platform),
                              url=event.online.url))
    details.append(site.url(event_page(campaign.slug, event.id)))
    query = {
        "action": "TEMPLATE",
        "text": clean(event.title(lang)),
        "dates": f"{_utc(event.start)}/{_utc(event.end)}",
        "details": "\n\n".join(details),
        "location": location(event, lang),
    }
    # quote (not quote_plus): '%20' for spaces, every reserved character encoded.
    return f"{BASE}?{urlencode(query, quote_via=quote, safe='')}"
