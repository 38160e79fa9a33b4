"""Which copies of a header photo a page needs, and their bytes.

One set of copies serves every language: they are published in the first language's
folder only (site/vi/campaigns/<slug>/images/), and the other languages' pages point
there (urls.shared). Names are fixed (hero-960.webp): the editor's file name, which
may hold a child's name, is never published.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.campaigns import urls
from scripts.campaigns.photos.cache import PhotoCache, rendition_key, source_digest
from scripts.campaigns.photos.encode import FORMATS, encode, prepare, scaled, widths
from scripts.campaigns.photos.source import open_photo, upright_size


@dataclass(frozen=True)
class Rendition:
    """One published copy: its site path (in the first language's folder) and size."""

    path: str
    ext: str
    width: int
    height: int


def plan(slug: str, source: bytes) -> tuple[Rendition, ...]:
    """Every copy of the photo, each format from narrowest to widest (header only:
    a page that only links to the copies never decodes the photo)."""
    size = upright_size(source)
    return tuple(Rendition(urls.hero_rendition(slug, w, ext), ext, *scaled(size, w))
                 for ext in FORMATS for w in widths(size[0]))


def render(source: bytes, renditions: tuple[Rendition, ...],
           cache: PhotoCache | None = None) -> dict[str, bytes]:
    """Path -> bytes of every copy; encoded only when the cache does not hold it."""
    cache = cache or PhotoCache()
    digest = source_digest(source)
    files: dict[str, bytes] = {}
    pixels = None
    for r in renditions:
        key = rendition_key(digest, r.width, r.ext)
        data = cache.get(key, r.ext)
        if data is None:
            if pixels is None:  # decoded once, for every copy the cache lacks
                pixels = prepare(open_photo(source))
            data = encode(pixels, r.width, r.ext)
            cache.put(key, r.ext, data)
        files[r.path] = data
    return files


def read_source(folder: Path, file_name: str) -> bytes:
    """The editor's file (validation has checked it is inside the campaign folder)."""
    return (folder / file_name).read_bytes()
