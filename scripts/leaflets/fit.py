"""Overflow detection: a leaflet whose text does not fit is an error, never a cut-off page.

Every layout is a set of fixed-size regions (absolutely positioned boxes; a tri-fold
panel is one). WeasyPrint lays the whole content of a region out even when it is too
tall, so after rendering we measure: any element marked `data-field` that ends below
(or right of) its region's content box names the campaign field that does not fit. A
region may be any block-level box, a flex box too (the poster's band was one, and went
unmeasured): centred content that is too tall spills above the region as well, so the
top edge is checked too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # WeasyPrint takes a second to import: only when a PDF is rendered
    from weasyprint.document import Document
    from weasyprint.formatting_structure import boxes

from scripts.leaflets.layouts import MM, Layout

TOLERANCE = 0.5  # points: rounding in the layout engine, not a real overflow


class LeafletDoesNotFit(ValueError):
    """Names the campaign, the field and the layout, and how much is too much."""

    def __init__(self, campaign: str, field: str, layout: str, lang: str,
                 excess_mm: float, region: str = "", at_least: bool = False) -> None:
        super().__init__(campaign, field, layout, lang, excess_mm, region, at_least)
        self.campaign, self.field, self.layout, self.lang = campaign, field, layout, lang
        self.excess_mm, self.region = excess_mm, region
        # The text ran off the sheet, where WeasyPrint stops laying it out: the excess
        # measured is only a lower bound.
        self.at_least = at_least

    def __str__(self) -> str:
        where = f", {self.region}" if self.region else ""
        bound = "at least " if self.at_least else ""
        return (f"campaign '{self.campaign}': field '{self.field}' ({self.lang}) does not "
                f"fit the {self.layout} leaflet{where}: {bound}{self.excess_mm:.0f} mm too "
                "long. Shorten the text (a printed leaflet cannot grow).")


@dataclass
class _Extent:
    top: float = float("inf")
    bottom: float = 0.0
    right: float = 0.0


def _walk(box: boxes.Box, region: boxes.Box | None
          ) -> Iterator[tuple[boxes.Box, boxes.Box | None]]:
    from weasyprint.formatting_structure import boxes

    box = getattr(box, "_box", box)  # absolutely placed boxes sit behind a placeholder
    element = getattr(box, "element", None)
    # Block-level, not only BlockBox: a region laid out as a flex box is a FlexBox.
    if (element is not None and element.get("data-region")
            and isinstance(box, boxes.BlockLevelBox)):
        region = box
    yield box, region
    for child in getattr(box, "children", None) or ():
        yield from _walk(child, region)


def _field_of(box: boxes.Box) -> str | None:
    element = getattr(box, "element", None)
    return element.get("data-field") if element is not None else None


def _past_bottom(region: boxes.Box, ext: _Extent) -> float:
    return max(ext.bottom - region.content_box_y() - region.height,
               ext.right - region.content_box_x() - region.width)


def _past_top(region: boxes.Box, ext: _Extent) -> float:
    return region.content_box_y() - ext.top


def _first_failing(order: list[tuple[int, str]], regions: dict[int, boxes.Box],
                   extents: dict[tuple[int, str], _Extent],
                   excess_of: Callable[[boxes.Box, _Extent], float],
                   ) -> tuple[str, float, str] | None:
    """(field, excess, region name) of the first field in reading order that fails."""
    worst: tuple[str, float, str] | None = None
    for region_id, field in order:
        region = regions[region_id]
        excess = excess_of(region, extents[(region_id, field)])
        if excess <= TOLERANCE:
            continue
        name = region.element.get("data-region")
        if worst is None:
            worst = (field, excess, name)
        elif field.startswith(worst[0] + ".") or field.startswith(worst[0] + "["):
            worst = (field, excess, name)  # a part of the field found first: more exact
    return worst


def check(document: Document, layout: Layout, campaign: str, lang: str) -> None:
    """Raise LeafletDoesNotFit for the first field (deepest first) that does not fit."""
    if len(document.pages) != layout.pages:
        raise LeafletDoesNotFit(campaign, "(page count)", layout.id, lang,
                                abs(len(document.pages) - layout.pages) * layout.height_mm,
                                f"{len(document.pages)} pages instead of {layout.pages}")
    for page in document.pages:
        extents: dict[tuple[int, str], _Extent] = {}
        regions: dict[int, boxes.Box] = {}
        order: list[tuple[int, str]] = []
        for box, region in _walk(page._page_box, None):
            field = _field_of(box)
            if region is None or field is None or not hasattr(box, "position_y"):
                continue
            key = (id(region), field)
            if key not in extents:
                extents[key] = _Extent()
                order.append(key)
            regions[id(region)] = region
            ext = extents[key]
            ext.top = min(ext.top, box.position_y + box.margin_top)
            ext.bottom = max(ext.bottom, box.position_y + box.margin_height()
                             - box.margin_bottom)
            ext.right = max(ext.right, box.position_x + box.margin_width() - box.margin_right)
        # A field that runs past the bottom (or right) edge is the one to shorten; in a
        # centred flex region the fields before it are only pushed above the top, so
        # they are named only when nothing runs past the bottom.
        worst = (_first_failing(order, regions, extents, _past_bottom)
                 or _first_failing(order, regions, extents, _past_top))
        if worst is not None:
            field, _, name = worst
            # How much the region's content is too long in all (what an editor must cut).
            mine = [k for k in order if regions[k[0]].element.get("data-region") == name]
            region = regions[mine[0][0]]
            top = min(min(extents[k].top for k in mine), region.content_box_y())
            bottom = max(extents[k].bottom for k in mine)
            total = max(bottom - top - region.height, 0)
            off_sheet = bottom >= layout.size_pt[1] - TOLERANCE
            raise LeafletDoesNotFit(campaign, field, layout.id, lang,
                                    max(total, worst[1]) / MM, f"region '{name}'",
                                    at_least=off_sheet)
