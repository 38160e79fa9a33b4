"""Which agency ids a campaign may name as organiser, and their display names.

Read through the content library's validated loader of docs/data/agencies.yml (the ids
the agency pages use), so campaigns and agency pages can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.content.data import load_agencies_file
from scripts.paths import DATA

AGENCIES_YML = DATA / "agencies.yml"


@dataclass(frozen=True)
class Agency:
    id: str
    name: dict[str, str]

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name.get("vi") or self.id


def load_agencies(path: Path = AGENCIES_YML) -> dict[str, Agency]:
    """Agency id -> Agency (short names in both languages), in file order."""
    data = load_agencies_file(path.parent)
    return {a.id: Agency(a.id, {"vi": a.short.vi, "en": a.short.en}) for a in data.agencies}
