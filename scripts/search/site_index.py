"""Turn Material's search index into ours, after each language's build.

Material writes `search/search_index.json` and every page fetches it at load. We
write the full index to `search/search_index.full.js` (a script, so the worker loads
it with importScripts over http and from a folder alike) and leave Material a stub
with the same config and no documents: the worker loads the full index only when
the reader opens or focuses search (overrides/assets/javascripts/search-lazy.js).

On the way in, the full index gets:
- our field weights and the `articles` field (article lookup, articles.py);
- a boost per document by page kind (law and guides above events);
- texts without contact e-mail addresses;
- one entry per printable leaflet (printables.py);
- `config.portal`: the search table the worker expands queries with (table.py).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from scripts.search.articles import article_anchors, article_term, registered_articles
from scripts.search.printables import printable_docs
from scripts.search.table import SearchTable, search_table

FULL_INDEX = "search/search_index.full.js"
MATERIAL_INDEX = "search/search_index.json"
_JS_PREFIX = "self.__portalIndex="
_MAILTO = re.compile(r"""href=["']mailto:([^"'?]+)""")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def site_emails(site_dir: Path) -> set[str]:
    """Every address a page links with mailto: (entities decoded)."""
    found: set[str] = set()
    for page in site_dir.rglob("*.html"):
        found.update(html.unescape(m) for m in _MAILTO.findall(page.read_text("utf-8")))
    return found


def without_emails(text: str, emails: set[str]) -> str:
    # Known addresses first, exactly: the index glues an address to the word before
    # it ("phườngubnd@..."), and a pattern alone would eat that word's last letters.
    for address in sorted(emails, key=len, reverse=True):
        text = text.replace(address, " ")
    return _EMAIL.sub(" ", text)


def enrich(index: dict[str, Any], table: SearchTable, *, emails: set[str],
           printables: list[dict[str, str]]) -> dict[str, Any]:
    """The full index: Material's, re-weighted, cleaned and completed."""
    config = dict(index["config"])
    config["fields"] = {name: {"boost": boost} for name, boost in table.fields.items()}
    config["portal"] = table.worker_config()
    config.pop("portal_variants", None)
    docs = [dict(doc) for doc in index["docs"]] + printables
    anchors = article_anchors([d["location"] for d in docs], registered_articles())
    for doc in docs:
        doc["text"] = without_emails(doc.get("text", ""), emails)
        doc["boost"] = table.boost_for(doc["location"])
        if doc["location"] in anchors:
            doc["articles"] = article_term(table.article_key, anchors[doc["location"]])
    return {**index, "config": config, "docs": docs}


def write_site_index(site_dir: Path, lang: str) -> dict[str, Any]:
    """Rewrite one language's built index in place (see the module docstring)."""
    material = site_dir / MATERIAL_INDEX
    index = json.loads(material.read_text(encoding="utf-8"))
    titles = {d["location"]: d["title"] for d in index["docs"]}
    full = enrich(index, search_table(lang), emails=site_emails(site_dir),
                  printables=printable_docs(site_dir, lang, titles))
    dump = json.dumps(full, ensure_ascii=False, separators=(",", ":"))
    (site_dir / FULL_INDEX).write_text(f"{_JS_PREFIX}{dump};\n", encoding="utf-8")
    stub = {**full, "docs": []}
    material.write_text(json.dumps(stub, ensure_ascii=False, separators=(",", ":")),
                        encoding="utf-8")
    return full


def load_site_index(lang_dir: Path) -> dict[str, Any]:
    """The full index of a built language folder (site/vi), as the worker loads it."""
    text = (lang_dir / FULL_INDEX).read_text(encoding="utf-8").strip()
    if not (text.startswith(_JS_PREFIX) and text.endswith(";")):
        raise ValueError(f"{lang_dir / FULL_INDEX}: not a portal search index")
    return json.loads(text[len(_JS_PREFIX):-1])
