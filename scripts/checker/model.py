"""The rules file (docs/data/work-rules.yml) as typed, validated data.

Loading fails loudly, naming the file and the field, because a wrong rule on a
child-protection site is worse than a broken build.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from scripts.bilingual import Bilingual
from scripts.paths import DATA

RULES_FILE = DATA / "work-rules.yml"
Status = Literal["ok", "condition", "fail"]
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class RulesError(ValueError):
    """The rules file is missing, unreadable or breaks a rule of its own format."""


class _Strict(BaseModel):
    # Unknown keys are typos in a reviewed legal file: reject them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Bilingual):
    """One sentence in both site languages."""


class Citation(Text):
    # Candidate pages (docs-relative paths); the first that exists becomes the link.
    page: list[str] = []


class Group(_Strict):
    id: str
    name: Text
    cites: list[str] = []
    note: Text | None = None


class Job(_Strict):
    id: str
    group: str
    name: Text
    keywords: Text | None = None
    arts_sport: bool = False
    light_work: int | None = Field(default=None, ge=1, le=11)  # Annex II item 12: unconfirmed
    prohibited: str | None = None  # the art. 147 point (citation id)


class WorkRule(_Strict):
    allow: Literal["arts_sport", "light_work", "not_prohibited", "any"]
    cites: list[str]
    ok_cites: list[str] = []  # added when the check passes
    ok_status: Status
    ok: Text
    fail: Text
    summary: Text


class BannedPlaces(_Strict):
    points: list[str]
    cites: list[str]


class Hours(_Strict):
    per_day: float = Field(gt=0, le=24)
    per_week: float = Field(gt=0, le=168)
    cites: list[str]


class TimeRule(_Strict):
    rule: Literal["forbidden", "listed_jobs_only"]
    cites: list[str]


class School(_Strict):
    cites: list[str]


class Band(_Strict):
    id: str
    min_age: int = Field(ge=0)
    max_age: int | None = None  # exclusive; None = no upper bound
    minor: bool
    name: Text
    who: Text
    work: WorkRule
    banned_places: BannedPlaces | None = None
    hours: Hours | None = None
    night: TimeRule | None = None
    overtime: TimeRule | None = None
    school: School | None = None
    conditions: list[str] = []


class Condition(_Strict):
    id: str
    text: Text
    cites: list[str]


class Help(_Strict):
    text: Text
    cites: list[str]
    pages: dict[str, list[str]]  # link name -> candidate pages (linked only if one exists)


class Night(_Strict):
    start: str
    end: str
    cites: list[str]

    @model_validator(mode="after")
    def _times(self) -> Night:
        for value in (self.start, self.end):
            if not _TIME.match(value):
                raise ValueError(f"night time {value!r} is not HH:MM")
        return self


MESSAGE_KEYS = (
    "day_ok", "day_fail", "day_unknown", "week_ok", "week_fail", "week_unknown",
    "night_ok", "night_fail", "night_listed", "overtime_ok", "overtime_fail",
    "overtime_listed", "school_ok", "school_fail", "place_fail",
)


class WorkRules(_Strict):
    schema_: int = Field(alias="schema")
    reviewed: dict[str, object]
    citations: dict[str, Citation]
    verdicts: dict[Literal["allowed", "conditional", "not_allowed"], Text]
    night: Night
    groups: list[Group]
    jobs: list[Job]
    messages: dict[str, Text]
    bands: list[Band]
    help: Help
    conditions: list[Condition]

    @model_validator(mode="after")
    def _consistent(self) -> WorkRules:
        """Cross-references resolve, ids are unique, bands cover every age once."""
        cites = set(self.citations)

        def need(ids: list[str], where: str) -> None:
            for cid in ids:
                if cid not in cites:
                    raise ValueError(f"{where}: unknown citation {cid!r}")

        need(self.night.cites, "night.cites")
        need(self.help.cites, "help.cites")
        group_ids = [g.id for g in self.groups]
        _unique(group_ids, "groups")
        _unique([j.id for j in self.jobs], "jobs")
        _unique([c.id for c in self.conditions], "conditions")
        _unique([b.id for b in self.bands], "bands")
        for g in self.groups:
            need(g.cites, f"groups[{g.id}].cites")
        for j in self.jobs:
            if j.group not in group_ids:
                raise ValueError(f"jobs[{j.id}].group: unknown group {j.group!r}")
            if j.prohibited:
                need([j.prohibited], f"jobs[{j.id}].prohibited")
            if j.prohibited and (j.light_work or j.arts_sport):
                raise ValueError(f"jobs[{j.id}]: a prohibited job cannot be light work or arts")
        missing = [k for k in MESSAGE_KEYS if k not in self.messages]
        if missing:
            raise ValueError(f"messages: missing {missing}")
        condition_ids = {c.id for c in self.conditions}
        for c in self.conditions:
            need(c.cites, f"conditions[{c.id}].cites")
        expected_min = 0
        for b in self.bands:
            where = f"bands[{b.id}]"
            if b.min_age != expected_min:
                raise ValueError(f"{where}.min_age: bands must be contiguous from 0 "
                                 f"(expected {expected_min}, got {b.min_age})")
            need(b.work.cites + b.work.ok_cites, f"{where}.work.cites")
            for part in (b.hours, b.night, b.overtime, b.school, b.banned_places):
                if part is not None:
                    need(part.cites, f"{where}.cites")
            if b.banned_places:
                need(b.banned_places.points, f"{where}.banned_places.points")
            for cid in b.conditions:
                if cid not in condition_ids:
                    raise ValueError(f"{where}.conditions: unknown condition {cid!r}")
            if b.minor and not (b.hours and b.night and b.overtime):
                raise ValueError(f"{where}: a minor band needs hours, night and overtime rules")
            if b.max_age is None:
                expected_min = -1  # open-ended: must be the last band
            elif b.max_age <= b.min_age:
                raise ValueError(f"{where}.max_age must be greater than min_age")
            else:
                expected_min = b.max_age
        if expected_min != -1:
            raise ValueError("bands: the last band must have no max_age (adults)")
        for key, text in self.messages.items():
            if not (text.vi.strip() and text.en.strip()):
                raise ValueError(f"messages.{key}: empty text")
        return self

    # Lookups used by the engine and the compiler.
    def job(self, job_id: str) -> Job:
        for job in self.jobs:
            if job.id == job_id:
                return job
        raise KeyError(job_id)

    def band_for(self, age: int) -> Band:
        for band in self.bands:
            if band.min_age <= age and (band.max_age is None or age < band.max_age):
                return band
        raise ValueError(f"no age band for age {age}")

    def condition(self, condition_id: str) -> Condition:
        return next(c for c in self.conditions if c.id == condition_id)


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{where}: duplicate id {i!r}")
        seen.add(i)


def load_rules(path: Path = RULES_FILE) -> WorkRules:
    """Read and validate the rules file; errors name the file and the field."""
    try:
        with path.open(encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: {exc}") from exc
    try:
        return WorkRules.model_validate(raw)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"]) or "(top level)"
            lines.append(f"{path}: {field}: {err['msg']}")
        raise RulesError("\n".join(lines)) from exc


@cache
def default_rules() -> WorkRules:
    """The project's rules file, loaded once per process."""
    return load_rules(RULES_FILE)
