"""Small helpers to read built pages in tests (stdlib only)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class Tags(HTMLParser):
    """Collects (tag, attrs) for every start tag, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self._text))


def parse(path: Path) -> Tags:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pages(site: Path, lang: str) -> list[Path]:
    """Every HTML page of one language (the 404 page included)."""
    return sorted((site / lang).rglob("*.html"))
