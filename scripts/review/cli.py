"""The editors' review from the command line.

    python -m scripts.review [report] [--html PATH]   # the report (make review)
    python -m scripts.review stamp docs/en/PAGE.md …  # record a translation as current
    python -m scripts.review stamp --all              # every English page with a twin
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.campaigns.dates import today as build_today
from scripts.content.data import ContentDataError
from scripts.paths import DOCS, ROOT
from scripts.review.report import REPORT_HTML, build_report, real_project, render_text, write_html
from scripts.review.translations import StampError, stamp, states


def _report(html: Path) -> int:
    report = build_report(real_project())
    path = write_html(report, html)
    try:
        shown = path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        shown = str(path)
    print(render_text(report, html_path=shown), end="")
    return 0


def _stamp(pages: list[Path], every: bool) -> int:
    if every:
        pages = [entry.target for entry in states(DOCS)]
    if not pages:
        print("Cần ghi tên trang, ví dụ / Name a page, e.g.: "
              "make review-stamp PAGE=docs/en/law/light-work.md (hoặc / or ALL=1)",
              file=sys.stderr)
        return 2
    today = build_today()
    for page in pages:
        fingerprint = stamp(DOCS, page, today)
        print(f"{page}: translated_from {fingerprint}, translated_on {today.isoformat()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.review",
                                     description="Editors' review report and stamps.")
    sub = parser.add_subparsers(dest="command")
    rep = sub.add_parser("report", help="print the report and write the HTML file")
    rep.add_argument("--html", type=Path, default=REPORT_HTML)
    st = sub.add_parser("stamp", help="record that English pages match their Vietnamese twin")
    st.add_argument("pages", nargs="*", type=Path)
    st.add_argument("--all", action="store_true", help="every English page with a twin")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a Windows console without UTF-8
    try:
        if args.command == "stamp":
            return _stamp(args.pages, args.all)
        return _report(getattr(args, "html", REPORT_HTML))
    except (ContentDataError, StampError) as err:
        print(f"Lỗi / Error:\n{err}", file=sys.stderr)
        return 1
    except ValueError as err:  # e.g. PORTAL_TODAY is not YYYY-MM-DD
        print(f"Lỗi / Error: {err}", file=sys.stderr)
        return 1
