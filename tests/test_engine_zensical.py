"""The third engine: Zensical (Material's successor) renders the staged source tree
(`make build ENGINE=zensical`). It runs no MkDocs plugin, so this checks what the
adapter (scripts/engines/zensical) and the post-render pass (scripts/output/postrender.py)
must carry over: built once here, checked on its own and against the MkDocs build."""

from __future__ import annotations

import html as _html
import json
import re
from pathlib import Path

import pytest

from scripts.engines.zensical.config import engine_config, mkdocs_config
from scripts.output.postrender import dest_uri
from scripts.paths import ROOT
from scripts.search.fold import fold
from scripts.site.model import load_site
from tests.conftest import SiteBuilds
from tests.htmlscan import pages, parse
from tests.search_ui import ZENSICAL_SEARCH_LOG, Result, results, search

LANGS = ("vi", "en")
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TAG = re.compile(r"<[^>]+>")
ARTICLE = re.compile(r'<article\b[^>]*md-content__inner[^>]*>(.*?)</article>', re.S)
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="session")
def zensical_site(site_builds: SiteBuilds) -> Path:
    """The session's one Zensical build (tests/conftest.py; PORTAL_ZENSICAL_SITE_DIR)."""
    return site_builds.site("zensical")


def _html_pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for lang in LANGS for p in pages(site, lang)}


def _title_and_h1(path: Path) -> tuple[str | None, str | None]:
    html = path.read_text(encoding="utf-8")
    title, h1 = TITLE.search(html), H1.search(html)
    return (title.group(1).strip() if title else None,
            " ".join(TAG.sub("", h1.group(1)).split()) if h1 else None)


def test_config_carries_what_the_portal_plugin_adds() -> None:
    site = load_site()
    config = engine_config(site, "en", site.languages, ("languages", "previews"))
    assert config["docs_dir"] == "docs" and config["theme"]["custom_dir"] == "overrides"
    assert config["theme"]["language"] == "en"  # mkdocs.en.yml over mkdocs.yml
    extra = config["extra"]
    assert extra["lang"] == "en" and extra["site_root"] == site.root
    assert extra["ui"] == site.ui("en") and extra["alternate"] == extra["languages"]
    assert extra["polyfills"]  # mkdocs.yml's own extra is kept
    assert "og:title" in extra["not_found_head"]
    assert config["site_url"] == f"{site.root}en/"
    assert "index.md" in json.dumps(config["nav"])
    # no MkDocs-only plugin, and the toc's slugify in Zensical's {object, kwds} form
    assert [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]] == ["search"]
    toc = next(e["toc"] for e in config["markdown_extensions"]
               if isinstance(e, dict) and "toc" in e)
    assert toc["slugify"] == {"object": "pymdownx.slugs.slugify",
                              "kwds": {"case": "lower", "normalize": "NFKD"}}
    assert toc["permalink_title"] == site.ui("en")["permalink_title"]


def test_mkdocs_config_resolves_inherit() -> None:
    en = mkdocs_config(ROOT / "mkdocs.en.yml")
    assert en["docs_dir"] == "docs/en" and en["theme"]["name"] == "material"


def test_dest_uri() -> None:
    assert dest_uri("index.md") == "index.html"
    assert dest_uri("law/README.md") == "law/index.html"
    assert dest_uri("law/article-3.md") == "law/article-3.html"


