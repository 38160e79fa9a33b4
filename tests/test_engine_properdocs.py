"""The second engine: ProperDocs (a maintained continuation of MkDocs 1.x) builds the
same site from the same mkdocs*.yml (`make build ENGINE=properdocs`). Built once here,
checked on its own, then compared file by file with the default engine's build."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from scripts.build_site import build
from scripts.engines import ENGINES, language_builder
from scripts.sitefacts import site_root
from tests.conftest import TEST_TODAY
from tests.htmlscan import parse

LANGS = ("vi", "en")
GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)">')


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    os.environ.setdefault("PORTAL_TODAY", TEST_TODAY)
    out = tmp_path_factory.mktemp("properdocs") / "site"
    build(out, engine="properdocs")
    return out


def test_every_engine_has_a_runner() -> None:
    for engine in ENGINES:
        assert callable(language_builder(engine))
    with pytest.raises(ValueError, match="unknown engine"):
        language_builder("hugo")


@pytest.mark.build
def test_properdocs_built_both_languages(properdocs_site: Path) -> None:
    for lang in LANGS:
        html = (properdocs_site / lang / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        # the engine that ran is ProperDocs (it names itself where MkDocs says "1.6.1")
        assert "ProperDocs" in GENERATOR.search(html).group(1)
    titles = {lang: parse(properdocs_site / lang / "index.html") for lang in LANGS}
    assert "Phòng, chống lao động trẻ em" in titles["vi"].text
    assert "Preventing child labour" in titles["en"].text


@pytest.mark.build
def test_properdocs_runs_the_portal_plugin(properdocs_site: Path) -> None:
    root = site_root()
    for lang in LANGS:
        page = properdocs_site / lang / "law" / "index.html"
        tags = parse(page)
        # a page's text, with its data references rendered and the hotline bar on top
        assert "{{" not in tags.text and "111" in tags.text
        assert any(tag == "a" and a.get("href") == "tel:111" for tag, a in tags.tags)
        # absolute hreflang twins, from our override of Material's head
        alternates = {a["hreflang"]: a["href"] for tag, a in tags.tags
                      if tag == "link" and a.get("rel") == "alternate" and "hreflang" in a}
        assert alternates == {"vi": f"{root}vi/law/index.html", "en": f"{root}en/law/index.html",
                              "x-default": f"{root}vi/law/index.html"}
        # the checker page filled with its compiled rules and their citations
        checker = (properdocs_site / lang / "checker.html").read_text(encoding="utf-8")
        rules = re.search(r'<script type="application/json" id="checker-rules">(.*?)</script>',
                          checker, re.S)
        assert rules and len(json.loads(rules.group(1))["citations"]) >= 10
        # our search index written after the engine's (full index + stub)
        full = (properdocs_site / lang / "search" / "search_index.full.js").read_text("utf-8")
        assert full.startswith("self.__portalIndex=") and '"location":"checker.html"' in full
        stub = json.loads((properdocs_site / lang / "search" / "search_index.json").read_bytes())
        assert stub["docs"] == []


@pytest.mark.build
def test_properdocs_builds_the_same_site_as_mkdocs(properdocs_site: Path,
                                                   built_site: Path) -> None:
    """Every file equal, HTML pages up to the generator line that names the engine."""
    def files(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}

    assert files(properdocs_site) == files(built_site)
    differ = []
    for name in sorted(files(built_site)):
        ours, theirs = (properdocs_site / name).read_bytes(), (built_site / name).read_bytes()
        if name.endswith(".html"):
            ours = GENERATOR.sub("", ours.decode("utf-8")).encode()
            theirs = GENERATOR.sub("", theirs.decode("utf-8")).encode()
        if ours != theirs:
            differ.append(name)
    assert not differ, f"{len(differ)} files differ: {differ[:20]}"
