"""A printable file of a campaign (a leaflet), listed on its page under "Printable
materials". The leaflets feature makes them; the build hands them to the campaigns
feature as a value (`make_site(..., materials={slug: (Material, ...)})`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Material:
    title: str  # plain text, escaped when rendered
    path: str  # path inside the same language's site, e.g. "leaflets/action-month.pdf"
    media_type: str = "application/pdf"
    size_bytes: int | None = None
    format_label: str | None = None  # paper format, e.g. "A5", "A4"
    page_count: int | None = None
    layout: str | None = None  # the leaflet layout's id, e.g. "a4-worksheet" (names its kind)
