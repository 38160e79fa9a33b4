"""Render a content page's Markdown as a Jinja2 template with the site's legal data.

Pages never retype an age, an hour, a fine or a citation: they call the helpers below,
which read docs/data/*.yml. Jinja comments are remapped to `<#-- ... --#>` because
Markdown's attr_list syntax `{#id}` would otherwise open a Jinja comment.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from babel.dates import format_date
from markupsafe import Markup

from scripts.content.data import ContentData, check_ref, load_content, parse_cite
from scripts.content.models import Duty, Fact, Source, Task
from scripts.i18n import t
from scripts.site.errors import InputError
from scripts.site.languages import LANGUAGES, language
from scripts.sitefacts import load_site_facts, localized

TEMPLATES = Path(__file__).parent / "templates"


class ContentRenderError(InputError):
    """A page could not be rendered; the message names the page file and line."""


class _PageLoader(jinja2.BaseLoader):
    """Serves one page's source under its docs path, so errors carry that name."""

    def __init__(self, name: str, source: str) -> None:
        self.name, self.source = name, source
        self.files = jinja2.FileSystemLoader(TEMPLATES)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template == self.name:
            return self.source, self.name, lambda: True
        return self.files.get_source(environment, template)


def _environment(loader: jinja2.BaseLoader, *, html: bool = False) -> jinja2.Environment:
    return jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        keep_trailing_newline=True,
        comment_start_string="<#--",
        comment_end_string="--#>",
        trim_blocks=True,
        lstrip_blocks=True,
    )


HTML = _environment(jinja2.FileSystemLoader(TEMPLATES), html=True)


# ---- formatting ------------------------------------------------------------------


def format_number(value: int | float, lang: str) -> str:
    """12000000 -> '12.000.000' (vi) / '12,000,000' (en); 4.9 -> '4,9' / '4.9'."""
    return language(lang).number(value)


def format_day(day: dt.date, lang: str) -> str:
    spec = language(lang)
    return format_date(day, spec.date, locale=spec.locale)


def point_label(duty: Duty | Task, h: Helpers, request: bool = True) -> str:
    """Where a duty comes from: "Chỉ thị ..., điểm 3" / "Directive ..., point 3".
    request=False leaves out the "a request" mark (a body with its own role in the item)."""
    directive = h.data.directive(duty.directive)
    point = (t(h.lang, "directive_closing") if duty.point == "closing"
             else t(h.lang, "directive_point", point=duty.point))
    if request and isinstance(duty, Duty) and duty.request:
        point += t(h.lang, "directive_request")
    return f"{directive.short.get(h.lang)}, {point}"


