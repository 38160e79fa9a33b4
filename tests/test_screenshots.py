"""Proof by looking (issue 15, item 11): home, a law page, the checker, a campaign and an
event page, in both languages, on a phone (360x800) and a desktop (1366x900). Each
screenshot is kept in test-output/screenshots/ (git-ignored: for a person to look at,
and CI's artefacts); axe finds no WCAG 2.1 AA violation on any of them; the page's
heading and the hotline are on the first screen. The two README screenshots are checked
to exist and to carry no metadata."""

from __future__ import annotations

import pytest
from PIL import Image

from scripts.campaigns import urls
from scripts.paths import ROOT
from scripts.site.model import load_site
from tests.browser import axe_violations

OUT = ROOT / "test-output" / "screenshots"
README_SHOTS = ROOT / "tests" / "screenshots"
SCREENS = {"phone": {"width": 360, "height": 800}, "desktop": {"width": 1366, "height": 900}}


def _pages() -> dict[str, str]:
    campaign = load_site().campaigns[0]
    event = min(campaign.events, key=lambda e: e.start)
    html = lambda src: src.removesuffix(".md") + ".html"  # noqa: E731
    return {"home": "index.html", "law": "law/minor-workers.html",
            "checker": "checker.html",
            "campaign": html(urls.campaign_page(campaign.slug)),
            "event": html(urls.event_page(campaign.slug, event.id))}


PAGES = _pages()


@pytest.mark.browser
@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshot_and_axe(page, site_url: str, lang: str, name: str, screen: str) -> None:
    page.set_viewport_size(SCREENS[screen])
    page.goto(f"{site_url}{lang}/{PAGES[name]}")
    page.evaluate("document.fonts.ready")
    OUT.mkdir(parents=True, exist_ok=True)
    shot = OUT / f"{name}-{lang}-{screen}.png"
    page.screenshot(path=str(shot))
    with Image.open(shot) as image:
        assert image.size == (SCREENS[screen]["width"], SCREENS[screen]["height"])
        # a page, not a blank or an error screen: many colours, text drawn
        assert len(image.convert("RGB").getcolors(1 << 20) or []) > 50
    height = SCREENS[screen]["height"]
    for selector in ("h1", ".portal-hotline__tel"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and 0 <= box["y"] < height, (selector, box)
    assert axe_violations(page) == []


@pytest.mark.parametrize("name", ["home-vi-phone.png", "home-vi-desktop.png"])
def test_readme_screenshots_exist_without_metadata(name: str) -> None:
    path = README_SHOTS / name
    assert f"tests/screenshots/{name}" in (ROOT / "README.md").read_text(encoding="utf-8")
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert not image.getexif() and not image.text
        assert set(image.info) <= {"dpi", "gamma", "srgb"}, image.info
