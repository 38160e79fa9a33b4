"""campaign + language + layout -> the data a leaflet shows -> HTML -> checked PDF.

The context is plain data (str, int, list, dict): it is the cache key's main input and
what worker processes receive, so nothing in it may depend on process state.
"""

from __future__ import annotations

import atexit
import gc
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from scripts.campaigns import urls
from scripts.campaigns.agencies import Agency
from scripts.campaigns.dates import when
from scripts.campaigns.model import Campaign, Event
from scripts.content.statements import render_statement, statement_cite_text
from scripts.i18n import ui_table
from scripts.leaflets import fit
from scripts.leaflets.classroom import HOTLINE_STATEMENT, classroom_view, worksheet_law
from scripts.leaflets.fonts import FONTS_DIR, ensure_fonts, font_face_css
from scripts.leaflets.layouts import BY_ID, LAYOUTS, SHARED, Layout
from scripts.leaflets.layouts import HERE as LAYOUTS_DIR
from scripts.leaflets.text import printable
from scripts.qr import qr_svg
from scripts.sitefacts import is_placeholder, localized, page_url

if TYPE_CHECKING:  # WeasyPrint takes a second to import: only when a PDF is rendered
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

HERE = Path(__file__).resolve().parent

_env = Environment(
    loader=FileSystemLoader(LAYOUTS_DIR),
    autoescape=True,  # campaign text is untrusted: never markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def campaign_url(slug: str, lang: str, extra: dict[str, Any]) -> str:
    """The public URL of the campaign page (what the QR code opens)."""
    return page_url(lang, urls.html(urls.campaign_page(slug)), extra)


def pages_label(lang: str, count: int) -> str:
    table = ui_table(lang)
    return table["leaflets_pages_one" if count == 1 else "leaflets_pages_other"].format(
        count=count)


def material_title(lang: str, layout: Layout, pages: int) -> str:
    """'Tờ rơi khổ A5 — PDF, 1 trang': the link text on the campaign page."""
    table = ui_table(lang)
    return table["leaflets_material"].format(name=table[f"leaflets_title_{layout.id}"],
                                             pages=pages_label(lang, pages))


def _phone(extra: dict[str, Any], key: str, lang: str) -> dict[str, str]:
    entry = extra[key]  # the number comes from docs/data/site.yml, never retyped
    return {"number": str(entry["number"]), "name": str(localized(entry["name"], lang)),
            "hours": str(localized(entry.get("hours", ""), lang) or "")}


def _event(index: int, event: Event, lang: str, ui: dict[str, str]) -> dict[str, Any]:
    """One upcoming event as printed. An online link is printed as text: the QR code
    stays the campaign page's, which always has the current link (a meeting link can
    change after the leaflets are printed; the page and the calendars follow it)."""
    place = event.in_person and event.venue is not None and event.address is not None
    online = event.online if event.joins_online else None
    return {"index": index, "title": printable(event.title(lang)),
            "when": when(event.start, event.end, lang),
            "venue": printable(event.venue(lang)) if place and event.venue else None,
            "address": printable(event.address(lang)) if place and event.address else None,
            "online": None if online is None else {
                "label": printable(ui["campaigns_online_join"].format(
                    platform=online.platform)),
                # Printed for typing in: without "https://", broken only after a "/".
                "url_parts": printable(online.url.removeprefix("https://")).split("/")},
            "moved": event.status == "moved"}


def _contacts(extra: dict[str, Any], lang: str, table: dict[str, str]) -> list[dict[str, str]]:
    """The ward's contact officers (docs/data/site.yml `contacts`): a number only when
    it is confirmed, otherwise the same "being updated" note the site shows."""
    return [{"role": printable(str(localized(entry["role"], lang))),
             "phone": str(entry["phone"]) if entry.get("confirmed") and entry.get("phone")
             else table["contact_pending"]}
            for entry in extra.get("contacts", [])]


def leaflet_context(campaign: Campaign, lang: str, layout: Layout, *, today: date,
                    extra: dict[str, Any], agencies: dict[str, Agency]) -> dict[str, Any]:
    """Everything one leaflet prints, as plain data (field names as in the campaign file)."""
    ui = {k: v for k, v in ui_table(lang).items() if k.startswith(("leaflets_", "campaigns_"))}
    url = campaign_url(campaign.slug, lang, extra)
    hotline, police = _phone(extra, "hotline", lang), _phone(extra, "police", lang)
    upcoming = [(i, e) for i, e in enumerate(campaign.events)
                if not e.is_past(today) and e.status != "cancelled"]
    upcoming.sort(key=lambda ie: ie[1].start)
    shown = upcoming[:layout.max_events]
    organisers = [printable(agencies[a].name_in(lang) if a in agencies else a)
                  for a in campaign.organisers]
    ward = str(localized(extra.get("locality", {}).get("ward", ""), lang) or "")
    title = printable(campaign.title(lang))
    # Every campaign gets a worksheet: the file's classroom section or the default one.
    classroom = classroom_view(campaign, lang, ui, printable) if layout.classroom else None
    # The worksheet and the tri-fold (whose first inside panel is "key rules") print the
    # default statements when the campaign names none besides the hotline.
    law_ids = worksheet_law(campaign) if layout.classroom or layout.default_law else [
        sid for sid in campaign.law if sid != HOTLINE_STATEMENT]
    if not layout.prints_law:
        law_ids = []
    printed_law = law_ids[:layout.max_law] if layout.max_law else law_ids
    return {
        "lang": lang,
        "layout": layout.id,
        "slug": campaign.slug,
        "doc_title": f"{title} — {ui[f'leaflets_title_{layout.id}']}",
        "title": title,
        "summary": printable(campaign.summary(lang)),
        "messages": [printable(m(lang)) for m in campaign.messages],
        # The law only from reviewed statements (docs/data/statements.yml), with citation.
        # The `hotline` statement is what the hotline box prints on every leaflet (same
        # number, name and hours from mkdocs.yml): the box carries its citation instead.
        "law": [{"text": printable(render_statement(sid, lang)),
                 "cite": printable(statement_cite_text(sid, lang))}
                for sid in printed_law],
        "more_law": len(law_ids) - len(printed_law),
        "hotline_cite": printable(statement_cite_text(HOTLINE_STATEMENT, lang)),
        "audiences": [printable(a(lang)) for a in campaign.audiences],
        "organisers": organisers,
        "events": [_event(i, e, lang, ui) for i, e in shown],
        "more_events": len(upcoming) - len(shown),
        "classroom": classroom,
        "url": url,
        # scale 1 and no size: the layout's CSS sizes the code
        "qr_svg": qr_svg(url, ui["campaigns_qr_alt"].format(url=url), scale=1, svgclass="qr",
                         omitsize=True),
        "hotline": hotline,
        "police": police,
        "ward": ward[:1].upper() + ward[1:],
        # Who publishes the leaflet: docs/data/site.yml `publisher`, never typed here.
        "contacts": _contacts(extra, lang, ui_table(lang)),
        "publisher": printable(str(localized(extra["publisher"]["name"], lang))),
        "kicker": ui["leaflets_kicker"],
        # Built for the placeholder address: every page says it must not be printed.
        "draft": ui["leaflets_draft"] if is_placeholder(extra) else None,
        "keywords": ", ".join([ui["leaflets_keywords"], hotline["number"], ward, title]),
        "author": ", ".join(organisers),
        "ui": ui,
    }


def render_html(ctx: dict[str, Any]) -> str:
    return _env.get_template(BY_ID[ctx["layout"]].template).render(c=ctx)


@cache
def _font_config() -> FontConfiguration:
    from weasyprint.text.fonts import FontConfiguration

    # Released before the interpreter tears modules down: WeasyPrint's __del__ calls
    # shutil.rmtree, which is None by then ("TypeError: 'NoneType' object is not callable").
    atexit.register(_release_font_config)
    return FontConfiguration()


def _release_font_config() -> None:
    _stylesheet.cache_clear()
    _font_config.cache_clear()
    gc.collect()


@cache
def _stylesheet() -> CSS:
    from weasyprint import CSS

    ensure_fonts()
    parts = [SHARED / "common.css", *(layout.stylesheet for layout in LAYOUTS)]
    css = font_face_css() + "\n" + "\n".join(p.read_text(encoding="utf-8") for p in parts)
    return CSS(string=css, font_config=_font_config(), base_url=FONTS_DIR.as_uri() + "/")


def render_pdf(ctx: dict[str, Any], *, check: bool = True) -> tuple[bytes, int]:
    """(PDF bytes, page count); raises fit.LeafletDoesNotFit instead of cutting text
    (check=False only to look at a leaflet that does not fit, never to publish it)."""
    from weasyprint import HTML

    layout = BY_ID[ctx["layout"]]
    while True:
        document = HTML(string=render_html(ctx), base_url=FONTS_DIR.as_uri() + "/").render(
            stylesheets=[_stylesheet()], font_config=_font_config())
        if not check:
            break
        try:
            fit.check(document, layout, ctx["slug"], ctx["lang"])
            break
        except fit.LeafletDoesNotFit as exc:
            # Documented rule: upcoming events are printed soonest first, as many as fit
            # (at most Layout.max_events); the others are counted in one line that sends
            # readers to the campaign page. Any other field that does not fit is an error.
            if not (exc.field.startswith("events") and ctx["events"]):
                raise
            ctx = {**ctx, "events": ctx["events"][:-1], "more_events": ctx["more_events"] + 1}
    return document.write_pdf(), len(document.pages)
