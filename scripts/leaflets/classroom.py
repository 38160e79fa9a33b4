"""The worksheet's classroom section: the campaign file's `classroom:` when it has one,
otherwise a default, so that every campaign gets a worksheet.

The default asks about the vetted legal statements the worksheet prints (the campaign's
`law:`, or DEFAULT_LAW when it names none besides the hotline): its wording is fixed in
the UI tables (`leaflets_default_q_*`), the law only ever from docs/data/statements.yml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from scripts.campaigns.model import Campaign

HOTLINE_STATEMENT = "hotline"  # docs/data/statements.yml id of the call to action: the
# hotline box prints it (with its citation), never the law list
# Reviewed statements (docs/data/statements.yml) a worksheet prints when the campaign
# names none: the three age bands a pupil needs.
DEFAULT_LAW = ("rule.under13", "rule.13-15-light-work", "rule.15-18-prohibited")
# Where a default question sits for the fit report: not a field of the campaign file
# (a leading "(" makes scripts/leaflets/advice.py report it as a crowded leaflet).
DEFAULT_FIELD = "(default classroom)"


def worksheet_law(campaign: Campaign) -> list[str]:
    """The statement ids a worksheet prints in its law list."""
    own = [sid for sid in campaign.law if sid != HOTLINE_STATEMENT]
    return own or list(DEFAULT_LAW)


def classroom_view(campaign: Campaign, lang: str, ui: Mapping[str, str],
                   printable: Callable[[str], str]) -> dict[str, Any]:
    """Questions (and an activity, if the file has one) as the worksheet prints them."""
    own = campaign.classroom
    if own is not None:
        act = own.activity
        return {
            "field": "classroom.questions",
            "questions": [printable(q(lang)) for q in own.questions],
            "activity": None if act is None else {
                "title": printable(act.title(lang)),
                "minutes": ui["leaflets_minutes"].format(minutes=act.duration_minutes),
                "steps": [printable(s(lang)) for s in act.steps],
            },
        }
    return {
        "field": DEFAULT_FIELD,
        "questions": [ui["leaflets_default_q_law"].format(heading=ui["campaigns_law"]),
                      ui["leaflets_default_q_example"], ui["leaflets_default_q_help"]],
        "activity": None,
    }
