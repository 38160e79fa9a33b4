"""The oracle: given what the reader typed, what does the law say? Pure functions over
the compiled rules of one language (scripts/checker/compile.py).

overrides/assets/javascripts/checker.js implements the same steps in the same order
(parse the query string, judge, word the reasons); tests/fixtures/checker_cases.yml runs
against both, so keep the two parallel.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from scripts.checker.compile import compiled_rules
from scripts.site.languages import language

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_INT = re.compile(r"^\d+$")
_DAY = 24 * 60
MAX_AGE = 130
# Query-string names (what the page's URL carries) -> flags of a case.
FLAGS = {"night": "night", "ot": "overtime", "school": "school_overlap", "family": "family"}
# Verdicts that list no employer conditions.
NO_CONDITIONS = ("not_allowed", "family", "family_over")


class Case(BaseModel):
    """What the reader told us, checked. Age in full years, or a birth date and the day."""

    model_config = ConfigDict(extra="forbid")

    age: int | None = None
    birth_date: dt.date | None = None
    today: dt.date | None = None
    job: str
    place: str | None = None
    family: bool = False
    hours_per_day: float | None = None
    hours_per_week: float | None = None
    start: str | None = None
    end: str | None = None
    night: bool = False  # the reader says some of the work is in the night period
    overtime: bool = False
    school_overlap: bool = False


def full_years(birth: dt.date, on: dt.date) -> int:
    """Completed years of age on a day ("đủ N tuổi").

    Reviewed decision feb-29 (work-rules.yml): a 29 February birthday counts from 1 March
    in a year without 29 February, which the tuple comparison gives: (2, 28) < (2, 29).
    """
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def shift_minutes(start: str, end: str) -> int:
    """Length of a shift; an end at or before the start runs past midnight, and an end
    equal to the start is a full 24 hours."""
    length = (_minutes(end) - _minutes(start)) % _DAY
    return length or _DAY


def overlaps_night(start: str, end: str, night_start: str, night_end: str) -> bool:
    """Does the shift [start, start + length) share at least one minute with the night?"""
    s = _minutes(start)
    e = s + shift_minutes(start, end)
    ns, ne = _minutes(night_start), _minutes(night_end)
    night_len = (ne - ns) % _DAY or _DAY
    # Night periods that can meet a shift of at most 24 h starting in [0, 24 h).
    return any(max(s, n) < min(e, n + night_len) for n in (ns - _DAY, ns, ns + _DAY))


def format_hours(value: float, lang: str) -> str:
    """4 -> "4", 4.5 -> "4.5" (en) / "4,5" (vi). Same as fmtHours() in checker.js."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", language(lang).decimal)


def parse_number(raw: str) -> float | None:
    """ "1,5" and "1.5" are both one and a half; anything else is not a number."""
    raw = raw.strip()
    return float(raw.replace(",", ".")) if _NUMBER.match(raw) else None


def parse_query(params: dict[str, str], today: dt.date, lang: str = "en"
                ) -> tuple[Case | None, dict[str, str]]:
    """The page's query string (or form) -> a case, or {field: ui error key}.

    Same checks, same order and same error keys as parseQuery() in checker.js.
    """
    rules = compiled_rules(lang)
    get = {k: str(v).strip() for k, v in params.items()}
    errors: dict[str, str] = {}
    data: dict[str, Any] = {}
    dob = get.get("dob", "")
    if dob:
        try:
            birth = dt.date.fromisoformat(dob) if _DATE.match(dob) else None
        except ValueError:
            birth = None
        if birth is None or birth > today or today.year - birth.year > MAX_AGE:
            errors["dob"] = "error_dob"
        else:
            data.update(birth_date=birth, today=today)
    else:
        age = get.get("age", "")
        if not age:
            errors["age"] = "error_age"
        elif not _INT.match(age) or int(age) > MAX_AGE:
            errors["age"] = "error_age_range"
        else:
            data["age"] = int(age)
    job = get.get("job", "")
    if job not in {j["id"] for j in rules["jobs"]}:
        errors["job"] = "error_job"
    else:
        data["job"] = job
    place = get.get("place", "")
    if place in {p["id"] for p in rules["places"]}:
        data["place"] = place
    for key, field, top in (("day", "hours_per_day", 24), ("week", "hours_per_week", 168)):
        raw = get.get(key, "")
        if raw:
            value = parse_number(raw)
            if value is None or value > top:
                errors[key] = f"error_hours_{key}"
            else:
                data[field] = value
    start, end = get.get("start", ""), get.get("end", "")
    if start or end:
        for key, value in (("start", start), ("end", end)):
            if not _TIME.match(value):
                errors[key] = "error_times_partial"
        if not ({"start", "end"} & errors.keys()):
            data.update(start=start, end=end)
    for key, field in FLAGS.items():
        data[field] = get.get(key, "") == "1"
    if errors:
        return None, errors
    return Case.model_validate(data), {}


