"""Printable materials slot: other generators (leaflets) list their files per campaign.

The leaflet engineer registers a provider once (e.g. at import time of their hook):

    from scripts.campaigns.materials import Material, register_materials
    register_materials(lambda campaign, lang: [Material(title=..., path="leaflets/x.pdf")])

Campaign pages then list `materials_for(campaign, lang)` under "Printable materials".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from scripts.campaigns.model import Campaign


@dataclass(frozen=True)
class Material:
    title: str  # plain text, escaped when rendered
    path: str  # path inside the same language's site, e.g. "leaflets/action-month.pdf"
    media_type: str = "application/pdf"
    size_bytes: int | None = None
    # Added for the leaflets (optional, so older providers keep working):
    format_label: str | None = None  # paper format, e.g. "A5", "A4"
    page_count: int | None = None


Provider = Callable[[Campaign, str], list[Material]]
_providers: list[Provider] = []


def register_materials(provider: Provider) -> None:
    """Add a provider; registering the same function twice is harmless."""
    if provider not in _providers:
        _providers.append(provider)


def unregister_materials(provider: Provider) -> None:
    if provider in _providers:
        _providers.remove(provider)


def materials_for(campaign: Campaign, lang: str) -> list[Material]:
    """Every printable material of a campaign in one language, from every provider."""
    return [m for provider in _providers for m in provider(campaign, lang)]
