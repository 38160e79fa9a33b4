"""`make dist`: the address it accepts, the policy, and what the two releases contain."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
import zipfile
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import brotli
import pytest

from scripts.dist.address import BadAddress, parse_address
from scripts.dist.fingerprint import fingerprint
from scripts.dist.inline import UnsafeInlineCode, scan, sha256_source
from scripts.dist.policy import load_policy
from scripts.dist.release import USB_README, _insert_meta
from scripts.paths import ROOT
from scripts.site.languages import LANGUAGES
from scripts.sitefacts import placeholder_root
from tests.conftest import PUBLIC_SUBPATH, TEST_TODAY

PLACEHOLDER = placeholder_root()


# --- the address ----------------------------------------------------------------

@pytest.mark.parametrize("value", [None, "", PLACEHOLDER, PLACEHOLDER.rstrip("/"),
                                   PLACEHOLDER + "tre-em/", "http://www.example.net/",
                                   "www.example.net", "https://www.example.net/?a=1",
                                   "ftp://www.example.net/"])
def test_refuses_placeholder_missing_and_non_https(value) -> None:
    with pytest.raises(BadAddress, match="SITE_ROOT"):
        parse_address(value, PLACEHOLDER)


def test_accepts_host_root_and_sub_path() -> None:
    root = parse_address("https://www.example.net", PLACEHOLDER)
    assert (root.url, root.prefix, root.hostname) == ("https://www.example.net/", "/",
                                                      "www.example.net")
    sub = parse_address(PUBLIC_SUBPATH, PLACEHOLDER)
    assert (sub.prefix, sub.origin) == ("/tre-em/", "https://www.example.net")


def test_make_dist_with_the_placeholder_fails_and_writes_nothing(tmp_path: Path) -> None:
    for site_root in (PLACEHOLDER, "http://www.example.net/"):
        proc = subprocess.run(
            ["make", "--no-print-directory", "dist", f"SITE_ROOT={site_root}",
             f"PYTHON={sys.executable}"], cwd=ROOT, capture_output=True, text=True,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
        assert proc.returncode != 0
        assert "SITE_ROOT" in proc.stderr and "https://" in proc.stderr, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "scripts.dist", "--site-root", PLACEHOLDER,
                           "--out", str(tmp_path / "dist")], cwd=ROOT, capture_output=True,
                          text=True)
    assert proc.returncode == 2 and "placeholder" in proc.stderr
    assert not (tmp_path / "dist").exists()


# --- the policy -------------------------------------------------------------------

def test_csp_has_the_required_directives_and_no_unsafe_inline_script() -> None:
    csp = load_policy().csp_value()
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-inline'" not in directives["style-src"]
    for name, value in {"frame-ancestors": "'none'", "base-uri": "'none'",
                        "form-action": "'self'", "worker-src": "'self'"}.items():
        assert directives[name] == [value]
    meta = load_policy().csp_value(meta=True)
    assert "frame-ancestors" not in meta and "default-src 'self'" in meta


def test_inline_code_is_hashed_and_event_handlers_refused() -> None:
    page = ('<script>var a=1</script><script type="application/ld+json">{}</script>'
            '<td style="text-align: center;">x</td><style>p{}</style>')
    hashes = scan([("a.html", page)])
    assert hashes.scripts == (sha256_source("var a=1"),)
    assert hashes.style_attributes == (sha256_source("text-align: center;"),)
    assert hashes.styles == (sha256_source("p{}"),)
    policy = load_policy().with_hashes(hashes)
    assert f"'{sha256_source('var a=1')}'" in policy.csp_value()
    assert "'unsafe-hashes'" in policy.csp_value()
    with pytest.raises(UnsafeInlineCode, match="b.html: inline event handler onclick"):
        scan([("b.html", '<button onclick="go()">x</button>')])


def test_fingerprint_points_pages_and_stylesheets_at_hashed_copies() -> None:
    files = {
        "vi/assets/fonts/f.woff2": b"font",
        "vi/assets/stylesheets/a.css": b'@font-face{src:url("../fonts/f.woff2")}',
        "vi/assets/javascripts/workers/w.js": b"worker",
        "vi/law/x.html": b'<link href="../assets/stylesheets/a.css"><script src="../assets/'
                         b'javascripts/workers/w.js"></script>',
        "vi/404.html": b'<link href="/tre-em/vi/assets/stylesheets/a.css">',
    }
    renamed = fingerprint(files, "/tre-em/")
    css = renamed["vi/assets/stylesheets/a.css"]
    assert re.fullmatch(r"vi/assets/stylesheets/a\.[0-9a-f]{10}\.css", css)
    assert "vi/assets/javascripts/workers/w.js" not in renamed
    assert css.split("/")[-1].encode() in files["vi/law/x.html"]
    assert b'"/tre-em/vi/assets/stylesheets/a.' in files["vi/404.html"]
    assert renamed["vi/assets/fonts/f.woff2"].split("/")[-1].encode() in files[css]
    assert files["vi/assets/stylesheets/a.css"] == files[css]  # the original still works


def test_meta_fallback_goes_first_in_head() -> None:
    page = b'<html><head><meta charset="utf-8"><script src="x.js"></script>'
    out = _insert_meta(page, '<meta http-equiv="Content-Security-Policy" content="x">')
    assert out.index(b"Content-Security-Policy") < out.index(b"x.js")


# --- the releases -------------------------------------------------------------------

def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_web_release_precompresses_text_only_where_smaller(dist_subpath: Path) -> None:
    web = dist_subpath / "web"
    policy = load_policy()
    text = [p for p in _files(web) if policy.compressible(p.name)]
    assert len(text) > 100
    with_br = 0
    for path in text:
        raw = path.read_bytes()
        for suffix, decode in ((".br", brotli.decompress), (".gz", gzip.decompress)):
            copy = path.with_name(path.name + suffix)
            if copy.exists():
                assert copy.stat().st_size < len(raw), copy
                assert decode(copy.read_bytes()) == raw, copy
                with_br += suffix == ".br"
    assert with_br > 0.9 * len(text)
    assert (web / "vi" / "index.html.br").exists() and (web / "vi" / "index.html.gz").exists()
    for binary in [p for p in _files(web) if p.suffix in (".png", ".pdf", ".woff2")]:
        assert not binary.with_name(binary.name + ".br").exists(), binary


def test_web_release_pages_link_hashed_assets_that_exist(dist_subpath: Path) -> None:
    web = dist_subpath / "web"
    policy = load_policy()
    for lang in LANGUAGES:
        page = (web / lang / "law" / "index.html").read_text(encoding="utf-8")
        refs = re.findall(r'(?:href|src)="(\.\./assets/[^"]+)"', page)
        assert refs
        for ref in refs:
            target = (web / lang / "law" / ref).resolve()
            assert target.is_file(), ref
            url_path = "/tre-em/" + target.relative_to(web.resolve()).as_posix()
            assert policy.is_immutable(url_path), ref


def test_no_inline_script_is_left_in_any_page(dist_subpath: Path) -> None:
    """Material's inline scripts are files now (overrides/partials/javascripts/): the CSP
    needs no script hash. A new inline script anywhere fails here, naming the page."""
    pages = [(p.relative_to(dist_subpath).as_posix(), p.read_text(encoding="utf-8"))
             for p in (dist_subpath / "web").rglob("*.html")]
    assert len(pages) > 90
    assert scan(pages).scripts == ()


def test_robots_sitemaps_and_host_configs_carry_the_real_address(dist_subpath: Path) -> None:
    web, server = dist_subpath / "web", dist_subpath / "server"
    assert f"Sitemap: {PUBLIC_SUBPATH}sitemap.xml" in (web / "robots.txt").read_text()
    index = (web / "sitemap.xml").read_text()
    assert f"<loc>{PUBLIC_SUBPATH}vi/sitemap.xml</loc>" in index
    for lang in LANGUAGES:
        locs = re.findall(r"<loc>([^<]+)</loc>", (web / lang / "sitemap.xml").read_text())
        assert locs and all(loc.startswith(f"{PUBLIC_SUBPATH}{lang}/") for loc in locs)
    for path in _files(web):
        if path.suffix in (".html", ".xml", ".ics"):
            assert PLACEHOLDER.rstrip("/") not in path.read_text(encoding="utf-8"), path
    policy = load_policy()
    headers = (web / "_headers").read_text()
    assert "/tre-em/*\n  Content-Security-Policy: default-src 'self'" in headers
    nginx = (server / "nginx" / "portal.conf").read_text()
    caddy = (server / "caddy" / "portal.caddy").read_text()
    for name, value in policy.security.items():
        assert f"{name}: {value}" in headers
        assert f'add_header {name} "{value}" always;' in nginx
        assert f'{name} "{value}"' in caddy
    assert "error_page 404 /tre-em/404.html;" in nginx
    assert "rewrite * /tre-em/404.html" in caddy
    assert (web / "404.html").read_bytes() == (web / "vi" / "404.html").read_bytes()
    meta = (server / "csp-meta.html").read_text()
    assert "frame-ancestors" not in meta and 'http-equiv="Content-Security-Policy"' in meta


def test_usb_release_is_plain_files_with_relative_links_and_a_readme(dist_subpath: Path) -> None:
    usb = dist_subpath / "usb"
    files = _files(usb)
    assert not [p for p in files if p.suffix in (".br", ".gz")]
    assert (usb / "index.html").is_file() and not (usb / "_headers").exists()
    readme = (usb / USB_README).read_bytes()
    assert readme.startswith(b"\xef\xbb\xbf") and b"\r\n" in readme
    text = readme.decode("utf-8-sig")
    assert "index.html" in text and "ĐỌC TÔI" in text and "README" in text
    assert PUBLIC_SUBPATH in text
    # The web release preloads the fonts; from a folder a preload is a console error.
    assert 'rel="preload"' in (dist_subpath / "web" / "vi" / "index.html").read_text("utf-8")
    for page in usb.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'rel="preload"' not in html, page
        rooted = re.findall(r'(?:href|src)="(/[^"]*)"', html)
        assert not rooted, f"{page}: {rooted[:3]}"
        for ref in map(unescape, re.findall(r'(?:href|src)="([^"]+)"', html)):
            ref = ref.split("#", 1)[0].split("?", 1)[0]
            if ref and not re.match(r"^[a-z][a-z0-9+.-]*:", ref):
                assert (page.parent / unquote(ref)).exists(), f"{page}: {ref}"


def test_releases_are_readable_by_a_web_server_user(dist_subpath: Path) -> None:
    for path in [dist_subpath / "web", dist_subpath / "usb", *dist_subpath.glob("*.zip"),
                 dist_subpath / "web" / "vi" / "index.html"]:
        assert path.stat().st_mode & 0o004, path


def test_dated_zips_hold_each_release(dist_subpath: Path) -> None:
    for kind in ("web", "usb"):
        archive = dist_subpath / f"portal-{kind}-{TEST_TODAY}.zip"
        with zipfile.ZipFile(archive) as zf:
            names = set(zf.namelist())
        on_disk = {p.relative_to(dist_subpath / kind).as_posix()
                   for p in _files(dist_subpath / kind) if p.name != ".generated-by-portal"}
        assert names == on_disk
