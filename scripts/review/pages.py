"""The hand-written pages of each language, with their front matter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.site import frontmatter


@dataclass(frozen=True)
class Page:
    lang: str
    path: str  # docs path, e.g. "law/light-work.md"
    file: Path
    split: frontmatter.Split
    meta: dict[str, Any]
    meta_error: str | None  # the front matter is not valid YAML


def read_page(lang: str, path: str, file: Path) -> Page:
    raw = file.read_bytes().decode("utf-8", errors="replace")
    parts = frontmatter.split(raw)
    try:
        meta = frontmatter.parse(raw)
        error = None
    except yaml.YAMLError as exc:
        meta, error = {}, str(exc).splitlines()[0]
    return Page(lang=lang, path=path, file=file, split=parts, meta=meta, meta_error=error)


def pages(docs: Path, lang: str) -> Iterator[Page]:
    """Every Markdown page of docs/<lang>/, in path order."""
    root = docs / lang
    for file in sorted(root.rglob("*.md")):
        yield read_page(lang, file.relative_to(root).as_posix(), file)
