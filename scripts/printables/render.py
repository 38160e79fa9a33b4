"""The hub page's Markdown: the view (plain values) here, the markup in
templates/printables.md.j2."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from scripts.campaigns.escape import md_text
from scripts.campaigns.materials import Material
from scripts.campaigns.urls import relative
from scripts.site.model import Site

PAGE = "printables.md"
# Layouts made for a class (grouped under "schools"); every other one is for the public.
SCHOOL_LAYOUTS = frozenset({"a4-worksheet"})



def _finalize(value: Any) -> Any:
    # Campaign titles and audiences are editors' text: no Markdown or HTML syntax in them.
    return "" if value is None else md_text(value)


_env = Environment(loader=PackageLoader("scripts.printables", "templates"), autoescape=True,
                   finalize=_finalize, undefined=StrictUndefined,
                   # `{#id}` is a heading's anchor (attr_list), not a Jinja comment.
                   comment_start_string="<#--", comment_end_string="--#>",
                   trim_blocks=True, lstrip_blocks=True,
                   keep_trailing_newline=True)


def size_label(size: int, facts: Mapping[str, Any], lang: str) -> str:
    """Whole kilobytes with the language's group separator, e.g. '1.250 KB' (vi)."""
    group = next(entry.get("group", ",") for entry in facts["languages"]
                 if entry["code"] == lang)
    return f"{max(1, round(size / 1024)):,} KB".replace(",", group)


def _entry(m: Material, site: Site, lang: str, ui: Mapping[str, str],
           campaign: str) -> dict[str, Any]:
    layout = m.layout or ""
    name = ui.get(f"leaflets_title_{layout}", m.title)
    pages = ui["leaflets_pages_one" if m.page_count == 1 else "leaflets_pages_other"].format(
        count=m.page_count) if m.page_count else None
    size = size_label(m.size_bytes, site.facts, lang) if m.size_bytes else None
    return {"name": name, "campaign": campaign, "href": relative(PAGE, m.path),
            "media_type": m.media_type, "pages": pages, "size": size,
            "link": ui["printables_link"].format(
                name=name, details=", ".join(x for x in (pages, size) if x))}


def hub_view(site: Site, lang: str, materials: Mapping[str, tuple[Material, ...]]
             ) -> dict[str, Any]:
    """Worksheets for schools first (every campaign's), then each campaign's public
    leaflets with the audiences its file names, in the campaigns' order."""
    ui = site.ui(lang)
    schools: list[dict[str, Any]] = []
    campaigns: list[dict[str, Any]] = []
    for campaign in site.campaigns:
        title = campaign.title(lang)
        items = [_entry(m, site, lang, ui, title) for m in materials.get(campaign.slug, ())]
        layouts = [m.layout for m in materials.get(campaign.slug, ())]
        schools += [e for e, lay in zip(items, layouts, strict=True) if lay in SCHOOL_LAYOUTS]
        public = [e for e, lay in zip(items, layouts, strict=True)
                  if lay not in SCHOOL_LAYOUTS]
        if public:
            campaigns.append({"title": title, "files": public,
                              "audiences": ", ".join(a(lang) for a in campaign.audiences)})
    language = next(e["name"] for e in site.facts["languages"] if e["code"] == lang)
    return {"schools": schools, "campaigns": campaigns, "language": language}


def _front_matter(title: str, description: str) -> Markup:
    # MkDocs' templates print these raw: escaped once here.
    data = {"title": html.escape(title), "description": html.escape(description)}
    return Markup(yaml.safe_dump(data, allow_unicode=True, width=10_000).strip())


def hub_page(site: Site, lang: str, materials: Mapping[str, tuple[Material, ...]]) -> str:
    ui = site.ui(lang)
    view = hub_view(site, lang, materials)
    return _env.get_template("printables.md.j2").render(
        t=ui, front_matter=_front_matter(ui["printables_title"], ui["printables_intro"]),
        **view)
