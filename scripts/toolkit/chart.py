"""A horizontal bar chart as SVG markup, drawn at build time (no script, no other host).

Bars are solid black on white with the value written beside each one, so the chart
prints in black and white and reads without colour; the table beside it has the same
numbers for screen readers and for copying.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True,
                          lstrip_blocks=True)

WIDTH, ROW_H, BAR_H, TOP = 640, 58, 22, 4  # each row: its label, then its bar below


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as the page prints it ("9,1%")


def bar_chart(chart_id: str, title: str, desc: str, bars: list[Bar],
              maximum: float | None = None) -> str:
    """SVG with role=img, a <title> and a <desc>; bar lengths scale to `maximum`."""
    if not bars:
        raise ValueError(f"chart {chart_id!r} has no bars")
    top = maximum if maximum is not None else max(b.value for b in bars) or 1
    span = WIDTH - 80  # room on the right for the value text
    rows = [{"label": b.label, "text": b.text, "y": TOP + i * ROW_H,
             "w": round(span * b.value / top, 1) if top else 0}
            for i, b in enumerate(bars)]
    return _ENV.get_template("chart.svg.j2").render(
        id=chart_id, title=title, desc=desc, rows=rows, width=WIDTH,
        bar_h=BAR_H, row_h=ROW_H, height=TOP * 2 + ROW_H * len(bars))
