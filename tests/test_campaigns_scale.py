"""Scale: an event page does not grow with the number of events (5 vs 200)."""

from __future__ import annotations

import copy
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import markdown
import pytest
import yaml

from scripts.campaigns import urls
from scripts.campaigns.load import load_campaigns
from scripts.campaigns.model import Campaign
from scripts.campaigns.render_pages import event_page
from scripts.campaigns.site import make_site
from tests.fixtures_campaigns import base_data
from tests.test_campaigns_render import EXTENSIONS

# Builds (MkDocs or WeasyPrint) by itself: not a `unit` test (tests/conftest.py).
pytestmark = pytest.mark.build

TODAY = date(2026, 11, 23)


def synthetic(n: int, folder: Path) -> Campaign:
    data = base_data()
    template = data["events"][0]
    start = datetime(2026, 1, 5, 8, 0)
    events = []
    for i in range(n):
        event = copy.deepcopy(template)
        event["id"] = f"su-kien-{i:04d}"
        event["start"] = (start + timedelta(days=i)).strftime("%Y-%m-%d %H:%M")
        event["end"] = (start + timedelta(days=i, hours=2)).strftime("%Y-%m-%d %H:%M")
        events.append(event)
    data["events"] = events
    # Through the real loader: a campaigns folder in a temp dir, like an organiser's.
    folder.mkdir()
    (folder / "quy-mo.yml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                       encoding="utf-8")
    [campaign] = load_campaigns(folder)
    return campaign


def event_html_size(n: int, tmp_path: Path) -> int:
    campaign = synthetic(n, tmp_path / f"n{n}")
    site = make_site("vi", TODAY)
    event = campaign.event("su-kien-0002")
    body, head = event_page(campaign, event, site)
    return len(markdown.markdown(body, extensions=EXTENSIONS)) + len(head)


def test_event_page_size_independent_of_event_count(tmp_path: Path):
    small, large = event_html_size(5, tmp_path), event_html_size(200, tmp_path)
    assert abs(large - small) <= 0.02 * small, (small, large)


def test_only_index_and_calendar_pages_in_nav(built_site: Path):
    # The navigation is written into every page: campaign and event pages stay out of it
    # (reached from the index and the calendar), or every page grows with the events.
    for lang in ("vi", "en"):
        html = (built_site / lang / "index.html").read_text(encoding="utf-8")
        listed = set(re.findall(r'<a href="(campaigns/[^"]*)" class="md-nav__link', html))
        assert listed == {urls.html(urls.INDEX), urls.html(urls.EVENTS)}, (lang, listed)


def test_mkdocs_build_fails_on_invalid_campaigns_with_the_same_messages(tmp_path: Path):
    import os
    import shutil
    import subprocess
    import sys

    from scripts.paths import ROOT

    folder = tmp_path / "campaigns"
    folder.mkdir()
    fixture = ROOT / "tests" / "fixtures" / "campaigns" / "invalid" / "end-before-start.yml"
    shutil.copy(fixture, folder / "x.yml")
    env = {**os.environ, "PORTAL_CAMPAIGNS_DIR": str(folder), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode != 0
    assert "x.yml:22: lỗi / error" in result.stderr + result.stdout
    assert "Dòng 22, sự kiện thứ 1, giờ kết thúc (end)" in result.stderr + result.stdout
    assert "Line 22, event 1, end time (end)" in result.stderr + result.stdout
    assert "Cách sửa:" in result.stderr + result.stdout
    assert not list((tmp_path / "site").glob("campaigns/**/*.html"))
