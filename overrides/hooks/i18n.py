"""MkDocs glue for the two-language site (one build per language, sibling folders).

- loads our UI strings for this build's language into `extra.ui`;
- builds the nav from docs/data/nav.yml and sets `site_url` to <site_root>/<lang>/;
- normalises every page to NFC (search and slugs compare code points);
- a page missing in this language fails the build, unless the original says
  `translation: pending`; then a stub with a visible notice takes its place;
- a translated page whose original changed since it was stamped shows a notice
  (scripts/review/translations.py decides; overrides/main.html shows it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from scripts.i18n import ui_table
from scripts.review.translations import stale_notice
from scripts.site.nav import load_nav
from scripts.site.twins import missing_twins, twin_href
from scripts.sitefacts import load_site_facts, site_root


def on_config(config):
    lang = config.theme["language"]
    # The site-wide facts are data (docs/data/site.yml); the templates read them as
    # `extra.*`, so they are handed over here, before anything reads them.
    config.extra.update(load_site_facts(_docs_root(config) / "data" / "site.yml"))
    config.extra["lang"] = lang  # for hooks and templates: config.extra["lang"]
    config.extra["ui"] = ui_table(lang)
    # Truthy so Material's header shows the switch; overrides/partials/alternate.html
    # renders it from `extra.languages` with same-page links.
    config.extra["alternate"] = config.extra["languages"]
    config.extra["site_root"] = site_root(config.extra)
    config.site_url = f"{config.extra['site_root']}{lang}/"
    config.nav = load_nav(lang, _docs_root(config) / "data" / "nav.yml")
    return config


def on_files(files, config):
    lang = config.theme["language"]
    problems = []
    for twin in missing_twins(lang, root=_docs_root(config)):
        if not twin.pending:
            problems.append(
                f"docs/{twin.source_lang}/{twin.path} has no {lang} version "
                f"(expected docs/{lang}/{twin.path}). Write it, or mark the original "
                f"with `translation: pending` in its front matter."
            )
            continue
        href = twin_href(twin.path, twin.source_lang)
        stub = (
            "---\n"
            f"translation_notice: {{href: '{href}', lang: '{twin.source_lang}', "
            f"title: {_yaml_str(twin.title)}}}\n"
            "search: {exclude: true}\n"
            "---\n\n"
            f"# {twin.title}\n\n{config.extra['ui']['translation_pending_note']}\n"
        )
        files.append(File.generated(config, twin.path, content=stub))
    if problems:
        raise PluginError("Missing translations:\n  " + "\n  ".join(problems))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.abs_src_path:  # hand-written pages only; generated ones have no twin file
        notice = stale_notice(_docs_root(config), page.file.src_uri,
                              config.theme["language"])
        if notice:
            page.meta["stale_notice"] = asdict(notice)
    return unicodedata.normalize("NFC", markdown)


def _docs_root(config) -> Path:
    """docs/ (the parent of docs/<lang>/), wherever this project copy lives."""
    return Path(config.docs_dir).parent


def _yaml_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
