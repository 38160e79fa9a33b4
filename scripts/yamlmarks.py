"""YAML loading that remembers the line of every key and list item.

Validation errors must name the line an organiser has to fix, so the loader returns
dict/list subclasses carrying 1-based line numbers next to the data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml


class LineDict(dict):
    """A mapping plus `line` (its own) and `key_lines` (line of each key)."""

    line: int = 0
    key_lines: dict[Any, int]
    value_lines: dict[Any, int]


class LineList(list):
    """A sequence plus `line` and `item_lines` (line of each item)."""

    line: int = 0
    item_lines: list[int]


class DuplicateKey(yaml.YAMLError):
    def __init__(self, key: str, line: int, first_line: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first_line = key, line, first_line


def _construct_mapping(self: yaml.SafeLoader, node: yaml.MappingNode,
                       deep: bool = False) -> LineDict:
    # Records marks; rejects duplicate keys (YAML silently keeps the last).
    self.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines, out.value_lines = {}, {}
    for key_node, value_node in node.value:
        key = self.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            key = str(key)
        if key in out.key_lines:
            raise DuplicateKey(str(key), key_node.start_mark.line + 1, out.key_lines[key])
        out[key] = self.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
        out.value_lines[key] = value_node.start_mark.line + 1
    return out


def _construct_sequence(self: yaml.SafeLoader, node: yaml.SequenceNode,
                        deep: bool = False) -> LineList:
    out = LineList(self.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _marking(base: type) -> type:
    """A safe loader on `base` that keeps line marks and refuses duplicate keys."""
    loader = type(f"Marking{base.__name__}", (base,), {
        "construct_mapping": _construct_mapping, "construct_sequence": _construct_sequence})
    loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
    loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
    return loader


# libyaml's parser (C) reads YAML about ten times faster; the pure-Python one gives the
# syntax-error messages that are explained to editors (campaign files).
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Loader = _marking(yaml.SafeLoader)
_FastLoader = _marking(_FAST)


def load_yaml(path: Path, *, fast: bool = False) -> Any:
    """Parse one YAML file keeping line numbers (raises yaml.YAMLError on bad syntax)."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_FastLoader if fast else _Loader)  # noqa: S506 - safe


def load_yaml_text(text: str) -> Any:
    """Parse YAML already decoded (the caller chose how to read the bytes), with marks.
    A file libyaml refuses is parsed again by the pure-Python parser, so the error raised
    is the one whose messages are explained to editors (campaign files); valid files, the
    usual case, are read at C speed (a tenth of a 1000-event build went here)."""
    try:
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - SafeLoader subclass
    except DuplicateKey:
        raise  # our own constructor's error: the same from either parser
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass


def read_yaml(path: Path) -> Any:
    """Plain data from a project file (no line marks): the one reader for files whose
    errors are reported by field, not by line."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_FAST)  # noqa: S506 - a SafeLoader


def line_of(data: Any, loc: Sequence[str | int]) -> int:
    """The line of the deepest part of `loc` that exists in `data` (1 if none)."""
    line = getattr(data, "line", 1) or 1
    node = data
    for part in loc:
        if isinstance(node, LineDict) and part in node:
            line = node.value_lines.get(part, line) if not isinstance(
                node[part], LineDict | LineList) else node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line
