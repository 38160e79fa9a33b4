"""Feature `campaigns`: a page per campaign and event, the calendar pages, calendar
files (.ics) and share images, from the validated campaign files."""

from __future__ import annotations

from collections.abc import Collection

from scripts.campaigns import urls
from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.build import build_language
from scripts.campaigns.dates import long_date, today
from scripts.campaigns.escape import clean
from scripts.campaigns.materials import Material
from scripts.campaigns.render_pages import order_events
from scripts.campaigns.site import make_site
from scripts.site.model import Site
from scripts.site.output import Output, Page

IN_NAV = {urls.INDEX, urls.EVENTS}  # listed in docs/data/nav.yml; the rest by links only


def generate(site: Site, lang: str, *, materials: dict[str, tuple[Material, ...]],
             existing: Collection[str]) -> Output:
    """`existing`: the paths already in the build (an agency is linked only if its page
    is one of them)."""
    agencies = load_agencies()
    context = make_site(
        lang, extra=dict(site.facts), materials=materials,
        agency_pages={a: f"agencies/{a}.md" for a in agencies
                      if f"agencies/{a}.md" in existing},
        include_canonical=False,  # the engine's theme writes <link rel=canonical>
        media_lang=site.languages[0],
    )
    built = build_language(site.campaigns, context)
    # A page with head markup (a campaign or an event) carries its own link preview.
    pages = {src: Page(markdown, in_nav=src in IN_NAV, head=built.head.get(src, ""),
                       previewed=src in built.head)
             for src, markdown in built.pages.items()}
    return Output(pages, built.files).refuse(
        existing, "campaigns", "rename the campaign or the page")


def next_event(site: Site, lang: str) -> dict[str, str]:
    """Where "upcoming events" leads from the home page: the next event still to come
    and not cancelled (its page, day and title, in the order of the events calendar),
    else the events calendar itself (`path` only). Paths are docs-relative."""
    pairs = ((c, e) for c in site.campaigns for e in c.events)
    upcoming = order_events(pairs, today())["upcoming"]
    if not upcoming:
        return {"path": urls.EVENTS}
    campaign, event = upcoming[0]
    return {"path": urls.event_page(campaign.slug, event.id),
            "day": long_date(event.start, lang), "title": clean(event.title(lang))}
