"""Run Zensical for one language: stage the language's engine-free source tree and the
overrides into a temporary project, write its config, `zensical build --strict`, then
apply the library's post-render steps (Zensical has no plugin hooks) and move the site
into `out`."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from scripts.atomic import write_tree
from scripts.engines import EngineFailed, run_engine
from scripts.engines.zensical.config import (
    DOCS,
    SITE,
    THEME,
    THEME_EXTRA,
    THEME_SKIP,
    engine_config,
    write_config,
)
from scripts.engines.zensical.search import write_portal_index
from scripts.output.generate import chosen_features
from scripts.output.postrender import postrender
from scripts.output.stage import source_tree
from scripts.paths import ROOT
from scripts.site.errors import InputError
from scripts.site.model import load_site


def build_language(lang: str, out: Path, languages: tuple[str, ...]) -> str:
    """Build one language into `out` (strict: a warning fails); returns the log."""
    site = load_site()
    features = chosen_features()
    with tempfile.TemporaryDirectory(prefix=f"zensical-{lang}-") as tmp:
        project = Path(tmp)
        try:
            tree = source_tree(site, lang, features)
            write_tree(project / DOCS, tree)
            config = write_config(project, engine_config(site, lang, languages, features))
        except InputError as exc:
            raise EngineFailed(f"The {lang} build failed:\n{exc}") from None
        # A copy, not a link: Zensical resolves custom_dir and refuses one outside the
        # project's folder.
        theme = ROOT / "overrides"
        shutil.copytree(theme, project / THEME, ignore=lambda folder, names: [
            name for name in names
            if (Path(folder) / name).relative_to(theme).as_posix() in THEME_SKIP])
        # Files of Zensical builds only (its search worker's wrapper), over the copy.
        shutil.copytree(THEME_EXTRA, project / THEME, dirs_exist_ok=True)
        log = _run(config, lang)
        built = project / SITE
        try:
            postrender(site, lang, built, tree, features)
            write_portal_index(lang, built, features)
        except InputError as exc:
            raise EngineFailed(f"The {lang} build failed:\n{exc}") from None
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(built, out)
    return log


def _run(config: Path, lang: str) -> str:
    return run_engine([sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config)],
                      lang, config.parent)
