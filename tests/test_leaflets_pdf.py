"""Every leaflet of every shipped campaign (and the example), both languages: text with
every diacritic, paper size and page count, only Noto Sans (embedded), metadata, a QR
code that opens the campaign page, and PNGs of each page in test-output/leaflets/."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.load import load_campaigns, load_example
from scripts.i18n import ui_table
from scripts.leaflets.build import build_leaflets
from scripts.leaflets.layouts import BY_ID, layouts_for
from scripts.leaflets.render import campaign_url
from scripts.site.languages import LANGUAGES
from scripts.sitefacts import load_site_facts
from tests.leaflets_support import PNG_DIR, fonts, page_sizes, pdf_text, qr_codes, to_png

# Builds (MkDocs or WeasyPrint) by itself: not a `unit` test (tests/conftest.py).
pytestmark = pytest.mark.build

TODAY = "2026-05-20"  # before the shipped events: the "upcoming events" block is printed
CAMPAIGNS = {c.slug: c for c in [*load_campaigns(), load_example()]}
CASES = [(slug, lang, layout.id) for slug, c in CAMPAIGNS.items() for lang in LANGUAGES
         for layout in layouts_for(c)]
SIZES = {"a5-flyer": (419.53, 595.28), "a4-trifold": (841.89, 595.28),
         "a3-poster": (841.89, 1190.55), "a4-worksheet": (595.28, 841.89)}


@pytest.fixture(scope="module")
def leaflets(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Path]:
    out = tmp_path_factory.mktemp("leaflets")
    result = build_leaflets(list(CAMPAIGNS.values()), LANGUAGES, today=TODAY,
                            cache_dir=out / "cache")
    files = {}
    for leaf in result.leaflets:
        path = out / leaf.lang / leaf.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(leaf.pdf)
        files[(leaf.slug, leaf.lang, leaf.layout.id)] = path
    return files


def test_every_campaign_gets_every_layout(leaflets) -> None:
    assert set(leaflets) == set(CASES)
    # A worksheet for every campaign, with a classroom section in its file or not.
    assert {(slug, "vi", "a4-worksheet") for slug in CAMPAIGNS} <= set(leaflets)
    assert any(c.classroom is None for c in CAMPAIGNS.values()), "no default case shipped"


@pytest.mark.parametrize(("slug", "lang", "layout"), CASES)
def test_text_size_fonts_metadata(leaflets, slug: str, lang: str, layout: str) -> None:
    campaign, pdf = CAMPAIGNS[slug], leaflets[(slug, lang, layout)].read_bytes()
    text, extra = pdf_text(pdf), load_site_facts()
    hotline = extra["hotline"]
    # Title and hotline with every diacritic (text extraction round-trips).
    assert " ".join(campaign.title(lang).split()) in text
    assert hotline["number"] in text and hotline["name"][lang] in text
    if layout == "a4-worksheet" and campaign.classroom is not None:
        assert all(" ".join(q(lang).split()) in text for q in campaign.classroom.questions)
    elif layout == "a4-worksheet":  # the default questions, about the printed law
        ui = ui_table(lang)
        assert " ".join(ui["leaflets_default_q_help"].split()) in text
        assert ui["campaigns_law"] in text
    else:
        assert all(" ".join(m(lang).split()) in text for m in campaign.messages)
    agencies = load_agencies()
    for org in campaign.organisers:
        assert " ".join(agencies[org].name_in(lang).split()) in text
    # Paper and pages.
    expected = BY_ID[layout]
    assert page_sizes(pdf) == [SIZES[layout]] * expected.pages
    # Only the project's Noto Sans, every face embedded (no machine-font fallback).
    used = fonts(pdf)
    assert used and all("NotoSans" in name and embedded for name, embedded in used), used
    # Metadata from <title>, <html lang>, <meta name=description/keywords/author>.
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title.startswith(campaign.title(lang))
    assert meta.subject == " ".join(campaign.summary(lang).split())
    assert hotline["number"] in meta["/Keywords"]
    assert agencies[campaign.organisers[0]].name_in(lang) in meta.author
    assert reader.trailer["/Root"]["/Lang"] == lang


@pytest.mark.parametrize(("slug", "lang", "layout"), CASES)
def test_qr_code_opens_the_campaign_page(leaflets, slug: str, lang: str, layout: str) -> None:
    pdf = leaflets[(slug, lang, layout)]
    url = campaign_url(slug, lang, load_site_facts())
    for page in range(1, BY_ID[layout].pages + 1):
        png = to_png(pdf, PNG_DIR / f"{slug}-{lang}-{layout}-p{page}", page=page)
        codes = qr_codes(png)
        assert codes <= {url}, codes  # nothing but the campaign page
        if page == 1:
            assert codes == {url}  # the first page (tri-fold: its back) always has it
        if slug == "example" or lang == "vi":
            to_png(pdf, PNG_DIR / f"{slug}-{lang}-{layout}-p{page}-grey", page=page, gray=True)


def test_upcoming_events_are_printed_and_past_ones_are_not(leaflets) -> None:
    campaign = CAMPAIGNS["example"]
    event = campaign.events[0]
    text = pdf_text(leaflets[("example", "vi", "a5-flyer")].read_bytes())
    assert event.title("vi") in text and event.venue("vi") in text
    later = build_leaflets([campaign], ["vi"], today="2026-11-23", cache_dir=None, workers=1)
    assert event.title("vi") not in pdf_text(later.leaflets[0].pdf)
