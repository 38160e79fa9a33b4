"""Build the whole site: both languages (in parallel, one per core), into site/.

    python -m scripts.build_site [--out DIR] [--engine mkdocs|properdocs|zensical]

Each language is its own engine build (own search index, own sitemap) into a
sibling folder; the root gets a redirect to Vietnamese and a sitemap index.
Everything is built in a staging folder and swapped in at the end, so a failed
build leaves the previous site untouched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from scripts.atomic import write_tree
from scripts.campaigns.validate import CampaignValidationError
from scripts.engines import DEFAULT_ENGINE, ENGINES, EngineFailed, language_builder
from scripts.leaflets.advice import editor_errors
from scripts.leaflets.build import LeafletsDoNotFit, build_leaflets
from scripts.output.generate import chosen_features
from scripts.paths import ROOT
from scripts.site.errors import InputError
from scripts.site.model import Site, load_site
from scripts.sitefacts import is_placeholder

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "site" / "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


PLACEHOLDER_WARNING = (
    "Cảnh báo / Warning\n"
    "  vi: Trang đang dùng địa chỉ mẫu {root} (docs/data/site.yml): mã QR, liên kết chia sẻ "
    "và tệp lịch sẽ dẫn tới một địa chỉ không có thật; tờ rơi được in chữ BẢN NHÁP. Trước khi "
    "in hay đăng: SITE_ROOT=https://địa-chỉ-thật/ make build (hoặc sửa site_root trong "
    "site.yml).\n"
    "  en: The site uses the example address {root} (docs/data/site.yml): QR codes, share "
    "links and calendar files lead nowhere; leaflets are stamped DRAFT. Before printing or "
    "publishing: SITE_ROOT=https://the-real-address/ make build (or set site_root in "
    "site.yml).")


class BuildFailed(RuntimeError):
    """The build failed; the message says why (one language's engine output, or the
    campaign files' errors)."""


def root_files(site: Site) -> dict[str, str]:
    """The site root: a redirect to the first language and a sitemap index."""
    first = site.languages[0]
    return {
        "index.html": TEMPLATES.get_template("redirect.html").render(
            lang=first, target=f"{first}/index.html", ui=site.ui(first),
            # Without an icon link a browser asks for /favicon.ico, outside a sub-path.
            icon=f"{first}/assets/images/favicon.svg",
        ),
        "sitemap.xml": TEMPLATES.get_template("sitemap-index.xml").render(
            root=site.root, languages=site.languages
        ),
    }


def build(out: Path, engine: str = DEFAULT_ENGINE) -> None:
    """Build every language into `out` (replaced only if everything succeeds) with
    `engine` (a folder of scripts/engines/)."""
    out = out.resolve()
    build_language = language_builder(engine)
    site = load_site()
    if is_placeholder(dict(site.facts)):
        print(PLACEHOLDER_WARNING.format(root=site.root), file=sys.stderr)
    staging = out.with_name(f"{out.name}.building")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        try:
            # Leaflets once, on both cores, into the content-hash cache; the
            # per-language builds then only read it instead of competing for the cores.
            if "leaflets" in chosen_features():
                build_leaflets(site.campaigns, site.languages)
        except CampaignValidationError as err:
            raise BuildFailed(err.report()) from None
        except LeafletsDoNotFit as err:  # said as the campaign files' errors
            report = CampaignValidationError(editor_errors(err, site.campaigns)).report()
            raise BuildFailed(report) from None
        except InputError as err:  # any other input file: its message names it
            raise BuildFailed(str(err)) from None
        languages = site.languages
        with ThreadPoolExecutor(max_workers=len(languages)) as pool:
            try:
                logs = list(pool.map(
                    lambda lang: build_language(lang, staging / lang, languages), languages))
            except EngineFailed as err:
                raise BuildFailed(str(err)) from None
        for log in logs:
            if log.strip():
                print(log.strip())
        files: dict[str, bytes | str] = {
            p.relative_to(staging).as_posix(): p.read_bytes()
            for p in staging.rglob("*") if p.is_file()
        }
        files.update(root_files(site))
        write_tree(out, files)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "site")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                        help=f"the site engine (default: {DEFAULT_ENGINE})")
    args = parser.parse_args(argv)
    try:
        build(args.out, args.engine)
    except BuildFailed as err:
        print(err, file=sys.stderr)
        return 1
    print(f"Site built in {args.out}/ (open {args.out}/index.html, or run: make serve)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
