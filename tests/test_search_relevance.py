"""Relevance table: a reader's query -> the page that must be in the top 3.

Runs in Python with lunr.py against each language's built search index, with the same
folding, fields, boosts and ranking adjustments as Material's worker in the browser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.search.lunr_index import SiteSearch

WORLD_DAY = "campaigns/ngay-the-gioi-phong-chong-lao-dong-tre-em"
TABLE = [
    # Vietnamese: accented, unaccented, half-accented and upper-case forms.
    ("vi", "báo tin", "report.html"),
    ("vi", "bao tin", "report.html"),
    ("vi", "BÁO TIN LAO ĐỘNG TRẺ EM", "report.html"),
    ("vi", "công việc nhẹ", "law/light-work.html"),
    ("vi", "cong viec nhe", "law/light-work.html"),
    ("vi", "làm ban đêm", "law/working-hours.html"),
    ("vi", "lam ban dem", "law/working-hours.html"),
    ("vi", "xu phat", "law/penalties.html"),
    ("vi", "ai là trẻ em", "law/who-is-a-child.html"),
    ("vi", "công an phường", "agencies/ward-police.html"),
    ("vi", "hoi phu nu", "agencies/womens-union.html"),
    ("vi", "đoan thanh nien", "agencies/youth-union.html"),
    ("vi", "tháng hành động vì trẻ em", "campaigns/thang-hanh-dong-vi-tre-em-2026/index.html"),
    ("vi", "thuat ngu", "glossary.html"),
    ("vi", "mua ban nguoi", "law/penalties.html"),
    ("vi", "quy trình can thiệp", "law/child-protection.html"),
    ("vi", "karaoke", "law/penalties.html"),
    # English, including US spellings.
    ("en", "report", "report.html"),
    ("en", "light work", "law/light-work.html"),
    ("en", "night work", "law/working-hours.html"),
    ("en", "fines", "law/penalties.html"),
    ("en", "women's union", "agencies/womens-union.html"),
    ("en", "labor code", "law/minor-workers.html"),
    ("en", "separate register", "law/employer-duties.html"),
    ("en", "world day against child labor", f"{WORLD_DAY}/index.html"),
    ("en", "glossary", "glossary.html"),
    ("en", "prohibited workplaces", "law/prohibited-work.html"),
    ("en", "trafficking", "law/penalties.html"),
]


@pytest.fixture(scope="module")
def indexes(built_site: Path) -> dict[str, SiteSearch]:
    return {
        lang: SiteSearch(built_site / lang / "search" / "search_index.json", lang)
        for lang in ("vi", "en")
    }


def test_table_is_big_enough_and_covers_both_languages():
    assert len(TABLE) >= 20
    assert {lang for lang, _, _ in TABLE} == {"vi", "en"}


@pytest.mark.parametrize(("lang", "query", "expected"), TABLE)
def test_expected_page_in_top_3(indexes, lang, query, expected):
    top = indexes[lang].pages(query, limit=3)
    assert expected in top, f"{lang} {query!r}: top 3 is {top}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_accent_variants_rank_identically(indexes, lang):
    variants = ["lao dong tre em", "lao động trẻ em", "LAO ĐỘNG TRẺ EM", "lao đong tre em"]
    results = [indexes[lang].pages(q) for q in variants]
    assert results[0] and all(r == results[0] for r in results)


def test_each_language_index_holds_only_its_own_pages(built_site: Path):
    import json

    for lang, other_word in (("vi", "the"), ("en", "những")):
        index = json.loads((built_site / lang / "search" / "search_index.json").read_text("utf-8"))
        assert index["config"]["lang"] == [lang]
        titles = " ".join(d["title"] for d in index["docs"])
        assert f" {other_word} " not in f" {titles.lower()} "
