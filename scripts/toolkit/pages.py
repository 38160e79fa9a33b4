"""The toolkit's Markdown pages, generated from its data files (no MkDocs here).

Paths are docs-relative and the same in both languages; the content generator adds
them to the build (scripts/content/generate.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2

from scripts.content.data import load_content
from scripts.content.render import Helpers, _environment, format_number, point_label
from scripts.i18n import t
from scripts.toolkit.cases import answer, verdict_options
from scripts.toolkit.chart import Bar, bar_chart
from scripts.toolkit.load import Toolkit, load_toolkit
from scripts.toolkit.models import Form, Module
from scripts.toolkit.text import render_text

TEMPLATES = Path(__file__).parent / "templates"
_MD = _environment(jinja2.FileSystemLoader(TEMPLATES))
_HTML = _environment(jinja2.FileSystemLoader(TEMPLATES), html=True)

DIR = "toolkit"
INDEX = f"{DIR}/index.md"
CHECKLIST = f"{DIR}/checklist.md"
PLAN = f"{DIR}/inspection-plan.md"
EXCHANGE = f"{DIR}/data-exchange.md"
FIGURES = f"{DIR}/figures.md"


def module_page(audience: str) -> str:
    return f"{DIR}/training/{audience}.md"


def deck_file(audience: str) -> str:
    return f"{DIR}/training/{audience}-slides.html"


def sheet_file(form_id: str, ext: str) -> str:
    return f"{DIR}/data-exchange/{form_id}.{ext}"


# ---- training ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizQuestion:
    number: int
    question: str
    case: str | None
    options: list[dict[str, Any]]  # {text, correct, value}
    right: str  # the right option's text
    explain: str
    reasons: list[Any]  # oracle reasons (case questions)
    cite: str  # the citations, as the page prints them


def _quiz(module: Module, h: Helpers) -> list[QuizQuestion]:
    out = []
    for n, item in enumerate(module.quiz, 1):
        if item.case is not None:
            ans = answer(item.case.input, h.lang)
            options = [{"text": text, "correct": v == ans.verdict, "value": v}
                       for v, text in verdict_options(ans.verdict, h.lang).items()]
            # The reasons that decide the verdict: what fails, else what cannot be
            # confirmed, else all of them.
            shown = ([r for r in ans.reasons if r.status == "fail"]
                     or [r for r in ans.reasons if r.status == "unknown"] or ans.reasons)
            basis = list(dict.fromkeys(c for r in shown for c in r.cite))  # only the reasons shown
            out.append(QuizQuestion(
                number=n, question=render_text(h, item.question), case=item.case.id,
                options=options, right=ans.verdict_text, explain="",
                reasons=[{"text": r.text, "cite": h.cites(r.cite)} for r in shown],
                cite=h.cites(basis)))
        else:
            assert item.answer is not None and item.explain is not None
            texts = [render_text(h, o) for o in item.options]
            options = [{"text": text, "correct": i == item.answer, "value": str(i)}
                       for i, text in enumerate(texts)]
            out.append(QuizQuestion(
                number=n, question=render_text(h, item.question), case=None,
                options=options, right=texts[item.answer],
                explain=render_text(h, item.explain), reasons=[], cite=h.cites(item.cite)))
    return out


def _html_href(h: Helpers, page: str) -> str:
    """A link to a page from raw HTML, which the engine does not rewrite: the built file
    (the site is built with one .html file per page, use_directory_urls: false)."""
    return h.url(page).removesuffix(".md") + ".html"


def _cases(module: Module, h: Helpers) -> list[dict[str, Any]]:
    out = []
    for study in module.cases:
        ans = answer(study.input, h.lang)
        out.append({
            "id": study.id, "title": render_text(h, study.title), "facts": ans.facts,
            "verdict": ans.verdict, "verdict_text": ans.verdict_text,
            # The same case, filled in on the checker page, to try variations.
            "checker": f"{_html_href(h, 'checker.md')}?{urlencode(ans.query)}",
            "reasons": [{"text": r.text, "status": r.status, "cite": h.cites(r.cite)}
                        for r in ans.reasons],
        })
    return out


def module_view(module: Module, lang: str, page_path: str) -> dict[str, Any]:
    """Everything a module's page and its slide deck show, rendered in one language."""
    data = load_content()
    h = Helpers(data, lang, page_path)
    return {
        "h": h,
        "audience": module.audience,
        "title": render_text(h, module.title),
        "audience_name": render_text(h, module.audience_name),
        "minutes": module.minutes,
        "trainers": h.agencies(module.trainers, link=False),  # joined with ", "
        "trainer_ids": module.trainers,
        "aims": [render_text(h, a) for a in module.aims],
        "materials": [render_text(h, m) for m in module.materials],
        "steps": [{"minutes": s.minutes, "title": render_text(h, s.title),
                   "text": render_text(h, s.text)} for s in module.steps],
        "key_points": [{"text": h.statement(k), "cite": h.cites(data.statement(k).cite)}
                       for k in module.key_points],
        "cases": _cases(module, h),
        "quiz": _quiz(module, h),
    }


