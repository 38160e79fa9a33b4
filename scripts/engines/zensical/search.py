"""Our additions to Zensical's search index, `search.json` ({config, items}) at each
language's root. Zensical's page fetches it, shows titles and snippets from it and
hands it to its worker, which our wrapper (theme/assets/javascripts/workers/
search-zensical.js) folds before indexing. Here, at build time:
- `config.portal`: the spelling variants the wrapper folds queries with, and the article
  words it reads a query's "đ 296" or "art. 296" by;
- `portal` on a law section that states an article: the article words with its number
  ("article 296", "art 296", "d 296"), our Material worker's article lookup turned round
  (Zensical matches every word of a query: it cannot add an alternative to a query). The
  wrapper indexes them as one more breadcrumb entry; the page never shows them. Synonym
  groups added the same way made the relevance table worse (vi 19 -> 20 misses: "trẻ
  con" on every page that says "trẻ em"), so they are not added;
- texts without contact e-mail addresses, as in our Material index (site_index.py);
- the same index as `search.js`, for a site opened from a folder (file://).
Nothing folded is written here: what the page shows stays as the page says it."""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

from scripts.search.articles import article_anchors, registered_articles
from scripts.search.site_index import site_emails, without_emails
from scripts.search.table import SearchTable, search_table
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
    table = search_table(lang)
    config = {**index["config"], "portal": {"variants": table.variants,
                                            "article_key": table.article_key,
                                            "article_words": list(table.article_words)}}
    articles = article_anchors([i.get("location", "") for i in index["items"]],
                               registered_articles())
    items = []
    for item in index["items"]:
        item = {**item, "text": without_emails(item.get("text", ""), emails)}
        article = articles.get(item.get("location", ""))
        items.append({**item, "portal": article_terms(table, article)} if article else item)
    text = json.dumps({**index, "config": config, "items": items},
                      ensure_ascii=False, separators=(",", ":"))
    source.write_text(text, encoding="utf-8")
    # Opened from a folder (file://), Zensical's page cannot fetch search.json: it loads
    # search.js with a <script> and reads `__index` (Zensical 0.0.73 writes no such file).
    (built / ZENSICAL_FOLDER_INDEX).write_text(f"var __index = {text};\n", encoding="utf-8")


def article_terms(table: SearchTable, article: str) -> str:
    """The folded words a reader may type for `article` ("dieu 296 d 296 art 296 ...")."""
    return " ".join(f"{word} {article}" for word in table.article_words)
