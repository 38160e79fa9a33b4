"""Read and cross-check the toolkit data files; errors name the file and the field.

Citations go through the content library's checks (scripts/content/data.py), so a
checklist item or a quiz answer can only cite an article registered in sources.yml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.checker.model import WorkRules, default_rules
from scripts.content.data import (
    ContentData,
    ContentDataError,
    _check_cites,
    _read,
    _rel,
    _validate,
    load_content,
)
from scripts.paths import DATA
from scripts.toolkit.models import (
    CheckerCase,
    Checklist,
    DataExchange,
    InspectionPlan,
    Module,
    WardFigures,
)

TRAINING_DIR = DATA / "training"
TOOLKIT_DIR = DATA / "toolkit"
AUDIENCES = ("collaborators", "police", "teachers", "employers")


@dataclass(frozen=True)
class Toolkit:
    modules: dict[str, Module]  # audience -> module, in AUDIENCES order
    checklist: Checklist
    plan: InspectionPlan
    exchange: DataExchange
    figures: WardFigures


def _fail(path: Path, where: str, what: str) -> ContentDataError:
    return ContentDataError(f"{_rel(path)}: {where}: {what}")


def _check_case(case: CheckerCase, path: Path, where: str, rules: WorkRules) -> None:
    """The job and the place must be the checker's own: the oracle answers the case."""
    if case.input.job not in {j.id for j in rules.jobs}:
        raise _fail(path, f"{where}.input.job", f"no job {case.input.job!r} in work-rules.yml")
    if case.input.place is not None and case.input.place not in {p.id for p in rules.places}:
        raise _fail(path, f"{where}.input.place",
                    f"no place {case.input.place!r} in work-rules.yml")


def _check_module(module: Module, path: Path, content: ContentData,
                  rules: WorkRules) -> None:
    if module.audience != path.stem:
        raise _fail(path, "audience", f"{module.audience!r} but the file is {path.name}")
    agencies = {a.id for a in content.agencies.agencies}
    for i, agency in enumerate(module.trainers):
        if agency not in agencies:
            raise _fail(path, f"trainers[{i}]", f"unknown agency {agency!r}")
    for i, sid in enumerate(module.key_points):
        if sid not in content.statements:
            raise _fail(path, f"key_points[{i}]", f"no statement {sid!r} in statements.yml")
    # Ids are page anchors: unique among the case studies, and among the quiz's cases.
    for kind, cases in (("cases", [(i, c) for i, c in enumerate(module.cases)]),
                        ("quiz", [(i, q.case) for i, q in enumerate(module.quiz) if q.case])):
        ids: set[str] = set()
        for i, case in cases:
            where = f"cases[{i}]" if kind == "cases" else f"quiz[{i}].case"
            if case.id in ids:
                raise _fail(path, f"{where}.id", f"{case.id!r} is used twice in `{kind}`")
            ids.add(case.id)
            _check_case(case, path, where, rules)
    for i, item in enumerate(module.quiz):
        _check_cites(item.cite, content.sources, path, f"quiz[{i}].cite")


def _check_checklist(checklist: Checklist, path: Path, content: ContentData) -> None:
    ids = set()
    for group in checklist.groups:
        for item in group.items:
            where = f"groups[{group.id}].items[{item.id}]"
            if item.id in ids:
                raise _fail(path, where, "duplicate id")
            ids.add(item.id)
            _check_cites(item.cite, content.sources, path, f"{where}.cite")
            for band in item.bands:
                if band not in content.facts.bands:
                    raise _fail(path, f"{where}.bands", f"unknown band {band!r} (facts.yml)")
            if item.legal_list and item.legal_list not in content.lists:
                raise _fail(path, f"{where}.legal_list", f"unknown list {item.legal_list!r}")


def _check_plan(plan: InspectionPlan, path: Path, content: ContentData) -> None:
    areas = {a.id for a in content.agencies.work_areas}
    for i, area in enumerate(plan.role_areas):
        if area not in areas:
            raise _fail(path, f"role_areas[{i}]", f"unknown work area {area!r}")


def _check_exchange(exchange: DataExchange, path: Path, content: ContentData) -> None:
    agencies = {a.id for a in content.agencies.agencies}
    forms = {f.id for f in exchange.forms}
    for band in exchange.age_bands:
        if band not in content.facts.bands:
            raise _fail(path, "age_bands", f"unknown band {band!r} (facts.yml)")
    for form in exchange.forms:
        for role in ("sender", "receiver"):
            if getattr(form, role) not in agencies:
                raise _fail(path, f"forms[{form.id}].{role}", "unknown agency")
        for other in form.compiles:
            if other not in forms or other == form.id:
                raise _fail(path, f"forms[{form.id}].compiles", f"unknown form {other!r}")
        if not form.indicators and not form.compiles:
            raise _fail(path, f"forms[{form.id}]", "needs indicators or compiles")


def _check_figures(figures: WardFigures, path: Path, content: ContentData) -> None:
    stats = content.facts.values.get("statistics", {})
    for i, figure in enumerate(figures.national):
        group, _, key = figure.fact.partition(".")
        if group != "statistics" or key not in stats:
            raise _fail(path, f"national[{i}].fact", f"{figure.fact!r} is not a "
                        "statistics fact of facts.yml")
    known = {i.id for i in figures.indicators}
    for year in figures.years:
        unknown = set(year.counts) - known
        if unknown:
            raise _fail(path, f"years[{year.year}].counts", f"unknown indicators {unknown}")
        negative = [k for k, v in year.counts.items() if v < 0]
        if negative:
            raise _fail(path, f"years[{year.year}].counts", f"negative counts {negative}")


@cache
def load_toolkit(data_dir: Path = DATA) -> Toolkit:
    content = load_content(data_dir)
    rules = default_rules()
    modules = {}
    for audience in AUDIENCES:
        path = data_dir / "training" / f"{audience}.yml"
        module = _validate(Module, _read(path), path)
        _check_module(module, path, content, rules)
        modules[audience] = module
    tk = data_dir / "toolkit"
    checklist = _validate(Checklist, _read(tk / "checklist.yml"), tk / "checklist.yml")
    _check_checklist(checklist, tk / "checklist.yml", content)
    plan = _validate(InspectionPlan, _read(tk / "inspection-plan.yml"), tk / "inspection-plan.yml")
    _check_plan(plan, tk / "inspection-plan.yml", content)
    exchange = _validate(DataExchange, _read(tk / "data-exchange.yml"), tk / "data-exchange.yml")
    _check_exchange(exchange, tk / "data-exchange.yml", content)
    figures = _validate(WardFigures, _read(tk / "ward-figures.yml"), tk / "ward-figures.yml")
    _check_figures(figures, tk / "ward-figures.yml", content)
    return Toolkit(modules=modules, checklist=checklist, plan=plan, exchange=exchange,
                   figures=figures)
