"""Rules across fields, files and the agency list (after the types are known to be right)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from scripts.campaigns.model import SLUG_RE, Campaign

Loc = tuple[str | int, ...]
Problem = tuple[Loc, str, dict[str, Any]]

RESERVED_SLUGS = {"index", "events", "all-events", "assets"}
RESERVED_EVENT_IDS = {"index", "campaign", "share", "calendar"}
IMAGE_MAX_BYTES = 2 * 1024 * 1024
IMAGE_MIN_WIDTH = 600


def check_slug(slug: str) -> Iterator[Problem]:
    if not re.fullmatch(SLUG_RE, slug) or slug in RESERVED_SLUGS or len(slug) > 60:
        yield (), "bad_slug", {"slug": slug}


def check_campaign(campaign: Campaign, agency_ids: set[str]) -> Iterator[Problem]:
    known = ", ".join(sorted(agency_ids))
    for i, agency in enumerate(campaign.organisers):
        if agency not in agency_ids:
            yield ("organisers", i), "unknown_agency", {"value": agency, "known": known}
    seen: set[str] = set()
    for i, event in enumerate(campaign.events):
        at: Loc = ("events", i)
        if event.id in seen:
            yield (*at, "id"), "duplicate_event_id", {"value": event.id}
        seen.add(event.id)
        if event.id in RESERVED_EVENT_IDS or event.id == campaign.slug:
            yield (*at, "id"), "reserved_id", {
                "value": event.id, "reserved": ", ".join(sorted(RESERVED_EVENT_IDS))}
        if event.end <= event.start:
            yield (*at, "end"), "end_before_start", {
                "start": f"{event.start:%Y-%m-%d %H:%M}", "end": f"{event.end:%Y-%m-%d %H:%M}"}
        if event.status == "moved" and event.previous_start is None:
            yield (*at, "status"), "moved_needs_previous", {}
        if event.previous_start is not None:
            if event.status != "moved":
                yield (*at, "previous_start"), "previous_without_moved", {}
            elif event.previous_start == event.start:
                yield (*at, "previous_start"), "previous_same", {}
        if event.organiser not in agency_ids:
            yield (*at, "organiser"), "unknown_agency", {"value": event.organiser, "known": known}
        reg = event.registration
        if not reg.open_to_all and reg.how is None:
            yield (*at, "registration"), "registration_how", {}
    if campaign.hero_image is not None:
        yield from check_image(campaign.folder, campaign.source, campaign.hero_image.file,
                               ("hero_image", "file"))


def check_image(folder: Path | None, source: Path | None, name: str, loc: Loc
                ) -> Iterator[Problem]:
    base = folder if folder is not None else (source.parent if source else Path("."))
    path = (base / name).resolve()
    # Only files inside the campaign's own folder: no '../' escapes, no absolute paths.
    if folder is None or not path.is_relative_to(folder.resolve()) or not path.is_file():
        yield loc, "image_missing", {"value": name}
        return
    size = path.stat().st_size
    if size > IMAGE_MAX_BYTES:
        yield loc, "image_too_big", {"value": name, "size_mb": f"{size / 2**20:.1f}",
                                     "max_mb": IMAGE_MAX_BYTES // 2**20}
        return
    try:
        with Image.open(path) as img:
            width = img.width
            fmt = img.format
    except (UnidentifiedImageError, OSError) as exc:
        yield loc, "image_unreadable", {"value": name, "problem": type(exc).__name__}
        return
    if fmt not in {"JPEG", "PNG", "WEBP"}:
        yield loc, "image_unreadable", {"value": name, "problem": fmt}
    elif width < IMAGE_MIN_WIDTH:
        yield loc, "image_too_small", {"value": name, "width": width,
                                       "min_width": IMAGE_MIN_WIDTH}
