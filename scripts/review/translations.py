"""Check 6 and its tools: is an English page still a translation of its Vietnamese twin?

The English page's front matter records what it was translated from:

    translated_from: "<first 12 hex digits of the sha256 of the Vietnamese body>"
    translated_on: YYYY-MM-DD

The body is the Vietnamese page without its front matter, NFC-normalised, with Windows
line ends made plain and outer blank space removed, so saving the file on another PC,
or changing only the front matter (e.g. `last_reviewed`), does not make it stale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from scripts.atomic import write_bytes
from scripts.content.render import format_day
from scripts.review.model import Finding, Project, text
from scripts.review.pages import Page, read_page
from scripts.site import frontmatter
from scripts.site.twins import PENDING, twin_href

FROM, ON = "translated_from", "translated_on"
HASH_LENGTH = 12


def body_hash(page_text: str) -> str:
    """The short fingerprint of a page's body (front matter excluded)."""
    body = frontmatter.split(page_text).body.replace("\r\n", "\n").replace("\r", "\n")
    body = unicodedata.normalize("NFC", body).strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def _read(file: Path) -> str:
    return file.read_bytes().decode("utf-8", errors="replace")


@dataclass(frozen=True)
class TranslationState:
    path: str  # docs path, e.g. "law/light-work.md"
    source: Path  # the Vietnamese page
    target: Path  # the English page
    status: Literal["current", "stale", "never"]
    source_hash: str
    recorded: str | None
    translated_on: dt.date | None


def state(docs: Path, path: str, source_lang: str = "vi",
          target_lang: str = "en") -> TranslationState | None:
    """Where the translation of one page stands; None if either file is missing or the
    original is marked `translation: pending` (the pending notice covers that case)."""
    source, target = docs / source_lang / path, docs / target_lang / path
    if not (source.is_file() and target.is_file()):
        return None
    source_text = _read(source)
    if frontmatter.parse(source_text).get("translation") == PENDING:
        return None
    meta = frontmatter.parse(_read(target))
    recorded = meta.get(FROM)
    recorded = str(recorded).strip() if recorded not in (None, "") else None
    current = body_hash(source_text)
    status: Literal["current", "stale", "never"] = (
        "never" if recorded is None else "current" if recorded == current else "stale")
    on = meta.get(ON)
    return TranslationState(path=path, source=source, target=target, status=status,
                            source_hash=current, recorded=recorded,
                            translated_on=on if isinstance(on, dt.date) else None)


def states(docs: Path, source_lang: str = "vi", target_lang: str = "en") -> list[
        TranslationState]:
    root = docs / target_lang
    found = (state(docs, p.relative_to(root).as_posix(), source_lang, target_lang)
             for p in sorted(root.rglob("*.md")))
    return [s for s in found if s is not None]


def source_updated_on(file: Path) -> dt.date:
    """When a page last changed: its last git commit if the file is committed and
    unchanged since, else the file's modification time."""
    try:
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", file.name], cwd=file.parent,
            capture_output=True, text=True, check=True).stdout.strip()
        if not dirty:
            day = subprocess.run(
                ["git", "log", "-1", "--format=%cs", "--", file.name], cwd=file.parent,
                capture_output=True, text=True, check=True).stdout.strip()
            if day:
                return dt.date.fromisoformat(day)
    except (OSError, subprocess.CalledProcessError, ValueError):
        pass  # not in git (a copy, a fixture, a PC without git): fall back to mtime
    return dt.date.fromtimestamp(file.stat().st_mtime)


@dataclass(frozen=True)
class StaleNotice:
    """What the English page shows while its Vietnamese twin has changed."""

    href: str  # relative link to the Vietnamese twin
    lang: str
    date: str  # when the Vietnamese page changed, in the page's language


def stale_notice(docs: Path, path: str, lang: str,
                 source_lang: str = "vi") -> StaleNotice | None:
    """The notice for page `path` of the `lang` build, or None (never on the original)."""
    if lang == source_lang:
        return None
    found = state(docs, path, source_lang, lang)
    if found is None or found.status != "stale":
        return None
    return StaleNotice(href=twin_href(path, source_lang), lang=source_lang,
                       date=format_day(source_updated_on(found.source), lang))


