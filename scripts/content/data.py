"""Load and cross-check the content data files; errors name the file and the field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from scripts.content.models import (
    AgenciesFile,
    Agency,
    Directive,
    Fact,
    FactsFile,
    LegalList,
    LegalListsFile,
    OpenPointsFile,
    Source,
    Statement,
    Term,
)
from scripts.paths import DATA
from scripts.site.errors import InputError
from scripts.yamlmarks import DuplicateKey, line_of, load_yaml

# The agency ids campaign files use as organisers: they must never disappear.
REQUIRED_AGENCY_IDS = (
    "ward-peoples-committee",
    "ward-police",
    "school-boards",
    "labour-social-officer",
    "land-agriculture-officer",
    "fatherland-front",
    "farmers-union",
    "womens-union",
    "youth-union",
)

# "labour-code:147.2.d", "decree-56-2017:25-32", "circular-09-2020:annex-II"
CITE_RE = re.compile(r"^(?P<src>[a-z0-9-]+):(?P<ref>.+)$")
REF_RE = re.compile(
    r"^(?:annex-(?P<annex>[IVX]+)"
    r"|(?P<art>\d+)(?:-(?P<art_to>\d+))?(?:\.(?P<clause>\d+))?(?:\.(?P<point>[a-zđ]))?)$"
)


class ContentDataError(InputError):
    """A content data file is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class ContentData:
    """Everything the content pages and generators read, validated."""

    sources: dict[str, Source]
    facts: FactsFile
    glossary: dict[str, Term]
    agencies: AgenciesFile
    lists: dict[str, LegalList]
    statements: dict[str, Statement]
    open_points: OpenPointsFile
    # The parsed files with line numbers ("legal-lists.yml" -> tree), so editors'
    # messages can name the line; see `line()`.
    marks: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def line(self, file: str, *loc: str | int) -> int:
        """The line of `loc` (keys and list indexes) in docs/data/<file> (1 if unknown)."""
        tree = self.marks.get(file)
        return line_of(tree, loc) if tree is not None else 1

    def legal_list(self, list_id: str) -> LegalList:
        try:
            return self.lists[list_id]
        except KeyError:
            raise KeyError(f"docs/data/legal-lists.yml has no list {list_id!r}") from None

    def statement(self, statement_id: str) -> Statement:
        try:
            return self.statements[statement_id]
        except KeyError:
            raise KeyError(f"docs/data/statements.yml has no statement {statement_id!r}") \
                from None

    def agency(self, agency_id: str) -> Agency:
        return {a.id: a for a in self.agencies.agencies}[agency_id]

    def directive(self, directive_id: str) -> Directive:
        return {d.id: d for d in self.agencies.directives}[directive_id]

    def fact(self, key: str) -> Fact:
        group, _, name = key.partition(".")
        try:
            return self.facts.values[group][name]
        except KeyError:
            raise KeyError(f"docs/data/facts.yml has no fact {key!r}") from None


def _read(path: Path) -> Any:
    """The one reader of the content data files: safe YAML, with line numbers kept."""
    try:
        return load_yaml(path, fast=True)
    except DuplicateKey as exc:
        raise ContentDataError(f"{_rel(path)}: line {exc.line}: key {exc.key!r} is written "
                               f"twice (first on line {exc.first_line}); keep one") from None
    except yaml.YAMLError as exc:
        raise ContentDataError(f"{_rel(path)}: not valid YAML: {exc}") from exc


def _rel(path: Path) -> str:
    try:
        return path.relative_to(DATA.parent.parent).as_posix()
    except ValueError:
        return str(path)


def _validate(model: type[BaseModel], raw: Any, path: Path, where: str = "") -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = [
            f"{_rel(path)}: {where}{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
            for err in exc.errors()
        ]
        raise ContentDataError("\n".join(lines)) from None


def parse_cite(spec: str) -> tuple[str, str]:
    """Split "labour-code:147.2.d" into ("labour-code", "147.2.d")."""
    match = CITE_RE.match(spec)
    if not match:
        raise ValueError(f"citation {spec!r} is not 'instrument-id:article[.clause[.point]]'")
    return match["src"], match["ref"]


