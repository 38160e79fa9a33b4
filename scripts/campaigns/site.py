"""What a render needs to know about the site being built (no MkDocs objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scripts.campaigns.agencies import Agency, load_agencies
from scripts.campaigns.dates import today as resolve_today
from scripts.campaigns.materials import Material
from scripts.campaigns.urls import html
from scripts.i18n import t
from scripts.paths import docs_dir
from scripts.site.languages import language, languages
from scripts.sitefacts import load_site_facts, page_url, site_root


@dataclass(frozen=True)
class Site:
    lang: str
    today: date
    extra: dict[str, Any]
    agencies: dict[str, Agency]
    # agency id -> site path of its page, only for pages that exist in this build
    agency_pages: dict[str, str] = field(default_factory=dict)
    # MkDocs' theme writes <link rel=canonical> itself when site_url is set
    include_canonical: bool = True
    # campaign slug -> its printable files (the leaflets feature hands them over)
    materials: dict[str, tuple[Material, ...]] = field(default_factory=dict)
    # The language whose folder holds the files every language shares (the header
    # photos): the first one. The others link into it.
    media_lang: str = field(default_factory=lambda: languages()[0].code)

    def url(self, path: str) -> str:
        """Absolute public URL of a generated file or page."""
        return page_url(self.lang, html(path), self.extra)

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    @property
    def host(self) -> str:
        return urlsplit(site_root(self.extra)).hostname or "localhost"

    @property
    def locale(self) -> str:
        """Open Graph locale, e.g. vi_VN."""
        return language(self.lang).og_locale

    @property
    def other_locales(self) -> list[str]:
        return [x.og_locale for x in languages() if x.code != self.lang]

    def agency_name(self, agency_id: str) -> str:
        agency = self.agencies.get(agency_id)
        return agency.name_in(self.lang) if agency else agency_id


def agency_pages_on_disk(lang: str, agency_ids: set[str]) -> dict[str, str]:
    """Agency pages that exist as files (CLI builds; MkDocs builds ask its Files)."""
    folder = docs_dir(lang) / "agencies"
    return {a: f"agencies/{a}.md" for a in agency_ids if (folder / f"{a}.md").is_file()}


def make_site(lang: str, today: str | date | None = None, extra: dict[str, Any] | None = None,
              agency_pages: dict[str, str] | None = None, include_canonical: bool = True,
              agencies_path: Path | None = None,
              materials: dict[str, tuple[Material, ...]] | None = None,
              media_lang: str | None = None) -> Site:
    agencies = load_agencies(agencies_path) if agencies_path else load_agencies()
    return Site(
        lang=lang,
        today=resolve_today(today),
        extra=extra if extra is not None else load_site_facts(),
        agencies=agencies,
        agency_pages=(agency_pages if agency_pages is not None
                      else agency_pages_on_disk(lang, set(agencies))),
        include_canonical=include_canonical,
        materials=materials or {},
        media_lang=media_lang or languages()[0].code,
    )
