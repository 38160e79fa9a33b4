"""Run MkDocs for one language: `mkdocs build --strict` with that language's config."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.engines import run_engine, without_info
from scripts.paths import ROOT


def config_file(lang: str, languages: tuple[str, ...], root: Path = ROOT) -> Path:
    """mkdocs.yml for the first language, mkdocs.<lang>.yml (inheriting it) for the rest."""
    return root / ("mkdocs.yml" if lang == languages[0] else f"mkdocs.{lang}.yml")


def run_build(command: str, lang: str, out: Path, languages: tuple[str, ...],
              root: Path = ROOT) -> str:
    """`python -m <command> build --strict` for one language into `out`; returns the log.
    `command` is an engine that reads mkdocs*.yml (MkDocs, or a continuation of it).
    Never `--quiet`: it raises the log level above WARNING, so strict mode counts no
    warning and a broken link or anchor built without a word (seen 2026-12-04). Its
    INFO lines are dropped from the log instead."""
    log = run_engine(
        [sys.executable, "-m", command, "build", "--strict",
         "-f", str(config_file(lang, languages, root)), "-d", str(out)],
        lang, root, {"NO_MKDOCS_2_WARNING": "1"})
    return without_info(log)


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    return run_build("mkdocs", lang, out, languages)
