"""One language's Zensical config, made from the MkDocs one (mkdocs.yml, and
mkdocs.<lang>.yml over it) plus what the `portal` plugin's on_config adds, since
Zensical runs no MkDocs plugin."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from scripts.engines.mkdocs.runner import config_file
from scripts.output import pages
from scripts.site.model import Site
from scripts.site.nav import load_nav

# Folder names inside the config's folder: Zensical refuses a docs_dir, custom_dir or
# site_dir outside it.
DOCS, THEME, SITE = "docs", "overrides", "site"
# MkDocs plugins Zensical knows (it has its own search); `portal` is replaced by the
# staged tree and this config.
KNOWN_PLUGINS = ("search",)
SEARCH_OPTIONS = ("separator",)
# Overrides (paths in overrides/) that are Material's and break Zensical, whose own
# template is used instead: base.html (Material 9.8.1's, made valid HTML) names
# Material's hashed bundle and CSS, which Zensical does not ship; partials/search.html
# is Material's search form, which Zensical's bundle never starts (its search is a
# button and a dialog): "Initializing search" for ever.
THEME_SKIP = ("base.html", "partials/search.html")
# Theme files for Zensical builds only, copied over overrides/ (the MkDocs site never
# gets them): the page script and worker that fold accents in Zensical's search.
THEME_EXTRA = Path(__file__).parent / "theme"
# Zensical's look closest to Material's, which overrides/ and portal.css assume.
VARIANT = "classic"


class _Loader(yaml.SafeLoader):
    """Reads mkdocs*.yml without running its Python tags: `!!python/object/apply:f`
    becomes Zensical's `{object: f, kwds: ...}` form (the toc's slugify)."""


def _apply(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    args = loader.construct_mapping(node, deep=True) if isinstance(
        node, yaml.MappingNode) else {}
    return {"object": suffix, "kwds": args.get("kwds", {})}


_Loader.add_multi_constructor("tag:yaml.org,2002:python/object/apply:", _apply)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """MkDocs' INHERIT: mappings merge key by key, anything else is replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def mkdocs_config(path: Path) -> dict[str, Any]:
    """A mkdocs*.yml with its INHERIT chain resolved."""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    parent = config.pop("INHERIT", None)
    return _merge(mkdocs_config(path.parent / parent), config) if parent else config


def _plugins(listed: list[Any]) -> list[Any]:
    out: list[Any] = []
    for entry in listed:
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name in KNOWN_PLUGINS:
            kept = {k: v for k, v in (options or {}).items() if k in SEARCH_OPTIONS}
            out.append({name: kept} if kept else name)
    return out


def engine_config(site: Site, lang: str, languages: tuple[str, ...],
                  features: tuple[str, ...]) -> dict[str, Any]:
    """The config Zensical reads, for a folder holding DOCS (the staged tree) and THEME."""
    config = mkdocs_config(config_file(lang, languages))
    config["docs_dir"], config["site_dir"] = DOCS, SITE
    config["theme"]["custom_dir"] = THEME
    config["theme"]["variant"] = VARIANT
    config["plugins"] = _plugins(config.get("plugins", []))
    config.pop("validation", None)  # MkDocs' link checks; Zensical has its own
    # What the portal plugin's on_config sets (scripts/engines/mkdocs/plugin.py).
    config["extra"] = {**config.get("extra", {}),
                       **pages.template_extra(site, lang, features=features)}
    # Zensical's search (its worker reads search.json), not ours: overrides/main.html
    # leaves out search-lazy.js, which speaks Material 9's worker protocol.
    config["extra"]["engine_search"] = True
    # The engine that made the page (main.html otherwise names MkDocs and Material).
    config["extra"]["engine_generator"] = f"zensical-{version('zensical')}"
    ui = config["extra"]["ui"]
    config["markdown_extensions"] = [
        _toc_permalink_title(entry, ui["permalink_title"])
        for entry in config.get("markdown_extensions", [])]
    config["site_url"] = f"{site.root}{lang}/"
    config["nav"] = load_nav(lang, site.data / "nav.yml")
    return config


def _toc_permalink_title(entry: Any, title: str) -> Any:
    if entry == "toc" or (isinstance(entry, dict) and "toc" in entry):
        options = {} if entry == "toc" else dict(entry["toc"] or {})
        return {"toc": {**options, "permalink_title": title}}
    return entry


def write_config(folder: Path, config: dict[str, Any]) -> Path:
    """folder/mkdocs.yml (Zensical reads MkDocs' format)."""
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000),
                    encoding="utf-8")
    return path
