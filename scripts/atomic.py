"""Write generated files so a reader never sees half a file, and never clobber hand-written ones."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


class WouldOverwriteHandWritten(RuntimeError):
    """A generated file would replace a file we did not generate."""


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (temp file in the same folder, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_tree(out_dir: Path, files: Mapping[str, bytes | str]) -> None:
    """Write a whole set of generated files into `out_dir` all at once.

    Everything is first written to a sibling staging folder; only when all of it is
    written does it replace `out_dir`. A folder we did not create (no marker file)
    is never replaced.
    """
    marker = ".generated-by-portal"
    if out_dir.exists() and not (out_dir / marker).exists() and any(out_dir.iterdir()):
        raise WouldOverwriteHandWritten(
            f"{out_dir} exists and was not written by this tool; refusing to replace it"
        )
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    try:
        for rel, content in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        (staging / marker).write_text("generated; safe to delete\n", encoding="utf-8")
        old = None
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out_dir, old)
        os.replace(staging, out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def create_text(path: Path, text: str) -> None:
    """Write a new file atomically; raise FileExistsError rather than replace one.

    The text goes to a temp file first and is then linked into place: a link fails if
    the name exists, where a rename would silently replace it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT USB sticks, some shares): claim the name
            # exclusively first, then rename over our own empty placeholder.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
