"""Feature `previews`: every page's link preview for Zalo, Facebook and other apps.

Draws each section's default card in the build's language (assets/previews/<id>.png,
through the content-hash cache) and gives every page that has no preview of its own
(campaign and event pages have theirs, scripts/campaigns) its section's: og:title from
the page, og:description from its front matter `description:` or the section's
sentence, og:image the section's card. The markup comes from scripts/previews/meta.py.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Any

from scripts.previews.cache import card_png
from scripts.previews.card import layout, missing_characters
from scripts.previews.meta import og_head
from scripts.previews.sections import CARD_IDS, OTHER, card_path, section_card, section_of
from scripts.site.model import Site
from scripts.site.output import GenerateError, Output, Preview

_FENCE = re.compile(r"^\s*(```|~~~)")
_H1 = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")


def generate(site: Site, lang: str) -> Output:
    """The section cards of one language. Their wording must draw whole: a character
    the font lacks or a sentence too long for the card stops the build."""
    ui = site.ui(lang)
    files: dict[str, bytes | str] = {}
    problems = []
    for card_id in CARD_IDS:
        card = section_card(site.facts, ui, lang, card_id)
        text = " ".join([card.kicker, card.title, *card.details, card.footer])
        missing = missing_characters(text)
        if missing:
            problems.append(
                f"docs/data/ui/{lang}.yml, preview_{card_id}_title/_text (or the publisher "
                f"in site.yml): the card font (Noto Sans, scripts/fonts/) cannot draw "
                f"{' '.join(missing[:12])} / phông chữ của ảnh xem trước không vẽ được "
                f"các ký tự này. Add the Noto font of the script to scripts/fonts/ / "
                f"thêm phông Noto cho chữ viết đó.")
        elif layout(card).truncated:
            problems.append(
                f"docs/data/ui/{lang}.yml, preview_{card_id}_title/_text: too long for the "
                f"1200x630 card; shorten it / câu chữ quá dài so với ảnh xem trước, hãy "
                f"viết ngắn lại.")
        else:
            files[card_path(card_id)] = card_png(card)
    if problems:
        raise GenerateError("Share cards / Ảnh xem trước:\n  " + "\n  ".join(problems))
    return Output(files=files).refuse(site.hand_written(lang), "previews",
                                      f"rename the file in docs/{lang}/")


def default_preview(site: Site, lang: str, path: str | None, title: str,
                    meta: Mapping[str, Any] | None = None) -> Preview:
    """A page's preview with its section's card (`path` None: the 404 page)."""
    card_id = section_of(path) if path is not None else OTHER
    ui = site.ui(lang)
    card = section_card(site.facts, ui, lang, card_id)
    described = (meta or {}).get("description")
    description = (html.unescape(described) if isinstance(described, str) and described
                   else card.details[0])
    return Preview(title=title or card.title, description=description,
                   image=card_path(card_id), image_alt=card.alt)


def page_head(site: Site, lang: str, path: str, markdown: str, meta: Mapping[str, Any]
              ) -> str:
    """Preview markup of a page that has none of its own (`markdown` as rendered by the
    content feature: its data references are filled in)."""
    preview = default_preview(site, lang, path, page_title(markdown, meta), meta)
    return og_head(site.facts, lang, preview, path)


def not_found_head(site: Site, lang: str) -> str:
    """The 404 page's preview: the general card, no address."""
    preview = default_preview(site, lang, None, site.ui(lang)["not_found_title"])
    return og_head(site.facts, lang, preview, None)


def file_head(site: Site, lang: str) -> Callable[[str, str], str]:
    """For stand-alone HTML files (the training slides): (path, title) -> markup."""

    def head(path: str, title: str) -> str:
        return og_head(site.facts, lang, default_preview(site, lang, path, title), path)

    return head


def page_title(markdown: str, meta: Mapping[str, Any]) -> str:
    """The page's title as plain text: front matter `title:`, else its first level-1
    heading (what the engine shows), without Markdown syntax."""
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return html.unescape(title).strip()  # generated front matter is HTML-escaped
    fenced = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _H1.match(line)
        if match:
            return _plain(match.group(1))
    return ""


def _plain(text: str) -> str:
    text = re.sub(r"\s*\{\s*[:#.][^}]*\}\s*$", "", text)  # attr_list: {: #id .class}
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links, images
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML
    text = re.sub(r"(?<!\\)[*`]+|(?<![\w\\])_+|_+(?!\w)", "", text)  # emphasis, code
    text = re.sub(r"\\(.)", r"\1", text)  # backslash escapes
    return " ".join(html.unescape(text).split())
