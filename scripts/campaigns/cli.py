"""Command line: `python -m scripts.campaigns validate [DIR]` / `build --out DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.atomic import write_tree
from scripts.campaigns.build import build_language
from scripts.campaigns.load import discover, validate_files
from scripts.campaigns.site import make_site
from scripts.paths import CAMPAIGNS
from scripts.site.languages import LANGUAGES


def _report(errors: list) -> int:
    """Print every error of the run together; the exit code for a failed run."""
    for error in errors:
        print(error.format(), file=sys.stderr)
    print(f"\n{len(errors)} lỗi / error(s); không ghi tệp nào / nothing written.",
          file=sys.stderr)
    return 1


def _validate(folder: Path) -> int:
    files = discover(folder)
    campaigns, errors = validate_files(files)
    if errors:
        return _report(errors)
    events = sum(len(c.events) for c in campaigns)
    print(f"OK: {len(campaigns)} chiến dịch / campaign(s), {events} sự kiện / event(s).")
    return 0


def _build(folder: Path, out: Path, today: str | None) -> int:
    campaigns, errors = validate_files(discover(folder))
    if errors:
        return _report(errors)
    campaigns.sort(key=lambda c: (c.start, c.slug))
    tree: dict[str, bytes | str] = {}
    for lang in LANGUAGES:
        output = build_language(campaigns, make_site(lang, today))
        tree.update({f"{lang}/{path}": content for path, content in output.all_files().items()})
        tree.update({f"{lang}/{path[:-3]}.head.html": head
                     for path, head in output.head.items()})
    write_tree(out, tree)
    print(f"{len(tree)} tệp / files -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.campaigns",
                                     description="Campaign files: check or build.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check every campaign file, print every error")
    check.add_argument("folder", nargs="?", type=Path, default=CAMPAIGNS)
    build = sub.add_parser("build", help="write pages, calendars and images to a folder")
    build.add_argument("folder", nargs="?", type=Path, default=CAMPAIGNS)
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--today", help="YYYY-MM-DD (default: $PORTAL_TODAY or today)")
    args = parser.parse_args(argv)
    if args.command == "validate":
        return _validate(args.folder)
    return _build(args.folder, args.out, args.today)
