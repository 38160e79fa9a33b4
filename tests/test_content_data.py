"""The content data files: valid, cross-checked, and errors that name file and field.

No build needed: these read docs/data/*.yml through the library only.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from scripts.content import (
    ContentDataError,
    ContentRenderError,
    generated_pages,
    load_content,
    render_markdown,
)
from scripts.content.data import REQUIRED_AGENCY_IDS
from scripts.paths import DATA

# Independent oracle, typed from the legal texts in /work/shared/law (not from facts.yml):
# if someone edits facts.yml, these tests make them look at the law again.
LEGAL_VALUES = {
    "ages.child_below": 16,  # Law on Children art. 1
    "ages.adult": 18,  # Labour Code art. 143(1)
    "ages.minimum_working": 15,  # Labour Code art. 3(1)
    "ages.light_work_from": 13,  # Labour Code art. 143(3)
    "hours.under15_day": 4,  # Labour Code art. 146(1)
    "hours.under15_week": 20,
    "hours.over15_day": 8,  # Labour Code art. 146(2)
    "hours.over15_week": 40,
    "hours.night_start": "22:00",  # Labour Code art. 106
    "hours.night_end": "06:00",
    "hours.health_check_months": 6,  # Labour Code art. 145(1)(c)
    "deadlines.under13_consent_days": 10,  # Circular 09/2020 art. 7(3)
    "deadlines.emergency_hours": 12,  # Decree 56/2017 arts. 26(3), 31(2)
    "deadlines.plan_draft_days": 5,  # Decree 56/2017 art. 28(1)
    "deadlines.plan_approve_days": 2,  # Decree 56/2017 art. 28(4)
    "fines.organisation_multiplier": 2,  # Decree 283/2026 art. 7(1)
}
LEGAL_FINES = {  # Decree 283/2026 art. 27
    "register": (1_000_000, 2_000_000),
    "conditions": (20_000_000, 25_000_000),
    "prohibited": (50_000_000, 75_000_000),
}


def test_data_files_load() -> None:
    data = load_content()
    assert data.sources and data.glossary and data.agencies.agencies


@pytest.mark.parametrize(("key", "expected"), sorted(LEGAL_VALUES.items()))
def test_fact_matches_the_law(key: str, expected: object) -> None:
    assert load_content().fact(key).value == expected


@pytest.mark.parametrize(("key", "band"), sorted(LEGAL_FINES.items()))
def test_fine_band_matches_the_law(key: str, band: tuple[int, int]) -> None:
    fact = load_content().fact(f"fines.{key}")
    assert (fact.min, fact.max) == band
    assert fact.cite == [f"decree-283-2026:27.{list(LEGAL_FINES).index(key) + 1}"]


def test_every_fact_cites_a_registered_article_or_a_public_source() -> None:
    data = load_content()
    for group in data.facts.values.values():
        for fact in group.values():
            assert fact.cite or fact.source_url


def test_agency_ids_are_exactly_the_ones_campaigns_use() -> None:
    ids = [a.id for a in load_content().agencies.agencies]
    assert sorted(ids) == sorted(REQUIRED_AGENCY_IDS)


def test_directives_have_seven_work_areas_and_seven_tasks() -> None:
    ag = load_content().agencies
    assert [a.point for a in ag.work_areas] == [str(i) for i in range(1, 8)]
    assert [t.point for t in ag.tasks] == [str(i) for i in range(1, 8)]
    # every work area has at least one duty, every duty names its directive and point
    for area in ag.work_areas:
        assert any(d.area == area.id for d in ag.duties), area.id
    for duty in ag.duties:
        assert duty.directive and duty.point and duty.agencies


def test_every_agency_has_a_duty() -> None:
    ag = load_content().agencies
    for agency in ag.agencies:
        assert any(agency.id in d.agencies for d in ag.duties), agency.id


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_generated_pages_cover_agencies_directives_glossary(lang: str) -> None:
    pages = generated_pages(lang)
    ag = load_content().agencies
    for agency in ag.agencies:
        page = pages[f"agencies/{agency.id}.md"]
        for duty in ag.duties:
            if agency.id in duty.agencies:
                assert duty.text.get(lang) in page  # generated, never hand-copied
    for directive in ag.directives:
        assert f"agencies/directives/{directive.id}.md" in pages
    matrix = pages["agencies/index.md"]
    for area in ag.work_areas:
        assert area.name.get(lang) in matrix
    glossary = pages["glossary.md"]
    for term in load_content().glossary.values():
        assert f"| {term.vi} | {term.en} |" in glossary


def _broken_copy(tmp_path: Path, name: str, edit) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(DATA, data_dir)
    path = data_dir / name
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    load_content.cache_clear()
    return data_dir


def test_loader_error_names_file_and_field(tmp_path: Path) -> None:
    def edit(raw):
        raw["values"]["hours"]["under15_day"]["vlaue"] = 4  # a typo in a field name

    data_dir = _broken_copy(tmp_path, "facts.yml", edit)
    with pytest.raises(ContentDataError) as err:
        load_content(data_dir)
    assert "facts.yml" in str(err.value)
    assert "values.hours.under15_day.vlaue" in str(err.value)


def test_loader_rejects_an_unregistered_article(tmp_path: Path) -> None:
    def edit(raw):
        raw["values"]["hours"]["under15_day"]["cite"] = ["labour-code:999"]

    data_dir = _broken_copy(tmp_path, "facts.yml", edit)
    with pytest.raises(ContentDataError, match=r"facts\.yml: values\.hours\.under15_day"):
        load_content(data_dir)


def test_loader_rejects_a_missing_agency_id(tmp_path: Path) -> None:
    def edit(raw):
        raw["agencies"] = [a for a in raw["agencies"] if a["id"] != "youth-union"]
        for duty in raw["duties"]:
            duty["agencies"] = [a for a in duty["agencies"] if a != "youth-union"]

    data_dir = _broken_copy(tmp_path, "agencies.yml", edit)
    with pytest.raises(ContentDataError, match="youth-union"):
        load_content(data_dir)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("# T\n\nok\n{{ cite('labour-code', '999') }}\n", "line 4"),
        ("# T\n{{ fact('hours.nope') }}\n", "line 2"),
        ("# T\n\n\n{{ fine( }}\n", "line 4"),
        ("# T\n{{ not_a_helper }}\n", "line 2"),
    ],
)
def test_render_errors_name_page_and_line(body: str, message: str) -> None:
    with pytest.raises(ContentRenderError) as err:
        render_markdown(body, lang="vi", page_path="law/x.md")
    assert "docs/vi/law/x.md" in str(err.value)
    assert message in str(err.value)


def test_render_errors_count_front_matter_lines() -> None:
    with pytest.raises(ContentRenderError, match="line 7"):
        render_markdown("# T\n\n{{ fact('x.y') }}\n", lang="en", page_path="a.md",
                        line_offset=4)


def test_attr_list_ids_are_not_jinja_comments() -> None:
    out = render_markdown("## Điều 147 {#art-147}\n", lang="vi", page_path="a.md")
    assert "{#art-147}" in out


def test_legal_basis_needs_last_reviewed() -> None:
    with pytest.raises(ContentRenderError, match="last_reviewed"):
        render_markdown("{{ legal_basis('labour-code:147') }}", lang="vi", page_path="a.md")
    out = render_markdown("{{ legal_basis('labour-code:147') }}", lang="en", page_path="a.md",
                          meta={"last_reviewed": dt.date(2026, 11, 23)})
    assert '!!! legal-basis "Legal basis"' in out
    assert "Last reviewed: 23 November 2026" in out


def test_an_unconfirmed_figure_is_printed_plainly_only_with_its_source() -> None:
    """No editors' marker in public: the page names the source next to the figure."""
    vi = render_markdown("{{ fact('statistics.child_labour_rate_2018') }}", lang="vi",
                         page_path="a.md")
    assert vi == "khoảng 5,4%"


def test_an_unconfirmed_value_without_a_source_is_never_stated(tmp_path: Path) -> None:
    from scripts.content.render import Helpers

    def edit(raw):
        raw["values"]["hours"]["under15_day"]["confirmed"] = False

    data = load_content(_broken_copy(tmp_path, "facts.yml", edit))
    with pytest.raises(ValueError, match="not confirmed"):
        Helpers(data, "vi", "a.md").fact("hours.under15_day")


def test_a_hand_written_page_that_is_also_generated_is_refused(tmp_path: Path) -> None:
    from scripts.content import feature
    from scripts.site.model import Site
    from scripts.site.output import GenerateError
    from scripts.sitefacts import load_site_facts

    (tmp_path / "vi").mkdir()
    (tmp_path / "vi" / "glossary.md").write_text("# Thuật ngữ\n", encoding="utf-8")
    site = Site(docs=tmp_path, facts=load_site_facts())
    with pytest.raises(GenerateError, match=r"docs/vi/.*delete one of them\): glossary\.md"):
        feature.generate(site, "vi")
