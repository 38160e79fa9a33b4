"""Command line: `python -m scripts.campaigns validate [DIR]` / `build --out DIR` /
`new "Tên chiến dịch"`.

Editors run this on Windows PCs: whatever happens they get a message in Vietnamese and
English, never a Python traceback (set PORTAL_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from scripts.atomic import write_tree
from scripts.campaigns.advice import committed_files
from scripts.campaigns.build import build_language
from scripts.campaigns.create import CreateError, create_campaign
from scripts.campaigns.dates import today as build_today
from scripts.campaigns.load import check_files, validate_folder
from scripts.campaigns.site import make_site
from scripts.campaigns.validate.errors import CampaignError, message
from scripts.paths import CAMPAIGNS
from scripts.site.languages import LANGUAGES


def fit_errors(campaigns: list) -> list[CampaignError]:
    from scripts.leaflets.advice import fit_errors as leaflet_fit  # late: leaflets use us

    return leaflet_fit(campaigns)


def _report(errors: list[CampaignError]) -> int:
    """Print every error of the run together; the exit code for a failed run."""
    for error in errors:
        print(error.format(), file=sys.stderr)
    print(f"\n{len(errors)} lỗi / error(s); không ghi tệp nào / nothing written.",
          file=sys.stderr)
    return 1


def _warn(warnings: list[CampaignError]) -> None:
    for warning in warnings:
        print(warning.format())
    if warnings:
        print(f"{len(warnings)} cảnh báo / warning(s): vẫn được đăng, nhưng hãy kiểm tra "
              "lại / still published, but please check.\n")


def _validate(folder: Path, today: str | None) -> int:
    if not folder.is_dir():
        vi, en = message("no_folder", value=folder.as_posix())
        print(f"Lỗi / Error\n  vi: {vi}\n  en: {en}", file=sys.stderr)
        return 1
    report = validate_folder(folder, today=build_today(today),
                             committed=committed_files(folder))
    _warn(report.warnings)
    if report.errors:
        return _report(report.errors)
    # What the build would refuse: text that does not fit a printed leaflet.
    print("Đang kiểm tra tờ rơi in / Checking the printed leaflets...")
    misfits = fit_errors(report.campaigns)
    if misfits:
        return _report(misfits)
    events = sum(len(c.events) for c in report.campaigns)
    print(f"OK: {len(report.campaigns)} chiến dịch / campaign(s), "
          f"{events} sự kiện / event(s).")
    return 0


def _build(folder: Path, out: Path, today: str | None) -> int:
    report = validate_folder(folder)
    errors = report.errors or fit_errors(report.campaigns)
    if errors:
        return _report(errors)
    campaigns = sorted(report.campaigns, key=lambda c: (c.start, c.slug))
    tree: dict[str, bytes | str] = {}
    for lang in LANGUAGES:
        output = build_language(campaigns, make_site(lang, today))
        tree.update({f"{lang}/{path}": content for path, content in output.all_files().items()})
        tree.update({f"{lang}/{path[:-3]}.head.html": head
                     for path, head in output.head.items()})
    write_tree(out, tree)
    print(f"{len(tree)} tệp / files -> {out}")
    return 0


def _new(name: str, folder: Path) -> int:
    try:
        # Another folder (tests, previews) may have no example of its own.
        example = folder / "_example.yml"
        path = create_campaign(name, folder,
                               example if example.is_file() else CAMPAIGNS / "_example.yml")
    except CreateError as exc:
        vi, en = message(exc.code, **exc.ctx)
        print(f"Lỗi / Error\n  vi: {vi}\n  en: {en}", file=sys.stderr)
        return 1
    slug = path.stem
    print(f"Đã tạo / Created: {path.as_posix()}\n"
          f"  vi: Mở tệp này, sửa tên tiếng Anh (en:), ngày giờ, địa điểm và nội dung; "
          f"rồi chạy: make campaigns-validate\n"
          f"  en: Open it and fill in the English title (en:), dates, venue and text; "
          f"then run: make campaigns-validate")
    report = check_files([(slug, path)], today=build_today(None), committed=set())
    _warn(report.warnings)
    return _report(report.errors) if report.errors else 0


def _internal_error() -> int:
    vi, en = message("internal_error")
    print(f"Lỗi / Error\n  vi: {vi}\n  en: {en}", file=sys.stderr)
    if os.environ.get("PORTAL_DEBUG"):
        traceback.print_exc()
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.campaigns",
                                     description="Campaign files: check, build or start one.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check every campaign file, print every error")
    check.add_argument("folder", nargs="?", type=Path, default=CAMPAIGNS)
    check.add_argument("--today", help="YYYY-MM-DD for the date warnings (default: today)")
    build = sub.add_parser("build", help="write pages, calendars and images to a folder")
    build.add_argument("folder", nargs="?", type=Path, default=CAMPAIGNS)
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--today", help="YYYY-MM-DD (default: $PORTAL_TODAY or today)")
    new = sub.add_parser("new", help='start campaigns/<name>.yml from _example.yml')
    new.add_argument("name", help='the Vietnamese campaign name, e.g. "Tháng hành động 2027"')
    new.add_argument("--folder", type=Path, default=CAMPAIGNS)
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.folder, args.today)
        if args.command == "new":
            return _new(args.name, args.folder)
        return _build(args.folder, args.out, args.today)
    except Exception:  # noqa: BLE001 - editors get words, developers PORTAL_DEBUG=1
        return _internal_error()

