"""Build time and peak memory against the number of events (synthetic campaigns).

Shape: 10 events per campaign and 1, 10, 100 campaigns (10, 100, 1000 events). A
province grows by adding campaigns, and every campaign adds its own pages, share image,
calendars and leaflets, so this grows all the generated content together (a fixed 5
campaigns with more events each would keep the PDF count flat and hide its cost).
"""

from __future__ import annotations

import gzip
import math
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scripts.bench import synthetic
from scripts.bench.build import touch_one_campaign
from scripts.bench.common import (
    Context,
    SectionError,
    build_site,
    clear_cache,
    count_files,
    median,
    run_measured,
    tail,
)
from scripts.output.generate import SKIP_ENV
from scripts.paths import ROOT

EVENTS_PER_CAMPAIGN = 10
CAMPAIGNS = (1, 10, 100)
CAMPAIGNS_QUICK = (1, 4, 10)


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """Slope of log(time) against log(size) by least squares: 1.0 is linear growth."""
    if len(sizes) != len(times) or len(sizes) < 2:
        raise ValueError("need at least two (size, time) points")
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        raise ValueError("sizes must differ")
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def leaflets_switch() -> tuple[str, str]:
    """(env var, value) that builds the pages without the leaflets."""
    return SKIP_ENV, "leaflets"


def validate_cli(folder: Path, env: dict[str, str]) -> str:
    """The documented check (`python -m scripts.campaigns validate DIR`) must accept
    the synthetic files: they stand for real editors' files."""
    proc = subprocess.run([sys.executable, "-m", "scripts.campaigns", "validate", str(folder)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SectionError(f"synthetic campaigns are not valid:\n{tail(proc.stdout + proc.stderr)}")
    return (proc.stdout.strip().splitlines() or [""])[-1]


def _measure(ctx: Context, folder: Path, out: Path, extra: dict[str, str]) -> list[dict]:
    runs = []
    for _ in range(ctx.runs):
        clear_cache()  # cold each time: a new content set has no cached leaflets
        shutil.rmtree(out.parent, ignore_errors=True)
        out.parent.mkdir(parents=True)
        result = build_site(out, ctx.env(PORTAL_CAMPAIGNS_DIR=str(folder), **extra), ctx.engine)
        runs.append(result.as_dict() | {"pdfs": count_files(out, ".pdf"),
                                        "html_pages": count_files(out, ".html")})
    return runs


def after_largest(ctx: Context, folder: Path, out: Path, extra: dict[str, str]
                  ) -> dict[str, Any]:
    """On the largest set's pages-only site, still on disk: the search index each reader
    downloads (gzip), and a rebuild after an editor changes one campaign."""
    index = {}
    for lang_dir in sorted(p for p in out.iterdir() if p.is_dir()):
        # Material's full index (fetched when search opens), or Zensical's search.json
        for name in ("search/search_index.full.js", "search.json"):
            full = lang_dir / name
            if full.is_file():
                index[lang_dir.name] = len(gzip.compress(full.read_bytes(), 9))
                break
    times = []
    for i in range(ctx.runs):
        touch_one_campaign(folder, i)
        env = ctx.env(PORTAL_CAMPAIGNS_DIR=str(folder), **extra)
        times.append(build_site(out, env, ctx.engine).seconds)
    return {"index_gzip_bytes": index,
            "one_campaign_changed_seconds": round(median(times), 3) if times else None}


def leaflets_alone(ctx: Context, folder: Path) -> dict[str, Any] | None:
    """The same set's leaflets through their own CLI (cold, private cache, one run): how
    much of the build is PDFs when no switch turns them off in the build."""
    if not (ROOT / "scripts" / "leaflets" / "__main__.py").is_file():
        return None
    work = folder.parent / "leaflets-alone"
    shutil.rmtree(work, ignore_errors=True)
    result = run_measured([sys.executable, "-m", "scripts.leaflets", "build", "--out",
                           str(work / "out"), "--cache", str(work / "cache")],
                          ctx.env(PORTAL_CAMPAIGNS_DIR=str(folder)))
    pdfs = count_files(work / "out", ".pdf")
    shutil.rmtree(work, ignore_errors=True)
    if result.returncode != 0:
        return {"error": tail(result.output, 5)}
    return {"seconds": round(result.seconds, 3), "pdfs": pdfs,
            "pdfs_per_second": round(pdfs / result.seconds, 2) if result.seconds else None}


def run(ctx: Context) -> dict[str, Any]:
    sizes = CAMPAIGNS_QUICK if ctx.quick else CAMPAIGNS
    switch = leaflets_switch()
    modes = {"with_leaflets": {}, "pages_only": {switch[0]: switch[1]}}
    points: list[dict[str, Any]] = []
    for campaigns in sizes:
        folder = ctx.work / "scaling" / f"c{campaigns}" / "campaigns"
        synthetic.generate(folder, campaigns, EVENTS_PER_CAMPAIGN)
        checked = validate_cli(folder, ctx.env())
        point: dict[str, Any] = {"campaigns": campaigns,
                                 "events": campaigns * EVENTS_PER_CAMPAIGN,
                                 "validate": checked}
        for mode, extra in modes.items():
            runs = _measure(ctx, folder, ctx.work / "scaling" / f"c{campaigns}" / "out" / "site",
                            extra)
            point[mode] = {
                "median_seconds": round(median([r["seconds"] for r in runs]), 3),
                "peak_tree_rss_mb": max(r["tree_rss_mb"] for r in runs),
                "peak_process_rss_mb": max(r["max_rss_mb"] for r in runs),
                "pdfs": runs[-1]["pdfs"],
                "html_pages": runs[-1]["html_pages"],
                "runs": runs,
            }
        if campaigns == sizes[-1]:
            point |= after_largest(ctx, folder, ctx.work / "scaling" / f"c{campaigns}" / "out"
                                   / "site", modes["pages_only"])
        shutil.rmtree(folder.parent / "out", ignore_errors=True)
        point["leaflets_alone"] = leaflets_alone(ctx, folder)
        points.append(point)
    result: dict[str, Any] = {
        "shape": f"{EVENTS_PER_CAMPAIGN} events per campaign, campaigns = {list(sizes)}",
        "leaflets_switch": f"{switch[0]}={switch[1]}",
        "points": points,
    }
    events = [p["events"] for p in points]
    for mode in modes:
        times = [p[mode]["median_seconds"] for p in points]
        result[f"exponent_{mode}"] = round(fit_exponent(events, times), 3)
        result[f"seconds_per_extra_event_{mode}"] = round(
            (times[-1] - times[0]) / (events[-1] - events[0]), 4)
        if mode == "pages_only" and points[-1][mode]["pdfs"]:
            result["leaflets_switch_note"] = "the switch did not stop the PDFs"
    return result