class Helpers:
    """The functions and values a page sees while it is rendered."""

    def __init__(self, data: ContentData, lang: str, page_path: str,
                 meta: Mapping[str, Any] | None = None,
                 next_event: Callable[[], Mapping[str, str]] | None = None) -> None:
        self.data, self.lang, self.page_path = data, lang, page_path
        self.meta = dict(meta or {})
        # Asked only by a page that shows it (the campaigns feature answers; None when
        # the build has no campaigns).
        self.next_event = next_event

    # -- links --
    def ui(self, key: str, **values: object) -> str:
        """One of the site's UI strings (docs/data/ui/<lang>.yml), placeholders filled."""
        return t(self.lang, key, **values)

    def url(self, target: str) -> str:
        """Relative link from this page to another docs path (e.g. 'law/penalties.md')."""
        here = posixpath.dirname(self.page_path)
        return posixpath.relpath(target, here or ".")

    def page_href(self, target: str) -> str:
        """The built page's relative address, for raw HTML (Markdown links get theirs
        from the engine): 'checker.md' -> 'checker.html'."""
        link = self.url(target)
        return link[:-3] + ".html" if link.endswith(".md") else link

    def date(self, day: dt.date | None) -> str:
        return format_day(day, self.lang) if day else "—"

    # -- citations --
    def source(self, source_id: str) -> Source:
        try:
            return self.data.sources[source_id]
        except KeyError:
            raise ValueError(f"unknown instrument {source_id!r} (docs/data/sources.yml)") from None

    def _ref_text(self, source: Source, ref: str) -> str:
        """One reference ('147.2.d', '26-31', 'annex-2') in this language's words
        (the cite_* entries of the UI table)."""
        check_ref(source, ref)
        if ref.startswith("annex-"):
            return self.ui("cite_annex", annex=ref.removeprefix("annex-"))
        art, *rest = ref.split(".")
        if "-" in art:
            first, last = art.split("-")
            return self.ui("cite_articles_range", first=first, last=last)
        if len(rest) > 1:
            return self.ui("cite_point", art=art, clause=rest[0], point=rest[1])
        if rest:
            return self.ui("cite_clause", art=art, clause=rest[0])
        return self.ui("cite_article", art=art)

    def cite(self, source_id: str, *refs: str) -> str:
        """A citation in this language: cite('labour-code', '147.2.d')."""
        source = self.source(source_id)
        short = source.short.get(self.lang)
        if not refs:
            return short
        texts = [self._ref_text(source, r) for r in refs]
        if len(texts) == 1:
            return self.ui("cite_one", ref=texts[0], short=short)
        prefix = self.ui("cite_article_prefix")
        if prefix and all(x.startswith(prefix) for x in texts):
            # one word for the list where the language has one ("arts. 26(3) and 31(2)")
            texts = [x.removeprefix(prefix) for x in texts]
            return self.ui("cite_many_articles", refs=", ".join(texts[:-1]), last=texts[-1],
                           short=short)
        return self.ui("cite_many", refs=", ".join(texts[:-1]), last=texts[-1], short=short)

    def cites(self, specs: list[str]) -> str:
        """Several 'instrument:ref' specs, grouped by instrument, joined with '; '."""
        grouped: dict[str, list[str]] = {}
        for spec in specs:
            src, ref = parse_cite(spec)
            grouped.setdefault(src, []).append(ref)
        return "; ".join(self.cite(src, *refs) for src, refs in grouped.items())

    def legal_basis(self, *specs: str) -> str:
        """The 'legal basis' admonition of a law page, with its last-reviewed date."""
        grouped: dict[str, list[str]] = {}
        for spec in specs:
            src, _, ref = spec.partition(":")
            grouped.setdefault(src, [])
            if ref:
                grouped[src].append(ref)
        items = [
            {"source": self.source(src),
             "refs": self.cite(src, *refs) if refs else self.source(src).short.get(self.lang)}
            for src, refs in grouped.items()
        ]
        reviewed = self.meta.get("last_reviewed")
        if not isinstance(reviewed, dt.date):
            raise ValueError("a page with a legal-basis box needs `last_reviewed: YYYY-MM-DD` "
                             "in its front matter")
        return _MD.get_template("legal_basis.md.j2").render(
            h=self, items=items, reviewed=self.date(reviewed),
            title=t(self.lang, "legal_basis"), reviewed_label=t(self.lang, "last_reviewed"),
        )

    # -- facts --
    def _fact(self, key: str) -> Fact:
        return self.data.fact(key)

    def fact(self, key: str) -> str:
        """A fact's value in this language ('4', '22:00', '4,9%'), marked if unconfirmed."""
        fact = self._fact(key)
        if fact.text is not None:
            text = fact.text.get(self.lang)
        elif isinstance(fact.value, int | float):
            text = format_number(fact.value, self.lang) + ("%" if fact.unit == "percent" else "")
        elif fact.value is not None:
            text = str(fact.value)
        else:
            raise ValueError(f"fact {key!r} is a range: use fine() for amounts")
        if not fact.confirmed and not fact.source_url:
            # Public pages never carry editors' markers: an open value with no public
            # source to name is not stated at all (it is listed by `make review`).
            raise ValueError(f"fact {key!r} is not confirmed and has no source to name: "
                             "do not state it on a page")
        return text

    def fact_cite(self, key: str) -> str:
        """Where a fact comes from: its citations, or links to its public sources."""
        fact = self._fact(key)
        if fact.cite:
            return self.cites(fact.cite)
        links = ", ".join(f"[{_domain(u)}]({u})" for u in fact.source_url)
        return self.ui("fact_sources", links=links)

    def money(self, amount: int) -> str:
        return self.ui("money", amount=format_number(amount, self.lang))

    def amount(self, key: str) -> str:
        """A single amount of money from facts.yml ('penal.art296_fine_min')."""
        value = self._fact(key).value
        if not isinstance(value, int):
            raise ValueError(f"fact {key!r} is not an amount of money")
        return self.money(value)

    def fine(self, key: str, org: bool = False) -> str:
        """A fine band for an individual (or, org=True, for an organisation: doubled)."""
        fact = self._fact(f"fines.{key}")
        if fact.min is None or fact.max is None:
            raise ValueError(f"fines.{key} has no min/max")
        factor = self._fact("fines.organisation_multiplier").value if org else 1
        assert isinstance(factor, int)
        lo, hi = fact.min * factor, fact.max * factor
        return self.ui("fine_range", low=format_number(lo, self.lang),
                       high=format_number(hi, self.lang))

    def fine_max(self, key: str, org: bool = False) -> str:
        """The top of a fine band ('up to ...'), for an individual or (org=True) an organisation."""
        fact = self._fact(f"fines.{key}")
        if fact.max is None:
            raise ValueError(f"fines.{key} has no max")
        factor = self._fact("fines.organisation_multiplier").value if org else 1
        assert isinstance(factor, int)
        return self.money(fact.max * factor)

    def fine_note(self) -> str:
        """Said next to every amount of Decree 283/2026: its start date is open (review 5, N1)."""
        key = "fine_notes.decree_283_start"
        return f"{self.fact(key)} ({self.fact_cite(key)}). {t(self.lang, 'fine_note_ask')}"

    def band(self, key: str) -> str:
        """An age band in words: 'từ đủ 13 tuổi đến chưa đủ 15 tuổi' / 'aged 13 to under 15'."""
        band = self.data.facts.bands[key]
        high = self.fact(band.max)
        if band.min is None:
            return self.ui("band_under", high=high)
        return self.ui("band_between", low=self.fact(band.min), high=high)

    def deadline(self, key: str, unit: str) -> str:
        value = self.fact(key)
        return self.ui("deadline_hours" if unit == "hours" else "deadline_days", value=value)

    # -- legal lists and reviewed statements --
    def legal_list(self, list_id: str, cite_items: bool = False) -> str:
        """A list the law sets out, from docs/data/legal-lists.yml (never retyped).

        Items whose content is not known are left out; when some are, one plain sentence
        says how many of how many are shown (the open point itself is for `make review`).
        """
        legal_list = self.data.legal_list(list_id)
        known = legal_list.known_items
        note = ""
        if legal_list.total and len(known) < legal_list.total:
            note = t(self.lang, "list_known_of_total").format(
                known=len(known), total=legal_list.total)
        return _MD.get_template("legal_list.md.j2").render(
            h=self, lang=self.lang, items=known, cite_items=cite_items, known_of_total=note,
            scope_open=t(self.lang, "list_item_scope_open"),
            numbered=all(i.id.isdigit() for i in legal_list.items),
        )

    def list_item(self, list_id: str, item_id: str, mid: bool = False) -> str:
        """The text of one item of a legal list (its content must be known);
        mid=True lowers its first letter for use inside a sentence."""
        item = self.data.legal_list(list_id).item(item_id)
        if item.text is None:
            raise ValueError(f"{list_id} item {item_id} has no known content: do not state it")
        text = item.text.get(self.lang)
        return text[:1].lower() + text[1:] if mid else text

    def known_count(self, list_id: str) -> str:
        """How many items of a list are known ('11')."""
        return str(len(self.data.legal_list(list_id).known_items))

    def statement(self, statement_id: str) -> str:
        """A reviewed short statement of law (docs/data/statements.yml), rendered."""
        text = self.data.statement(statement_id).text.get(self.lang)
        return _environment(jinja2.DictLoader({"s": text})).get_template("s").render(
            self.context())

    # -- glossary, agencies, site --
    def term(self, term_id: str, both: bool = False) -> str:
        """A glossary term in this language; both=True adds the other language."""
        try:
            term = self.data.glossary[term_id]
        except KeyError:
            raise ValueError(f"unknown glossary term {term_id!r} (docs/data/glossary.yml)") \
                from None
        # the original language, or for the original its first translation
        other = LANGUAGES[1] if self.lang == LANGUAGES[0] else LANGUAGES[0]
        return f"{term.get(self.lang)} (*{term.get(other)}*)" if both else term.get(self.lang)

    def agency(self, agency_id: str, link: bool = True, start: bool = False,
               short: bool = False) -> str:
        """An agency's name, linked to its page. Written for inside a sentence: an English
        common-noun name starts with a small letter unless start=True (it begins a line).
        short=True: its short name."""
        agency = self.data.agency(agency_id)
        name = (agency.short if short else agency.name).get(self.lang)
        if self.lang == "en" and agency.common_noun and not start:
            name = name[:1].lower() + name[1:]
        return f"[{name}]({self.url(f'agencies/{agency_id}.md')})" if link else name

    def agencies(self, agency_ids: Iterable[str], link: bool = True, start: bool = True,
                 short: bool = False) -> list[str]:
        """Names for a list joined with commas: only the first may begin a line (start), the
        others are inside the sentence (review 24, observed 6)."""
        return [self.agency(a, link=link, start=start and i == 0, short=short)
                for i, a in enumerate(agency_ids)]

    def former_body(self, body_id: str, start: bool = False) -> str:
        """A pre-2025 body as the text names it, with the site's one note about it
        (start=True: it begins a sentence, so its first letter is a capital)."""
        for body in self.data.agencies.former_bodies:
            if body.id == body_id:
                link = self.url("agencies/index.md") + "#reorganisation"
                name = body.name.get(self.lang)
                if start:
                    name = name[:1].upper() + name[1:]
                note = (body.note.get(self.lang) if body.note
                        else t(self.lang, "former_body_note"))
                return f"{name} ([{note}]({link}))"
        raise ValueError(f"unknown former body {body_id!r} (docs/data/agencies.yml)")

    def hotline(self) -> str:
        """The hotline in one line: number, name, hours (from docs/data/site.yml)."""
        hot = load_site_facts()["hotline"]
        return (f"[**{hot['number']}**](tel:{hot['tel']}) "
                f"({localized(hot['name'], self.lang)}, {localized(hot['hours'], self.lang)})")

    def police(self) -> str:
        """The police number in a sentence: '113 (Police, emergency)' (docs/data/site.yml)."""
        pol = load_site_facts()["police"]
        name = localized(pol.get("short") or pol["name"], self.lang)
        return f"[**{pol['number']}**](tel:{pol['tel']}) ({name})"

    def case_process(self, compact: bool = False) -> Markup:
        """The case process (Decree 56/2017, Arts. 25-32) as an accessible ordered list."""
        steps = []
        for step in self.data.facts.case_process:
            if step.deadline and step.deadline_unit:
                when = self.deadline(step.deadline, step.deadline_unit)
                if step.deadline_note:
                    when = f"{when} ({step.deadline_note.get(self.lang)})"
            else:
                when = step.deadline_text.get(self.lang) if step.deadline_text else ""
            steps.append({
                "id": step.id, "title": step.title.get(self.lang), "who": step.who.get(self.lang),
                "text": step.text.get(self.lang), "when": when, "cite": self.cites(step.cite),
                "urgent": step.deadline_unit == "hours",
            })
        labels = {part: self.ui(f"case_process_{part}") for part in ("list", "when", "who",
                                                                     "basis")}
        return HTML.get_template("case_process.html.j2").render(
            steps=steps, labels=labels, compact=compact)

    def first_screen(self) -> Markup:
        """The home page's three large entries: the quick check, how to report, and the
        next event (else the events calendar; none in a build without campaigns)."""
        entries = [
            {"kind": "checker", "href": self.page_href("checker.md"),
             "title": t(self.lang, "entry_checker_title"), "when": None,
             "text": t(self.lang, "entry_checker_text")},
            {"kind": "report", "href": self.page_href("report.md"),
             "title": t(self.lang, "entry_report_title"), "when": None,
             "text": t(self.lang, "entry_report_text")},
        ]
        if self.next_event is not None:
            event = self.next_event()
            entries.append({"kind": "events", "href": self.page_href(event["path"]),
                            "title": t(self.lang, "entry_events_title"),
                            "when": event.get("day"),
                            "text": event.get("title") or t(self.lang, "entry_events_none")})
        return Markup(HTML.get_template("first_screen.html.j2").render(
            entries=entries, label=t(self.lang, "entries_label")).strip())

    def context(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "page_path": self.page_path,
            "facts": self.data.facts,
            "sources": self.data.sources,
            "agencies": self.data.agencies,
            "glossary": self.data.glossary,
            "site": load_site_facts(),
            "h": self,
            **{name: getattr(self, name) for name in (
                "url", "date", "cite", "cites", "legal_basis", "fact", "fact_cite",
                "money", "amount", "fine", "fine_max", "fine_note", "band", "deadline", "term",
                "agency", "hotline",
                "police", "case_process", "source", "ui", "legal_list", "list_item",
                "known_count", "statement", "former_body", "first_screen",
            )},
        }


