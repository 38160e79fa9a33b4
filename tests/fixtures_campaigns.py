"""Campaign data for tests, built from tests/fixtures/campaigns/base.yml."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

BASE = Path(__file__).parent / "fixtures" / "campaigns" / "base.yml"


def base_data() -> dict[str, Any]:
    """A fresh copy of the minimal valid campaign as plain data."""
    return copy.deepcopy(yaml.safe_load(BASE.read_text(encoding="utf-8")))
