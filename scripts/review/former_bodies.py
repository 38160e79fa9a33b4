"""Check 3: every mention of a body reorganised in 2025 (FACTS.md §8) on a page or in
data, with file and line. The names and the one treatment the site uses are data
(docs/data/open-points.yml `former_bodies`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from scripts.review.model import Finding, Project, text

# The file that lists the names mentions them on purpose.
NOT_SCANNED = {"open-points.yml"}
_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SPACES = re.compile(r"\s+")


def fold(value: str) -> str:
    """Compare names the way a reader would: any case, any dash, any spacing."""
    value = unicodedata.normalize("NFC", value).casefold()
    return _SPACES.sub(" ", _DASHES.sub("-", value)).strip()


def scanned_files(project: Project) -> Iterator[Path]:
    for lang in project.languages:
        yield from sorted((project.docs / lang).rglob("*.md"))
    yield from sorted(p for p in (project.docs / "data").rglob("*.yml")
                      if p.name not in NOT_SCANNED)
    if project.campaigns.is_dir():
        yield from sorted(project.campaigns.rglob("*.yml"))


def mentions(lines: list[str], names: list[str], *, yaml_file: bool) -> Iterator[
        tuple[int, list[str]]]:
    """(line number, names found) for every line naming one of `names`."""
    folded = [(name, fold(name)) for name in names]
    for number, line in enumerate(lines, start=1):
        if yaml_file and line.lstrip().startswith("#"):
            continue  # a comment in a data file is never shown to the public
        here = fold(line)
        hits = [name for name, key in folded if key in here]
        if hits:
            yield number, hits


def check(project: Project) -> list[Finding]:
    bodies = project.data.open_points.former_bodies
    points = project.rel(project.docs / "data" / "open-points.yml")
    found: list[Finding] = []
    for path in scanned_files(project):
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
        for number, hits in mentions(lines, bodies.names, yaml_file=path.suffix == ".yml"):
            names = ", ".join(f"“{h}”" for h in hits)
            excerpt = lines[number - 1].strip()
            if len(excerpt) > 160:
                excerpt = excerpt[:157] + "…"
            found.append(Finding(
                file=project.rel(path), line=number, label=names,
                what=text(f"Tên cơ quan trước năm 2025: {names}. Dòng: {excerpt}",
                          f"Name of a body before 2025: {names}. Line: {excerpt}"),
                fix=text(f"{bodies.treatment.vi} (Cách xử lý chung: {points}.)",
                         f"{bodies.treatment.en} (The site's treatment: {points}.)"),
            ))
    return found
