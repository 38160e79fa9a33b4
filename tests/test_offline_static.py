"""No built page loads anything from another host (static scan of every file)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scripts.sitefacts import site_root
from tests.htmlscan import parse

# Shared checks: on the MkDocs and the Zensical build (tests/conftest.py).
pytestmark = pytest.mark.engines
# <link> relations that only name a URL and make the browser fetch nothing.
NON_LOADING_RELS = {"canonical", "alternate"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]([^'"]+)""")


def _external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or url.strip().startswith("//")


def test_no_html_loads_from_another_host(built_site: Path):
    offenders = []
    own = urlsplit(site_root()).netloc
    for page in built_site.rglob("*.html"):
        for tag, attrs in parse(page).tags:
            candidates = []
            if "src" in attrs:
                candidates.append(attrs["src"])
            if tag == "link" and "href" in attrs:
                rels = set(attrs.get("rel", "").split())
                if rels & NON_LOADING_RELS:
                    # Naming our own public address is fine; nothing is fetched.
                    if urlsplit(attrs["href"]).netloc not in ("", own):
                        offenders.append((page, attrs["href"]))
                    continue
                candidates.append(attrs["href"])
            if tag == "script" and "href" in attrs:
                candidates.append(attrs["href"])
            if "style" in attrs:
                candidates += CSS_URL.findall(attrs["style"])
            offenders += [(page, url) for url in candidates if _external(url)]
        text = page.read_text(encoding="utf-8")
        offenders += [(page, u) for u in CSS_URL.findall(_styles(text)) if _external(u)]
    assert not offenders, "\n".join(f"{p.relative_to(built_site)}: {u}" for p, u in offenders)


def _styles(html: str) -> str:
    return " ".join(re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S))


def test_no_css_or_js_imports_from_another_host(built_site: Path):
    offenders = []
    for path in list(built_site.rglob("*.css")) + list(built_site.rglob("*.js")):
        text = path.read_text(encoding="utf-8", errors="replace")
        urls = CSS_IMPORT.findall(text)
        if path.suffix == ".css":
            urls += CSS_URL.findall(text)
        offenders += [(path, u) for u in urls if _external(u)]
    assert not offenders, "\n".join(f"{p.relative_to(built_site)}: {u}" for p, u in offenders)


def test_no_google_fonts_cdn_or_analytics(built_site: Path):
    banned = re.compile(
        r"fonts\.googleapis|fonts\.gstatic|googletagmanager|google-analytics|"
        r"unpkg\.com/iframe-worker|api\.github\.com"
    )
    hits = [
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*")
        if p.suffix in (".html", ".css") and banned.search(p.read_text(encoding="utf-8"))
    ]
    assert not hits, hits


def test_web_fonts_are_self_hosted_with_a_vietnamese_subset(built_site: Path):
    css = (built_site / "vi" / "assets" / "stylesheets" / "fonts.css").read_text(encoding="utf-8")
    for face in re.findall(r'src: url\("([^"]+)"\)', css):
        assert (built_site / "vi" / "assets" / "stylesheets" / face).resolve().is_file(), face
    assert "vietnamese" in css and "U+1EA0-1EF9" in css
