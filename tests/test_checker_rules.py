"""The work-eligibility checker in Python: the shared case table against the oracle,
the rules and words files, and the JSON the page is given (which reads the legal lists
and facts and retypes none of them)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import markupsafe
import pytest
import yaml

from scripts.checker.compile import compile_rules, compiled_rules, page_href
from scripts.checker.engine import (
    judge,
    overlaps_night,
    parse_query,
    shift_minutes,
    to_query,
)
from scripts.checker.model import RULES_FILE, RulesError, default_rules, load_rules
from scripts.checker.render import TEMPLATES, render_parts, script_json
from scripts.checker.search import find_jobs
from scripts.content.data import load_content
from scripts.i18n import ui_table
from scripts.paths import ROOT
from scripts.sitefacts import load_site_facts

CASES_FILE = Path(__file__).parent / "fixtures" / "checker_cases.yml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
LANGS = ("vi", "en")
# Editors' words that must never reach a reader (issue 10, deliver 3).
EDITORIAL = ("cần đối chiếu", "to be confirmed", "câu chữ cần đối chiếu",
             "wording to be confirmed", "OCR", "cần xác nhận")


def case_today(case: dict) -> dt.date:
    return dt.date.fromisoformat(case.get("today", "2026-11-23"))


def python_answer(case: dict, lang: str) -> dict:
    """{"errors": ...} for bad input, else the judged result (the page's shape)."""
    if "query" in case:
        parsed, errors = parse_query(case["query"], case_today(case), lang)
        if errors:
            return {"errors": errors}
        return judge(parsed, lang)
    return judge(case["input"], lang)


def check_against_expect(case: dict, got: dict) -> None:
    """Shared by the Python and the browser tests: one meaning of `expect`."""
    expect, cid = case["expect"], case["id"]
    if "errors" in expect:
        assert got.get("errors") == expect["errors"], cid
        return
    assert "errors" not in got, (cid, got.get("errors"))
    assert got["verdict"] == expect["verdict"], (cid, got["verdict"])
    if "band" in expect:
        assert got["band"] == expect["band"], cid
    reasons = got["reasons"]
    assert sorted(r["rule"] for r in reasons if r["status"] == "fail") == sorted(
        expect["fails"]), cid
    if "unknown" in expect:
        assert sorted(r["rule"] for r in reasons if r["status"] == "unknown") == sorted(
            expect["unknown"]), cid
    assert set(expect.get("rules", [])) <= {r["rule"] for r in reasons}, cid
    cited = {c for r in reasons for c in r["cites"]}
    assert set(expect["cites"]) <= cited, (cid, set(expect["cites"]) - cited)
    assert set(expect.get("conditions", [])) <= set(got["conditions"]), cid
    if expect.get("no_conditions"):
        assert got["conditions"] == [], (cid, got["conditions"])
    if "fines" in expect:
        assert got["fines"] == expect["fines"], cid
    for r in reasons:  # every reason is one sentence that cites its article
        assert r["cites"], (cid, r["rule"])


def test_case_table_covers_every_point_of_issue_11() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) and len(CASES) >= 100
    inputs = [c["input"] for c in CASES if "input" in c]
    jobs = {i["job"] for i in inputs}
    places = {i.get("place") for i in inputs}
    rules = default_rules()
    for job in rules.jobs:  # every art. 147(1) point
        if job.item and job.item.startswith("prohibited-jobs:"):
            assert job.id in jobs, job.id
    for place in rules.places:  # every art. 147(2) point, at 15-17 and at 13-14
        if place.item:
            assert {(16, place.id), (14, place.id)} <= {
                (i.get("age"), i.get("place")) for i in inputs}, place.id
    assert {"entertainment", "shop", "home"} <= places
    assert {13, 15, 18} <= {i.get("age") for i in inputs}
    birthdays = {i["birth_date"][:4] for i in inputs if "birth_date" in i}
    assert len(birthdays) >= 3
    assert sum("02-29" in i.get("birth_date", "") for i in inputs) >= 5
    assert any(i.get("start") and i["start"] == i.get("end") for i in inputs)
    assert any(i.get("start") and "hours_per_day" not in i for i in inputs)
    edges = {(i["age"], i.get("end")) for i in inputs if "age" in i}
    assert {(14, "22:00"), (14, "22:01"), (16, "22:00"), (16, "22:01")} <= edges
    assert sum(bool(i.get("family")) for i in inputs) >= 5
    errors = {k for c in CASES for k in c["expect"].get("errors", {}).values()}
    ui_errors = {k.removeprefix("checker_") for k in ui_table("en")
                 if k.startswith("checker_error_") and k != "checker_error_errors"}
    assert ui_errors == errors  # every bad input has a case
    assert any(c.get("form") and "errors" in c["expect"] for c in CASES)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_oracle_matches_case_table(case: dict, lang: str) -> None:
    got = python_answer(case, lang)
    check_against_expect(case, got)
    if lang == "en":
        text = " ".join(r["text"] for r in got.get("reasons", []))
        for needle in case["expect"].get("says", []):
            assert needle in text, (case["id"], needle)


