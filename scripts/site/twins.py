"""Every page exists in both languages, or says plainly that its translation is pending."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import docs_dir
from scripts.site import frontmatter
from scripts.site.languages import LANGUAGES

PENDING = "pending"


@dataclass(frozen=True)
class MissingTwin:
    """A page written in `source_lang` that has no twin in `missing_lang`."""

    path: str  # relative to the docs dir, e.g. "law/index.md"
    source_lang: str
    missing_lang: str
    pending: bool  # the source page's front matter says `translation: pending`
    title: str


def front_matter(text: str) -> dict:
    """The YAML front matter of a Markdown page, or {}."""
    return frontmatter.parse(text)


def twin_href(path: str, lang: str) -> str:
    """Relative link from a page at docs path `path` to the same page in `lang`
    (sibling language folders: site/vi/, site/en/)."""
    depth = path.count("/")
    return posixpath.join(*([".."] * (depth + 1)), lang, path[:-3] + ".html")


def first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def missing_twins(lang: str, root: Path | None = None,
                  languages: tuple[str, ...] = LANGUAGES) -> list[MissingTwin]:
    """Pages of the other languages that have no twin in `lang`."""
    mine_dir = root / lang if root else docs_dir(lang)
    mine = {p.relative_to(mine_dir).as_posix() for p in mine_dir.rglob("*.md")}
    found: list[MissingTwin] = []
    for other in languages:
        if other == lang:
            continue
        other_dir = root / other if root else docs_dir(other)
        for page in sorted(other_dir.rglob("*.md")):
            rel = page.relative_to(other_dir).as_posix()
            if rel in mine:
                continue
            text = page.read_text(encoding="utf-8")
            meta = front_matter(text)
            found.append(
                MissingTwin(
                    path=rel,
                    source_lang=other,
                    missing_lang=lang,
                    pending=meta.get("translation") == PENDING,
                    title=str(meta.get("title") or first_heading(text) or rel),
                )
            )
    return found
