"""The one renderer of a page's link-preview markup (Open Graph and Twitter/X meta).

Every page goes through here: hand-written and generated pages (scripts/output/pages.py,
with their section's default card), campaign and event pages (scripts/campaigns, with
their own card), the training slides and the 404 page. Values are plain text; the
template escapes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from scripts.campaigns.escape import clean
from scripts.campaigns.urls import html
from scripts.previews.card import HEIGHT, MEDIA_TYPE, WIDTH
from scripts.site.output import Preview
from scripts.sitefacts import page_url

DESCRIPTION_MAX = 300  # what the apps show is shorter still; the rest is never seen

_env = Environment(loader=PackageLoader("scripts.previews", "templates"),
                   autoescape=select_autoescape(default=True), undefined=StrictUndefined,
                   trim_blocks=True, lstrip_blocks=True)


def shorten(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def og_head(facts: Mapping[str, Any], lang: str, preview: Preview, path: str | None
            ) -> str:
    """Meta tags for one page. `facts`: docs/data/site.yml (the publisher is the site
    name, the languages give the locales, `site_root` the absolute URLs); `path`: the
    page's docs-relative source (None for the 404 page, which has no address)."""
    entries = {entry["code"]: entry for entry in facts["languages"]}
    return _env.get_template("og.html.j2").render(
        kind=preview.kind,
        site_name=clean(facts["publisher"]["name"][lang]),
        title=clean(preview.title),
        description=shorten(preview.description),
        url=page_url(lang, html(path), dict(facts)) if path is not None else None,
        locale=entries[lang]["og_locale"],
        other_locales=[e["og_locale"] for code, e in entries.items() if code != lang],
        image=page_url(lang, preview.image, dict(facts)),
        media_type=MEDIA_TYPE, width=WIDTH, height=HEIGHT,
        image_alt=clean(preview.image_alt),
    )
