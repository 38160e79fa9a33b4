"""Review 31: the slices of the checker's answer matrix review 28 did not check, vi and en
side by side, from the Python engine (scripts.checker.engine.judge and shown).

    .venv/bin/python -m tests.legal_reviews.matrix31 /tmp/matrix31.txt
    .venv/bin/python -m tests.legal_reviews.matrix31 --browser /tmp/legal31-site

Parts: (1) every job row x ages 10, 11, 16 x hired / own family (no place, no hours);
(2) arts-performance and athlete at every place x ages 10, 12, 14, 16, hired and family;
(3) hours and time edges under 13 (hired, arts) and for the own family at 12, 14, 16;
(4) dates of birth at each band edge (the day before and the day of the 13th, 15th, 18th
birthday; 29 February, work-rules.yml decision feb-29) with a today's date, through the
page's own parsing (parse_query); (5) every reason whose status is "missing" or "unknown",
once per distinct sentence, over these inputs and review 28's (matrix28.cases()).
--browser compares window.portalChecker.evaluate and shown in Chromium with the engine on
every input of parts 1-4, both languages.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any

from scripts.checker.compile import compiled_rules
from scripts.checker.engine import judge, parse_query, shown
from tests.legal_reviews import matrix28
from tests.legal_reviews.matrix28 import EDGES_15_17, EDGES_UNDER15, answer

LANGS = ("vi", "en")
JOB_AGES = (10, 11, 16)
ARTS = ("arts-performance", "athlete")
PLACE_AGES = (10, 12, 14, 16)
TODAY = "2026-11-23"
# Under 13 the hours are those of under 15 (LC 146(1)), so the under-15 edges apply.
EDGE_SETS: list[tuple[str, tuple[int, ...], dict[str, Any], list[tuple[str, dict[str, Any]]]]] = [
    ("under 13 hired arts", (10, 12), {"job": "arts-performance"}, EDGES_UNDER15),
    ("family clean vegetables at a farm", (12, 14),
     {"job": "clean-vegetables", "place": "farm", "family": True}, EDGES_UNDER15),
    ("family clean vegetables at a farm", (16,),
     {"job": "clean-vegetables", "place": "farm", "family": True}, EDGES_15_17),
]
# (label, dob, today): the day before and the day of a band-edge birthday; 29 February.
DATES: list[tuple[str, str, str]] = [
    ("day before 13th birthday", "2013-11-24", TODAY),
    ("13th birthday", "2013-11-23", TODAY),
    ("day before 15th birthday", "2011-11-24", TODAY),
    ("15th birthday", "2011-11-23", TODAY),
    ("day before 18th birthday", "2008-11-24", TODAY),
    ("18th birthday", "2008-11-23", TODAY),
    ("born 29 Feb 2012, 28 Feb 2025 (13th not yet)", "2012-02-29", "2025-02-28"),
    ("born 29 Feb 2012, 1 Mar 2025 (13th)", "2012-02-29", "2025-03-01"),
    ("born 29 Feb 2008, 28 Feb 2026 (18th not yet)", "2008-02-29", "2026-02-28"),
    ("born 29 Feb 2008, 1 Mar 2026 (18th)", "2008-02-29", "2026-03-01"),
    ("born 29 Feb 2012, 28 Feb 2027 (15th not yet)", "2012-02-29", "2027-02-28"),
    ("born 29 Feb 2012, 1 Mar 2027 (15th)", "2012-02-29", "2027-03-01"),
    ("born 29 Feb 2012, 29 Feb 2028 (16th, a leap year)", "2012-02-29", "2028-02-29"),
    ("born 29 Feb 2012, 28 Feb 2028 (16th not yet)", "2012-02-29", "2028-02-28"),
]
DATE_JOBS = ("other", "athlete")


def cases() -> list[tuple[str, str, dict[str, Any]]]:
    """(part, label, case); a case with "query" goes through parse_query with its today."""
    rules = compiled_rules("en")
    out = matrix28.job_cases("1 jobs", JOB_AGES)
    for job in ARTS:
        for place in rules["places"]:
            for age in PLACE_AGES:
                for family in (False, True):
                    who = "family" if family else "hired"
                    out.append(("2 arts places", f"{job} at {place['id']} | {age} | {who}",
                                {"age": age, "job": job, "place": place["id"],
                                 "family": family}))
    for name, ages, base, edges in EDGE_SETS:
        for age in ages:
            for label, fields in edges:
                out.append(("3 edges", f"{name} | {age} | {label}",
                            {"age": age, **base, **fields}))
    for label, dob, today in DATES:
        for job in DATE_JOBS:
            for family in (False, True):
                who = "family" if family else "hired"
                query = {"dob": dob, "job": job, **({"family": "1"} if family else {})}
                out.append(("4 dates", f"{label} | dob {dob} today {today} | {job} | {who}",
                            {"query": query, "today": today}))
    return out


def _input(case: dict[str, Any], lang: str) -> Any:
    if "query" not in case:
        return case
    import datetime as dt
    parsed, errors = parse_query(case["query"], dt.date.fromisoformat(case["today"]), lang)
    assert parsed is not None, errors
    return parsed


def main(path: str) -> None:
    lines, where = matrix28.table(
        cases(), _input,
        lambda label, case: f"{label} (age {judge(_input(case, 'en'), 'en')['age']})")
    # Part 5: every missing / unknown sentence, over these inputs and review 28's.
    loose: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, label, case in [*cases(), *matrix28.cases()]:
        vi, en = answer(_input(case, "vi"), "vi"), answer(_input(case, "en"), "en")
        for rv, re_ in zip(vi["reasons"], en["reasons"], strict=True):
            if ":missing]" in rv or ":unknown]" in rv:
                loose[(rv, re_)].append(label)
    lines += ["", "=" * 100, f"PART 5 MISSING / UNKNOWN SENTENCES (vi, en): {len(loose)}",
              "=" * 100]
    for n, ((rv, re_), labels) in enumerate(loose.items(), 1):
        lines += ["", f"M{n} ({len(labels)} answers; first: {labels[0]})",
                  f"  vi {rv}", f"  en {re_}"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(cases())} inputs, {len(where)} distinct reason sentences, "
          f"{len(loose)} missing/unknown sentences -> {path}")


JS = """([c, today]) => {
  let input = c;
  if (c.query) {
    const parsed = window.portalChecker.parseQuery(c.query, today);
    if (!parsed.case) return {errors: parsed.errors};
    input = parsed.case;
  }
  const got = window.portalChecker.evaluate(input);
  return [got, window.portalChecker.shown(got.reasons)];
}"""


def browser(site: str) -> None:
    """Every input in Chromium, both languages: evaluate and shown equal the engine's."""
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    total = differ = 0
    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = chrome.new_page()
        for lang in LANGS:
            page.goto(f"{url}{lang}/checker.html")
            page.wait_for_function("() => window.portalChecker")
            for _, label, case in cases():
                want = judge(_input(case, lang), lang)
                got, order = page.evaluate(JS, [case, case.get("today", TODAY)])
                total += 1
                if got != want or order != shown(want["reasons"], lang):
                    differ += 1
                    print("DIFFER", lang, label)
        chrome.close()
    server.shutdown()
    print(f"{total} answers compared in Chromium, {differ} differ")



