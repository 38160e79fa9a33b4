"""Engine adapters: the only code that knows a site engine. One folder per engine; the
rest of `scripts/` is an engine-free library (tests/test_engine_free.py checks it).

Every engine folder has a `runner.py` with `build_language(lang, out, languages)`:
one language's strict build into `out`, returning the engine's log, raising
`EngineFailed` with that log when the build fails.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, time
from pathlib import Path

from scripts.campaigns.dates import today

# `mkdocs` is the default; `properdocs` (a maintained continuation of MkDocs 1.x)
# reads the same mkdocs*.yml and loads the same `portal` plugin. `zensical` (Material's
# successor) runs no MkDocs plugin: it renders the staged tree (scripts/output/stage.py).
ENGINES = ("mkdocs", "properdocs", "zensical")
DEFAULT_ENGINE = "mkdocs"

BuildLanguage = Callable[[str, Path, tuple[str, ...]], str]

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_FRAME = re.compile(r"^(  File |    )")
_INFO = re.compile(r"^INFO\s+-  ")  # MkDocs' progress lines: "INFO    -  Building ..."


class EngineFailed(RuntimeError):
    """One language's build failed; the message is the engine's own output."""


def language_builder(engine: str = DEFAULT_ENGINE) -> BuildLanguage:
    """The engine's `build_language`; imported only when that engine is chosen."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return importlib.import_module(f"scripts.engines.{engine}.runner").build_language


def run_engine(command: list[str], lang: str, cwd: Path,
               env: Mapping[str, str] | None = None) -> str:
    """An engine's build of one language in its own process; returns its log, raises
    EngineFailed with it when the build fails."""
    full = {**os.environ, **(env or {})}
    # Each build is a new process: without cached bytecode it compiles the engine, its
    # theme and the library again every time (about a second on 2 cores).
    full.pop("PYTHONDONTWRITEBYTECODE", None)
    full.setdefault("NO_COLOR", "1")  # the log is read in a terminal, a file or CI
    # Engines stamp the clock's time where they write one (MkDocs: sitemap.xml.gz's gzip
    # header): the build's day instead, so the same sources give the same bytes on any
    # day ($PORTAL_TODAY).
    full.setdefault("SOURCE_DATE_EPOCH", str(int(
        datetime.combine(today(), time(), tzinfo=UTC).timestamp())))
    proc = subprocess.run(command, cwd=cwd, env=full, capture_output=True, text=True)
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise EngineFailed(f"The {lang} build failed:\n{readable(log)}")
    return log


def readable(log: str) -> str:
    """An engine's log as an editor reads it: without colour codes and without the
    Python traceback an engine prints when it aborts (its last line, the reason, stays)."""
    kept: list[str] = []
    in_traceback = False
    for line in _ANSI.sub("", log).splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and (_FRAME.match(line) or not line.strip()
                             or set(line.strip()) <= set("^~")):
            continue
        in_traceback = False
        kept.append(line)
    return without_info("\n".join(kept))


def without_info(log: str) -> str:
    """The log without the engine's progress lines (warnings and errors stay)."""
    return "\n".join(line for line in log.splitlines() if not _INFO.match(line))
