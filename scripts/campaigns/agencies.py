"""Which agency ids a campaign may name as organiser, and their display names.

The ids come from docs/data/agencies.yml once the agencies feature ships it; until then
(or if it is unreadable) from FALLBACK_AGENCIES below, the one place they are listed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import DATA

AGENCIES_YML = DATA / "agencies.yml"

# The only fallback list in the engine: keep it identical to docs/data/agencies.yml.
FALLBACK_AGENCIES: dict[str, dict[str, str]] = {
    "ward-peoples-committee": {"vi": "Ủy ban nhân dân phường", "en": "Ward People's Committee"},
    "ward-police": {"vi": "Công an phường", "en": "Ward police"},
    "school-boards": {"vi": "Ban giám hiệu các trường", "en": "School boards"},
    "labour-social-officer": {
        "vi": "Công chức Văn hóa - Xã hội (lao động, trẻ em)",
        "en": "Culture and social affairs officer (labour and children)",
    },
    "land-agriculture-officer": {
        "vi": "Công chức Địa chính - Nông nghiệp",
        "en": "Land and agriculture officer",
    },
    "fatherland-front": {"vi": "Ủy ban Mặt trận Tổ quốc phường", "en": "Ward Fatherland Front"},
    "farmers-union": {"vi": "Hội Nông dân phường", "en": "Ward Farmers' Union"},
    "womens-union": {"vi": "Hội Liên hiệp Phụ nữ phường", "en": "Ward Women's Union"},
    "youth-union": {"vi": "Đoàn Thanh niên phường", "en": "Ward Youth Union"},
}


@dataclass(frozen=True)
class Agency:
    id: str
    name: dict[str, str]

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name.get("vi") or self.id


def _name_of(entry: dict[str, Any], fallback: dict[str, str] | None) -> dict[str, str]:
    # agencies.yml may call it name/title/short_name; take the first bilingual one.
    for key in ("short", "short_name", "name", "title"):
        value = entry.get(key)
        if isinstance(value, dict) and value.get("vi"):
            return {"vi": str(value["vi"]), "en": str(value.get("en") or value["vi"])}
    return fallback or {"vi": str(entry.get("id")), "en": str(entry.get("id"))}


def load_agencies(path: Path = AGENCIES_YML) -> dict[str, Agency]:
    """Agency id -> Agency, from agencies.yml if it exists, else the fallback constant."""
    raw: Any = None
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    if isinstance(raw, dict):
        # Either {agencies: [...]} or {id: {...}, ...}
        raw = raw.get("agencies", [{"id": k, **(v or {})} for k, v in raw.items()
                                    if isinstance(v, dict) or v is None])
    entries = [e for e in raw or [] if isinstance(e, dict) and isinstance(e.get("id"), str)]
    if not entries:
        return {k: Agency(k, v) for k, v in FALLBACK_AGENCIES.items()}
    return {e["id"]: Agency(e["id"], _name_of(e, FALLBACK_AGENCIES.get(e["id"])))
            for e in entries}
