"""The printed layouts, one folder each, and where their PDFs live in a language's site.

A layout is a folder here: `layout.yml` (paper, page count, how many events fit),
`template.html.j2` (markup; shared parts in `_shared/`) and `layout.css` (its regions,
added after `_shared/common.css`). A new layout is a new folder; tests run over all.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from scripts.campaigns.model import Campaign
from scripts.yamlmarks import read_yaml

HERE = Path(__file__).resolve().parent
SHARED = HERE / "_shared"

MM = 72 / 25.4  # PostScript points per millimetre


@dataclass(frozen=True)
class Layout:
    id: str  # the folder name, also the file-name suffix
    css_size: str  # value of CSS @page size
    width_mm: float
    height_mm: float
    pages: int  # a finished leaflet has exactly this many pages
    format_label: str  # what a person asks the printer for
    classroom: bool = False  # the worksheet: every campaign's classroom section
    prints_law: bool = True  # False: the law only as the hotline box's citation (poster)
    default_law: bool = False  # prints the default statements when the campaign has none
    max_events: int = 0  # upcoming events shown; the rest are summed up
    max_law: int = 0  # statements printed (0: all), first in the campaign's order

    @property
    def template(self) -> str:
        """Its template's name for a loader rooted at this folder's parent."""
        return f"{self.id}/template.html.j2"

    @property
    def stylesheet(self) -> Path:
        return HERE / self.id / "layout.css"

    @property
    def size_pt(self) -> tuple[float, float]:
        return (round(self.width_mm * MM, 2), round(self.height_mm * MM, 2))


def _load(folder: Path) -> tuple[int, Layout]:
    data = read_yaml(folder / "layout.yml")
    names = {f.name for f in fields(Layout)} - {"id"}
    unknown = set(data) - names - {"order"}
    if unknown:
        raise ValueError(f"{folder.name}/layout.yml: unknown keys {sorted(unknown)}")
    return data.pop("order"), Layout(id=folder.name, **data)


LAYOUTS: tuple[Layout, ...] = tuple(
    layout for _, layout in sorted(_load(d) for d in HERE.iterdir()
                                   if (d / "layout.yml").is_file()))
BY_ID = {layout.id: layout for layout in LAYOUTS}

# Tri-fold panel widths in mm, left to right, per page (they add up to 297).
TRIFOLD_OUTSIDE = (("flap", 97), ("back", 100), ("cover", 100))
TRIFOLD_INSIDE = (("panel1", 100), ("panel2", 100), ("panel3", 97))

FOLDER = "leaflets"  # inside each language's site: site/vi/leaflets/<slug>-<layout>.pdf


def layouts_for(campaign: Campaign) -> list[Layout]:
    """The layouts a campaign gets: all of them (a campaign file without `classroom:`
    gets the default classroom section, scripts/leaflets/classroom.py)."""
    return list(LAYOUTS)


def leaflet_path(slug: str, layout_id: str) -> str:
    """Path of a leaflet inside a language's site (the one place this is decided)."""
    return f"{FOLDER}/{slug}-{layout_id}.pdf"
