"""MkDocs glue for the printable leaflets: all logic is in scripts/leaflets.

on_config (runs before any on_files): render, or take from the content-hash cache,
every leaflet of this build's language, so the campaign pages (rendered by the
campaigns hook's on_files) can list them through the materials slot with their page
count and size. on_files: add the PDFs to the site as leaflets/<slug>-<layout>.pdf.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from scripts.campaigns.load import load_campaigns
from scripts.campaigns.materials import Material, register_materials
from scripts.campaigns.model import Campaign
from scripts.campaigns.validate import CampaignValidationError
from scripts.leaflets.build import Leaflet, LeafletsDoNotFit, build_leaflets

log = logging.getLogger("mkdocs.hooks.leaflets")
_built: dict[tuple[str, str], list[Leaflet]] = {}  # (slug, lang) -> its leaflets


def _materials(campaign: Campaign, lang: str) -> list[Material]:
    return [leaf.material() for leaf in _built.get((campaign.slug, lang), [])]


register_materials(_materials)


def on_config(config):
    _built.clear()
    lang = config.theme["language"]
    try:
        campaigns = load_campaigns()
    except CampaignValidationError:
        return config  # the campaigns hook reports every problem of the files
    try:
        result = build_leaflets(campaigns, [lang], extra=dict(config.extra))
    except LeafletsDoNotFit as exc:
        raise PluginError(str(exc)) from None
    for leaf in result.leaflets:
        _built.setdefault((leaf.slug, leaf.lang), []).append(leaf)
    log.info("%s (%s)", result.summary(), lang)
    return config


def on_files(files, config):
    for leaflets in _built.values():
        for leaf in leaflets:
            if files.get_file_from_path(leaf.path) is not None:
                raise PluginError(f"leaflets: {leaf.path} would replace an existing file")
            files.append(File.generated(config, leaf.path, content=leaf.pdf))
    return files
