"""Page weight per page type: bytes over the wire on a first visit and on a second page
view with a warm cache, measured in Chromium (CDP Network events), not estimated."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from typing import Any

from scripts.bench.browser import chromium, page_types, site
from scripts.bench.common import Context, SectionError
from scripts.bench.server import Server

# A mid-range phone (Lighthouse's mobile preset uses the same screen).
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
SETTLE_MS = 800  # after network idle: late fetches (search index, fonts) still count

KIND = {"document": "html", "stylesheet": "css", "script": "js", "font": "font",
        "image": "image", "fetch": "data", "xhr": "data"}
# By file name first: a Worker's script has resource type "other" but is JavaScript,
# and the search index is worth its own line.
EXT = {".html": "html", ".css": "css", ".js": "js", ".woff2": "font", ".woff": "font",
       ".ttf": "font", ".png": "image", ".jpg": "image", ".jpeg": "image", ".webp": "image",
       ".svg": "image", ".ico": "image", ".json": "search index"}


def kind_of(url: str, resource_type: str) -> str:
    path = url.split("?", 1)[0].split("#", 1)[0]
    ext = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if "search_index" in path:
        return "search index"
    return EXT.get(ext) or KIND.get(resource_type, "other")


class Recorder:
    """Bytes received for every request of a browser context, workers included (the
    search worker and its lunr files load from a Worker, which a page's CDP session
    does not see). Playwright's request.sizes() reads CDP's encodedDataLength: headers
    plus the body as compressed on the wire; 0 for a response from the cache."""

    def __init__(self, context: Any) -> None:
        self.rows: list[dict[str, Any]] = []
        context.on("requestfinished", self._finished)

    def _finished(self, request: Any) -> None:
        if not request.url.startswith("http"):
            return  # data: URLs (inline SVG icons) cost nothing on the wire
        response = request.response()
        sizes = request.sizes()
        body = max(0, sizes.get("responseBodySize", 0))
        headers = max(0, sizes.get("responseHeadersSize", 0))
        status = response.status if response else 0
        self.rows.append({
            "url": request.url.split("/", 3)[-1],
            "type": kind_of(request.url, request.resource_type),
            "status": status,
            # A memory/disk cache hit has no body and no headers on the wire.
            "bytes": body + headers if (body or status == 304) else 0,
        })

    def reset(self) -> None:
        self.rows.clear()

    def summary(self) -> dict[str, Any]:
        by_kind: dict[str, int] = defaultdict(int)
        for row in self.rows:
            by_kind[row["type"]] += row["bytes"]
        return {
            "bytes": sum(r["bytes"] for r in self.rows),
            "by_type": dict(sorted(by_kind.items())),
            "requests": len(self.rows),
            "from_cache": sum(1 for r in self.rows if r["bytes"] == 0),
            "revalidated_304": sum(1 for r in self.rows if r["status"] == 304),
            "files": sorted((r["url"], r["bytes"]) for r in self.rows),
        }


def _visit(page: Any, url: str) -> None:
    page.goto(url, wait_until="load")
    # A page that keeps polling never goes idle; it still has a weight.
    with contextlib.suppress(Exception):
        page.wait_for_load_state("networkidle", timeout=15_000)
    page.wait_for_timeout(SETTLE_MS)


def measure(browser: Any, base: str, target: str, warmup: str) -> dict[str, Any]:
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        rec = Recorder(context)
        _visit(page, base + target)
        first = rec.summary()
    finally:
        context.close()
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        rec = Recorder(context)
        _visit(page, base + warmup)
        rec.reset()
        _visit(page, base + target)
        second = rec.summary()
    finally:
        context.close()
    return {"page": target, "warmed_by": warmup, "first_visit": first, "second_view": second}


def run(ctx: Context) -> dict[str, Any]:
    root = site(ctx)
    types = page_types(root)
    missing = [t for t, pages in types.items() if not pages]
    results: dict[str, Any] = {}
    with Server(root) as base, chromium() as browser:
        for kind, pages in types.items():
            if not pages:
                continue
            # Warm the cache with another page of the same type, else another page.
            warmup = pages[1] if len(pages) > 1 else (
                "vi/law/index.html" if kind == "home" else "vi/index.html")
            results[kind] = measure(browser, base, pages[0], warmup)
    if not results:
        raise SectionError("no page to weigh (is the site built?)")
    if missing:
        results["missing_types"] = missing
    return results
