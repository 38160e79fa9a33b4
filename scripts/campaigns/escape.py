"""Escaping untrusted text for each output (Markdown+HTML, JSON-LD)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from markupsafe import Markup

# Every ASCII punctuation mark becomes a numeric character reference, so neither
# Markdown (links, emphasis, abbr/attr_list/footnote syntax) nor HTML sees syntax in it.
_PUNCT = {ord(c): f"&#{ord(c)};" for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}
# C0/C1 controls (except tab/newline, folded to spaces below) and bidi overrides that
# could reorder the surrounding page are dropped; other RTL text is kept as it is.
_DROP = {c: None for c in [*range(0, 32), *range(127, 160), 0x202A, 0x202B, 0x202D, 0x202E]}


def clean(text: str) -> str:
    """NFC, one line, no control characters."""
    text = unicodedata.normalize("NFC", str(text))
    text = " ".join(text.split())
    return text.translate(_DROP)


def md_text(value: Any) -> Markup:
    """Safe inline text for a Markdown page (also safe inside raw HTML and attributes)."""
    if isinstance(value, Markup):
        return value
    return Markup(clean(str(value)).translate(_PUNCT))


def json_ld(data: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block; cannot close the script."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)
