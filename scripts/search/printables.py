"""Search entries for the printable leaflets (PDF): findable by their title, their
campaign's title and their language, like a page. Built from the PDFs in the site
(`leaflets/<slug>-<layout>.pdf`), with the same link text as the campaign pages."""

from __future__ import annotations

import html
from pathlib import Path

from scripts.i18n import ui_table
from scripts.leaflets.layouts import FOLDER, LAYOUTS, Layout
from scripts.leaflets.render import material_title


def _layout_of(stem: str) -> Layout | None:
    return next((lay for lay in LAYOUTS if stem.endswith(f"-{lay.id}")), None)


def printable_docs(site_dir: Path, lang: str, titles: dict[str, str]) -> list[dict[str, str]]:
    """One search document per leaflet PDF of this language's site.

    `titles` maps page locations to their (HTML) titles, to name the campaign."""
    ui = ui_table(lang)
    docs = []
    for pdf in sorted((site_dir / FOLDER).glob("*.pdf")):
        layout = _layout_of(pdf.stem)
        if layout is None:
            continue
        slug = pdf.stem.removesuffix(f"-{layout.id}")
        campaign = html.unescape(titles.get(f"campaigns/{slug}/index.html", slug))
        name = material_title(lang, layout, layout.pages)
        docs.append({
            "location": f"{FOLDER}/{pdf.name}",
            "title": html.escape(f"{name}: {campaign}", quote=False),
            "text": "<p>" + html.escape(ui["search_printable"].format(
                campaign=campaign, name=name), quote=False) + "</p>",
        })
    return docs
