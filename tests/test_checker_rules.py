"""The work-eligibility checker in Python: the shared case table against the oracle,
the rules file, and the JSON the page is given."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markupsafe
import pytest
import yaml

from scripts.checker.compile import compile_rules
from scripts.checker.engine import evaluate, explain, overlaps_night
from scripts.checker.model import RULES_FILE, RulesError, default_rules, load_rules
from scripts.checker.render import render_parts, script_json
from scripts.paths import ROOT
from scripts.sitefacts import load_extra

CASES_FILE = Path(__file__).parent / "fixtures" / "checker_cases.yml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


def check_against_expect(case: dict, verdict: str, band: str, reasons: list[dict],
                         conditions: list[str]) -> None:
    """Shared by the Python and the browser tests: one meaning of `expect`."""
    expect = case["expect"]
    assert verdict == expect["verdict"], case["id"]
    if "band" in expect:
        assert band == expect["band"], case["id"]
    fails = sorted(r["rule"] for r in reasons if r["status"] == "fail")
    assert fails == sorted(expect["fails"]), case["id"]
    cited = {c for r in reasons for c in r["cites"]}
    assert set(expect["cites"]) <= cited, (case["id"], set(expect["cites"]) - cited)
    assert set(expect.get("conditions", [])) <= set(conditions), case["id"]
    for r in reasons:  # every reason is one sentence that cites its article
        assert r["cites"], (case["id"], r["rule"])


def test_case_table_is_big_enough_and_has_the_edges() -> None:
    assert len(CASES) >= 30
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    ages = {c["input"].get("age") for c in CASES}
    assert {13, 15, 18} <= ages
    assert any(c.get("form") for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_oracle_matches_case_table(case: dict) -> None:
    result = explain(evaluate(case["input"]), "en")
    check_against_expect(case, result["verdict"], result["band"], result["reasons"],
                         result["conditions"])


def test_every_reason_sentence_ends_with_its_citations() -> None:
    rules = default_rules()
    for case in CASES:
        for lang in ("vi", "en"):
            for reason in explain(evaluate(case["input"]), lang)["reasons"]:
                sentence, _, cites = reason["text"].rpartition(" — ")
                assert sentence and "{" not in sentence, reason["text"]
                assert cites == "; ".join(rules.citations[c].get(lang) for c in reason["cites"])


def test_rules_file_validates() -> None:
    rules = load_rules(RULES_FILE)
    assert [b.id for b in rules.bands] == ["under-13", "13-to-15", "15-to-18", "adult"]
    assert [(b.min_age, b.max_age) for b in rules.bands] == [
        (0, 13), (13, 15), (15, 18), (18, None)]
    # Annex II item 12 is unconfirmed: never a rule.
    assert all(j.light_work in (None, *range(1, 12)) for j in rules.jobs)


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["bands"][1].update(min_age=14), "bands"),
    (lambda d: d["jobs"][0].update(group="nope"), "jobs[arts-performance].group"),
    (lambda d: d["bands"][0]["hours"].update(per_day="four"), "bands.0.hours.per_day"),
    (lambda d: d["jobs"][0].update(prohibited="lc-999"), "unknown citation 'lc-999'"),
])
def test_bad_rules_file_names_file_and_field(tmp_path: Path, mutate, field: str) -> None:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    mutate(data)
    bad = tmp_path / "work-rules.yml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules(bad)
    assert str(bad) in str(err.value) and field in str(err.value)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compiled_json_carries_the_oracle_inputs(lang: str) -> None:
    rules = default_rules()
    data = compile_rules(lang)
    assert json.loads(json.dumps(data)) == data  # plain JSON
    assert [(b["id"], b["min_age"], b["max_age"], b["minor"]) for b in data["bands"]] == [
        (b.id, b.min_age, b.max_age, b.minor) for b in rules.bands]
    for compiled, band in zip(data["bands"], rules.bands, strict=True):
        assert compiled["work"]["allow"] == band.work.allow
        assert compiled["work"]["cites"] == band.work.cites
        assert compiled["hours"] == (band.hours.model_dump() if band.hours else None)
        assert compiled["night"] == (band.night.model_dump() if band.night else None)
        assert compiled["overtime"] == (band.overtime.model_dump() if band.overtime else None)
        assert compiled["conditions"] == band.conditions
    assert [(j["id"], j["arts_sport"], j["light_work"], j["prohibited"]) for j in data["jobs"]] == [
        (j.id, j.arts_sport, j.light_work, j.prohibited) for j in rules.jobs]
    assert set(data["citations"]) == set(rules.citations)
    assert (data["night"]["start"], data["night"]["end"]) == (rules.night.start, rules.night.end)
    assert data["help"]["hotline"]["number"] == str(load_extra()["hotline"]["number"])


def test_links_only_to_pages_that_exist(tmp_path: Path) -> None:
    (tmp_path / "law").mkdir()
    (tmp_path / "law" / "minor-workers.md").write_text("# x\n", encoding="utf-8")
    data = compile_rules("en", tmp_path)
    assert data["citations"]["lc-143-1"]["href"] == "law/minor-workers.html"
    assert data["citations"]["c09-8"]["href"] is None
    assert data["help"]["links"] == []  # no report.md or law/penalties.md here
    (tmp_path / "law" / "penalties.md").write_text("# x\n", encoding="utf-8")
    assert [link["href"] for link in compile_rules("en", tmp_path)["help"]["links"]] == [
        "law/penalties.html"]


def test_night_overlap_edges() -> None:
    assert not overlaps_night("18:00", "21:59", "22:00", "06:00")
    assert not overlaps_night("18:00", "22:00", "22:00", "06:00")
    assert overlaps_night("18:00", "22:01", "22:00", "06:00")
    assert overlaps_night("23:00", "01:00", "22:00", "06:00")
    assert not overlaps_night("06:00", "12:00", "22:00", "06:00")
    assert overlaps_night("05:59", "12:00", "22:00", "06:00")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rendered_page_parts(lang: str) -> None:
    parts = render_parts(lang)
    form, table = parts["form"], parts["rules"]
    for job in default_rules().jobs:  # every job is a choice and a table row
        assert f'value="{job.id}"' in form
        assert str(markupsafe.escape(job.name.get(lang))) in table
    assert 'id="checker-rules"' in form and 'role="status"' in form
    assert re.search(r'<script src="assets/javascripts/checker\.js"', form)
    assert "</script" not in script_json({"x": "</script><!--"})
    number = str(load_extra()["hotline"]["number"])
    assert f'href="tel:{number}"' in parts["help"]


def test_hotline_number_is_not_retyped_in_checker_code() -> None:
    number = str(load_extra()["hotline"]["number"])
    for path in [*(ROOT / "scripts" / "checker").rglob("*.*"),
                 ROOT / "overrides" / "assets" / "javascripts" / "checker.js",
                 ROOT / "overrides" / "hooks" / "checker.py"]:
        if path.suffix in {".py", ".j2", ".js"}:
            assert not re.search(rf"\b{number}\b", path.read_text(encoding="utf-8")), path


def test_checker_is_linked_from_home_parent_and_employer_pages():
    from scripts.paths import docs_dir

    for lang in ("vi", "en"):
        for page, target in (("index.md", "checker.md"),
                             ("guide/parents-residents.md", "../checker.md"),
                             ("guide/employers.md", "../checker.md")):
            text = (docs_dir(lang) / page).read_text(encoding="utf-8")
            assert f"]({target})" in text, f"docs/{lang}/{page} does not link the checker"