def test_both_languages_judge_alike() -> None:
    for case in CASES:
        vi, en = python_answer(case, "vi"), python_answer(case, "en")
        strip = [{k: v for k, v in r.items() if k != "text"} for r in vi.get("reasons", [])]
        assert strip == [{k: v for k, v in r.items() if k != "text"}
                         for r in en.get("reasons", [])], case["id"]
        assert vi.get("verdict") == en.get("verdict") and vi.get("errors") == en.get("errors")


def test_every_reason_sentence_ends_with_its_citations() -> None:
    for lang in LANGS:
        rules = compiled_rules(lang)
        for case in CASES:
            for reason in python_answer(case, lang).get("reasons", []):
                sentence, _, cites = reason["text"].rpartition(" — ")
                assert sentence and "{" not in sentence and "}" not in sentence, reason["text"]
                assert cites == "; ".join(rules["citations"][c]["label"] for c in reason["cites"])


def test_no_reassurance_for_what_was_not_given() -> None:
    got = judge({"age": 14, "job": "silkworm"}, "en")
    by_rule = {r["rule"]: r for r in got["reasons"]}
    for rule in ("day", "week", "night", "place"):
        assert by_rule[rule]["status"] == "missing", rule
        assert "within" not in by_rule[rule]["text"] and "not checked" in by_rule[rule]["text"]


def test_query_string_round_trip() -> None:
    for case in CASES:
        if "input" not in case or "birth_date" in case["input"]:
            continue
        parsed, errors = parse_query(to_query(judge_case(case)), dt.date(2026, 11, 23))
        assert not errors and parsed is not None
        assert judge(parsed, "en") == judge(case["input"], "en"), case["id"]


def judge_case(case: dict):
    from scripts.checker.engine import Case
    return Case.model_validate(case["input"])


def test_shift_length_and_night_edges() -> None:
    assert shift_minutes("08:00", "17:00") == 9 * 60
    assert shift_minutes("22:00", "02:00") == 4 * 60
    assert shift_minutes("09:00", "09:00") == 24 * 60  # start = end: a 24-hour shift
    assert not overlaps_night("18:00", "21:59", "22:00", "06:00")
    assert not overlaps_night("18:00", "22:00", "22:00", "06:00")
    assert overlaps_night("18:00", "22:01", "22:00", "06:00")
    assert overlaps_night("23:00", "01:00", "22:00", "06:00")
    assert not overlaps_night("06:00", "12:00", "22:00", "06:00")
    assert overlaps_night("05:59", "12:00", "22:00", "06:00")
    assert overlaps_night("09:00", "09:00", "22:00", "06:00")


def test_rules_file_validates_and_records_the_29_february_decision() -> None:
    rules = load_rules(RULES_FILE)
    assert [b.id for b in rules.bands] == ["under-13", "13-to-15", "15-to-18", "adult"]
    decision = next(d for d in rules.decisions if d.id == "feb-29")
    assert "1 March" in decision.rule and decision.reasoning and decision.reviewed
    compiled = compiled_rules("en")
    assert [(b["min_age"], b["max_age"]) for b in compiled["bands"]] == [
        (0, 13), (13, 15), (15, 18), (18, None)]


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["jobs"][0].update(group="nope"), "jobs[arts-performance].group"),
    (lambda d: d["jobs"][3].update(item="light-work:12"), "light-work:12 has no known content"),
    (lambda d: d["bands"][0]["hours"].update(per_day="hours.nope"), "unknown facts.yml key"),
    (lambda d: d["bands"][0]["work"]["cites"].append("labour-code:999"),
     "'labour-code:999' is not a registered article"),
    (lambda d: d["night"]["cites"].append("labour-code:3"),
     "'labour-code:3' has no law page with an anchor"),
])
def test_bad_rules_file_names_file_and_field(tmp_path: Path, mutate, field: str) -> None:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    mutate(data)
    bad = tmp_path / "work-rules.yml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules(bad)
    assert str(bad) in str(err.value) and field in str(err.value)


