"""A page's YAML front matter: read it, split it from the body, change single keys in place.

Pages are edited by people on Windows, so CRLF line ends and a UTF-8 byte-order mark
are kept as found; a key is changed on its own line and nothing else in the file moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

BOM = "\ufeff"
# As MkDocs reads it: `---` on the first line, then YAML, then `---` or `...`.
_BLOCK = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                    re.S | re.M)


@dataclass(frozen=True)
class Split:
    """A page cut into its front matter (YAML text, may be empty) and its body."""

    bom: str
    yaml: str | None  # None: the page has no front matter
    body: str
    body_line: int  # 1-based line where the body starts

    def key_line(self, key: str) -> int | None:
        """The file line of a top-level front-matter key, if written."""
        if self.yaml is None:
            return None
        for number, line in enumerate(self.yaml.splitlines(), start=2):
            if re.match(rf"{re.escape(key)}\s*:", line):
                return number
        return None


def split(text: str) -> Split:
    """Cut a page's text into front matter and body."""
    bom = BOM if text.startswith(BOM) else ""
    text = text[len(bom):]
    match = _BLOCK.match(text)
    if not match:
        return Split(bom=bom, yaml=None, body=text, body_line=1)
    head = text[:match.end()]
    return Split(bom=bom, yaml=match["yaml"], body=text[match.end():],
                 body_line=head.count("\n") + 1)


def parse(text: str) -> dict[str, Any]:
    """The front matter of a page as a mapping ({} if none, or if it is not a mapping)."""
    block = split(text).yaml
    if not block:
        return {}
    meta = yaml.safe_load(block)
    return meta if isinstance(meta, dict) else {}


def set_keys(text: str, values: dict[str, str]) -> str:
    """`text` with the given top-level keys set to the given YAML scalars (already
    quoted as needed); every other line, and the line ends, stay as they were."""
    newline = "\r\n" if "\r\n" in text else "\n"
    parts = split(text)
    if parts.yaml is None:
        block = "".join(f"{key}: {value}{newline}" for key, value in values.items())
        return f"{parts.bom}---{newline}{block}---{newline}{parts.body}"
    lines = parts.yaml.splitlines(keepends=True)
    for key, value in values.items():
        entry = f"{key}: {value}{newline}"
        for i, line in enumerate(lines):
            if re.match(rf"{re.escape(key)}\s*:", line):
                lines[i] = entry
                break
        else:
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += newline
            lines.append(entry)
    rest = text[len(parts.bom):]
    start = rest.index("\n") + 1  # after the opening `---` line
    closing = _BLOCK.match(rest)
    assert closing is not None  # split() found it
    close_at = closing.start("yaml") + len(closing["yaml"])
    return parts.bom + rest[:start] + "".join(lines) + rest[close_at:]
