"""`make review`: the editors' report and stale-translation detection, on a fixture
project (its own pages and data), built with the real i18n hook and theme."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.content.data import ContentDataError, load_content
from scripts.paths import ROOT
from scripts.review.address import is_placeholder
from scripts.review.report import (
    REPORT_HTML,
    build_report,
    real_project,
    render_html,
    render_text,
    write_html,
)
from scripts.review.translations import StampError, body_hash, stamp
from tests import review_support as fx

NOTICE = "The Vietnamese page was updated on"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return fx.make_project(tmp_path / "project")


def report_texts(root: Path) -> tuple[str, str]:
    """The terminal text and the HTML of the fixture project's report."""
    report = build_report(fx.project(root))
    html_path = write_html(report, root / "review" / "report.html")
    return render_text(report), html_path.read_text(encoding="utf-8")


def section(text: str, number: int) -> str:
    """One numbered section of the terminal report."""
    start = text.index(f"\n== {number}. ")
    end = text.find("\n== ", start + 1)
    return text[start:end if end != -1 else text.index("TÓM TẮT / SUMMARY")]


def test_a_stale_translation_is_reported_noticed_and_cleared_by_stamping(root: Path):
    docs = root / "docs"
    vi, en = docs / "vi" / "guide.md", docs / "en" / "guide.md"
    before = en.read_text(encoding="utf-8")

    stamp(docs, en, fx.TODAY)
    stamped = en.read_text(encoding="utf-8")
    assert stamped.replace(f'translated_from: "{body_hash(vi.read_text("utf-8"))}"\n'
                           f"translated_on: {fx.TODAY}\n", "") == before
    text, html = report_texts(root)
    assert "docs/en/guide.md" not in section(text, 7)
    assert NOTICE not in (fx.build(root, "en") / "guide.html").read_text(encoding="utf-8")

    # The Vietnamese page changes after the translation; outside git its mtime dates it.
    vi.write_text(vi.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    changed = dt.datetime(2026, 11, 20, 12, 0).timestamp()
    os.utime(vi, (changed, changed))
    text, html = report_texts(root)
    assert "docs/en/guide.md:3  [guide.md (stale)]" in section(text, 7)
    assert "Stale translation" in text and "make review-stamp PAGE=docs/en/guide.md" in text
    assert "guide.md (stale)" in html and "Stale translation" in html
    page = (fx.build(root, "en") / "guide.html").read_text(encoding="utf-8")
    assert (f"{NOTICE} 20 November 2026; this translation may be out of date.") in page
    assert 'href="../vi/guide.html" hreflang="vi"' in page
    vi_page = (fx.build(root, "vi") / "guide.html").read_text(encoding="utf-8")
    assert "portal-stale-translation" not in vi_page and NOTICE not in vi_page

    stamp(docs, en, fx.TODAY)
    text, _ = report_texts(root)
    assert "guide.md" not in section(text, 7)
    page = (fx.build(root, "en") / "guide.html").read_text(encoding="utf-8")
    assert NOTICE not in page and "portal-stale-translation" not in page
    assert en.read_text(encoding="utf-8").count("translated_from:") == 1


def test_a_page_never_stamped_is_reported_and_shows_no_notice(root: Path):
    text, html = report_texts(root)
    assert "docs/en/law/old.md:1  [law/old.md (never stamped)]" in section(text, 7)
    assert "Never stamped" in html
    assert NOTICE not in (fx.build(root, "en") / "law" / "old.html").read_text("utf-8")


def test_the_report_lists_every_kind_of_open_point_in_text_and_html(root: Path):
    text, html = report_texts(root)
    expected = {
        1: ["docs/data/legal-lists.yml:", "[fixture-list / x2]",
            "FIXTURE-OPEN wording of item x2", "fixture source §0"],
        2: ["docs/data/open-points.yml:6  [fixture-point]", "A fixture open point",
            "The Official Gazette", "no-such-page.md"],
        3: ["docs/vi/law/old.md:2  [law/old.md]", "Last reviewed on 2024-05-01",
            "docs/en/law/old.md:2", "docs/vi/law/undated.md:1  [law/undated.md]",
            "A law page without a `last_reviewed` date"],
        4: [f"docs/vi/guide.md:{fx.FORMER_NAME_LINE}  [“Lao động - Thương binh và Xã hội”]",
            "Say it is the name before 2025"],
        5: ["docs/data/site.yml:", "[fixture-unconfirmed]", "Officer B", "no phone number"],
        6: ["docs/data/site.yml:", "https://fixture.example.org/", "SITE_ROOT="],
    }
    for number, needles in expected.items():
        part = section(text, number)
        for needle in needles:
            assert needle in part, f"section {number}: {needle!r} missing:\n{part}"
            html_needle = needle.split("  [")[0].strip("[]")  # HTML: label in its own cell
            assert html_needle in html, f"HTML: {html_needle!r} missing"
    assert "docs/vi/guide.md:2" not in section(text, 3)  # reviewed this year
    assert "fixture-confirmed" not in text
    assert "[fixture-list / x1]" not in text
    assert "docs/en/guide.md" not in section(text, 4)


def test_the_html_report_is_a_page_outside_the_public_site(root: Path):
    site = (ROOT / "site").resolve()
    assert not REPORT_HTML.resolve().is_relative_to(site)
    assert REPORT_HTML.resolve().parent == (ROOT / "review").resolve()
    ignored = subprocess.run(["git", "check-ignore", "-q", str(REPORT_HTML)], cwd=ROOT)
    assert ignored.returncode == 0, "review/report.html must be git-ignored"
    html = render_html(build_report(fx.project(root)))
    assert html.startswith("<!doctype html>") and '<html lang="vi">' in html
    assert "<script" not in html  # editors open it from disk: nothing to run


def test_make_review_runs_on_the_real_project_without_a_traceback(tmp_path: Path):
    out = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "scripts.review", "report", "--html", str(out)],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PORTAL_TODAY": "2026-11-23"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "TÓM TẮT / SUMMARY" in result.stdout and out.is_file()


