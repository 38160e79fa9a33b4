"""A third language is data, not code: one entry in site.yml, a UI table, pages (or
`translation: pending` originals) and its engine config. A fixture site with three
languages builds, and every language links to the others."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.paths import DATA, OVERRIDES, SITE_FILE
from scripts.site.languages import Language, LanguageError, languages
from tests import own_code
from tests.review_support import CONFIG  # the same engine settings as the review fixture

pytestmark = pytest.mark.build

THIRD = {"code": "fr", "name": "Français", "locale": "fr", "og_locale": "fr_FR",
         "date": "d MMMM y", "event_date": "EEEE d MMMM y", "decimal": ",", "group": " "}
PAGES = {
    ("vi", "index.md"): "# Trang chủ\n\nXin chào.\n",
    ("en", "index.md"): "# Home\n\nHello.\n",
    ("fr", "index.md"): "# Accueil\n\nBonjour.\n",
    # Written in Vietnamese only; English and French wait for their translation.
    ("vi", "guide.md"): "---\ntranslation: pending\n---\n\n# Hướng dẫn\n\nNội dung.\n",
}


def make_project(root: Path) -> Path:
    docs = root / "docs"
    shutil.copytree(DATA, docs / "data")
    site = yaml.safe_load(SITE_FILE.read_text(encoding="utf-8"))
    site["languages"].append(THIRD)
    (docs / "data" / "site.yml").write_text(yaml.safe_dump(site, allow_unicode=True),
                                            encoding="utf-8")
    ui = yaml.safe_load((DATA / "ui" / "en.yml").read_text(encoding="utf-8"))
    ui["translation_pending_note"] = "La traduction est en préparation."
    (docs / "data" / "ui" / "fr.yml").write_text(yaml.safe_dump(ui, allow_unicode=True),
                                                 encoding="utf-8")
    (docs / "data" / "nav.yml").write_text("- index.md\n- guide.md\n", encoding="utf-8")
    for (lang, path), text in PAGES.items():
        (docs / lang).mkdir(parents=True, exist_ok=True)
        (docs / lang / path).write_text(text, encoding="utf-8")
    for lang in ("vi", "en", "fr"):
        name = "mkdocs.yml" if lang == "vi" else f"mkdocs.{lang}.yml"
        (root / name).write_text(CONFIG.format(lang=lang, overrides=OVERRIDES),
                                 encoding="utf-8")
    return root


def build(root: Path, lang: str) -> Path:
    out = root / "site" / lang
    config = "mkdocs.yml" if lang == "vi" else f"mkdocs.{lang}.yml"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(out)],
        cwd=root, env=own_code.env(),
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("three"))
    for lang in ("vi", "en", "fr"):
        build(root, lang)
    return root / "site"


def test_every_language_links_to_every_other(three: Path) -> None:
    for lang in ("vi", "en", "fr"):
        html = (three / lang / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'<html lang="{lang}"', html)
        for other in ("vi", "en", "fr"):
            # hreflang alternates in <head>, and the language switch
            assert re.search(rf'<link rel="alternate" hreflang="{other}" '
                             rf'href="[^"]*/{other}/index.html"', html), (lang, other)
            assert re.search(rf'<a href="[^"]*\.\./{other}/index.html" hreflang="{other}"',
                             html), (lang, other)
        assert 'lang="fr" class="md-select__link portal-lang-link"' in html


def test_a_page_not_yet_translated_says_so_in_the_new_language(three: Path) -> None:
    html = (three / "fr" / "guide.html").read_text(encoding="utf-8")
    assert "La traduction est en préparation." in html
    assert "Hướng dẫn" in html  # the original's title, linked to the original
    assert re.search(r'href="\.\./vi/guide\.html"', html)


def test_a_language_entry_needs_every_field(tmp_path: Path) -> None:
    site = yaml.safe_load(SITE_FILE.read_text(encoding="utf-8"))
    site["languages"].append({"code": "fr", "name": "Français"})
    path = tmp_path / "site.yml"
    path.write_text(yaml.safe_dump(site, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"site.yml: languages\[2\] has no locale"):
        languages(path)


def test_numbers_follow_the_language_entry() -> None:
    fr = Language(**THIRD)
    assert fr.number(12_000_000) == "12 000 000"
    assert fr.number(4.5) == "4,5"
    assert [x.code for x in languages()] == ["vi", "en"]


def test_leaflets_refuse_a_language_their_font_cannot_draw() -> None:
    from scripts.leaflets.text import FontLacksScript, check_wording

    khmer = {"leaflets_kicker": "ព្រឹត្តិការណ៍", "page_title": "ignored: not on a leaflet"}
    with pytest.raises(FontLacksScript, match=r"docs/data/ui/km\.yml: .*cannot draw \d+ "
                                              r"character\(s\).*PORTAL_SKIP=leaflets"):
        check_wording("km", khmer)
    for lang in ("vi", "en"):  # the site's own languages are drawn whole
        check_wording(lang, yaml.safe_load((DATA / "ui" / f"{lang}.yml").read_text("utf-8")))
