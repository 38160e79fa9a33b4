"""The campaign file format as pydantic models (structure and types only).

Rules that need more than one field, the file system or the agency list live in
checks.py, so that every problem of a file can be reported in one run.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from scripts.bilingual import Bilingual

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SLUG_RE = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TITLE_MAX = 120  # keeps titles readable and guarantees they fit the 1200x630 share image
TEXT_MAX = 20_000
Status = Literal["scheduled", "moved", "cancelled"]
# in_person: venue and address; online: a link only; hybrid: both.
Attendance = Literal["in_person", "online", "hybrid"]
HISTORY_MAX = 100


def _local_datetime(value: object) -> datetime:
    """'2026-06-13 08:00' (or a YAML timestamp) read as Viet Nam local time."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip().replace("T", " ")
        for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise PydanticCustomError("local_datetime", "not a local date and time",
                                      {"value": value})
    else:
        # A bare date (2026-06-13) or a number: the time is missing.
        raise PydanticCustomError("local_datetime", "not a local date and time",
                                  {"value": str(value)})
    if parsed.tzinfo is not None:
        if parsed.utcoffset() != datetime(2026, 1, 1, tzinfo=TZ).utcoffset():
            raise PydanticCustomError("local_datetime", "not local time", {"value": str(value)})
        parsed = parsed.replace(tzinfo=None)
    return parsed.replace(tzinfo=TZ, second=0, microsecond=0)


# Never part of a real address; they could only be a slip or an attempt to break markup.
_URL_FORBIDDEN = set('"<>`\\') | {chr(c) for c in (*range(0, 32), 127)}


def _https_url(value: str) -> str:
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed '[' in the host
        parts = None
    if (parts is None or parts.scheme != "https" or not parts.netloc
            or any(c.isspace() or c in _URL_FORBIDDEN for c in value)):
        raise PydanticCustomError("https_url", "not an https URL", {"value": value})
    return value


