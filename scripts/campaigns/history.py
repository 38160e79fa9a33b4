"""Has a published event changed without a new `history:` entry?

The calendar SEQUENCE of an event is the number of its `history:` entries
(render_ics.py). A change of time, place, link or status that does not add one would
leave SEQUENCE where it was, and phones that imported the event would keep the old
time. What was published is taken to be the campaign file as last committed in git
(`git show HEAD:<file>`), under its own path or, for a campaign just moved between
campaigns/<slug>.yml and campaigns/<slug>/campaign.yml (the folder form, for photos),
under the other; without git, outside a repository, or for a campaign never committed,
there is nothing to compare with and this check is skipped.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from scripts.campaigns.checks import Problem
from scripts.campaigns.files import other_forms
from scripts.campaigns.model import Event, Published
from scripts.campaigns.validate.encoding import EncodingProblem, decode
from scripts.campaigns.validate.fields import WORDS
from scripts.campaigns.validate.snippets import history_snippet
from scripts.campaigns.validate.translate import RETIRED
from scripts.i18n import and_list
from scripts.yamlmarks import DuplicateKey, load_yaml_text

# What people's calendars hold of an event: a change to any of these must raise SEQUENCE.
TRACKED = ("start", "end", "venue", "address", "coordinates", "status", "attendance",
           "online")
GIT_TIMEOUT = 20


def _git(folder: Path, *args: str, stdin: bytes | None = None
         ) -> subprocess.CompletedProcess[bytes] | None:
    try:
        return subprocess.run(["git", "-C", str(folder), *args], input=stdin,
                              capture_output=True, timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):  # no git, or it hangs
        return None


@cache
def _toplevel(folder: Path) -> Path | None:
    result = _git(folder, "rev-parse", "--show-toplevel")
    if result is None or result.returncode != 0:
        return None
    return Path(result.stdout.decode("utf-8", "replace").strip()).resolve()


def _batch(top: Path, rel: list[str]) -> list[bytes | None]:
    """The last committed bytes of each path (one git process for all of them)."""
    result = _git(top, "cat-file", "--batch",
                  stdin="".join(f"HEAD:{name}\n" for name in rel).encode("utf-8"))
    if result is None or result.returncode != 0:
        return [None] * len(rel)
    out, pos, found = result.stdout, 0, []
    for _ in rel:
        end = out.find(b"\n", pos)
        if end < 0:
            return found + [None] * (len(rel) - len(found))
        header = out[pos:end].split()
        if len(header) != 3 or header[1] != b"blob":  # "<name> missing", or a folder
            found.append(None)
            pos = end + 1
            continue
        size = int(header[2])
        found.append(out[end + 1:end + 1 + size])
        pos = end + 1 + size + 1
    return found


def committed_texts(paths: Iterable[Path]) -> dict[Path, bytes]:
    """Resolved path -> its campaign's bytes in the last commit: at the same path, else
    at another form of the same slug (a move into a folder must not make a published
    campaign look new, nor let its events vanish unseen). Paths without one are left out."""
    by_top: dict[Path, list[Path]] = {}
    for path in paths:
        resolved = path.resolve()
        top = _toplevel(resolved.parent) if resolved.parent.is_dir() else None
        if top is not None:
            by_top.setdefault(top, []).append(resolved)
    texts: dict[Path, bytes] = {}
    for top, files in by_top.items():
        # Its own path first: a file committed where it stands is its own history.
        names = {f: [c.relative_to(top).as_posix() for c in (f, *other_forms(f))
                     if c.is_relative_to(top)] for f in files}
        asked = [name for forms in names.values() for name in forms]
        found = dict(zip(asked, _batch(top, asked), strict=True))
        for path, forms in names.items():
            raw = next((found[name] for name in forms if found[name] is not None), None)
            if raw is not None:
                texts[path] = raw
    return texts


def committed_events(raw: bytes) -> dict[str, Event]:
    """Event id -> event as last committed; events that were not valid are left out.

    Fields retired since (revision, previous_start) are dropped, so the first commit
    after a file is brought up to date is still compared with the one before.
    """
    try:
        data = load_yaml_text(decode(raw))
    except (EncodingProblem, DuplicateKey, yaml.YAMLError):
        return {}
    events = data.get("events") if isinstance(data, dict) else None
    found: dict[str, Event | None] = {}
    for item in events if isinstance(events, list) else []:
        if not isinstance(item, dict):
            continue
        try:
            event = Event.model_validate({k: v for k, v in item.items() if k not in RETIRED})
        except ValidationError:
            continue
        found[event.id] = None if event.id in found else event
    return {k: v for k, v in found.items() if v is not None}


def _value(holder: Event | Published, name: str) -> Any:
    value = getattr(holder, name)
    # A link is the same link whatever the platform's name is spelt like.
    return value.url if name == "online" and value is not None else value


def _words(names: list[str]) -> dict[str, str]:
    return {"fields_vi": and_list([WORDS[n][0] for n in names], "vi"),
            "fields_en": and_list([WORDS[n][1] for n in names], "en")}


def _old_values(old: Event, new: Event, changed: list[str]) -> dict[str, Any]:
    """What the new history entry must keep: the old value of every changed field.

    Not "status: scheduled" for a move: status moved says that by itself. A field that
    had no value (a venue added to an online event) has nothing to keep.
    """
    keep = {n: getattr(old, n) for n in changed
            if getattr(old, n) is not None and not (n == "status" and new.status == "moved")}
    return keep or {"status": old.status}


def check_history(events: Iterable[tuple[int, Event]], committed: bytes | None,
                  written_ids: Iterable[object] = ()) -> Iterator[Problem]:
    """Every published event whose time, place, link or status changed must have more
    history entries than in the last commit, and they must keep the old values; no
    published event may disappear. `written_ids`: every event id in the file, valid
    event or not (an event with a mistake elsewhere has not disappeared)."""
    if committed is None:
        return
    before = committed_events(committed)
    events = list(events)
    ids = [event.id for _, event in events]
    # A published event that is gone (deleted, or its id renamed) stays in every phone
    # that imported it: only a cancellation, kept in the file, reaches those calendars.
    for gone in sorted(set(before) - set(ids) - set(written_ids)):
        yield ("events",), "published_event_removed", {"id": gone}
    for i, event in events:
        old = before.get(event.id)
        # A new event: nobody has it in a calendar yet. A repeated id is an error of its
        # own, and which of the two was published cannot be told.
        if old is None or ids.count(event.id) > 1:
            continue
        at = ("events", i)
        old_n, new_n = len(old.history), len(event.history)
        if new_n < old_n:
            yield (*at, "history"), "history_removed", {"before": old_n, "now": new_n}
            continue
        changed = [n for n in TRACKED if _value(old, n) != _value(event, n)]
        if not changed:
            continue
        keep = _old_values(old, event, changed)
        if new_n == old_n:
            yield (*at, changed[0]), "change_without_history", {
                **_words(changed),
                "snippet": history_snippet(keep, with_list=not event.history)}
            continue
        added = event.history[old_n:]
        missing = {n: v for n, v in keep.items()
                   if not any(_value(entry, n) == _value(old, n) for entry in added)}
        if missing:
            yield (*at, "history", new_n - 1), "history_lacks_old_value", {
                **_words(list(missing)), "snippet": history_snippet(missing, with_list=False)}
