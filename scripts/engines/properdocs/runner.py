"""Run ProperDocs for one language: `properdocs build --strict` with that language's
config (the same mkdocs.yml / mkdocs.<lang>.yml as the MkDocs runner)."""

from __future__ import annotations

from pathlib import Path

from scripts.engines.mkdocs.runner import run_build


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    return run_build("properdocs", lang, out, languages)
