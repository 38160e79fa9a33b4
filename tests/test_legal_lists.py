"""Legal lists are written once (docs/data/legal-lists.yml) and rendered everywhere.

A law page, a guide, a campaign or another data file that retypes an item fails here;
the built law pages show every known item in both languages and no unknown one.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from scripts.content import ContentDataError, load_content
from scripts.content.data import _load_lists, _read
from scripts.paths import DATA, ROOT
from tests.htmlscan import parse

LISTS_FILE = DATA / "legal-lists.yml"
# Every hand-written text that could restate the law: pages, data, campaigns, templates.
SOURCES = sorted(
    [*ROOT.glob("docs/*/**/*.md"), *DATA.glob("*.yml"), *ROOT.glob("campaigns/**/*.yml"),
     *ROOT.glob("scripts/**/templates/**/*.j2")]
)
SOURCES = [p for p in SOURCES if p != LISTS_FILE and "/ui/" not in p.as_posix()]


def norm(text: str) -> str:
    """NFC, lower case, punctuation and Markdown emphasis gone, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).lower().replace("*", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def items() -> list[tuple[str, str, str, str]]:
    """(list id, item id, lang, text) for every item with known text."""
    out = []
    for list_id, legal_list in load_content().lists.items():
        for item in legal_list.known_items:
            assert item.text is not None
            for lang in ("vi", "en"):
                out.append((list_id, item.id, lang, item.text.get(lang)))
    return out


def test_no_source_file_retypes_a_whole_item() -> None:
    # A Vietnamese word is one or more syllables: short items ("công trường xây dựng")
    # are everyday words, so only items long enough to be a retyped sentence count.
    min_words = {"vi": 9, "en": 6}
    texts = {(lid, iid, lang): norm(text) for lid, iid, lang, text in items()
             if len(norm(text).split()) >= min_words[lang]}
    found = []
    for path in SOURCES:
        body = norm(path.read_text(encoding="utf-8"))
        for key, text in texts.items():
            if text in body:
                found.append(f"{path.relative_to(ROOT)} retypes {key}")
    assert not found, "render these with legal_list()/list_item() instead:\n" + "\n".join(found)


LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(?:[a-zđ]\)\s+)?(?P<text>.+)$")


def test_no_markdown_list_restates_items_by_their_opening_words() -> None:
    """A hand-made list whose lines open like the items (a looser, reworded copy)."""
    size = {"vi": 7, "en": 4}  # syllables in Vietnamese, words in English
    openings: dict[tuple[str, str], tuple[str, str]] = {}
    for lid, iid, lang, text in items():
        words = norm(text).split()
        if len(words) >= size[lang]:
            openings[(lang, " ".join(words[:size[lang]]))] = (lid, iid)
    found = []
    for lang in ("vi", "en"):
        for path in ROOT.glob(f"docs/{lang}/**/*.md"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = LIST_LINE.match(line)
                key = (lang, " ".join(norm(match["text"]).split()[:size[lang]])) if match else None
                if key in openings:
                    found.append(f"{path.relative_to(ROOT)}:{n} restates {openings[key]}")
    assert not found, "\n".join(found)


PAGES = {
    "light-work": "law/light-work.html",
    "prohibited-jobs": "law/prohibited-work.html",
    "prohibited-places": "law/prohibited-work.html",
    "under13-consent-file": "law/under-15.html",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("list_id", sorted(PAGES))
def test_law_page_shows_every_known_item_and_no_unknown_one(
    built_site: Path, lang: str, list_id: str
) -> None:
    text = norm(parse(built_site / lang / PAGES[list_id]).text)
    legal_list = load_content().legal_list(list_id)
    for item in legal_list.known_items:
        assert item.text is not None
        assert norm(item.text.get(lang)) in text, f"{lang} {list_id} item {item.id} missing"
    if legal_list.total:
        known = len(legal_list.known_items)
        expected = {"vi": f"danh mục chính thức có {legal_list.total} mục",
                    "en": f"the official list has {legal_list.total} items"}[lang]
        assert expected in text and str(known) in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_weaving_mats_is_on_the_light_work_page(built_site: Path, lang: str) -> None:
    """Review error 1: mats were missing from one copy of Annex II item 4."""
    text = parse(built_site / lang / "law/light-work.html").text
    assert {"vi": "dệt chiếu", "en": "weaving mats"}[lang] in text


def _write_lists(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "legal-lists.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _check_lists(path: Path) -> None:
    _load_lists(_read(path), path, load_content().sources)


def _raw() -> dict:
    return yaml.safe_load(LISTS_FILE.read_text(encoding="utf-8"))


def test_an_open_item_must_say_what_is_open(tmp_path: Path) -> None:
    raw = _raw()
    del raw["lists"]["light-work"]["items"][11]["open"]
    with pytest.raises(ContentDataError, match=r"legal-lists.yml: lists.light-work.items\[12\]"):
        _check_lists(_write_lists(tmp_path, raw))


def test_an_unknown_item_cannot_carry_text(tmp_path: Path) -> None:
    raw = _raw()
    raw["lists"]["light-work"]["items"][11]["text"] = {"vi": "x", "en": "x"}
    with pytest.raises(ContentDataError, match="an unknown item has no text"):
        _check_lists(_write_lists(tmp_path, raw))


def test_an_item_cite_must_be_registered(tmp_path: Path) -> None:
    raw = _raw()
    raw["lists"]["prohibited-jobs"]["items"][0]["cite"] = "labour-code:999.1"
    with pytest.raises(ContentDataError, match="999"):
        _check_lists(_write_lists(tmp_path, raw))
