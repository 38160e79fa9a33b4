"""Our additions to Zensical's search index, `search.json` ({config, items}) at each
language's root. Zensical's page fetches it, shows titles and snippets from it and
hands it to its worker, which our wrapper (theme/assets/javascripts/workers/
search-zensical.js) folds before indexing. Here, at build time:
- `config.portal.variants`: the spelling variants the wrapper folds queries with;
- texts without contact e-mail addresses, as in our Material index (site_index.py);
- the same index as `search.js`, for a site opened from a folder (file://).
Nothing folded is written here: what the page shows stays as the page says it."""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

from scripts.search.site_index import site_emails, without_emails
from scripts.search.table import search_table
from scripts.site.errors import InputError

ZENSICAL_INDEX = "search.json"
ZENSICAL_FOLDER_INDEX = "search.js"


def write_portal_index(lang: str, built: Path, features: Collection[str]) -> None:
    """`built`: one language's Zensical site; rewrites its search.json in place."""
    source = built / ZENSICAL_INDEX
    if "search" not in features:
        return
    if not source.is_file():
        raise InputError(f"{source}: Zensical wrote no search index")
    index = json.loads(source.read_text(encoding="utf-8"))
    emails = site_emails(built)
    config = {**index["config"], "portal": {"variants": search_table(lang).variants}}
    items = [{**item, "text": without_emails(item.get("text", ""), emails)}
             for item in index["items"]]
    text = json.dumps({**index, "config": config, "items": items},
                      ensure_ascii=False, separators=(",", ":"))
    source.write_text(text, encoding="utf-8")
    # Opened from a folder (file://), Zensical's page cannot fetch search.json: it loads
    # search.js with a <script> and reads `__index` (Zensical 0.0.73 writes no such file).
    (built / ZENSICAL_FOLDER_INDEX).write_text(f"var __index = {text};\n", encoding="utf-8")
