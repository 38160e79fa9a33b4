"""Render one data text with the page helpers (facts, bands, fines, citations)."""

from __future__ import annotations

from functools import cache

import jinja2

from scripts.content.render import Helpers, _environment
from scripts.toolkit.models import Text

_ENV = _environment(jinja2.BaseLoader())


@cache
def _compiled(source: str) -> jinja2.Template:
    return _ENV.from_string(source)


def render_text(h: Helpers, value: Text | str) -> str:
    """A data text in the helper's language, its {{ fact(...) }} calls filled in."""
    source = value if isinstance(value, str) else value.get(h.lang)
    return _compiled(source).render(h.context())
