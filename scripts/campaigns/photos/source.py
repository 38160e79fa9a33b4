"""Open an editor's photo and check that it can be published.

Validation and the build read a photo through `open_photo`, so a file the checks
accept is a file the build can encode: nothing fails half-way through a build.
"""

from __future__ import annotations

import io
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageFile, ImageOps

MAX_PIXELS = 40_000_000  # 40 MP: more than any page needs; bigger decodes cost ~1 GB
# MPO is the JPEG many phone cameras write (extra frames for depth or 3D; we use the first).
FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}
# ISO base media "ftyp" brands of HEIF/HEIC/AVIF: iPhones save photos like this.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
                b"avif", b"avis"}
_ORIENTATION = 0x0112
_SWAPS_SIDES = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter turn


class PhotoProblem(ValueError):
    """A photo the site cannot use: `code` is a message of validate/errors.CATALOG."""

    def __init__(self, code: str, **ctx: Any) -> None:
        super().__init__(code)
        self.code, self.ctx = code, ctx


@dataclass(frozen=True)
class Photo:
    """The photo's pixels, upright, and its colour profile (used, then dropped)."""

    image: Image.Image
    icc_profile: bytes | None


_STRICT = threading.Lock()


@contextmanager
def _strict() -> Iterator[None]:
    """Pillow's readers fail on a cut-off file, whatever another library set.

    WeasyPrint (the leaflets, imported in the same build processes) sets Pillow's global
    LOAD_TRUNCATED_IMAGES on import, which turns a half-copied photo into a silently
    grey-filled one. Only our own images are decoded while the flag is off.
    """
    with _STRICT:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _open(data: bytes) -> Image.Image:
    """The file's header (pixels not decoded yet), checked for format and size."""
    if _is_heif(data):
        raise PhotoProblem("image_heic")
    try:
        with warnings.catch_warnings():
            # Our own limit (MAX_PIXELS) is checked next, before any pixel is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise PhotoProblem("image_too_many_pixels", megapixels="> 178",
                           max_megapixels=MAX_PIXELS // 1_000_000) from None
    except Exception:  # noqa: BLE001 - Pillow's readers raise many types on bad input
        raise PhotoProblem("image_unreadable") from None
    if img.format not in FORMATS:
        raise PhotoProblem("image_format", problem=img.format or "?")
    if img.width * img.height > MAX_PIXELS:
        raise PhotoProblem("image_too_many_pixels",
                           megapixels=f"{img.width * img.height / 1_000_000:.0f}",
                           max_megapixels=MAX_PIXELS // 1_000_000)
    return img


def upright_size(data: bytes) -> tuple[int, int]:
    """(width, height) as the photo is seen, from its header only (no decoding)."""
    with _strict():
        img = _open(data)
        try:  # (a PNG's EXIF may follow its pixels: reading it can decode them)
            orientation = img.getexif().get(_ORIENTATION, 1)
        except Exception:  # noqa: BLE001 - a damaged EXIF block: open_photo() reports it
            orientation = 1
    return (img.height, img.width) if orientation in _SWAPS_SIDES else img.size


def open_photo(data: bytes) -> Photo:
    """Every pixel decoded (a damaged or cut-off file fails here, not in the build),
    turned upright as the camera's orientation tag says. Raises PhotoProblem."""
    with _strict():
        return _decode(data)


def _decode(data: bytes) -> Photo:
    img = _open(data)
    icc = img.info.get("icc_profile") or None
    try:
        img.load()
    except OSError as exc:
        code = "image_truncated" if "truncated" in str(exc).lower() else "image_unreadable"
        raise PhotoProblem(code) from None
    except Exception:  # noqa: BLE001 - see _open
        raise PhotoProblem("image_unreadable") from None
    try:
        upright = ImageOps.exif_transpose(img)
    except Exception:  # noqa: BLE001 - a damaged EXIF block
        raise PhotoProblem("image_unreadable") from None
    return Photo(upright, icc)
