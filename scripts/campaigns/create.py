"""`python -m scripts.campaigns new "Tên chiến dịch"`: start a campaign from _example.yml.

The file name is the page address, so it is made for the editor: the Vietnamese name
without diacritics (đ -> d), lower case, words joined by hyphens.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from scripts.atomic import create_text
from scripts.campaigns.checks import RESERVED_SLUGS
from scripts.campaigns.model import TITLE_MAX

SLUG_MAX = 60
# The example's Vietnamese title line, replaced by the editor's name.
_TITLE_VI = re.compile(r'^(title:\n  vi: )"[^"\n]*"$', re.MULTILINE)


class CreateError(ValueError):
    """Why no file was written: a message code of errors.CATALOG and its context."""

    def __init__(self, code: str, **ctx: object) -> None:
        super().__init__(code)
        self.code, self.ctx = code, ctx


def slugify(name: str) -> str:
    """'Tháng hành động vì trẻ em 2027' -> 'thang-hanh-dong-vi-tre-em-2027'."""
    text = name.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", text.lower())
    slug = ""
    for word in words:  # stop at a whole word so the address never ends mid-word
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > SLUG_MAX:
            break
        slug = candidate
    return slug or (words[0][:SLUG_MAX] if words else "")


def campaign_text(example: str, name: str) -> str:
    """The example with the editor's name as the Vietnamese title."""
    # A JSON string is a valid YAML double-quoted string (quotes, backslashes escaped).
    quoted = json.dumps(name, ensure_ascii=False)
    return _TITLE_VI.sub(lambda m: m.group(1) + quoted, example, count=1)


def create_campaign(name: str, folder: Path, example: Path) -> Path:
    """Write `folder/<slug>.yml` from `example`; never replaces anything."""
    name = " ".join(name.split())
    slug = slugify(name)
    if not slug or slug in RESERVED_SLUGS:
        raise CreateError("new_bad_name", value=name)
    if len(name) > TITLE_MAX:
        raise CreateError("new_title_too_long", actual=len(name), max_length=TITLE_MAX)
    target = folder / f"{slug}.yml"
    for existing in (target, folder / f"{slug}.yaml", folder / slug):
        if existing.exists():
            raise CreateError("new_exists", value=slug, other=existing.as_posix())
    text = campaign_text(example.read_text(encoding="utf-8"), name)
    try:
        create_text(target, text)
    except FileExistsError:  # created by someone else since the check above
        raise CreateError("new_exists", value=slug, other=target.as_posix()) from None
    return target
