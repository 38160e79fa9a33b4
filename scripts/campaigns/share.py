"""Share links and the QR code of a page (no third-party script anywhere)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import segno
from markupsafe import Markup

from scripts.atomic import write_bytes
from scripts.campaigns.escape import clean
from scripts.paths import CACHE


@dataclass(frozen=True)
class Share:
    url: str
    title: str
    text: str
    facebook: str
    email: str
    qr_svg: Markup
    qr_alt: str


def share_for(url: str, title: str, text: str, qr_alt: str) -> Share:
    title, text = clean(title), clean(text)
    subject = quote(title[:200], safe="")
    body = quote(f"{text[:300]}\n\n{url}", safe="")
    svg = qr_svg(url, qr_alt)
    return Share(
        url=url,
        title=title,
        text=text,
        facebook=f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}",
        email=f"mailto:?subject={subject}&body={body}",
        qr_svg=Markup(svg),  # built by segno from our own URL; segno escapes the title
        qr_alt=qr_alt,
    )


def qr_svg(url: str, alt: str, folder: Path | None = None) -> str:
    """The page's QR code as inline SVG, kept in .cache/qr between builds: segno's
    search for the best mask took a fifth of a 1000-event build's pages. The key is
    everything the SVG depends on (segno's version, the URL, the label); entries are
    written atomically (the languages build at once)."""
    folder = CACHE / "qr" if folder is None else folder
    key = hashlib.sha256(f"segno={segno.__version__}\0{url}\0{alt}".encode()).hexdigest()
    path = folder / f"{key}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    # segno escapes <title> itself; the template wraps it in a labelled role="img".
    svg = segno.make(url, error="m").svg_inline(
        scale=4, border=2, title=alt, svgclass="cmp-qr__svg", lineclass=None,
        dark="#000", light="#fff")
    write_bytes(path, svg.encode("utf-8"))
    return svg
