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
