"""Cache-safe asset names: a copy of each of our assets under a content-hashed name,
and every page and stylesheet pointed at the copy.

Material's own files are hashed already (main.57a0d79d.min.css); ours (portal.css,
checker.js, the fonts) are not. With hashed names, pages can be revalidated on every
visit while assets are cached for a year. The unhashed originals stay in place (served
with revalidation) so any reference we did not rewrite, e.g. one computed in a script,
keeps working.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
from collections.abc import MutableMapping

# Loaded by name from inside scripts (the search worker builds the worker and lunr
# URLs itself): never renamed, served with revalidation.
_KEEP = re.compile(r"/assets/javascripts/(workers|lunr)/")
_EXTENSIONS = {"css", "js", "woff2", "woff", "ttf", "svg", "png", "jpg", "jpeg", "webp",
               "gif", "ico"}
_HASHED = re.compile(r"\.[0-9a-f]{8,}\.[^/]+$")
_ATTR = re.compile(r"""(\s(?:href|src)\s*=\s*")([^"]*)(")""", re.I)
_CSS_URL = re.compile(r"""(url\(\s*["']?)([^"')]+)(["']?\s*\))""", re.I)

Files = MutableMapping[str, bytes]


def hashed_name(path: str, content: bytes) -> str:
    """'vi/assets/stylesheets/portal.css' -> 'vi/assets/stylesheets/portal.1a2b3c4d5e.css'."""
    folder, name = posixpath.split(path)
    stem, dot, ext = name.rpartition(".")
    digest = hashlib.sha256(content).hexdigest()[:10]
    return posixpath.join(folder, f"{stem}.{digest}.{ext}" if dot else f"{name}.{digest}")


def _eligible(path: str) -> bool:
    return ("/assets/" in f"/{path}" and not _KEEP.search(f"/{path}")
            and not _HASHED.search(path)
            and path.rsplit(".", 1)[-1].lower() in _EXTENSIONS)


def _resolve(ref: str, doc: str, prefix: str) -> str | None:
    """The release path a reference in file `doc` points at, or None if not ours."""
    ref = html.unescape(ref).split("#", 1)[0].split("?", 1)[0]
    if not ref or re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.I):
        return None
    if ref.startswith("/"):
        if not ref.startswith(prefix):
            return None
        return posixpath.normpath(ref[len(prefix):])
    return posixpath.normpath(posixpath.join(posixpath.dirname(doc), ref))


def _rewrite(text: str, doc: str, prefix: str, pattern: re.Pattern[str],
             renamed: dict[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        ref = match.group(2)
        target = _resolve(ref, doc, prefix)
        if target not in renamed:
            return match.group(0)
        base = html.unescape(ref).split("#", 1)[0].split("?", 1)[0]
        new = base[: base.rfind("/") + 1] + posixpath.basename(renamed[target])
        return match.group(1) + new + match.group(3)

    return pattern.sub(swap, text)


def fingerprint(files: Files, prefix: str) -> dict[str, str]:
    """Add hashed copies of our assets to `files` and point HTML and CSS at them.

    `prefix` is the site's URL path ("/" or "/tre-em/") for root-relative links (the
    404 pages use them). Returns {original path: hashed path}.
    """
    renamed: dict[str, str] = {}
    # Fonts and images first, then the stylesheets that name them, then the pages.
    assets = sorted(p for p in files if _eligible(p))
    for path in (p for p in assets if not p.endswith(".css")):
        renamed[path] = hashed_name(path, files[path])
    for path in (p for p in assets if p.endswith(".css")):
        css = files[path].decode("utf-8")
        css = _rewrite(css, path, prefix, _CSS_URL, renamed)
        files[path] = css.encode("utf-8")
        renamed[path] = hashed_name(path, files[path])
    for path, new in renamed.items():
        files[new] = files[path]
    for path in [p for p in files if p.endswith(".html")]:
        page = files[path].decode("utf-8")
        files[path] = _rewrite(page, path, prefix, _ATTR, renamed).encode("utf-8")
    return renamed
