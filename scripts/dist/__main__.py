"""Make the web release and the USB release for a public address.

    python -m scripts.dist --site-root https://www.example.net/tre-em/ [--out dist]

(`make dist SITE_ROOT=…` runs this.) Refuses the placeholder address from
docs/data/site.yml and any address that is not https.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from scripts.atomic import WouldOverwriteHandWritten
from scripts.campaigns.dates import today
from scripts.dist.address import BadAddress, parse_address
from scripts.dist.inline import UnsafeInlineCode
from scripts.dist.policy import PolicyError
from scripts.dist.release import DistFailed, make_releases, write_releases
from scripts.dist.report import summary
from scripts.engines import DEFAULT_ENGINE, ENGINES
from scripts.paths import ROOT
from scripts.sitefacts import placeholder_root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-root", default=os.environ.get("SITE_ROOT"),
                        help="public https address of the site root (default: $SITE_ROOT)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--csp-meta", action="store_true",
                        help="also put the CSP in a <meta> tag of every page (hosts that "
                             "cannot send headers; see README 'Publishing')")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                        help=f"the site engine (default: {DEFAULT_ENGINE})")
    args = parser.parse_args(argv)
    try:
        address = parse_address(args.site_root, placeholder_root())
        day = today()
        releases = make_releases(address, day, csp_meta=args.csp_meta, engine=args.engine)
        written = write_releases(releases, args.out.resolve(), day)
    except (BadAddress, DistFailed, UnsafeInlineCode, PolicyError,
            WouldOverwriteHandWritten) as err:
        print(f"make dist: {err}", file=sys.stderr)
        return 2 if isinstance(err, BadAddress) else 1
    print(summary(releases, address))
    for path in written:
        print(f"  wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
