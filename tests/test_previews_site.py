"""Link previews on the built site: every page of both languages (the 404 page and the
training slides included) has its preview meta once each, naming the publisher, and its
og:image is a file of the built site in that language, 1200x630 as declared, PNG as
declared, with no metadata; each page shows the card its part of the site should."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PIL import Image

from scripts.campaigns import load_campaigns, urls
from scripts.previews.sections import CARD_IDS, card_path, section_of
from scripts.sitefacts import load_site_facts, site_root
from tests.htmlscan import pages, parse
from tests.pngscan import PIXEL_CHUNKS, chunks

LANGS = ("vi", "en")
ONCE = ("og:type", "og:site_name", "og:title", "og:description", "og:locale", "og:image",
        "og:image:type", "og:image:width", "og:image:height", "og:image:alt",
        "twitter:card", "twitter:title", "twitter:description", "twitter:image",
        "twitter:image:alt")


def _meta(page: Path) -> list[tuple[str, str]]:
    return [(a.get("property") or a.get("name"), a.get("content", ""))
            for tag, a in parse(page).tags
            if tag == "meta" and (a.get("property") or a.get("name", "")).startswith(
                ("og:", "twitter:"))]


def _expected_card(rel: str) -> str:
    """The card a page should show: its event's, its campaign's or its section's."""
    for campaign in load_campaigns():
        if rel == urls.html(urls.campaign_page(campaign.slug)):
            return urls.share_image(campaign.slug)
        for event in campaign.events:
            if rel == urls.html(urls.event_page(campaign.slug, event.id)):
                return urls.event_share_image(campaign.slug, event.id)
    return card_path(section_of(rel[:-5] + ".md" if rel.endswith(".html") else rel))


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_a_complete_preview(built_site: Path, lang: str) -> None:
    facts = load_site_facts()
    publisher = facts["publisher"]["name"][lang]
    locale = next(e["og_locale"] for e in facts["languages"] if e["code"] == lang)
    base = f"{site_root(facts)}{lang}/"
    checked: dict[Path, tuple[int, int]] = {}
    found = pages(built_site, lang)
    assert len(found) > 60 and any(p.name == "404.html" for p in found)
    assert any(p.name.endswith("-slides.html") for p in found)
    for page in found:
        rel = page.relative_to(built_site / lang).as_posix()
        tags = _meta(page)
        names = [name for name, _ in tags]
        for name in ONCE:
            assert names.count(name) == 1, f"{lang}/{rel}: {name} {names.count(name)} times"
        meta = dict(tags)
        assert meta["og:site_name"] == publisher, f"{lang}/{rel}"
        for name in ("og:title", "og:description", "og:image:alt"):
            assert meta[name].strip(), f"{lang}/{rel}: empty {name}"
        assert meta["og:locale"] == locale and meta["twitter:card"] == "summary_large_image"
        if rel != "404.html":  # the 404 page has no address of its own
            assert meta["og:url"] == base + rel, f"{lang}/{rel}"
        if not rel.startswith("campaigns/") and rel != "404.html":
            title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)
            assert title and html.unescape(title.group(1)).startswith(meta["og:title"]), rel
        image = meta["og:image"]
        assert image == meta["twitter:image"] and image.startswith(base), f"{lang}/{rel}"
        assert image[len(base):] == _expected_card(rel), f"{lang}/{rel}: {image}"
        file = built_site / lang / image[len(base):]
        assert file.is_file(), f"{lang}/{rel}: {image} is not in the built site"
        declared = (int(meta["og:image:width"]), int(meta["og:image:height"]))
        if file not in checked:
            data = file.read_bytes()
            with Image.open(file) as img:
                checked[file] = img.size
                assert img.format == "PNG" and meta["og:image:type"] == "image/png"
            assert set(chunks(data)) <= PIXEL_CHUNKS, f"{file}: metadata {chunks(data)}"
        assert checked[file] == declared == (1200, 630), f"{lang}/{rel}: {declared}"


def test_cards_are_per_language(built_site: Path) -> None:
    """The same card in two languages is two pictures: their words differ."""
    cards = sorted((built_site / "vi" / "assets" / "previews").glob("*.png"))
    assert len(cards) == len(CARD_IDS)
    for vi in cards:
        en = built_site / "en" / "assets" / "previews" / vi.name
        assert vi.read_bytes() != en.read_bytes(), vi.name
