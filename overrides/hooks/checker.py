"""MkDocs glue for the work-eligibility checker: fill the markers of checker.md.

The page's Markdown holds `<!-- checker:form -->`, `<!-- checker:rules -->` and
`<!-- checker:help -->`; each becomes the HTML scripts.checker renders for the page's
language. Done on the HTML (not the Markdown) so Markdown never touches the form,
the tables or the inline JSON.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from scripts.checker.render import PAGE, PARTS, render_parts


def on_page_content(html, page, config, files):  # noqa: ANN001, ANN201 - MkDocs hook signature
    if page.file.src_uri != PAGE:
        return html
    lang = config.theme["language"]
    # Relative path from the page to the site root, e.g. "" or "../" (file:// friendly).
    depth = posixpath.dirname(page.file.dest_uri).count("/") + bool(
        posixpath.dirname(page.file.dest_uri))
    parts = render_parts(lang, Path(config.docs_dir), base="../" * depth)
    for name in PARTS:
        marker = f"<!-- checker:{name} -->"
        if marker not in html:
            raise ValueError(f"{page.file.src_uri}: marker {marker} is missing")
        html = html.replace(marker, parts[name], 1)
    return html
