"""The officials' toolkit in the built site and in Chromium: files open, the quiz in the
page agrees with the checker and sends nothing, the slides work from a folder, axe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scripts.checker.engine import evaluate
from scripts.i18n import t
from scripts.toolkit.load import load_toolkit
from scripts.toolkit.sheets import headers
from tests.browser import axe_violations, file_url, foreign_requests
from tests.htmlscan import parse

AUDIENCES = ["collaborators", "police", "teachers", "employers"]
PAGES = ["toolkit/index.html", "toolkit/checklist.html", "toolkit/inspection-plan.html",
         "toolkit/data-exchange.html", "toolkit/figures.html",
         *[f"toolkit/training/{a}.html" for a in AUDIENCES]]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_toolkit_file_is_built_and_the_spreadsheets_open(built_site: Path, lang) -> None:
    for page in PAGES:
        assert (built_site / lang / page).is_file(), page
    for audience in AUDIENCES:
        assert (built_site / lang / f"toolkit/training/{audience}-slides.html").is_file()
    for form in load_toolkit().exchange.forms:
        ws = load_workbook(built_site / lang / f"toolkit/data-exchange/{form.id}.xlsx").active
        assert [c.value for c in ws[1]] == headers(lang)
        raw = (built_site / lang / f"toolkit/data-exchange/{form.id}.csv").read_bytes()
        assert raw.decode("utf-8-sig").splitlines()[0] == ",".join(headers(lang))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_quiz_in_the_built_pages_marks_the_oracles_verdict_right(built_site, lang) -> None:
    checked = 0
    for audience, module in load_toolkit().modules.items():
        inputs = {q.case.id: q.case.input for q in module.quiz if q.case}
        html = (built_site / lang / f"toolkit/training/{audience}.html").read_text("utf-8")
        for case, body in re.findall(r'data-case="([^"]+)">(.*?)</fieldset>', html, re.S):
            right = re.findall(r'value="([a-z_]+)" data-correct="true"', body)
            assert right == [evaluate(inputs[case], lang)["verdict"]], (audience, case)
            checked += 1
    assert checked >= 8


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_officials_and_teachers_guides_link_the_toolkit(built_site: Path, lang) -> None:
    links = {a.get("href") for tag, a in parse(built_site / lang / "guide/officials.html").tags
             if tag == "a"}
    for page in PAGES:
        assert "../" + page in links, page
    teachers = parse(built_site / lang / "guide/teachers-schools.html").tags
    assert "../toolkit/training/teachers.html" in {a.get("href") for tag, a in teachers
                                                   if tag == "a"}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_quiz_runs_in_the_browser_and_sends_nothing(page, site_url, requests_log, lang):
    page.goto(f"{site_url}{lang}/toolkit/training/teachers.html")
    page.wait_for_load_state("networkidle")
    before = len(requests_log)
    first = page.locator("fieldset.tk-quiz__q").first
    first.locator("input[data-correct='true'] + label").click()
    assert first.locator("[data-tk-feedback]").inner_text() == t(lang, "toolkit_quiz_right")
    assert first.locator("details").evaluate("d => d.open")
    second = page.locator("fieldset.tk-quiz__q").nth(1)
    second.locator("input:not([data-correct]) + label").first.click()
    assert second.locator("[data-tk-feedback]").inner_text() == t(lang, "toolkit_quiz_wrong")
    page.wait_for_timeout(200)
    assert requests_log[before:] == [], "answering the quiz made a request"
    assert foreign_requests(requests_log, site_url) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_slides_work_from_a_folder(page, built_site, requests_log, lang):
    """From file:// (a USB stick): CSS and script load, one slide at a time, keys work."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    deck = built_site / lang / "toolkit/training/collaborators-slides.html"
    page.goto(file_url(deck))
    slides = page.locator(".tk-slide")
    total = slides.count()
    assert total >= 10
    visible = [i for i in range(total) if slides.nth(i).is_visible()]
    assert visible == [0], "the deck should show one slide at a time"
    assert page.locator("[data-tk-counter]").inner_text() == f"1 / {total}"
    page.click("[data-tk-next]")
    assert slides.nth(1).is_visible() and not slides.nth(0).is_visible()
    page.keyboard.press("ArrowRight")
    assert slides.nth(2).is_visible()
    assert page.url.endswith("#slide-3")
    page.keyboard.press("End")
    assert page.locator("[data-tk-counter]").inner_text() == f"{total} / {total}"
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Noto Sans"')
    page.emulate_media(media="print")
    assert all(slides.nth(i).is_visible() for i in range(total)), "print shows every slide"
    assert not page.locator(".tk-deck__controls").is_visible()
    assert errors == []
    assert requests_log and all(u.startswith("file://") for u in requests_log)
    assert foreign_requests(requests_log, file_url(deck)) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_case_study_opens_in_the_checker_with_the_same_verdict(page, site_url, lang):
    """The case's link fills in the checker page, which answers as the toolkit did."""
    from scripts.checker.compile import compiled_rules

    verdicts = compiled_rules(lang)["verdicts"]
    opened = 0
    for audience in AUDIENCES:
        page.goto(f"{site_url}{lang}/toolkit/training/{audience}.html")
        cases = page.locator("section.tk-case")
        for i in range(cases.count()):
            case = cases.nth(i)
            case.locator("summary").click()
            label = case.locator(".tk-verdict").inner_text().strip()
            href = case.locator("a[href*='checker.html?']").get_attribute("href")
            page.goto(f"{site_url}{lang}/toolkit/training/{href}")
            page.wait_for_selector(".checker-verdict")
            shown = page.inner_text(".checker-verdict").strip()
            assert label in verdicts.values() and shown.endswith(label), (audience, i, shown)
            page.go_back()
            cases = page.locator("section.tk-case")
            opened += 1
    assert opened >= 12


