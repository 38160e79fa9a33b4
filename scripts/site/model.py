"""The Site: every input of a build, read once per process and passed as a value.

Built from data files only (docs/data/site.yml, the UI tables, the content data, the
campaign files), never from an engine's configuration, so any engine (or none: the
staged source tree) sees the same facts. Data sets are read on first use, then kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scripts.paths import CAMPAIGNS, DOCS
from scripts.sitefacts import load_site_facts, site_root

if TYPE_CHECKING:  # imported on use: a fixture site needs none of them
    from scripts.campaigns.model import Campaign
    from scripts.content.data import ContentData


@dataclass(frozen=True)
class Site:
    """One portal: its facts and languages, and its data sets on first use."""

    docs: Path  # docs/: one folder per language, and docs/data/
    facts: Mapping[str, Any]  # docs/data/site.yml (SITE_ROOT applied)
    campaigns_dir: Path = CAMPAIGNS

    @property
    def data(self) -> Path:
        return self.docs / "data"

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes, the first is the original (docs/data/site.yml)."""
        return tuple(entry["code"] for entry in self.facts["languages"])

    @property
    def root(self) -> str:
        """Absolute URL of the site root, ending in '/'."""
        return site_root(dict(self.facts))

    def docs_dir(self, lang: str) -> Path:
        return self.docs / lang

    def ui(self, lang: str) -> dict[str, str]:
        from scripts.i18n import ui_table

        return ui_table(lang, self.data)

    @cached_property
    def content(self) -> ContentData:
        from scripts.content import load_content

        return load_content(self.data)

    @cached_property
    def campaigns(self) -> list[Campaign]:
        """Every published campaign, validated (raises CampaignValidationError)."""
        from scripts.campaigns.load import load_campaigns

        return load_campaigns(self.campaigns_dir)

    @cached_property
    def _hand_written(self) -> dict[str, frozenset[str]]:
        return {}

    def hand_written(self, lang: str) -> frozenset[str]:
        """Docs-relative paths of the files written by hand for one language (the folder
        is listed once per process: every feature asks before it writes)."""
        listing = self._hand_written
        if lang not in listing:
            folder = self.docs_dir(lang)
            listing[lang] = frozenset(p.relative_to(folder).as_posix()
                                      for p in folder.rglob("*") if p.is_file())
        return listing[lang]


def load_site(docs: Path = DOCS, campaigns_dir: Path = CAMPAIGNS) -> Site:
    """The site whose sources are under `docs` (docs/data/site.yml and one folder per
    language)."""
    return Site(docs=docs, facts=load_site_facts(docs / "data" / "site.yml"),
                campaigns_dir=campaigns_dir)
