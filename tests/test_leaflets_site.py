"""The built site carries every leaflet, and the campaign pages (and event pages) link
each PDF with its format, page count and size."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import pytest

from scripts.campaigns import urls
from scripts.campaigns.load import load_campaigns
from scripts.leaflets.layouts import layouts_for, leaflet_path
from scripts.site.languages import LANGUAGES
from tests.leaflets_support import page_sizes

CAMPAIGNS = load_campaigns()
PAGES = {"vi": "{n} trang", "en": "{n} page"}


def _links(page: Path) -> dict[str, str]:
    """href (resolved against the page) -> link text plus what follows it on the line."""
    found = {}
    for line in html.unescape(page.read_text(encoding="utf-8")).splitlines():
        for href, rest in re.findall(r'<a href="([^"]+\.pdf)"[^>]*>(.*)', line):
            found[posixpath.normpath(posixpath.join(page.parent.as_posix(), href))] = \
                re.sub(r"<[^>]+>", "", rest)
    return found


def _check_links(site: Path, lang: str, page: Path, campaign) -> None:
    links = _links(page)
    for layout in layouts_for(campaign):
        pdf = site / lang / leaflet_path(campaign.slug, layout.id)
        label = links.get(pdf.as_posix())
        assert label is not None, f"{page} does not link {pdf.name}"
        assert layout.format_label in label
        assert PAGES[lang].format(n=layout.pages) in label
        assert re.search(r"\(\d+ KB\)", label), label


@pytest.mark.parametrize("lang", LANGUAGES)
def test_site_has_every_leaflet_linked_from_its_campaign_page(built_site: Path,
                                                              lang: str) -> None:
    assert CAMPAIGNS, "no shipped campaigns"
    for campaign in CAMPAIGNS:
        for layout in layouts_for(campaign):
            pdf = built_site / lang / leaflet_path(campaign.slug, layout.id)
            assert pdf.is_file(), pdf
            assert pdf.read_bytes().startswith(b"%PDF")
            assert len(page_sizes(pdf.read_bytes())) == layout.pages
        page = built_site / lang / urls.html(urls.campaign_page(campaign.slug))
        _check_links(built_site, lang, page, campaign)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_event_pages_link_the_leaflets(built_site: Path, lang: str) -> None:
    for campaign in CAMPAIGNS:
        for event in campaign.events:
            page = built_site / lang / urls.html(urls.event_page(campaign.slug, event.id))
            _check_links(built_site, lang, page, campaign)
