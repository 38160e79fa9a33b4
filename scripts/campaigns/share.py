"""Share links and the QR code of a page (no third-party script anywhere)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup

from scripts.campaigns.escape import clean
from scripts.qr import qr_svg


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
    # the template wraps it in a labelled role="img"
    svg = qr_svg(url, qr_alt, scale=4, svgclass="cmp-qr__svg")
    return Share(
        url=url,
        title=title,
        text=text,
        facebook=f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}",
        email=f"mailto:?subject={subject}&body={body}",
        qr_svg=Markup(svg),  # built by segno from our own URL; segno escapes the title
        qr_alt=qr_alt,
    )
