"""Our own UI strings: one translation table per language (docs/data/ui/<lang>.yml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from scripts.paths import DATA
from scripts.site.languages import LANGUAGES
from scripts.yamlmarks import read_yaml


class MissingTranslation(KeyError):
    """A UI string is missing from a translation table."""


@cache
def ui_table(lang: str, data_dir: Path = DATA) -> dict[str, str]:
    """The UI strings of one language, keyed by message id."""
    path = data_dir / "ui" / f"{lang}.yml"
    if not path.is_file():  # a language listed in site.yml needs its table
        raise ValueError(f"no UI table for language {lang!r}: write {path.name} in "
                         f"{path.parent} (the same keys as {LANGUAGES[0]}.yml)")
    return read_yaml(path)


def t(lang: str, key: str, **values: object) -> str:
    """One UI string, with `{name}` placeholders filled in."""
    table = ui_table(lang)
    if key not in table:
        raise MissingTranslation(f"docs/data/ui/{lang}.yml has no entry {key!r}")
    return table[key].format(**values) if values else table[key]


def and_list(words: list[str], lang: str) -> str:
    """"a, b and c" in `lang` (the table's `list_and`: " và ", " and ")."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + t(lang, "list_and") + words[-1]
