"""Re-encode a photo from its pixels: what is published carries no metadata at all.

A phone photo holds the place it was taken (GPS), the time, the phone's make and
serial number, editing history (XMP) and comments. Only the pixels are kept: a new
image is made from them, so no EXIF, XMP, ICC profile, comment or text chunk can pass.
Colours are first converted to sRGB (what browsers assume without a profile).
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from scripts.campaigns.photos.source import Photo

WIDTHS = (480, 960, 1440)  # a phone, a laptop column, a 2x screen; never upscaled
FORMATS = {"webp": "WEBP", "jpg": "JPEG"}  # WebP for every browser since 2020, JPEG else
QUALITY = {"webp": 80, "jpg": 82}
# The encoder's settings, for the cache key: change it when the output should change.
SETTINGS = f"widths={WIDTHS};quality={sorted(QUALITY.items())};lanczos;srgb;v1"
_SRGB = ImageCms.createProfile("sRGB")
_WHITE = (255, 255, 255)


def widths(width: int) -> tuple[int, ...]:
    """The widths to publish for a photo `width` px wide: those it reaches, and its own
    width when that is narrower than the largest (so the sharpest copy is never lost)."""
    below = [w for w in WIDTHS if w < width]
    return tuple(sorted({*below, min(width, WIDTHS[-1])}))


def scaled(size: tuple[int, int], width: int) -> tuple[int, int]:
    """(width, height) of a copy `width` px wide, same proportions (at least 1 px)."""
    return width, max(1, round(size[1] * width / size[0]))


def _srgb(img: Image.Image, icc: bytes | None) -> Image.Image:
    if not icc:
        return img
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if img.mode in {"RGBA", "LA", "PA"} else "RGB"
        converted = ImageCms.profileToProfile(img, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return img  # an unusable profile: the pixels as they are
    return converted if converted is not None else img


def prepare(photo: Photo) -> Image.Image:
    """The pixels to encode: RGB, or RGBA when the photo has transparency; sRGB."""
    img = photo.image
    alpha = img.mode in {"RGBA", "LA", "PA"} or "transparency" in img.info
    if img.mode not in {"RGB", "RGBA", "CMYK", "L"} or (alpha and img.mode != "RGBA"):
        img = img.convert("RGBA" if alpha else "RGB")
    img = _srgb(img, photo.icc_profile)
    if img.mode not in {"RGB", "RGBA"}:
        img = img.convert("RGB")
    return img


def encode(pixels: Image.Image, width: int, ext: str) -> bytes:
    """`pixels` (from prepare()) `width` px wide as WebP or JPEG (`ext`), nothing else."""
    img = pixels
    size = scaled(img.size, width)
    if size != img.size:
        img = img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if ext == "jpg" and img.mode == "RGBA":  # JPEG has no transparency: on white
        flat = Image.new("RGB", img.size, _WHITE)
        flat.paste(img, mask=img.getchannel("A"))
        img = flat
    # A new image from the bare pixel bytes: resize() and convert() copy `info`
    # (EXIF, XMP, ICC, comments), frombytes() starts from nothing.
    bare = Image.frombytes(img.mode, img.size, img.tobytes())
    out = io.BytesIO()
    if ext == "webp":
        bare.save(out, "WEBP", quality=QUALITY["webp"], method=4)
    else:
        bare.save(out, "JPEG", quality=QUALITY["jpg"], optimize=True, progressive=True)
    return out.getvalue()
