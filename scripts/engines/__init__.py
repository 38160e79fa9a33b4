"""Engine adapters: the only code that knows a site engine. One folder per engine; the
rest of `scripts/` is an engine-free library (tests/test_engine_free.py checks it).

Every engine folder has a `runner.py` with `build_language(lang, out, languages)`:
one language's strict build into `out`, returning the engine's log, raising
`EngineFailed` with that log when the build fails.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

# `mkdocs` is the default; `properdocs` (a maintained continuation of MkDocs 1.x)
# reads the same mkdocs*.yml and loads the same `portal` plugin. `zensical` (Material's
# successor) runs no MkDocs plugin: it renders the staged tree (scripts/output/stage.py).
ENGINES = ("mkdocs", "properdocs", "zensical")
DEFAULT_ENGINE = "mkdocs"

BuildLanguage = Callable[[str, Path, tuple[str, ...]], str]


class EngineFailed(RuntimeError):
    """One language's build failed; the message is the engine's own output."""


def language_builder(engine: str = DEFAULT_ENGINE) -> BuildLanguage:
    """The engine's `build_language`; imported only when that engine is chosen."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return importlib.import_module(f"scripts.engines.{engine}.runner").build_language