@pytest.mark.build
def test_zensical_built_both_languages(zensical_site: Path) -> None:
    for lang in LANGS:
        html = (zensical_site / lang / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        # Zensical's own bundle, present in the build (not Material's hashed one)
        for ref in re.findall(r'(?:src|href)="\./(assets/[^"]+\.min\.(?:js|css))"', html):
            assert (zensical_site / lang / ref).is_file(), ref
    assert "Phòng, chống lao động trẻ em" in parse(zensical_site / "vi" / "index.html").text
    assert "Preventing child labour" in parse(zensical_site / "en" / "index.html").text


@pytest.mark.build
def test_zensical_builds_the_same_pages_as_mkdocs(zensical_site: Path,
                                                  built_site: Path) -> None:
    assert _html_pages(zensical_site) == _html_pages(built_site)


@pytest.mark.build
def test_zensical_titles_and_headings_match_mkdocs(zensical_site: Path,
                                                   built_site: Path) -> None:
    differ = []
    for name in sorted(_html_pages(built_site)):
        # the home page's too: Zensical sets no page.is_homepage (overrides/main.html)
        ours, theirs = _title_and_h1(zensical_site / name), _title_and_h1(built_site / name)
        if ours != theirs:
            differ.append((name, ours, theirs))
    assert not differ, differ[:10]


def _article(path: Path) -> tuple[str, list[str]]:
    """A page's rendered Markdown: its text and its links (markup and whitespace aside:
    Zensical adds a skip anchor and spaces differently)."""
    match = ARTICLE.search(path.read_text(encoding="utf-8"))
    body = match.group(1) if match else ""
    return " ".join(_html.unescape(TAG.sub(" ", body)).split()), sorted(HREF.findall(body))


@pytest.mark.build
def test_zensical_articles_have_the_same_text_and_links(zensical_site: Path,
                                                        built_site: Path) -> None:
    names = sorted(n for n in _html_pages(built_site))
    differ = [n for n in names if _article(zensical_site / n) != _article(built_site / n)]
    assert not differ, differ[:10]


@pytest.mark.build
def test_zensical_not_found_page_has_its_link_preview(zensical_site: Path,
                                                      built_site: Path) -> None:
    og = re.compile(r'<meta property="og:[^>]*>')
    for lang in LANGS:
        ours = og.findall((zensical_site / lang / "404.html").read_text(encoding="utf-8"))
        assert ours and ours == og.findall(
            (built_site / lang / "404.html").read_text(encoding="utf-8"))


@pytest.mark.build
def test_zensical_checker_page_is_finished(zensical_site: Path) -> None:
    for lang in LANGS:
        checker = (zensical_site / lang / "checker.html").read_text(encoding="utf-8")
        assert "<!-- checker:" not in checker
        assert 'id="checker-form"' in checker
        rules = re.search(r'<script type="application/json" id="checker-rules">(.*?)</script>',
                          checker, re.S)
        assert rules and len(json.loads(rules.group(1))["citations"]) >= 10
    # other tables get their scroll region too (pages.finish → wrap_tables)
    regions = [p for p in pages(zensical_site, "en")
               if 'class="portal-table-scroll"' in p.read_text(encoding="utf-8")]
    assert len(regions) > 1


@pytest.mark.build
def test_zensical_search_is_zensicals_own_wrapped(zensical_site: Path) -> None:
    for lang in LANGS:
        index = json.loads((zensical_site / lang / "search.json").read_bytes())
        assert any(item["location"] == "checker.html" for item in index["items"])
        # what the page shows is never folded; no contact e-mail in snippets
        assert any("Điều" in item["text"] for item in index["items"]) == (lang == "vi")
        assert not any("@" in item["text"] for item in index["items"])
        assert "variants" in index["config"]["portal"]
        html = (zensical_site / lang / "index.html").read_text(encoding="utf-8")
        # our lazy loader speaks Material 9's worker protocol and would stall Zensical's
        assert "search-lazy.js" not in html and 'class="md-search__button"' in html
        assert "assets/javascripts/search-zensical.js" in html
        workers = zensical_site / lang / "assets" / "javascripts" / "workers"
        assert (workers / "search-zensical.js").is_file() and (workers / "search-fold.js").is_file()
        # Material's index format is not written for Zensical
        assert not (zensical_site / lang / "search").exists()
        # the same index for a site opened from a folder (file://), which cannot fetch
        script = (zensical_site / lang / "search.js").read_text(encoding="utf-8")
        assert script.startswith("var __index = ")
        assert json.loads(script.removeprefix("var __index = ").rstrip().rstrip(";")) == index


@pytest.fixture(scope="session")
def zensical_url(site_builds: SiteBuilds) -> str:
    return site_builds.url("zensical")


def _search(page, query: str) -> list[Result]:
    """Type a query into Zensical's search dialog; the results it lists, in order."""
    search(page, query, typed=False)
    return results(page)


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "plain", "accented", "first"), [
    ("vi", "dieu 296", "điều 296", "law/penalties.html"),
    ("vi", "gio lam viec", "giờ làm việc", "law/working-hours.html"),
    ("vi", "lao dong tre em", "LAO ĐỘNG TRẺ EM", None),
    ("vi", "lao đong tre em", "lao động trẻ em", None),  # half-accented, as typed on phones
    ("en", "working hours", "Working Hours", "law/working-hours.html"),
    ("en", "child labor organization", "child labour organisation", None),  # spelling variants
])
def test_zensical_search_ignores_accents(page, zensical_url: str, lang: str, plain: str,
                                         accented: str, first: str | None) -> None:
    page.add_init_script(ZENSICAL_SEARCH_LOG)
    page.goto(f"{zensical_url}{lang}/index.html")
    found = _search(page, plain)
    assert found, plain
    # the same list, the same snippets, the same words marked (the page's own words)
    assert [(r["path"], r["title"], r["text"], r["marks"]) for r in found] == [
        (r["path"], r["title"], r["text"], r["marks"]) for r in _search(page, accented)]
    assert any(r["marks"] for r in found)
    if first:
        assert found[0]["path"] == f"/{lang}/{first}", found[0]


