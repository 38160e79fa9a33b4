"""Feature `leaflets`: every campaign's printable PDFs in one language, from the
content-hash cache when unchanged. Their list goes to the campaigns feature as a value."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from scripts.campaigns.materials import Material
from scripts.campaigns.validate import CampaignValidationError
from scripts.leaflets.advice import editor_errors
from scripts.leaflets.build import LeafletsDoNotFit, build_leaflets
from scripts.leaflets.text import FontLacksScript
from scripts.site.model import Site
from scripts.site.output import GenerateError, Output

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Leaflets:
    output: Output  # leaflets/<slug>-<layout>.pdf
    materials: dict[str, tuple[Material, ...]]  # campaign slug -> its leaflets


def generate(site: Site, lang: str) -> Leaflets:
    try:
        result = build_leaflets(site.campaigns, [lang], extra=dict(site.facts))
    except LeafletsDoNotFit as exc:  # said as the campaign files' errors
        raise CampaignValidationError(editor_errors(exc, site.campaigns)) from None
    except FontLacksScript as exc:
        raise GenerateError(str(exc)) from None
    materials: dict[str, tuple[Material, ...]] = {}
    for leaf in result.leaflets:
        materials[leaf.slug] = (*materials.get(leaf.slug, ()), leaf.material())
    log.info("%s (%s)", result.summary(), lang)
    return Leaflets(Output(files={leaf.path: leaf.pdf for leaf in result.leaflets}),
                    materials)
