"""Serve a folder on localhost and rebuild it when a watched path changes (MkDocs'
live-reload server: the browser reloads itself after each rebuild)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.livereload import LiveReloadServer


def serve(rebuild: Callable[[], None], root: Path, watched: Iterable[Path], *,
          host: str, port: int) -> None:
    """Blocks until Ctrl+C."""
    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(root))
    for path in watched:
        server.watch(str(path))
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
