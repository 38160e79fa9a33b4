"""One navigation for both languages (docs/data/nav.yml), resolved per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.paths import DATA
from scripts.site.errors import InputError
from scripts.yamlmarks import read_yaml

NavItem = str | dict[str, Any]


class NavError(InputError):
    """docs/data/nav.yml is malformed."""


def load_nav(lang: str, path: Path = DATA / "nav.yml") -> list[NavItem]:
    """The nav in MkDocs' own format for one language.

    Sections are `{section: {vi: ..., en: ...}, pages: [...]}`; pages are paths whose
    title comes from the page itself.
    """
    raw = read_yaml(path) or []
    return [_resolve(item, lang, path) for item in raw]


def _resolve(item: Any, lang: str, path: Path) -> NavItem:
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and "section" in item and "pages" in item:
        titles = item["section"]
        if not isinstance(titles, dict) or lang not in titles:
            raise NavError(f"{path}: section {titles!r} has no title for language {lang!r}")
        return {titles[lang]: [_resolve(child, lang, path) for child in item["pages"]]}
    raise NavError(f"{path}: cannot read nav entry {item!r}; use a page path or section/pages")


def nav_paths(items: list[NavItem]) -> list[str]:
    """Every page path listed in a resolved nav, in order."""
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        else:
            for children in item.values():
                out.extend(nav_paths(children))
    return out
