"""Site-wide facts (locality, hotline, contacts, site root) from mkdocs.yml `extra:`.

Read without MkDocs so generators, tests and a future engine share one source.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import MKDOCS_YML


class _Loader(yaml.SafeLoader):
    """SafeLoader that understands the two tags mkdocs.yml uses."""


def _env(loader: _Loader, node: yaml.Node) -> Any:
    # `!ENV [NAME, default]` as MkDocs (pyyaml_env_tag) reads it.
    items = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [
        loader.construct_scalar(node)
    ]
    *names, default = items if len(items) > 1 else (*items, None)
    for name in names:
        if name in os.environ:
            return os.environ[name]
    return default


def _python_tag(loader: _Loader, suffix: str, node: yaml.Node) -> None:
    return None  # `!!python/...` values only matter to MkDocs itself


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _python_tag)


@cache
def load_extra(config_path: Path = MKDOCS_YML) -> dict[str, Any]:
    """The `extra:` mapping of mkdocs.yml, with `!ENV` resolved."""
    with config_path.open(encoding="utf-8") as fh:
        config = yaml.load(fh, Loader=_Loader)  # noqa: S506 - restricted loader above
    return config.get("extra", {})


def site_root(extra: dict[str, Any] | None = None) -> str:
    """Absolute URL of the site root, always ending in '/'."""
    root = str((extra or load_extra())["site_root"])
    return root if root.endswith("/") else root + "/"


def page_url(lang: str, path: str, extra: dict[str, Any] | None = None) -> str:
    """Absolute public URL of a page given its language and path like 'law/index.html'."""
    return f"{site_root(extra)}{lang}/{path.lstrip('/')}"


def localized(value: Any, lang: str) -> Any:
    """Pick one language out of a `{vi: ..., en: ...}` mapping; pass anything else through."""
    if isinstance(value, dict) and lang in value:
        return value[lang]
    return value
