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
from tests.leaflets_support import (
    PNG_DIR,
    flat,
    fonts,
    page_sizes,
    pdf_text,
    qr_codes,
    text_runs,
    to_png,
)

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


POSTERS = sorted({(slug, lang) for slug, lang, layout in CASES if layout == "a3-poster"})


@pytest.mark.parametrize(("slug", "lang"), POSTERS)
def test_poster_headline_and_hotline_read_from_across_a_room(leaflets, slug: str,
                                                              lang: str) -> None:
    pdf = leaflets[(slug, lang, "a3-poster")].read_bytes()
    runs = text_runs(pdf)
    extra = load_site_facts()
    number = extra["hotline"]["number"]
    # The hotline number is the biggest thing on the sheet (a 140 pt figure).
    biggest = max(runs, key=lambda r: r[3])
    assert biggest[4] == number and biggest[3] >= 100, biggest
    # The headline is the campaign title, alone in the next size (>= 60 pt, ~2 cm tall).
    headline = flat(" ".join(r[4] for r in runs if 60 <= r[3] < biggest[3]))
    assert headline == flat(CAMPAIGNS[slug].title(lang))
    # "free, 24/7" from site data, large; the publisher from site data.
    hours = extra["hotline"]["hours"][lang]
    assert any(r[4] == hours and r[3] >= 24 for r in runs), hours
    text = pdf_text(pdf)
    assert flat(extra["publisher"]["name"][lang]) in text


def test_worksheet_labels_every_writing_and_drawing_area(leaflets) -> None:
    for (slug, lang, layout), path in leaflets.items():
        if layout != "a4-worksheet":
            continue
        ui, campaign = ui_table(lang), CAMPAIGNS[slug]
        text = pdf_text(path.read_bytes())
        questions = len(campaign.classroom.questions) if campaign.classroom else 3
        assert text.count(f"{ui['leaflets_write_answer']}:") == questions, (slug, lang)
        for label in ("leaflets_name", "leaflets_class", "leaflets_date"):
            assert f"{ui[label]}:" in text
        activity = campaign.classroom.activity if campaign.classroom else None
        if activity is not None:
            assert flat(f"{ui['leaflets_draw']}: {activity.title(lang)}") in text, (slug, lang)


# Panel edges (mm from the left) of each tri-fold page: outside, inside (layout.css).
PANELS = {0: (0, 97, 197, 297), 1: (0, 100, 200, 297)}


def test_trifold_every_panel_has_text_and_the_outside_is_filled(leaflets) -> None:
    mm, height = 72 / 25.4, 210 * 72 / 25.4
    for (slug, lang, layout), path in leaflets.items():
        if layout != "a4-trifold":
            continue
        pdf = path.read_bytes()
        runs = [r for r in text_runs(pdf) if r[2] < height - 12 * mm]  # not the draft stamp
        for page, edges in PANELS.items():
            for i in range(3):
                inside = [r for r in runs if r[0] == page
                          and edges[i] * mm <= r[1] < edges[i + 1] * mm]
                where = (slug, lang, page, i)
                assert sum(len(r[4]) for r in inside) >= 100, where
                # Outside panels and the hotline panel: text in the lower half too.
                if page == 0 or i == 2:
                    assert min(r[2] for r in inside) < height / 2, where
        text = pdf_text(pdf)
        ui = ui_table(lang)
        assert ui["leaflets_local_contacts"] in text and ui["leaflets_what_to_do"] in text
        assert ui["campaigns_law"] in text  # key rules, the default ones if none are named
