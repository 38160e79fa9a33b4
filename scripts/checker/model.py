"""The rules file (docs/data/work-rules.yml) and the words file (checker-words.yml) as
typed, validated data, cross-checked against the content data they point into
(legal-lists.yml items, facts.yml keys, sources.yml articles).

Loading fails loudly, naming the file and the field, because a wrong rule on a
child-protection site is worse than a broken build.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from scripts.bilingual import Bilingual
from scripts.content.data import ContentData, check_ref, load_content, parse_cite
from scripts.content.statements import law_page, load_law_pages
from scripts.paths import DATA
from scripts.site.errors import InputError
from scripts.yamlmarks import read_yaml

RULES_FILE = DATA / "work-rules.yml"
WORDS_FILE = DATA / "checker-words.yml"
Status = Literal["ok", "condition", "missing", "unknown", "fail", "info"]
RULE_NAMES = ("work", "place", "day", "week", "night", "overtime", "school", "family")


class RulesError(InputError):
    """The rules file is missing, unreadable or breaks a rule of its own format."""


class _Strict(BaseModel):
    # Unknown keys are typos in a reviewed legal file: reject them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Bilingual):
    """One sentence in both site languages (a Jinja2 template, see the file header)."""


class Decision(_Strict):
    id: str
    rule: str
    reasoning: str
    reviewed: str


class Group(_Strict):
    id: str
    name: Text


class OwnCheck(_Strict):
    """A job's own wording of the art. 147(1) check, where a band allows any job not
    prohibited (ages 15-17): `unknown` when the sources do not settle the job, `condition`
    when the reader has not said what it is."""

    status: Literal["condition", "unknown"]
    text: Text
    cites: list[str]


class Job(_Strict):
    id: str
    group: str | None = None  # None: outside every group, always visible ("other")
    item: str | None = None  # "light-work:4", "prohibited-jobs:a"
    name: Text | None = None  # everyday entries only
    arts_sport: bool = False
    place: str | None = None  # the place an everyday job implies
    not_prohibited: OwnCheck | None = None

    @model_validator(mode="after")
    def _named_once(self) -> Job:
        if (self.item is None) == (self.name is None):
            raise ValueError(f"job {self.id!r}: give exactly one of `item` and `name`")
        return self


class Place(_Strict):
    id: str
    item: str | None = None  # "prohibited-places:d"
    name: Text | None = None

    @model_validator(mode="after")
    def _named_once(self) -> Place:
        if (self.item is None) == (self.name is None):
            raise ValueError(f"place {self.id!r}: give exactly one of `item` and `name`")
        return self


class WorkRule(_Strict):
    allow: Literal["arts_sport", "light_work", "not_prohibited", "any"]
    cites: list[str]
    ok_cites: list[str] = []  # added when the check passes
    ok_status: Literal["ok", "condition"]
    ok: Text
    # The `ok` text for a light-work item whose official wording is not confirmed
    # (legal-lists.yml `status: wording_unconfirmed`): said as a condition, never as "on it".
    ok_wording: Text | None = None
    fail: Text
    # For the child's own family: the rule as a yardstick, without what binds only an
    # employer (consent, advice on hiring); review 24, observed 5.
    # A job of art. 147(1) outside the light-work list: its ground said (review 25, F1).
    fail_prohibited: Text | None = None
    ok_family: Text | None = None
    fail_family: Text | None = None
    summary: Text


class PlaceRule(_Strict):
    rule: Literal["fail", "unknown"]
    points: list[str]  # art. 147(2) points that are banned (or cannot be confirmed)
    cites: list[str]
    # The band's own wording of place_ok / place_missing / ... (the key without
    # "place_"), where the general message would state a rule the band does not have.
    messages: dict[Literal["ok", "fail", "unknown", "missing"], Text] = Field(
        default_factory=dict)


class Hours(_Strict):
    per_day: str  # facts.yml keys
    per_week: str
    cites: list[str]


class TimeRule(_Strict):
    rule: Literal["forbidden", "listed_jobs_only"]
    cites: list[str]


class School(_Strict):
    rule: Literal["under15", "study"]
    cites: list[str]


class Band(_Strict):
    id: str
    min_age: str | None = None  # facts.yml keys; None = from 0
    max_age: str | None = None  # exclusive; None = no upper bound
    minor: bool
    name: Text
    who: Text
    work: WorkRule
    places: PlaceRule | None = None
    hours: Hours | None = None
    night: TimeRule | None = None
    overtime: TimeRule | None = None
    school: School | None = None
    conditions: list[str] = []


class Condition(_Strict):
    id: str
    text: Text
    cites: list[str]
    legal_list: str | None = None  # a legal-lists.yml list shown under the text


class Family(_Strict):
    cites: list[str]
    page: str


class Help(_Strict):
    text: Text
    cites: list[str]
    pages: dict[str, str]  # link name -> docs-relative page


class Fine(_Strict):
    rules: list[str]
    text: Text
    cites: list[str]
    # A rule that brings this fine only in some bands (rule -> band ids): where the
    # penalty text names no point for the other bands, no fine is stated for them.
    only_for: dict[str, list[str]] = Field(default_factory=dict)


class Cited(_Strict):
    text: Text
    cites: list[str]


class Night(_Strict):
    start: str  # facts.yml keys
    end: str
    cites: list[str]


MESSAGE_KEYS = (
    "day_ok", "day_fail", "day_over_listed", "day_missing", "basis_times", "basis_conflict",
    "week_ok", "week_fail", "week_over_listed", "week_missing",
    "night_ok", "night_fail", "night_missing", "night_listed",
    "overtime_ok", "overtime_fail", "overtime_listed",
    "school_condition", "school_fail", "school_study",
    "place_ok", "place_fail", "place_unknown", "place_missing", "family",
)


class HoursUnit(_Strict):
    """How "{n} hours" is written, for exactly one hour and for any other amount."""

    one: Text
    other: Text


class WorkRules(_Strict):
    schema_: int = Field(alias="schema")
    reviewed: dict[str, str]
    decisions: list[Decision]
    verdicts: dict[Literal["allowed", "conditional", "unconfirmed", "not_allowed",
                           "family", "family_over"], Text]
    night: Night
    groups: list[Group]
    jobs: list[Job]
    places: list[Place]
    hours_unit: HoursUnit
    messages: dict[str, Text]
    bands: list[Band]
    family: Family
    help: Help
    fines: dict[str, Fine]
    fines_note: Cited
    conditions: list[Condition]

    @model_validator(mode="after")
    def _consistent(self) -> WorkRules:
        """Ids unique, internal references resolve, every message is there."""
        _unique([g.id for g in self.groups], "groups")
        _unique([j.id for j in self.jobs], "jobs")
        _unique([p.id for p in self.places], "places")
        _unique([c.id for c in self.conditions], "conditions")
        _unique([b.id for b in self.bands], "bands")
        groups = {g.id for g in self.groups}
        places = {p.id for p in self.places}
        for j in self.jobs:
            if j.group is not None and j.group not in groups:
                raise ValueError(f"jobs[{j.id}].group: unknown group {j.group!r}")
            if j.place is not None and j.place not in places:
                raise ValueError(f"jobs[{j.id}].place: unknown place {j.place!r}")
        if not any(j.group is None for j in self.jobs):
            raise ValueError("jobs: one job (\"other\") must sit outside every group")
        missing = [k for k in MESSAGE_KEYS if k not in self.messages]
        if missing:
            raise ValueError(f"messages: missing {missing}")
        condition_ids = {c.id for c in self.conditions}
        for b in self.bands:
            for cid in b.conditions:
                if cid not in condition_ids:
                    raise ValueError(f"bands[{b.id}].conditions: unknown condition {cid!r}")
            if b.minor and not (b.hours and b.night and b.overtime and b.places):
                raise ValueError(f"bands[{b.id}]: a minor band needs hours, night, "
                                 "overtime and places rules")
        for key, fine in self.fines.items():
            unknown = [r for r in fine.rules if r not in RULE_NAMES]
            if unknown:
                raise ValueError(f"fines.{key}.rules: unknown rules {unknown}")
            for rule, bands in fine.only_for.items():
                if rule not in fine.rules:
                    raise ValueError(f"fines.{key}.only_for: {rule!r} is not in its rules")
                unknown = [b for b in bands if b not in {band.id for band in self.bands}]
                if unknown:
                    raise ValueError(f"fines.{key}.only_for.{rule}: unknown bands {unknown}")
        return self

    # Lookups used by the compiler.
    def job(self, job_id: str) -> Job:
        for job in self.jobs:
            if job.id == job_id:
                return job
        raise KeyError(job_id)

    def condition(self, condition_id: str) -> Condition:
        return next(c for c in self.conditions if c.id == condition_id)

    def all_cites(self) -> list[tuple[str, list[str]]]:
        """(where, citation ids) for every place the file cites something."""
        out: list[tuple[str, list[str]]] = [
            ("night.cites", self.night.cites), ("family.cites", self.family.cites),
            ("help.cites", self.help.cites), ("fines_note.cites", self.fines_note.cites)]
        out += [(f"fines.{k}.cites", f.cites) for k, f in self.fines.items()]
        out += [(f"conditions[{c.id}].cites", c.cites) for c in self.conditions]
        out += [(f"jobs[{j.id}].not_prohibited.cites", j.not_prohibited.cites)
                for j in self.jobs if j.not_prohibited]
        for b in self.bands:
            where = f"bands[{b.id}]"
            out.append((f"{where}.work.cites", [*b.work.cites, *b.work.ok_cites]))
            for part in (b.places, b.hours, b.night, b.overtime, b.school):
                if part is not None:
                    out.append((f"{where}.cites", part.cites))
            if b.places:
                out.append((f"{where}.places.points", b.places.points))
        return out


class WordEntry(_Strict):
    # Jobs, or places: a place's words only lead the job search to the place question.
    jobs: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    vi: list[str]
    en: list[str]


class WordsFile(_Strict):
    schema_: int = Field(alias="schema")
    words: list[WordEntry]


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{where}: duplicate id {i!r}")
        seen.add(i)


def _read(path: Path) -> Any:
    try:
        return read_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: {exc}") from exc


def _validate(model: type[BaseModel], raw: Any, path: Path) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"]) or "(top level)"
            lines.append(f"{path}: {field}: {err['msg']}")
        raise RulesError("\n".join(lines)) from exc


def cited_ids(rules: WorkRules, content: ContentData) -> list[str]:
    """Every citation the checker can show: the file's own and its list items'."""
    ids = [cid for _, cids in rules.all_cites() for cid in cids]
    for entry in [*rules.jobs, *rules.places]:
        if entry.item is not None:
            list_id, _, item_id = entry.item.partition(":")
            cite = content.legal_list(list_id).item(item_id).cite
            if cite:
                ids.append(cite)
    return list(dict.fromkeys(ids))


def _check_citation(cid: str, where: str, content: ContentData, pages: dict[str, str],
                    fail: Callable[[str, str], None]) -> None:
    """A registered article with a law page (and its anchor) in law-pages.yml."""
    try:
        src, ref = parse_cite(cid)
        check_ref(content.sources[src], ref)
    except (KeyError, ValueError) as exc:
        fail(where, f"{cid!r} is not a registered article ({exc})")
        return
    page = law_page(src, ref, pages)
    if page is None or "#" not in page:
        fail(where, f"{cid!r} has no law page with an anchor: add "
             f"'\"{cid}\": law/<page>.md#<anchor>' to docs/data/law-pages.yml")


def _cross_check(rules: WorkRules, content: ContentData, path: Path) -> None:
    """Everything the rules point to exists in the content data."""
    def fail(where: str, message: str) -> None:
        raise RulesError(f"{path}: {where}: {message}")

    pages = load_law_pages()
    for where, ids in rules.all_cites():
        for cid in ids:
            _check_citation(cid, where, content, pages, fail)
    for kind, entries in (("jobs", rules.jobs), ("places", rules.places)):
        for entry in entries:
            if entry.item is None:
                continue
            list_id, _, item_id = entry.item.partition(":")
            try:
                item = content.legal_list(list_id).item(item_id)
            except KeyError:
                fail(f"{kind}[{entry.id}].item", f"no item {entry.item!r} in legal-lists.yml")
            if not item.known:
                fail(f"{kind}[{entry.id}].item", f"{entry.item} has no known content")
            if item.cite:
                _check_citation(item.cite, f"{kind}[{entry.id}].item", content, pages, fail)
    keys = [rules.night.start, rules.night.end]
    for b in rules.bands:
        keys += [k for k in (b.min_age, b.max_age) if k]
        if b.hours:
            keys += [b.hours.per_day, b.hours.per_week]
    for key in keys:
        try:
            content.fact(key)
        except KeyError:
            fail("facts", f"unknown facts.yml key {key!r}")
    for key in rules.fines:
        try:
            content.fact(f"fines.{key}")
        except KeyError:
            fail(f"fines.{key}", "no such fine in facts.yml")
    for c in rules.conditions:
        if c.legal_list and c.legal_list not in content.lists:
            fail(f"conditions[{c.id}].legal_list", f"no list {c.legal_list!r} in legal-lists.yml")


def load_rules(path: Path = RULES_FILE, content: ContentData | None = None) -> WorkRules:
    """Read, validate and cross-check the rules file; errors name the file and the field."""
    rules = _validate(WorkRules, _read(path), path)
    _cross_check(rules, content or load_content(), path)
    return rules


def load_words(rules: WorkRules, path: Path = WORDS_FILE) -> WordsFile:
    """The everyday-words file; every target must be a job or a place of the rules."""
    words = _validate(WordsFile, _read(path), path)
    jobs = {j.id for j in rules.jobs}
    places = {p.id for p in rules.places}
    for i, entry in enumerate(words.words):
        for job in entry.jobs:
            if job not in jobs:
                raise RulesError(f"{path}: words.{i}.jobs: unknown job {job!r}")
        for place in entry.places:
            if place not in places:
                raise RulesError(f"{path}: words.{i}.places: unknown place {place!r}")
        if bool(entry.jobs) == bool(entry.places):
            raise RulesError(f"{path}: words.{i}: needs either jobs: or places:")
        if not entry.vi or not entry.en:
            raise RulesError(f"{path}: words.{i}: needs words in both vi and en")
    return words


@cache
def default_rules() -> WorkRules:
    """The project's rules file, loaded once per process."""
    return load_rules(RULES_FILE)


@cache
def default_words() -> WordsFile:
    return load_words(default_rules(), WORDS_FILE)
