"""The complete source tree of the site, engine-free: every language's pages (hand-written
and generated, with their data references filled in) and files, for an engine to render.

    python -m scripts build --stage DIR

DIR/<lang>/ mirrors docs/<lang>/: Markdown pages with front matter (what the pipeline
adds, e.g. `head_extra`: every page's link preview, a campaign page's JSON-LD, is added
there), then every other file.
Left to the engine: the theme, the search index (scripts/search/feature.py reads the
engine's), and the checker page's `<!-- checker:* -->` markers (scripts/output/pages.py
`finish` fills them in the rendered HTML).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import yaml

from scripts.atomic import write_tree
from scripts.output import pages
from scripts.output.generate import chosen_features, generate
from scripts.site import frontmatter
from scripts.site.model import Site
from scripts.site.output import Output


def source_tree(site: Site, lang: str, features: Collection[str] | None = None
                ) -> dict[str, bytes | str]:
    """Docs-relative path -> content, for one language."""
    features = chosen_features() if features is None else features
    output = generate(site, lang, features)
    tree: dict[str, bytes | str] = {}
    folder = site.docs_dir(lang)
    for path in sorted(site.hand_written(lang)):
        if path.endswith(".md"):
            text = (folder / path).read_text(encoding="utf-8")
            tree[path] = _page(site, lang, path, text, text, output, features)
        else:
            tree[path] = (folder / path).read_bytes()
    for path, page in output.pages.items():
        tree[path] = _page(site, lang, path, page.markdown, None, output, features)
    tree.update(output.files)
    return tree


def stage(site: Site, out: Path, features: Collection[str] | None = None) -> int:
    """Write every language's source tree under out/<lang>/ at once; returns the count.
    A folder this tool did not write is never replaced (scripts.atomic.write_tree)."""
    features = chosen_features() if features is None else features
    files = {f"{lang}/{path}": content for lang in site.languages
             for path, content in source_tree(site, lang, features).items()}
    write_tree(out, files)
    return len(files)


def _page(site: Site, lang: str, path: str, text: str, source: str | None, output: Output,
          features: Collection[str]) -> str:
    meta = frontmatter.parse(text)
    body, more = pages.prepare(site, lang, path, frontmatter.split(text).body, meta,
                               source=source, output=output, features=features)
    return _with_front_matter({**meta, **more}, body)


def _with_front_matter(meta: Mapping[str, Any], body: str) -> str:
    if not meta:
        return body
    block = yaml.safe_dump(dict(meta), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{block}---\n\n{body.lstrip(chr(10))}"
