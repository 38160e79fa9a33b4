"""Lighthouse (mobile preset, the default form factor) on four page types against the
local server: median score per category over the runs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from scripts.bench.browser import page_types, site
from scripts.bench.common import CHROMIUM, Context, SectionError, median, tail
from scripts.bench.server import Server
from scripts.paths import ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TYPES = ("home", "law", "checker", "campaign")


def lighthouse(url: str, work: Path) -> dict[str, Any]:
    report = work / "lighthouse.json"
    proc = subprocess.run(
        [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
         "--chrome-flags=--headless --no-sandbox --disable-gpu",
         f"--only-categories={','.join(CATEGORIES)}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        timeout=300,
    )
    if proc.returncode != 0 or not report.is_file():
        raise SectionError(f"lighthouse failed on {url}:\n{tail(proc.stdout + proc.stderr)}")
    data = json.loads(report.read_text(encoding="utf-8"))
    report.unlink()
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    # What cost points: audits that failed with a weight in some category.
    weighted = {ref["id"] for c in CATEGORIES for ref in data["categories"][c]["auditRefs"]
                if ref.get("weight")}
    failing = sorted(a for a, audit in data["audits"].items()
                     if a in weighted and audit.get("score") is not None
                     and audit["score"] < 0.9)
    metrics = {k: data["audits"][k].get("numericValue") for k in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift", "speed-index") if k in data["audits"]}
    return {"scores": scores, "failing_audits": failing, "metrics": metrics,
            "version": data.get("lighthouseVersion")}


def run(ctx: Context) -> dict[str, Any]:
    if not LIGHTHOUSE.exists():
        raise SectionError("node_modules/.bin/lighthouse is missing: run `npm ci`")
    root = site(ctx)
    types = page_types(root)
    result: dict[str, Any] = {}
    with Server(root) as base:
        for kind in TYPES:
            if not types.get(kind):
                result[kind] = {"error": f"no {kind} page in the site"}
                continue
            page = types[kind][0]
            runs = [lighthouse(base + page, ctx.work) for _ in range(ctx.runs)]
            result[kind] = {
                "page": page,
                "median": {c: median([r["scores"][c] for r in runs]) for c in CATEGORIES},
                "failing_audits": sorted({a for r in runs for a in r["failing_audits"]}),
                "metrics_median": {m: round(median([r["metrics"][m] for r in runs]), 3)
                                   for m in runs[0]["metrics"]},
                "version": runs[0]["version"],
                "runs": [r["scores"] for r in runs],
            }
    if not any("median" in v for v in result.values()):
        raise SectionError("no page type to audit")
    return result
