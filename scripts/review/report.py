"""Run every check and write the editors' report: plain text for the terminal, and an
HTML page outside the public site (review/report.html, git-ignored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from scripts.atomic import write_text
from scripts.campaigns.dates import today as build_today
from scripts.content.data import load_content
from scripts.paths import CAMPAIGNS, DOCS, ROOT, SITE_FILE
from scripts.review import (
    address,
    contacts,
    data_items,
    former_bodies,
    open_points,
    reviewed,
    translations,
)
from scripts.review.model import Finding, Project, Report, Section, text
from scripts.sitefacts import load_site_facts

REPORT_HTML = ROOT / "review" / "report.html"
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)

# (id, title, check) in the order the report shows them.
CHECKS: list[tuple[str, tuple[str, str], Callable[[Project], list[Finding]]]] = [
    ("data", ("Mục dữ liệu chưa xác nhận", "Unconfirmed items of data"), data_items.check),
    ("open-points", ("Điểm còn mở (open-points.yml)", "Open points (open-points.yml)"),
     open_points.check),
    ("last-reviewed", ("Trang quá 12 tháng chưa rà soát, trang luật thiếu ngày rà soát",
                       "Pages not reviewed for 12 months; law pages without a date"),
     reviewed.check),
    ("former-bodies", ("Tên cơ quan trước năm 2025", "Names of bodies before 2025"),
     former_bodies.check),
    ("contacts", ("Cán bộ liên hệ chưa xác nhận", "Unconfirmed contacts"), contacts.check),
    ("address", ("Địa chỉ công khai tạm", "Placeholder public address"), address.check),
    ("translations", ("Bản dịch tiếng Anh đã cũ hoặc chưa đóng dấu",
                      "English translations stale or never stamped"), translations.check),
]


def real_project(today: dt.date | None = None) -> Project:
    """The project this copy of the code lives in (PORTAL_TODAY sets 'today')."""
    return Project(root=ROOT, docs=DOCS, config=SITE_FILE, campaigns=CAMPAIGNS,
                   data=load_content(DOCS / "data"), extra=load_site_facts(SITE_FILE),
                   today=today or build_today())


def build_report(project: Project) -> Report:
    sections = [Section(id=cid, title=text(*title), findings=check(project))
                for cid, title, check in CHECKS]
    return Report(today=project.today, sections=sections)


def render_text(report: Report, html_path: str | None = None) -> str:
    return TEMPLATES.get_template("report.txt.j2").render(report=report, html_path=html_path)


def render_html(report: Report) -> str:
    return TEMPLATES.get_template("report.html.j2").render(report=report)


def write_html(report: Report, path: Path = REPORT_HTML) -> Path:
    """Write the HTML report atomically (a reader never sees half a file)."""
    write_text(path, render_html(report))
    return path
