"""Review 28: the checker's whole answer matrix, vi and en side by side, from the Python
engine (scripts.checker.engine.judge and shown; checker.js is held parallel by the fixtures).

    .venv/bin/python -m tests.legal_reviews.matrix28 /tmp/matrix28.txt

Three parts: every job row x ages 12, 13, 14, 15, 17, 18 x hired / own family (no place, no
hours); every place x ages 12, 14, 16, 18 with the job "other", hired and family; the hours
and time edges per band (13-14, 15-17 hired). Each answer: verdict, every reason in shown
order (status, text), the conditions and the fines, vi then en. The end lists every distinct
sentence once with the answers that carry it, so a reader can check each sentence once.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any

from scripts.checker.compile import compiled_rules
from scripts.checker.engine import judge, shown

LANGS = ("vi", "en")
JOB_AGES = (12, 13, 14, 15, 17, 18)
PLACE_AGES = (12, 14, 16, 18)
# Hours and time edges: (label, case fields), judged at 13 and 14 (under 15) and 15, 17.
EDGES_UNDER15: list[tuple[str, dict[str, Any]]] = [
    ("day 4 (at limit)", {"hours_per_day": 4}),
    ("day 4.5 (over)", {"hours_per_day": 4.5}),
    ("week 20 (at limit)", {"hours_per_week": 20}),
    ("week 20.5 (over)", {"hours_per_week": 20.5}),
    ("18:00-22:00 (ends at night start)", {"start": "18:00", "end": "22:00"}),
    ("18:01-22:01 (one minute of night)", {"start": "18:01", "end": "22:01"}),
    ("06:00-10:00 (starts at night end)", {"start": "06:00", "end": "10:00"}),
    ("05:59-09:59 (one minute of night)", {"start": "05:59", "end": "09:59"}),
    ("night box ticked", {"night": True}),
    ("overtime box ticked", {"overtime": True}),
    ("school overlap ticked", {"school_overlap": True}),
    ("day 3 typed, 15:00-19:00 (conflict)", {"hours_per_day": 3, "start": "15:00", "end": "19:00"}),
    ("day 1 (unit)", {"hours_per_day": 1}),
]
EDGES_15_17: list[tuple[str, dict[str, Any]]] = [
    ("day 8 (at limit)", {"hours_per_day": 8}),
    ("day 8.5 (over)", {"hours_per_day": 8.5}),
    ("week 40 (at limit)", {"hours_per_week": 40}),
    ("week 40.5 (over)", {"hours_per_week": 40.5}),
    ("14:00-22:00 (ends at night start)", {"start": "14:00", "end": "22:00"}),
    ("14:01-22:01 (one minute of night)", {"start": "14:01", "end": "22:01"}),
    ("06:00-14:00 (starts at night end)", {"start": "06:00", "end": "14:00"}),
    ("05:59-13:59 (one minute of night)", {"start": "05:59", "end": "13:59"}),
    ("22:00-06:00 (whole night, 8 h)", {"start": "22:00", "end": "06:00"}),
    ("night box ticked", {"night": True}),
    ("overtime box ticked", {"overtime": True}),
    ("school overlap ticked", {"school_overlap": True}),
    ("day 9 typed, 07:00-15:00 (conflict)", {"hours_per_day": 9, "start": "07:00", "end": "15:00"}),
]
# A job with no own art. 147(1) wording and on no Annex II list: the edges show the hours alone.
EDGE_JOBS = {"13-14": ("garment", "workshop"), "15-17": ("garment", "workshop")}


def answer(case: dict[str, Any], lang: str) -> dict[str, Any]:
    rules = compiled_rules(lang)
    out = judge(case, lang)
    return {
        "verdict": f"{out['verdict']}: {rules['verdicts'][out['verdict']]}",
        "reasons": [f"[{r['rule']}:{r['status']}] {r['text']}"
                    for r in shown(out["reasons"], lang)],
        "conditions": out["conditions"],
        "fines": [rules["fines"][f]["text"] for f in out["fines"]],
    }


def job_cases(part: str, ages: tuple[int, ...]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every job row at each age, hired and for the own family (matrix31 reuses it)."""
    return [(part, f"{job['id']} | {age} | {'family' if family else 'hired'}",
             {"age": age, "job": job["id"], "family": family})
            for job in compiled_rules("en")["jobs"] for age in ages for family in (False, True)]


def cases() -> list[tuple[str, str, dict[str, Any]]]:
    """(part, label, case) for the whole matrix."""
    rules = compiled_rules("en")
    out = job_cases("jobs", JOB_AGES)
    for place in rules["places"]:
        for age in PLACE_AGES:
            for family in (False, True):
                who = "family" if family else "hired"
                out.append(("places", f"{place['id']} | {age} | {who} | job other",
                            {"age": age, "job": "other", "place": place["id"], "family": family}))
    for band, ages, edges in (("13-14", (13, 14), EDGES_UNDER15), ("15-17", (15, 17), EDGES_15_17)):
        job, place = EDGE_JOBS[band]
        for age in ages:
            for label, fields in edges:
                out.append(("edges", f"{band} | {age} | {label} | {job} at {place} hired",
                            {"age": age, "job": job, "place": place, **fields}))
    return out


def table(rows: list[tuple[str, str, Any]], to_input: Any = lambda case, lang: case,
          heading: Any = lambda label, case: label) -> tuple[list[str], dict]:
    """Every answer vi and en side by side, then each distinct reason sentence once
    (matrix31 reuses it with its own inputs)."""
    lines: list[str] = []
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    part_now = ""
    for part, label, case in rows:
        if part != part_now:
            lines += ["", "=" * 100, f"PART {part}", "=" * 100]
            part_now = part
        vi, en = answer(to_input(case, "vi"), "vi"), answer(to_input(case, "en"), "en")
        lines += ["", f"## {heading(label, case)}", f"  verdict vi: {vi['verdict']}",
                  f"  verdict en: {en['verdict']}"]
        for rv, re_ in zip(vi["reasons"], en["reasons"], strict=True):
            lines += [f"  - vi {rv}", f"    en {re_}"]
            where[(rv, re_)].append(label)
        lines.append(f"  conditions: {', '.join(vi['conditions']) or '-'}")
        for fv, fe in zip(vi["fines"], en["fines"], strict=True):
            lines += [f"  fine vi: {fv}", f"  fine en: {fe}"]
    lines += ["", "=" * 100, f"DISTINCT REASON SENTENCES (vi, en): {len(where)}", "=" * 100]
    for n, ((rv, re_), labels) in enumerate(where.items(), 1):
        lines += ["", f"S{n} ({len(labels)} answers; first: {labels[0]})",
                  f"  vi {rv}", f"  en {re_}"]
    return lines, where


def main(path: str) -> None:
    lines, where = table(cases())
    rules = {lang: compiled_rules(lang) for lang in LANGS}
    lines += ["", "=" * 100, "CONDITIONS AND FINES (vi, en)", "=" * 100]
    for cid, cond in rules["vi"]["conditions"].items():
        other = rules["en"]["conditions"][cid]
        lines += ["", f"C {cid}", f"  vi {cond['text']} {cond['items']}",
                  f"  en {other['text']} {other['items']}"]
    for fid, fine in rules["vi"]["fines"].items():
        lines += ["", f"F {fid}", f"  vi {fine['text']}",
                  f"  en {rules['en']['fines'][fid]['text']}"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(cases())} answers, {len(where)} distinct reason sentences -> {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/matrix28.txt")
