"""Everything the campaigns feature generates for one language, as in-memory files."""

from __future__ import annotations

from dataclasses import dataclass, field

from scripts.campaigns import urls
from scripts.campaigns.model import Campaign
from scripts.campaigns.photos.renditions import Rendition, plan, read_source, render
from scripts.campaigns.render_ics import calendar
from scripts.campaigns.render_pages import campaign_page, event_page, events_page, index_page
from scripts.campaigns.share_image import campaign_image, event_image
from scripts.campaigns.site import Site


@dataclass
class Output:
    pages: dict[str, str] = field(default_factory=dict)  # Markdown, by src path
    head: dict[str, str] = field(default_factory=dict)  # <head> markup, by src path
    files: dict[str, bytes] = field(default_factory=dict)  # .ics, .png, images

    def all_files(self) -> dict[str, bytes | str]:
        return {**self.pages, **self.files}


def _hero(campaign: Campaign, site: Site) -> tuple[tuple[Rendition, ...], dict[str, bytes]]:
    """The header photo's copies, and their bytes when this language publishes them
    (the first language; the others link to its copies)."""
    if campaign.hero_image is None or campaign.folder is None:
        return (), {}
    source = read_source(campaign.folder, campaign.hero_image.file)
    renditions = plan(campaign.slug, source)
    files = render(source, renditions) if site.lang == site.media_lang else {}
    return renditions, files


def build_language(campaigns: list[Campaign], site: Site) -> Output:
    out = Output()
    out.pages[urls.INDEX] = index_page(campaigns, site)
    out.pages[urls.EVENTS] = events_page(campaigns, site)
    everything = []
    for campaign in campaigns:
        renditions, photos = _hero(campaign, site)
        out.files.update(photos)
        src = urls.campaign_page(campaign.slug)
        out.pages[src], out.head[src] = campaign_page(campaign, site, renditions)
        image = campaign_image(campaign, site)
        out.files[image.path] = image.png()
        items = [(campaign, e) for e in sorted(campaign.events, key=lambda e: e.start)]
        everything.extend(items)
        out.files[urls.campaign_ics(campaign.slug)] = calendar(
            items, campaign.title(site.lang), site)
        for _, event in items:
            src = urls.event_page(campaign.slug, event.id)
            out.pages[src], out.head[src] = event_page(campaign, event, site)
            image = event_image(campaign, event, site)
            out.files[image.path] = image.png()
            out.files[urls.event_ics(campaign.slug, event.id)] = calendar(
                [(campaign, event)], event.title(site.lang), site)
    everything.sort(key=lambda ce: (ce[1].start, ce[0].slug, ce[1].id))
    out.files[urls.ALL_ICS] = calendar(everything, site.t("campaigns_index_title"), site)
    return out
