"""The browser and Python fold and expand queries identically: every word of both
built indexes, and every query of the relevance table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.paths import OVERRIDES
from scripts.search.fold import fold, fold_query
from scripts.search.query import expand
from scripts.search.relevance import load_table
from scripts.search.site_index import load_site_index
from scripts.search.table import search_table

WORKER = OVERRIDES / "assets" / "javascripts" / "workers" / "search-fold.js"


def test_fold_examples():
    assert fold("LAO ĐỘNG TRẺ EM") == "lao dong tre em"
    assert fold("lao đong tre em") == "lao dong tre em"
    assert fold("Điều 147") == "dieu 147"
    assert fold_query("child labor organization", "en") == "child labour organisation"
    assert fold_query("labor", "vi") == "labor"  # variants are per language


def test_fold_keeps_length_of_nfc_text():
    # Highlighting maps positions from folded to original text.
    text = "Người chưa đủ 15 tuổi, Đoàn Thanh niên, ỷ lại"
    assert len(fold(text)) == len(text)


def _load_worker(page) -> None:
    """The worker's code in a blank page, without importing Material's worker."""
    page.goto("about:blank")
    page.evaluate(
        "src => { try { (0, eval)(src) } catch (e) {} }",
        WORKER.read_text(encoding="utf-8").replace("importScripts(materialWorkerUrl())", ""),
    )


def _setup(page, config: dict) -> None:
    # The stub index Material sends first: it carries our search table.
    page.evaluate(
        """config => self.dispatchEvent(new MessageEvent('message',
             {data: {type: 0, data: {config: config, docs: [], options: {}}}}))""",
        config,
    )


@pytest.mark.browser
def test_javascript_fold_and_expansion_match_python(page, built_site: Path):
    _load_worker(page)
    for lang in ("vi", "en"):
        index = load_site_index(built_site / lang)
        words: set[str] = set()
        for doc in index["docs"]:
            words.update(re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]).split())
        _setup(page, index["config"])
        ordered = sorted(words)
        js = page.evaluate("words => words.map(w => self.__portalSearch.foldQuery(w))", ordered)
        mismatches = [(w, j, fold_query(w, lang)) for w, j in zip(ordered, js, strict=True)
                      if j != fold_query(w, lang)]
        assert not mismatches, mismatches[:20]
        assert len(ordered) > 50

        queries = [row.query for row in load_table() if row.lang == lang]
        queries += ["lao đong tre em", "Điều 147, khoản 2", "child-labour: art.296", "+a*^~"]
        table = search_table(lang)
        separator = re.compile(index["config"]["separator"])
        js = page.evaluate("qs => qs.map(q => self.__portalSearch.expandQuery(q).terms)", queries)
        py = [expand(q, table, separator).terms for q in queries]
        assert js == py
