"""Check a published site: headers, compression, revalidation, 404, sitemaps.

    python -m scripts.dist.check https://www.example.net/tre-em/   (make check-dist URL=…)

Fetches the home page, both language homes, a hashed asset, the search index, the
robots.txt and sitemap, and a missing page; prints every problem with what to fix and
exits 1 if there is any. The expected values come from scripts/dist/headers.yml.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import brotli

from scripts.dist.policy import Policy, load_policy
from scripts.site.languages import LANGUAGES

REQUIRED_CSP = {
    "default-src": "'self'", "frame-ancestors": "'none'", "base-uri": "'none'",
    "form-action": "'self'", "worker-src": "'self'",
}


@dataclass
class Response:
    url: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str:
        return ", ".join(self.headers.get_all(name) or [])

    def text(self) -> str:
        encoding = self.header("Content-Encoding")
        data = self.body
        if encoding == "br":
            data = brotli.decompress(data)
        elif encoding == "gzip":
            data = gzip.decompress(data)
        return data.decode("utf-8", errors="replace")


Fetch = Callable[[str, dict[str, str]], Response]


def fetch(url: str, headers: dict[str, str]) -> Response:
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                     headers={"User-Agent": "portal-check-dist", **headers})
        resp = conn.getresponse()
        return Response(url, resp.status, resp.headers, resp.read())
    finally:
        conn.close()


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)

    def check(self, ok: bool, good: str, bad: str) -> bool:
        (self.passed if ok else self.problems).append(good if ok else bad)
        return ok


def _csp_problems(value: str) -> list[str]:
    directives = {d.split()[0]: d.split()[1:] for d in value.split(";") if d.strip()}
    out = []
    for name, source in REQUIRED_CSP.items():
        if source not in directives.get(name, []):
            out.append(f"{name} {source} missing")
    script = directives.get("script-src", directives.get("default-src", []))
    if "'unsafe-inline'" in script:
        out.append("script-src allows 'unsafe-inline'")
    return out


def check_headers(report: Report, resp: Response, policy: Policy, path: str) -> None:
    where = urlsplit(resp.url).path
    csp = resp.header("Content-Security-Policy")
    issues = _csp_problems(csp) if csp else ["no Content-Security-Policy header"]
    report.check(not issues, f"{where}: Content-Security-Policy",
                 f"{where}: CSP: {'; '.join(issues)} (use dist/server/ configs or _headers)")
    for name, value in policy.security.items():
        got = resp.header(name)
        report.check(got == value, f"{where}: {name}",
                     f"{where}: {name} is {got or 'missing'!r}, expected {value!r}")
    expected = policy.cache_control(path)
    report.check(resp.header("Cache-Control") == expected, f"{where}: Cache-Control",
                 f"{where}: Cache-Control is {resp.header('Cache-Control') or 'missing'!r}, "
                 f"expected {expected!r}")
    report.check(bool(resp.header("ETag") or resp.header("Last-Modified")),
                 f"{where}: validator (ETag/Last-Modified)",
                 f"{where}: neither ETag nor Last-Modified: caches cannot revalidate")
    report.check("accept-encoding" in resp.header("Vary").lower(), f"{where}: Vary",
                 f"{where}: no Vary: Accept-Encoding: a shared cache may serve brotli to a "
                 "browser that cannot read it")


def run(url: str, get: Fetch = fetch, policy: Policy | None = None, *,
        public: str | None = None, allow_http: bool = False) -> Report:
    """Check the site served at `url`, built for `public` (default: `url` itself)."""
    policy = policy or load_policy()
    base = url if url.endswith("/") else url + "/"
    public = public or base
    public = public if public.endswith("/") else public + "/"
    prefix = urlsplit(base).path
    report = Report()
    report.check(allow_http or base.startswith("https://"), "https",
                 f"{base} is not https: browsers ignore HSTS there and share links warn")
    compressed = {"Accept-Encoding": "br, gzip"}
    home = get(f"{base}{LANGUAGES[0]}/index.html", compressed)
    if not report.check(home.status == 200, "home page", f"{home.url}: HTTP {home.status}"):
        return report
    check_headers(report, home, policy, f"{prefix}{LANGUAGES[0]}/index.html")
    report.check(home.header("Content-Encoding") == "br", "brotli for pages",
                 f"{home.url}: Content-Encoding {home.header('Content-Encoding') or 'none'!r} "
                 "for a browser that accepts br (precompressed .br files not served)")
    gz = get(home.url, {"Accept-Encoding": "gzip"})
    report.check(gz.header("Content-Encoding") == "gzip", "gzip for pages",
                 f"{home.url}: no gzip for a browser that accepts only gzip")
    tag = home.header("ETag")
    validator = {"If-None-Match": tag} if tag else {
        "If-Modified-Since": home.header("Last-Modified")}
    again = get(home.url, {**compressed, **validator})
    report.check(again.status == 304, "304 on revalidation",
                 f"{home.url}: HTTP {again.status} on revalidation, expected 304")
    page = home.text()
    asset = next((m for m in re.findall(r'(?:href|src)="([^"]+)"', page)
                  if policy.is_immutable(urlsplit(urljoin(home.url, m)).path)), None)
    if report.check(asset is not None, "hashed assets linked", "no hashed asset on the home "
                    "page: was dist/web/ (not site/) published?"):
        resp = get(urljoin(home.url, asset), compressed)
        report.check(resp.status == 200, "hashed asset", f"{resp.url}: HTTP {resp.status}")
        check_headers(report, resp, policy, urlsplit(resp.url).path)
    for lang in LANGUAGES[1:]:
        other = get(f"{base}{lang}/index.html", compressed)
        report.check(other.status == 200, f"{lang} home", f"{other.url}: HTTP {other.status}")
    index = get(f"{base}{LANGUAGES[0]}/search/search_index.json", compressed)
    if report.check(index.status == 200, "search index", f"{index.url}: HTTP {index.status}"):
        check_headers(report, index, policy, f"{prefix}{LANGUAGES[0]}/search/search_index.json")
    sitemap = get(f"{base}sitemap.xml", compressed)
    report.check(sitemap.status == 200 and f"<loc>{public}" in sitemap.text(),
                 "sitemap with the public address",
                 f"{sitemap.url}: HTTP {sitemap.status} or it does not list {public}: rebuild "
                 f"with make dist SITE_ROOT={public}")
    robots = get(f"{base}robots.txt", {})
    report.check(robots.status == 200 and f"Sitemap: {public}sitemap.xml" in robots.text(),
                 "robots.txt", f"{robots.url}: missing or without the Sitemap line")
    missing = get(f"{base}{LANGUAGES[0]}/no-such-page-check-dist.html", compressed)
    report.check(missing.status == 404, "404 status",
                 f"{missing.url}: HTTP {missing.status} for a missing page, expected 404")
    report.check("md-header" in missing.text(), "404 page",
                 f"{missing.url}: not the site's 404 page (wire 404.html: README 'Publishing')")
    if missing.status == 404:
        check_headers(report, missing, policy, f"{prefix}404.html")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the published address, e.g. https://www.example.net/tre-em/")
    parser.add_argument("--site-root", help="the address the release was made for, when it "
                        "differs from URL (checking a local test server before publishing)")
    parser.add_argument("--allow-http", action="store_true",
                        help="do not report plain http (a local test server)")
    args = parser.parse_args(argv)
    try:
        report = run(args.url, public=args.site_root, allow_http=args.allow_http)
    except (OSError, http.client.HTTPException) as err:
        print(f"check-dist: cannot reach {args.url}: {err}", file=sys.stderr)
        return 2
    print(f"{len(report.passed)} checks passed")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if report.problems:
        print(f"{len(report.problems)} problems: see README 'Publishing'")
        return 1
    print("OK: headers, compression, caching, 404 and sitemap as dist/server/ configures them")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
