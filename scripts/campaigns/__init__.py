"""Campaign engine: campaigns/*.yml -> pages, calendars (.ics), share images.

Plain Python (no MkDocs). Public API for other generators (e.g. leaflets):

    from scripts.campaigns import load_campaigns, Campaign, Event, campaign_url
    for campaign in load_campaigns():          # validated, sorted by first event
        campaign.title("vi"), campaign.classroom, campaign.events
        campaign_url(campaign, "en")            # public URL of its page

    # printable files reach the pages as a value: make_site(lang, materials={slug: (...)})
"""

from __future__ import annotations

from scripts.campaigns import urls
from scripts.campaigns.load import load_campaigns, load_example
from scripts.campaigns.materials import Material
from scripts.campaigns.model import Campaign, Classroom, Event, Text
from scripts.campaigns.validate import CampaignError, CampaignValidationError
from scripts.sitefacts import page_url


def campaign_url(campaign: Campaign, lang: str) -> str:
    """Absolute public URL of a campaign's page."""
    return page_url(lang, urls.html(urls.campaign_page(campaign.slug)))


def event_url(campaign: Campaign, event: Event, lang: str) -> str:
    """Absolute public URL of an event's page."""
    return page_url(lang, urls.html(urls.event_page(campaign.slug, event.id)))


def campaign_path(campaign: Campaign) -> str:
    """Site-relative path of a campaign's page, e.g. 'campaigns/x/index.html'."""
    return urls.html(urls.campaign_page(campaign.slug))


__all__ = [
    "Campaign", "CampaignError", "CampaignValidationError", "Classroom", "Event", "Material",
    "Text", "campaign_path", "campaign_url", "event_url", "load_campaigns", "load_example",
]
