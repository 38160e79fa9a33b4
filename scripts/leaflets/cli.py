"""python -m scripts.leaflets build --out DIR: only the printable leaflets.

Writes DIR/<lang>/leaflets/<slug>-<layout>.pdf (the same paths as in the site) and
prints how many were rendered and how many were reused from the cache.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.campaigns.load import load_campaigns, load_example
from scripts.campaigns.validate import CampaignValidationError
from scripts.leaflets.build import WORKERS, LeafletsDoNotFit, build_leaflets, write_leaflets
from scripts.leaflets.cache import CACHE_DIR
from scripts.leaflets.text import FontLacksScript
from scripts.paths import CAMPAIGNS
from scripts.site.languages import LANGUAGES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.leaflets",
                                     description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="render the leaflets into a folder")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--campaigns", type=Path, default=CAMPAIGNS,
                   help="folder of campaign files (default: campaigns/)")
    b.add_argument("--example", action="store_true",
                   help="also render the example campaign (campaigns/_example.yml)")
    b.add_argument("--lang", action="append", choices=LANGUAGES,
                   help="only this language (repeatable; default: all)")
    b.add_argument("--workers", type=int, default=WORKERS)
    b.add_argument("--no-cache", action="store_true", help="render everything again")
    b.add_argument("--cache", type=Path, default=CACHE_DIR, help=f"default: {CACHE_DIR}")
    b.add_argument("--today", help="YYYY-MM-DD (default: $PORTAL_TODAY, else today)")
    args = parser.parse_args(argv)
    try:
        campaigns = load_campaigns(args.campaigns)
        if args.example:
            campaigns.append(load_example())
        result = build_leaflets(campaigns, args.lang or LANGUAGES, today=args.today,
                                cache_dir=None if args.no_cache else args.cache,
                                workers=args.workers)
    except CampaignValidationError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    except (LeafletsDoNotFit, FontLacksScript) as exc:
        print(exc, file=sys.stderr)
        return 1
    write_leaflets(result, args.out)
    print(f"{result.summary()} -> {args.out}/")
    return 0
