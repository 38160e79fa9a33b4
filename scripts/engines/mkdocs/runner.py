"""Run MkDocs for one language: `mkdocs build --strict` with that language's config."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.engines import run_engine
from scripts.paths import ROOT


def config_file(lang: str, languages: tuple[str, ...]) -> Path:
    """mkdocs.yml for the first language, mkdocs.<lang>.yml (inheriting it) for the rest."""
    return ROOT / ("mkdocs.yml" if lang == languages[0] else f"mkdocs.{lang}.yml")


def run_build(command: str, lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """`python -m <command> build --strict` for one language into `out`; returns the log.
    `command` is an engine that reads mkdocs*.yml (MkDocs, or a continuation of it)."""
    return run_engine(
        [sys.executable, "-m", command, "build", "--strict", "--quiet",
         "-f", str(config_file(lang, languages)), "-d", str(out)],
        lang, ROOT, {"NO_MKDOCS_2_WARNING": "1"})


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    return run_build("mkdocs", lang, out, languages)
