"""Legal findings of the independent review 4, kept true (unit: no built site).

Each test names its finding. The sources are ../shared/law (article texts) and FACTS.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scripts.checker.model import load_rules
from scripts.content.data import load_content
from scripts.content.generate import generated_pages
from scripts.content.render import Helpers, render_markdown
from scripts.toolkit.load import load_toolkit
from scripts.toolkit.pages import toolkit_pages

DOCS = Path(__file__).resolve().parents[1] / "docs"
LANGS = ["vi", "en"]
# FACTS.md §5.2: the effective date of Decree 283/2026 is UNCONFIRMED. Said plainly, with
# no editors' words (tests/test_public_wording.py).
DATE_OPEN = {"vi": "chưa thể khẳng định", "en": "not yet confirmed"}


def _page(lang: str, path: str) -> str:
    text = (DOCS / lang / path).read_text(encoding="utf-8")
    front = re.match(r"\A---\n(.*?)\n---\n", text, flags=re.S)
    meta = yaml.safe_load(front.group(1)) if front else {}
    body = text[front.end():] if front else text
    return re.sub(r"\s+", " ", render_markdown(body, lang=lang, page_path=path, meta=meta))


def _section(text: str, anchor: str) -> str:
    return text.split("{#" + anchor + "}", 1)[1].split(" #", 1)[0]


@pytest.mark.parametrize("lang", LANGS)
def test_f2_decree_283_is_not_said_to_be_in_force(lang: str) -> None:
    note = load_rules().fines_note.text.get(lang)
    assert DATE_OPEN[lang] in note
    assert "took effect" not in note and "trước khi" not in note
    penalties = _page(lang, "law/penalties.md")
    assert DATE_OPEN[lang] in _section(penalties, "in-force")
    assert DATE_OPEN[lang] in penalties.split("{#administrative}", 1)[0]  # the karaoke answer
    assert "took effect" not in penalties
    assert DATE_OPEN[lang] in _page(lang, "law/employer-duties.md")
    assert DATE_OPEN[lang] in _section(_page(lang, "guide/employers.md"), "fines")
    assert DATE_OPEN[lang] in toolkit_pages(lang)["toolkit/checklist.md"]


def test_f2_the_open_point_is_kept_for_editors() -> None:
    raw = yaml.safe_load((DOCS / "data/open-points.yml").read_text(encoding="utf-8"))
    point = next(p for p in raw["points"] if p["id"] == "decree-283-in-force")
    assert "law/penalties.md" in point["pages"] and "checker.md" in point["pages"]


@pytest.mark.parametrize("lang", LANGS)
def test_f7_employers_guide_states_the_places_ban_and_fine_by_age(lang: str) -> None:
    page = _page(lang, "guide/employers.md")
    karaoke, construction = _section(page, "karaoke"), _section(page, "construction")
    h = Helpers(load_content(), lang, "guide/employers.md")
    for text in (karaoke, construction):
        assert "dưới 18 tuổi" not in text and "anyone under 18" not in text
        assert h.band("15-18") in text and h.band("13-15") in text
        assert h.cites(["circular-09-2020:3.5.b"]) in text
    # The art. 27(3) fine is stated for ages 15 to under 18 only (open point
    # fine-under15-prohibited-place for younger children).
    fine_line = next(line for line in karaoke.split(" - ") if h.fine("prohibited") in line)
    assert h.band("15-18") in fine_line and h.band("13-15") not in fine_line


def _quiz(audience: str, cite: str):  # noqa: ANN202
    module = load_toolkit().modules[audience]
    return next(q for q in module.quiz if q.case is None and cite in q.cite)


def test_f6_collaborators_may_not_post_a_case_on_social_media_even_with_consent() -> None:
    q = _quiz("collaborators", "decree-56-2017:24.1")
    right = q.options[q.answer]
    for lang in LANGS:
        assert "7" not in right.get(lang)  # no consent exception in the right answer
    assert "decree-56-2017:24.2" in q.cite and "law-on-children:6.11" in q.cite


def test_f11_art_296_quiz_says_list_and_2025_amendment() -> None:
    q = _quiz("police", "penal-code:296.1")
    assert "danh mục Nhà nước quy định" in q.question.get("vi")
    assert "State's list" in q.question.get("en")
    assert "2025" in q.explain.get("vi") and "2025" in q.explain.get("en")
    assert "danh mục Nhà nước quy định" in q.explain.get("vi")
    assert "State's list" in q.explain.get("en")


def test_w2_cases_answered_as_employment_do_not_say_helping() -> None:
    for module in load_toolkit().modules.values():
        for case in module.cases:
            if getattr(case.input, "family", False):
                continue
            assert "giúp" not in case.title.get("vi"), case.id
            assert "helping" not in case.title.get("en"), case.id


def test_w3_plan_implementation_cites_art_29_2() -> None:
    step = next(s for s in load_content().facts.case_process if s.id == "implement")
    assert "decree-56-2017:29.2" in step.cite  # schools, health, police, legal aid


def test_w4_w7_statements() -> None:
    statements = load_content().statements
    assert "circular-09-2020:4.3" in statements["rule.under13"].cite  # "bằng văn bản"
    vi = statements["rule.employer-consent-register"].text.get("vi")
    assert not vi.startswith("Người sử dụng lao động chưa thành niên")


@pytest.mark.parametrize("lang", LANGS)
def test_w6_point_7_is_a_request_not_an_assignment(lang: str) -> None:
    pages = generated_pages(lang)
    directive = pages["agencies/directives/di-su-ward.md"]
    point7 = directive.split("{#point-7}", 1)[1].split("###", 1)[0]
    assert ("(đề nghị:" if lang == "vi" else "(requested of:") in point7
    assert "giao cho" not in point7 and "assigned to" not in point7
    point6 = directive.split("{#point-6}", 1)[1].split("###", 1)[0]
    assert ("(giao cho:" if lang == "vi" else "(assigned to:") in point6
    front = pages["agencies/fatherland-front.md"]
    assert ("điểm 7, đề nghị" if lang == "vi" else "point 7, a request") in front


@pytest.mark.parametrize("lang", LANGS)
def test_w8_police_number_has_one_label(lang: str) -> None:
    h = Helpers(load_content(), lang, "report.md")
    label = h.police().split(") (", 1)[1]
    assert "(" not in label and label.count(")") == 1, label
    for path in ("report.md", "index.md"):
        text = _page(lang, path)
        assert "Công an [**113**]" not in text and "police on [**113**]" not in text


# --- review 5 -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_n1_every_page_with_a_decree_283_fine_says_its_start_date_is_open(lang: str) -> None:
    h = Helpers(load_content(), lang, "x.md")
    pages = {p: _page(lang, p) for p in (
        "law/light-work.md", "law/under-15.md", "law/working-hours.md",
        "law/prohibited-work.md", "guide/officials.md", "guide/employers.md")}
    for path, text in pages.items():
        assert DATE_OPEN[lang] in text, path
        assert ("khoản 4 Điều 66" if lang == "vi" else "art. 66(4)") in text, path
    for audience in ("employers", "police"):
        page = toolkit_pages(lang)[f"toolkit/training/{audience}.md"]
        assert page.count(h.fine_note()) >= (2 if audience == "employers" else 1), audience


@pytest.mark.parametrize("lang", LANGS)
def test_n1_sources_do_not_say_decree_12_is_already_replaced(lang: str) -> None:
    sources = generated_pages(lang)["law/sources.md"]
    decree_12 = sources.split("{#decree-12-2022}", 1)[1].split("\n## ", 1)[0]
    if lang == "vi":
        assert "Được thay thế bởi" not in decree_12
        assert "Sẽ được thay thế bởi" in decree_12 and DATE_OPEN["vi"] in decree_12
    else:
        assert "Replaced by" not in decree_12
        assert "To be replaced by" in decree_12 and "once it takes effect" in decree_12


@pytest.mark.parametrize("lang", LANGS)
def test_n2_light_work_item_11_is_not_said_to_be_known_exactly(lang: str) -> None:
    from scripts.checker.engine import judge

    item = load_content().legal_list("light-work").item("11")
    assert item.status == "wording_unconfirmed"  # FACTS.md §2
    note = {"vi": "phạm vi chính xác của mục này", "en": "the precise scope of this item"}[lang]
    listed = _page(lang, "law/light-work.md")
    assert item.text.get(lang) + " (" + note in listed
    work = next(r for r in judge({"age": 14, "job": "fishing-nets", "hours_per_day": 2}, lang)
                ["reasons"] if r["rule"] == "work")
    assert work["status"] == "condition"
    assert "this work is on it" not in work["text"]
    assert "có trong danh mục (Phụ lục II" not in work["text"]
    assert ("hãy hỏi cơ quan lao động" if lang == "vi" else "ask the labour authority") \
        in work["text"]
    # A confirmed item keeps the plain answer.
    herding = next(r for r in judge({"age": 14, "job": "herding"}, lang)["reasons"]
                   if r["rule"] == "work")
    assert herding["status"] == "ok"


@pytest.mark.parametrize("lang", LANGS)
def test_n3_district_level_basis_is_not_resolution_202(lang: str) -> None:
    index = generated_pages(lang)["agencies/index.md"]
    basis = index.split("Căn cứ:" if lang == "vi" else "Basis:", 1)[1].split("\n", 1)[0]
    first = basis.split(".", 1)[0]
    assert "202/2025" not in first and "72/2025/QH15" in basis
    assert ("Hiến pháp" if lang == "vi" else "Constitution") in first


def test_n4_teachers_quiz_is_about_the_periodic_form_and_names_art_25() -> None:
    module = load_toolkit().modules["teachers"]
    q = next(q for q in module.quiz if q.case is None and "decree-56-2017:24.2" in q.cite)
    assert "điểm 6" in q.question.get("vi") and "point 6" in q.question.get("en")
    assert "decree-56-2017:25.1" in q.cite
    assert "25.1" in q.explain.get("vi") and "25.1" in q.explain.get("en")


@pytest.mark.parametrize("lang", LANGS)
def test_n5_ward_committee_is_not_given_the_point_5_work(lang: str) -> None:
    duties = [d for d in load_content().agencies.duties
              if d.directive == "di-su-ward" and d.point == "5"]
    assert "ward-peoples-committee" not in duties[1].agencies
    assert "ward-peoples-committee" in duties[0].roles
    page = generated_pages(lang)["agencies/ward-peoples-committee.md"]
    assert ("liên quan đến cơ quan này" if lang == "vi" else "concern this body") in page
    assert ("giao cho cơ quan này" if lang == "vi" else "duties the directives give") not in page


@pytest.mark.parametrize("lang", LANGS)
def test_n6_checker_table_says_normal_hours_for_15_to_18(lang: str) -> None:
    from scripts.checker.engine import compiled_rules
    from scripts.checker.render import _bands, _ui

    rules = compiled_rules(lang)
    rows = {b["name"]: r for b, r in zip(rules["bands"], _bands(lang, rules, _ui(lang, rules)),
                                         strict=True)}
    names = [b["name"] for b in rules["bands"]]
    older, younger = rows[names[2]]["hours_text"], rows[names[1]]["hours_text"]
    normal = "Giờ làm bình thường" if lang == "vi" else "Normal hours"
    assert older.startswith(normal) and not younger.startswith(normal)


@pytest.mark.parametrize("lang", LANGS)
def test_n7_unions_share_the_point_7_request(lang: str) -> None:
    agencies = {a.id: a for a in load_content().agencies.agencies}
    about = {agencies[i].about.get(lang) for i in ("farmers-union", "womens-union", "youth-union")}
    assert len(about) == 1
    assert ("điểm 7" if lang == "vi" else "point 7") in about.pop()


def test_n8_n9_n10_n11_wording() -> None:
    data = load_content()
    for lang in LANGS:
        employers = _page(lang, "guide/employers.md").split("{#", 1)[0]
        h = Helpers(data, lang, "guide/employers.md")
        assert h.fine_max("prohibited", org=True) in employers
        assert h.fine("prohibited", org=True) not in employers
        assert ("truy cứu trách nhiệm hình sự" if lang == "vi" else "criminal liability") \
            in employers
        home = _page(lang, "index.md")
        assert h.cites(["circular-09-2020:4.3"]) in home
    term = data.glossary["employer"]
    assert "cơ quan, tổ chức" in term.note.get("vi")
    assert "agency, organisation" in term.note.get("en")
    receive = next(s for s in data.facts.case_process if s.id == "receive")
    assert "lao động - thương binh và xã hội" in receive.who.get("vi")
    assert "labour, invalids and social affairs" in receive.who.get("en")
