"""What a build writes for search: the full index (loaded when search is opened) and
Material's stub, with printables, article terms, page-kind boosts and no e-mails."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scripts.search.query import expand
from scripts.search.site_index import FULL_INDEX, MATERIAL_INDEX, load_site_index
from scripts.search.table import search_table

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")
LANGS = ["vi", "en"]


@pytest.mark.parametrize("lang", LANGS)
def test_pages_get_a_stub_and_the_full_index_waits(built_site: Path, lang):
    stub = json.loads((built_site / lang / MATERIAL_INDEX).read_text("utf-8"))
    full = load_site_index(built_site / lang)
    assert stub["docs"] == [] and stub["config"] == full["config"]
    assert len(full["docs"]) > 100
    # The stub is what every page downloads; the full index only when searching.
    assert (built_site / lang / MATERIAL_INDEX).stat().st_size < 2_000
    assert (built_site / lang / FULL_INDEX).stat().st_size > 100_000
    offline = (built_site / lang / "search" / "search_index.js").read_text("utf-8")
    assert '"docs":[]' in offline.replace(" ", "")


@pytest.mark.parametrize("lang", LANGS)
def test_no_contact_email_in_any_snippet(built_site: Path, lang):
    full = load_site_index(built_site / lang)
    events = [d for d in full["docs"] if d["location"].startswith("campaigns/")]
    assert events
    leaks = [(d["location"], EMAIL.findall(d["text"])) for d in full["docs"]
             if EMAIL.search(d["text"] + d["title"])]
    assert leaks == []
    # The words around an address stay: "... phường" / "... office" is not eaten.
    launch = next(d for d in events if d["location"].endswith("le-phat-dong.html"))
    word = {"vi": "Văn phòng Ủy ban nhân dân phường", "en": "Ward People's Committee office"}
    assert word[lang] in launch["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_leaflet_is_an_entry_with_campaign_and_language(built_site: Path, lang):
    full = load_site_index(built_site / lang)
    pdfs = sorted(p.name for p in (built_site / lang / "leaflets").glob("*.pdf"))
    entries = {d["location"]: d for d in full["docs"] if d["location"].endswith(".pdf")}
    assert sorted(Path(loc).name for loc in entries) == pdfs and pdfs
    language = {"vi": "tiếng Việt", "en": "in English"}[lang]
    titles = {d["location"]: d["title"] for d in full["docs"]}
    for location, doc in entries.items():
        slug = Path(location).stem.rsplit("-", 2)[0]
        campaign = titles[f"campaigns/{slug}/index.html"]
        assert campaign in doc["title"] and campaign in doc["text"]
        assert language in doc["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_sections_that_state_an_article_carry_its_term(built_site: Path, lang):
    full = load_site_index(built_site / lang)
    key = search_table(lang).article_key
    terms = {d["location"]: d.get("articles") for d in full["docs"] if d.get("articles")}
    assert terms["law/penalties.html#art-296"] == f"_{key}_296"
    assert terms["law/minor-workers.html#art-143"] == f"_{key}_143"
    assert all(loc.rsplit("#art-", 1)[1] == term.rsplit("_", 1)[1]
               for loc, term in terms.items())


@pytest.mark.parametrize("lang", LANGS)
def test_law_and_guides_weigh_more_than_events(built_site: Path, lang):
    boosts = {d["location"]: d["boost"] for d in load_site_index(built_site / lang)["docs"]}
    event = next(loc for loc in boosts
                 if loc.startswith("campaigns/") and not loc.endswith("index.html")
                 and "/" in loc.removeprefix("campaigns/"))
    assert boosts["law/penalties.html"] > boosts[event]
    assert boosts["guide/employers.html"] > boosts[event]


def test_query_expansion():
    vi, en = search_table("vi"), search_table("en")
    sep = re.compile(r'[\s\-,:!=\[\]()"/]+|\.(?!\d)')
    assert expand("so theo doi", vi, sep).terms[:5] == [
        "so", "theo", "doi", "_so_theo", "_theo_doi"]
    for query in ("Điều 296", "dieu 296", "đ 296", "art. 296", "article 296"):
        assert "_dieu_296" in expand(query, vi, sep).terms, query
    for query in ("article 296", "art. 296", "Điều 296"):
        assert "_article_296" in expand(query, en, sep).terms, query
    assert "_bao_tin" in expand("bao cao vi pham", vi, sep).terms  # synonym, as a phrase
    assert expand("labor", en, sep).words == ["labour"]  # spelling variant
    assert expand("+a*^~", en, sep).words == ["a"]  # no lunr syntax from a reader
