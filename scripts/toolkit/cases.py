"""Case studies and case questions, answered by the checker's oracle (scripts/checker).

The training material never writes down a verdict for a checker case: it asks the
oracle, so a session teaches exactly what the checker page answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scripts.checker.engine import evaluate, format_hours, reason_text
from scripts.checker.model import default_rules
from scripts.content.data import ContentData, check_ref, parse_cite

VERDICTS = ("allowed", "conditional", "not_allowed")
# The checker names articles by short ids (lc-147-2-d); the content registry by
# instrument:article.clause.point. One prefix per instrument the checker cites.
_PREFIX = {"lc": "labour-code", "c09": "circular-09-2020"}
_CHECKER_ID = re.compile(r"^(?P<prefix>[a-z0-9]+?)-(?P<art>\d+)(?:-(?P<clause>\d+))?"
                         r"(?:-(?P<point>[a-z]{1,2}))?$")


def registry_cite(checker_id: str, content: ContentData) -> str:
    """'lc-147-2-dd' -> 'labour-code:147.2.đ', checked against sources.yml."""
    match = _CHECKER_ID.match(checker_id)
    if not match or match["prefix"] not in _PREFIX:
        raise ValueError(f"checker citation {checker_id!r} has no registered instrument")
    ref = ".".join(p for p in (match["art"], match["clause"],
                               (match["point"] or "").replace("dd", "đ")) if p)
    spec = f"{_PREFIX[match['prefix']]}:{ref}"
    src, ref = parse_cite(spec)
    check_ref(content.sources[src], ref)
    return spec


@dataclass(frozen=True)
class Reason:
    text: str  # the oracle's sentence, without its citation labels
    status: str  # ok | condition | fail
    cite: list[str]  # registry specs


@dataclass(frozen=True)
class Answer:
    case: str
    facts: list[str]  # the situation, one short phrase each
    verdict: str  # allowed | conditional | not_allowed
    verdict_text: str
    reasons: list[Reason]
    cite: list[str]  # every registry spec the reasons rest on, in order


def _facts(case: dict[str, Any], lang: str) -> list[str]:
    """The case's input as short phrases in the page's language."""
    rules = default_rules()
    vi = lang == "vi"
    out = []
    if case.get("age") is not None:
        out.append(f"{case['age']} tuổi" if vi else f"aged {case['age']}")
    out.append(rules.job(case["job"]).name.get(lang))
    day, week = case.get("hours_per_day"), case.get("hours_per_week")
    if day is not None:
        out.append(f"{format_hours(day, lang)} " + ("giờ/ngày" if vi else "hours a day"))
    if week is not None:
        out.append(f"{format_hours(week, lang)} " + ("giờ/tuần" if vi else "hours a week"))
    if case.get("start") and case.get("end"):
        out.append(f"{case['start']}–{case['end']}")
    flags = {"night": ("có làm ban đêm", "some night work"),
             "overtime": ("có làm thêm giờ", "overtime"),
             "school_overlap": ("trùng giờ học", "during school hours")}
    out += [text[0 if vi else 1] for key, text in flags.items() if case.get(key)]
    return out


def answer(case_id: str, case: dict[str, Any], lang: str, content: ContentData) -> Answer:
    """What the checker says about one case of its table, in one language."""
    rules = default_rules()
    if "age" not in case:
        raise ValueError(f"case {case_id!r}: training cases give the age, not a birth date")
    result = evaluate(case, rules)
    reasons, cites = [], []
    for r in result.reasons:
        # reason_text() is "sentence — labels"; the labels are replaced by the registry's
        # own citation text so every article on the page reads the same way.
        sentence = reason_text(result, r, lang, rules).rpartition(" — ")[0]
        specs = [registry_cite(c, content) for c in r.cites]
        reasons.append(Reason(text=sentence, status=r.status, cite=specs))
        cites += [s for s in specs if s not in cites]
    return Answer(case=case_id, facts=_facts(case, lang), verdict=result.verdict,
                  verdict_text=rules.verdicts[result.verdict].get(lang), reasons=reasons,
                  cite=cites)


def verdict_labels(lang: str) -> dict[str, str]:
    """The checker's own three verdict names: the options of a case question."""
    return {v: default_rules().verdicts[v].get(lang) for v in VERDICTS}
