"""Feature `content`: the pages generated from docs/data (agencies, directives, the
glossary, the register of sources, the officials' toolkit), and the rendering of every
page's `{{ }}` data references."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from scripts.content import generated_pages, render_markdown
from scripts.site.model import Site
from scripts.site.output import Output, Page


def generate(site: Site, lang: str) -> Output:
    pages = {path: Page(text) for path, text in generated_pages(lang).items()}
    return Output(pages).refuse(
        site.hand_written(lang), "content",
        f"written by hand in docs/{lang}/ but also generated from docs/data "
        "(scripts/content/generate.py); delete one of them")


def render_page(site: Site, lang: str, path: str, markdown: str, meta: Mapping[str, Any],
                source: str | None,
                next_event: Callable[[], Mapping[str, str]] | None = None) -> str:
    """A page's Markdown with its data references filled in; `source` is the hand-written
    file's text (its front matter shifts the line numbers errors report). `next_event`
    (from the campaigns feature) is asked only by a page that shows the next event."""
    if meta.get("content_render") is False:  # a page that shows `{{ }}` literally
        return markdown
    offset = max(0, source.count("\n") - markdown.count("\n")) if source else 0
    return render_markdown(markdown, lang=lang, page_path=path, meta=dict(meta),
                           line_offset=offset, next_event=next_event)
