"""The control build: a digest of every file of the site built at the tests' fixed day.

A refactor of the pipeline must leave the built site byte-identical; a change that is
meant to change the output re-records the manifest (`make golden`) and says why in its
commit. The manifest is `tests/golden/site.sha256`, one `digest  path` line per file.

PDFs are the one exception to bytes: their digest is of the page count and each page's
text, because the bytes also depend on the system's Pango and HarfBuzz (installed by
apt, not pinned), not only on our code.

    python -m tests.golden           # build at the tests' day, write the manifest
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path

MANIFEST = Path(__file__).parent / "golden" / "site.sha256"


def _pdf_digest(data: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    text = "\f".join(page.extract_text() or "" for page in pages)
    return "pdf:" + hashlib.sha256(f"{len(pages)}\n{text}".encode()).hexdigest()


def digest(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return _pdf_digest(data)
    return hashlib.sha256(data).hexdigest()


def manifest(site: Path) -> dict[str, str]:
    """{path relative to the site: digest} for every file of a built site."""
    return {p.relative_to(site).as_posix(): digest(p)
            for p in sorted(site.rglob("*")) if p.is_file()}


def read_manifest(path: Path = MANIFEST) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        value, _, name = line.partition("  ")
        out[name] = value
    return out


def write_manifest(files: dict[str, str], path: Path = MANIFEST) -> None:
    from scripts.atomic import write_text

    write_text(path, "".join(f"{value}  {name}\n" for name, value in sorted(files.items())))


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    """Human-readable lines: changed, added and removed files."""
    out = [f"changed: {n}" for n in sorted(expected.keys() & actual.keys())
           if expected[n] != actual[n]]
    out += [f"added: {n}" for n in sorted(actual.keys() - expected.keys())]
    out += [f"removed: {n}" for n in sorted(expected.keys() - actual.keys())]
    return out


def main() -> int:
    from scripts.build_site import build
    from tests.conftest import TEST_TODAY

    os.environ["PORTAL_TODAY"] = TEST_TODAY
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        files = manifest(site)
    changes = differences(read_manifest(), files) if MANIFEST.exists() else []
    write_manifest(files)
    print(f"{MANIFEST}: {len(files)} files; {len(changes)} differ from the previous one")
    for line in changes:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
