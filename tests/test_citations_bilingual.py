"""Both languages say the same law: per page, the citations (instrument and article or
annex) in the Vietnamese page equal those in its English twin, on the built site."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.content import load_content
from scripts.content.citations import Citation, citations
from scripts.content.render import Helpers
from tests.htmlscan import pages, parse

SPECS = [
    ("labour-code", ("147.2.d",)),
    ("labour-code", ("143-147",)),
    ("labour-code", ("143.4", "145.3")),
    ("circular-09-2020", ("3.1", "annex-II")),
    ("circular-09-2020", ("annex-II",)),
    ("penal-code", ("296.1.c", "296.3.b", "151")),
]


@pytest.mark.parametrize("source_id,refs", SPECS)
def test_citations_read_back_what_the_helper_wrote_in_both_languages(source_id, refs):
    data = load_content()
    found = {}
    for lang in ("vi", "en"):
        written = Helpers(data, lang, "x.md").cite(source_id, *refs)
        found[lang] = citations(f"Xem ({written}) and 15 hours.", lang, data.sources)
    assert found["vi"] == found["en"] and found["vi"], found
    assert all(c.instrument == source_id for c in found["vi"])


def test_an_article_missing_in_one_language_is_seen():
    data = load_content()
    vi = Helpers(data, "vi", "x.md").cites(["labour-code:145.3", "penal-code:296.1"])
    en = Helpers(data, "en", "x.md").cites(["labour-code:145.3"])
    assert citations(vi, "vi", data.sources) - citations(en, "en", data.sources) == {
        Citation("penal-code", "296")}


def test_every_page_cites_the_same_law_in_vietnamese_and_english(built_site: Path):
    data = load_content()
    mismatches: list[str] = []
    compared = 0
    for vi_page in pages(built_site, "vi"):
        rel = vi_page.relative_to(built_site / "vi").as_posix()
        en_page = built_site / "en" / rel
        if not en_page.is_file():
            continue  # test_site_languages checks that both languages have every page
        vi = citations(parse(vi_page).text, "vi", data.sources)
        en = citations(parse(en_page).text, "en", data.sources)
        compared += len(vi)
        for cite in sorted(vi - en):
            mismatches.append(f"{rel}: {cite} is cited in vi (docs/vi) but not in en")
        for cite in sorted(en - vi):
            mismatches.append(f"{rel}: {cite} is cited in en (docs/en) but not in vi")
    assert compared > 50, "the extractor found almost no citations: has cite() changed?"
    assert not mismatches, ("The two languages cite different law:\n  "
                            + "\n  ".join(mismatches))
