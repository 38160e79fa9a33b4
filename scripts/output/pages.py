"""What happens to each page between its Markdown and the engine's HTML, engine-free."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import asdict
from typing import Any

from babel.dates import format_date

from scripts.campaigns import feature as campaigns
from scripts.campaigns.dates import today
from scripts.checker import feature as checker
from scripts.content import feature as content
from scripts.content.render import format_day
from scripts.output.tables import wrap_tables
from scripts.previews import feature as previews
from scripts.review.translations import stale_notice
from scripts.site.languages import languages
from scripts.site.model import Site
from scripts.site.output import Output


def build_date(site: Site, lang: str) -> dict[str, str]:
    """The build's day (PORTAL_TODAY in tests), for the printed page's header: ISO, the
    language's own date format, and the browser locale that re-dates it when printed.
    The language is this site's (its own site.yml), not necessarily the repository's."""
    spec = {x.code: x for x in languages(site.data / "site.yml")}[lang]
    day = today()
    return {"iso": day.isoformat(), "text": format_date(day, spec.date, locale=spec.locale),
            "locale": spec.locale.replace("_", "-")}


def prepare(site: Site, lang: str, path: str, markdown: str, meta: Mapping[str, Any],
            *, source: str | None, output: Output, features: Collection[str]
            ) -> tuple[str, dict[str, Any]]:
    """A page's Markdown ready for the engine, and what to add to its metadata.

    `source` is the hand-written file's text (None for a generated page)."""
    more: dict[str, Any] = {}
    if "languages" in features:
        if source is not None:  # generated pages have no twin file to compare
            notice = stale_notice(site.docs, path, lang, source_lang=site.languages[0])
            if notice:
                more["stale_notice"] = asdict(notice)
        # Search and slugs compare code points: one normal form everywhere.
        markdown = unicodedata.normalize("NFC", markdown)
    if "content" in features:
        next_event = (functools.partial(campaigns.next_event, site, lang)
                      if "campaigns" in features else None)
        markdown = content.render_page(site, lang, path, markdown, meta, source, next_event)
    reviewed = meta.get("last_reviewed")
    if isinstance(reviewed, dt.date):  # shown in the page's footer
        more["updated"] = {"iso": reviewed.isoformat(), "text": format_day(reviewed, lang)}
    page = output.pages.get(path)
    head = page.head if page is not None else ""
    if "previews" in features and not (page is not None and page.previewed):
        head = previews.page_head(site, lang, path, markdown, meta) + head
    if head:
        more["head_extra"] = head
    return markdown, more


def template_extra(site: Site, lang: str, *, features: Collection[str]) -> dict[str, Any]:
    """What the templates read as `extra.*`, beside the engine config's own `extra`: the
    site facts (docs/data/site.yml), the language, its wording, and the build's day."""
    extra: dict[str, Any] = dict(site.facts)
    extra["lang"] = lang
    extra["ui"] = site.ui(lang)
    # Truthy so Material's header shows the switch; overrides/partials/alternate.html
    # renders it from `extra.languages` with same-page links.
    extra["alternate"] = extra["languages"]
    extra["site_root"] = site.root
    extra["build_date"] = build_date(site, lang)
    # The 404 page has no page object: its link preview comes through `extra`.
    extra["not_found_head"] = not_found_head(site, lang, features=features)
    return extra


def not_found_head(site: Site, lang: str, *, features: Collection[str]) -> str:
    """Extra <head> markup of the 404 page (an engine page with no source)."""
    return previews.not_found_head(site, lang) if "previews" in features else ""


def finish(site: Site, lang: str, path: str, dest: str, html: str, *,
           features: Collection[str]) -> str:
    """A page's HTML after the engine rendered its Markdown."""
    if "checker" in features:
        html = checker.finish_html(site, lang, path, dest, html)
    if "content" in features and "<table" in html:
        html = wrap_tables(html, site.ui(lang)["table_region"])
    return html
