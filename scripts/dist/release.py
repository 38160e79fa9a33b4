"""Make the two releases of the site for one public address.

    dist/web/     what a web server serves: hashed asset copies, .br/.gz beside text
                  files, robots.txt, a root 404.html and `_headers`
    dist/server/  nginx and Caddy configs and the <meta> CSP fallback for that address
    dist/usb/     the plain site for a USB stick: opened from the folder, no server
    dist/portal-web-<date>.zip, dist/portal-usb-<date>.zip
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scripts.atomic import write_bytes, write_tree
from scripts.dist.address import PublicAddress
from scripts.dist.compress import precompress
from scripts.dist.fingerprint import fingerprint
from scripts.dist.hostconf import render, server_configs
from scripts.dist.inline import scan
from scripts.dist.policy import Policy, load_policy
from scripts.engines import DEFAULT_ENGINE
from scripts.paths import ROOT
from scripts.site.languages import LANGUAGES
from scripts.sitefacts import load_site_facts, localized

MARKER = ".generated-by-portal"
USB_README = "ĐỌC TÔI - README.txt"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same release zips identically


class DistFailed(RuntimeError):
    """The site build failed; the message carries its output."""


@dataclass(frozen=True)
class Releases:
    web: dict[str, bytes]
    usb: dict[str, bytes]
    server: dict[str, bytes]
    policy: Policy
    sizes: dict[str, tuple[int, int, int]]


def build_site(address: PublicAddress, into: Path, engine: str = DEFAULT_ENGINE
               ) -> dict[str, bytes]:
    """The normal build (`python -m scripts.build_site`) with SITE_ROOT set; its files."""
    env = {**os.environ, "SITE_ROOT": address.url}
    proc = subprocess.run([sys.executable, "-m", "scripts.build_site", "--out", str(into),
                           "--engine", engine],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise DistFailed(f"The site build failed:\n{proc.stdout}{proc.stderr}")
    return {p.relative_to(into).as_posix(): p.read_bytes()
            for p in sorted(into.rglob("*")) if p.is_file() and p.name != MARKER}


def _insert_meta(page: bytes, meta: str) -> bytes:
    text = page.decode("utf-8")
    # Right after <meta charset>: a CSP in <meta> only covers what comes after it.
    text, count = re.subn(r"(<meta charset=\"?utf-8\"?>)", lambda m: m.group(1) + meta, text,
                          count=1, flags=re.I)
    if not count:
        text = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + meta, text, count=1, flags=re.I)
    return text.encode("utf-8")


def web_release(site: dict[str, bytes], address: PublicAddress, *,
                csp_meta: bool = False) -> tuple[dict[str, bytes], dict[str, bytes], Policy,
                                                  dict[str, tuple[int, int, int]]]:
    """(web files, server configs, the policy with this site's hashes, compression sizes)."""
    web = dict(site)
    # The host-level 404 (nginx error_page, Caddy handle_errors, Pages/Netlify by name):
    # the primary language's page, whose links are root-relative so work from any URL.
    web["404.html"] = site[f"{LANGUAGES[0]}/404.html"]
    web["robots.txt"] = render("robots.txt.j2", address=address).encode("utf-8")
    fingerprint(web, address.prefix)
    pages = [(p, web[p].decode("utf-8")) for p in sorted(web) if p.endswith(".html")]
    policy = load_policy().with_hashes(scan(pages))
    configs = server_configs(address, policy, immutable=sorted(
        p for p in web if policy.is_immutable(address.prefix + p)))
    if csp_meta:
        meta = configs["csp-meta.html"].strip()
        for path, _ in pages:
            web[path] = _insert_meta(web[path], meta)
    sizes = precompress(web, policy)
    web["_headers"] = configs.pop("_headers").encode("utf-8")
    return web, {k: v.encode("utf-8") for k, v in configs.items()}, policy, sizes


def usb_release(site: dict[str, bytes], address: PublicAddress, today: date) -> dict[str, bytes]:
    """The plain files: no compressed copies, no 404 pages (no server to show them)."""
    usb = {p: _without_font_preloads(b) if p.endswith(".html") else b
           for p, b in site.items()
           if not p.endswith((".gz", ".br")) and posixname(p) != "404.html"}
    extra = load_site_facts()
    text = render(
        "usb-readme.txt.j2", url=address.url, date=today.isoformat(),
        hotline=extra["hotline"]["number"],
        ward_vi=localized(extra["locality"]["ward"], "vi"),
        ward_en=localized(extra["locality"]["ward"], "en"),
    )
    # CRLF and a BOM: Windows Notepad then shows the Vietnamese letters correctly.
    usb[USB_README] = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return usb


# Exactly what overrides/main.html writes. From a folder (file://) Chromium refuses a
# crossorigin preload and logs a CORS error per font; the fonts still load from the CSS.
_FONT_PRELOAD = re.compile(
    rb'[ \t]*<link rel="preload" href="[^"<>]*\.woff2" as="font" type="font/woff2" '
    rb'crossorigin>\n?')


def _without_font_preloads(html: bytes) -> bytes:
    return _FONT_PRELOAD.sub(b"", html)


def posixname(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def make_releases(address: PublicAddress, today: date, *, csp_meta: bool = False,
                  engine: str = DEFAULT_ENGINE) -> Releases:
    with tempfile.TemporaryDirectory(prefix="portal-dist-") as tmp:
        site = build_site(address, Path(tmp) / "site", engine)
    web, server, policy, sizes = web_release(site, address, csp_meta=csp_meta)
    return Releases(web, usb_release(site, address, today), server, policy, sizes)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(files):
            info = zipfile.ZipInfo(path, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, files[path])
    return buffer.getvalue()


def write_releases(releases: Releases, out: Path, today: date) -> list[Path]:
    """Everything computed first; then each folder swapped in whole (atomic.write_tree)."""
    out.mkdir(parents=True, exist_ok=True)
    zips = {out / f"portal-web-{today.isoformat()}.zip": zip_bytes(releases.web),
            out / f"portal-usb-{today.isoformat()}.zip": zip_bytes(releases.usb)}
    for name, files in (("web", releases.web), ("usb", releases.usb),
                        ("server", releases.server)):
        write_tree(out / name, files)
        # write_tree's staging folder is private (mkdtemp: 0700); a web server running
        # as another user (www-data) must be able to read what is copied from here.
        (out / name).chmod(0o755)
    for path, data in zips.items():
        write_bytes(path, data)
        path.chmod(0o644)
    return [out / "web", out / "usb", out / "server", *zips]