def _quiz_html(view: dict[str, Any], lang: str) -> str:
    return _HTML.get_template("quiz.html.j2").render(
        quiz=view["quiz"], ui=lambda key: t(lang, key),
        script=view["h"].url("assets/javascripts/toolkit.js"))


def _cases_html(view: dict[str, Any], lang: str) -> str:
    return _HTML.get_template("cases.html.j2").render(cases=view["cases"],
                                                      ui=lambda key: t(lang, key))


# ---- inspection -----------------------------------------------------------------------


def _checklist_html(h: Helpers, tk: Toolkit) -> list[dict[str, Any]]:
    data = h.data
    groups = []
    for group in tk.checklist.groups:
        items = []
        for item in group.items:
            listed = []
            note = ""
            if item.legal_list:
                legal = data.legal_list(item.legal_list)
                listed = [{"id": i.id, "text": i.text.get(h.lang)  # type: ignore[union-attr]
                           + (t(h.lang, "list_item_scope_open")
                              if i.status == "wording_unconfirmed" else "")}
                          for i in legal.known_items]
                if legal.total and len(legal.known_items) < legal.total:
                    note = t(h.lang, "list_known_of_total").format(
                        known=len(legal.known_items), total=legal.total)
            items.append({
                "id": item.id, "check": render_text(h, item.check), "cite": h.cites(item.cite),
                "fine": h.fine(item.fine) if item.fine else None,
                "fine_org": h.fine(item.fine, org=True) if item.fine else None,
                "fine_cite": h.fact_cite(f"fines.{item.fine}") if item.fine else None,
                "bands": [h.band(b) for b in item.bands], "listed": listed,
                "numbered": bool(listed) and all(i["id"].isdigit() for i in listed),
                "list_note": note,
            })
        groups.append({"id": group.id, "title": render_text(h, group.title), "items": items})
    return groups


def _roles(h: Helpers, tk: Toolkit) -> list[dict[str, Any]]:
    """The directive's duties in the plan's work areas, one row per body and duty."""

    ag = h.data.agencies
    rows = []
    for area in tk.plan.role_areas:
        for duty in (d for d in ag.duties if d.area == area and d.directive == "di-su-ward"):
            # A body with a role (the committee: drafted for, advised, its chair receives
            # the report) is not one of the bodies doing the task: it is named apart, with
            # its role, not in the "Body" list (review 24, F1).
            rows.append({
                # joined with ", " and "; ": only the first name begins the cell
                "bodies": h.agencies([a for a in duty.agencies if a not in duty.roles],
                                     link=False),
                "roles": [f"{h.agency(a, link=False)}: {duty.roles[a].get(h.lang)}"
                          for a in duty.agencies if a in duty.roles],
                "text": duty.text.get(h.lang), "where": point_label(duty, h),
            })
    return rows


# ---- data exchange ----------------------------------------------------------------------


def form_rows(form: Form, tk: Toolkit, h: Helpers) -> list[dict[str, str]]:
    """The rows of a form: one per indicator and age group (or one for all ages)."""
    forms = {f.id: f for f in tk.exchange.forms}
    rows = []
    for source in [*(forms[i] for i in form.compiles), form]:
        body = h.data.agency(source.sender).name.get(h.lang)
        for ind in source.indicators:
            groups = ([(b, h.band(b)) for b in tk.exchange.age_bands] if ind.by_age
                      else [("all", t(h.lang, "toolkit_all_ages"))])
            for band_id, band_text in groups:
                rows.append({"body": body, "code": f"{source.id}/{ind.id}/{band_id}",
                             "indicator": ind.label.get(h.lang), "age": band_text})
    return rows


def _exchange_view(h: Helpers, tk: Toolkit) -> list[dict[str, Any]]:
    out = []
    for form in tk.exchange.forms:
        out.append({
            "id": form.id, "title": form.title.get(h.lang),
            "sender": h.data.agency(form.sender).name.get(h.lang),
            "receiver": h.data.agency(form.receiver).name.get(h.lang),
            "rows": form_rows(form, tk, h),
            "csv": h.url(sheet_file(form.id, "csv")), "xlsx": h.url(sheet_file(form.id, "xlsx")),
        })
    return out


# ---- figures ---------------------------------------------------------------------------


