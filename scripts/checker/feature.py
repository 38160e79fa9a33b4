"""Feature `checker`: fill the markers of checker.md with the form, the rules tables and
the help, in the page's language. Done on the HTML, so Markdown never touches the form,
the tables or the inline JSON."""

from __future__ import annotations

import posixpath

from scripts.checker.render import PAGE, PARTS, render_parts
from scripts.site.model import Site
from scripts.site.output import GenerateError


def finish_html(site: Site, lang: str, path: str, dest: str, html: str) -> str:
    """The page's HTML with each `<!-- checker:NAME -->` marker filled in."""
    if path != PAGE:
        return html
    folder = posixpath.dirname(dest)
    # Relative path from the page to the site root, e.g. "" or "../" (file:// friendly).
    base = "../" * (folder.count("/") + bool(folder))
    parts = render_parts(lang, site.docs_dir(lang), base=base)
    for name in PARTS:
        marker = f"<!-- checker:{name} -->"
        if marker not in html:
            raise GenerateError(f"docs/{lang}/{path}: marker {marker} is missing")
        html = html.replace(marker, parts[name], 1)
    return html
