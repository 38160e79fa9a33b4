"""The shape of the content data files (docs/data/*.yml), checked with pydantic.

Strict on purpose (`extra="forbid"`): a typo in a field name of a legal data file must
fail the build instead of silently dropping an age, an hour or a fine.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from scripts.bilingual import Bilingual


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(Bilingual):
    """One text in both languages."""


# ---- sources.yml ---------------------------------------------------------------


class SourceText(_Strict):
    local: str | None = None
    official: list[str] = Field(default_factory=list)
    translation: str | None = None
    secondary: list[str] = Field(default_factory=list)


class Source(_Strict):
    """One legal instrument the site cites."""

    id: str
    kind: Literal["law", "decree", "circular", "decision", "convention"]
    short: Localized
    name: Localized
    number: str
    issuer: Localized
    date: dt.date | None
    in_force: dt.date | None
    in_force_confirmed: bool = True
    articles: list[int]
    annexes: list[str] = Field(default_factory=list)
    replaces: str | None = None
    replaced_by: str | None = None
    text: SourceText


# ---- facts.yml -----------------------------------------------------------------


class Fact(_Strict):
    """A value that appears on several pages, with where it comes from."""

    value: int | float | str | None = None
    min: int | None = None
    max: int | None = None
    text: Localized | None = None
    unit: Literal["percent"] | None = None
    cite: list[str] = Field(default_factory=list)
    source_url: list[str] = Field(default_factory=list)
    confirmed: bool = True


class Band(_Strict):
    min: str | None = None
    max: str


class Step(_Strict):
    id: str
    title: Localized
    who: Localized
    text: Localized
    deadline: str | None = None
    deadline_unit: Literal["hours", "working_days"] | None = None
    deadline_text: Localized | None = None
    # A condition the deadline carries (Decree 56 art. 28: "trừ trường hợp khẩn cấp"),
    # said next to it wherever the deadline is shown, the compact list included.
    deadline_note: Localized | None = None
    cite: list[str]


class FactsFile(_Strict):
    values: dict[str, dict[str, Fact]]
    bands: dict[str, Band]
    case_process: list[Step]


# ---- glossary.yml --------------------------------------------------------------


class Term(_Strict):
    id: str
    vi: str
    en: str
    note: Localized | None = None

    def get(self, lang: str) -> str:
        return getattr(self, lang)


# ---- agencies.yml --------------------------------------------------------------


class Agency(_Strict):
    id: str
    name: Localized
    short: Localized
    about: Localized
    # The English name is a common noun ("Ward police"): inside a sentence it starts with a
    # small letter, so pages read "tell the ward police" (review 23, observed 3).
    common_noun: bool = False


class WorkArea(_Strict):
    id: str
    point: str
    name: Localized
    label: Localized  # short: a column heading of the duty matrix


class Directive(_Strict):
    id: str
    short: Localized
    title: Localized
    issuer: Localized
    signed_by: Localized
    number: str | None
    date: dt.date | None
    year: int | None = None
    period: Localized
    level: Literal["ward", "district"]
    scope: Localized
    source_file: str


class Duty(_Strict):
    directive: str
    point: str
    area: str | None
    agencies: list[str]
    text: Localized
    # True where the directive asks rather than assigns ("Đề nghị ...": point 7, to the
    # Fatherland Front and its member organisations, which the ward does not direct).
    request: bool = False
    # A listed body's part where it is not the one doing the work (review 5, N5): point 5
    # has the officer draft the plan for the ward People's Committee.
    roles: dict[str, Localized] = Field(default_factory=dict)
    # True where the duty has its bodies (other than those named only by a role) check
    # workplaces (point 3: the police, the land officer) or plan those checks (point 5: the
    # officer's plan): the inspection checklist is then their tool (review 26, observed 3;
    # review 27, observed 3). Point 4's checks are for trafficking cases, not workplaces.
    # The police get the checklist from point 3 (review 27, observed 4).
    inspects: bool = False


class Task(_Strict):
    """A task of another locality's directive (Hồng Ngự): shown on its directive page as
    an example, never mapped to the ward's own bodies."""

    directive: str
    point: str
    body: Localized
    text: Localized
    # True where that directive asks rather than assigns ("Đề nghị ...", its point 6 to
    # the district Fatherland Front): said on the page, like the ward's point 7.
    request: bool = False


# ---- legal-lists.yml -----------------------------------------------------------

Status = Literal["confirmed", "wording_unconfirmed", "unknown"]


class ReferredList(_Strict):
    """A list a point refers to (e.g. art. 147(1)(h) -> Annex III) whose content is open."""

    cite: str
    status: Status
    open: str


class ListItem(_Strict):
    """One item of a legal list; `text` is absent only when its content is unknown."""

    id: str
    status: Status
    text: Localized | None = None
    cite: str | None = None
    open: str | None = None
    refers_to: ReferredList | None = None

    @property
    def known(self) -> bool:
        return self.status != "unknown" and self.text is not None


class LegalList(_Strict):
    """A list the law sets out (Annex II, art. 147(1), art. 147(2), a consent file)."""

    cite: list[str]
    basis: list[str] = Field(default_factory=list)
    source: str
    total: int | None = None
    wording: Literal["official", "summary"] = "official"
    status: Status = "confirmed"
    open: str | None = None
    items: list[ListItem]

    def item(self, item_id: str) -> ListItem:
        for entry in self.items:
            if entry.id == item_id:
                return entry
        raise KeyError(item_id)

    @property
    def known_items(self) -> list[ListItem]:
        return [i for i in self.items if i.known]


class LegalListsFile(_Strict):
    schema_: int = Field(alias="schema")
    lists: dict[str, LegalList]


# ---- statements.yml ------------------------------------------------------------


class Statement(_Strict):
    """A reviewed short statement of law for campaigns and leaflets (rendered with the
    same helpers as pages, so numbers come from facts.yml)."""

    id: str
    text: Localized
    cite: list[str]
    reviewed: dt.date


class FormerBody(_Strict):
    """A body named in pre-2025 texts whose successor is not confirmed."""

    id: str
    name: Localized
    # What the reader should know today, said where the body is named; without it the
    # site's general note (ui `former_body_note`: ask the ward People's Committee).
    note: Localized | None = None


# ---- open-points.yml (editors only: `make review`, never a public page) ---------


class FormerBodies(_Strict):
    """Names of bodies reorganised in 2025 (FACTS.md §8): every mention needs the one
    treatment the site uses, so `make review` lists each with its file and line."""

    treatment: Localized
    names: list[str] = Field(min_length=1)


class OpenPoint(_Strict):
    """A question the sources leave open that is not an item of data (FACTS.md §8, §11)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    open: Localized
    answer_from: Localized
    facts: str = Field(pattern=r"^§\d")
    # Docs paths as in docs/vi/ and docs/en/, e.g. "law/light-work.md".
    pages: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9/_-]*\.md$")]] = Field(
        default_factory=list)


class OpenPointsFile(_Strict):
    schema_: int = Field(alias="schema")
    former_bodies: FormerBodies
    points: list[OpenPoint]


class AgenciesFile(_Strict):
    agencies: list[Agency]
    former_bodies: list[FormerBody] = Field(default_factory=list)
    work_areas: list[WorkArea]
    directives: list[Directive]
    duties: list[Duty]
    tasks: list[Task]
