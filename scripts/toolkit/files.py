"""The toolkit's files that are not Markdown pages: slide decks, CSV and XLSX templates."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

import jinja2
from markupsafe import Markup

from scripts.content.data import load_content
from scripts.content.render import Helpers
from scripts.i18n import t
from scripts.sitefacts import load_site_facts, site_root
from scripts.toolkit.load import load_toolkit
from scripts.toolkit.pages import deck_file, form_rows, module_page, module_view, sheet_file
from scripts.toolkit.sheets import to_csv, to_xlsx

_HTML = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                           autoescape=True, undefined=jinja2.StrictUndefined,
                           trim_blocks=True, lstrip_blocks=True)


def deck(audience: str, lang: str, head: Callable[[str, str], str] | None = None) -> str:
    """A module's slides: one HTML file that works from a folder (relative links only).
    `head(path, title)` gives its link-preview markup (already escaped)."""
    module = load_toolkit().modules[audience]
    path = deck_file(audience)
    view = module_view(module, lang, path)
    depth = path.count("/")
    extra = load_site_facts()
    title = f"{view['title']}: {t(lang, 'toolkit_slides')}"  # as in the deck's <title>
    return _HTML.get_template("deck.html.j2").render(
        preview=Markup(head(path, title)) if head else None,
        m=view, lang=lang, base="../" * depth, ui=lambda key: t(lang, key),
        page=posixpath.basename(module_page(audience)).replace(".md", ".html"),
        hotline=extra["hotline"]["number"], police=extra["police"]["number"],
        hotline_tel=extra["hotline"]["tel"], police_tel=extra["police"]["tel"],
        languages=extra["languages"], root=site_root(extra), path=path)


def toolkit_files(lang: str, head: Callable[[str, str], str] | None = None
                  ) -> dict[str, str | bytes]:
    """Docs-relative path -> content, for every non-Markdown toolkit file."""
    tk, data = load_toolkit(), load_content()
    files: dict[str, str | bytes] = {deck_file(a): deck(a, lang, head) for a in tk.modules}
    h = Helpers(data, lang, "toolkit/data-exchange.md")
    for form in tk.exchange.forms:
        rows = form_rows(form, tk, h)
        files[sheet_file(form.id, "csv")] = to_csv(rows, lang)
        files[sheet_file(form.id, "xlsx")] = to_xlsx(form.title.get(lang), rows, lang)
    return files
