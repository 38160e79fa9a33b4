"""The page frame on the built site: publisher and contact line in the footer, the
page's review date, our own emblem, no theme credit, no English on Vietnamese pages
(404 page, permalink titles, logo), the About page; and, in Chromium, headings with
real weight and contrast and the drawer still working."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from scripts.content.render import format_day
from scripts.sitefacts import load_site_facts
from tests.htmlscan import pages, parse

LANGS = ("vi", "en")
DOCS = Path(__file__).resolve().parent.parent / "docs"


def ui(lang: str) -> dict[str, str]:
    return yaml.safe_load((DOCS / "data" / "ui" / f"{lang}.yml").read_text(encoding="utf-8"))


def theme_pages(site: Path, lang: str) -> list[Path]:
    """Pages drawn with the site's frame (not the stand-alone training slides)."""
    return [p for p in pages(site, lang) if 'class="md-header' in p.read_text(encoding="utf-8")]


def footer(html: str) -> str:
    match = re.search(r'<footer class="md-footer portal-footer">(.*?)</footer>', html, re.S)
    assert match, "no portal footer"
    return match.group(1)


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    return yaml.safe_load(text.split("---", 2)[1]) or {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_the_publisher_and_the_contact_line(built_site: Path, lang: str):
    publisher = load_site_facts()["publisher"]["name"][lang]
    for page in theme_pages(built_site, lang):
        rel = page.relative_to(built_site / lang).as_posix()
        html = page.read_text(encoding="utf-8")
        foot = footer(html)
        assert publisher in foot, f"{lang}/{rel}: publisher missing from the footer"
        assert 'href="tel:111"' in foot, f"{lang}/{rel}: no hotline link in the footer"
        links = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', foot))
        report = [h for h, text in links.items() if text == ui(lang)["footer_report_link"]]
        about = [h for h, text in links.items() if text == ui(lang)["footer_about_link"]]
        assert report and about, f"{lang}/{rel}: report or About link missing"
        if rel != "404.html":  # the 404 page links from the language root
            assert (page.parent / report[0]).resolve() == (built_site / lang / "report.html")
            assert (page.parent / about[0]).resolve() == (built_site / lang / "about.html")
        assert "Made with" not in html and "Material for MkDocs" not in html, f"{lang}/{rel}"


@pytest.mark.parametrize("lang", LANGS)
def test_review_date_in_the_footer_where_the_page_has_one(built_site: Path, lang: str):
    label = ui(lang)["last_reviewed"]
    dated = 0
    for source in sorted((DOCS / lang).rglob("*.md")):
        rel = source.relative_to(DOCS / lang).with_suffix(".html").as_posix()
        foot = footer((built_site / lang / rel).read_text(encoding="utf-8"))
        reviewed = front_matter(source).get("last_reviewed")
        if isinstance(reviewed, dt.date):
            dated += 1
            expected = (f'{label}: <time datetime="{reviewed.isoformat()}">'
                        f"{format_day(reviewed, lang)}</time>")
            assert expected in foot, f"{lang}/{rel}: review date missing or wrong"
        else:
            assert label not in foot, f"{lang}/{rel}: a review date the page does not have"
    assert dated >= 10, "the law pages carry last_reviewed: expected them dated"


@pytest.mark.parametrize("lang", LANGS)
def test_emblem_and_permalinks_speak_the_page_language(built_site: Path, lang: str):
    strings = ui(lang)
    for page in theme_pages(built_site, lang):
        rel = page.relative_to(built_site / lang).as_posix()
        tags = parse(page).tags
        logos = [a for tag, a in tags if tag == "img" and a.get("src", "").endswith(
            "assets/images/favicon.svg")]
        assert logos and all(a["alt"] == strings["logo_alt"] for a in logos), f"{lang}/{rel}"
        titles = {a.get("title") for tag, a in tags if "headerlink" in a.get("class", "")}
        assert titles <= {strings["permalink_title"]}, f"{lang}/{rel}: {titles}"
    if lang == "vi":
        for page in pages(built_site, lang):
            text = page.read_text(encoding="utf-8")
            for english in ("Permanent link", "404 - Not found", 'alt="logo"'):
                assert english not in text, f"vi/{page.name}: {english!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_not_found_page_in_the_page_language(built_site: Path, lang: str):
    strings = ui(lang)
    html = (built_site / lang / "404.html").read_text(encoding="utf-8")
    assert f"<h1>{strings['not_found_title']}</h1>" in html
    assert strings["not_found_home"] in html
    assert strings["not_found_code"] in html and "404" in strings["not_found_code"]


def test_emblem_is_our_own_svg():
    svg = (Path(__file__).resolve().parent.parent / "overrides/assets/images/favicon.svg"
           ).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "<circle" not in svg  # the old person icon: a circle


@pytest.mark.parametrize("lang", LANGS)
def test_about_page_names_publisher_sources_and_privacy(built_site: Path, lang: str):
    from scripts.content.data import load_content

    about = built_site / lang / "about.html"
    text = parse(about).text
    assert load_site_facts()["publisher"]["name"][lang] in text
    hrefs = {a.get("href") for tag, a in parse(about).tags if tag == "a"}
    for source in load_content().sources.values():
        assert f"law/sources.html#{source.id}" in hrefs, f"{lang}: {source.id} not cited"
    assert "#privacy" in about.read_text(encoding="utf-8")
    nav = (built_site / lang / "index.html").read_text(encoding="utf-8")
    assert 'href="about.html"' in nav


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_headings_have_weight_and_contrast(page, site_url, lang):
    page.goto(f"{site_url}{lang}/law/minor-workers.html")
    for selector in ("article h1", "article h2"):
        weight, colour = page.eval_on_selector(
            selector, "e => [getComputedStyle(e).fontWeight, getComputedStyle(e).color]")
        assert int(weight) >= 700, (selector, weight)
        assert colour == "rgb(11, 12, 12)", (selector, colour)


@pytest.mark.browser
def test_drawer_still_opens_and_closes(page, site_url):
    """base.html lost `autocomplete` on the drawer checkbox: the drawer still works."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{site_url}vi/index.html")
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_function("document.getElementById('__drawer').checked")
    assert page.is_visible(".md-sidebar--primary a[href$='report.html']")
    page.click(".md-overlay", position={"x": 340, "y": 400})
    page.wait_for_function("!document.getElementById('__drawer').checked")
