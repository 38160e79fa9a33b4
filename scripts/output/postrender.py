"""The page steps that need the rendered HTML (`pages.finish`: the checker's form, help
and rule tables; tables' scroll regions), applied to an already built site, for an
engine without a hook between rendering a page's content and writing it (Zensical).
Only each page's article (the rendered Markdown) is touched, as an engine hook would."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterable
from pathlib import Path

from scripts.output import pages
from scripts.site.errors import InputError
from scripts.site.model import Site

# The theme's article: the rendered Markdown sits between its opening tag and the end.
ARTICLE = re.compile(r'(<article\b[^>]*\bmd-content__inner\b[^>]*>)(.*?)(</article>)', re.S)


class PostRenderError(InputError):
    """A built page is not where its source says, or has no article."""


def dest_uri(src: str) -> str:
    """The built page of a Markdown source (use_directory_urls: false)."""
    folder, name = posixpath.split(src)
    stem = "index" if name in ("index.md", "README.md") else name.removesuffix(".md")
    return posixpath.join(folder, f"{stem}.html")


def postrender(site: Site, lang: str, built: Path, sources: Iterable[str],
               features: Collection[str]) -> int:
    """Apply `pages.finish` to the article of each page built from `sources` (docs-
    relative Markdown paths) in the `built` language folder; returns the count."""
    count = 0
    for src in sorted(s for s in sources if s.endswith(".md")):
        dest = dest_uri(src)
        path = built / dest
        if not path.is_file():
            raise PostRenderError(f"docs/{lang}/{src}: no built page {dest}")
        html = path.read_text(encoding="utf-8")
        match = ARTICLE.search(html)
        if match is None:
            raise PostRenderError(f"docs/{lang}/{src}: {dest} has no article")
        content = pages.finish(site, lang, src, dest, match.group(2), features=features)
        if content != match.group(2):
            path.write_text(html[:match.start(2)] + content + html[match.end(2):],
                            encoding="utf-8")
        count += 1
    return count
