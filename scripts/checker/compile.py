"""The rules of one language, resolved: what the oracle judges with and the JSON the
page's JavaScript evaluates (the same dict, so both read the same numbers and texts).

Resolution: legal-list items give the job and place names, facts.yml the ages, hours and
night times, the content helpers (the law pages' own) the citation labels, fines and
band names; each text is rendered here once, as Jinja2.
"""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from scripts.checker.model import (
    WorkRules,
    cited_ids,
    default_rules,
    default_words,
    load_words,
)
from scripts.content.data import ContentData, load_content, parse_cite
from scripts.content.render import Helpers
from scripts.content.statements import law_page
from scripts.i18n import t
from scripts.paths import docs_dir as default_docs_dir
from scripts.site.languages import language
from scripts.sitefacts import load_site_facts, localized

PAGE = "checker.md"  # where the checker lives, in both languages
UI_KEYS = (
    "result_title", "result_age", "summary", "reasons", "status_fail", "status_condition",
    "status_ok", "status_missing", "status_unknown", "status_info", "conditions_title",
    "help_title", "job_count", "job_places", "job_places_also", "place_label", "help_call",
    "echo_job", "echo_place", "echo_place_implied",
    "echo_hours", "echo_times", "echo_family", "echo_none", "fine_title", "family_link",
    "share_title", "share_link_label", "share_button", "copy_button", "copied", "print_button",
    "selected_job", "selected_none", "error_age", "error_age_range", "error_dob",
    "error_job", "error_hours_day", "error_hours_week", "error_times_partial",
    "error_errors", "new_check",
)

_JINJA = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


def page_href(target: str, docs: Path, page: str = PAGE) -> str | None:
    """Relative .html link (anchor kept) from `page` to `target` if its page exists."""
    path, _, anchor = target.partition("#")
    if not (docs / path).is_file():
        return None  # another engineer's page not written yet: not linked (strict build)
    rel = posixpath.relpath(path, posixpath.dirname(page) or ".")
    rel = rel[: -len(".md")] + ".html" if rel.endswith(".md") else rel
    return f"{rel}#{anchor}" if anchor else rel


def _cite_href(cid: str, docs: Path) -> str | None:
    """Link to the law page docs/data/law-pages.yml names for the article (checked at load)."""
    page = law_page(*parse_cite(cid))
    return page_href(page, docs) if page else None


def hotline(lang: str) -> dict[str, str]:
    """The hotline as docs/data/site.yml states it (never retyped here)."""
    line = load_site_facts()["hotline"]
    return {"number": str(line["number"]), "tel": str(line.get("tel", line["number"])),
            "name": str(localized(line["name"], lang)),
            "hours": str(localized(line.get("hours", ""), lang))}


# The order the page shows an answer's reasons in ("rule:status" before "status"): by
# status, breaches first, except the work reason given as a note (under 13, own family),
# which says what the rest is about and so comes first (review 26, observed 4). What must
# be done (a condition) comes before what was not given (review 28, observed 2).
SHOWN_ORDER = ["work:info", "fail", "unknown", "condition", "missing", "ok", "info"]


class _Resolver:
    """Renders the texts of one language with the content helpers."""

    def __init__(self, lang: str, content: ContentData) -> None:
        self.lang, self.content = lang, content
        self.helpers = Helpers(content, lang, PAGE)
        self.context = self.helpers.context()
        light = content.legal_list("light-work")
        self.context.update(known=len(light.known_items), total=light.total or 0)

    def text(self, template: str) -> str:
        rendered = _JINJA.from_string(template).render(self.context)
        # Build-time counts written as {known}/{total} in the rules file.
        return rendered.replace("{known}", str(self.context["known"])).replace(
            "{total}", str(self.context["total"]))

    def number(self, key: str) -> float | int | str:
        value = self.content.fact(key).value
        if value is None:
            raise ValueError(f"facts.yml {key} has no value")
        return value

    def item_text(self, spec: str) -> str:
        list_id, _, item_id = spec.partition(":")
        item = self.content.legal_list(list_id).item(item_id)
        assert item.text is not None  # checked when the rules were loaded
        return item.text.get(self.lang)

    def item_cite(self, spec: str) -> str | None:
        list_id, _, item_id = spec.partition(":")
        return self.content.legal_list(list_id).item(item_id).cite


