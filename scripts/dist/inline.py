"""Inline code in the built pages: hashed for the CSP, or refused when no hash can help."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable

from scripts.dist.policy import InlineHashes

# A <script> without src whose type runs as JavaScript (JSON and JSON-LD data blocks
# never run, so CSP does not apply to them).
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_HANDLER = re.compile(r"""<[a-z][^>]*?\s(on[a-z]+)\s*=""", re.I)
_JS_URL = re.compile(r"""\s(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}


class UnsafeInlineCode(ValueError):
    """A page has an inline event handler or javascript: URL (no CSP hash can allow it)."""


def sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _runs(attrs: str) -> bool:
    if re.search(r"\bsrc\s*=", attrs, re.I):
        return False
    found = _TYPE.search(attrs)
    return (found.group(1).lower() if found else "") in _JS_TYPES


def scan(pages: Iterable[tuple[str, str]]) -> InlineHashes:
    """Hashes of the inline scripts, style blocks and style attributes of `pages`
    ((name, html) pairs); raises UnsafeInlineCode naming the page and what to move."""
    scripts: set[str] = set()
    styles: set[str] = set()
    attributes: set[str] = set()
    problems = []
    for name, text in pages:
        for match in _SCRIPT.finditer(text):
            if _runs(match.group(1)):
                scripts.add(sha256_source(match.group(2)))
        styles.update(sha256_source(m.group(1)) for m in _STYLE.finditer(text))
        for match in _STYLE_ATTR.finditer(text):
            # The browser hashes the attribute's value as parsed (entities decoded).
            attributes.add(sha256_source(html.unescape(match.group(1) or match.group(2) or "")))
        for match in _HANDLER.finditer(_SCRIPT.sub("", text)):
            problems.append(f"{name}: inline event handler {match.group(1)}=")
        if _JS_URL.search(text):
            problems.append(f"{name}: a javascript: URL")
    if problems:
        raise UnsafeInlineCode(
            "The Content-Security-Policy cannot allow these; move the code into a script "
            "file under overrides/assets/javascripts/ and attach it with addEventListener:\n  "
            + "\n  ".join(sorted(set(problems))))
    return InlineHashes(tuple(sorted(scripts)), tuple(sorted(styles)), tuple(sorted(attributes)))
