"""The control build: the site built at the tests' day matches tests/golden/site.sha256.

A pipeline refactor must pass this unchanged. If a change is meant to alter the output,
run `make golden`, read the files it lists, and commit the new manifest with the reason.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.golden import MANIFEST, differences, manifest, read_manifest


def test_built_site_matches_the_golden_manifest(built_site: Path) -> None:
    changes = differences(read_manifest(), manifest(built_site))
    assert not changes, (
        f"The built site differs from {MANIFEST.name} in {len(changes)} files "
        "(if intended: make golden, then commit the manifest with the reason):\n"
        + "\n".join(changes[:40]))


def test_a_changed_file_is_named(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "vi").mkdir(parents=True)
    (site / "vi/index.html").write_text("<p>một</p>", encoding="utf-8")
    (site / "vi/old.html").write_text("x", encoding="utf-8")
    before = manifest(site)
    (site / "vi/index.html").write_text("<p>hai</p>", encoding="utf-8")
    (site / "vi/old.html").unlink()
    (site / "vi/new.html").write_text("y", encoding="utf-8")
    assert differences(before, manifest(site)) == [
        "changed: vi/index.html", "added: vi/new.html", "removed: vi/old.html"]


def test_compressed_sitemap_carries_the_builds_day_not_the_clock(built_site: Path) -> None:
    """gzip stores a time in its header; MkDocs used the clock, so the control build
    changed every day. It must be the build's day (PORTAL_TODAY=2026-11-23 here)."""
    day = int(datetime(2026, 11, 23, tzinfo=UTC).timestamp())
    for lang in ("vi", "en"):
        header = (built_site / lang / "sitemap.xml.gz").read_bytes()[:10]
        assert header[:2] == b"\x1f\x8b"
        assert int.from_bytes(header[4:8], "little") == day, lang
