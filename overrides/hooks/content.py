"""MkDocs glue for the content feature: generated pages and page rendering.

Thin on purpose: the logic lives in scripts/content (which knows nothing of MkDocs).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from scripts.content import ContentRenderError, generated_pages, load_content, render_markdown


def on_pre_build(config):
    load_content.cache_clear()  # `mkdocs serve` rebuilds: re-read edited data files


def on_files(files, config):
    lang = config.theme["language"]
    pages = generated_pages(lang)
    clashes = [uri for uri in pages if files.get_file_from_path(uri) is not None]
    if clashes:
        raise PluginError(
            "Written by hand but also generated from docs/data "
            "(scripts/content/generate.py); delete one of them: "
            + ", ".join(f"docs/{lang}/{uri}" for uri in clashes)
        )
    for src_uri, content in pages.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    # A page whose own text uses `{{ }}` literally (e.g. code samples) opts out.
    if page.meta.get("content_render") is False:
        return markdown
    lang = config.theme["language"]
    offset = 0
    if page.file.abs_src_path:  # hand-written page: count its front-matter lines
        with open(page.file.abs_src_path, encoding="utf-8") as fh:
            source = fh.read()
        offset = max(0, source.count("\n") - markdown.count("\n"))
    try:
        return render_markdown(markdown, lang=lang, page_path=page.file.src_uri,
                               meta=page.meta, line_offset=offset)
    except ContentRenderError as exc:
        raise PluginError(str(exc)) from None
