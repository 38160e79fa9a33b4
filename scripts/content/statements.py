"""Reviewed statements of law (docs/data/statements.yml) as plain text with citations.

Campaign pages, event pages and leaflets state the law only through these. The text is
rendered by the same Helpers as the law pages (numbers from facts.yml, the hotline from
mkdocs.yml); each citation is linked to the law page that explains it when
docs/data/law-pages.yml names one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.content.data import (
    ContentData,
    ContentDataError,
    _read,
    _rel,
    check_ref,
    load_content,
    parse_cite,
)
from scripts.content.render import Helpers
from scripts.paths import DATA, docs_dir

LAW_PAGES = "law-pages.yml"
# Every file whose change can change what a statement says or cites (leaflet cache key).
INPUT_FILES = ("statements.yml", "facts.yml", "sources.yml", LAW_PAGES)


@dataclass(frozen=True)
class Citation:
    """One citation of a statement: 'khoản 2 Điều 143 Bộ luật Lao động 2019' and the docs
    path (with #anchor) of the law page explaining it, if there is one."""

    text: str
    page: str | None


class _StatementHelpers(Helpers):
    """Helpers that refuse an unconfirmed fact: a statement printed on a leaflet cannot
    carry a 'to be confirmed' marker, so it must not depend on an open value."""

    def fact(self, key: str) -> str:
        if not self._fact(key).confirmed:
            raise ContentDataError(f"docs/data/statements.yml: a statement uses the unconfirmed "
                                   f"fact {key!r}; reword it without that value")
        return str(super().fact(key))


def _helpers(lang: str, data: ContentData | None = None) -> _StatementHelpers:
    return _StatementHelpers(data or load_content(), lang, "")


def statement_ids(data: ContentData | None = None) -> list[str]:
    """The ids a campaign may list under `law:`, in file order."""
    return list((data or load_content()).statements)


@cache
def render_statement(statement_id: str, lang: str) -> str:
    """The statement's text in this language, as plain text (never markup)."""
    return str(_helpers(lang).statement(statement_id))


@cache
def statement_cite_text(statement_id: str, lang: str) -> str:
    """All the statement's citations in one line, grouped by instrument (for print)."""
    return _helpers(lang).cites(load_content().statement(statement_id).cite)


@cache
def statement_citations(statement_id: str, lang: str) -> tuple[Citation, ...]:
    """The statement's citations, one per instrument and law page, in the file's order."""
    helpers = _helpers(lang)
    pages = load_law_pages()
    groups: dict[tuple[str, str | None], list[str]] = {}
    for spec in load_content().statement(statement_id).cite:
        src, ref = parse_cite(spec)
        groups.setdefault((src, law_page(src, ref, pages)), []).append(ref)
    return tuple(Citation(helpers.cite(src, *refs), page) for (src, page), refs in groups.items())


def law_page(source_id: str, ref: str, pages: dict[str, str] | None = None) -> str | None:
    """The law page for 'labour-code', '147.2.d': the most specific key that matches."""
    pages = load_law_pages() if pages is None else pages
    parts = ref.split(".")
    while parts:
        page = pages.get(f"{source_id}:{'.'.join(parts)}")
        if page is not None:
            return page
        parts.pop()
    return None


@cache
def load_law_pages(data_dir: Path = DATA) -> dict[str, str]:
    """docs/data/law-pages.yml, checked: registered citations, pages in both languages."""
    path = data_dir / LAW_PAGES
    raw = _read(path) or {}
    if not isinstance(raw, dict):
        raise ContentDataError(f"{_rel(path)}: expected 'instrument:article: page' lines")
    sources = load_content(data_dir).sources
    out: dict[str, str] = {}
    for key, target in raw.items():
        try:
            src, ref = parse_cite(str(key))
            if src not in sources:
                raise ValueError(f"unknown instrument {src!r} (not in docs/data/sources.yml)")
            check_ref(sources[src], ref)
        except ValueError as exc:
            raise ContentDataError(f"{_rel(path)}: {key}: {exc}") from None
        page = str(target).partition("#")[0]
        missing = [lang for lang in ("vi", "en") if not (docs_dir(lang) / page).is_file()]
        if not page.endswith(".md") or missing:
            raise ContentDataError(f"{_rel(path)}: {key}: page {page!r} does not exist in "
                                   f"docs/{'/, docs/'.join(missing) or 'vi'}/")
        out[str(key)] = str(target)
    return out


def statements_digest(data_dir: Path = DATA) -> str:
    """Hash of the files statements are made from: a change re-renders the leaflets."""
    h = hashlib.sha256()
    for name in INPUT_FILES:
        path = data_dir / name
        h.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return h.hexdigest()
