"""Feature `printables`: the hub page `printables.md` ("Tài liệu in" / "Printables")."""

from __future__ import annotations

from collections.abc import Mapping

from scripts.campaigns.materials import Material
from scripts.printables.render import PAGE, hub_page
from scripts.site.model import Site
from scripts.site.output import Output, Page


def generate(site: Site, lang: str, materials: Mapping[str, tuple[Material, ...]]) -> Output:
    """`materials`: campaign slug -> its PDFs in `lang`, as the leaflets feature made them
    (their size and page count come from that value: no PDF is read again)."""
    return Output({PAGE: Page(hub_page(site, lang, materials))}).refuse(
        site.hand_written(lang), "printables", f"rename the page in docs/{lang}/")
