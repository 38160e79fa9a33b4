"""Content-hash cache: a leaflet whose inputs did not change is not rendered again.

Key = sha256 of everything that can change the PDF: the leaflet's context (campaign
text, dates, URLs, site facts, UI strings, QR code: all already resolved, so "today"
only matters through the events it selects), the campaign data itself, the legal data
the printed statements come from (statements, facts, sources: a reviewed wording change
must reach every printed leaflet), the templates and CSS, the font files, this
package's code and the renderer versions.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from scripts import qr
from scripts.atomic import write_bytes
from scripts.fonts import coverage
from scripts.leaflets.fonts import FONT_FILES
from scripts.paths import CACHE

CACHE_DIR = CACHE / "leaflets"
HERE = Path(__file__).resolve().parent


@cache
def static_digest() -> str:
    """Hash of the inputs shared by every leaflet (code, templates, CSS, fonts)."""
    h = hashlib.sha256()
    files = sorted(HERE.rglob("*.py")) + sorted(
        p for p in (HERE / "layouts").rglob("*") if p.is_file() and p.suffix != ".pyc")
    files += [FONT_FILES[w] for w in sorted(FONT_FILES)]
    files.append(Path(coverage.__file__))  # decides which characters are printed
    files.append(Path(qr.__file__))  # draws the campaign page's code
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for dist in ("weasyprint", "pydyf", "segno", "jinja2"):
        h.update(f"{dist}={version(dist)}\0".encode())
    return h.hexdigest()


def leaflet_key(ctx: dict[str, Any], campaign_data: str, law_digest: str) -> str:
    """`law_digest`: scripts.content.statements.statements_digest() of this build."""
    h = hashlib.sha256(static_digest().encode())
    h.update(json.dumps(ctx, sort_keys=True, ensure_ascii=False).encode())
    h.update(campaign_data.encode())
    h.update(law_digest.encode())
    return h.hexdigest()


class LeafletCache:
    """<key>.pdf plus <key>.json (page count) in one folder; safe for parallel builds."""

    def __init__(self, folder: Path = CACHE_DIR) -> None:
        self.folder = folder

    def get(self, key: str) -> tuple[bytes, int] | None:
        pdf, meta = self.folder / f"{key}.pdf", self.folder / f"{key}.json"
        try:
            pages = int(json.loads(meta.read_text(encoding="utf-8"))["pages"])
            return pdf.read_bytes(), pages
        except (OSError, ValueError, KeyError):
            return None

    def put(self, key: str, pdf: bytes, pages: int) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        # The PDF first, its .json last: a reader that finds the .json finds the PDF.
        # Atomic: the vi and en builds may write the same entry at the same time.
        write_bytes(self.folder / f"{key}.pdf", pdf)
        write_bytes(self.folder / f"{key}.json", json.dumps({"pages": pages}).encode())

