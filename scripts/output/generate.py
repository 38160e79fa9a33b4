"""One build of one language: every feature, in a fixed order, into one Output.

The order matters: the content pages exist before the campaigns link to agency pages,
and the leaflets exist before the campaign pages list them (handed over as a value).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping

from scripts.campaigns import feature as campaigns
from scripts.campaigns.validate import CampaignValidationError
from scripts.content import feature as content
from scripts.leaflets import feature as leaflets
from scripts.previews import feature as previews
from scripts.printables import feature as printables
from scripts.site import feature as languages
from scripts.site.model import Site
from scripts.site.output import GenerateError, Output
from scripts.toolkit import feature as toolkit

# Every feature, in build order; an engine adapter may run fewer (a fixture site).
FEATURES = ("languages", "content", "leaflets", "campaigns", "printables", "toolkit", "previews",
            "checker", "search")
# PORTAL_SKIP=leaflets builds the pages without the PDFs (benchmarks, quick previews).
SKIP_ENV = "PORTAL_SKIP"


def chosen_features(configured: Collection[str] = FEATURES,
                    env: Mapping[str, str] = os.environ) -> tuple[str, ...]:
    """The configured features, minus those named in $PORTAL_SKIP (comma-separated)."""
    skip = {name.strip() for name in env.get(SKIP_ENV, "").split(",") if name.strip()}
    unknown = sorted(skip - set(FEATURES))
    if unknown:
        raise GenerateError(f"{SKIP_ENV}: unknown feature(s) {', '.join(unknown)}; "
                            f"known: {', '.join(FEATURES)}")
    return tuple(f for f in FEATURES if f in configured and f not in skip)


def generate(site: Site, lang: str, features: Collection[str] = FEATURES) -> Output:
    """Every generated page and file of one language (hand-written pages excluded)."""
    try:
        return _generate(site, lang, features)
    except CampaignValidationError as exc:
        raise GenerateError(exc.report()) from None


def _generate(site: Site, lang: str, features: Collection[str]) -> Output:
    out = Output()
    if "languages" in features:
        out += languages.generate(site, lang)
    if "content" in features:
        out += content.generate(site, lang)
    printed = leaflets.generate(site, lang) if "leaflets" in features else None
    if "campaigns" in features:
        out += campaigns.generate(
            site, lang, materials=printed.materials if printed else {},
            existing=site.hand_written(lang) | set(out.paths()))
    if "printables" in features:  # the hub page, from the same value (no PDF read again)
        out += printables.generate(site, lang, printed.materials if printed else {})
    if printed:
        out += printed.output.refuse(site.hand_written(lang), "leaflets",
                                     f"rename the file in docs/{lang}/")
    if "toolkit" in features:
        head = previews.file_head(site, lang) if "previews" in features else None
        out += toolkit.generate(site, lang, head=head)
    if "previews" in features:
        out += previews.generate(site, lang)
    return out
