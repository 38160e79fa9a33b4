"""Where each generated file lives inside a language's site (same for vi and en)."""

from __future__ import annotations

import posixpath

INDEX = "campaigns/index.md"
EVENTS = "campaigns/events.md"
ALL_ICS = "campaigns/all-events.ics"
SHARE_JS = "assets/javascripts/share.js"


def campaign_page(slug: str) -> str:
    return f"campaigns/{slug}/index.md"


def event_page(slug: str, event_id: str) -> str:
    return f"campaigns/{slug}/{event_id}.md"


def event_ics(slug: str, event_id: str) -> str:
    return f"campaigns/{slug}/{event_id}.ics"


def campaign_ics(slug: str) -> str:
    return f"campaigns/{slug}/{slug}.ics"


def share_image(slug: str) -> str:
    return f"campaigns/{slug}/share.png"


def event_share_image(slug: str, event_id: str) -> str:
    """The event's own share card (its date, time and place), beside its page. Not
    `<event>.png`: an event named `share` would take the campaign's card."""
    return f"campaigns/{slug}/{event_id}.share.png"


def hero_rendition(slug: str, width: int, ext: str) -> str:
    """A published copy of a campaign's header photo (never the editor's file name)."""
    return f"campaigns/{slug}/images/hero-{width}.{ext}"


def html(src: str) -> str:
    """Output path of a page ('use_directory_urls: false': a/b.md -> a/b.html)."""
    return src[:-3] + ".html" if src.endswith(".md") else src


def relative(from_src: str, to_path: str) -> str:
    """Relative href from the page generated from `from_src` to a site path."""
    return posixpath.relpath(html(to_path), posixpath.dirname(from_src) or ".")


def shared(from_src: str, lang: str, owner: str, to_path: str) -> str:
    """Relative href from a page of `lang` to a file that only `owner`'s folder holds
    (one copy for every language; the language folders are siblings: site/vi, site/en)."""
    if lang == owner:
        return relative(from_src, to_path)
    return posixpath.relpath(f"{owner}/{html(to_path)}", posixpath.dirname(f"{lang}/{from_src}"))
