"""Wide tables scroll inside their own box, not the page: each table of a page's HTML
goes into a focusable, labelled region (keyboard users can scroll it too). Tables that
already sit in such a region (the checker's rules) are left as they are."""

from __future__ import annotations

import html as _html
import re
from bisect import bisect_right

TABLE = re.compile(r"<table\b.*?</table>", re.S)
CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption>", re.S)
HEADING = re.compile(r"<h[1-4]\b[^>]*>(.*?)</h[1-4]>", re.S)
HEADERLINK = re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
TAG = re.compile(r"<[^>]+>")
IN_REGION = re.compile(r'<div\b[^>]*\brole="region"[^>]*>\s*$')


def _text(fragment: str) -> str:
    text = TAG.sub("", HEADERLINK.sub("", fragment))
    return " ".join(_html.unescape(text).split())


def wrap_tables(page_html: str, region_label: str) -> str:
    """`page_html` with every table not yet in a region wrapped in
    <div class="portal-table-scroll" role="region" tabindex="0" aria-label="…">, named
    by its caption, else by the heading above it, followed by `region_label`."""
    headings = [(m.start(), _text(m.group(1))) for m in HEADING.finditer(page_html)]
    starts = [start for start, _ in headings]
    out: list[str] = []
    pos = 0
    for match in TABLE.finditer(page_html):
        out.append(page_html[pos:match.start()])
        table = match.group(0)
        pos = match.end()
        if IN_REGION.search(page_html[max(0, match.start() - 500):match.start()]):
            out.append(table)
            continue
        caption = CAPTION.search(table)
        before = bisect_right(starts, match.start())
        name = (_text(caption.group(1)) if caption
                else headings[before - 1][1] if before else "")
        label = f"{name} ({region_label})" if name else region_label
        out.append(f'<div class="portal-table-scroll" role="region" tabindex="0" '
                   f'aria-label="{_html.escape(label, quote=True)}">{table}</div>')
    out.append(page_html[pos:])
    return "".join(out)
