"""Feature `toolkit`: the officials' slide decks and spreadsheet templates (its pages
come with the content feature)."""

from __future__ import annotations

from collections.abc import Callable

from scripts.site.model import Site
from scripts.site.output import Output
from scripts.toolkit import toolkit_files


def generate(site: Site, lang: str, head: Callable[[str, str], str] | None = None) -> Output:
    """`head(path, title)`: the slides' link-preview markup (feature `previews`)."""
    return Output(files=toolkit_files(lang, head)).refuse(
        site.hand_written(lang), "toolkit", f"rename the file in docs/{lang}/")