def _figures_view(h: Helpers, tk: Toolkit) -> dict[str, Any]:
    data = h.data
    national, bars = [], []
    for figure in tk.figures.national:
        fact = data.fact(figure.fact)
        label, value = figure.label.get(h.lang), h.fact(figure.fact)
        national.append({"label": label, "value": value, "source": h.fact_cite(figure.fact)})
        if fact.unit == "percent" and isinstance(fact.value, int | float) and fact.confirmed:
            bars.append(Bar(label=label, value=float(fact.value), text=value))
    vi = h.lang == "vi"
    chart = bar_chart(
        "national-chart",
        "Một số tỷ lệ của Điều tra quốc gia về lao động trẻ em 2018" if vi
        else "Some shares from the 2018 National Child Labour Survey",
        "Biểu đồ thanh ngang; số liệu giống bảng bên cạnh." if vi
        else "Horizontal bar chart; the same figures as the table beside it.",
        bars, maximum=100.0)
    years = sorted(tk.figures.years, key=lambda y: y.year)
    ward = None
    if years:
        indicators = tk.figures.indicators
        ward = {
            "indicators": [i.label.get(h.lang) for i in indicators],
            "years": [{"year": y.year, "source": y.source.get(h.lang),
                       "published": h.date(y.published),
                       "counts": [format_number(y.counts[i.id], h.lang) if i.id in y.counts
                                  else "—" for i in indicators]} for y in years],
            "charts": [bar_chart(
                f"ward-chart-{i.id}", i.label.get(h.lang),
                ("Số lượng theo năm; số liệu giống bảng." if vi
                 else "Counts by year; the same figures as the table."),
                [Bar(label=str(y.year), value=float(y.counts[i.id]),
                     text=format_number(y.counts[i.id], h.lang))
                 for y in years if i.id in y.counts])
                for i in indicators if any(i.id in y.counts for y in years)],
        }
    return {"national": national, "chart": chart, "ward": ward}


# ---- pages ----------------------------------------------------------------------------


def _render(template: str, lang: str, path: str, **values: Any) -> str:
    h = Helpers(load_content(), lang, path)
    return _MD.get_template(template).render(
        {**h.context(), "ui": lambda key: t(lang, key), **values})


def toolkit_pages(lang: str) -> dict[str, str]:
    """Docs-relative path -> Markdown, for every toolkit page."""
    tk, data = load_toolkit(), load_content()
    pages: dict[str, str] = {}
    modules = []
    for audience, module in tk.modules.items():
        path = module_page(audience)
        view = module_view(module, lang, path)
        modules.append({"path": path, "title": view["title"], "minutes": module.minutes,
                        "audience_name": view["audience_name"]})
        pages[path] = _render("module.md.j2", lang, path, m=view,
                              deck=posix_name(deck_file(audience)),
                              quiz_html=_quiz_html(view, lang),
                              cases_html=_cases_html(view, lang))
    h = Helpers(data, lang, CHECKLIST)
    pages[CHECKLIST] = _render("checklist.md.j2", lang, CHECKLIST,
                               places=[p.get(lang) for p in tk.checklist.places],
                               table=_HTML.get_template("checklist.html.j2").render(
                                   groups=_checklist_html(h, tk), ui=lambda k: t(lang, k)))
    h = Helpers(data, lang, PLAN)
    pages[PLAN] = _render("inspection_plan.md.j2", lang, PLAN, plan=tk.plan,
                          roles=_roles(h, tk), text=lambda v: render_text(h, v),
                          places=[p.get(lang) for p in tk.checklist.places])
    h = Helpers(data, lang, EXCHANGE)
    pages[EXCHANGE] = _render("data_exchange.md.j2", lang, EXCHANGE, forms=_exchange_view(h, tk),
                              form_html=lambda f: _HTML.get_template("form.html.j2").render(
                                  form=f, ui=lambda k: t(lang, k)))
    h = Helpers(data, lang, FIGURES)
    pages[FIGURES] = _render("figures.md.j2", lang, FIGURES, fig=_figures_view(h, tk))
    pages[INDEX] = _render("index.md.j2", lang, INDEX, modules=modules)
    return pages


def posix_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def agency_links(agency_id: str, lang: str) -> list[tuple[str, str]]:
    """(title, docs path) of the toolkit parts an agency's own duties call for: the
    modules it trains, the checklist if a duty has it check workplaces (`inspects`), the
    plan if it has a part in point 5, the forms it sends or gets."""
    tk, data = load_toolkit(), load_content()
    out = []
    for audience, module in tk.modules.items():
        if agency_id in module.trainers:
            out.append((module.title.get(lang), module_page(audience)))
    duties = [d for d in data.agencies.duties if agency_id in d.agencies]
    inspection = [d for d in duties if d.area == "inspection"]
    # Only a body a duty gives checks to, not one named by a role (the committee: the plan is
    # drafted for it, review 25, observed 4) nor one advising from the results (the schools,
    # review 26, observed 3): the checklist is an inspector's tool.
    if any(d.inspects and agency_id not in d.roles for d in duties):
        out.append((t(lang, "toolkit_checklist"), CHECKLIST))
    if inspection:
        out.append((tk.plan.title.get(lang), PLAN))
    for form in tk.exchange.forms:
        if agency_id in (form.sender, form.receiver):
            out.append((form.title.get(lang), EXCHANGE + f"#{form.id}"))
    return out
