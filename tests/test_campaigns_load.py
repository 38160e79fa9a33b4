"""Campaign files: the example, the shipped campaigns, and every class of error."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from scripts.campaigns.cli import main as cli
from scripts.campaigns.load import discover, load_campaigns, load_example, validate_files
from scripts.campaigns.validate import CampaignValidationError
from scripts.paths import CAMPAIGNS

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
INVALID = sorted(
    p for p in (FIXTURES / "invalid").iterdir() if p.suffix == ".yml" or p.is_dir()
)
TODAY = __import__("datetime").date(2026, 11, 23)


def _fixture_file(path: Path) -> Path:
    return path / "campaign.yml" if path.is_dir() else path


def _expected(path: Path) -> tuple[str, int]:
    """(error code, line) a fixture documents: class in its header, line marked '#!'."""
    text = _fixture_file(path).read_text(encoding="utf-8")
    code = re.search(r"error class: (\w+)", text).group(1)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "#!" in ln and i > 1)
    return code, line


def test_example_is_valid_and_complete():
    example = load_example()
    # The example documents every optional part, so the tests exercise all of it.
    assert example.classroom and example.classroom.activity
    event = example.events[0]
    assert event.agenda and event.coordinates and event.accessibility and event.summary
    assert event.contact.email


def test_examples_are_not_published():
    slugs = [slug for slug, _ in discover(CAMPAIGNS)]
    assert slugs and not any(s.startswith("_") or s == "example" for s in slugs)


def test_shipped_campaigns_cover_past_upcoming_moved_cancelled():
    campaigns = load_campaigns()
    assert len(campaigns) >= 3
    events = [e for c in campaigns for e in c.events]
    assert all(len(c.events) >= 3 for c in campaigns)
    assert any(e.is_past(TODAY) for e in events)
    assert any(not e.is_past(TODAY) for e in events)
    assert any(e.status == "moved" and e.previous_start for e in events)
    assert any(e.status == "cancelled" for e in events)
    assert any(c.hero_image for c in campaigns)
    # The brief's three campaign kinds, June 12 included.
    assert any(e.start.month == 6 and e.start.day == 12 for e in events)
    assert any(e.start.year == 2027 for e in events)


def test_one_fixture_per_error_class():
    codes = [_expected(p)[0] for p in INVALID]
    assert len(codes) == len(set(codes)), "one fixture per error class"
    assert len(codes) >= 20


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.stem if p.is_file() else p.name)
def test_invalid_fixture_reports_file_line_field_both_languages(fixture: Path):
    code, line = _expected(fixture)
    slug = fixture.stem if fixture.is_file() else fixture.name
    _, errors = validate_files([(slug, _fixture_file(fixture))])
    assert [e.code for e in errors] == [code], [e.format() for e in errors]
    error = errors[0]
    assert error.file.endswith(_fixture_file(fixture).name)
    assert str(fixture.name) in error.file
    assert error.line == line
    assert error.field
    assert "Cách sửa:" in error.vi and "How to fix:" in error.en
    formatted = error.format()
    assert f":{line}: " in formatted and "vi: " in formatted and "en: " in formatted


def test_image_too_big(tmp_path: Path):
    folder = tmp_path / "big"
    folder.mkdir()
    shutil.copy(FIXTURES / "invalid" / "image-too-small" / "campaign.yml", folder)
    # Noise does not compress: a 1400x1400 RGB PNG of noise is well over 2 MB.
    Image.effect_noise((1400, 1400), 120).convert("RGB").save(folder / "hero.png")
    assert (folder / "hero.png").stat().st_size > 2 * 1024 * 1024
    _, errors = validate_files([("big", folder / "campaign.yml")])
    assert [e.code for e in errors] == ["image_too_big"]


def test_bad_and_duplicate_slugs(tmp_path: Path):
    base = FIXTURES / "base.yml"
    shutil.copy(base, tmp_path / "Bad Name.yml")
    shutil.copy(base, tmp_path / "index.yml")
    shutil.copy(base, tmp_path / "same.yml")
    (tmp_path / "same").mkdir()
    shutil.copy(base, tmp_path / "same" / "campaign.yml")
    shutil.copy(base, tmp_path / "_draft.yml")  # ignored: starts with '_'
    _, errors = validate_files(discover(tmp_path))
    assert sorted(e.code for e in errors) == ["bad_slug", "bad_slug", "duplicate_slug"]


def test_all_errors_of_a_run_are_reported_together(tmp_path: Path, capsys):
    for fixture in INVALID[:5]:
        target = tmp_path / (fixture.name if fixture.is_dir() else fixture.name)
        if fixture.is_dir():
            shutil.copytree(fixture, target)
        else:
            shutil.copy(fixture, target)
    with pytest.raises(CampaignValidationError) as raised:
        load_campaigns(tmp_path)
    assert len(raised.value.errors) == 5
    assert cli(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("  vi: ") == 5 and err.count("  en: ") == 5


def test_cli_build_writes_nothing_on_error(tmp_path: Path):
    shutil.copy(INVALID[0] if INVALID[0].is_file() else INVALID[1], tmp_path / "x.yml")
    out = tmp_path / "out"
    assert cli(["build", str(tmp_path), "--out", str(out)]) == 1
    assert not out.exists()


def test_cli_validate_and_build_ok(tmp_path: Path, capsys):
    assert cli(["validate"]) == 0
    out = tmp_path / "out"
    assert cli(["build", "--out", str(out), "--today", "2026-11-23"]) == 0
    for lang in ("vi", "en"):
        assert (out / lang / "campaigns" / "index.md").is_file()
        assert (out / lang / "campaigns" / "events.md").is_file()
        assert (out / lang / "campaigns" / "all-events.ics").is_file()
        assert list((out / lang / "campaigns").glob("*/share.png"))
