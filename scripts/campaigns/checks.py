"""Rules across fields, files and the agency list.

They run on whatever could be read of a file (`Parts`), not only on a fully valid
campaign, so an unknown agency or a reversed date is reported in the same round as a
misspelt field elsewhere in the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.campaigns.agencies import Agency
from scripts.campaigns.lawtext import find_law_claim
from scripts.campaigns.model import SLUG_RE, Event, HeroImage, Text
from scripts.campaigns.photos.consent import check_consent
from scripts.campaigns.photos.source import PhotoProblem, open_photo
from scripts.campaigns.validate.snippets import history_snippet

Loc = tuple[str | int, ...]
Problem = tuple[Loc, str, dict[str, Any]]

RESERVED_SLUGS = {"index", "events", "all-events", "assets"}
RESERVED_EVENT_IDS = {"index", "campaign", "share", "calendar"}
IMAGE_MAX_BYTES = 2 * 1024 * 1024
IMAGE_MIN_WIDTH = 600


@dataclass
class Parts:
    """The pieces of one campaign file that are readable on their own.

    Raw strings (ids) are kept even when the rest of the file is wrong; an event, a
    message or the header image is kept only when it is valid by itself.
    """

    slug: str
    source: Path | None
    organisers: list[tuple[int, str]] = field(default_factory=list)
    event_ids: list[tuple[int, str]] = field(default_factory=list)
    event_organisers: list[tuple[int, str]] = field(default_factory=list)
    events: list[tuple[int, Event]] = field(default_factory=list)
    law: list[tuple[int, str]] = field(default_factory=list)
    messages: list[tuple[int, Text]] = field(default_factory=list)
    has_messages_or_law: bool = True
    hero_image: HeroImage | None = None

    @property
    def folder(self) -> Path | None:
        if self.source is None:
            return None
        return self.source.parent if self.source.name == "campaign.yml" else None


def check_slug(slug: str) -> Iterator[Problem]:
    if not re.fullmatch(SLUG_RE, slug) or slug in RESERVED_SLUGS or len(slug) > 60:
        yield (), "bad_slug", {"slug": slug}


def agency_list(agencies: Mapping[str, Agency]) -> dict[str, str]:
    """known_vi/known_en: every valid id with its name, for messages about agencies."""
    def name(agency: Agency, lang: str) -> str:
        vi = agency.name.get("vi")
        if lang == "vi" or not vi:
            return vi or agency.id
        en = agency.name.get("en")
        return f"{vi} ({en})" if en else vi
    return {f"known_{lang}": "; ".join(f"{a.id}: {name(a, lang)}" for a in agencies.values())
            for lang in ("vi", "en")}


def _unknown_agency(value: str, agencies: Mapping[str, Agency]) -> dict[str, Any]:
    ctx: dict[str, Any] = {"value": value, "guess_vi": "", "guess_en": "",
                           **agency_list(agencies)}
    close = difflib.get_close_matches(value.lower(), list(agencies), n=1, cutoff=0.6)
    if close:
        agency = agencies[close[0]]
        vi, en = agency.name.get("vi", agency.id), agency.name.get("en", "")
        ctx["guess_vi"] = f" Có phải là '{agency.id}' ({vi})?"
        ctx["guess_en"] = f" Did you mean '{agency.id}' ({vi}{f', {en}' if en else ''})?"
    return ctx


def check_agencies(parts: Parts, agencies: Mapping[str, Agency]) -> Iterator[Problem]:
    for i, value in parts.organisers:
        if value not in agencies:
            yield ("organisers", i), "unknown_agency", _unknown_agency(value, agencies)
    for i, value in parts.event_organisers:
        if value not in agencies:
            yield ("events", i, "organiser"), "unknown_agency", _unknown_agency(value, agencies)


def check_event_ids(parts: Parts) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, event_id in parts.event_ids:
        at: Loc = ("events", i, "id")
        if event_id in seen:
            yield at, "duplicate_event_id", {"value": event_id}
        seen.add(event_id)
        if event_id in RESERVED_EVENT_IDS or event_id == parts.slug:
            yield at, "reserved_id", {
                "value": event_id, "reserved": ", ".join(sorted(RESERVED_EVENT_IDS))}


def check_event(event: Event, at: Loc) -> Iterator[Problem]:
    """Rules between the fields of one event that is valid by itself."""
    if event.end <= event.start:
        yield (*at, "end"), "end_before_start", {
            "start": f"{event.start:%Y-%m-%d %H:%M}", "end": f"{event.end:%Y-%m-%d %H:%M}"}
    if event.status == "moved" and event.previous_start is None:
        example = {"start": "2026-06-06 08:00", "end": "2026-06-06 10:00"}
        yield (*at, "status"), "moved_needs_history", {
            "snippet": history_snippet(example, with_list=not event.history)}
    for n, entry in enumerate(event.history):
        if entry.is_empty():
            yield (*at, "history", n), "history_empty", {}
        elif entry.start is not None and entry.end is not None and entry.end <= entry.start:
            yield (*at, "history", n, "end"), "end_before_start", {
                "start": f"{entry.start:%Y-%m-%d %H:%M}", "end": f"{entry.end:%Y-%m-%d %H:%M}"}
    yield from check_attendance(event, at)
    reg = event.registration
    if not reg.open_to_all and reg.how is None:
        yield (*at, "registration"), "registration_how", {}


def check_attendance(event: Event, at: Loc) -> Iterator[Problem]:
    """A place unless online only; a link unless in person only; nothing left unsaid."""
    mode = event.attendance
    if mode != "in_person" and event.online is None:
        yield (*at, "attendance"), "online_needs_link", {"value": mode}
    if mode == "in_person" and event.online is not None:
        yield (*at, "online"), "online_not_attended", {}
    if mode == "online":
        for name in ("venue", "address", "coordinates"):
            if getattr(event, name) is not None:
                yield (*at, name), "online_with_place", {"name": name}
    else:
        for name in ("venue", "address"):
            if getattr(event, name) is None:
                yield (*at, name), "place_required", {"name": name}


def check_parts(parts: Parts, agencies: Mapping[str, Agency]) -> Iterator[Problem]:
    """Every rule that is not a type or a format, in file order."""
    yield from check_agencies(parts, agencies)
    yield from check_event_ids(parts)
    for i, event in parts.events:
        yield from check_event(event, ("events", i))
    if parts.hero_image is not None:
        yield from check_image(parts.folder, parts.source, parts.hero_image.file,
                               ("hero_image", "file"))
        yield from check_consent(parts.hero_image)


# kind of law claim -> (vi, en) what the editor's message states
CLAIM_NAMES = {
    "age": ("một quy định về độ tuổi", "an age rule"),
    "hours": ("một giới hạn giờ làm", "an hour limit"),
    "light_work": ("quy định về công việc nhẹ", "the light-work rule"),
    "fine": ("một mức phạt", "a fine"),
    "hotline": ("số Tổng đài", "the hotline number"),
}


def check_law(parts: Parts, statement_ids: list[str], hotline: str | None
              ) -> Iterator[Problem]:
    """`law:` names reviewed statements only; free-text messages state no law."""
    known = ", ".join(statement_ids)
    first: dict[str, int] = {}
    for i, sid in parts.law:
        if sid not in statement_ids:
            yield ("law", i), "unknown_statement", {"value": sid, "known": known}
        elif sid in first:
            yield ("law", i), "duplicate_statement", {"value": sid, "first": first[sid] + 1}
        first.setdefault(sid, i)
    if not parts.has_messages_or_law:
        yield ("messages",), "nothing_to_say", {}
    for i, message in parts.messages:
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
        # Every pixel decoded, as the build will: a cut-off file is caught here.
        width = open_photo(path.read_bytes()).image.width
    except PhotoProblem as problem:
        yield loc, problem.code, {"value": name, **problem.ctx}
        return
    except OSError:
        yield loc, "image_unreadable", {"value": name}
        return
    if width < IMAGE_MIN_WIDTH:
        yield loc, "image_too_small", {"value": name, "width": width,
                                       "min_width": IMAGE_MIN_WIDTH}
