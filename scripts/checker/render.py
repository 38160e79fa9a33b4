"""The checker page's HTML (form, no-JavaScript rules tables, help), from Jinja2 templates.

Called by scripts/checker/feature.py; knows nothing about MkDocs.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from scripts.checker.compile import PAGE, compile_rules
from scripts.checker.engine import evaluate, format_hours
from scripts.content.data import load_content, parse_cite
from scripts.i18n import and_list, t, ui_table
from scripts.paths import docs_dir as default_docs_dir

TEMPLATES = Path(__file__).parent / "templates"
PARTS = ("form", "rules", "help")
# Placeholders filled in later (by the JavaScript, or per band below): left as they are.
_JS_KEYS = {"checker_summary", "checker_result_age", "checker_job_count", "checker_job_places",
            "checker_job_places_also",
            "checker_hours_cell",
            "checker_hours_cell_normal",
            "checker_echo_job", "checker_echo_place", "checker_echo_place_implied",
            "checker_echo_hours", "checker_echo_times", "checker_selected_job"}


@cache
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def cited_instruments(lang: str, rules: dict[str, Any]) -> str:
    """The short names (docs/data/sources.yml, in its order) of every instrument the
    checker's answers cite, joined for a sentence: the disclaimer names what the answers
    rest on, fines and family note included (review 25, observed 1)."""
    sources = load_content().sources
    used = {parse_cite(cid)[0] for cid in rules["citations"]}
    names = [s.short.get(lang) for sid, s in sources.items() if sid in used]
    return and_list(names, lang)


def _ui(lang: str, rules: dict[str, Any]) -> dict[str, str]:
    values = {"start": rules["night"]["start"], "end": rules["night"]["end"],
              "name": rules["help"]["hotline"]["name"],
              "sources": cited_instruments(lang, rules)}
    return {
        key.removeprefix("checker_"): (ui_table(lang)[key] if key in _JS_KEYS
                                       else t(lang, key, **values))
        for key in ui_table(lang) if key.startswith("checker_")
    }


def script_json(data: dict[str, Any]) -> Markup:
    """JSON safe inside <script>: no "</script>" or "<!--" can be formed, so it is
    marked safe for the template (HTML-escaping would break the JSON)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("&", "\\u0026"))


def _bands(lang: str, rules: dict[str, Any], ui: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for b in rules["bands"]:
        row: dict[str, Any] = {"name": b["name"], "minor": b["minor"],
                               "summary": b["work"]["summary"],
                               "work_cites": [*b["work"]["cites"], *b["work"]["ok_cites"]]}
        if b["places"]:
            row["work_cites"] += b["places"]["cites"]
        row["work_cites"] = list(dict.fromkeys(row["work_cites"]))  # each article once
        if b["minor"]:
            # Where overtime is lawful in listed jobs (15 to under 18, art. 146(2)), the
            # limits are the normal hours, not an absolute cap (review 5, N6).
            cell = "hours_cell_normal" if b["overtime"]["rule"] == "listed_jobs_only" \
                else "hours_cell"
            row["hours_text"] = ui[cell].replace(
                "{day}", format_hours(b["hours"]["per_day"], lang)).replace(
                "{week}", format_hours(b["hours"]["per_week"], lang))
            row["hours_cites"] = b["hours"]["cites"]
            row["night_text"] = ui["night_forbidden"] if b["night"]["rule"] == "forbidden" \
                else ui["night_listed"]
            row["night_cites"] = list(dict.fromkeys([*b["night"]["cites"],
                                                     *b["overtime"]["cites"]]))
            row["conditions"] = [rules["conditions"][c] for c in b["conditions"]]
        rows.append(row)
    return rows


def _cell(rules: dict[str, Any], lang: str, case: dict[str, Any]) -> dict[str, Any]:
    """A table cell: the oracle's own answer on the job or place alone."""
    result = evaluate(case, lang)
    judged = [r for r in result["reasons"] if r["rule"] in ("work", "place")
              and r["status"] != "missing"]
    statuses = {r["status"] for r in judged}
    verdict = ("not_allowed" if "fail" in statuses else
               "unconfirmed" if "unknown" in statuses else "conditional")
    picked = [r for r in judged if r["status"] in ("fail", "unknown")] or judged
    cites = list(dict.fromkeys(c for r in picked for c in r["cites"]))
    return {"verdict": verdict, "label": rules["verdicts"][verdict], "cites": cites}


def _groups(lang: str, rules: dict[str, Any], with_cells: bool) -> list[dict[str, Any]]:
    minors = [b for b in rules["bands"] if b["minor"]]
    groups = []
    for g in [*rules["groups"], {"id": None, "name": ""}]:
        jobs = []
        for j in rules["jobs"]:
            if j["group"] != g["id"]:
                continue
            job: dict[str, Any] = {"id": j["id"], "name": j["name"]}
            if with_cells:
                job["cells"] = [_cell(rules, lang, {"age": b["min_age"], "job": j["id"]})
                                for b in minors]
            jobs.append(job)
        groups.append({"id": g["id"], "name": g["name"], "jobs": jobs})
    return groups


def _places(lang: str, rules: dict[str, Any], with_cells: bool) -> list[dict[str, Any]]:
    minors = [b for b in rules["bands"] if b["minor"]]
    out = []
    for p in rules["places"]:
        place: dict[str, Any] = {"id": p["id"], "name": p["name"], "legal": bool(p["point"])}
        if with_cells:
            place["cells"] = [_place_cell(rules, b, p) for b in minors]
        out.append(place)
    return out


def _place_cell(rules: dict[str, Any], band: dict[str, Any],
                place: dict[str, Any]) -> dict[str, Any]:
    rule = band["places"]
    if place["point"] in rule["points"]:
        verdict = "not_allowed" if rule["rule"] == "fail" else "unconfirmed"
        return {"verdict": verdict, "label": rules["verdicts"][verdict],
                "cites": [*rule["cites"], place["point"]]}
    return {"verdict": "none", "label": rules["ui"]["echo_none"], "cites": []}


def render_parts(lang: str, docs: Path | None = None, base: str = "") -> dict[str, str]:
    """HTML for each marker of the page: form (with the inline rules JSON), rules, help.

    `base` is the relative path from the page to the site root (for the script URL).
    """
    docs = docs or default_docs_dir(lang)
    rules = compile_rules(lang, docs)
    ui = _ui(lang, rules)
    context = {
        "ui": ui, "citations": rules["citations"], "help": rules["help"],
        "rules_json": script_json(rules), "base": base, "lang": lang,
        "bands": _bands(lang, rules, ui),
        "minor_bands": [{"name": b["name"]} for b in rules["bands"] if b["minor"]],
        "family_href": rules["family"]["href"],
    }
    env = _env()
    out = {}
    for part in PARTS:
        cells = part == "rules"
        out[part] = env.get_template(f"{part}.html.j2").render(
            groups=_groups(lang, rules, cells), places=_places(lang, rules, cells), **context)
    return out


__all__ = ["PAGE", "PARTS", "render_parts", "script_json"]
