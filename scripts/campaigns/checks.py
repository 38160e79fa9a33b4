"""Rules across fields, files and the agency list (after the types are known to be right)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from scripts.campaigns.lawtext import find_law_claim
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


# kind of law claim -> (vi, en) what the editor's message states
CLAIM_NAMES = {
    "age": ("một quy định về độ tuổi", "an age rule"),
    "hours": ("một giới hạn giờ làm", "an hour limit"),
    "light_work": ("quy định về công việc nhẹ", "the light-work rule"),
    "fine": ("một mức phạt", "a fine"),
    "hotline": ("số Tổng đài", "the hotline number"),
}


def check_law(campaign: Campaign, statement_ids: list[str], hotline: str | None
              ) -> Iterator[Problem]:
    """`law:` names reviewed statements only; free-text messages state no law."""
    known = ", ".join(statement_ids)
    first: dict[str, int] = {}
    for i, sid in enumerate(campaign.law):
        if sid not in statement_ids:
            yield ("law", i), "unknown_statement", {"value": sid, "known": known}
        elif sid in first:
            yield ("law", i), "duplicate_statement", {"value": sid, "first": first[sid] + 1}
        first.setdefault(sid, i)
    if not campaign.messages and not campaign.law:
        yield ("messages",), "nothing_to_say", {}
    for i, message in enumerate(campaign.messages):
        for lang in ("vi", "en"):  # one error per message: both languages say the same
            claim = find_law_claim(message(lang), hotline)
            if claim is None:
                continue
            ids = [s for s in claim.suggest if s in statement_ids]
            what_vi, what_en = CLAIM_NAMES[claim.kind]
            yield ("messages", i, lang), "message_states_law", {
                "value": claim.found, "what_vi": what_vi, "what_en": what_en,
                "suggest_vi": (f"ví dụ: {', '.join(ids)}" if ids else
                               "chưa có phát biểu nào nói điều này: nhờ người rà soát pháp lý "
                               "thêm vào docs/data/statements.yml"),
                "suggest_en": (f"e.g. {', '.join(ids)}" if ids else
                               "no statement says this yet: ask the legal reviewer to add one "
                               "to docs/data/statements.yml")}
            break


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
