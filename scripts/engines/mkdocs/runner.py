"""Run MkDocs for one language: `mkdocs build --strict` with that language's config."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, time
from pathlib import Path

from scripts.campaigns.dates import today
from scripts.engines import EngineFailed
from scripts.paths import ROOT


def config_file(lang: str, languages: tuple[str, ...]) -> Path:
    """mkdocs.yml for the first language, mkdocs.<lang>.yml (inheriting it) for the rest."""
    return ROOT / ("mkdocs.yml" if lang == languages[0] else f"mkdocs.{lang}.yml")


def run_build(command: str, lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """`python -m <command> build --strict` for one language into `out`; returns the log.
    `command` is an engine that reads mkdocs*.yml (MkDocs, or a continuation of it)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Each build is a new process: without cached bytecode it compiles MkDocs, Material
    # and the library again every time (about a second on 2 cores).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # MkDocs stamps the build's clock time into sitemap.xml.gz (gzip's mtime): the build's
    # day instead, so the same sources give the same bytes on any day ($PORTAL_TODAY).
    env.setdefault("SOURCE_DATE_EPOCH", str(int(
        datetime.combine(today(), time(), tzinfo=UTC).timestamp())))
    proc = subprocess.run(
        [sys.executable, "-m", command, "build", "--strict", "--quiet",
         "-f", str(config_file(lang, languages)), "-d", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise EngineFailed(f"The {lang} build failed:\n{log}")
    return log


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    return run_build("mkdocs", lang, out, languages)
