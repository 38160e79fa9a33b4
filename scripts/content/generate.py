"""Pages generated from the data files: agencies, the agency x area matrix, the
directives, the glossary and the register of cited instruments.

Returns Markdown only (no engine here); scripts/content/feature.py hands it to the build.
"""

from __future__ import annotations

from scripts.content.data import ContentData, load_content
from scripts.content.render import _MD, Helpers, point_label

# Generated pages are not law pages: no legal-basis box, no last_reviewed.
AGENCIES_DIR = "agencies"


def _render(template: str, data: ContentData, lang: str, path: str, **values: object) -> str:
    h = Helpers(data, lang, path)
    return _MD.get_template(template).render(h=h, lang=lang, data=data, label=point_label,
                                             **values)


def agency_links(agency_id: str, lang: str) -> list[tuple[str, str]]:
    from scripts.toolkit.pages import agency_links as links  # late: toolkit imports us

    return links(agency_id, lang)


def generated_pages(lang: str) -> dict[str, str]:
    """Docs-relative path -> Markdown, for every page generated from docs/data."""
    data = load_content()
    ag = data.agencies
    pages: dict[str, str] = {}
    # Per body and area: "duty" (given or asked), "role" (only named with a role of its own:
    # drafted for, advised, receives the report) or None. ✓ means a duty and nothing else
    # (review 24, observed 3).
    matrix: dict[str, dict[str, str | None]] = {}
    for a in ag.agencies:
        matrix[a.id] = {}
        for area in ag.work_areas:
            items = [d for d in ag.duties if a.id in d.agencies and d.area == area.id]
            matrix[a.id][area.id] = ("duty" if any(a.id not in d.roles for d in items)
                                     else "role" if items else None)
    # The matrix note on roles: per body, its numbered points in order, each with its roles
    # (one sentence per body, not per duty: the committee has three; review 23, observed 2).
    roles: dict[str, dict[str, list[str]]] = {}
    for d in ag.duties:
        if d.directive == "di-su-ward" and d.point != "closing":
            for a, role in d.roles.items():
                roles.setdefault(a, {}).setdefault(d.point, []).append(role.get(lang))
    pages[f"{AGENCIES_DIR}/index.md"] = _render(
        "agencies_index.md.j2", data, lang, f"{AGENCIES_DIR}/index.md", matrix=matrix,
        roles=roles)
    for agency in ag.agencies:
        path = f"{AGENCIES_DIR}/{agency.id}.md"
        duties = [d for d in ag.duties if agency.id in d.agencies]
        # A duty with a role for this body (drafted for it, advised, the one reports are
        # sent to) is not one it is given or asked plainly: the page's lead-in follows the
        # data, not the body's id (review 22 F1; review 23, observed 1).
        plain = [d for d in duties if agency.id not in d.roles]
        pages[path] = _render("agency.md.j2", data, lang, path, agency=agency,
                              duties=duties, assigned=[d for d in plain if not d.request],
                              asked=[d for d in plain if d.request],
                              toolkit=agency_links(agency.id, lang))
    for directive in ag.directives:
        path = f"{AGENCIES_DIR}/directives/{directive.id}.md"
        duties = [d for d in ag.duties if d.directive == directive.id]
        tasks = [t for t in ag.tasks if t.directive == directive.id]
        pages[path] = _render("directive.md.j2", data, lang, path, directive=directive,
                              duties=duties, tasks=tasks)
    # The officials' toolkit is generated from its own data files (scripts/toolkit).
    from scripts.toolkit.pages import toolkit_pages  # late: toolkit imports this module

    pages.update(toolkit_pages(lang))
    pages["glossary.md"] = _render("glossary.md.j2", data, lang, "glossary.md")
    pages["law/sources.md"] = _render("sources.md.j2", data, lang, "law/sources.md")
    return pages