def counts() -> dict[str, int]:
    """The claims as review31.md counts them (review 28's rules, both languages together)."""
    loose = {"missing", "unknown"}
    answers: set[tuple[Any, ...]] = set()
    fines: set[tuple[Any, ...]] = set()
    conditions: set[tuple[Any, ...]] = set()
    work: set[tuple[Any, ...]] = set()
    other: set[str] = set()
    dates = 0
    for part, _, case in cases():
        got = judge(_input(case, "en"), "en")
        vi = judge(_input(case, "vi"), "vi")
        family = bool(case.get("family") or case.get("query", {}).get("family")) \
            and got["band"] != "adult"
        if part.startswith("4"):
            dates += 1  # each date input: its age, band and verdict
            key: tuple[Any, ...] = ("date", case["query"]["dob"], case["today"],
                                    case["query"]["job"], family)
        else:
            edge = tuple(sorted((k, str(v)) for k, v in case.items()
                                if k not in ("age", "job", "place", "family")))
            key = (got["band"], case["job"], case.get("place"), family, edge)
        answers.add(key)
        if got["fines"]:
            fines.add(key)
        if got["conditions"]:
            conditions.add(key)
        for r, rv in zip(got["reasons"], vi["reasons"], strict=True):
            if r["status"] in loose:
                continue
            if r["rule"] == "work":
                work.add((got["band"], case.get("job") or case["query"]["job"], family))
            else:
                other.add(r["text"] + rv["text"])
    part5: set[str] = set()
    for _, _, case in [*cases(), *matrix28.cases()]:
        for r in judge(_input(case, "en"), "en")["reasons"]:
            if r["status"] in loose:
                part5.add(r["text"])
    return {"verdicts": len(answers), "of which dates": dates, "work reasons": len(work),
            "other reasons": len(other), "missing/unknown sentences": len(part5),
            "fines": len(fines), "condition lists": len(conditions)}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--count"]:
        print(counts())
    elif len(sys.argv) > 2 and sys.argv[1] == "--browser":
        browser(sys.argv[2])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/matrix31.txt")