def _search_words(rules: WorkRules, lang: str) -> dict[str, dict[str, list[str]]]:
    """The words file read once: {"jobs": id -> words, "places": id -> words}."""
    words: dict[str, dict[str, list[str]]] = {"jobs": {j.id: [] for j in rules.jobs},
                                              "places": {p.id: [] for p in rules.places}}
    for entry in (default_words() if rules is default_rules() else load_words(rules)).words:
        for kind in words:
            for target in getattr(entry, kind):
                words[kind][target] += getattr(entry, lang)
    return words


def _jobs(rules: WorkRules, r: _Resolver, lang: str, words: dict[str, list[str]]
          ) -> list[dict[str, Any]]:
    jobs = []
    for j in rules.jobs:
        light_item = prohibited = None
        light_wording_unconfirmed = False
        if j.item:
            list_id, _, item_id = j.item.partition(":")
            if list_id == "light-work":
                light_item = item_id
                light_wording_unconfirmed = (r.content.legal_list(list_id).item(item_id).status
                                             == "wording_unconfirmed")
            else:
                prohibited = r.item_cite(j.item)
        name = r.item_text(j.item) if j.item else r.text(j.name.get(lang))  # type: ignore[union-attr]
        own = j.not_prohibited
        jobs.append({"id": j.id, "group": j.group, "name": name, "words": words[j.id],
                     "arts_sport": j.arts_sport, "light_item": light_item,
                     "light_wording_unconfirmed": light_wording_unconfirmed,
                     "prohibited": prohibited, "place": j.place,
                     "not_prohibited": {"status": own.status, "text": r.text(own.text.get(lang)),
                                        "cites": own.cites} if own else None})
    return jobs


def _places(rules: WorkRules, r: _Resolver, lang: str, words: dict[str, list[str]]
            ) -> list[dict[str, Any]]:
    return [{"id": p.id,
             "name": r.item_text(p.item) if p.item else r.text(p.name.get(lang)),  # type: ignore[union-attr]
             "point": r.item_cite(p.item) if p.item else None, "words": words[p.id]}
            for p in rules.places]


def _fail_status(allow: str, r: _Resolver) -> str:
    """What a job outside the band's allowed work is. Review 7 F4: while an Annex II item
    is not confirmed (legal-lists.yml light-work, FACTS.md §2), a job that is not among
    the known light-work items may still be that item, so the page cannot say "not
    allowed" nor state a fine: the work is "unknown" (ask the labour authority)."""
    if allow == "light_work" and r.context["known"] < r.context["total"]:
        return "unknown"
    return "fail"


def _bands(rules: WorkRules, r: _Resolver, lang: str) -> list[dict[str, Any]]:
    out = []
    for b in rules.bands:
        out.append({
            "id": b.id, "minor": b.minor,
            "min_age": r.number(b.min_age) if b.min_age else 0,
            "max_age": r.number(b.max_age) if b.max_age else None,
            "name": r.text(b.name.get(lang)), "who": r.text(b.who.get(lang)),
            "work": {"allow": b.work.allow, "cites": b.work.cites, "ok_cites": b.work.ok_cites,
                     "ok_status": b.work.ok_status,
                     "fail_status": _fail_status(b.work.allow, r),
                     "ok": r.text(b.work.ok.get(lang)),
                     "ok_wording": r.text(b.work.ok_wording.get(lang)) if b.work.ok_wording
                     else None,
                     "fail": r.text(b.work.fail.get(lang)),
                     **{key: r.text(text.get(lang)) if text else None
                        for key, text in (("ok_family", b.work.ok_family),
                                          ("fail_family", b.work.fail_family),
                                          ("fail_prohibited", b.work.fail_prohibited))},
                     "summary": r.text(b.work.summary.get(lang))},
            "places": {**b.places.model_dump(exclude={"messages"}),
                       "messages": {k: r.text(v.get(lang)) for k, v in b.places.messages.items()}}
                      if b.places else None,
            "hours": {"per_day": r.number(b.hours.per_day),
                      "per_week": r.number(b.hours.per_week),
                      "cites": b.hours.cites} if b.hours else None,
            "night": b.night.model_dump() if b.night else None,
            "overtime": b.overtime.model_dump() if b.overtime else None,
            "school": b.school.model_dump() if b.school else None,
            "conditions": b.conditions,
        })
    return out


