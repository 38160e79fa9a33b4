"""Leaflet text that does not fit, said to an editor: the campaign file, the line, the
field in words, and the real cause (one text too long, or too many items for the paper).

The same errors whether they come from `make campaigns-validate` or from the build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from statistics import median
from typing import Any

from scripts.campaigns.load import file_error
from scripts.campaigns.model import Campaign
from scripts.campaigns.validate.errors import CampaignError
from scripts.i18n import ui_table
from scripts.leaflets.build import LeafletsDoNotFit, build_leaflets
from scripts.leaflets.fit import LeafletDoesNotFit
from scripts.paths import CAMPAIGNS
from scripts.site.languages import LANGUAGES
from scripts.yamlmarks import line_of, load_yaml_text

_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def fit_errors(campaigns: list[Campaign], langs: Iterable[str] = LANGUAGES) -> list[CampaignError]:
    """Every leaflet text that does not fit, as editors' errors (renders what the cache
    does not hold; the build then reuses it)."""
    try:
        build_leaflets(campaigns, list(langs))
    except LeafletsDoNotFit as exc:
        return editor_errors(exc, campaigns)
    return []


def editor_errors(exc: LeafletsDoNotFit, campaigns: list[Campaign]) -> list[CampaignError]:
    by_slug = {c.slug: c for c in campaigns}
    return [_one(e, by_slug[e.campaign]) for e in exc.errors]


# The lists that fill a leaflet, in the words the errors use.
LISTS = {"messages": ("thông điệp", "messages"), "law": ("phát biểu pháp luật", "law statements"),
         "events": ("sự kiện", "events"), "audiences": ("nhóm người đọc", "audiences")}


def _one(err: LeafletDoesNotFit, campaign: Campaign) -> CampaignError:
    ctx: dict[str, Any] = {"layout": _layout_name("vi", err.layout),
                           "layout_en": _layout_name("en", err.layout),
                           "lang": err.lang, **_excess(err)}
    source = campaign.source or CAMPAIGNS / f"{campaign.slug}.yml"
    data = load_yaml_text(source.read_text(encoding="utf-8-sig")) if source.is_file() else None
    loc = tuple(int(i) if i else name for name, i in _PART.findall(err.field))
    items = _list_at(campaign, loc[:-1]) if loc and isinstance(loc[-1], int) else None
    if loc and (items is None or not _typical(items, loc[-1])) and not err.field.startswith("("):
        line = line_of(data, (*loc, err.lang)) if data is not None else 1
        return file_error(source, line, loc, "leaflet_too_long", **ctx)
    # Crowded: the text that crosses the edge is not the cause; point at the longest list.
    counts = {name: len(getattr(campaign, name, None) or []) for name in LISTS}
    longest = max(counts, key=lambda name: counts[name])
    line = line_of(data, (longest,)) if data is not None else 1
    shown = [(n, c) for n, c in counts.items() if c]
    return file_error(source, line, (longest,), "leaflet_crowded",
                      counts=", ".join(f"{c} {LISTS[n][0]}" for n, c in shown),
                      counts_en=", ".join(f"{LISTS[n][1]}: {c}" for n, c in shown), **ctx)


def _excess(err: LeafletDoesNotFit) -> dict[str, str]:
    """'12' / 'ít nhất 288' and 'at least 288' when the text ran off the sheet."""
    mm = f"{max(err.excess_mm, 1):.0f}"
    if err.at_least:
        return {"excess": f"ít nhất {mm}", "excess_en": f"at least {mm}"}
    return {"excess": mm, "excess_en": mm}


def _layout_name(lang: str, layout: str) -> str:
    """'Tờ rơi khổ A5' -> 'tờ rơi khổ A5' (inside a sentence; 'A5 flyer' stays)."""
    name = ui_table(lang)[f"leaflets_title_{layout}"].split(",")[0]
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _list_at(campaign: Campaign, loc: tuple) -> list | None:
    node: Any = campaign.model_dump()
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, list) and len(node) > 1 else None


def _typical(items: list, index: int) -> bool:
    """The overflowing item is no longer than the others: the count is the cause."""
    sizes = [len(str(item)) for item in items]
    return index < len(sizes) and sizes[index] <= 1.2 * median(sizes)
