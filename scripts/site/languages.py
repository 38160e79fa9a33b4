"""The site's languages, as written in docs/data/site.yml (the first is the original).

A new language is an entry there (plus its UI table, pages and a font for its script),
not code: dates, numbers and locales are read from the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from scripts.paths import SITE_FILE
from scripts.site.errors import InputError
from scripts.sitefacts import load_site_facts


@dataclass(frozen=True)
class Language:
    code: str  # docs/<code>/, site/<code>/, <html lang>
    name: str  # in the language itself, for the switch
    locale: str  # Babel locale: dates, numbers
    og_locale: str  # Open Graph, e.g. vi_VN
    date: str  # Babel pattern of a day in running text
    event_date: str  # Babel pattern of an event's day (with the weekday)
    decimal: str  # "4,5" or "4.5"
    group: str  # "12.000.000" or "12,000,000"

    def number(self, value: int | float) -> str:
        """12000000 -> '12.000.000' (vi) / '12,000,000' (en); 4.9 -> '4,9' / '4.9'."""
        text = f"{value:,}" if isinstance(value, int) else f"{value:,g}"
        return "".join(self.group if c == "," else self.decimal if c == "." else c
                       for c in text)


class LanguageError(InputError):
    """docs/data/site.yml lists a language without everything a build needs."""


@cache
def languages(path: Path = SITE_FILE) -> tuple[Language, ...]:
    """Every language of the site, in order; read once per process."""
    entries = load_site_facts(path).get("languages") or []
    names = [f.name for f in fields(Language)]
    out = []
    for i, entry in enumerate(entries):
        missing = [n for n in names if not isinstance(entry, dict) or n not in entry]
        if missing:
            raise LanguageError(f"{path.name}: languages[{i}] has no "
                                + ", ".join(missing) + " (see the comment above the list)")
        out.append(Language(**{n: str(entry[n]) for n in names}))
    if not out:
        raise LanguageError(f"{path.name}: `languages` lists no language")
    return tuple(out)


def language(code: str) -> Language:
    for lang in languages():
        if lang.code == code:
            return lang
    raise LanguageError(f"unknown language {code!r}; docs/data/site.yml lists "
                        + ", ".join(x.code for x in languages()))


LANGUAGES: tuple[str, ...] = tuple(x.code for x in languages())
