"""The printables hub (printables.md): in both languages, it lists every PDF of the
built language site, each link downloads an existing file and says its format, page
count and size as the file has them; home and the teacher and officials guides link it;
it fits a 360 px phone and axe finds nothing."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from scripts.i18n import ui_table
from scripts.printables.render import size_label
from scripts.sitefacts import load_site_facts
from tests.browser import axe_violations
from tests.leaflets_support import page_sizes

LANGS = ("vi", "en")
HUB = "printables.html"
LINKED_FROM = ("index.html", "guide/teachers-schools.html", "guide/officials.html")
LAYOUT = re.compile(r"-(a\d-[a-z]+)\.pdf$")  # <slug>-<layout>.pdf


class _Links(HTMLParser):
    """Every <a> of the page's article: its attributes and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None
        self._text: list[str] = []
        self._in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._in_article = True
        elif tag == "a" and self._in_article:
            self._open, self._text = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article = False
        elif tag == "a" and self._open is not None:
            self.links.append((self._open, "".join(self._text).strip()))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def _links(page: Path) -> list[tuple[str, dict[str, str | None], str]]:
    """(site path the href resolves to, attributes, text) of each article link."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return [(posixpath.normpath(posixpath.join(page.parent.as_posix(), attrs["href"] or "")),
             attrs, text) for attrs, text in parser.links if attrs.get("href")]


def _downloads(site: Path, lang: str) -> dict[Path, tuple[dict[str, str | None], str]]:
    hub = site / lang / HUB
    assert hub.is_file(), f"no printables hub in {lang}"
    return {Path(target): (attrs, text) for target, attrs, text in _links(hub)
            if target.endswith(".pdf")}


@pytest.mark.parametrize("lang", LANGS)
def test_hub_lists_exactly_the_pdfs_of_the_built_site(built_site: Path, lang: str) -> None:
    listed = set(_downloads(built_site, lang))
    in_leaflets = set((built_site / lang).glob("leaflets/*.pdf"))
    anywhere = set((built_site / lang).rglob("*.pdf"))
    assert in_leaflets, "the build made no leaflets"
    assert listed == in_leaflets == anywhere


@pytest.mark.parametrize("lang", LANGS)
def test_each_download_says_format_pages_and_size_of_its_file(built_site: Path,
                                                              lang: str) -> None:
    ui, facts = ui_table(lang), load_site_facts()
    for pdf, (attrs, text) in _downloads(built_site, lang).items():
        assert pdf.is_file(), f"{HUB} links a missing file: {pdf}"
        assert "download" in attrs and attrs.get("type") == "application/pdf", attrs
        data = pdf.read_bytes()
        pages = len(page_sizes(data))
        layout = LAYOUT.search(pdf.name)
        assert layout, pdf.name
        key = "leaflets_pages_one" if pages == 1 else "leaflets_pages_other"
        assert text == ui["printables_link"].format(
            name=ui[f"leaflets_title_{layout.group(1)}"],
            details=f"{ui[key].format(count=pages)}, {size_label(len(data), facts, lang)}")
        assert re.search(r"\d+(?:[.,]\d{3})* KB", text), text


@pytest.mark.parametrize("lang", LANGS)
def test_worksheets_are_grouped_for_schools(built_site: Path, lang: str) -> None:
    html = (built_site / lang / HUB).read_text(encoding="utf-8")
    schools, public = html.index('id="schools"'), html.index('id="public"')
    worksheets = [m.start() for m in re.finditer(r'href="[^"]*worksheet[^"]*\.pdf"',
                                                 html.replace("&#45;", "-")
                                                 .replace("&#46;", ".")
                                                 .replace("&#47;", "/"))]
    assert worksheets and all(schools < at < public for at in worksheets)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("source", LINKED_FROM)
def test_home_and_guides_link_the_hub(built_site: Path, lang: str, source: str) -> None:
    hub = (built_site / lang / HUB).as_posix()
    targets = {target.split("#")[0] for target, _, _ in _links(built_site / lang / source)}
    assert hub in targets, f"{lang}/{source} does not link {HUB}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_hub_fits_a_phone_and_passes_axe(page, site_url, lang):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site_url}{lang}/{HUB}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the hub scrolls sideways: {width}px"
    heights = page.eval_on_selector_all(
        "article a.prn-link", "links => links.map(a => a.getBoundingClientRect().height)")
    assert heights and min(heights) >= 44, heights
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_schools_section_is_there_without_any_printable(lang: str) -> None:
    # guide/teachers-schools links to printables.md#schools; a build without leaflets
    # (PORTAL_SKIP=leaflets) had no such heading and Zensical's strict build stopped.
    from scripts.printables.render import hub_page
    from scripts.site.model import load_site

    site = load_site()
    page = hub_page(site, lang, {})
    ui = site.ui(lang)
    assert f"## {ui['printables_schools']} {{#schools}}" in page
    none = ui["printables_none"].rstrip(".")  # Markdown-escaped: "yet&#46;"
    assert page.count(none) == 1
    assert "{#public}" not in page