@pytest.mark.parametrize("lang", LANGS)
def test_lists_and_numbers_come_from_the_data(lang: str) -> None:
    content = load_content()
    data = compile_rules(lang)
    assert json.loads(json.dumps(data)) == data  # plain JSON
    jobs = {j["id"]: j for j in data["jobs"]}
    for job in default_rules().jobs:
        if job.item:
            list_id, _, item_id = job.item.partition(":")
            item = content.legal_list(list_id).item(item_id)
            assert item.text is not None and jobs[job.id]["name"] == item.text.get(lang)
    light = [j for j in data["jobs"] if j["light_item"]]
    assert {j["light_item"] for j in light} == {
        i.id for i in content.legal_list("light-work").known_items}
    assert "dệt chiếu" in jobs["traditional-crafts"]["name"] or lang == "en"
    names = {p["name"] for p in data["places"] if p["point"]}
    assert names == {i.text.get(lang) for i in content.legal_list("prohibited-places").items
                     if i.text is not None}
    fact = content.fact
    bands = {b["id"]: b for b in data["bands"]}
    assert bands["13-to-15"]["hours"]["per_day"] == fact("hours.under15_day").value
    assert bands["15-to-18"]["hours"]["per_week"] == fact("hours.over15_week").value
    assert (data["night"]["start"], data["night"]["end"]) == (
        fact("hours.night_start").value, fact("hours.night_end").value)
    consent = data["conditions"]["provincial-consent"]
    assert consent["items"] == [i.text.get(lang) for i in
                                content.legal_list("under13-consent-file").known_items]
    assert len(consent["items"]) == 6  # Circular 09/2020 art. 6, items 1 to 6
    assert data["help"]["hotline"]["number"] == str(load_site_facts()["hotline"]["number"])


def _human_texts() -> list[tuple[str, str]]:
    """(where, text) of every reader-facing text the checker's own files hold."""
    raw = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    texts: list[tuple[str, str]] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("vi", "en") and isinstance(value, str):
                    texts.append((f"{where}.{key}", value))
                elif key not in ("decisions", "reviewed"):
                    walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(raw, "work-rules.yml")
    for path in TEMPLATES.glob("*.j2"):
        texts.append((path.name, path.read_text(encoding="utf-8")))
    for lang in LANGS:
        texts += [(f"ui/{lang}.yml:{k}", v) for k, v in ui_table(lang).items()
                  if k.startswith("checker_")]
    return texts


# Article, clause, form and instrument numbers are not data numbers: drop them first.
_REFERENCES = re.compile(
    r"(Điều|khoản|điểm|mục|item|Mẫu số|Form|arts?\.)\s*\d+(\([\da-zđ]+\))*"
    r"|\d+(\([\da-zđ]+\))+|\d+/\d{4}[\w/-]*|\{\{.*?\}\}")


def test_checker_retypes_no_list_item_and_no_number_the_data_holds() -> None:
    content = load_content()
    items = [i.text.get(lang) for lst in content.lists.values() for i in lst.items
             if i.text is not None for lang in LANGS]
    numbers: set[str] = set()
    for group in ("ages", "hours", "deadlines", "fines"):
        for fact in content.facts.values[group].values():
            for value in (fact.value, fact.min, fact.max):
                if value is not None and str(value) not in ("1", "2"):
                    numbers.add(str(value))
    for where, text in _human_texts():
        for item in items:
            assert item not in text, f"{where} retypes a legal-lists.yml item: {item[:40]}"
        plain = _REFERENCES.sub(" ", text)
        for number in numbers:
            assert not re.search(rf"(?<![\d.,:]){re.escape(number)}(?![\d.,:]|\d)", plain), (
                f"{where} retypes {number} (a facts.yml number): {text[:80]}")


def test_the_retyping_check_would_catch_a_retyped_limit(tmp_path: Path) -> None:
    plain = _REFERENCES.sub(" ", "Người chưa đủ 15 tuổi làm tối đa 4 giờ một ngày")
    assert re.search(r"(?<![\d.,:])4(?![\d.,:]|\d)", plain)
    assert not re.search(r"(?<![\d.,:])4(?![\d.,:]|\d)",
                         _REFERENCES.sub(" ", "art. 147(4), Điều 4, {{ fact('x.y') }}"))


def test_no_editors_notes_in_anything_public() -> None:
    for lang in LANGS:
        public = json.dumps(compile_rules(lang), ensure_ascii=False)
        public += "".join(render_parts(lang).values())
        for phrase in EDITORIAL:
            assert phrase.lower() not in public.lower(), (lang, phrase)