def to_query(case: Case) -> dict[str, str]:
    """A case as the page's query string (the inverse of parse_query, without today)."""
    out: dict[str, str] = {}
    if case.birth_date:
        out["dob"] = case.birth_date.isoformat()
    elif case.age is not None:
        out["age"] = str(case.age)
    out["job"] = case.job
    if case.place:
        out["place"] = case.place
    for key, value in (("day", case.hours_per_day), ("week", case.hours_per_week)):
        if value is not None:
            out[key] = format_hours(value, "en")
    if case.start and case.end:
        out.update(start=case.start, end=case.end)
    for key, field in FLAGS.items():
        if getattr(case, field):
            out[key] = "1"
    return out


def _reason(rule: str, status: str, cites: list[str], message: str,
            values: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"rule": rule, "status": status, "cites": list(cites), "message": message,
            "values": values or {}}


def _find(items: list[dict[str, Any]], item_id: str) -> dict[str, Any]:
    return next(i for i in items if i["id"] == item_id)


def band_for(rules: dict[str, Any], age: int) -> dict[str, Any]:
    return next(b for b in rules["bands"]
                if b["min_age"] <= age and (b["max_age"] is None or age < b["max_age"]))


def _work_allowed(allow: str, job: dict[str, Any]) -> bool:
    if allow == "arts_sport":
        return job["arts_sport"]
    if allow == "light_work":
        return job["light_item"] is not None
    if allow == "not_prohibited":
        return job["prohibited"] is None
    return True  # "any"


def _hours_reasons(band: dict[str, Any], case: Case) -> list[dict[str, Any]]:
    """Day (typed hours or the start-end span, the larger) and week."""
    hours = band["hours"]
    typed = case.hours_per_day
    span = shift_minutes(case.start, case.end) / 60 if case.start and case.end else None
    values: dict[str, Any] = {"limit": hours["per_day"]}
    if span is not None:
        values.update(start=case.start, end=case.end, span=span)
        values["basis"] = "conflict" if typed is not None and typed != span else "times"
        if typed is not None:
            values["typed"] = typed
    judged = max(x for x in (typed, span) if x is not None) if (typed, span) != (None, None) \
        else None
    # Over the limit: a breach, unless the band may work overtime in the jobs of a list
    # the portal cannot confirm (15-17, art. 146(2)): then the page cannot say yes.
    listed = band["overtime"]["rule"] == "listed_jobs_only"
    over_status = "unknown" if listed else "fail"
    over_cites = list(dict.fromkeys([*hours["cites"], *band["overtime"]["cites"]])) \
        if listed else hours["cites"]
    out = []
    if judged is None:
        out.append(_reason("day", "missing", hours["cites"], "day_missing", values))
    else:
        values["hours"] = judged
        if judged > hours["per_day"]:
            out.append(_reason("day", over_status, over_cites,
                               "day_over_listed" if listed else "day_fail", values))
        else:
            out.append(_reason("day", "ok", hours["cites"], "day_ok", values))
    week = case.hours_per_week
    wvalues: dict[str, Any] = {"limit": hours["per_week"]}
    if week is None:
        out.append(_reason("week", "missing", hours["cites"], "week_missing", wvalues))
    else:
        wvalues["hours"] = week
        if week > hours["per_week"]:
            out.append(_reason("week", over_status, over_cites,
                               "week_over_listed" if listed else "week_fail", wvalues))
        else:
            out.append(_reason("week", "ok", hours["cites"], "week_ok", wvalues))
    return out


def _time_reasons(rules: dict[str, Any], band: dict[str, Any], case: Case
                  ) -> list[dict[str, Any]]:
    """Night, overtime and school time."""
    out = []
    times = bool(case.start and case.end)
    night = case.night or (times and overlaps_night(
        case.start, case.end, rules["night"]["start"], rules["night"]["end"]))  # type: ignore[arg-type]
    spec = band["night"]
    tvalues = {"start": case.start, "end": case.end} if times else {}
    if night:
        if spec["rule"] == "forbidden":
            out.append(_reason("night", "fail", spec["cites"], "night_fail"))
        else:  # only in jobs on a list the portal cannot confirm: cannot say yes
            out.append(_reason("night", "unknown", spec["cites"], "night_listed"))
    elif times:
        out.append(_reason("night", "ok", spec["cites"], "night_ok", tvalues))
    else:
        out.append(_reason("night", "missing", spec["cites"], "night_missing"))
    spec = band["overtime"]
    if spec["rule"] == "forbidden":
        out.append(_reason("overtime", "fail" if case.overtime else "ok", spec["cites"],
                           "overtime_fail" if case.overtime else "overtime_ok"))
    elif case.overtime:
        out.append(_reason("overtime", "unknown", spec["cites"], "overtime_listed"))
    school = band["school"]
    if school and school["rule"] == "under15":
        out.append(_reason("school", "fail" if case.school_overlap else "condition",
                           school["cites"],
                           "school_fail" if case.school_overlap else "school_condition"))
    elif school and case.school_overlap:  # 15-17: said, never silently ignored
        out.append(_reason("school", "condition", school["cites"], "school_study"))
    return out


