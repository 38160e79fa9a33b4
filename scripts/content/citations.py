"""Read citations back out of rendered text, the way `Helpers.cite` writes them:

    vi: "điểm d khoản 2 Điều 147 Bộ luật Lao động 2019", "Điều 143 đến Điều 147 …",
        "khoản 1 Điều 3, Điều 5 và Phụ lục II Thông tư 09/2020/TT-BLĐTBXH"
    en: "Labour Code 2019, art. 147(2)(d)", "Labour Code 2019, arts. 143–147",
        "Labour Code 2019, arts. 26(3) and 31(2)", "…, art. 3(1) and Annex II"

Used to check that both languages of a page cite the same law (instrument and article
or annex; clauses and points are not compared).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from scripts.content.models import Source


@dataclass(frozen=True, order=True)
class Citation:
    instrument: str  # id in docs/data/sources.yml
    ref: str  # an article number ("147") or an annex ("annex-II")

    def __str__(self) -> str:
        return f"{self.instrument}:{self.ref}"


_VI_ONE = r"(?:điểm [a-zđ] )?(?:khoản \d+ )?(?:Điều \d+(?: đến Điều \d+)?|Phụ lục [IVX]+)"
_VI_LIST = rf"{_VI_ONE}(?:(?:, | và ){_VI_ONE})*"
_EN_NUM = r"\d+(?:\([0-9a-zđ]+\))*(?![\w\-–])"
_EN_ONE = (rf"(?:art\. {_EN_NUM}|arts\. \d+–\d+|arts\. {_EN_NUM}(?:, {_EN_NUM})*"
           rf"(?: and {_EN_NUM})?|Annex [IVX]+)")
_EN_LIST = rf"{_EN_ONE}(?:(?:, | and ){_EN_ONE})*"
_RANGE = re.compile(r"(\d+)(?:(?: đến Điều |–)(\d+))?")
_ANNEX = re.compile(r"(?:Phụ lục|Annex) ([IVX]+)")


@cache
def _patterns(shorts: tuple[tuple[str, str], ...], lang: str) -> list[tuple[str, re.Pattern]]:
    out = []
    for source_id, short in shorts:
        name = re.escape(short)
        pattern = (rf"(?P<refs>{_VI_LIST}) {name}(?![\w/])" if lang == "vi"
                   # "list in Annex III, Circular 09/2020…, art. 9(1)": the annex
                   # named just before belongs to the instrument, as in Vietnamese
                   # "Phụ lục III, khoản 1 Điều 9 Thông tư 09/2020…".
                   else rf"(?P<pre>Annex [IVX]+, )?(?<![\w/]){name}, (?P<refs>{_EN_LIST})")
        out.append((source_id, re.compile(pattern)))
    return out


def _refs(text: str) -> set[str]:
    found = {f"annex-{m[1]}" for m in _ANNEX.finditer(text)}
    without_annexes = _ANNEX.sub(" ", text)
    # Clause and point numbers sit in brackets (en) or after "khoản" (vi): drop them.
    without_annexes = re.sub(r"\([0-9a-zđ]+\)|khoản \d+|điểm [a-zđ]", " ", without_annexes)
    for match in _RANGE.finditer(without_annexes):
        first, last = int(match[1]), int(match[2] or match[1])
        found |= {str(n) for n in range(first, last + 1)}
    return found


def citations(text: str, lang: str, sources: Mapping[str, Source]) -> set[Citation]:
    """Every (instrument, article or annex) the text cites in `lang`'s citation style."""
    text = re.sub(r"\s+", " ", text)
    shorts = tuple(sorted(((sid, s.short.get(lang)) for sid, s in sources.items()),
                          key=lambda pair: -len(pair[1])))
    found: set[Citation] = set()
    for source_id, pattern in _patterns(shorts, lang):
        for match in pattern.finditer(text):
            refs = match["refs"] + " " + (match.groupdict().get("pre") or "")
            found |= {Citation(source_id, ref) for ref in _refs(refs)}
    return found