class StampError(ValueError):
    """A page cannot be stamped; the message says why and what to do."""


def stamp(docs: Path, target: Path, today: dt.date, source_lang: str = "vi") -> str:
    """Record in an English page that it now translates the current Vietnamese page.
    Only the two keys change; returns the fingerprint written."""
    try:
        lang, *rest = target.resolve().relative_to(docs.resolve()).parts
    except ValueError:
        lang, rest = "", []
    path = "/".join(rest)
    if lang in ("", source_lang, "data") or not path.endswith(".md"):
        raise StampError(f"{target}: không phải trang tiếng Anh trong docs/en/ / "
                         "not an English page under docs/en/")
    source = docs / source_lang / path
    if not target.is_file():
        raise StampError(f"docs/{lang}/{path}: không có tệp này / no such file")
    if not source.is_file():
        raise StampError(f"docs/{lang}/{path}: không có trang gốc tiếng Việt "
                         f"docs/{source_lang}/{path} / no Vietnamese original "
                         f"docs/{source_lang}/{path}")
    fingerprint = body_hash(_read(source))
    raw = target.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    page = raw.decode("utf-8-sig" if bom else "utf-8")
    updated = frontmatter.set_keys(
        ("\ufeff" if bom else "") + page, {FROM: f'"{fingerprint}"', ON: today.isoformat()})
    write_bytes(target, updated.encode("utf-8"))
    return fingerprint


def check(project: Project) -> list[Finding]:
    source_lang = project.source_lang
    found: list[Finding] = []
    for target_lang in project.languages:
        if target_lang == source_lang:
            continue
        for entry in states(project.docs, source_lang, target_lang):
            finding = _finding(project, entry, target_lang)
            if finding:
                found.append(finding)
    return found


def _finding(project: Project, entry: TranslationState, lang: str) -> Finding | None:
    if entry.status == "current":
        return None
    page: Page = read_page(lang, entry.path, entry.target)
    file = project.rel(entry.target)
    command = f"make review-stamp PAGE={file}"
    if entry.status == "never":
        return Finding(
            file=file, line=page.split.key_line(FROM) or 1, label=f"{entry.path} (never stamped)",
            what=text("Bản tiếng Anh chưa từng được đóng dấu (không có `translated_from`): "
                      "không biết nó dịch từ phiên bản nào của trang tiếng Việt.",
                      "Never stamped (no `translated_from`): nothing records which version "
                      "of the Vietnamese page this translation was made from."),
            fix=text(f"So sánh với docs/{project.source_lang}/{entry.path}; khi bản dịch "
                     f"đã khớp, chạy `{command}`.",
                     f"Compare it with docs/{project.source_lang}/{entry.path}; once the "
                     f"translation matches, run `{command}`."),
        )
    changed = source_updated_on(entry.source)
    since = entry.translated_on.isoformat() if entry.translated_on else "?"
    return Finding(
        file=file, line=page.split.key_line(FROM), label=f"{entry.path} (stale)",
        what=text(f"Bản dịch đã cũ: trang tiếng Việt docs/{project.source_lang}/{entry.path} "
                  f"đã thay đổi (ngày {changed:%d/%m/%Y}) sau lần dịch ngày {since}. Trang "
                  "tiếng Anh đang hiện thông báo “bản dịch có thể đã cũ”.",
                  f"Stale translation: the Vietnamese page docs/{project.source_lang}/"
                  f"{entry.path} changed (on {changed.isoformat()}) after it was translated "
                  f"on {since}. The English page shows a “may be out of date” notice."),
        fix=text(f"Cập nhật bản tiếng Anh theo trang tiếng Việt (xem `git diff` của tệp "
                 f"tiếng Việt), rồi chạy `{command}`.",
                 f"Update the English page from the Vietnamese one (see the `git diff` of "
                 f"the Vietnamese file), then run `{command}`."),
    )
