"""Build the site, serve it on localhost and rebuild on every change (live reload).

    python -m scripts.serve [--port 8000]
"""

from __future__ import annotations

import argparse
import sys

from scripts.build_site import BuildFailed, build
from scripts.engines.mkdocs.server import serve
from scripts.paths import ROOT

WATCHED = ["docs", "campaigns", "overrides", "scripts", "mkdocs.yml", "mkdocs.en.yml"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    site = ROOT / "site"

    def rebuild() -> None:
        try:
            build(site)
        except BuildFailed as err:  # keep serving the last good site
            print(err, file=sys.stderr)

    rebuild()
    print(f"Serving on http://{args.host}:{args.port}/ (Vietnamese: /vi/, English: /en/)")
    serve(rebuild, site, [ROOT / path for path in WATCHED], host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
