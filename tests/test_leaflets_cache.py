"""Incremental and parallel: unchanged leaflets are not rendered again; a changed
campaign re-renders only its own leaflets; the command line says what it did."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.campaigns.load import load_campaigns
from scripts.leaflets.build import build_leaflets
from scripts.paths import CAMPAIGNS, ROOT

# Builds (MkDocs or WeasyPrint) by itself: not a `unit` test (tests/conftest.py).
pytestmark = pytest.mark.build

TODAY = "2026-05-20"


def _copy_campaigns(tmp_path: Path) -> Path:
    folder = tmp_path / "campaigns"
    shutil.copytree(CAMPAIGNS, folder)
    return folder


def test_second_run_renders_nothing_and_a_change_renders_only_its_campaign(
        tmp_path: Path) -> None:
    folder, cache = _copy_campaigns(tmp_path), tmp_path / "cache"
    campaigns = load_campaigns(folder)
    assert campaigns, "no shipped campaigns to test with"
    cold = build_leaflets(campaigns, today=TODAY, cache_dir=cache, workers=2)
    assert cold.rendered == len(cold.leaflets) and cold.reused == 0
    warm = build_leaflets(campaigns, today=TODAY, cache_dir=cache, workers=2)
    assert warm.rendered == 0 and warm.reused == len(cold.leaflets)
    assert [leaf.pdf for leaf in warm.leaflets] == [leaf.pdf for leaf in cold.leaflets]

    # Edit one field of one campaign file: only that campaign's leaflets change.
    target = campaigns[0]
    assert target.source is not None
    source = target.source  # the copy in tmp_path
    text = source.read_text(encoding="utf-8")
    old = target.summary("en")
    assert old in text
    source.write_text(text.replace(old, old + " Everyone is welcome.", 1), encoding="utf-8")
    edited = build_leaflets(load_campaigns(folder), today=TODAY, cache_dir=cache, workers=2)
    rendered = {leaf.slug for leaf in edited.leaflets if leaf.rendered}
    assert rendered == {target.slug}
    assert edited.rendered == sum(leaf.slug == target.slug for leaf in edited.leaflets)


def test_a_new_day_only_matters_when_it_changes_the_upcoming_events(tmp_path: Path) -> None:
    campaigns, cache = load_campaigns(), tmp_path / "cache"
    build_leaflets(campaigns, ["vi"], today="2027-03-01", cache_dir=cache, workers=2)
    # Every shipped event is past on both days: nothing printed differs, nothing renders.
    again = build_leaflets(campaigns, ["vi"], today="2027-03-02", cache_dir=cache, workers=2)
    assert again.rendered == 0


def test_command_line_builds_only_the_leaflets_and_reports_counts(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    cmd = [sys.executable, "-m", "scripts.leaflets", "build", "--out", str(out),
           "--cache", str(cache), "--lang", "vi", "--today", TODAY]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    pdfs = sorted(out.glob("vi/leaflets/*.pdf"))
    assert pdfs and not list(out.glob("en/*"))
    assert f"{len(pdfs)} rendered, 0 reused" in first.stdout
    second = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    assert f"0 rendered, {len(pdfs)} reused" in second.stdout