def _email(value: str) -> str:
    if not re.fullmatch(r"[^@\s<>\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
        raise PydanticCustomError("email", "not an e-mail address", {"value": value})
    return value


def _clock(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 7:30 as a sexagesimal number (450).
        value = f"{value // 60}:{value % 60:02d}"
    if isinstance(value, time):
        value = value.strftime("%H:%M")
    if not isinstance(value, str) or not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value.strip()):
        raise PydanticCustomError("clock", "not a time of day", {"value": str(value)})
    hours, minutes = value.strip().split(":")
    return f"{int(hours)}:{minutes}"


LocalDateTime = Annotated[datetime, BeforeValidator(_local_datetime)]
HttpsUrl = Annotated[str, AfterValidator(_https_url)]
Email = Annotated[str, AfterValidator(_email)]
Clock = Annotated[str, BeforeValidator(_clock)]
Slug = Annotated[str, Field(pattern=SLUG_RE, max_length=60)]
# A reviewed statement's id (docs/data/statements.yml); checks.py rejects unknown ones.
StatementId = Annotated[str, Field(min_length=1, max_length=80)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Text(Bilingual):
    """The same text in both languages; neither may be empty."""

    model_config = _Model.model_config
    vi: str = Field(min_length=1, max_length=TEXT_MAX)
    en: str = Field(min_length=1, max_length=TEXT_MAX)

    def __call__(self, lang: str) -> str:
        return self.get(lang)


class Title(Text):
    vi: str = Field(min_length=1, max_length=TITLE_MAX)
    en: str = Field(min_length=1, max_length=TITLE_MAX)


class Coordinates(_Model):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Contact(_Model):
    """Who to ask: a role or body, never a private person's name or number."""

    name: Text
    email: Email | None = None
    url: HttpsUrl | None = None


class AgendaItem(_Model):
    time: Clock | None = None
    item: Text


class Registration(_Model):
    open_to_all: bool = False  # true: "free, open to all", nothing to do beforehand
    how: Text | None = None
    url: HttpsUrl | None = None


class Online(_Model):
    """How to join an online or hybrid event: an https link and the platform's name."""

    url: HttpsUrl
    platform: str = Field(min_length=1, max_length=60)  # "Zoom", "Google Meet", "Zalo"
    note: Text | None = None  # e.g. the meeting code, or "the link opens 15 minutes before"


class Published(_Model):
    """One entry of an event's `history:` - how the event was published before one
    change of time, place or status. Editors copy only the old values of what changed.

    The number of entries is the calendar SEQUENCE (render_ics.py), so phones that
    imported the event replace it instead of keeping the old time.
    """

    start: LocalDateTime | None = None
    end: LocalDateTime | None = None
    venue: Text | None = None
    address: Text | None = None
    coordinates: Coordinates | None = None
    status: Status | None = None
    attendance: Attendance | None = None
    online: Online | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in type(self).model_fields)


class Event(_Model):
    id: Slug
    title: Title
    summary: Text | None = None
    start: LocalDateTime
    end: LocalDateTime
    attendance: Attendance = "in_person"
    # Required unless attendance is online (checks.py says so in editors' words).
    venue: Text | None = None
    address: Text | None = None
    online: Online | None = None
    coordinates: Coordinates | None = None
    organiser: str
    contact: Contact
    agenda: list[AgendaItem] = Field(default_factory=list)
    registration: Registration
    accessibility: Text | None = None
    status: Status = "scheduled"
    status_note: Text | None = None
    # Oldest first: each entry keeps what was published before one change.
    history: list[Published] = Field(default_factory=list, max_length=HISTORY_MAX)

    def is_past(self, today: date) -> bool:
        return self.end.date() < today

    @property
    def in_person(self) -> bool:
        return self.attendance != "online"

    @property
    def joins_online(self) -> bool:
        return self.attendance != "in_person" and self.online is not None

    @property
    def previous_start(self) -> datetime | None:
        """The start before the latest move: the newest history entry with another start."""
        for entry in reversed(self.history):
            if entry.start is not None and entry.start != self.start:
                return entry.start
        return None

    @property
    def previous_end(self) -> datetime | None:
        """The end that went with previous_start (the same length if it was not copied)."""
        for entry in reversed(self.history):
            if entry.start is not None and entry.start != self.start:
                return entry.end if entry.end is not None else entry.start + (
                    self.end - self.start)
        return None


ConsentDate = date  # an alias: a field called `date` must not shadow its own type


class Consent(_Model):
    """Who agreed to a photo of people being published, and when.

    A record for the organisers (the signed forms stay in their office); it is checked
    but never shown on the site.
    """

    by: str = Field(min_length=1, max_length=300)
    date: ConsentDate


class HeroImage(_Model):
    file: str = Field(min_length=1)
    alt: Text
    credit: Text | None = None
    # Can anyone be recognised in the photo? Left out (None) is an error with its own
    # message (scripts/campaigns/photos/consent.py): the editor must say it either way.
    people: bool | None = None
    consent: Consent | None = None  # required when people is true (consent.py)


class Activity(_Model):
    title: Title
    duration_minutes: int = Field(ge=1, le=240)
    steps: list[Text] = Field(min_length=1)


class Classroom(_Model):
    """For the leaflet generator: questions and a short activity for teachers."""

    questions: list[Text] = Field(min_length=1)
    activity: Activity | None = None


class Campaign(_Model):
    title: Title
    summary: Text
    # Free text for everything but the law; the law only through `law:` (checks.py).
    messages: list[Text] = Field(default_factory=list)
    law: list[StatementId] = Field(default_factory=list)
    organisers: list[str] = Field(min_length=1)
    audiences: list[Text] = Field(min_length=1)
    hero_image: HeroImage | None = None
    classroom: Classroom | None = None
    events: list[Event] = Field(min_length=1)
    # Set by the loader from the file name, never written by editors.
    slug: str = Field(default="", exclude=True)
    source: Path | None = Field(default=None, exclude=True)

    @property
    def folder(self) -> Path | None:
        """The campaign's folder when it has one (images live there)."""
        if self.source is None:
            return None
        return self.source.parent if self.source.name == "campaign.yml" else None

    @property
    def start(self) -> datetime:
        return min(e.start for e in self.events)

    @property
    def end(self) -> datetime:
        return max(e.end for e in self.events)

    def is_past(self, today: date) -> bool:
        return all(e.is_past(today) for e in self.events)

    def event(self, event_id: str) -> Event:
        return next(e for e in self.events if e.id == event_id)
