"""Which files in campaigns/ are campaigns, and which look meant to be but are misnamed.

A folder campaign whose YAML is called `Campaign.yml` or `chien-dich.yml`, or a file
saved by Notepad as `x.yml.txt`, used to be skipped without a word: the editor saw
"OK" and no page. Each of them is now a problem naming the file and the expected name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CAMPAIGN_FILE = "campaign.yml"
YAML_SUFFIXES = (".yml", ".yaml")


@dataclass
class Found:
    """Campaign files as (slug, path), and (path, code, ctx) for everything misnamed."""

    files: list[tuple[str, Path]] = field(default_factory=list)
    problems: list[tuple[Path, str, dict[str, Any]]] = field(default_factory=list)


def _yamlish(path: Path) -> bool:
    """Looks like a YAML file whatever the case, even with a '.txt' Notepad added."""
    name = path.name.lower().removesuffix(".txt")
    return path.is_file() and name.endswith(YAML_SUFFIXES)


def _hidden(path: Path) -> bool:
    # '_' and '.' mark examples and drafts: never published, never checked.
    return path.name.startswith(("_", "."))


def _top_file(path: Path, found: Found) -> None:
    if path.suffix in YAML_SUFFIXES:
        found.files.append((path.stem, path))
    elif _yamlish(path):
        lower = path.name.lower()
        suffix = path.name[max(lower.rfind(".yml"), lower.rfind(".yaml")):]
        found.problems.append((path, "bad_extension", {"value": path.name, "suffix": suffix}))


def _folder(path: Path, found: Found) -> None:
    names = {p.name: p for p in path.iterdir()}
    # Exact name: on Windows 'Campaign.yml' would pass an is_file() test but not on Linux.
    if CAMPAIGN_FILE in names and names[CAMPAIGN_FILE].is_file():
        found.files.append((path.name, names[CAMPAIGN_FILE]))
        return
    candidates = sorted(p for p in names.values() if _yamlish(p) and not _hidden(p))
    if not candidates:
        found.problems.append((path, "folder_without_campaign", {"value": path.name}))
        return
    for candidate in candidates:
        found.problems.append((candidate, "misnamed_campaign_file", {"value": candidate.name}))
    if len(candidates) == 1:
        # Check its content too, so every mistake comes out in the same round.
        found.files.append((path.name, candidates[0]))


def other_forms(path: Path) -> list[Path]:
    """The other paths the campaign of `path` (same slug) could have: <slug>.yml,
    <slug>.yaml or <slug>/campaign.yml. Moving a campaign into a folder (to add photos)
    keeps its slug, so its pages and events are the same ones."""
    if path.name == CAMPAIGN_FILE:
        root, slug = path.parent.parent, path.parent.name
        return [root / f"{slug}{suffix}" for suffix in YAML_SUFFIXES]
    if path.suffix in YAML_SUFFIXES:
        root, slug = path.parent, path.stem
        return [root / slug / CAMPAIGN_FILE,
                *(root / f"{slug}{suffix}" for suffix in YAML_SUFFIXES if suffix != path.suffix)]
    return []


def find_campaign_files(folder: Path) -> Found:
    """Every campaign (<slug>.yml or <slug>/campaign.yml) and every misnamed one."""
    found = Found()
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if _hidden(path):
            continue
        if path.is_file():
            _top_file(path, found)
        elif path.is_dir():
            _folder(path, found)
    return found
