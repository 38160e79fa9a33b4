"""What a review check returns: findings grouped in sections, each naming a file and a
line, saying what is open and how to fix it, in Vietnamese and English."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.bilingual import Bilingual
from scripts.content.data import ContentData


def text(vi: str, en: str) -> Bilingual:
    """One message in both languages (editors read Vietnamese first)."""
    return Bilingual(vi=vi, en=en)


@dataclass(frozen=True)
class Finding:
    """One thing an editor has to look at."""

    file: str  # relative to the project root, with forward slashes
    line: int | None
    what: Bilingual
    fix: Bilingual
    label: str = ""  # a short handle, e.g. "light-work / 12"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Section:
    """One check's findings."""

    id: str
    title: Bilingual
    findings: list[Finding]


@dataclass(frozen=True)
class Report:
    today: dt.date
    sections: list[Section]

    @property
    def total(self) -> int:
        return sum(len(s.findings) for s in self.sections)


@dataclass(frozen=True)
class Project:
    """Where the checks look: the real project, or a fixture tree in tests."""

    root: Path  # file names in findings are relative to it
    docs: Path  # holds vi/, en/ and data/
    config: Path  # docs/data/site.yml (the site-wide facts)
    campaigns: Path
    data: ContentData
    extra: dict[str, Any]
    today: dt.date
    languages: tuple[str, ...] = ("vi", "en")
    source_lang: str = field(default="vi")

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def config_line(self, pattern: str) -> int | None:
        """The first line of the site facts file matching a regular expression (for messages only;
        the values themselves come from scripts.sitefacts)."""
        lines = self.config.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if re.search(pattern, line):
                return number
        return None