def test_citations_link_to_article_anchors(tmp_path: Path) -> None:
    for lang in LANGS:
        for cid, c in compile_rules(lang)["citations"].items():
            assert c["href"] and "#" in c["href"], (lang, cid)
    assert page_href("law/x.md#a", tmp_path) is None  # a page not written: no link
    (tmp_path / "law").mkdir()
    (tmp_path / "law" / "x.md").write_text("# x\n", encoding="utf-8")
    assert page_href("law/x.md#a", tmp_path) == "law/x.html#a"


# Everyday words from issue 11 (and issue 10's "dệt chiếu"): what each must find.
WORDS = {
    "vi": {"giúp việc nhà": {"domestic"}, "bán hàng": {"selling"}, "bán hàng rong": {"selling"},
           "may mặc": {"garment"}, "quán nhậu": {"alcohol-tobacco"},
           "cà phê": {"restaurant", "farm-other"}, "lò gạch": {"brick-kiln", "heavy-loads"},
           "nhặt ve chai": {"scrap"}, "giao hàng": {"delivery"}, "xe ôm": {"delivery"},
           "phụ hồ": {"construction-labour"}, "bán vé số": {"lottery-tickets", "street-lottery"},
           "vé số dạo": {"street-lottery"},
           "hái cà phê": {"farm-other"}, "chạy bàn": {"restaurant"},
           "dệt chiếu": {"traditional-crafts"}, "det chieu": {"traditional-crafts"},
           "rua bat": {"restaurant"}},
    "en": {"domestic helper": {"domestic"}, "street vending": {"selling"},
           "garment": {"garment"}, "beer place": {"alcohol-tobacco"},
           "café": {"restaurant"}, "brick kiln": {"brick-kiln", "heavy-loads"},
           "scrap": {"scrap"}, "delivery": {"delivery"}, "motorbike taxi": {"delivery"},
           "construction": {"construction-labour"},
           "lottery": {"lottery-tickets", "street-lottery"},
           "street lottery": {"street-lottery"},
           "coffee picking": {"farm-other"}, "waiter": {"restaurant"},
           "weaving mats": {"traditional-crafts"}},
}


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_words_find_the_right_jobs(lang: str) -> None:
    light = {j["id"] for j in compiled_rules(lang)["jobs"] if j["light_item"]}
    for word, expected in WORDS[lang].items():
        found = set(find_jobs(word, lang))
        assert expected <= found, (word, found)
        # A light-work match reads as permission: only where it is meant.
        assert (found & light) <= expected, (word, found & light)


@pytest.mark.parametrize("lang", LANGS)
def test_rendered_page_parts(lang: str) -> None:
    parts = render_parts(lang)
    form, table = parts["form"], parts["rules"]
    for job in compiled_rules(lang)["jobs"]:  # every job is a choice and a table row
        assert f'value="{job["id"]}"' in form
        assert str(markupsafe.escape(job["name"])) in table
    assert 'id="checker-rules"' in form and 'role="status"' in form
    assert form.index('id="checker-dob"') < form.index('id="checker-age"')  # birth date first
    assert re.search(r'<script src="assets/javascripts/checker\.js"', form)
    assert "</script" not in script_json({"x": "</script><!--"})
    number = str(load_site_facts()["hotline"]["number"])
    assert f'href="tel:{number}"' in parts["help"]
    assert 'href="guide/family-work.html#' in parts["help"]
    assert 'href="#checker-rules-tables"' in form  # the tables behind a link


def test_hotline_number_is_not_retyped_in_checker_code() -> None:
    number = str(load_site_facts()["hotline"]["number"])
    for path in [*(ROOT / "scripts" / "checker").rglob("*.*"),
                 ROOT / "overrides" / "assets" / "javascripts" / "checker.js"]:
        if path.suffix in {".py", ".j2", ".js"}:
            assert not re.search(rf"\b{number}\b", path.read_text(encoding="utf-8")), path


def test_checker_is_linked_from_home_parent_and_employer_pages():
    from scripts.paths import docs_dir

    for lang in LANGS:
        for page, target in (("index.md", "checker.md"),
                             ("guide/parents-residents.md", "../checker.md"),
                             ("guide/employers.md", "../checker.md")):
            text = (docs_dir(lang) / page).read_text(encoding="utf-8")
            assert f"]({target})" in text, f"docs/{lang}/{page} does not link the checker"
