"""The checker page's HTML (form, no-JavaScript rules tables, help), from Jinja2 templates.

Called by overrides/hooks/checker.py; knows nothing about MkDocs.
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
from scripts.checker.model import WorkRules, default_rules
from scripts.i18n import t, ui_table
from scripts.paths import docs_dir as default_docs_dir

TEMPLATES = Path(__file__).parent / "templates"
PARTS = ("form", "rules", "help")
# Placeholders filled in later (by the JavaScript, or per band below): left as they are.
_JS_KEYS = {"checker_summary", "checker_result_age", "checker_job_count", "checker_hours_cell"}


@cache
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _ui(lang: str, rules: WorkRules, hotline_name: str) -> dict[str, str]:
    values = {"start": rules.night.start, "end": rules.night.end, "name": hotline_name}
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


def _bands(lang: str, rules: WorkRules, ui: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for b in rules.bands:
        row: dict[str, Any] = {"name": b.name.get(lang), "minor": b.minor,
                               "summary": b.work.summary.get(lang),
                               "work_cites": [*b.work.cites, *b.work.ok_cites]}
        if b.banned_places:
            row["work_cites"] += b.banned_places.cites
        if b.minor and b.hours and b.night and b.overtime:
            row["hours_text"] = ui["hours_cell"].replace(
                "{day}", format_hours(b.hours.per_day, lang)).replace(
                "{week}", format_hours(b.hours.per_week, lang))
            row["hours_cites"] = b.hours.cites
            row["night_text"] = ui["night_forbidden"] if b.night.rule == "forbidden" \
                else ui["night_listed"]
            row["night_cites"] = list(dict.fromkeys([*b.night.cites, *b.overtime.cites]))
            row["conditions"] = [{"text": rules.condition(c).text.get(lang),
                                  "cites": rules.condition(c).cites} for c in b.conditions]
        rows.append(row)
    return rows


def _groups(lang: str, rules: WorkRules, with_cells: bool) -> list[dict[str, Any]]:
    minors = [b for b in rules.bands if b.minor]
    groups = []
    for g in rules.groups:
        jobs = []
        for j in rules.jobs:
            if j.group != g.id:
                continue
            job: dict[str, Any] = {"id": j.id, "name": j.name.get(lang)}
            if with_cells:
                # The table cell is the oracle's own answer for the youngest age of the band.
                job["cells"] = []
                for b in minors:
                    result = evaluate({"age": b.min_age, "job": j.id}, rules)
                    work = [r for r in result.reasons if r.rule in ("work", "place")]
                    fails = [r for r in work if r.status == "fail"]
                    verdict = "not_allowed" if fails else "conditional"
                    cites = list(dict.fromkeys(c for r in (fails or work) for c in r.cites))
                    job["cells"].append({"verdict": verdict,
                                         "label": rules.verdicts[verdict].get(lang),
                                         "cites": cites})
            jobs.append(job)
        groups.append({"id": g.id, "name": g.name.get(lang),
                       "note": g.note.get(lang) if g.note else "", "jobs": jobs})
    return groups


def render_parts(lang: str, docs: Path | None = None, base: str = "",
                 rules: WorkRules | None = None) -> dict[str, str]:
    """HTML for each marker of the page: form (with the inline rules JSON), rules, help.

    `base` is the relative path from the page to the site root (for the script URL).
    """
    rules = rules or default_rules()
    docs = docs or default_docs_dir(lang)
    compiled = compile_rules(lang, docs, rules)
    ui = _ui(lang, rules, compiled["help"]["hotline"]["name"])
    context = {
        "ui": ui, "citations": compiled["citations"], "help": compiled["help"],
        "rules_json": script_json(compiled), "base": base,
        "bands": _bands(lang, rules, ui),
        "minor_bands": [{"name": b.name.get(lang)} for b in rules.bands if b.minor],
    }
    env = _env()
    out = {}
    for part in PARTS:
        groups = _groups(lang, rules, with_cells=part == "rules")
        out[part] = env.get_template(f"{part}.html.j2").render(groups=groups, **context)
    return out


__all__ = ["PAGE", "PARTS", "render_parts", "script_json"]
