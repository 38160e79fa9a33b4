"""Feature `languages`: every page exists in every language, or says its translation is
pending (a stub page with a visible notice); otherwise the build stops."""

from __future__ import annotations

from scripts.site.model import Site
from scripts.site.output import GenerateError, Output, Page
from scripts.site.twins import missing_twins, twin_href


def generate(site: Site, lang: str) -> Output:
    pages: dict[str, Page] = {}
    problems = []
    for twin in missing_twins(lang, root=site.docs, languages=site.languages):
        if twin.path in pages:  # already stubbed from an earlier (more original) language
            continue
        if not twin.pending:
            problems.append(
                f"docs/{twin.source_lang}/{twin.path} has no {lang} version "
                f"(expected docs/{lang}/{twin.path}). Write it, or mark the original "
                f"with `translation: pending` in its front matter.")
            continue
        href = twin_href(twin.path, twin.source_lang)
        pages[twin.path] = Page(
            "---\n"
            f"translation_notice: {{href: '{href}', lang: '{twin.source_lang}', "
            f"title: {_yaml_str(twin.title)}}}\n"
            "search: {exclude: true}\n"
            "---\n\n"
            f"# {twin.title}\n\n{site.ui(lang)['translation_pending_note']}\n")
    if problems:
        raise GenerateError("Missing translations:\n  " + "\n  ".join(problems))
    return Output(pages)


def _yaml_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
