"""The share cards of a campaign and of each event (Open Graph / Zalo / Facebook preview).

What each card says; the drawing, the cache and the text rules are the site's one card
renderer (scripts/previews). A campaign's card gives its period; an event's gives its
date, time and place, and says in a badge when it was moved or cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from scripts.campaigns import urls
from scripts.campaigns.dates import date_range, when
from scripts.campaigns.model import Campaign, Event
from scripts.campaigns.site import Site
from scripts.i18n import ui_table
from scripts.previews.cache import card_png
from scripts.previews.card import Card
from scripts.previews.sections import footer


@dataclass(frozen=True)
class ShareImage:
    """A card and where it is published (a site path, the same in every language)."""

    path: str
    card: Card

    @property
    def alt(self) -> str:
        return self.card.alt

    def png(self) -> bytes:
        return card_png(self.card)


def _kicker(site: Site) -> str:
    ward = site.extra.get("locality", {}).get("ward", {}).get(site.lang, "")
    return f"{ward[:1].upper()}{ward[1:]} · {site.t('campaigns_index_title')}"


def _footer(site: Site) -> str:
    return footer(site.extra, ui_table(site.lang))


def campaign_image(campaign: Campaign, site: Site) -> ShareImage:
    period = date_range(campaign.start, campaign.end, site.lang)
    return ShareImage(urls.share_image(campaign.slug), Card(
        kicker=_kicker(site), title=campaign.title(site.lang),
        details=(f"{site.t('campaigns_period')}: {period}",), footer=_footer(site)))


def event_image(campaign: Campaign, event: Event, site: Site) -> ShareImage:
    lang = site.lang
    badge = {"moved": site.t("campaigns_badge_moved"),
             "cancelled": site.t("campaigns_badge_cancelled")}.get(event.status, "")
    return ShareImage(urls.event_share_image(campaign.slug, event.id), Card(
        kicker=_kicker(site), title=event.title(lang), badge=badge.upper(),
        details=(f"{site.t('campaigns_when')}: {when(event.start, event.end, lang)}",
                 f"{site.t('campaigns_where')}: {_where(event, site)}"),
        footer=_footer(site)))


def _where(event: Event, site: Site) -> str:
    """The place as the card says it: venue and address, the meeting platform, or both."""
    parts = [text(site.lang) for text in (event.venue, event.address)
             if event.in_person and text is not None]
    if event.joins_online and event.online is not None:
        parts.append(site.t("campaigns_online_short", platform=event.online.platform))
    return ", ".join(parts)
