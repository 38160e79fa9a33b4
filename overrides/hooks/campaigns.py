"""MkDocs glue for campaigns: generate pages, calendars and images from campaigns/.

All logic is in scripts/campaigns (no MkDocs there); this only adds files to the
build, fails it on invalid campaign files, and puts each page's <head> markup into
`page.meta["head_extra"]` (rendered by overrides/main.html).
"""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from scripts.campaigns import urls
from scripts.campaigns.agencies import load_agencies
from scripts.campaigns.build import build_language
from scripts.campaigns.load import load_campaigns
from scripts.campaigns.site import make_site
from scripts.campaigns.validate import CampaignValidationError
from scripts.paths import CAMPAIGNS

_head: dict[str, str] = {}  # src path -> <head> markup, for the current build only
IN_NAV = {urls.INDEX, urls.EVENTS}  # listed in docs/data/nav.yml; the rest is not_in_nav


def on_files(files, config):
    _head.clear()
    if config.use_directory_urls:
        raise PluginError("campaigns: pages link to each other as .html; "
                          "set use_directory_urls: false")
    lang = config.theme["language"]
    try:
        # scripts.paths.CAMPAIGNS honours $PORTAL_CAMPAIGNS_DIR (tests, benchmarks, previews)
        campaigns = load_campaigns(CAMPAIGNS)
    except CampaignValidationError as exc:
        raise PluginError(exc.report()) from None
    site = make_site(
        lang,
        extra=dict(config.extra),
        agency_pages={a: f"agencies/{a}.md" for a in load_agencies()
                      if files.get_file_from_path(f"agencies/{a}.md") is not None},
        # overrides/main.html prints <link rel=canonical> when site_url is set
        include_canonical=not config.site_url,
    )
    output = build_language(campaigns, site)
    clashes = [p for p in output.all_files() if files.get_file_from_path(p) is not None]
    if clashes:
        raise PluginError("campaigns: generated files would replace existing pages or "
                          "files (rename the campaign or the page): " + ", ".join(clashes))
    for src, markdown in output.pages.items():
        inclusion = InclusionLevel.UNDEFINED if src in IN_NAV else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src, content=markdown, inclusion=inclusion))
    for src, data in output.files.items():
        files.append(File.generated(config, src, content=data))
    _head.update(output.head)
    return files


def on_page_markdown(markdown, page, config, files):
    head = _head.get(page.file.src_uri)
    if head:
        page.meta["head_extra"] = Markup(head)  # already escaped by the library
    return markdown

