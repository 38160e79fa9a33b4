"""Which default card a page gets, and what each card says (from the UI tables and
docs/data/site.yml: no wording in code).

A new part of the site is a row in SECTIONS plus `preview_<id>_title` and
`preview_<id>_text` in every UI table; pages that match no row get `other`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from scripts.previews.card import Card
from scripts.sitefacts import site_root

# (start of the docs-relative path, card id); the first match wins.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("law/", "law"),
    ("guide/", "guides"),
    ("agencies/", "agencies"),
    ("campaigns/", "campaigns"),
    ("checker.md", "checker"),
    ("toolkit/", "toolkit"),
    ("printables.md", "printables"),
)
OTHER = "other"  # home, report, glossary, About, 404
CARD_IDS: tuple[str, ...] = (*(card for _, card in SECTIONS), OTHER)


def section_of(path: str) -> str:
    """The card id of the page (or file) at `path`, e.g. 'law/penalties.md' -> 'law'."""
    return next((card for start, card in SECTIONS if path.startswith(start)), OTHER)


def card_path(card_id: str) -> str:
    """Where a section's card lives inside each language's site."""
    return f"assets/previews/{card_id}.png"


def footer(facts: Mapping[str, Any], ui: Mapping[str, str]) -> str:
    """Every card's bottom line: the hotline, and the site's address (its host)."""
    host = urlsplit(site_root(dict(facts))).hostname or ""
    return f"{ui['hotline_label']}: {facts['hotline']['number']} · {host}"


def words(facts: Mapping[str, Any], ui: Mapping[str, str], lang: str, card_id: str
          ) -> tuple[str, str]:
    """(title, text) of a section's card, in `lang`."""
    ward = facts.get("locality", {}).get("ward", {}).get(lang, "")
    return (ui[f"preview_{card_id}_title"].format(ward=ward),
            ui[f"preview_{card_id}_text"].format(ward=ward))


def section_card(facts: Mapping[str, Any], ui: Mapping[str, str], lang: str, card_id: str
                 ) -> Card:
    """A section's default card: the publisher, the section's title and sentence, the
    hotline."""
    title, text = words(facts, ui, lang, card_id)
    return Card(kicker=facts["publisher"]["name"][lang], title=title, details=(text,),
                footer=footer(facts, ui))
