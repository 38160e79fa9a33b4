"""The four printed layouts, their paper and where their PDFs live in a language's site."""

from __future__ import annotations

from dataclasses import dataclass

from scripts.campaigns.model import Campaign

MM = 72 / 25.4  # PostScript points per millimetre


@dataclass(frozen=True)
class Layout:
    id: str  # also the file-name suffix and the template name
    css_size: str  # value of CSS @page size
    width_mm: float
    height_mm: float
    pages: int  # a finished leaflet has exactly this many pages
    format_label: str  # what a person asks the printer for
    classroom_only: bool = False
    max_events: int = 0  # documented rule: upcoming events beyond this are summed up as
    # "and N more events: see the campaign page" (a leaflet is not a calendar)

    @property
    def template(self) -> str:
        return f"{self.id}.html.j2"

    @property
    def size_pt(self) -> tuple[float, float]:
        return (round(self.width_mm * MM, 2), round(self.height_mm * MM, 2))


A5_FLYER = Layout("a5-flyer", "A5", 148, 210, 1, "A5", max_events=2)
# Letter (roll) fold, duplex flipped on the short edge. Page 1 (outside) is
# [inside flap | back | front cover], page 2 (inside) is [panel 1 | panel 2 | panel 3];
# the flap and panel 3 (back to back) are 3 mm narrower so they fold inside.
A4_TRIFOLD = Layout("a4-trifold", "A4 landscape", 297, 210, 2, "A4", max_events=3)
A3_POSTER = Layout("a3-poster", "A3", 297, 420, 1, "A3", max_events=4)
A4_WORKSHEET = Layout("a4-worksheet", "A4", 210, 297, 1, "A4", classroom_only=True)

LAYOUTS: tuple[Layout, ...] = (A5_FLYER, A4_TRIFOLD, A3_POSTER, A4_WORKSHEET)
BY_ID = {layout.id: layout for layout in LAYOUTS}

# Tri-fold panel widths in mm, left to right, per page (they add up to 297).
TRIFOLD_OUTSIDE = (("flap", 97), ("back", 100), ("cover", 100))
TRIFOLD_INSIDE = (("panel1", 100), ("panel2", 100), ("panel3", 97))

FOLDER = "leaflets"  # inside each language's site: site/vi/leaflets/<slug>-<layout>.pdf


def layouts_for(campaign: Campaign) -> list[Layout]:
    """The layouts a campaign gets: the worksheet only with classroom content."""
    return [lay for lay in LAYOUTS if not lay.classroom_only or campaign.classroom is not None]


def leaflet_path(slug: str, layout_id: str) -> str:
    """Path of a leaflet inside a language's site (the one place this is decided)."""
    return f"{FOLDER}/{slug}-{layout_id}.pdf"
