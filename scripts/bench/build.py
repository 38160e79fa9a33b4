"""Full build (both languages, every campaign, every leaflet): cold and warm, and the
overhead against a stock Material build of the same Markdown pages."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from scripts.bench.common import (
    Context,
    SectionError,
    build_site,
    clear_cache,
    count_files,
    median,
    run_measured,
    tail,
)
from scripts.bench.synthetic import EXAMPLE
from scripts.paths import ROOT
from scripts.site.languages import LANGUAGES

CONFIGS = {"vi": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}


def prepare_campaigns(ctx: Context) -> Path:
    """A temp copy of campaigns/ that the warm "one campaign changed" run may edit.
    With no published campaign yet, the example is published in the copy so campaign
    and event pages exist to measure (said in the report)."""
    if ctx.campaigns_dir is not None:
        return ctx.campaigns_dir
    from scripts.campaigns.load import discover

    copy = ctx.work / "campaigns"
    shutil.copytree(ROOT / "campaigns", copy)
    if not discover(copy):
        shutil.copy(EXAMPLE, copy / "vi-du-mau.yml")
        ctx.campaigns_note = ("campaigns/ has no published campaign: the example was "
                              "published as 'vi-du-mau' in the bench copy")
    else:
        ctx.campaigns_note = f"copy of campaigns/ ({len(discover(copy))} campaign(s))"
    ctx.campaigns_dir = copy
    return copy


def touch_one_campaign(folder: Path, run: int) -> str:
    """Change the summary of the first campaign (a content edit an editor would make)."""
    from scripts.campaigns.load import discover

    slug, path = discover(folder)[0]
    text = path.read_text(encoding="utf-8")
    # Rewrite the first "en:" line of the summary block; a textual edit keeps the
    # file's comments and layout exactly as the editor wrote them.
    match = re.search(r"^summary:\n(?:\s+vi:.*\n)?\s+en: (.*)$", text, re.M)
    if not match:  # unusual layout: a YAML round trip (loses comments, same data)
        import yaml

        data = yaml.safe_load(text)
        data["summary"]["en"] = re.sub(r" \(bench \d+\)$", "", data["summary"]["en"]) + (
            f" (bench {run})")
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        return slug
    value = match.group(1).rstrip()
    quoted = value.startswith('"') and value.endswith('"')
    inner = value[1:-1] if quoted else value
    inner = re.sub(r" \(bench \d+\)$", "", inner) + f" (bench {run})"
    new = f'"{inner}"' if quoted else inner
    path.write_text(text[: match.start(1)] + new + text[match.end(1):], encoding="utf-8")
    return slug


def stock_config(lang: str, site_name: str, docs_dir: Path, site_dir: Path) -> str:
    """A stock Material config: same docs_dir and markdown_extensions; no hooks, no
    custom_dir, no nav, not strict. Built from our config's text so the markdown
    extensions (with their python tags) stay byte-identical."""
    own = CONFIGS[lang].read_text(encoding="utf-8")
    base = CONFIGS["vi"].read_text(encoding="utf-8")
    block = _top_level_block(own, "markdown_extensions") or _top_level_block(
        base, "markdown_extensions")
    return "\n".join([
        # JSON strings are valid YAML scalars: no quoting surprises.
        f"site_name: {json.dumps(site_name, ensure_ascii=False)}",
        f"docs_dir: {json.dumps(str(docs_dir))}",
        f"site_dir: {json.dumps(str(site_dir))}",
        # Same URL style as ours so both write the same files.
        "use_directory_urls: false",
        "strict: false",
        "theme:",
        "  name: material",
        f"  language: {lang}",
        block,
    ]) + "\n"


def _top_level_block(text: str, key: str) -> str:
    match = re.search(rf"^{key}:.*\n(?:(?:[ \t#].*|)\n)*", text, re.M)
    return match.group(0).rstrip() if match else ""


def stock_build(ctx: Context, out: Path) -> Any:
    """Build both languages with stock Material, in parallel like our build."""
    import yaml

    configs = []
    for lang in LANGUAGES:
        own = yaml.load(CONFIGS[lang].read_text(encoding="utf-8"), Loader=_Lenient)
        docs = own.get("docs_dir") or f"docs/{lang}"
        cfg = ctx.work / f"stock-{lang}.yml"
        name = str(own.get("site_name") or "Stock Material")
        cfg.write_text(stock_config(lang, name, (ROOT / docs).resolve(), out / lang),
                       encoding="utf-8")
        configs.append(cfg)
    # One wrapper process running both mkdocs builds in parallel, so wall time and
    # memory are measured the same way as scripts.build_site.
    script = ("import subprocess,sys\n"
              "ps=[subprocess.Popen([sys.executable,'-m','mkdocs','build','-q','-f',c])"
              " for c in sys.argv[1:]]\n"
              "sys.exit(max(p.wait() for p in ps))\n")
    run = run_measured([sys.executable, "-c", script, *map(str, configs)], ctx.env())
    if run.returncode != 0:
        raise SectionError(f"stock Material build failed:\n{tail(run.output)}")
    return run


class _Lenient(__import__("yaml").SafeLoader):
    """Reads mkdocs.yml for a few scalars: unknown tags (!ENV, !!python/...) -> None."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)
_Lenient.add_multi_constructor("tag:yaml.org,2002:python/",
                               lambda loader, suffix, node: None)


def run(ctx: Context) -> dict[str, Any]:
    prepare_campaigns(ctx)
    raw: dict[str, list[dict[str, Any]]] = {"cold": [], "warm_unchanged": [],
                                            "warm_one_campaign": [], "stock": []}
    out = ctx.work / "full" / "site"
    stock_out = ctx.work / "stock" / "site"
    pages = pdfs = 0
    for i in range(ctx.runs):
        # Cold: no .cache/ and no previous site.
        clear_cache()
        shutil.rmtree(out.parent, ignore_errors=True)
        out.parent.mkdir(parents=True)
        raw["cold"].append(build_site(out, ctx.env(), ctx.engine).as_dict())
        pages = count_files(out, ".html")
        pdfs = count_files(out, ".pdf")
        raw["warm_unchanged"].append(build_site(out, ctx.env(), ctx.engine).as_dict())
        slug = touch_one_campaign(ctx.campaigns_dir, i)  # type: ignore[arg-type]
        changed = build_site(out, ctx.env(), ctx.engine).as_dict()
        raw["warm_one_campaign"].append(changed | {"slug": slug})
        shutil.rmtree(stock_out.parent, ignore_errors=True)
        stock_out.mkdir(parents=True)
        raw["stock"].append(stock_build(ctx, stock_out).as_dict())
    stock_pages = count_files(stock_out, ".html")
    med = {k: median([r["seconds"] for r in v]) for k, v in raw.items()}
    ctx._site = out  # the last warm build: weight, search and Lighthouse may reuse it
    return {
        "campaigns": ctx.campaigns_note,
        "html_pages": pages,
        "pdfs": pdfs,
        "stock_html_pages": stock_pages,
        "median_seconds": {k: round(v, 3) for k, v in med.items()},
        "peak_rss_mb": {k: max(r["tree_rss_mb"] for r in v) for k, v in raw.items()},
        "overhead_warm": round(med["warm_unchanged"] / med["stock"], 2),
        "overhead_cold": round(med["cold"] / med["stock"], 2),
        "runs": raw,
    }