def _place_reasons(band: dict[str, Any], places: list[dict[str, Any]], allowed: bool,
                   family: bool) -> list[dict[str, Any]]:
    rule = band["places"]
    if not places:
        return [_reason("place", "missing", rule["cites"], "place_missing")]
    out = []
    for place in places:
        values = {"place": place["id"]}
        if place["point"] in rule["points"]:
            status = rule["rule"]
            if status == "unknown" and (not allowed or family):
                # Under 13, work other than arts or sport at a place barred even at 13-17:
                # a breach, as at 13-14, not "cannot say yes"; for the family it was a milder
                # verdict than at 13 (review 28, F1). Arts or sport there stay "unknown" for
                # an employer (the provincial consent decides), not for the own family, who
                # asks no consent (review 31, F1).
                status = "fail"
            out.append(_reason("place", status, [*rule["cites"], place["point"]],
                               f"place_{status}", values))
        else:
            out.append(_reason("place", "ok", rule["cites"], "place_ok", values))
    return out


def _fined_rules(fine: dict[str, Any], band_id: str) -> set[str]:
    """The rules that bring this fine for this band (`only_for` limits some of them)."""
    return {r for r in fine["rules"] if band_id in fine["only_for"].get(r, [band_id])}


def evaluate(case: Case | dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """The verdict for one case, with every reason and the citations it rests on.

    Statuses: fail (a rule is broken), unknown (the law allows it only through a list
    or a decision the page cannot confirm), missing (not given, not checked), condition,
    ok, info. The result has no language-dependent field except in `values`' ids.
    """
    rules = compiled_rules(lang)
    case = case if isinstance(case, Case) else Case.model_validate(case)
    age = case.age if case.age is not None else full_years(case.birth_date, case.today)  # type: ignore[arg-type]
    band = band_for(rules, age)
    job = _find(rules["jobs"], case.job)
    family = case.family and band["minor"]

    reasons = []
    work = band["work"]
    allowed = _work_allowed(work["allow"], job)
    cites = list(work["cites"]) + (list(work["ok_cites"]) if allowed else [])
    if not allowed and job["prohibited"] and work["allow"] == "not_prohibited":
        cites.append(job["prohibited"])  # name the exact art. 147 point
    values: dict[str, Any] = {"job": job["id"]}
    if job["light_item"]:
        values["item"] = job["light_item"]
    status = work["ok_status"] if allowed else "fail"
    if not allowed and not job["prohibited"]:
        # Outside the known light work but on no art. 147(1) point: while an Annex II
        # item is unconfirmed this is "unknown", not a breach (compile._fail_status). A
        # job the Code bans even at 15-17 stays a breach at 13-14.
        status = work["fail_status"]
    message = "ok" if allowed else "fail"
    if allowed and job["light_wording_unconfirmed"] and work["ok_wording"]:
        # The job matches a light-work item whose official wording is not confirmed:
        # a condition (ask for its exact scope), never "this work is on it".
        status, message = "condition", "ok_wording"
    if not allowed and job["prohibited"] and work.get("fail_prohibited"):
        # A job of art. 147(1) outside what the band allows (under 13, 13-14): its ground is
        # that the Code bans it even at 15-17; said with its point (review 25, F1; under 13,
        # where the own-family answer needs it: review 26, F1).
        message = "fail_prohibited"
        cites.append(job["prohibited"])
    own = job["not_prohibited"] if allowed and work["allow"] == "not_prohibited" else None
    if own:  # the job's own wording of the art. 147(1) check (work-rules.yml)
        status, message = own["status"], "own"
        cites = [*work["cites"], *own["cites"]]
    if family and not allowed and not job["prohibited"] and status == "fail":
        # Own family: the job-type lists are written for employers; not a breach found.
        # The sentence is definite (the work is not of the allowed kinds), so it is a note,
        # not "cannot be confirmed": whether the rule binds a family is the family note's
        # point (review 25, observed 2). Item 12's "unknown" at 13-14 stays.
        status = "info"
    if family and work.get(f"{message}_family"):
        # Own family: the employer's rule said as a yardstick, without the employer's
        # consent or hiring advice (review 24, observed 5).
        message = f"{message}_family"
    reasons.append(_reason("work", status, cites, message, values))

    if band["minor"]:
        ids = list(dict.fromkeys(p for p in (case.place, job["place"]) if p))
        reasons += _place_reasons(band, [_find(rules["places"], p) for p in ids], allowed,
                                  family)
        reasons += _hours_reasons(band, case)
        reasons += _time_reasons(rules, band, case)
    if family:
        reasons.append(_reason("family", "info", rules["family"]["cites"], "family"))

    statuses = {r["status"] for r in reasons}
    if family:
        verdict = "family_over" if "fail" in statuses else "family"
    elif "fail" in statuses:
        verdict = "not_allowed"
    elif "unknown" in statuses:
        verdict = "unconfirmed"
    elif band["minor"] or "condition" in statuses:
        verdict = "conditional"
    else:
        verdict = "allowed"
    failed = {r["rule"] for r in reasons if r["status"] == "fail"}
    fines = [key for key, fine in rules["fines"].items()
             if verdict == "not_allowed" and failed & _fined_rules(fine, band["id"])]
    return {"verdict": verdict, "age": age, "band": band["id"], "reasons": reasons,
            # An employer's conditions: none when not allowed, none for the child's own
            # family (arts. 144-145 bind an employer; guide/family-work).
            "conditions": list(band["conditions"]) if verdict not in NO_CONDITIONS else [],
            "fines": fines}


def _fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def reason_text(rules: dict[str, Any], band: dict[str, Any], reason: dict[str, Any]) -> str:
    """One reason as the sentence the page shows, its citations after a dash."""
    lang = rules["lang"]
    own = band["places"]["messages"] if reason["rule"] == "place" else {}
    key = reason["message"].removeprefix("place_")
    template = (_find(rules["jobs"], reason["values"]["job"])["not_prohibited"]["text"]
                if reason["rule"] == "work" and reason["message"] == "own"
                else band["work"][reason["message"]] if reason["rule"] == "work"
                else own[key] if key in own else rules["messages"][reason["message"]])
    values = {"who": band["who"], "night_start": rules["night"]["start"],
              "night_end": rules["night"]["end"]}
    for key, raw in reason["values"].items():
        if key in ("hours", "typed", "span"):  # an amount: with its unit
            unit = rules["hours_unit"]["one" if float(raw) == 1 else "other"]
            values[key] = unit.replace("{n}", format_hours(float(raw), lang))
        elif key == "limit":  # the message writes the unit itself
            values[key] = format_hours(float(raw), lang)
        elif key == "job":
            values[key] = _find(rules["jobs"], raw)["name"]
        elif key == "place":
            values[key] = _find(rules["places"], raw)["name"]
        else:
            values[key] = str(raw)
    sentence = _fill(template, values)
    basis = reason["values"].get("basis")
    if basis:  # how the day's hours were found, said before the judgement
        sentence = _fill(rules["messages"][f"basis_{basis}"], values) + " " + sentence
    labels = "; ".join(rules["citations"][c]["label"] for c in reason["cites"])
    return f"{sentence} — {labels}"


def explain(result: dict[str, Any], lang: str) -> dict[str, Any]:
    """The result in the shape window.portalChecker.evaluate() returns (for comparison)."""
    rules = compiled_rules(lang)
    band = _find(rules["bands"], result["band"])
    return {
        "verdict": result["verdict"],
        "age": result["age"],
        "band": result["band"],
        "reasons": [{"rule": r["rule"], "status": r["status"], "cites": r["cites"],
                     "text": reason_text(rules, band, r)} for r in result["reasons"]],
        "conditions": result["conditions"],
        "fines": result["fines"],
    }


def shown(reasons: list[dict[str, Any]], lang: str = "en") -> list[dict[str, Any]]:
    """The reasons in the order the page shows them (shown() in checker.js): the
    compiled `shown_order`, stable within a rank."""
    order = compiled_rules(lang)["shown_order"]

    def rank(r: dict[str, Any]) -> int:
        key = f"{r['rule']}:{r['status']}"
        return order.index(key) if key in order else order.index(r["status"])
    return sorted(reasons, key=rank)


def judge(case: Case | dict[str, Any], lang: str) -> dict[str, Any]:
    """evaluate() then explain(): the page's answer for a case, in one language."""
    return explain(evaluate(case, lang), lang)
