"""Run a command and report its wall time and peak memory as JSON.

    python -m scripts.bench.rusage REPORT.json -- CMD [ARGS...]

A fresh process per measured command, so RUSAGE_CHILDREN covers that command alone.
ru_maxrss is the largest *single* process; the two languages build in parallel, so the
sum over the process tree is sampled from /proc too (every 50 ms: a lower bound).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _tree_rss_kb(root: int) -> int:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may contain spaces: split after its ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
        todo.extend(children.get(pid, []))
    return total


def main(argv: list[str]) -> int:
    report, sep, *cmd = argv
    assert sep == "--" and cmd, __doc__
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            with contextlib.suppress(OSError):
                peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    code = proc.wait()
    seconds = time.perf_counter() - start
    done.set()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(report).write_text(json.dumps({
        "seconds": seconds, "returncode": code,
        "max_rss_kb": usage.ru_maxrss,  # kilobytes on Linux
        "tree_rss_kb": max(peak, usage.ru_maxrss),
    }))
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
