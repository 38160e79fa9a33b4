"""What every section shares: the environment, timed subprocess builds, temp folders and
moving the developer's .cache/ aside (builds must start cold without destroying it)."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scripts.paths import CACHE, ROOT

# Reproducible builds: a fixed "today" (past/upcoming events) and no MkDocs 2 banner.
BENCH_ENV = {"NO_MKDOCS_2_WARNING": "1", "PORTAL_TODAY": "2026-11-23"}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
RUSAGE_WRAPPER = [sys.executable, "-m", "scripts.bench.rusage"]


class SectionError(RuntimeError):
    """A section could not measure what it should (the feature may not exist yet)."""


@dataclass
class Context:
    """Options and shared state of one bench run."""

    runs: int = 3
    quick: bool = False
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="portal-bench-")))
    # The campaigns every full build uses: a temp copy of campaigns/ (edited by the
    # "one campaign changed" run, never the real folder).
    campaigns_dir: Path | None = None
    campaigns_note: str = ""
    engine: str = "mkdocs"  # the engine of every full build (scripts/engines/<engine>)
    _site: Path | None = None

    def env(self, **extra: str) -> dict[str, str]:
        env = {**os.environ, **BENCH_ENV}
        if self.campaigns_dir is not None:
            env["PORTAL_CAMPAIGNS_DIR"] = str(self.campaigns_dir)
        env.update(extra)
        return env


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


@dataclass
class Run:
    """One measured subprocess: wall time, peak RSS, output."""

    seconds: float
    max_rss_mb: float  # largest single process (getrusage of the children)
    tree_rss_mb: float  # sampled sum over the process tree (parallel builds add up)
    returncode: int
    output: str

    def as_dict(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 3), "max_rss_mb": round(self.max_rss_mb, 1),
                "tree_rss_mb": round(self.tree_rss_mb, 1), "returncode": self.returncode}


def run_measured(cmd: list[str], env: dict[str, str], cwd: Path = ROOT,
                 timeout: float = 3600) -> Run:
    """Run `cmd` under scripts.bench.rusage (a fresh process, so its children's rusage
    is this command's alone) and return wall time and memory."""
    report = Path(tempfile.mkstemp(prefix="rusage-", suffix=".json")[1])
    try:
        proc = subprocess.run([*RUSAGE_WRAPPER, str(report), "--", *cmd], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=timeout)
        data = json.loads(report.read_text() or "{}")
    finally:
        report.unlink(missing_ok=True)
    return Run(seconds=data.get("seconds", float("nan")),
               max_rss_mb=data.get("max_rss_kb", 0) / 1024,
               tree_rss_mb=data.get("tree_rss_kb", 0) / 1024,
               returncode=proc.returncode, output=proc.stdout + proc.stderr)


def build_site(out: Path, env: dict[str, str], engine: str = "mkdocs") -> Run:
    """Our full build (both languages in parallel, campaigns, leaflets) into `out`."""
    run = run_measured([sys.executable, "-m", "scripts.build_site", "--out", str(out),
                        "--engine", engine], env)
    if run.returncode != 0:
        raise SectionError(f"scripts.build_site failed:\n{tail(run.output)}")
    return run


def tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def clear_cache() -> None:
    """Remove the build cache (only ever called while the developer's is moved aside)."""
    shutil.rmtree(CACHE, ignore_errors=True)


@contextmanager
def developer_cache_aside(work: Path) -> Iterator[Path | None]:
    """Move ROOT/.cache into the bench's temp folder and put it back afterwards, so the
    bench can start builds cold without destroying a developer's leaflet cache."""
    aside = work / "developer-cache"
    moved = False
    if CACHE.exists():
        shutil.move(str(CACHE), str(aside))
        moved = True
        print(f"(your .cache/ is moved to {aside} during the bench; it is restored at the end)")
    try:
        yield aside if moved else None
    finally:
        shutil.rmtree(CACHE, ignore_errors=True)
        if moved:
            shutil.move(str(aside), str(CACHE))


def count_files(folder: Path, suffix: str) -> int:
    return sum(1 for _ in folder.rglob(f"*{suffix}")) if folder.is_dir() else 0


def machine() -> dict[str, Any]:
    """The header of the report: what the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "chromium": _version([CHROMIUM, "--version"]),
        "node": _version(["node", "--version"]),
        "mkdocs": _package_version("mkdocs"),
        "mkdocs_material": _package_version("mkdocs-material"),
        "weasyprint": _package_version("weasyprint"),
        "git": _version(["git", "-C", str(ROOT), "describe", "--always", "--dirty"]),
        # Other work on the machine makes every figure noisier: say how busy it was.
        "loadavg_at_start": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg")
        else None,
        # Set, every process compiles its imports again: all builds are slower.
        "pythondontwritebytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }


def _version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return out.stdout.strip() or out.stderr.strip() or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result
