"""The rules of one language as the JSON the page's JavaScript evaluates.

Same numbers, lists and ids as the oracle reads (a test proves it); texts are picked
for the language, and citation links are resolved to pages that exist.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from scripts.checker.engine import format_hours
from scripts.checker.model import WorkRules, default_rules
from scripts.i18n import t
from scripts.paths import docs_dir as default_docs_dir
from scripts.sitefacts import load_extra, localized

PAGE = "checker.md"  # where the checker lives, in both languages
UI_KEYS = (
    "result_title", "result_age", "summary", "reasons", "status_fail", "status_condition",
    "status_ok", "conditions_title", "help_title", "error_age", "error_job", "error_hours",
    "job_count", "help_call",
)


def page_href(candidates: list[str], docs: Path, page: str = PAGE) -> str | None:
    """Relative .html link from `page` to the first candidate that exists in `docs`.

    A page another engineer has not written yet is simply not linked (the build is strict).
    """
    for target in candidates:
        if (docs / target).is_file():
            rel = posixpath.relpath(target, posixpath.dirname(page) or ".")
            return rel[: -len(".md")] + ".html" if rel.endswith(".md") else rel
    return None


def hotline(lang: str) -> dict[str, str]:
    """The hotline as mkdocs.yml `extra` states it (never retyped here)."""
    line = load_extra()["hotline"]
    return {"number": str(line["number"]), "tel": str(line.get("tel", line["number"])),
            "name": str(localized(line["name"], lang)),
            "hours": str(localized(line.get("hours", ""), lang))}


def help_links(lang: str, docs: Path, rules: WorkRules) -> list[dict[str, str]]:
    links = []
    for name, candidates in rules.help.pages.items():
        href = page_href(candidates, docs)
        if href:
            links.append({"href": href, "label": t(lang, f"checker_{name}_link")})
    return links


def compile_rules(lang: str, docs: Path | None = None,
                  rules: WorkRules | None = None) -> dict[str, Any]:
    """Everything checker.js needs, in one language."""
    rules = rules or default_rules()
    docs = docs or default_docs_dir(lang)
    return {
        "lang": lang,
        "night": {"start": rules.night.start, "end": rules.night.end,
                  "cites": rules.night.cites},
        "citations": {
            cid: {"label": c.get(lang), "href": page_href(c.page, docs)}
            for cid, c in rules.citations.items()
        },
        "verdicts": {key: text.get(lang) for key, text in rules.verdicts.items()},
        "messages": {key: text.get(lang) for key, text in rules.messages.items()},
        "groups": [{"id": g.id, "name": g.name.get(lang)} for g in rules.groups],
        "jobs": [
            {"id": j.id, "group": j.group, "name": j.name.get(lang),
             "keywords": j.keywords.get(lang) if j.keywords else "",
             "arts_sport": j.arts_sport, "light_work": j.light_work,
             "prohibited": j.prohibited}
            for j in rules.jobs
        ],
        "bands": [
            {
                "id": b.id, "min_age": b.min_age, "max_age": b.max_age, "minor": b.minor,
                "name": b.name.get(lang), "who": b.who.get(lang),
                "work": {"allow": b.work.allow, "cites": b.work.cites,
                         "ok_cites": b.work.ok_cites, "ok_status": b.work.ok_status,
                         "ok": b.work.ok.get(lang), "fail": b.work.fail.get(lang)},
                "banned_places": b.banned_places.model_dump() if b.banned_places else None,
                "hours": b.hours.model_dump() if b.hours else None,
                "night": b.night.model_dump() if b.night else None,
                "overtime": b.overtime.model_dump() if b.overtime else None,
                "school": b.school.model_dump() if b.school else None,
                "conditions": b.conditions,
            }
            for b in rules.bands
        ],
        "conditions": {c.id: {"text": c.text.get(lang), "cites": c.cites}
                       for c in rules.conditions},
        "help": {"text": rules.help.text.get(lang), "cites": rules.help.cites,
                 "links": help_links(lang, docs, rules), "hotline": hotline(lang)},
        "ui": {key: t(lang, f"checker_{key}") for key in UI_KEYS},
        # So the page formats "4,5" in Vietnamese exactly as format_hours() does.
        "decimal": format_hours(0.5, lang)[1],
    }
