"""Plan, render (in parallel, skipping cached ones) and collect every leaflet."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from scripts.campaigns.agencies import Agency, load_agencies
from scripts.campaigns.dates import today as resolve_today
from scripts.campaigns.materials import Material
from scripts.campaigns.model import Campaign
from scripts.content.statements import statements_digest
from scripts.i18n import ui_table
from scripts.leaflets import render
from scripts.leaflets.cache import CACHE_DIR, LeafletCache, leaflet_key
from scripts.leaflets.fit import LeafletDoesNotFit
from scripts.leaflets.layouts import Layout, layouts_for, leaflet_path
from scripts.leaflets.text import check_wording
from scripts.site.languages import LANGUAGES
from scripts.sitefacts import load_site_facts

WORKERS = 2  # the build machines have two cores


@dataclass(frozen=True)
class Leaflet:
    slug: str
    lang: str
    layout: Layout
    pdf: bytes
    pages: int
    rendered: bool  # False: taken from the cache

    @property
    def path(self) -> str:
        return leaflet_path(self.slug, self.layout.id)

    def material(self) -> Material:
        return Material(title=render.material_title(self.lang, self.layout, self.pages),
                        path=self.path, size_bytes=len(self.pdf),
                        format_label=self.layout.format_label, page_count=self.pages,
                        layout=self.layout.id)


@dataclass
class BuildResult:
    leaflets: list[Leaflet] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rendered(self) -> int:
        return sum(leaf.rendered for leaf in self.leaflets)

    @property
    def reused(self) -> int:
        return len(self.leaflets) - self.rendered

    def summary(self) -> str:
        rate = f", {self.rendered / self.seconds:.1f} PDFs/s" if self.rendered else ""
        return (f"leaflets: {len(self.leaflets)} PDFs, {self.rendered} rendered, "
                f"{self.reused} reused from cache ({self.seconds:.1f} s{rate})")


class LeafletsDoNotFit(ValueError):
    """Every leaflet that does not fit, in one report."""

    def __init__(self, errors: list[LeafletDoesNotFit]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(["Printable leaflets: text does not fit:",
                          *(f"  - {e}" for e in self.errors)])


@dataclass(frozen=True)
class _Job:
    slug: str
    lang: str
    layout: Layout
    ctx: dict[str, Any]
    key: str


def _worker_init() -> None:
    # A forked worker must not share the parent's Pango font configuration.
    render._font_config.cache_clear()
    render._stylesheet.cache_clear()


def _render_job(ctx: dict[str, Any]) -> tuple[bytes, int] | LeafletDoesNotFit:
    try:
        return render.render_pdf(ctx)
    except LeafletDoesNotFit as exc:
        return exc  # returned, not raised: every failing leaflet is reported together


def _pool(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # fork: workers start at once (spawn would import WeasyPrint again in each).
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init)


def plan(campaigns: Iterable[Campaign], langs: Iterable[str], *, today: date,
         extra: dict[str, Any], agencies: dict[str, Agency]) -> list[_Job]:
    jobs = []
    langs = list(langs)
    for lang in langs:
        check_wording(lang, ui_table(lang))  # FontLacksScript before any work
    law = statements_digest()  # read once per build, not once per leaflet
    for campaign in campaigns:
        data = campaign.slug + "\0" + campaign.model_dump_json()
        for lang in langs:
            for layout in layouts_for(campaign):
                ctx = render.leaflet_context(campaign, lang, layout, today=today, extra=extra,
                                             agencies=agencies)
                jobs.append(_Job(campaign.slug, lang, layout, ctx, leaflet_key(ctx, data, law)))
    return jobs


def build_leaflets(campaigns: Iterable[Campaign], langs: Iterable[str] = LANGUAGES, *,
                   today: str | date | None = None, extra: dict[str, Any] | None = None,
                   agencies: dict[str, Agency] | None = None,
                   cache_dir: Path | None = CACHE_DIR, workers: int = WORKERS) -> BuildResult:
    """Every leaflet of these campaigns in these languages; only changed ones are rendered.
    Raises LeafletsDoNotFit naming every campaign, field and layout that does not fit."""
    start = time.perf_counter()
    jobs = plan(campaigns, langs, today=resolve_today(today),
                extra=extra if extra is not None else load_site_facts(),
                agencies=agencies if agencies is not None else load_agencies())
    store = LeafletCache(cache_dir) if cache_dir is not None else None
    done: dict[str, tuple[bytes, int, bool]] = {}
    for job in jobs:
        hit = store.get(job.key) if store else None
        if hit is not None:
            done[job.key] = (*hit, False)
    todo = list({job.key: job for job in jobs if job.key not in done}.values())
    if len(todo) > 1 and workers > 1:
        with _pool(min(workers, len(todo))) as pool:
            outcomes = list(pool.map(_render_job, [job.ctx for job in todo]))
    else:
        outcomes = [_render_job(job.ctx) for job in todo]
    errors = [out for out in outcomes if isinstance(out, LeafletDoesNotFit)]
    if errors:
        raise LeafletsDoNotFit(errors)
    for job, out in zip(todo, outcomes, strict=True):
        assert not isinstance(out, LeafletDoesNotFit)
        pdf, pages = out
        if store:
            store.put(job.key, pdf, pages)
        done[job.key] = (pdf, pages, True)
    leaflets = [Leaflet(job.slug, job.lang, job.layout, *done[job.key]) for job in jobs]
    return BuildResult(leaflets, time.perf_counter() - start)


def write_leaflets(result: BuildResult, out: Path) -> list[Path]:
    """<out>/<lang>/leaflets/<slug>-<layout>.pdf, as in the site."""
    written = []
    for leaf in result.leaflets:
        target = out / leaf.lang / leaf.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(leaf.pdf)
        written.append(target)
    return written
