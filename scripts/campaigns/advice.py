"""Warnings: things that are allowed but usually a slip (the campaign is still published).

- an event more than 2 years ahead (a mistyped year: 2062 for 2026);
- a new campaign whose events are all over (dates left from the example or last year);
- a photo's consent dated after today (photos/consent.py);
- a mobile number in public text: Vietnamese mobiles are 10 digits starting 03, 05, 07,
  08 or 09 (or +84 and 9 digits). A private number printed on leaflets and in people's
  calendars cannot be taken back; office landlines (02x) are not flagged.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from scripts.campaigns.checks import Loc, Parts, Problem
from scripts.campaigns.photos.consent import check_consent_date
from scripts.yamlmarks import LineDict, LineList

FAR_AHEAD_YEARS = 2
_SEP = r"[\s.\-]?"
MOBILE_RE = re.compile(
    rf"(?<![\w+])(?:\+{_SEP}84{_SEP}(?:\(0\){_SEP})?|0)[35789](?:{_SEP}\d){{8}}(?!\d)")


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _strings(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    if isinstance(node, LineDict | dict):
        for key, value in node.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(node, LineList | list):
        for i, value in enumerate(node):
            yield from _strings(value, (*loc, i))
    elif isinstance(node, str):
        yield loc, node


def check_mobiles(data: Any) -> Iterator[Problem]:
    for loc, text in _strings(data):
        for match in MOBILE_RE.finditer(text):
            yield loc, "personal_mobile", {"value": match.group(0)}


def check_dates(parts: Parts, today: date, is_new: bool) -> Iterator[Problem]:
    limit = _years_later(today, FAR_AHEAD_YEARS)
    for i, event in parts.events:
        if event.start.date() > limit:
            yield ("events", i, "start"), "far_future", {"value": f"{event.start:%Y-%m-%d}"}
    if is_new and parts.events and all(e.end.date() < today for _, e in parts.events):
        i, last = max(parts.events, key=lambda pair: pair[1].end)
        yield ("events", i, "end"), "new_in_past", {"value": f"{last.end:%Y-%m-%d}"}


def advise(data: Any, parts: Parts, today: date, is_new: bool) -> list[Problem]:
    """Every warning for one file; they never stop a build."""
    consent = [] if parts.hero_image is None else check_consent_date(parts.hero_image, today)
    return [*check_dates(parts, today, is_new), *consent, *check_mobiles(data)]


def committed_files(folder: Path) -> set[Path] | None:
    """Campaign files already in the last commit (so not new), or None without git.

    "New" means not yet committed: that is when a slip in the dates can still be
    caught before the campaign is published.
    """
    def git(*args: str) -> subprocess.CompletedProcess[str] | None:
        try:
            return subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                                  text=True, timeout=20, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
    listed = git("ls-tree", "-r", "-z", "--name-only", "HEAD")
    if listed is not None and listed.returncode == 0:
        return {(folder / name).resolve() for name in listed.stdout.split("\0") if name}
    inside = git("rev-parse", "--git-dir")
    return set() if inside is not None and inside.returncode == 0 else None
