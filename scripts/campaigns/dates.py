"""'Today' (injectable) and local date formatting through Babel (never hand-built)."""

from __future__ import annotations

import os
from datetime import date, datetime

from babel.dates import format_date, format_skeleton, format_time

from scripts.campaigns.model import TZ
from scripts.site.languages import language

TIME_PATTERN = "H:mm"


def today(value: str | date | None = None) -> date:
    """The build's 'today': an explicit value, else $PORTAL_TODAY (YYYY-MM-DD), else the
    current date in Viet Nam."""
    if isinstance(value, date):
        return value
    text = value or os.environ.get("PORTAL_TODAY", "").strip()
    if text:
        return date.fromisoformat(text)
    return datetime.now(TZ).date()


def _cap(text: str) -> str:
    # Babel gives "thứ bảy"/"tháng 6" in running-text case; dates here start a line.
    return text[:1].upper() + text[1:]


def long_date(moment: datetime, lang: str) -> str:
    """'Thứ Bảy, 13/6/2026' / 'Saturday 13 June 2026'."""
    spec = language(lang)
    return _cap(format_date(moment, spec.event_date, locale=spec.locale))


def clock(moment: datetime, lang: str) -> str:
    return format_time(moment, TIME_PATTERN, locale=language(lang).locale)


def when(start: datetime, end: datetime, lang: str) -> str:
    """'Thứ Bảy, 13/6/2026, 8:00–11:00'; an event over several days names both days."""
    if start.date() == end.date():
        return f"{long_date(start, lang)}, {clock(start, lang)}–{clock(end, lang)}"
    return (f"{long_date(start, lang)}, {clock(start, lang)} – "
            f"{long_date(end, lang)}, {clock(end, lang)}")


def date_range(start: datetime, end: datetime, lang: str) -> str:
    """A campaign's span by day: 'Thứ Hai, 1/6/2026 – Thứ Bảy, 20/6/2026'."""
    if start.date() == end.date():
        return long_date(start, lang)
    return f"{long_date(start, lang)} – {long_date(end, lang)}"


def month_heading(moment: datetime, lang: str) -> str:
    """'Tháng 6 năm 2026' / 'June 2026'."""
    return _cap(format_skeleton("yMMMM", moment, locale=language(lang).locale))


def iso(moment: datetime) -> str:
    """ISO 8601 with the +07:00 offset, as schema.org and <time datetime> want it."""
    return moment.astimezone(TZ).isoformat(timespec="minutes")
