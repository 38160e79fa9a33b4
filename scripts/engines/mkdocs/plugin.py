"""The `portal` MkDocs plugin: the library's pages and files into one language's build.

Every decision is the library's (scripts/output); this maps it onto MkDocs events and
turns the library's errors into a PluginError that names the file, without a traceback.
State lives on the plugin instance, for one build only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, InclusionLevel

from scripts.engines.mkdocs.config import PortalConfig
from scripts.output import pages as page_steps
from scripts.output.generate import chosen_features, generate
from scripts.paths import CACHE
from scripts.site.errors import InputError
from scripts.site.model import Site, load_site
from scripts.site.nav import load_nav
from scripts.site.output import Output

log = logging.getLogger("mkdocs.plugins.portal")
# Errors in an editor's input: reported as a message naming the file, never a traceback.


class PortalPlugin(BasePlugin[PortalConfig]):
    site: Site
    lang: str
    features: tuple[str, ...] = ()
    output: Output = Output()

    def on_config(self, config):  # noqa: ANN001, ANN201 - MkDocs event signatures
        if not self.config.enabled:
            return config
        if config.use_directory_urls:
            raise PluginError("portal: pages link to each other as .html (file:// works); "
                              "set use_directory_urls: false")
        # docs/ is the parent of docs/<lang>/, wherever this project copy lives.
        self.site = load_site(Path(config.docs_dir).parent)
        self.lang = config.theme["language"]
        try:
            self.features = chosen_features(self.config.features)
        except InputError as exc:
            raise PluginError(str(exc)) from None
        # The templates read the site facts (docs/data/site.yml) and more as `extra.*`.
        extra = page_steps.template_extra(self.site, self.lang, features=self.features)
        extra["not_found_head"] = Markup(extra["not_found_head"])  # escaped by the library
        config.extra.update(extra)
        # The heading permalinks' title ("Permanent link" by default) in the page's language.
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = (
            config.extra["ui"]["permalink_title"])
        config.site_url = f"{self.site.root}{self.lang}/"
        try:
            config.nav = load_nav(self.lang, self.site.data / "nav.yml")
        except InputError as exc:
            raise PluginError(str(exc)) from None
        return config

    def on_env(self, env, config, files):  # noqa: ANN001, ANN201
        if not self.config.enabled:
            return env
        # Compiling Material's ~190 templates and our overrides was a fifth of a warm
        # build. Jinja's bytecode cache keeps the compiled code between builds; each entry
        # is checked against its template's source, and written atomically.
        folder = CACHE / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        return env

    def on_files(self, files, config):  # noqa: ANN001, ANN201
        if not self.config.enabled:
            return files
        try:
            self.output = generate(self.site, self.lang, self.features)
        except InputError as exc:
            raise PluginError(str(exc)) from None
        for src, page in self.output.pages.items():
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, src, content=page.markdown,
                                        inclusion=inclusion))
        for src, data in self.output.files.items():
            files.append(File.generated(config, src, content=data))
        return files

    def on_page_markdown(self, markdown, page, config, files):  # noqa: ANN001, ANN201
        if not self.config.enabled:
            return markdown
        source = None
        if page.file.abs_src_path:  # hand-written page
            source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        try:
            markdown, more = page_steps.prepare(
                self.site, self.lang, page.file.src_uri, markdown, page.meta, source=source,
                output=self.output, features=self.features)
        except InputError as exc:
            raise PluginError(str(exc)) from None
        if "head_extra" in more:
            more["head_extra"] = Markup(more["head_extra"])  # escaped by the library
        page.meta.update(more)
        return markdown

    def on_page_content(self, html, page, config, files):  # noqa: ANN001, ANN201
        if not self.config.enabled:
            return html
        try:
            return page_steps.finish(self.site, self.lang, page.file.src_uri,
                                     page.file.dest_uri, html, features=self.features)
        except InputError as exc:
            raise PluginError(str(exc)) from None

    def on_post_build(self, config):  # noqa: ANN001, ANN201
        if self.config.enabled and "search" in self.features:
            from scripts.search.feature import after_build

            after_build(self.site, self.lang, Path(config.site_dir))
