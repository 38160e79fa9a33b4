"""Campaigns state the law only through reviewed statements (docs/data/statements.yml):
validation, campaign and event pages, leaflets, the leaflet cache, the example file."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from scripts.campaigns import render_pages, urls
from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.lawtext import find_law_claim
from scripts.campaigns.load import load_campaigns, load_example, validate_files
from scripts.campaigns.site import make_site
from scripts.content.statements import (
    load_law_pages,
    render_statement,
    statement_citations,
    statement_cite_text,
    statement_ids,
    statements_digest,
)
from scripts.leaflets import render as leaflet_render
from scripts.leaflets.build import build_leaflets
from scripts.leaflets.layouts import BY_ID, LAYOUTS, layouts_for
from scripts.leaflets.render import leaflet_context, render_html, render_pdf
from scripts.paths import CAMPAIGNS, DATA, docs_dir
from scripts.site.languages import LANGUAGES
from scripts.sitefacts import load_site_facts
from tests.htmlscan import parse
from tests.leaflets_support import pdf_text

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
SHIPPED = load_campaigns()
PRINT_DAY = date(2026, 5, 20)  # before the shipped events: leaflets list upcoming events
# The wrong compressions the review found (issue 10, errors 2 and 8): never printed again.
RETYPED = ("under 15 may only do light work", "dưới 15 tuổi chỉ được làm công việc nhẹ",
           "tiếp xúc hóa chất", "handling chemicals")
HOSTILE = '<script>alert("x")</script> <b>đậm</b> [link](javascript:x) *em* & "q"'


def _flat(text: str) -> str:
    return " ".join(text.split())


def _squash(text: str) -> str:
    """No whitespace at all: PDF lines may break after a hyphen ('TT-' / 'BLĐTBXH')."""
    return "".join(text.split())


# ---- validation ----------------------------------------------------------------------


def test_unknown_statement_is_a_bilingual_error_naming_file_line_field_and_valid_ids():
    path = FIXTURES / "invalid" / "unknown-statement.yml"
    _, errors = validate_files([("unknown-statement", path)])
    assert [e.code for e in errors] == ["unknown_statement"]
    error = errors[0]
    line = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if "rule.under-15-light-work" in ln)
    assert error.file.endswith("invalid/unknown-statement.yml") and error.line == line
    assert error.field == "law[2]"
    assert "rule.under-15-light-work" in error.vi and "rule.under-15-light-work" in error.en
    assert "Cách sửa" in error.vi and "How to fix" in error.en
    for sid in statement_ids():  # every valid id is listed, in both languages
        assert sid in error.vi and sid in error.en
    assert error.format().startswith(
        f"{error.file}:{line}: lỗi / error\n  vi: Dòng {line}, mã phát biểu pháp luật thứ 2")
    assert f"\n  en: Line {line}, law statement 2 (law): " in error.format()


@pytest.mark.parametrize("text", [
    "Trẻ em dưới 15 tuổi chỉ được làm công việc nhẹ theo quy định của pháp luật.",
    "Children under 15 may only do light work allowed by law.",
    "Người từ 15 đến dưới 18 tuổi không được làm công việc nặng nhọc, nguy hiểm.",
    "Young people aged 15 to 17 must not do heavy or dangerous work.",
    "A 14-year-old may not work in a restaurant.",
    "Không làm thêm giờ, không làm ban đêm.",
    "At most 4 hours a day.",
    "Người sử dụng lao động có thể bị phạt tiền đến 50 triệu đồng.",
    "Employers can be fined VND 50,000,000.",
    "Gọi 111 — Tổng đài quốc gia bảo vệ trẻ em.",
])
def test_a_law_stating_message_is_rejected_naming_the_statement_to_use(text: str,
                                                                     tmp_path: Path):
    source = (FIXTURES / "base.yml").read_text(encoding="utf-8")
    quoted = text.replace('"', '\\"')
    changed = source.replace('  - vi: "Cùng giữ trẻ em ở trường."',
                             f'  - vi: "{quoted}"', 1)
    assert changed != source
    path = tmp_path / "law-text.yml"
    path.write_text(changed, encoding="utf-8")
    _, errors = validate_files([("law-text", path)])
    assert [e.code for e in errors] == ["message_states_law"], [e.format() for e in errors]
    error = errors[0]
    assert error.field == "messages[1].vi"
    assert error.line == next(i for i, ln in enumerate(changed.splitlines(), 1)
                              if quoted in ln)
    assert "law:" in error.vi and "law:" in error.en
    claim = find_law_claim(text, "111")
    assert claim is not None
    for sid in claim.suggest:  # the closest statements are named
        assert sid in error.vi and sid in error.en


@pytest.mark.parametrize("text", [
    "Cùng nhau giữ trẻ em ở trường và được vui chơi.",
    "Every child has the right to education. School is a child's main job.",
    "Việc nhà vừa sức, có người lớn hướng dẫn giúp trẻ trưởng thành; công việc nặng nhọc, "
    "nguy hiểm thì không.",
    "Over 200 people joined on 12 June 2026, from 7:30 to 9:00.",
    "Dưới 10 phút đi bộ từ trường; hơn 15 hoạt động cho thiếu nhi.",
    "Gọi 1110 không phải số của chúng tôi.",
])
def test_ordinary_messages_pass(text: str):
    assert find_law_claim(text, "111") is None


def test_shipped_campaigns_and_example_use_law_ids_and_no_free_text_states_law():
    hotline = str(load_site_facts()["hotline"]["number"])
    for campaign in [*SHIPPED, load_example()]:
        assert campaign.law, campaign.slug
        assert set(campaign.law) <= set(statement_ids())
        for message in campaign.messages:
            for lang in LANGUAGES:
                assert find_law_claim(message(lang), hotline) is None, (campaign.slug,
                                                                        message(lang))


def test_example_documents_law_and_validates():
    example = load_example()  # raises if _example.yml does not validate
    assert example.law and example.messages
    text = (CAMPAIGNS / "_example.yml").read_text(encoding="utf-8")
    assert re.search(r"^law:$", text, re.M)
    comments = "\n".join(ln for ln in text.splitlines() if ln.lstrip().startswith("#"))
    assert "VI:" in comments and "EN:" in comments and "statements.yml" in comments
    for sid in statement_ids():  # the example lists every valid id for editors
        assert re.search(rf"#\s+{re.escape(sid)}\s", comments), sid


# ---- statements and their citations ------------------------------------------------


def test_every_statement_renders_in_both_languages_with_the_same_citations():
    for sid in statement_ids():
        vi, en = render_statement(sid, "vi"), render_statement(sid, "en")
        assert vi and en and "{{" not in vi + en and "<" not in vi + en
        cites = {lang: statement_citations(sid, lang) for lang in LANGUAGES}
        assert [c.page for c in cites["vi"]] == [c.page for c in cites["en"]]
        assert all(c.text for c in cites["vi"] + cites["en"])


def test_law_pages_exist_with_their_anchors_in_both_languages():
    mapping = load_law_pages()
    assert mapping["labour-code:147"].startswith("law/prohibited-work.md")
    for target in mapping.values():
        page, _, anchor = target.partition("#")
        for lang in LANGUAGES:
            source = (docs_dir(lang) / page).read_text(encoding="utf-8")
            if anchor:
                assert f"{{#{anchor}" in source, (lang, target)


def test_statements_digest_follows_the_statements_file(tmp_path: Path):
    for name in ("statements.yml", "facts.yml", "sources.yml", "law-pages.yml"):
        shutil.copy(DATA / name, tmp_path / name)
    before = statements_digest(tmp_path)
    assert before == statements_digest(DATA)
    path = tmp_path / "statements.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("24/7", "24 giờ"),
                    encoding="utf-8")
    assert statements_digest(tmp_path) != before


# ---- campaign and event pages --------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_built_campaign_and_event_pages_print_the_statements_with_linked_citations(
        built_site: Path, lang: str):
    for campaign in SHIPPED:
        srcs = [urls.campaign_page(campaign.slug),
                urls.event_page(campaign.slug, campaign.events[0].id)]
        for src in srcs:
            page = built_site / lang / urls.html(src)
            tags = parse(page)
            text = tags.text
            assert {"vi": "Pháp luật quy định", "en": "What the law says"}[lang] in text
            for sid in campaign.law:
                assert _flat(render_statement(sid, lang)) in text, (src, sid)
                for cite in statement_citations(sid, lang):
                    assert _flat(cite.text) in text
            assert not any(r.lower() in text.lower() for r in RETYPED), src
            if src != srcs[0]:  # repeated on every event page: kept out of search results
                html = page.read_text(encoding="utf-8")
                assert re.search(r'<div class="cmp-law-block" data-search-exclude', html)
            links = [a["href"] for t, a in tags.tags if t == "a" and "/law/" in
                     "/" + a.get("href", "").lstrip("./")]
            assert links, src
            for href in links:
                file, _, anchor = href.partition("#")
                target = (page.parent / file).resolve()
                assert target.is_file(), href
                if anchor:
                    assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_statement_text_is_escaped_on_pages_and_leaflets(monkeypatch: pytest.MonkeyPatch):
    # Statements are reviewed data, but every output escapes text all the same.
    monkeypatch.setattr(render_pages, "render_statement", lambda sid, lang: HOSTILE)
    monkeypatch.setattr(leaflet_render, "render_statement", lambda sid, lang: HOSTILE)
    campaign = SHIPPED[0]
    site = make_site("vi", PRINT_DAY)
    markdown, _ = render_pages.campaign_page(campaign, site)
    event_md, _ = render_pages.event_page(campaign, campaign.events[0], site)
    for out in (markdown, event_md):
        assert "<script>" not in out and "<b>" not in out and "](javascript" not in out
        assert "&#60;script&#62;" in out
    ctx = leaflet_context(campaign.model_copy(update={"law": ["rule.under13"]}), "vi",
                          BY_ID["a5-flyer"], today=PRINT_DAY, extra=load_site_facts(),
                          agencies=load_agencies())
    html = render_html(ctx)
    assert "<script>" not in html and "&lt;script&gt;" in html


# ---- leaflets ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaflets_print_statements_with_citation_and_never_the_retyped_rule(lang: str):
    campaign = next(c for c in SHIPPED if "rule.under13" in c.law)
    for layout in layouts_for(campaign):
        ctx = leaflet_context(campaign, lang, layout, today=PRINT_DAY, extra=load_site_facts(),
                              agencies=load_agencies())
        text = _squash(pdf_text(render_pdf(ctx)[0]))
        rules = [sid for sid in campaign.law if sid != "hotline"]
        printed = rules[:layout.max_law] if layout.max_law else rules
        for sid in campaign.law:
            # `hotline` is printed by the hotline box (number, name, hours from mkdocs.yml)
            # with the statement's citation; every other statement as it is reviewed.
            # The poster (prints_law: false) prints only the hotline's citation; the
            # flyer the first `max_law` statements, and a line counting the others.
            if sid != "hotline" and (not layout.prints_law or sid not in printed):
                continue
            if sid != "hotline":
                assert _squash(render_statement(sid, lang)) in text, (layout.id, sid)
            assert _squash(statement_cite_text(sid, lang)) in text, (layout.id, sid)
        assert not any(_squash(r).lower() in text.lower() for r in RETYPED), layout.id
        if layout.prints_law and len(printed) < len(rules):
            more = {"vi": "quyđịnhkhác:xemtrangchiếndịch",
                    "en": "morerule"}[lang]
            assert more in text, layout.id


def test_the_law_block_never_crowds_every_event_off_the_a5_flyer():
    for campaign in SHIPPED:
        upcoming = [e for e in campaign.events if not e.is_past(PRINT_DAY)]
        assert upcoming
        first = min(upcoming, key=lambda e: e.start)
        for lang in LANGUAGES:
            ctx = leaflet_context(campaign, lang, BY_ID["a5-flyer"], today=PRINT_DAY,
                                  extra=load_site_facts(), agencies=load_agencies())
            assert _flat(first.title(lang)) in pdf_text(render_pdf(ctx)[0]), (
                campaign.slug, lang)


def test_a_statement_change_re_renders_the_leaflets(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    campaign = load_example().model_copy(update={"classroom": None})
    cache = tmp_path / "cache"
    first = build_leaflets([campaign], ["vi"], today=PRINT_DAY, cache_dir=cache, workers=1)
    assert first.rendered == len(first.leaflets) == len(LAYOUTS)  # default worksheet too
    again = build_leaflets([campaign], ["vi"], today=PRINT_DAY, cache_dir=cache, workers=1)
    assert again.rendered == 0
    # The statements file changed (its digest is part of every key): all render again.
    import scripts.leaflets.build as leaflet_build

    monkeypatch.setattr(leaflet_build, "statements_digest", lambda: "changed")
    changed = build_leaflets([campaign], ["vi"], today=PRINT_DAY, cache_dir=cache, workers=1)
    assert changed.rendered == len(changed.leaflets)


def test_messages_may_be_empty_when_law_says_it():
    campaign = load_example().model_copy(update={"messages": []})
    ctx = leaflet_context(campaign, "en", BY_ID["a5-flyer"], today=PRINT_DAY,
                          extra=load_site_facts(), agencies=load_agencies())
    html = render_html(ctx)
    assert "Key messages" not in html and "What the law says" in html
    markdown, _ = render_pages.campaign_page(campaign, make_site("en", PRINT_DAY))
    assert "Key messages" not in markdown and "What the law says" in markdown
