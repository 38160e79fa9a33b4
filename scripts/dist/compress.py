"""Precompressed .br and .gz copies beside each text file, kept only when smaller."""

from __future__ import annotations

import gzip
from collections.abc import Callable, MutableMapping
from concurrent.futures import ProcessPoolExecutor

import brotli

from scripts.dist.policy import Policy


def _both(content: bytes) -> tuple[bytes, bytes]:
    # mtime=0: the same input gives the same .gz (reproducible releases, stable ETags).
    return brotli.compress(content, quality=11), gzip.compress(content, 9, mtime=0)


def precompress(files: MutableMapping[str, bytes], policy: Policy,
                progress: Callable[[str], None] = lambda _: None
                ) -> dict[str, tuple[int, int, int]]:
    """Add `name.br` / `name.gz` for every compressible file where they are smaller.

    Returns {path: (raw, br, gz)} sizes (0 where no copy was kept).
    """
    paths = sorted(p for p in files if policy.compressible(p))
    sizes: dict[str, tuple[int, int, int]] = {}
    # Brotli at quality 11 is the slow part: one process per core.
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(_both, (files[p] for p in paths), chunksize=8)
        for path, (br, gz) in zip(paths, results, strict=True):
            raw = len(files[path])
            kept_br = len(br) if len(br) < raw else 0
            kept_gz = len(gz) if len(gz) < raw else 0
            if kept_br:
                files[f"{path}.br"] = br
            if kept_gz:
                files[f"{path}.gz"] = gz
            else:
                files.pop(f"{path}.gz", None)  # e.g. Material's sitemap.xml.gz
            sizes[path] = (raw, kept_br, kept_gz)
    progress(f"precompressed {len(paths)} files")
    return sizes
