"""Run MkDocs for one language: `mkdocs build --strict` with that language's config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scripts.paths import ROOT


class EngineFailed(RuntimeError):
    """One language's build failed; the message is the engine's own output."""


def config_file(lang: str, languages: tuple[str, ...]) -> Path:
    """mkdocs.yml for the first language, mkdocs.<lang>.yml (inheriting it) for the rest."""
    return ROOT / ("mkdocs.yml" if lang == languages[0] else f"mkdocs.{lang}.yml")


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Each build is a new process: without cached bytecode it compiles MkDocs, Material
    # and the library again every time (about a second on 2 cores).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
         "-f", str(config_file(lang, languages)), "-d", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise EngineFailed(f"The {lang} build failed:\n{log}")
    return log