@pytest.mark.browser
def test_slides_without_javascript_show_every_slide(browser, built_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(file_url(built_site / "vi/toolkit/training/police-slides.html"))
    slides = page.locator(".tk-slide")
    assert all(slides.nth(i).is_visible() for i in range(slides.count()))
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", [*PAGES, "toolkit/training/employers-slides.html"])
def test_axe_finds_no_wcag_aa_violations_in_the_toolkit(page, site_url, lang, path):
    page.goto(f"{site_url}{lang}/{path}")
    if "training/" in path and "slides" not in path:
        page.locator("fieldset.tk-quiz__q input[data-correct='true'] + label").first.click()
        page.locator("details.tk-case__answer > summary").first.click()
    assert axe_violations(page) == []


@pytest.mark.parametrize(("lang", "query", "expected"), [
    ("en", "inspection checklist", "toolkit/checklist.html"),
    ("en", "training police", "toolkit/training/police.html"),
    ("en", "published figures", "toolkit/figures.html"),
    ("en", "data exchange", "toolkit/data-exchange.html"),
    ("vi", "bảng kiểm tra", "toolkit/checklist.html"),
    ("vi", "tap huan cong an", "toolkit/training/police.html"),
    ("vi", "so lieu cong bo", "toolkit/figures.html"),
    ("vi", "trao doi so lieu", "toolkit/data-exchange.html"),
])
def test_search_finds_the_toolkit(built_site: Path, lang, query, expected) -> None:
    from scripts.search.lunr_index import SiteSearch

    index = SiteSearch(built_site / lang, lang)
    assert expected in index.pages(query, limit=3)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_quiz_and_case_answers_stay_out_of_the_search_index(built_site: Path, lang) -> None:
    """They restate the law pages; a search for the law should land on the law pages."""
    from scripts.search.site_index import load_site_index

    docs = load_site_index(built_site / lang)
    answer = t(lang, "toolkit_quiz_answer")
    toolkit = [d for d in docs["docs"] if d["location"].startswith("toolkit/training/")]
    assert toolkit and not [d["location"] for d in toolkit if answer in d["text"]]
