"""The `portal` plugin's settings in mkdocs.yml (checked by MkDocs when it loads them)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from scripts.output.generate import FEATURES


class PortalConfig(Config):
    enabled = c.Type(bool, default=True)
    # A fixture site may run fewer features (e.g. only `languages`); order is fixed.
    features = c.ListOfItems(c.Choice(FEATURES), default=list(FEATURES))
