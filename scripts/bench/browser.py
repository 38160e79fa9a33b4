"""Chromium through Playwright, plus the site to measure (built once per bench run)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scripts.bench.build import prepare_campaigns
from scripts.bench.common import CHROMIUM, CHROMIUM_ARGS, Context, SectionError, build_site


def site(ctx: Context) -> Path:
    """The full site of the bench campaigns (the build section's, else built now)."""
    if ctx._site is not None and (ctx._site / "vi" / "index.html").is_file():
        return ctx._site
    prepare_campaigns(ctx)
    out = ctx.work / "served" / "site"
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir(parents=True)
    build_site(out, ctx.env(), ctx.engine)
    ctx._site = out
    return out


def page_types(root: Path, lang: str = "vi") -> dict[str, list[str]]:
    """Per page type, pages of that type (the first is measured, the second warms the
    cache): paths relative to the site root."""
    base = root / lang
    campaigns = sorted(p.parent for p in (base / "campaigns").glob("*/index.html"))
    events = [e for c in campaigns for e in sorted(c.glob("*.html")) if e.name != "index.html"]
    laws = sorted(p for p in (base / "law").glob("*.html") if p.name != "index.html")
    preferred = base / "law" / "minor-workers.html"
    if preferred in laws:
        laws.remove(preferred)
        laws.insert(0, preferred)

    def rel(paths: list[Path]) -> list[str]:
        return [p.relative_to(root).as_posix() for p in paths]

    return {
        "home": rel([base / "index.html"]) if (base / "index.html").is_file() else [],
        "law": rel(laws),
        "checker": rel([base / "checker.html"]) if (base / "checker.html").is_file() else [],
        "campaign": rel([c / "index.html" for c in campaigns]),
        "event": rel(events),
    }


@contextmanager
def chromium() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise SectionError(f"Playwright is not installed: {exc}") from None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
