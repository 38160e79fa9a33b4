"""Site-wide facts (site root, languages, locality, hotline, contacts): docs/data/site.yml.

Plain data, no engine: the generators, the tests and the engine adapter share one source.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scripts.paths import SITE_FILE
from scripts.yamlmarks import read_yaml


@cache
def _written_facts(path: Path) -> dict[str, Any]:
    """site.yml as written, read once per process (each calendar asks for its root)."""
    facts = read_yaml(path)
    if not isinstance(facts, dict):
        raise ValueError(f"{path}: expected a mapping of site facts")
    return facts


def load_site_facts(path: Path = SITE_FILE) -> dict[str, Any]:
    """docs/data/site.yml; SITE_ROOT (the environment) overrides `site_root`, so a
    release is built for its real address without editing the file."""
    facts = _written_facts(path)
    if os.environ.get("SITE_ROOT"):
        return {**facts, "site_root": os.environ["SITE_ROOT"]}
    return facts


def placeholder_root(path: Path = SITE_FILE) -> str:
    """The `site_root` written in site.yml, whatever SITE_ROOT is set to."""
    return str(_written_facts(path)["site_root"])


def is_placeholder(extra: dict[str, Any] | None = None) -> bool:
    """The site is addressed at the example host written in site.yml, not a real one:
    its QR codes, share links and calendar files would lead nowhere."""
    host = urlsplit(site_root(extra)).hostname
    return host == urlsplit(placeholder_root()).hostname


def site_root(extra: dict[str, Any] | None = None) -> str:
    """Absolute URL of the site root, always ending in '/'."""
    root = str((extra or load_site_facts())["site_root"])
    return root if root.endswith("/") else root + "/"


def page_url(lang: str, path: str, extra: dict[str, Any] | None = None) -> str:
    """Absolute public URL of a page given its language and path like 'law/index.html'."""
    return f"{site_root(extra)}{lang}/{path.lstrip('/')}"


def localized(value: Any, lang: str) -> Any:
    """Pick one language out of a `{vi: ..., en: ...}` mapping; pass anything else through."""
    if isinstance(value, dict) and lang in value:
        return value[lang]
    return value
