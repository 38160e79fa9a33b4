"""Feature `toolkit`: the officials' slide decks and spreadsheet templates (its pages
come with the content feature)."""

from __future__ import annotations

from scripts.site.model import Site
from scripts.site.output import Output
from scripts.toolkit import toolkit_files


def generate(site: Site, lang: str) -> Output:
    return Output(files=toolkit_files(lang)).refuse(
        site.hand_written(lang), "toolkit", f"rename the file in docs/{lang}/")
