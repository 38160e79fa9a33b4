"""Benchmark the portal: build time (cold, warm, against stock Material), growth with
content, leaflets, page weight, search latency and Lighthouse; prints a table and
writes it as JSON.

    python -m scripts.bench [--runs N] [--quick] [--out PATH] [--only S1,S2] [--profile]
                            [--engine mkdocs|properdocs|zensical]

A benchmark, not a test: figures are reported against targets, never asserted. A section
that cannot run (a feature not there yet) is recorded as an error and the others still
run; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import time
import traceback
from importlib import import_module
from pathlib import Path
from typing import Any

from scripts.bench.common import BENCH_ENV, Context, SectionError, developer_cache_aside, machine
from scripts.bench.report import format_table, missed, rows_for, write_json
from scripts.engines import DEFAULT_ENGINE, ENGINES
from scripts.paths import ROOT

# Build first: weight, search and Lighthouse reuse its site; the long runs come last.
SECTIONS = ("build", "weight", "search", "lighthouse", "leaflets", "scaling")
OPTIONAL = ("profile",)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per measurement, median reported (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke check: 1 run, smaller scaling sizes (10-100 events)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json",
                        help="JSON results (default: bench-results.json, git-ignored)")
    parser.add_argument("--only", default="",
                        help=f"comma-separated sections: {','.join(SECTIONS + OPTIONAL)}")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile one language's build of the largest scaling set")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                        help="the engine of our builds (the stock figure stays Material)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temp folder (builds, prof.out) and print where it is")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = sorted(set(chosen) - set(SECTIONS + OPTIONAL))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    if args.profile and "profile" not in chosen:
        chosen.append("profile")
    args.sections = chosen
    if args.runs is None:
        args.runs = 1 if args.quick else 3
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def _terminate(signum: int, frame: Any) -> None:
    # Turn SIGTERM into an exception so the developer's .cache/ is put back.
    raise KeyboardInterrupt(f"signal {signum}")


def run_sections(ctx: Context, names: list[str]) -> dict[str, dict[str, Any]]:
    sections: dict[str, dict[str, Any]] = {}
    for name in names:
        print(f"== {name} ...", flush=True)
        start = time.perf_counter()
        try:
            result = import_module(f"scripts.bench.{name}").run(ctx)
            sections[name] = {"result": result}
        except KeyboardInterrupt:
            raise
        except SectionError as exc:
            sections[name] = {"error": str(exc)}
        except Exception as exc:  # one broken section must not stop the others
            sections[name] = {"error": f"{type(exc).__name__}: {exc}",
                              "traceback": traceback.format_exc()}
        sections[name]["seconds"] = round(time.perf_counter() - start, 1)
        if hasattr(os, "getloadavg"):  # how busy the machine was (noise)
            sections[name]["loadavg_after"] = round(os.getloadavg()[0], 2)
        state = "error" if "error" in sections[name] else "done"
        print(f"   {state} in {sections[name]['seconds']} s", flush=True)
        if state == "error":
            print("   " + sections[name]["error"].strip().replace("\n", "\n   "), flush=True)
    return sections


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    os.environ.update(BENCH_ENV)
    signal.signal(signal.SIGTERM, _terminate)
    info = machine() | {"engine": args.engine}
    ctx = Context(runs=args.runs, quick=args.quick, engine=args.engine)
    restored = False
    try:
        with developer_cache_aside(ctx.work):
            sections = run_sections(ctx, args.sections)
        restored = True
    finally:
        if args.keep or not restored:
            print(f"(temp folder kept: {ctx.work})")
        else:
            shutil.rmtree(ctx.work, ignore_errors=True)
    rows = rows_for(sections)
    print()
    print(format_table(rows, info))
    if "profile" in sections and "result" in sections["profile"]:
        from scripts.bench.profile import format_profile

        print()
        print(format_profile(sections["profile"]["result"]))
    options = {"runs": args.runs, "quick": args.quick, "sections": args.sections,
               "engine": args.engine, "env": BENCH_ENV}
    write_json(args.out, info, options, sections, rows)
    print(f"\nResults written to {args.out}")
    misses = missed(rows)
    if misses:
        print(f"{len(misses)} target(s) not met: " + "; ".join(
            f"{r.section}: {r.metric}" for r in misses))
    failed = [name for name, s in sections.items() if "error" in s]
    if failed:
        print(f"ERROR: {len(failed)} section(s) could not be measured: {', '.join(failed)} "
              "(details in the table and in the JSON 'errors').", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
