"""Untrusted and oversized campaign text: never injected, never a crash, never cut off
(an error names the campaign, the field and the layout)."""

from __future__ import annotations

from datetime import date

import pytest

from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.load import load_example
from scripts.campaigns.model import Campaign, Text
from scripts.content.statements import render_statement, statement_cite_text, statement_ids
from scripts.i18n import ui_table
from scripts.leaflets.build import LeafletsDoNotFit, build_leaflets
from scripts.leaflets.classroom import DEFAULT_LAW
from scripts.leaflets.fit import LeafletDoesNotFit
from scripts.leaflets.layouts import BY_ID, LAYOUTS
from scripts.leaflets.layouts import HERE as LAYOUTS_DIR
from scripts.leaflets.render import leaflet_context, render_html, render_pdf
from scripts.sitefacts import load_site_facts
from tests.leaflets_support import fonts, pdf_text

A5_FLYER, A4_TRIFOLD = BY_ID["a5-flyer"], BY_ID["a4-trifold"]
A3_POSTER, A4_WORKSHEET = BY_ID["a3-poster"], BY_ID["a4-worksheet"]

TODAY = date(2026, 5, 20)


def _with(**changes: object) -> Campaign:
    return load_example().model_copy(update=changes)


def _ctx(campaign: Campaign, layout=A5_FLYER, lang: str = "vi") -> dict:
    return leaflet_context(campaign, lang, layout, today=TODAY, extra=load_site_facts(),
                           agencies=load_agencies())


def test_markup_in_campaign_text_is_printed_as_text_not_run() -> None:
    hostile = '<script>alert("x")</script> <b>đậm</b> "quotes" & \'apostrophes\''
    campaign = _with(summary=Text(vi=hostile, en=hostile))
    html = render_html(_ctx(campaign))
    assert "<script>" not in html and "<b>đậm" not in html
    assert "&lt;script&gt;" in html
    pdf, pages = render_pdf(_ctx(campaign))
    assert pages == 1
    assert '<script>alert("x")</script>' in pdf_text(pdf)


def test_emoji_and_right_to_left_text_never_pull_in_another_font() -> None:
    odd = "Tháng hành động 🎉👧🏽 \u202eعربى\u202c שלום 漢字"
    campaign = _with(messages=[Text(vi=odd, en=odd), *load_example().messages])
    pdf, _ = render_pdf(_ctx(campaign))
    used = fonts(pdf)
    assert all("NotoSans" in name and embedded for name, embedded in used), used
    assert "Tháng hành động" in pdf_text(pdf)  # what the font can draw is kept


@pytest.mark.parametrize("layout", ["a5-flyer", "a4-trifold", "a3-poster", "a4-worksheet"])
def test_ten_thousand_characters_is_an_error_naming_campaign_field_layout(layout: str) -> None:
    long = "Trẻ em cần được học tập và vui chơi. " * 280  # ~10,000 characters
    field = "classroom.questions[0]" if layout == "a4-worksheet" else "messages[1]"
    if layout == "a4-worksheet":
        classroom = load_example().classroom.model_copy(
            update={"questions": [Text(vi=long, en=long)]})
        campaign = _with(classroom=classroom)
    else:
        campaign = _with(messages=[load_example().messages[0], Text(vi=long, en=long)])
    with pytest.raises(LeafletDoesNotFit) as info:
        render_pdf(_ctx(campaign, BY_ID[layout]))
    err = info.value
    assert (err.campaign, err.field, err.layout, err.lang) == ("example", field, layout, "vi")
    assert "example" in str(err) and field in str(err) and layout in str(err)


def test_one_ten_thousand_character_word_wraps_then_does_not_fit() -> None:
    campaign = _with(summary=Text(vi="A" * 10_000, en="A" * 10_000))
    with pytest.raises(LeafletDoesNotFit) as info:
        render_pdf(_ctx(campaign, A4_TRIFOLD))
    assert info.value.field == "summary" and "front cover" in info.value.region


def test_every_failing_leaflet_is_reported_together() -> None:
    long = "Nội dung rất dài. " * 600
    campaign = _with(title=Text(vi="Tiêu đề", en="Title"), summary=Text(vi=long, en=long))
    with pytest.raises(LeafletsDoNotFit) as info:
        build_leaflets([campaign], ["vi", "en"], today=TODAY, cache_dir=None, workers=2)
    failing = {(e.layout, e.lang) for e in info.value.errors}
    assert {("a5-flyer", "vi"), ("a5-flyer", "en"), ("a4-trifold", "vi")} <= failing
    assert all(e.field == "summary" for e in info.value.errors)


