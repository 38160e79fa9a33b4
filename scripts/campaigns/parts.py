"""Read the pieces of a campaign file that are valid on their own (see checks.Parts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from scripts.campaigns.checks import Parts
from scripts.campaigns.model import Event, HeroImage, Text

M = TypeVar("M", bound=BaseModel)


def _valid(model: type[M], raw: Any) -> M | None:
    # Each piece's own errors are already in the whole file's pydantic report.
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _strings(raw: Any) -> list[tuple[int, str]]:
    if not isinstance(raw, list):
        return []
    return [(i, v.strip()) for i, v in enumerate(raw) if isinstance(v, str)]


def read_parts(data: dict, slug: str, source: Path | None) -> Parts:
    """What can be checked across fields, even when the file as a whole is not valid."""
    parts = Parts(slug=slug, source=source)
    parts.organisers = _strings(data.get("organisers"))
    parts.law = _strings(data.get("law"))
    parts.has_messages_or_law = bool(data.get("messages")) or bool(data.get("law"))
    messages = data.get("messages")
    if isinstance(messages, list):
        parts.messages = [(i, t) for i, raw in enumerate(messages)
                          if (t := _valid(Text, raw)) is not None]
    events = data.get("events")
    for i, raw in enumerate(events if isinstance(events, list) else []):
        if not isinstance(raw, dict):
            continue
        if isinstance(raw.get("id"), str):
            parts.event_ids.append((i, raw["id"].strip()))
        if isinstance(raw.get("organiser"), str):
            parts.event_organisers.append((i, raw["organiser"].strip()))
        event = _valid(Event, raw)
        if event is not None:
            parts.events.append((i, event))
    if data.get("hero_image") is not None:
        parts.hero_image = _valid(HeroImage, data["hero_image"])
    return parts