def check_ref(source: Source, ref: str) -> list[int]:
    """The article numbers a reference names; raises if one is not in the registry."""
    match = REF_RE.match(ref)
    if not match:
        raise ValueError(f"reference {ref!r} to {source.id} is malformed")
    if match["annex"]:
        if match["annex"] not in source.annexes:
            raise ValueError(f"{source.id} has no annex {match['annex']} in sources.yml")
        return []
    first = int(match["art"])
    last = int(match["art_to"] or first)
    articles = list(range(first, last + 1))
    missing = [a for a in articles if a not in source.articles]
    if missing:
        raise ValueError(
            f"{source.id}: article(s) {missing} are not listed under `articles` in "
            "docs/data/sources.yml; add them there (with the text checked) before citing"
        )
    return articles


def _check_cites(cites: list[str], sources: dict[str, Source], path: Path, where: str) -> None:
    for spec in cites:
        try:
            src, ref = parse_cite(spec)
            if src not in sources:
                raise ValueError(f"unknown instrument {src!r} (not in docs/data/sources.yml)")
            check_ref(sources[src], ref)
        except ValueError as exc:
            raise ContentDataError(f"{_rel(path)}: {where}: {exc}") from None


def load_content(data_dir: Path = DATA) -> ContentData:
    """Read, validate and cross-check sources, facts, glossary and agencies (once per
    process and folder, however the folder is named)."""
    return _load_content(data_dir.resolve())


@cache
def _load_content(data_dir: Path) -> ContentData:
    src_path = data_dir / "sources.yml"
    raw_sources = _read(src_path) or []
    sources: dict[str, Source] = {}
    for i, raw in enumerate(raw_sources):
        source = _validate(Source, raw, src_path, f"[{i}].")
        if source.id in sources:
            raise ContentDataError(f"{_rel(src_path)}: [{i}].id: duplicate id {source.id!r}")
        sources[source.id] = source
    for source in sources.values():
        for link in (source.replaces, source.replaced_by):
            if link and link not in sources:
                raise ContentDataError(f"{_rel(src_path)}: {source.id}: unknown {link!r}")

    facts_path = data_dir / "facts.yml"
    facts_raw = _read(facts_path)
    facts = _validate(FactsFile, facts_raw, facts_path)
    for group, items in facts.values.items():
        for name, fact in items.items():
            where = f"values.{group}.{name}"
            if fact.value is None and fact.text is None and (fact.min is None or fact.max is None):
                raise ContentDataError(f"{_rel(facts_path)}: {where}: needs value, text or min+max")
            if not fact.cite and not fact.source_url:
                raise ContentDataError(f"{_rel(facts_path)}: {where}: needs cite or source_url")
            _check_cites(fact.cite, sources, facts_path, f"{where}.cite")
    for name, band in facts.bands.items():
        for end in (band.min, band.max):
            if end is not None:
                group, _, key = end.partition(".")
                if key not in facts.values.get(group, {}):
                    raise ContentDataError(f"{_rel(facts_path)}: bands.{name}: unknown {end!r}")
    for i, step in enumerate(facts.case_process):
        _check_cites(step.cite, sources, facts_path, f"case_process[{i}].cite")
        if step.deadline:
            group, _, key = step.deadline.partition(".")
            if key not in facts.values.get(group, {}) or not step.deadline_unit:
                raise ContentDataError(
                    f"{_rel(facts_path)}: case_process[{i}].deadline: unknown {step.deadline!r}"
                    " or missing deadline_unit"
                )

    gl_path = data_dir / "glossary.yml"
    glossary: dict[str, Term] = {}
    for i, raw in enumerate(_read(gl_path) or []):
        term = _validate(Term, raw, gl_path, f"[{i}].")
        if term.id in glossary:
            raise ContentDataError(f"{_rel(gl_path)}: [{i}].id: duplicate id {term.id!r}")
        glossary[term.id] = term

    agencies = load_agencies_file(data_dir)
    lists_raw = _read(data_dir / "legal-lists.yml")
    lists = _load_lists(lists_raw, data_dir / "legal-lists.yml", sources)
    statements = _load_statements(data_dir / "statements.yml", sources)
    points_raw = _read(data_dir / "open-points.yml")
    open_points = _load_open_points(points_raw, data_dir / "open-points.yml")
    marks = {"sources.yml": raw_sources, "facts.yml": facts_raw,
             "legal-lists.yml": lists_raw, "open-points.yml": points_raw}
    return ContentData(sources=sources, facts=facts, glossary=glossary, agencies=agencies,
                       lists=lists, statements=statements, open_points=open_points,
                       marks=marks)


