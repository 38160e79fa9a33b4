"""Two languages: twins, <html lang>, hreflang, sitemap, root redirect, hotline."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.site.twins import missing_twins
from scripts.sitefacts import load_site_facts, site_root
from tests.htmlscan import pages, parse

# Shared checks: on the MkDocs and the Zensical build (tests/conftest.py).
pytestmark = pytest.mark.engines
LANGS = ("vi", "en")


def test_every_source_page_has_a_twin_or_is_marked_pending():
    for lang in LANGS:
        unmarked = [t for t in missing_twins(lang) if not t.pending]
        assert not unmarked, f"pages without a {lang} version: {[t.path for t in unmarked]}"


def test_both_languages_build_the_same_pages(built_site: Path):
    vi = {p.relative_to(built_site / "vi").as_posix() for p in pages(built_site, "vi")}
    en = {p.relative_to(built_site / "en").as_posix() for p in pages(built_site, "en")}
    assert vi == en, f"only in vi: {sorted(vi - en)}; only in en: {sorted(en - vi)}"
    assert "index.html" in vi and len(vi) > 3


def test_html_lang_and_absolute_hreflang_on_every_page(built_site: Path):
    root = site_root()
    for lang in LANGS:
        for page in pages(built_site, lang):
            rel = page.relative_to(built_site / lang).as_posix()
            html = page.read_text(encoding="utf-8")
            assert re.search(rf'<html lang="{lang}"', html), f"{lang}/{rel}: wrong <html lang>"
            if rel == "404.html":
                continue
            alternates = {
                a["hreflang"]: a["href"]
                for tag, a in parse(page).tags
                if tag == "link" and a.get("rel") == "alternate" and "hreflang" in a
            }
            assert alternates == {
                "vi": f"{root}vi/{rel}",
                "en": f"{root}en/{rel}",
                "x-default": f"{root}vi/{rel}",
            }, f"{lang}/{rel}"


def test_language_switch_links_to_the_same_page(built_site: Path):
    for lang in LANGS:
        for page in pages(built_site, lang):
            rel = page.relative_to(built_site / lang).as_posix()
            if rel == "404.html":
                continue
            links = [a for tag, a in parse(page).tags if "portal-lang-link" in a.get("class", "")]
            targets = {a["hreflang"]: (page.parent / a["href"]).resolve() for a in links}
            assert targets == {
                other: (built_site / other / rel).resolve() for other in LANGS
            }, f"{lang}/{rel}"


def test_sitemaps_list_pages_with_their_twins(built_site: Path):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    index = ET.parse(built_site / "sitemap.xml").getroot()
    assert [e.text for e in index.findall("s:sitemap/s:loc", ns)] == [
        f"{site_root()}vi/sitemap.xml", f"{site_root()}en/sitemap.xml"
    ]
    for lang in LANGS:
        urls = ET.parse(built_site / lang / "sitemap.xml").getroot().findall("s:url", ns)
        locs = [u.find("s:loc", ns).text for u in urls]
        assert f"{site_root()}{lang}/law/minor-workers.html" in locs
        for url in urls:
            alts = {a.get("hreflang") for a in url.findall("x:link", ns)}
            assert alts == set(LANGS)


def test_root_redirects_to_vietnamese_with_a_plain_link(built_site: Path):
    root = parse(built_site / "index.html")
    refresh = [a for t, a in root.tags if t == "meta" and a.get("http-equiv") == "refresh"]
    assert refresh and refresh[0]["content"].endswith("url=vi/index.html")
    assert ("a", {"href": "vi/index.html"}) in root.tags


def test_hotline_with_tel_link_on_every_page(built_site: Path):
    hotline = load_site_facts()["hotline"]
    for lang in LANGS:
        for page in pages(built_site, lang):
            tags = parse(page).tags
            tel = [a["href"] for t, a in tags if t == "a" and a.get("href", "").startswith("tel:")]
            assert f"tel:{hotline['tel']}" in tel, f"{lang}/{page.name} lacks the hotline link"


def test_ui_tables_have_the_same_keys():
    import yaml

    from scripts.paths import DATA

    vi = yaml.safe_load((DATA / "ui" / "vi.yml").read_text(encoding="utf-8"))
    en = yaml.safe_load((DATA / "ui" / "en.yml").read_text(encoding="utf-8"))
    assert set(vi) == set(en), f"only vi: {set(vi) - set(en)}; only en: {set(en) - set(vi)}"
