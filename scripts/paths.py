"""Where things are in the project: one place, so no module guesses a path."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA = DOCS / "data"
# PORTAL_CAMPAIGNS_DIR lets benchmarks and tests build another set of campaigns.
CAMPAIGNS = Path(os.environ.get("PORTAL_CAMPAIGNS_DIR", ROOT / "campaigns"))
OVERRIDES = ROOT / "overrides"
SITE_FILE = DATA / "site.yml"  # site-wide facts (scripts/sitefacts.py)
# PORTAL_CACHE_DIR: the test suite keeps its caches out of the developer's .cache/.
CACHE = Path(os.environ.get("PORTAL_CACHE_DIR", ROOT / ".cache"))


def docs_dir(lang: str) -> Path:
    """The Markdown source folder of one language."""
    return DOCS / lang
