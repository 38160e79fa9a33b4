"""The four questions of the legal-guidance issue, answered on the built site, in both
languages, on the page each belongs to; plus reachability of the content pages.

Uses the session-wide `built_site` fixture (tests/conftest.py).
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.htmlscan import parse


class _ById(HTMLParser):
    """The visible text inside the element with a given id."""

    def __init__(self, wanted: str) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted, self.depth, self.parts, self.found = wanted, 0, [], False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.wanted:
            self.depth, self.found = 1, True

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def element_text(path: Path, element_id: str) -> str:
    parser = _ById(element_id)
    parser.feed(path.read_text(encoding="utf-8"))
    assert parser.found, f"{path}: no element #{element_id}"
    return re.sub(r"\s+", " ", "".join(parser.parts))


def box_text(path: Path, element_id: str) -> str:
    """The text of the admonition that holds the answer paragraph `element_id`."""
    html = path.read_text(encoding="utf-8")
    start = html.rfind('<div class="admonition question">', 0, html.index(f'id="{element_id}"'))
    assert start != -1, f"{path}: #{element_id} is not inside a question box"
    depth, i = 0, start
    for tag in re.finditer(r"<(/?)div\b", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            i = start + tag.end()
            break
    return parse_fragment(html[start:i])


def parse_fragment(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", fragment)))


# (page, answer id, [(lang, strings the answer paragraph must contain), ...],
#  [(lang, strings the whole question box must contain), ...])
QUESTIONS = {
    "Q1 dishwashing at 9 pm, age 14": (
        "law/light-work.html", "q-dishwashing",
        {"vi": ["Không nên nhận trẻ làm việc này.", "Rửa bát ở nhà hàng",
                "không có trong các công việc đã biết", "khoản 3 Điều 143 Bộ luật Lao động 2019"],
         "en": ["Do not take the child on for this.", "Washing dishes in a restaurant",
                "not among the known items", "Labour Code 2019, art. 143(3)"]},
        {"vi": ["9 giờ tối", "22:00", "06:00", "Điều 106", "không được làm ban đêm",
                "4 giờ/ngày", "từ 50.000.000 đến 75.000.000 đồng", "khoản 3 Điều 27"],
         "en": ["9 pm", "22:00", "06:00", "art. 106", "not work at night",
                "4 hours a day", "VND 50,000,000 to 75,000,000", "art. 27(3)"]},
    ),
    "Q2 employer of a 16-year-old": (
        "law/employer-duties.html", "q-employer-16",
        {"vi": ["sự đồng ý của cha, mẹ hoặc người giám hộ", "sổ theo dõi riêng",
                "kiểm tra sức khỏe định kỳ", "khoản 3 Điều 144", "8 giờ/ngày", "40 giờ/tuần",
                "Điều 147"],
         "en": ["consent of a parent or guardian", "separate register",
                "periodic health check", "art. 144(3)", "8 a day", "40 a week", "147"]},
        {"vi": ["từ 20.000.000 đến 25.000.000 đồng", "từ 1.000.000 đến 2.000.000 đồng"],
         "en": ["VND 20,000,000 to 25,000,000", "VND 1,000,000 to 2,000,000"]},
    ),
    "Q3 fine, 16-year-old in a karaoke bar": (
        "law/penalties.html", "q-karaoke",
        {"vi": ["từ 50.000.000 đến 75.000.000 đồng đối với cá nhân",
                "từ 100.000.000 đến 150.000.000 đồng đối với tổ chức",
                "karaoke", "điểm d khoản 2 Điều 147", "khoản 3 Điều 27 Nghị định 283/2026"],
         "en": ["VND 50,000,000 to 75,000,000 for an individual",
                "VND 100,000,000 to 150,000,000 for an organisation",
                "Karaoke", "art. 147(2)(d)", "Decree 283/2026/ND-CP, art. 27(3)"]},
        {"vi": ["16 tuổi", "karaoke", "theo Nghị định 283/2026", "chưa thể khẳng định"],
         "en": ["16-year-old", "karaoke", "those of Decree 283/2026", "not yet confirmed"]},
    ),
    "Q4 who follows up a report in the ward, how fast": (
        "law/child-protection.html", "q-follow-up",
        {"vi": ["Ủy ban nhân dân phường", "không quá 12 giờ", "trong 5 ngày làm việc",
                "trong 2 ngày làm việc", "khoản 3 Điều 26 Nghị định 56/2017"],
         "en": ["ward People's Committee", "within 12 hours", "within 5 working days",
                "within 2 working days", "Decree 56/2017/ND-CP, arts. 26(1) and 26(2)"]},
        {"vi": ["Công chức Văn hóa - Xã hội", "Công an phường"],
         # inside a sentence, the common-noun names start small (review 23, observed 3)
         "en": ["culture and social affairs officer", "ward police"]},
    ),
}


@pytest.mark.parametrize("question", sorted(QUESTIONS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_question_is_answered_on_its_page(built_site: Path, lang: str, question: str) -> None:
    page, answer_id, answer_strings, box_strings = QUESTIONS[question]
    path = built_site / lang / page
    answer = element_text(path, answer_id)
    for expected in answer_strings[lang]:
        assert expected in answer, f"{lang}/{page} #{answer_id}: missing {expected!r}"
    box = box_text(path, answer_id)
    for expected in box_strings[lang]:
        assert expected in box, f"{lang}/{page} question box: missing {expected!r}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_case_process_is_an_ordered_list_with_its_deadlines(built_site: Path, lang: str) -> None:
    html = (built_site / lang / "law/child-protection.html").read_text(encoding="utf-8")
    block = html[html.index('<ol class="cl-steps"'):]
    block = block[: block.index("</ol>")]
    assert block.count('<li class="cl-step') == 8
    text = parse_fragment(block)
    deadlines = (["không quá 12 giờ", "trong 5 ngày làm việc", "trong 2 ngày làm việc"]
                 if lang == "vi" else
                 ["within 12 hours", "within 5 working days", "within 2 working days"])
    for deadline in deadlines:
        assert deadline in text
    assert "mermaid" not in html


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_home_page_entry_points(built_site: Path, lang: str) -> None:
    home = parse(built_site / lang / "index.html")
    hrefs = {attrs.get("href", "") for tag, attrs in home.tags if tag == "a"}
    for target in ("tel:111", "report.html", "checker.html", "law/index.html",
                   "guide/parents-residents.html", "guide/employers.html",
                   "guide/teachers-schools.html", "guide/officials.html",
                   "agencies/index.html"):
        assert target in hrefs, f"{lang}/index.html has no link to {target}"
    assert "111" in home.text


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("guide", ["parents-residents", "employers", "teachers-schools",
                                   "officials"])
def test_audience_pages_link_to_the_law(built_site: Path, lang: str, guide: str) -> None:
    page = parse(built_site / lang / "guide" / f"{guide}.html")
    article_links = [attrs["href"] for tag, attrs in page.tags
                     if tag == "a" and attrs.get("href", "").startswith("../law/")]
    assert article_links, f"{lang}/guide/{guide}.html links to no law page"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_generated_pages_are_built(built_site: Path, lang: str) -> None:
    from scripts.content import generated_pages

    for path in generated_pages(lang):
        assert (built_site / lang / path.replace(".md", ".html")).is_file(), path
