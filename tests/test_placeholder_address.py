"""Built for the example address of site.yml, a leaflet or a calendar file would send
people nowhere: the build warns, every leaflet page says DRAFT, every calendar says so;
built for a real address, none of it."""

from __future__ import annotations

import io
from datetime import date

import icalendar
from pypdf import PdfReader

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.load import load_example
from scripts.campaigns.render_ics import calendar
from scripts.campaigns.site import make_site
from scripts.leaflets.layouts import BY_ID
from scripts.leaflets.render import leaflet_context, render_pdf
from scripts.sitefacts import is_placeholder, load_site_facts, placeholder_root

TODAY = date(2026, 5, 20)
REAL = {**load_site_facts(), "site_root": "https://treem.disu.gov.vn/"}
PLACEHOLDER = {**load_site_facts(), "site_root": placeholder_root()}


def test_the_placeholder_is_recognised_by_its_host() -> None:
    assert is_placeholder(PLACEHOLDER)
    assert is_placeholder({**PLACEHOLDER, "site_root": placeholder_root() + "sub/"})
    assert not is_placeholder(REAL)


def _pages(extra: dict, layout: str, lang: str) -> list[str]:
    ctx = leaflet_context(load_example(), lang, BY_ID[layout], today=TODAY, extra=extra,
                          agencies=load_agencies())
    pdf, _ = render_pdf(ctx)
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_leaflet_page_says_draft_for_the_placeholder() -> None:
    for lang in ("vi", "en"):
        pages = _pages(PLACEHOLDER, "a4-trifold", lang)
        assert len(pages) == 2
        assert all("BẢN NHÁP" in page and "DRAFT" in page for page in pages), lang
    assert not any("DRAFT" in page for page in _pages(REAL, "a4-trifold", "vi"))


def test_calendar_files_say_draft_for_the_placeholder() -> None:
    campaign = load_example()
    items = [(campaign, event) for event in campaign.events]
    for extra, expected in ((PLACEHOLDER, True), (REAL, False)):
        site = make_site("vi", TODAY, extra=extra)
        event = icalendar.Calendar.from_ical(calendar(items, "x", site)).walk("VEVENT")[0]
        assert ("BẢN NHÁP" in str(event["DESCRIPTION"])) is expected
