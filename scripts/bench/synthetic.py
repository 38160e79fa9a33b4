"""Synthetic campaign files for the scaling runs, made from campaigns/_example.yml.

Copying the shipped example (and changing only ids, titles and dates) keeps the
campaign schema in one place: when the format changes, the example changes with it
and so do these files.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import ROOT

EXAMPLE = ROOT / "campaigns" / "_example.yml"
STAMP = "%Y-%m-%d %H:%M"
FIRST_DAY = datetime(2026, 1, 5)  # events spread over ~2 years around PORTAL_TODAY


def load_example(path: Path = EXAMPLE) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not data.get("events"):
        raise ValueError(f"{path} has no events to copy")
    return data


def _suffix(text: dict[str, str], label: str) -> dict[str, str]:
    # Titles are limited to 120 characters: cut the example's text, not the label.
    return {lang: f"{value[: 100 - len(label)]} {label}" for lang, value in text.items()}


def _parse(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.strptime(str(value).strip().replace("T", " ")[:16], STAMP)


def make_campaign(example: dict[str, Any], number: int, events: int) -> dict[str, Any]:
    """Campaign `number` (1-based) with `events` events, all derived from the example."""
    data = copy.deepcopy(example)
    data["title"] = _suffix(data["title"], f"#{number}")
    template = example["events"][0]
    start, end = _parse(template["start"]), _parse(template["end"])
    duration = max(end - start, timedelta(hours=1))
    made = []
    for j in range(events):
        event = copy.deepcopy(example["events"][j % len(example["events"])])
        # One event every 3 days, campaigns shifted by a week: past and upcoming events.
        begin = FIRST_DAY.replace(hour=start.hour, minute=start.minute) + timedelta(
            days=3 * j + 7 * (number - 1) % 700)
        event.update(
            id=f"su-kien-{j + 1:04d}",
            title=_suffix(template["title"], f"#{number}.{j + 1}"),
            start=begin.strftime(STAMP),
            end=(begin + duration).strftime(STAMP),
            status="scheduled",
        )
        for key in ("history", "status_note"):
            event.pop(key, None)
        made.append(event)
    data["events"] = made
    return data


def slug(number: int) -> str:
    return f"bench-{number:04d}"


def generate(folder: Path, campaigns: int, events_per_campaign: int,
             example: Path = EXAMPLE) -> list[Path]:
    """Write `campaigns` campaign files of `events_per_campaign` events into `folder`."""
    source = load_example(example)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(1, campaigns + 1):
        path = folder / f"{slug(number)}.yml"
        path.write_text(yaml.safe_dump(make_campaign(source, number, events_per_campaign),
                                       allow_unicode=True, sort_keys=False, width=1000),
                        encoding="utf-8")
        written.append(path)
    return written


def validate(folder: Path) -> tuple[int, int, list[str]]:
    """(campaigns, events, errors) as the campaign loader sees the folder."""
    from scripts.campaigns.load import discover, validate_files

    campaigns, errors = validate_files(discover(folder))
    return (len(campaigns), sum(len(c.events) for c in campaigns),
            [getattr(e, "format", lambda e=e: str(e))() for e in errors])