@pytest.mark.browser
def test_zensical_search_shows_no_folded_text(page, zensical_url: str) -> None:
    page.add_init_script(ZENSICAL_SEARCH_LOG)
    page.goto(f"{zensical_url}vi/index.html")
    shown = _search(page, "dieu 296")
    text = " ".join(r["text"] for r in shown)
    assert "Điều 296" in text and not re.search(r"\bdieu\b", text, re.I), text[:300]
    assert "Điều 296" in shown[0]["marks"] or {"Điều", "296"} <= set(shown[0]["marks"])
    shown = _search(page, "gio lam viec")
    marks = {m.lower() for r in shown for m in r["marks"]}
    assert "giờ làm việc" in marks and "gio lam viec" not in marks, marks
    assert not re.search(r"\bgio lam viec\b", " ".join(r["text"] for r in shown), re.I)


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "query"), [("vi", "article 296"), ("vi", "đ 296"),
                                            ("en", "article 296"), ("en", "Điều 296")])
def test_zensical_search_finds_an_article_by_any_of_its_words(page, zensical_url: str,
                                                               lang: str, query: str) -> None:
    # The law section stating art. 296 carries the article words ("article 296", "d 296",
    # ...) as a breadcrumb entry the worker indexes and the page never draws.
    page.add_init_script(ZENSICAL_SEARCH_LOG)
    page.goto(f"{zensical_url}{lang}/index.html")
    shown = _search(page, query)
    assert shown and shown[0]["path"] == f"/{lang}/law/penalties.html", shown[:2]
    drawn = " ".join(r["title"] + " " + r["text"] for r in shown)
    assert "article 296 art 296" not in fold(drawn)


@pytest.mark.build
def test_zensical_sitemap_lists_the_same_urls(zensical_site: Path, built_site: Path) -> None:
    loc = re.compile(r"<loc>([^<]*)</loc>")
    for lang in LANGS:
        ours = (zensical_site / lang / "sitemap.xml").read_text(encoding="utf-8")
        assert "&#x2f;" not in ours  # Zensical's `| e` escapes "/"; the template does not use it
        theirs = (built_site / lang / "sitemap.xml").read_text(encoding="utf-8")
        assert sorted(loc.findall(ours)) == sorted(loc.findall(theirs))


@pytest.mark.build
def test_zensical_pages_have_no_inline_script(zensical_site: Path) -> None:
    """The site's CSP allows no inline script; Zensical's colour-scheme restorer was one."""
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>")
    found = [p.relative_to(zensical_site).as_posix() for p in zensical_site.rglob("*.html")
             if inline.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_a_failed_engine_build_is_told_without_colour_codes_or_traceback(tmp_path: Path
                                                                         ) -> None:
    # Zensical aborts a strict build by raising: its log ended in a Python traceback and
    # drew the faulty line one coloured character at a time (seen with a dead anchor).
    import sys

    from scripts.engines import EngineFailed, readable, run_engine

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# A\n\n[x](b.md#nope)\n", encoding="utf-8")
    (tmp_path / "docs" / "b.md").write_text("# B\n", encoding="utf-8")
    with pytest.raises(EngineFailed) as failed:
        run_engine([sys.executable, "-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"],
                   "vi", tmp_path)
    told = str(failed.value)
    assert "anchor does not exist" in told and "[x](b.md#nope)" in told
    assert "Traceback" not in told and "\x1b" not in told and 'File "' not in told
    assert told.rstrip().endswith("Aborted because --strict flag is set")
    # a log coloured anyway (an engine that ignores NO_COLOR) reads the same
    coloured = ("\x1b[33mWarning:\x1b[0m dead\nTraceback (most recent call last):\n"
                '  File "x.py", line 1, in <module>\n    run()\n    ^^^^^\nRuntimeError: stop')
    assert readable(coloured) == "Warning: dead\nRuntimeError: stop"
