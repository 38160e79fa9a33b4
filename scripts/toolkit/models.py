"""The shape of the toolkit data files (docs/data/training/*.yml, docs/data/toolkit/*.yml).

Strict like the other legal data (`extra="forbid"`): a misspelt field in a checklist or a
quiz must fail the build, not silently drop a duty or an answer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from scripts.bilingual import Bilingual
from scripts.checker.engine import Case

Audience = Literal["collaborators", "police", "teachers", "employers"]
FineKey = Literal["register", "conditions", "prohibited"]
MIN_SESSION, MAX_SESSION = 45, 90  # minutes: what a ward meeting room allows


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Bilingual):
    """One text in both languages; may call the page helpers ({{ fact(...) }})."""


# ---- training modules ------------------------------------------------------------


class Step(_Strict):
    minutes: int = Field(ge=1)
    title: Text
    text: Text


class CheckerCase(_Strict):
    """A situation in the checker's own terms (job and place ids of work-rules.yml); its
    answer is computed by the checker's oracle, never written here."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")  # the page anchor: case-<id>
    input: Case

    @model_validator(mode="after")
    def _age_given(self) -> CheckerCase:
        # A training case must read the same every year: an age, not a birth date.
        if self.input.age is None or self.input.birth_date is not None:
            raise ValueError("give the child's `age` in full years (not a birth date)")
        return self


class CaseStudy(CheckerCase):
    title: Text


class QuizItem(_Strict):
    """A verdict question on a checker case (answered by the oracle), or a question with
    written options, the index of the right one, its explanation and its citations."""

    question: Text
    case: CheckerCase | None = None
    options: list[Text] = Field(default_factory=list)
    answer: int | None = None
    explain: Text | None = None
    cite: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_kind(self) -> QuizItem:
        if self.case is not None:
            if self.options or self.answer is not None or self.explain or self.cite:
                raise ValueError("a case question takes its options, answer, explanation "
                                 "and citations from the checker: give only `case`")
            return self
        if len(self.options) < 2:
            raise ValueError("needs at least two options (or `case:`)")
        if self.answer is None or not 0 <= self.answer < len(self.options):
            raise ValueError(f"answer must be the index (from 0) of one of the "
                             f"{len(self.options)} options")
        if self.explain is None or not self.cite:
            raise ValueError("needs `explain` and at least one `cite`")
        return self


class Module(_Strict):
    audience: Audience
    title: Text
    audience_name: Text
    minutes: int = Field(ge=MIN_SESSION, le=MAX_SESSION)
    trainers: list[str] = Field(min_length=1)  # agency ids (directive point 2)
    aims: list[Text] = Field(min_length=1)
    materials: list[Text] = Field(default_factory=list)
    steps: list[Step] = Field(min_length=2)
    key_points: list[str] = Field(min_length=1)  # ids of docs/data/statements.yml
    cases: list[CaseStudy] = Field(min_length=1)
    quiz: list[QuizItem] = Field(min_length=3)

    @model_validator(mode="after")
    def _steps_fill_the_session(self) -> Module:
        total = sum(s.minutes for s in self.steps)
        if total != self.minutes:
            raise ValueError(f"the steps last {total} minutes but the session {self.minutes}")
        return self


# ---- inspection checklist and plan ---------------------------------------------------


class CheckItem(_Strict):
    id: str
    check: Text
    cite: list[str] = Field(min_length=1)
    # None where the sources name no fine band for this breach (review 6, F7): the page
    # says so and sends the inspector to the labour authority, never a guessed band.
    fine: FineKey | None = None
    bands: list[str] = Field(min_length=1)  # ids of facts.yml `bands`
    legal_list: str | None = None  # a list of legal-lists.yml shown under the item


class CheckGroup(_Strict):
    id: str
    title: Text
    items: list[CheckItem] = Field(min_length=1)


class Checklist(_Strict):
    places: list[Text] = Field(min_length=1)
    groups: list[CheckGroup] = Field(min_length=1)


class PlanSection(_Strict):
    id: str
    title: Text
    text: Text | None = None
    fill: list[Text] = Field(default_factory=list)  # lines left blank to fill in


class InspectionPlan(_Strict):
    title: Text
    role_areas: list[str] = Field(min_length=1)  # work areas whose duties are the roles
    sections: list[PlanSection] = Field(min_length=1)


# ---- data exchange -----------------------------------------------------------------

# Column and indicator words that would ask for a child's identity: never allowed.
PERSONAL = re.compile(
    r"(?i)\b(?:name|birth|address|phone|identity|id number|photo|family name)\b"
    r"|họ tên|họ và tên|ngày sinh|địa chỉ|điện thoại|căn cước|CCCD|số định danh"
)


class Indicator(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    label: Text
    by_age: bool = True  # broken down by the facts.yml age bands

    @model_validator(mode="after")
    def _counts_only(self) -> Indicator:
        for text in (self.id, self.label.vi, self.label.en):
            if PERSONAL.search(text):
                raise ValueError(f"{text!r} asks for personal data: only counts and "
                                 "categories go into a report")
        return self


class Form(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    sender: str  # agency id
    receiver: str  # agency id
    title: Text
    compiles: list[str] = Field(default_factory=list)  # form ids added up in this one
    indicators: list[Indicator] = Field(default_factory=list)


class DataExchange(_Strict):
    age_bands: list[str] = Field(min_length=1)  # ids of facts.yml `bands`
    forms: list[Form] = Field(min_length=2)


# ---- published figures ---------------------------------------------------------------


class NationalFigure(_Strict):
    fact: str  # a key of facts.yml `values.statistics`
    label: Text


class WardYear(_Strict):
    year: int = Field(ge=2000, le=2100)
    counts: dict[str, int]  # indicator id -> count
    source: Text  # the published report the counts come from
    published: dt.date


class WardFigures(_Strict):
    national: list[NationalFigure] = Field(min_length=1)
    indicators: list[Indicator] = Field(min_length=1)
    years: list[WardYear] = Field(default_factory=list)
