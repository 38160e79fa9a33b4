"""The oracle: given a case, what does the law say? Pure functions over WorkRules.

overrides/assets/javascripts/checker.js implements the same steps in the same order;
tests/fixtures/checker_cases.yml runs against both, so keep the two parallel.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from scripts.checker.model import Band, Job, Status, WorkRules, default_rules

Verdict = Literal["allowed", "conditional", "not_allowed"]
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DAY = 24 * 60


class Case(BaseModel):
    """What the reader told us. Age in full years, or a birth date and the day to judge."""

    model_config = ConfigDict(extra="forbid")

    age: int | None = Field(default=None, ge=0, le=130)
    birth_date: date | None = None
    today: date | None = None  # the day the age is counted to
    job: str
    hours_per_day: float | None = Field(default=None, ge=0, le=24)
    hours_per_week: float | None = Field(default=None, ge=0, le=168)
    start: str | None = Field(default=None, pattern=_TIME.pattern)
    end: str | None = Field(default=None, pattern=_TIME.pattern)
    night: bool = False  # the reader says some of the work is between 22:00 and 06:00
    overtime: bool = False
    school_overlap: bool = False

    @model_validator(mode="after")
    def _age_given(self) -> Case:
        if self.age is None and (self.birth_date is None or self.today is None):
            raise ValueError("give age, or birth_date and today")
        if self.birth_date and self.today and self.birth_date > self.today:
            raise ValueError("birth_date is after today")
        return self


class Reason(BaseModel):
    rule: str  # work | place | day | week | night | overtime | school
    status: Status
    cites: list[str]
    message: str  # key into band.work (ok/fail) or rules.messages
    values: dict[str, str] = {}


class Result(BaseModel):
    verdict: Verdict
    age: int
    band: str
    reasons: list[Reason]
    conditions: list[str]


def full_years(birth: date, on: date) -> int:
    """Completed years of age on a day ("đủ N tuổi"); a 29 February birthday counts from 1 March."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def overlaps_night(start: str, end: str, night_start: str, night_end: str) -> bool:
    """Does [start, end) share at least one minute with the night period?

    Times are HH:MM; an end at or before the start means the shift runs past midnight.
    Equal start and end describe no shift at all.
    """
    s, e = _minutes(start), _minutes(end)
    if s == e:
        return False
    work = [(s, e)] if s < e else [(s, _DAY), (0, e)]
    ns, ne = _minutes(night_start), _minutes(night_end)
    night = [(ns, ne)] if ns < ne else [(ns, _DAY), (0, ne)]
    return any(max(a, c) < min(b, d) for a, b in work for c, d in night)


def format_hours(value: float, lang: str) -> str:
    """4 -> "4", 4.5 -> "4.5" (en) / "4,5" (vi). Same as fmtHours() in checker.js."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def _work_allowed(allow: str, job: Job) -> bool:
    if allow == "arts_sport":
        return job.arts_sport
    if allow == "light_work":
        return job.light_work is not None
    if allow == "not_prohibited":
        return job.prohibited is None
    return True  # "any"


def _limit_reasons(band: Band, case: Case, night: bool) -> list[Reason]:
    """Hours, night, overtime and school checks of a minor band."""
    reasons: list[Reason] = []
    assert band.hours and band.night and band.overtime  # guaranteed by the model
    for rule, given, limit in (("day", case.hours_per_day, band.hours.per_day),
                               ("week", case.hours_per_week, band.hours.per_week)):
        values = {"limit": str(limit)}
        if given is None:
            status, key = "condition", f"{rule}_unknown"
        elif given > limit:
            status, key = "fail", f"{rule}_fail"
            values["hours"] = str(given)
        else:
            status, key = "ok", f"{rule}_ok"
            values["hours"] = str(given)
        reasons.append(Reason(rule=rule, status=status, cites=band.hours.cites,
                              message=key, values=values))
    for rule, flag, spec in (("night", night, band.night),
                             ("overtime", case.overtime, band.overtime)):
        if spec.rule == "forbidden":
            status = "fail" if flag else "ok"
            reasons.append(Reason(rule=rule, status=status, cites=spec.cites,
                                  message=f"{rule}_{'fail' if flag else 'ok'}"))
        elif flag:  # listed_jobs_only: only said when it matters; the list is unconfirmed
            reasons.append(Reason(rule=rule, status="condition", cites=spec.cites,
                                  message=f"{rule}_listed"))
    if band.school:
        status = "fail" if case.school_overlap else "ok"
        reasons.append(Reason(rule="school", status=status, cites=band.school.cites,
                              message=f"school_{status}"))
    return reasons


def evaluate(case: Case | dict[str, Any], rules: WorkRules | None = None) -> Result:
    """The verdict for one case, with every reason and the citations it rests on."""
    rules = rules or default_rules()
    case = case if isinstance(case, Case) else Case.model_validate(case)
    age = case.age if case.age is not None else full_years(case.birth_date, case.today)  # type: ignore[arg-type]
    band = rules.band_for(age)
    job = rules.job(case.job)

    reasons: list[Reason] = []
    allowed = _work_allowed(band.work.allow, job)
    cites = list(band.work.cites) + (list(band.work.ok_cites) if allowed else [])
    if not allowed and job.prohibited and band.work.allow == "not_prohibited":
        cites.append(job.prohibited)  # name the exact art. 147 point
    values = {"job": job.id}
    if job.light_work:
        values["item"] = str(job.light_work)
    reasons.append(Reason(rule="work", status=band.work.ok_status if allowed else "fail",
                          cites=cites, message="ok" if allowed else "fail", values=values))
    places = band.banned_places
    if places and job.prohibited in places.points:
        reasons.append(Reason(rule="place", status="fail",
                              cites=[*places.cites, job.prohibited], message="place_fail"))
    if band.minor:
        night = case.night or bool(
            case.start and case.end
            and overlaps_night(case.start, case.end, rules.night.start, rules.night.end))
        reasons += _limit_reasons(band, case, night)

    statuses = {r.status for r in reasons}
    verdict: Verdict = ("not_allowed" if "fail" in statuses
                        else "conditional" if band.minor or "condition" in statuses
                        else "allowed")
    return Result(verdict=verdict, age=age, band=band.id, reasons=reasons,
                  conditions=list(band.conditions))


def reason_text(result: Result, reason: Reason, lang: str, rules: WorkRules | None = None) -> str:
    """One reason as the sentence the page shows, its citations after a dash."""
    rules = rules or default_rules()
    band = next(b for b in rules.bands if b.id == result.band)
    template = (getattr(band.work, reason.message) if reason.rule == "work"
                else rules.messages[reason.message]).get(lang)
    values = {"who": band.who.get(lang), "night_start": rules.night.start,
              "night_end": rules.night.end}
    for key, raw in reason.values.items():
        if key in ("hours", "limit"):
            values[key] = format_hours(float(raw), lang)
        elif key == "job":
            values[key] = rules.job(raw).name.get(lang)
        else:
            values[key] = raw
    sentence = template.format(**values)
    labels = "; ".join(rules.citations[c].get(lang) for c in reason.cites)
    return f"{sentence} — {labels}"


def explain(result: Result, lang: str, rules: WorkRules | None = None) -> dict[str, Any]:
    """The result in the shape window.portalChecker.evaluate() returns (for comparison)."""
    return {
        "verdict": result.verdict,
        "age": result.age,
        "band": result.band,
        "reasons": [
            {"rule": r.rule, "status": r.status, "cites": r.cites,
             "text": reason_text(result, r, lang, rules)}
            for r in result.reasons
        ],
        "conditions": result.conditions,
    }
