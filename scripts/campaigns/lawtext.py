"""Find statements of law in a campaign's free text (messages).

Law printed on a leaflet must come from a reviewed statement (docs/data/statements.yml,
listed under `law:`), because short retyped texts were found to compress the law
wrongly ("children under 15 may only do light work"). These patterns look only for what
a rule is made of: an age, an hour or money limit, a legal term (light work, overtime,
night work, a fine) or the hotline number. Ordinary campaign text has none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"\d{1,2}"  # an age or an hour count; 100 or 2026 is not one

# kind -> patterns (Vietnamese and English), matched case-insensitively.
_PATTERNS: dict[str, tuple[str, ...]] = {
    "age": (
        rf"\b{_N}\s*tuổi",  # "15 tuổi"
        rf"\b(?:dưới|trên|chưa đủ|đủ)\s+{_N}\b(?!\s*(?:giờ|phút|ngày|tháng|năm|%|:|/))",
        rf"\b(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?{_N}s?\b(?![:%/])"
        r"(?!\s*(?:hours?|minutes?|days?|weeks?|months?|people|participants|pupils|children))",
        rf"\bage[sd]?\s+(?:of\s+)?{_N}\b",
        rf"\b{_N}\s*(?:-|–|to)\s*{_N}\b(?=[\s-]*(?:years?|tuổi))",
        rf"\b{_N}[\s-]*years?[\s-]*olds?\b",
    ),
    "hours": (
        rf"\b{_N}\s*(?:giờ|tiếng|h)\s*(?:một|mỗi|/|trên)\s*(?:ngày|tuần)",
        rf"\b(?:tối đa|không quá)\s+{_N}\s*(?:giờ|tiếng)",
        r"\blàm\s+thêm\s+giờ", r"\b(?:làm(?:\s+việc)?)\s+(?:vào\s+)?ban\s+đêm",
        rf"\b{_N}\s*hours?\s*(?:a|per|each|/|every)\s*(?:day|week)",
        rf"\b(?:at most|no more than|a maximum of|maximum of)\s+{_N}\s*hours?",
        r"\bovertime\b", r"\bnight[\s-]+work", r"\bwork(?:ing)?\s+at\s+night\b",
    ),
    "light_work": (r"\bcông\s+việc\s+nhẹ\b", r"\blight\s+work\b"),
    "fine": (
        r"\b(?:phạt\s+tiền|mức\s+phạt|bị\s+phạt|xử\s+phạt|phạt\s+từ)\b",
        r"\d[\d.,]*\s*(?:đồng|triệu|nghìn|ngàn|tỷ|vnđ|vnd)\b",
        r"\b(?:vnd|vnđ)\s*\d",
        r"\b(?:fined|fines)\b", r"\ba\s+fine\s+(?:of|up\s+to|from|between)\b",
        r"\d[\d.,]*\s*(?:million|billion)?\s*dong\b",
    ),
}
_COMPILED = {kind: [re.compile(p, re.IGNORECASE) for p in pats]
             for kind, pats in _PATTERNS.items()}

# Words that say which rule an age is about, to name the closest statements.
_PROHIBITED = re.compile(
    r"nặng nhọc|nguy hiểm|độc hại|hóa chất|mang vác|công trường|karaoke|\bbar\b|bị cấm|"
    r"heavy|dangerous|hazardous|chemical|carry|construction|building site|prohibited|banned",
    re.IGNORECASE)

# kind -> the statements that say it correctly (closest first).
SUGGEST: dict[str, tuple[str, ...]] = {
    "age": ("rule.under13", "rule.13-15-light-work", "rule.15-18-prohibited"),
    "age_prohibited": ("rule.15-18-prohibited",),
    "hours": ("rule.under15-hours", "rule.15-18-hours"),
    "light_work": ("rule.13-15-light-work", "rule.under13"),
    "fine": (),
    "hotline": ("hotline", "rule.report-duty"),
}


@dataclass(frozen=True)
class LawClaim:
    kind: str  # age, hours, light_work, fine, hotline
    found: str  # the words that state it, as the editor wrote them
    suggest: tuple[str, ...]  # statement ids that say it correctly


def find_law_claim(text: str, hotline: str | None = None) -> LawClaim | None:
    """The first statement of law in `text`, or None when it is ordinary free text."""
    for kind in ("light_work", "age", "hours", "fine"):
        for pattern in _COMPILED[kind]:
            match = pattern.search(text)
            if match:
                # light work is looked for first, so an age here is about another rule
                key = "age_prohibited" if kind == "age" and _PROHIBITED.search(text) else kind
                return LawClaim(kind, match.group(0).strip(), SUGGEST[key])
    if hotline:
        match = re.search(rf"(?<![\d.,]){re.escape(hotline)}(?!\d)(?![.,]\d)", text)
        if match:
            return LawClaim("hotline", match.group(0), SUGGEST["hotline"])
    return None