def _conditions(rules: WorkRules, r: _Resolver, lang: str) -> dict[str, Any]:
    out = {}
    for c in rules.conditions:
        items = []
        if c.legal_list:
            items = [i.text.get(lang) + (t(lang, "list_item_scope_open")
                                         if i.status == "wording_unconfirmed" else "")
                     for i in r.content.legal_list(c.legal_list).known_items
                     if i.text is not None]
        out[c.id] = {"text": r.text(c.text.get(lang)), "cites": c.cites, "items": items}
    return out


@cache
def _compiled(lang: str, docs: Path) -> dict[str, Any]:
    return compile_rules(lang, docs, default_rules())


def compiled_rules(lang: str, docs: Path | None = None) -> dict[str, Any]:
    """The project's rules in one language (cached per process; treat as read-only)."""
    return _compiled(lang, docs or default_docs_dir(lang))


def compile_rules(lang: str, docs: Path | None = None,
                  rules: WorkRules | None = None) -> dict[str, Any]:
    """Everything the oracle and checker.js need, in one language."""
    rules = rules or default_rules()
    docs = docs or default_docs_dir(lang)
    r = _Resolver(lang, load_content())
    words = _search_words(rules, lang)
    help_links = []
    for name, target in rules.help.pages.items():
        href = page_href(target, docs)
        if href:
            help_links.append({"href": href, "label": t(lang, f"checker_{name}_link")})
    return {
        "lang": lang,
        "shown_order": SHOWN_ORDER,
        # So the page formats "4,5" in Vietnamese exactly as format_hours() does.
        "decimal": language(lang).decimal,
        "night": {"start": r.number(rules.night.start), "end": r.number(rules.night.end),
                  "cites": rules.night.cites},
        "citations": {
            cid: {"label": r.helpers.cites([cid]), "href": _cite_href(cid, docs)}
            for cid in cited_ids(rules, r.content)
        },
        "verdicts": {key: text.get(lang) for key, text in rules.verdicts.items()},
        "hours_unit": {"one": rules.hours_unit.one.get(lang),
                       "other": rules.hours_unit.other.get(lang)},
        "messages": {key: r.text(text.get(lang)) for key, text in rules.messages.items()},
        "groups": [{"id": g.id, "name": r.text(g.name.get(lang))} for g in rules.groups],
        "jobs": _jobs(rules, r, lang, words["jobs"]),
        "places": _places(rules, r, lang, words["places"]),
        "bands": _bands(rules, r, lang),
        "conditions": _conditions(rules, r, lang),
        "family": {"cites": rules.family.cites, "href": page_href(rules.family.page, docs)},
        "fines": {key: {"rules": f.rules, "only_for": f.only_for,
                        "text": r.text(f.text.get(lang)), "cites": f.cites}
                  for key, f in rules.fines.items()},
        "fines_note": {"text": r.text(rules.fines_note.text.get(lang)),
                       "cites": rules.fines_note.cites},
        "help": {"text": rules.help.text.get(lang), "cites": rules.help.cites,
                 "links": help_links, "hotline": hotline(lang)},
        "ui": {key: t(lang, f"checker_{key}") for key in UI_KEYS},
    }
