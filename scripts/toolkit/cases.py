"""Case studies and case questions, answered by the checker's oracle (scripts/checker).

The training material never writes down a verdict: it asks the oracle, so a session
teaches exactly what the checker page answers, in the checker's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scripts.checker.compile import compiled_rules
from scripts.checker.engine import Case, format_hours, judge, shown, to_query

# The verdicts a case question always offers; a case whose answer is another of the
# checker's verdicts (unconfirmed, family...) adds that one.
CORE_VERDICTS = ("allowed", "conditional", "not_allowed")
_SEP = " — "  # reason_text(): "sentence — citation labels"


@dataclass(frozen=True)
class Reason:
    text: str  # the oracle's sentence, without its citation labels
    status: str  # ok | condition | fail | unknown | missing | info
    cite: list[str]  # registry specs (instrument:article...)


@dataclass(frozen=True)
class Answer:
    facts: list[str]  # the situation, one short phrase each
    verdict: str  # one of the checker's verdicts (work-rules.yml `verdicts`)
    verdict_text: str
    reasons: list[Reason]
    cite: list[str]  # every registry spec the reasons rest on, in order
    query: dict[str, str]  # the checker page's query string for this case


def _name(items: list[dict[str, Any]], item_id: str) -> str:
    return next(i["name"] for i in items if i["id"] == item_id)


def _facts(case: Case, lang: str) -> list[str]:
    """The case's input as short phrases in the page's language."""
    rules = compiled_rules(lang)
    vi = lang == "vi"
    out = [f"{case.age} tuổi" if vi else f"aged {case.age}", _name(rules["jobs"], case.job)]
    if case.place:
        out.append(_name(rules["places"], case.place))
    for value, unit in ((case.hours_per_day, ("giờ/ngày", "hours a day")),
                        (case.hours_per_week, ("giờ/tuần", "hours a week"))):
        if value is not None:
            out.append(f"{format_hours(value, lang)} {unit[0 if vi else 1]}")
    if case.start and case.end:
        out.append(f"{case.start}–{case.end}")
    flags = {"night": ("có làm ban đêm", "some night work"),
             "overtime": ("có làm thêm giờ", "overtime"),
             "school_overlap": ("trùng giờ học", "during school hours"),
             "family": ("giúp việc cho gia đình mình", "for the child's own family")}
    out += [text[0 if vi else 1] for key, text in flags.items() if getattr(case, key)]
    return out


def answer(case: Case, lang: str) -> Answer:
    """What the checker page says about one case, in one language."""
    result = judge(case, lang)
    reasons, cites = [], []
    for r in shown(result["reasons"], lang):  # in the checker page's order (review 30, observed)
        # The labels after the dash are replaced by the portal's own citation text, so
        # every article on the page reads the same way.
        sentence = r["text"].rpartition(_SEP)[0] or r["text"]
        reasons.append(Reason(text=sentence, status=r["status"], cite=list(r["cites"])))
        cites += [c for c in r["cites"] if c not in cites]
    verdicts = compiled_rules(lang)["verdicts"]
    return Answer(facts=_facts(case, lang), verdict=result["verdict"],
                  verdict_text=verdicts[result["verdict"]], reasons=reasons, cite=cites,
                  query=to_query(case))


def verdict_options(verdict: str, lang: str) -> dict[str, str]:
    """The options of a case question: the checker's own verdict names, in its order."""
    verdicts = compiled_rules(lang)["verdicts"]
    return {v: text for v, text in verdicts.items() if v in CORE_VERDICTS or v == verdict}