def test_today_comes_from_portal_today(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PORTAL_TODAY", "2030-02-01")
    assert real_project().today == dt.date(2030, 2, 1)


def test_the_placeholder_address_is_recognised_and_a_real_one_is_not():
    assert is_placeholder("https://treem-disu.example.org/")
    assert is_placeholder("https://example.org/")
    assert not is_placeholder("https://treem-disu.gov.vn/")
    assert not is_placeholder("https://example.org.vn/")


def test_stamping_keeps_windows_line_ends_bom_and_every_other_line(root: Path):
    docs = root / "docs"
    en = docs / "en" / "law" / "old.md"
    original = b"\xef\xbb\xbf---\r\nlast_reviewed: 2024-05-01\r\ntitle: X\r\n---\r\n\r\n# Old\r\n"
    en.write_bytes(original)
    stamp(docs, en, fx.TODAY)
    stamp(docs, en, fx.TODAY)  # a second stamp replaces, never duplicates
    fingerprint = body_hash((docs / "vi" / "law" / "old.md").read_text(encoding="utf-8"))
    assert en.read_bytes() == (
        b"\xef\xbb\xbf---\r\nlast_reviewed: 2024-05-01\r\ntitle: X\r\n"
        + f'translated_from: "{fingerprint}"\r\ntranslated_on: 2026-11-23\r\n'.encode()
        + b"---\r\n\r\n# Old\r\n")


def test_the_fingerprint_ignores_front_matter_line_ends_and_unicode_form():
    body = "# Trẻ em\n\nLao động nhẹ.\n"
    nfd = __import__("unicodedata").normalize("NFD", body)
    assert body_hash(body) == body_hash("---\nlast_reviewed: 2026-01-01\n---\n" + body)
    assert body_hash(body) == body_hash(body.replace("\n", "\r\n")) == body_hash(nfd)
    assert body_hash(body) != body_hash(body + "Thêm.\n")
    assert len(body_hash(body)) == 12


def test_stamping_refuses_a_vietnamese_page_or_a_page_without_twin(root: Path):
    docs = root / "docs"
    with pytest.raises(StampError, match="docs/en/"):
        stamp(docs, docs / "vi" / "guide.md", fx.TODAY)
    lone = docs / "en" / "lone.md"
    lone.write_text("# Lone\n", encoding="utf-8")
    with pytest.raises(StampError, match="docs/vi/lone.md"):
        stamp(docs, lone, fx.TODAY)


def test_open_points_are_validated_with_file_and_field(root: Path):
    points = root / "docs" / "data" / "open-points.yml"
    points.write_text(fx.OPEN_POINTS.replace('    answer_from: {vi: "Công báo.", '
                                             'en: "The Official Gazette."}\n', ""),
                      encoding="utf-8")
    with pytest.raises(ContentDataError, match=r"docs/data/open-points.yml.*answer_from"):
        load_content(root / "docs" / "data")
