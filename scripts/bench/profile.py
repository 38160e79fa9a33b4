"""cProfile of one language's MkDocs build of the largest synthetic set: where the time
goes, in our code (scripts/, overrides/) and overall."""

from __future__ import annotations

import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from scripts.bench import synthetic
from scripts.bench.common import Context, SectionError, clear_cache, tail
from scripts.bench.scaling import CAMPAIGNS, CAMPAIGNS_QUICK, EVENTS_PER_CAMPAIGN
from scripts.paths import ROOT

TOP = 15
OURS = (str(ROOT / "scripts"), str(ROOT / "overrides"))


def _label(key: tuple[str, int, str]) -> str:
    file, line, func = key
    if file.startswith(str(ROOT)):
        file = str(Path(file).relative_to(ROOT))
    elif "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    return f"{file}:{line}({func})" if line else f"{func}"


def top_entries(stats: pstats.Stats, ours_only: bool, n: int = TOP,
                key: str = "cumtime_s") -> list[dict[str, Any]]:
    rows = []
    for func, (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if ours_only and not func[0].startswith(OURS):
            continue
        rows.append({"function": _label(func), "calls": calls,
                     "tottime_s": round(tottime, 3), "cumtime_s": round(cumtime, 3)})
    rows.sort(key=lambda r: r[key], reverse=True)
    return rows[:n]


def run(ctx: Context) -> dict[str, Any]:
    campaigns = (CAMPAIGNS_QUICK if ctx.quick else CAMPAIGNS)[-1]
    folder = ctx.work / "profile" / "campaigns"
    shutil.rmtree(folder, ignore_errors=True)
    synthetic.generate(folder, campaigns, EVENTS_PER_CAMPAIGN)
    out = ctx.work / "profile" / "site"
    prof = ctx.work / "profile" / "prof.out"
    clear_cache()
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "mkdocs", "build",
         "--strict", "--quiet", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out / "vi")],
        cwd=ROOT, env=ctx.env(PORTAL_CAMPAIGNS_DIR=str(folder)), capture_output=True,
        text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or not prof.is_file():
        raise SectionError(f"profiled build failed:\n{tail(proc.stdout + proc.stderr)}")
    stats = pstats.Stats(str(prof))
    total = getattr(stats, "total_tt", 0.0)
    return {
        "build": f"vi only, {campaigns} campaigns x {EVENTS_PER_CAMPAIGN} events, cold cache",
        "seconds_under_profiler": round(seconds, 2),
        "profiled_total_s": round(total, 2),
        "note": "work done in worker processes (if any) is not in this profile",
        "ours": top_entries(stats, ours_only=True),
        "overall": top_entries(stats, ours_only=False),
        # Cumulative time overall is mostly the call chain (runpy, click, mkdocs.build);
        # own time shows where the CPU actually goes.
        "overall_tottime": top_entries(stats, ours_only=False, key="tottime_s"),
        "prof_file": str(prof),
    }


def format_profile(result: dict[str, Any]) -> str:
    lines = [f"Profile: {result['build']} ({result['seconds_under_profiler']} s under cProfile)"]
    for title, key in (("cumulative, our code (scripts/, overrides/)", "ours"),
                       ("cumulative, overall", "overall"),
                       ("own time, overall", "overall_tottime")):
        lines.append(f"  Top {TOP} {title}:")
        lines.append(f"    {'cum s':>8} {'tot s':>8} {'calls':>9}  function")
        for row in result[key]:
            lines.append(f"    {row['cumtime_s']:>8.2f} {row['tottime_s']:>8.2f} "
                         f"{row['calls']:>9}  {row['function']}")
    return "\n".join(lines)
