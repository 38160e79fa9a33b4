"""Shared fixtures: one real build of the whole site per test session, a local
HTTP server for it, and Debian's Chromium driven by Playwright.

A missing browser is an error, never a skip: CI must run the browser tests.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# Before scripts.* is imported (paths are read at import): the suite's caches (leaflet
# PDFs) live in a folder of its own, never in the repository's .cache/.
_OWN_CACHE = None if "PORTAL_CACHE_DIR" in os.environ else tempfile.mkdtemp(
    prefix="portal-test-cache-")
if _OWN_CACHE:
    os.environ["PORTAL_CACHE_DIR"] = _OWN_CACHE

from scripts.build_site import build  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Fixed "today" so past/upcoming campaign events are deterministic in tests.
TEST_TODAY = "2026-11-23"


# Tests by cost: `pytest -m unit` (no built site, no browser: seconds), `-m build`,
# `-m browser`. A test is `build` when it uses a built site, a release or a server;
# test files that build by themselves say so with `pytestmark = pytest.mark.build`.
BUILD_FIXTURES = {"built_site", "site_url", "site_builds", "dist_subpath", "dist_hostroot",
                  "nginx_subpath", "nginx_hostroot"}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _OWN_CACHE:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("browser") or item.get_closest_marker("build"):
            continue
        uses = set(getattr(item, "fixturenames", ()))
        item.add_marker(pytest.mark.build if uses & BUILD_FIXTURES else pytest.mark.unit)


# The shared checks (issue 17) carry `@pytest.mark.engines`: they run once on each engine's
# build. Every other test sees the MkDocs build only.
SHARED_ENGINES = ("mkdocs", "zensical")
# A prebuilt site per engine (built with PORTAL_TODAY=2026-11-23), else built here once.
SITE_DIR_ENV = {"mkdocs": "PORTAL_SITE_DIR", "zensical": "PORTAL_ZENSICAL_SITE_DIR"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("engines") and "site_engine" in metafunc.fixturenames:
        metafunc.parametrize("site_engine", SHARED_ENGINES, indirect=True, scope="session")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output readable
        pass


class SiteBuilds:
    """Each engine's site, built (or found) once per session, and one local server for
    each. The `built_site` and `site_url` fixtures look their engine's up here, so
    switching between engines costs nothing."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._sites: dict[str, Path] = {}
        self._servers: dict[str, ThreadingHTTPServer] = {}

    def site(self, engine: str) -> Path:
        if engine not in self._sites:
            given = os.environ.get(SITE_DIR_ENV.get(engine, ""))
            if given:
                self._sites[engine] = Path(given)
            else:
                os.environ.setdefault("PORTAL_TODAY", TEST_TODAY)
                out = self._tmp.mktemp(f"build-{engine}") / "site"
                build(out, engine=engine)
                self._sites[engine] = out
        return self._sites[engine]

    def url(self, engine: str) -> str:
        """http://127.0.0.1:<port>/ serving the engine's site."""
        if engine not in self._servers:
            handler = functools.partial(_QuietHandler, directory=str(self.site(engine)))
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers[engine] = server
        return f"http://127.0.0.1:{self._servers[engine].server_address[1]}/"

    def close(self) -> None:
        for server in self._servers.values():
            server.shutdown()


@pytest.fixture(scope="session")
def site_builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteBuilds]:
    builds = SiteBuilds(tmp_path_factory)
    yield builds
    builds.close()


@pytest.fixture(scope="session")
def site_engine(request: pytest.FixtureRequest) -> str:
    """The engine whose build `built_site` and `site_url` give: each of SHARED_ENGINES
    for a test marked `engines`, else MkDocs (the default engine)."""
    return getattr(request, "param", "mkdocs")


@pytest.fixture(scope="session")
def built_site(site_builds: SiteBuilds, site_engine: str) -> Path:
    """The whole site (vi/ and en/ and the root), built once with the real pipeline."""
    return site_builds.site(site_engine)


@pytest.fixture(scope="session")
def site_url(site_builds: SiteBuilds, site_engine: str) -> str:
    """http://127.0.0.1:<port>/ serving the built site."""
    return site_builds.url(site_engine)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright (its own browser download is not used)."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package "
            "(see README) or set CHROMIUM=/path/to/chromium", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    """A fresh browser tab (own context: no cache or storage shared between tests)."""
    context = browser.new_context(locale="vi-VN")
    if ("site_engine" in request.fixturenames
            and request.getfixturevalue("site_engine") == "zensical"):
        from tests.search_ui import ZENSICAL_SEARCH_LOG

        context.add_init_script(ZENSICAL_SEARCH_LOG)  # tests/search_ui.py waits on it
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture
def requests_log(page) -> list[str]:
    """Every URL the page requests, in order (attach before navigating)."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


# --- Releases (make dist) and the real servers that serve them ---------------------

PUBLIC_SUBPATH = "https://www.example.net/tre-em/"
PUBLIC_HOSTROOT = "https://www.example.net/"


def _make_dist(tmp_path_factory: pytest.TempPathFactory, site_root: str, env: str) -> Path:
    """`make dist` for `site_root` (its real entry point); $<env> reuses one made before."""
    given = os.environ.get(env)
    if given:
        return Path(given)
    from scripts.dist.__main__ import main as dist_main

    os.environ.setdefault("PORTAL_TODAY", TEST_TODAY)
    out = tmp_path_factory.mktemp("dist") / "dist"
    assert dist_main(["--site-root", site_root, "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def dist_subpath(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ made for https://www.example.net/tre-em/ (a site under a sub-path)."""
    return _make_dist(tmp_path_factory, PUBLIC_SUBPATH, "PORTAL_DIST_SUBPATH")


@pytest.fixture(scope="session")
def dist_hostroot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ made for https://www.example.net/ (a site at the host root)."""
    return _make_dist(tmp_path_factory, PUBLIC_HOSTROOT, "PORTAL_DIST_HOSTROOT")


@pytest.fixture(scope="session")
def nginx_subpath(dist_subpath: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Debian's nginx serving dist/web/ at /tre-em/ with the shipped config."""
    from tests.servers import nginx

    with nginx(dist_subpath / "web", dist_subpath / "server", "/tre-em/",
               tmp_path_factory.mktemp("nginx-subpath")) as base:
        yield base


@pytest.fixture(scope="session")
def nginx_hostroot(dist_hostroot: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Debian's nginx serving dist/web/ at the host root with the shipped config."""
    from tests.servers import nginx

    with nginx(dist_hostroot / "web", dist_hostroot / "server", "/",
               tmp_path_factory.mktemp("nginx-hostroot")) as base:
        yield base
