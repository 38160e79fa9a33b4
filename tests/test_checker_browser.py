"""The work-eligibility checker in Chromium: the page's JavaScript against the shared
case table and the Python oracle, the real form, no-JavaScript and accessibility."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.checker.engine import evaluate, explain
from scripts.checker.model import default_rules
from scripts.paths import ROOT
from tests.test_checker_rules import CASES, check_against_expect

pytestmark = pytest.mark.browser
LANGS = ["vi", "en"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FORM_CASES = [c for c in CASES if c.get("form")]


def open_checker(page, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{lang}/checker.html")
    page.wait_for_function(
        "() => window.portalChecker && !document.getElementById('checker-form').hidden")


@pytest.mark.parametrize("lang", LANGS)
def test_javascript_agrees_with_oracle_on_every_case(page, site_url: str, lang: str) -> None:
    open_checker(page, site_url, lang)
    got = page.evaluate(
        "cases => cases.map(c => window.portalChecker.evaluate(c))", [c["input"] for c in CASES])
    for case, js in zip(CASES, got, strict=True):
        assert js == explain(evaluate(case["input"]), lang), case["id"]
        check_against_expect(case, js["verdict"], js["band"], js["reasons"], js["conditions"])


def fill_form(page, data: dict) -> None:
    if "age" in data:
        page.fill("#checker-age", str(data["age"]))
    page.check(f"#checker-job-{data['job']}")
    for key, selector in (("hours_per_day", "#checker-hours-day"),
                          ("hours_per_week", "#checker-hours-week"),
                          ("start", "#checker-start"), ("end", "#checker-end")):
        if key in data:
            page.fill(selector, str(data[key]))
    for key, selector in (("night", "#checker-night"), ("overtime", "#checker-overtime"),
                          ("school_overlap", "#checker-school")):
        if data.get(key):
            page.check(selector)
    page.click("#checker-form button[type=submit]")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", FORM_CASES, ids=[c["id"] for c in FORM_CASES])
def test_form_shows_verdict_and_reasons(page, site_url: str, lang: str, case: dict) -> None:
    open_checker(page, site_url, lang)
    assert page.inner_text("#checker-status") == ""
    fill_form(page, case["input"])
    expected = explain(evaluate(case["input"]), lang)
    label = default_rules().verdicts[expected["verdict"]].get(lang)
    page.wait_for_function("t => document.getElementById('checker-status').textContent.includes(t)",
                           arg=label)
    assert page.get_attribute("#checker-status", "aria-live") == "polite"
    assert page.inner_text(".checker-verdict").strip().endswith(label)
    shown = page.locator(".checker-reasons > li").all_inner_texts()
    assert len(shown) == len(expected["reasons"])
    for reason in expected["reasons"]:  # every sentence, with its citations, is on screen
        assert any(reason["text"] in text for text in shown), reason["text"]
    if expected["verdict"] == "not_allowed":
        assert page.locator("#checker-details a.checker-hotline").count() == 1
    else:
        assert page.locator("#checker-details .checker-conditions li").count() == len(
            expected["conditions"])


def test_keyboard_only_karaoke_question(page, site_url: str) -> None:
    open_checker(page, site_url, "en")
    page.focus("#checker-age")
    page.keyboard.type("16")
    page.focus("#checker-job-filter")  # (the date field in between has 3 tab stops)
    page.keyboard.type("karaoke")
    assert page.locator(".checker-choice[data-job]:visible").count() == 1
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert page.is_checked("#checker-job-karaoke")
    page.focus("#checker-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('checker-status').textContent !== ''")
    assert "Not allowed" in page.inner_text("#checker-status")
    assert "Labour Code art. 147(2)(d)" in page.inner_text("#checker-details")


def test_search_ignores_vietnamese_accents(page, site_url: str) -> None:
    open_checker(page, site_url, "vi")
    page.fill("#checker-job-filter", "rua bat")
    visible = page.locator(".checker-choice[data-job]:visible")
    assert visible.count() == 1 and visible.get_attribute("data-job") == "restaurant"


def test_invalid_input_is_reported_not_judged(page, site_url: str) -> None:
    open_checker(page, site_url, "en")
    page.click("#checker-form button[type=submit]")
    assert page.inner_text("#checker-errors").strip() != ""
    assert page.get_attribute("#checker-age", "aria-invalid") == "true"
    assert page.inner_text("#checker-status") == ""


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_the_rules_table_is_shown(browser, site_url: str, lang: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}{lang}/checker.html")
        assert tab.locator("#checker-form").is_hidden()
        tables = tab.locator(".checker-table")
        assert tables.count() == 2 and tables.first.is_visible()
        body = tab.inner_text(".checker-rules")
        for job in default_rules().jobs:
            assert job.name.get(lang) in body
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_axe_clean_and_no_other_host(page, requests_log: list[str], site_url: str,
                                     lang: str) -> None:
    open_checker(page, site_url, lang)
    fill_form(page, {"age": 14, "job": "restaurant", "hours_per_day": 3, "start": "18:00",
                     "end": "21:00"})
    page.wait_for_function("() => document.getElementById('checker-status').textContent !== ''")
    page.add_script_tag(path=str(Path(AXE)))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == []
    assert all(url.startswith(site_url) for url in requests_log), requests_log
