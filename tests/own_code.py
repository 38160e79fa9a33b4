"""The environment for a subprocess that runs MkDocs on a fixture project: this
checkout's code comes first on the import path, whatever copy of the project the
virtualenv was installed from (an editable install of another worktree would otherwise
provide the `portal` plugin)."""

from __future__ import annotations

import os

from scripts.paths import ROOT


def env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path, **extra}
