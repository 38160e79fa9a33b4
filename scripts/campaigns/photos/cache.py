"""Re-encoded photos by content hash: a warm build reads them instead of encoding again.

Key = sha256 of the source file's bytes, the width and format, the encoder's settings
and the versions of Pillow and its codecs. Entries are written atomically: the vi build,
the CLI and a test may write the same entry at once.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from PIL import __version__ as pillow_version
from PIL import features

from scripts.atomic import write_bytes
from scripts.campaigns.photos.encode import SETTINGS
from scripts.paths import CACHE

CACHE_DIR = CACHE / "photos"


@cache
def _codecs() -> str:
    return ";".join(f"{name}={features.version(name)}" for name in ("jpg", "webp", "littlecms2"))


def source_digest(source: bytes) -> str:
    return hashlib.sha256(source).hexdigest()


def rendition_key(digest: str, width: int, ext: str) -> str:
    """`digest`: source_digest() of the editor's file."""
    text = f"{SETTINGS}\0pillow={pillow_version};{_codecs()}\0{width}\0{ext}\0{digest}"
    return hashlib.sha256(text.encode()).hexdigest()


class PhotoCache:
    """<key>.<ext> files in one folder."""

    def __init__(self, folder: Path = CACHE_DIR) -> None:
        self.folder = folder

    def get(self, key: str, ext: str) -> bytes | None:
        try:
            return (self.folder / f"{key}.{ext}").read_bytes()
        except OSError:
            return None

    def put(self, key: str, ext: str, data: bytes) -> None:
        write_bytes(self.folder / f"{key}.{ext}", data)
