"""Where things are in the project: one place, so no module guesses a path."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA = DOCS / "data"
# PORTAL_CAMPAIGNS_DIR lets benchmarks and tests build another set of campaigns.
CAMPAIGNS = Path(os.environ.get("PORTAL_CAMPAIGNS_DIR", ROOT / "campaigns"))
OVERRIDES = ROOT / "overrides"
MKDOCS_YML = ROOT / "mkdocs.yml"
CACHE = ROOT / ".cache"
LANGUAGES = ("vi", "en")


def docs_dir(lang: str) -> Path:
    """The Markdown source folder of one language."""
    return DOCS / lang
