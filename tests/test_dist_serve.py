"""The web release behind real servers: Debian's nginx (and Caddy) with the shipped
configs, on a localhost port. Headers, negotiation, revalidation, 404, the CDN rules."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import brotli
import pytest

from scripts.dist.check import run as check_site
from scripts.dist.policy import load_policy
from scripts.paths import ROOT
from tests.conftest import PUBLIC_HOSTROOT, PUBLIC_SUBPATH
from tests.servers import caddy, fetch

POLICY = load_policy()
BR = {"Accept-Encoding": "br, gzip"}


def _one_hashed(web: Path, pattern: str) -> str:
    found = sorted(p for p in web.glob(pattern) if POLICY.is_immutable("/assets/" + p.name))
    assert found, pattern
    return found[0].relative_to(web).as_posix()


def _assert_security_headers(headers, url: str) -> None:
    csp = headers.get("Content-Security-Policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ") if d}
    assert directives.get("default-src") == ["'self'"], url
    assert "'unsafe-inline'" not in directives["script-src"], url
    assert directives["frame-ancestors"] == ["'none'"] and directives["base-uri"] == ["'none'"]
    assert directives["form-action"] == ["'self'"] and directives["worker-src"] == ["'self'"]
    for name, value in POLICY.security.items():
        assert headers.get_all(name) == [value], (url, name)


def _assert_cdn_headers(headers, url: str, path: str) -> None:
    assert headers.get_all("Cache-Control") == [POLICY.cache_control(path)], url
    assert headers.get("ETag") or headers.get("Last-Modified"), url
    assert headers.get_all("Vary") == ["Accept-Encoding"], url


@pytest.mark.parametrize("kind", ["html", "asset", "search"])
def test_security_and_cache_headers(nginx_subpath: str, dist_subpath: Path, kind: str) -> None:
    web = dist_subpath / "web"
    path = {"html": "vi/law/index.html",
            "asset": _one_hashed(web, "vi/assets/stylesheets/portal.*.css"),
            "search": "vi/search/search_index.json"}[kind]
    status, headers, _ = fetch(nginx_subpath + path, headers=BR)
    assert status == 200
    _assert_security_headers(headers, path)
    _assert_cdn_headers(headers, path, "/tre-em/" + path)
    expected = {"html": "no-cache", "asset": "public, max-age=31536000, immutable",
                "search": "no-cache"}[kind]
    assert headers["Cache-Control"] == expected
    assert headers["Content-Type"].endswith("charset=utf-8")


@pytest.mark.parametrize("path", ["vi/index.html", "en/checker.html",
                                  "vi/search/search_index.json"])
def test_brotli_and_gzip_negotiated_from_the_precompressed_files(
        nginx_subpath: str, dist_subpath: Path, path: str) -> None:
    raw = (dist_subpath / "web" / path).read_bytes()
    status, headers, body = fetch(nginx_subpath + path, headers=BR)
    assert (status, headers["Content-Encoding"]) == (200, "br")
    assert brotli.decompress(body) == raw
    assert len(body) == (dist_subpath / "web" / f"{path}.br").stat().st_size
    status, headers, body = fetch(nginx_subpath + path, headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == raw
    status, headers, body = fetch(nginx_subpath + path, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in headers and body == raw


@pytest.mark.parametrize("validator", ["If-None-Match", "If-Modified-Since"])
def test_revalidation_answers_304_with_the_same_headers(nginx_subpath: str,
                                                       validator: str) -> None:
    url = nginx_subpath + "vi/law/index.html"
    _, first, _ = fetch(url, headers=BR)
    value = first["ETag"] if validator == "If-None-Match" else first["Last-Modified"]
    status, headers, body = fetch(url, headers={**BR, validator: value})
    assert (status, body) == (304, b"")
    _assert_security_headers(headers, url)
    assert headers["Cache-Control"] == "no-cache"


def test_missing_page_is_the_sites_404_with_headers(nginx_subpath: str) -> None:
    for path in ("vi/no-such-page.html", "en/law/nope.html", "nope/"):
        status, headers, body = fetch(nginx_subpath + path, headers={"Accept-Encoding": "br"})
        text = (brotli.decompress(body) if headers.get("Content-Encoding") == "br"
                else body).decode("utf-8")
        assert status == 404 and 'class="md-header' in text and "404" in text
        _assert_security_headers(headers, path)
    # Hidden files and the host config are not served.
    for path in (".generated-by-portal", "_headers"):
        assert fetch(nginx_subpath + path)[0] == 404


def test_calendars_are_text_calendar(nginx_subpath: str) -> None:
    status, headers, body = fetch(nginx_subpath + "vi/campaigns/all-events.ics")
    assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.startswith(b"BEGIN:VCALENDAR")


def test_every_response_carries_what_a_cdn_needs(nginx_subpath: str, dist_subpath: Path) -> None:
    """Each file of the release: Cache-Control as the policy says, a validator, Vary."""
    web = dist_subpath / "web"
    paths = [p.relative_to(web).as_posix() for p in web.rglob("*") if p.is_file()
             and not p.name.startswith(".") and p.suffix not in (".br", ".gz")
             and p.name != "_headers"]
    assert len(paths) > 250
    for path in paths:
        status, headers, _ = fetch(nginx_subpath + path, headers=BR)
        assert status == 200, path
        _assert_cdn_headers(headers, path, "/tre-em/" + path)
    immutable = [p for p in paths if POLICY.is_immutable("/tre-em/" + p)]
    assert len(immutable) > 30  # Material's and ours (fonts, stylesheets, scripts)


def test_sub_path_release_lives_only_under_its_prefix(nginx_subpath: str) -> None:
    base = nginx_subpath.removesuffix("tre-em/")
    assert fetch(base + "vi/index.html")[0] == 404
    status, headers, _ = fetch(base + "tre-em")
    assert status == 301 and headers["Location"] == "/tre-em/"
    status, _, body = fetch(nginx_subpath)
    assert status == 200 and b'url=vi/index.html' in body


def test_host_root_release(nginx_hostroot: str, dist_hostroot: Path) -> None:
    web = dist_hostroot / "web"
    assert f"Sitemap: {PUBLIC_HOSTROOT}sitemap.xml" in (web / "robots.txt").read_text()
    status, headers, body = fetch(nginx_hostroot + "en/law/index.html", headers=BR)
    assert status == 200 and headers["Content-Encoding"] == "br"
    _assert_security_headers(headers, "en/law/index.html")
    page = brotli.decompress(body).decode("utf-8")
    css = re.search(r'href="\.\./assets/stylesheets/(portal\.[0-9a-f]{10}\.css)"', page).group(1)
    status, headers, _ = fetch(nginx_hostroot + f"en/assets/stylesheets/{css}")
    assert status == 200 and headers["Cache-Control"] == POLICY.immutable
    status, _, body = fetch(nginx_hostroot + "missing.html")
    assert status == 404 and b'href="/vi/assets/stylesheets/portal.' in body


def test_check_dist_passes_on_the_shipped_config(nginx_subpath: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scripts.dist.check", nginx_subpath, "--allow-http",
         "--site-root", PUBLIC_SUBPATH], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "OK:" in proc.stdout and "PROBLEM" not in proc.stdout


def test_check_dist_reports_what_a_plain_server_gets_wrong(site_url: str) -> None:
    """The test suite's plain Python server: no headers, no compression, no 404 page."""
    report = check_site(site_url, public=PUBLIC_SUBPATH)
    problems = "\n".join(report.problems)
    for expected in ("is not https", "no Content-Security-Policy header",
                     "X-Content-Type-Options is 'missing'", "Content-Encoding 'none'",
                     "Cache-Control is 'missing'", "not the site's 404 page", "Vary"):
        assert expected in problems, problems


def test_caddy_serves_the_same_headers(dist_subpath: Path, tmp_path: Path) -> None:
    web = dist_subpath / "web"
    asset = _one_hashed(web, "vi/assets/javascripts/checker.*.js")
    with caddy(web, dist_subpath / "server", "/tre-em/", tmp_path) as base:
        for path, cache in (("vi/index.html", "no-cache"), (asset, POLICY.immutable)):
            status, headers, body = fetch(base + path, headers=BR)
            assert (status, headers["Content-Encoding"]) == (200, "br")
            assert brotli.decompress(body) == (web / path).read_bytes()
            _assert_security_headers(headers, path)
            assert headers["Cache-Control"] == cache and headers["Vary"] == "Accept-Encoding"
        status, headers, body = fetch(base + "vi/nope.html")
        assert status == 404 and b"md-header" in body
        _assert_security_headers(headers, "404")
        assert fetch(base + "_headers")[0] == 404