def _load_open_points(raw: Any, path: Path) -> OpenPointsFile:
    """open-points.yml: what is open beyond the data items (editors only), and the
    pre-2025 body names `make review` looks for."""
    data = _validate(OpenPointsFile, raw, path)
    ids = [p.id for p in data.points]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise ContentDataError(f"{_rel(path)}: points: duplicate ids {twice}")
    names = [n for n in data.former_bodies.names if not n.strip()]
    if names:
        raise ContentDataError(f"{_rel(path)}: former_bodies.names: an empty name")
    return data


def _load_lists(raw: Any, path: Path, sources: dict[str, Source]) -> dict[str, LegalList]:
    """legal-lists.yml: every cite registered, every open item explained for editors."""
    data = _validate(LegalListsFile, raw, path)
    for list_id, legal_list in data.lists.items():
        where = f"lists.{list_id}"
        _check_cites([*legal_list.cite, *legal_list.basis], sources, path, where)
        if legal_list.status != "confirmed" and not legal_list.open:
            raise ContentDataError(f"{_rel(path)}: {where}: status {legal_list.status!r} "
                                   "needs `open:` (what is open, where the answer is)")
        ids = [i.id for i in legal_list.items]
        if len(set(ids)) != len(ids):
            raise ContentDataError(f"{_rel(path)}: {where}.items: duplicate ids")
        for item in legal_list.items:
            at = f"{where}.items[{item.id}]"
            if item.cite:
                _check_cites([item.cite], sources, path, at)
            if item.status == "unknown" and item.text is not None:
                raise ContentDataError(f"{_rel(path)}: {at}: an unknown item has no text")
            if item.status != "unknown" and item.text is None:
                raise ContentDataError(f"{_rel(path)}: {at}: needs text (vi and en)")
            if item.status != "confirmed" and not item.open:
                raise ContentDataError(f"{_rel(path)}: {at}: status {item.status!r} needs "
                                       "`open:` (what is open, where the answer is)")
            if item.refers_to:
                _check_cites([item.refers_to.cite], sources, path, f"{at}.refers_to")
        if legal_list.total is not None and legal_list.total != len(legal_list.items):
            raise ContentDataError(f"{_rel(path)}: {where}: total {legal_list.total} but "
                                   f"{len(legal_list.items)} items (list unknown ones too)")
    return data.lists


def _load_statements(path: Path, sources: dict[str, Source]) -> dict[str, Statement]:
    """statements.yml: the reviewed short statements of law campaigns may use, by id."""
    statements: dict[str, Statement] = {}
    for i, raw in enumerate(_read(path) or []):
        statement = _validate(Statement, raw, path, f"[{i}].")
        if statement.id in statements:
            raise ContentDataError(f"{_rel(path)}: [{i}].id: duplicate id {statement.id!r}")
        _check_cites(statement.cite, sources, path, f"{statement.id}.cite")
        statements[statement.id] = statement
    return statements


@cache
def load_agencies_file(data_dir: Path = DATA) -> AgenciesFile:
    """docs/data/agencies.yml, validated; the one reader of that file (content and campaigns)."""
    path = data_dir / "agencies.yml"
    agencies = _validate(AgenciesFile, _read(path), path)
    _check_agencies(agencies, path)
    return agencies


def _check_agencies(data: AgenciesFile, path: Path) -> None:
    ids = [a.id for a in data.agencies]
    missing = [i for i in REQUIRED_AGENCY_IDS if i not in ids]
    if missing:
        raise ContentDataError(f"{_rel(path)}: agencies: required ids missing: {missing}")
    if len(set(ids)) != len(ids):
        raise ContentDataError(f"{_rel(path)}: agencies: duplicate ids")
    areas = {a.id for a in data.work_areas}
    directives = {d.id for d in data.directives}
    for kind, entries in (("duties", data.duties), ("tasks", data.tasks)):
        for i, entry in enumerate(entries):
            where = f"{_rel(path)}: {kind}[{i}]"
            if entry.directive not in directives:
                raise ContentDataError(f"{where}.directive: unknown {entry.directive!r}")
            unknown = [a for a in getattr(entry, "agencies", []) if a not in ids]
            if unknown:
                raise ContentDataError(f"{where}.agencies: unknown {unknown}")
            area = getattr(entry, "area", None)
            if area is not None and area not in areas:
                raise ContentDataError(f"{where}.area: unknown {area!r}")


# Tests that edit a data file re-read it.
load_content.cache_clear = _load_content.cache_clear  # type: ignore[attr-defined]
