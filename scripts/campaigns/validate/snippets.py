"""Lines of YAML an editor can copy from an error message into a campaign file.

"Copy the old time into history" is easy to say and easy to get wrong (indentation,
quotes, the '- '); the message shows the exact lines instead, with the editor's values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

# Event fields sit under "  - id:" at 4 spaces, as in campaigns/_example.yml.
INDENT = "    "


def _scalar(value: Any) -> str:
    if isinstance(value, datetime):
        value = f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    # JSON strings are valid double-quoted YAML strings (quotes and backslashes escaped).
    return json.dumps(" ".join(str(value).split()), ensure_ascii=False)


def _plain(value: Any) -> Any:
    """Models and mappings as plain mappings; None fields left out."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(exclude_none=True)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    return value


def _lines(key: str, value: Any, indent: str) -> list[str]:
    value = _plain(value)
    if isinstance(value, Mapping):
        out = [f"{indent}{key}:"]
        for sub_key, sub_value in value.items():
            out += _lines(sub_key, sub_value, indent + "  ")
        return out
    return [f"{indent}{key}: {_scalar(value)}"]


def history_snippet(values: Mapping[str, Any], with_list: bool = True) -> str:
    """One `history:` entry holding `values` (field -> old value), as indented lines
    starting on a new line; with the `history:` line itself when `with_list`."""
    item = INDENT + "  - "
    lines = [f"{INDENT}history:"] if with_list else []
    for n, (key, value) in enumerate(values.items()):
        entry = _lines(key, value, INDENT + "    ")
        if n == 0:
            entry[0] = item + entry[0].lstrip()
        lines += entry
    # Exactly the file's indentation: the lines are meant to be copied as they are.
    return "\n" + "\n".join(lines)
