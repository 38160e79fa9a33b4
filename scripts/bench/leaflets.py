"""Leaflets: PDFs per second from an empty cache, and how many are re-rendered when
nothing changed (must be 0: the cache key covers everything a PDF depends on)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts.bench.build import prepare_campaigns
from scripts.bench.common import Context, SectionError, clear_cache, median, run_measured, tail
from scripts.paths import CACHE, ROOT

# "3 rendered", "rendered: 3", "3 re-rendered", "re-rendered 0 PDFs", "0 PDF(s) rendered"
_COUNT_RES = (
    re.compile(r"(\d+)\s+(?:PDFs?\s*|PDF\(s\)\s*|leaflets?\s*|tệp\s*/\s*files?\s*)?"
               r"(?:re-?rendered|rendered|built|vẽ lại)", re.I),
    re.compile(r"(?:re-?rendered|rendered|vẽ lại)\D{0,20}?(\d+)", re.I),
)


def parse_rendered(output: str) -> tuple[int | None, str]:
    """The number of PDFs the CLI says it rendered, and the line it said it on."""
    for line in output.splitlines():
        if re.search(r"cache[ds]?\b|from cache|reused|bộ nhớ đệm", line, re.I) and not re.search(
                r"render", line, re.I):
            continue
        for pattern in _COUNT_RES:
            match = pattern.search(line)
            if match:
                return int(match.group(1)), line.strip()
    return None, ""


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*") if p.is_file()}


def _changed(before: dict, after: dict, suffix: str = "") -> int:
    return sum(1 for k, v in after.items() if k.endswith(suffix) and before.get(k) != v)


def _cli_has(option: str, env: dict[str, str]) -> bool:
    proc = subprocess.run([sys.executable, "-m", "scripts.leaflets", "build", "--help"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return option in proc.stdout


def run(ctx: Context) -> dict[str, Any]:
    prepare_campaigns(ctx)
    cmd = [sys.executable, "-m", "scripts.leaflets", "build"]
    out = ctx.work / "leaflets" / "out"
    # A private cache when the CLI takes one; else the project's (moved aside already).
    cache = CACHE
    if _cli_has("--cache", ctx.env()):
        cache = ctx.work / "leaflets" / "cache"
        cmd += ["--cache", str(cache)]
    cold = []
    pdfs = 0
    for _ in range(ctx.runs):
        clear_cache()
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        result = run_measured([*cmd, "--out", str(out)], ctx.env())
        if result.returncode != 0:
            raise SectionError(f"`python -m scripts.leaflets build` failed:\n"
                               f"{tail(result.output)}")
        pdfs = sum(1 for _ in out.rglob("*.pdf"))
        cold.append(result.as_dict() | {"pdfs": pdfs, "output": tail(result.output, 5)})
    if not pdfs:
        raise SectionError("the leaflets build wrote no PDF")
    # Nothing changed: same campaigns, warm cache, same output folder.
    cache_before, out_before = _snapshot(cache), _snapshot(out)
    again = run_measured([*cmd, "--out", str(out)], ctx.env())
    if again.returncode != 0:
        raise SectionError(f"second leaflets build failed:\n{tail(again.output)}")
    said, line = parse_rendered(again.output)
    cache_writes = _changed(cache_before, _snapshot(cache), "")
    out_writes = _changed(out_before, _snapshot(out), ".pdf")
    if said is not None:
        rerendered, how = said, f"CLI output: {line!r}"
    elif cache_before:
        rerendered, how = cache_writes, "files written into the leaflet cache by the second run"
    else:
        rerendered, how = out_writes, "PDFs rewritten in --out by the second run (no cache seen)"
    seconds = median([r["seconds"] for r in cold])
    return {
        "pdfs": pdfs,
        "cache": str(cache),
        "cold_median_seconds": round(seconds, 3),
        "pdfs_per_second": round(pdfs / seconds, 2),
        "warm_seconds": round(again.seconds, 3),
        "rerendered_unchanged": rerendered,
        "rerendered_how": how,
        "cache_pdf_writes_unchanged": cache_writes,
        "out_pdf_writes_unchanged": out_writes,
        "warm_output": tail(again.output, 5),
        "runs": cold,
    }
