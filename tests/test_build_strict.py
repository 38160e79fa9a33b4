"""The real MkDocs pipeline, on a throwaway copy of the project: what must fail, fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import ROOT
from tests import own_code

# Builds (MkDocs or WeasyPrint) by itself: not a `unit` test (tests/conftest.py).
pytestmark = pytest.mark.build

COPIED = ["mkdocs.yml", "mkdocs.en.yml", "docs", "overrides", "campaigns"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name)
        elif src.exists():
            shutil.copy2(src, tmp_path / name)
    return tmp_path


def mkdocs_build(project: Path, config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    env = own_code.env(PORTAL_TODAY="2026-11-23")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config,
         "-d", str(project / "out")],
        cwd=project, env=env, capture_output=True, text=True,
    )


def test_the_unchanged_copy_builds(project: Path):
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr


def test_a_broken_internal_link_fails_the_build(project: Path):
    page = project / "docs" / "vi" / "report.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[hỏng](khong-co-trang-nay.md)\n",
                    encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "khong-co-trang-nay.md" in result.stderr


def test_a_broken_anchor_fails_the_build(project: Path):
    page = project / "docs" / "en" / "report.md"
    broken = "\n[x](law/minor-workers.md#no-such-anchor)\n"
    page.write_text(page.read_text(encoding="utf-8") + broken, encoding="utf-8")
    result = mkdocs_build(project, "mkdocs.en.yml")
    assert result.returncode != 0
    assert "no-such-anchor" in result.stderr


def test_the_build_runner_fails_on_a_broken_anchor(project: Path, monkeypatch) -> None:
    # `make build` runs MkDocs through scripts/engines/mkdocs/runner.py. It passed
    # `--quiet`, which hides warnings from strict mode: a dead anchor built silently.
    from scripts.engines import EngineFailed
    from scripts.engines.mkdocs.runner import run_build

    for name, value in own_code.env(PORTAL_TODAY="2026-11-23").items():
        monkeypatch.setenv(name, value)
    page = project / "docs" / "en" / "report.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[x](glossary.md#no-such-anchor)\n",
                    encoding="utf-8")
    with pytest.raises(EngineFailed) as failed:
        run_build("mkdocs", "en", project / "out", ("vi", "en"), root=project)
    told = str(failed.value)
    assert "glossary.md#no-such-anchor" in told and "strict mode" in told
    assert "INFO" not in told  # progress lines are left out


def test_a_page_missing_in_one_language_fails_the_build(project: Path):
    extra = project / "docs" / "vi" / "only-vietnamese.md"
    extra.write_text("# Chỉ tiếng Việt\n", encoding="utf-8")
    result = mkdocs_build(project, "mkdocs.en.yml")
    assert result.returncode != 0
    assert "docs/vi/only-vietnamese.md has no en version" in result.stderr


def test_a_pending_translation_shows_a_notice_linking_the_original(project: Path):
    (project / "docs" / "vi" / "moi.md").write_text(
        "---\ntranslation: pending\n---\n\n# Trang mới\n\nNội dung.\n", encoding="utf-8"
    )
    nav = project / "docs" / "data" / "nav.yml"
    nav.write_text(nav.read_text(encoding="utf-8") + "- moi.md\n", encoding="utf-8")
    result = mkdocs_build(project, "mkdocs.en.yml")
    assert result.returncode == 0, result.stderr
    html = (project / "out" / "moi.html").read_text(encoding="utf-8")
    assert "This page is not translated yet" in html
    assert 'href="../vi/moi.html"' in html and 'lang="vi"' in html
