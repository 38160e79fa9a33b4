"""The browser and Python fold text identically (every word of both built indexes)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scripts.paths import OVERRIDES
from scripts.search.fold import fold, fold_query

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


@pytest.mark.browser
def test_javascript_fold_matches_python_on_every_indexed_word(page, built_site: Path):
    words: set[str] = set()
    for lang in ("vi", "en"):
        index = json.loads((built_site / lang / "search" / "search_index.json").read_text("utf-8"))
        for doc in index["docs"]:
            text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
            words.update(text.split())
    page.goto("about:blank")
    # Load the worker file into a page: it registers its fold before importing Material.
    page.evaluate(
        "src => { try { (0, eval)(src) } catch (e) {} }",
        WORKER.read_text(encoding="utf-8").replace("importScripts(materialWorkerUrl())", ""),
    )
    for lang in ("vi", "en"):
        variants = __import__("scripts.search.fold", fromlist=["variants"]).variants(lang)
        ordered = sorted(words)
        js = page.evaluate(
            """([words, variants]) => {
                const setup = {type: 0, data: {config: {portal_variants: variants}}}
                self.dispatchEvent(new MessageEvent('message', {data: setup}))
                return words.map(w => self.__portalFold.foldQuery(w))
            }""",
            [ordered, variants],
        )
        mismatches = [(w, j, fold_query(w, lang)) for w, j in zip(ordered, js, strict=True)
                      if j != fold_query(w, lang)]
        assert not mismatches, mismatches[:20]
        assert len(ordered) > 50