def _domain(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.").removeprefix("m.")


_MD = _environment(jinja2.FileSystemLoader(TEMPLATES))


def _template_line(tb: TracebackType | None, name: str) -> int | None:
    """The line of the page where a render error happened (Jinja maps its frames)."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_markdown(markdown: str, *, lang: str, page_path: str,
                    meta: Mapping[str, Any] | None = None, line_offset: int = 0,
                    next_event: Callable[[], Mapping[str, str]] | None = None) -> str:
    """Render one page (its Markdown body) with the legal-data context.

    `page_path` is docs-relative ('law/penalties.md'); `line_offset` is the number of
    lines before the body in the file (front matter), so errors point at the real line.
    `next_event` answers first_screen() (scripts.campaigns.feature.next_event).
    """
    name = f"docs/{lang}/{page_path}"
    env = _environment(_PageLoader(name, markdown))
    helpers = Helpers(load_content(), lang, page_path, meta, next_event)
    try:
        return env.get_template(name).render(helpers.context())
    except jinja2.TemplateSyntaxError as exc:
        line = (exc.lineno or 0) + line_offset
        raise ContentRenderError(f"{name}, line {line}: {exc.message}") from None
    except Exception as exc:  # any helper error: re-raised with the page and line
        line = _template_line(exc.__traceback__, name)
        where = f"line {line + line_offset}" if line else "line unknown"
        raise ContentRenderError(f"{name}, {where}: {type(exc).__name__}: {exc}") from exc