def test_events_beyond_what_fits_are_counted_not_cut() -> None:
    base = load_example().events[0]
    events = [base.model_copy(update={"id": f"e{i}", "title": Text(
        vi=f"Sự kiện số {i}", en=f"Event number {i}")}) for i in range(8)]
    campaign = _with(events=events)
    for layout in (A5_FLYER, A3_POSTER, A4_TRIFOLD):
        text = pdf_text(render_pdf(_ctx(campaign, layout))[0])
        shown = sum(f"Sự kiện số {i}" in text for i in range(8))
        assert 1 <= shown <= layout.max_events
        assert f"Và {8 - shown} sự kiện khác" in text


def test_a_campaign_without_classroom_section_gets_the_default_worksheet() -> None:
    campaign = _with(classroom=None, law=["hotline"])
    result = build_leaflets([campaign], ["vi"], today=TODAY, cache_dir=None, workers=1)
    assert [leaf.layout for leaf in result.leaflets] == [A5_FLYER, A4_TRIFOLD, A3_POSTER,
                                                         A4_WORKSHEET]
    text = " ".join(pdf_text(result.leaflets[-1].pdf).split())
    ui = ui_table("vi")
    assert ui["leaflets_default_q_example"] in text
    # No law of its own besides the hotline: the worksheet prints the default statements,
    # from the vetted statements with their citations.
    for sid in DEFAULT_LAW:
        assert " ".join(render_statement(sid, "vi").split()) in text
        # The citation may wrap after a hyphen (TT-/BLĐTBXH): compared without spaces.
        assert statement_cite_text(sid, "vi").replace(" ", "") in text.replace(" ", "")
    assert set(DEFAULT_LAW) <= set(statement_ids())


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.id)
def test_every_layout_is_a_complete_folder(layout) -> None:
    folder = LAYOUTS_DIR / layout.id
    assert {"layout.yml", "template.html.j2", "layout.css"} <= {p.name for p in folder.iterdir()}
    # its CSS is scoped to its own body class (a layout never restyles another)
    css = (folder / "layout.css").read_text(encoding="utf-8")
    assert f".layout-{layout.id}" in css
    # and its template renders a page of its own kind
    html = render_html(_ctx(load_example(), layout))
    assert f'<body class="layout-{layout.id}">' in html


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.id)
def test_every_layout_escapes_campaign_text_in_its_new_parts(layout) -> None:
    """The poster's headline and message band, the tri-fold's panels and the worksheet's
    labelled areas print campaign text: as text, never as markup."""
    hostile = '<img src=x onerror=alert(1)> <b>đậm</b>'
    example = load_example()
    campaign = _with(title=Text(vi=hostile, en=hostile),
                     messages=[Text(vi=hostile, en=hostile), *example.messages[1:]])
    html = render_html(_ctx(campaign, layout))
    assert "<img src=x" not in html and "<b>đậm" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_text_pushed_above_a_region_is_found_at_its_top_edge() -> None:
    """A region whose content is aligned to its bottom (or centred) spills above its top
    when too long: nothing runs past the bottom, yet the field does not fit."""
    from weasyprint import HTML

    from scripts.leaflets import fit
    from scripts.leaflets.layouts import BY_ID

    lines = "".join(f'<p data-field="title">line {n}</p>' for n in range(4))
    page = (
        "<style>@page{size:A5;margin:0} p{margin:0;font-size:12pt}"
        ".r{position:absolute;left:10mm;top:80mm;width:100mm;height:20mm;display:flex;"
        "flex-direction:column;justify-content:flex-end}</style>"
        f'<div class="r" data-region="band">{lines}<p data-field="summary">last</p></div>')
    with pytest.raises(fit.LeafletDoesNotFit) as caught:
        fit.check(HTML(string=page).render(), BY_ID["a5-flyer"], "x", "vi")
    assert caught.value.field == "title"  # the one pushed out, not the last line
    assert caught.value.region == "region 'band'"
    assert 3 <= caught.value.excess_mm <= 9  # five 12 pt lines in a 20 mm box
