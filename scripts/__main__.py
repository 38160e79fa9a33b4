"""The portal's library, without an engine.

    python -m scripts build --stage DIR     every language's complete source tree

An engine adapter renders such a tree into the site (scripts/engines/mkdocs: make build).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.atomic import WouldOverwriteHandWritten
from scripts.output.stage import stage
from scripts.site.errors import InputError
from scripts.site.model import load_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts", description=__doc__.split("\n")[1])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the complete source tree")
    build.add_argument("--stage", type=Path, required=True, metavar="DIR",
                       help="folder to write (replaced as a whole; never a hand-written one)")
    args = parser.parse_args(argv)
    try:
        count = stage(load_site(), args.stage.resolve())
    except (InputError, WouldOverwriteHandWritten) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{count} files staged in {args.stage}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
