"""Share cards and link-preview markup, without a built site: cards rendered and read
back with Pillow (size, no metadata, Vietnamese letters really drawn, hostile text kept
on the card), the cache, the section of a page, its title, and the escaped meta tags."""

from __future__ import annotations

import dataclasses
import io
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageDraw

from scripts.fonts import coverage
from scripts.paths import DATA
from scripts.previews import cache, card
from scripts.previews.card import Card, draw, drawable, font, layout, missing_characters
from scripts.previews.feature import generate, page_title
from scripts.previews.meta import og_head
from scripts.previews.sections import CARD_IDS, card_path, section_card, section_of
from scripts.site.model import load_site
from scripts.site.output import GenerateError, Preview
from scripts.sitefacts import load_site_facts
from tests.htmlscan import Tags
from tests.pngscan import PIXEL_CHUNKS, chunks

LANGS = ("vi", "en")
VIETNAMESE = ("ạảãáàâầấậẩẫăằắặẳẵđêềếệểễẹẻẽéèìíịỉĩôồốộổỗơờớợởỡọỏõóòưừứựửữụủũúùỳýỵỷỹ"
              "ẠẢÃÁÀÂẦẤẬẨẪĂẰẮẶẲẴĐÊỀẾỆỂỄẸẺẼÉÈÌÍỊỈĨÔỒỐỘỔỖƠỜỚỢỞỠỌỎÕÓÒƯỪỨỰỬỮỤỦŨÚÙỲÝỴỶỸ")


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def _ink(img: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Pixels in `box` that are not the card's background (text strokes)."""
    region = img.crop(box)
    background = Image.new("RGB", region.size, card.BACKGROUND)
    diff = ImageChops.difference(region, background).convert("L")
    return sum(diff.histogram()[41:])


def _title_box(plan: card.Layout) -> tuple[int, int, int, int]:
    rows = [y for text, face, size, _, y, colour in plan.lines
            if face == "bold" and size == plan.title_size and colour == card.TEXT]
    assert rows, "no title line"
    return (card.MARGIN, min(rows), card.WIDTH - card.MARGIN,
            max(rows) + int(plan.title_size * 1.3))


def _strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def site():
    return load_site()


@pytest.mark.parametrize("lang", LANGS)
def test_section_cards_are_1200x630_png_without_metadata(site, lang: str) -> None:
    out = generate(site, lang)
    assert set(out.files) == {card_path(c) for c in CARD_IDS}
    for path, png in out.files.items():
        img = Image.open(io.BytesIO(png))
        assert img.format == "PNG" and img.size == (1200, 630), path
        assert set(chunks(png)) <= PIXEL_CHUNKS, (path, chunks(png))
        assert not {k for k in img.info if k != "transparency"}, (path, img.info)


def test_each_language_has_its_own_cards(site) -> None:
    vi, en = (generate(site, lang).files for lang in LANGS)
    for path in vi:
        assert vi[path] != en[path], f"{path}: the same picture in both languages"


@pytest.mark.parametrize("card_id", CARD_IDS)
def test_vietnamese_title_is_drawn_with_its_marks(site, card_id: str) -> None:
    """The title region holds text (not a blank card) and the diacritics add strokes:
    the same title without its marks draws less ink."""
    made = section_card(site.facts, site.ui("vi"), "vi", card_id)
    assert not missing_characters(" ".join([made.kicker, made.title, *made.details]))
    plan = layout(made)
    assert not plan.truncated
    box = _title_box(plan)
    img = _image(draw(made))
    blank = _image(draw(dataclasses.replace(made, title="")))
    assert ImageChops.difference(img.crop(box), blank.crop(box)).getbbox() is not None
    assert len(img.crop(box).getcolors()) > 2  # strokes and their anti-aliased edges
    bare = dataclasses.replace(made, title=_strip_marks(made.title))
    assert bare.title != made.title, "the title has no Vietnamese marks to test"
    assert layout(bare).title_size == plan.title_size  # same size: ink is comparable
    assert _ink(img, box) > _ink(_image(draw(bare)), _title_box(layout(bare)))


def test_cards_and_leaflets_find_the_same_missing_characters() -> None:
    """One coverage check (scripts/fonts/coverage.py) serves the cards and the leaflets:
    emoji and a script Noto Sans lacks (Khmer) are named, once each, by both; letters
    with Vietnamese marks and spaces never are."""
    from scripts.leaflets.fonts import FONT_FILES as LEAFLET_FONTS
    from scripts.leaflets.text import printable

    text = "Ngày hội 🙂 ព្រឹ 🙂 đến trường"
    lacking = sorted({"🙂", *"ព្រឹ"})
    assert missing_characters(text) == lacking
    assert coverage.missing_characters(text, LEAFLET_FONTS.values()) == lacking
    assert drawable(text) == printable(text) == "Ngày hội đến trường"


def test_every_vietnamese_letter_has_its_own_glyph() -> None:
    """Each letter with a mark draws differently from its base letter in both faces
    (a missing glyph would draw the font's empty box, or the bare letter)."""
    assert not missing_characters(VIETNAMESE)
    for face in ("regular", "bold"):
        f = font(face, 48)

        def render(ch: str, f=f) -> bytes:
            img = Image.new("L", (80, 100), 0)
            ImageDraw.Draw(img).text((10, 10), ch, font=f, fill=255)
            return img.tobytes()

        for ch in VIETNAMESE:
            assert render(ch) != render(_strip_marks(ch)), (face, ch)


def test_hostile_text_is_drawn_as_text_cut_to_fit() -> None:
    hostile = Card(
        kicker="\u202eevil\u202c kicker " * 30,
        title='<script>alert(1)</script> 😀 עברית مرحبا ' + "Dài " * 2500,
        details=("line1\nline2\r\n" + "x" * 5000, "\u200f\u2067" + "ש" * 300 + "\u2069a"),
        badge="ĐÃ HỦY " * 40, footer="f" * 400)
    plan = layout(hostile)
    assert plan.truncated
    drawn = [text for text, *_ in plan.lines]
    assert any("<script>alert(1)</script>" in t for t in drawn)
    assert not set("".join(drawn)) & set("😀עברמרحبا\u202e\u202c\u200f\u2067\u2069\n\r")
    for text, face, size, x, y, _ in plan.lines:
        assert x + font(face, size).getlength(text) <= card.WIDTH - card.MARGIN, text
        assert y >= 0 and y + size * 1.3 <= card.HEIGHT, text
    img = Image.open(io.BytesIO(draw(hostile)))
    assert img.size == (1200, 630)
    # A title wholly in a script the font lacks leaves the title out, nothing else.
    rtl = Card(kicker="K", title="עברית مرحبا", details=("D",), footer="F")
    assert drawable(rtl.title) == ""
    assert Image.open(io.BytesIO(draw(rtl))).size == (1200, 630)
    assert rtl.alt == "K. D. F"


def test_cards_come_from_the_cache_when_nothing_changed(tmp_path: Path, monkeypatch) -> None:
    drawn = []
    real = card.draw
    monkeypatch.setattr(card, "draw", lambda c: drawn.append(c) or real(c))
    made = Card(kicker="Phường Dị Sử", title="Thẻ thử", details=("Chi tiết",), footer="111")
    first = cache.card_png(made, tmp_path)
    assert cache.card_png(made, tmp_path) == first and len(drawn) == 1
    cache.card_png(dataclasses.replace(made, title="Thẻ khác"), tmp_path)
    assert len(drawn) == 2
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".png", ".png"]  # no temp files


def test_section_of_a_page() -> None:
    assert section_of("law/penalties.md") == "law"
    assert section_of("guide/employers.md") == "guides"
    assert section_of("agencies/directives/di-su-ward.md") == "agencies"
    assert section_of("campaigns/events.md") == "campaigns"
    assert section_of("checker.md") == "checker"
    assert section_of("toolkit/training/police-slides.html") == "toolkit"
    for other in ("index.md", "report.md", "glossary.md", "about.md"):
        assert section_of(other) == "other"


def test_page_title_is_the_first_heading_as_plain_text() -> None:
    assert page_title("x", {"title": "A &amp; B"}) == "A & B"
    assert page_title("# Điều 147 {: #art-147 }\n", {}) == "Điều 147"
    assert page_title("```\n# not this\n```\n\n# The *real* `one`\n", {}) == "The real one"
    assert page_title("## sub\n# [Link](x.md) and <b>bold</b>\n", {}) == "Link and bold"
    assert page_title("# snake_case \\*stars\\*\n", {}) == "snake_case *stars*"
    assert page_title("no heading", {}) == ""


@pytest.mark.parametrize("lang", LANGS)
def test_meta_tags_escape_text_and_name_the_publisher(lang: str) -> None:
    facts = load_site_facts()
    hostile = '"><script>alert(1)</script> &'
    markup = og_head(facts, lang, Preview(title=hostile, description=hostile + "x" * 900,
                                          image=card_path("law"), image_alt=hostile),
                     "law/penalties.md")
    tags = Tags()
    tags.feed(markup)
    assert [t for t, _ in tags.tags] == ["meta"] * len(tags.tags)
    meta = {a.get("property") or a["name"]: a["content"] for _, a in tags.tags}
    root = facts["site_root"].rstrip("/") + "/"
    assert meta["og:site_name"] == facts["publisher"]["name"][lang]
    assert meta["og:title"] == hostile and meta["og:image:alt"] == hostile
    assert len(meta["og:description"]) <= 300 and meta["og:description"].endswith("…")
    assert meta["og:url"] == f"{root}{lang}/law/penalties.html"
    assert meta["og:image"] == f"{root}{lang}/assets/previews/law.png"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["twitter:card"] == "summary_large_image"
    other = {e["code"]: e["og_locale"] for e in facts["languages"]}
    assert meta["og:locale"] == other.pop(lang)
    assert meta["og:locale:alternate"] in other.values()
    no_address = og_head(facts, lang, Preview("t", "d", card_path("other"), "a"), None)
    assert "og:url" not in no_address


def _project_with(tmp_path: Path, lang: str, key: str, value: str) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(DATA, docs / "data")
    for code in LANGS:
        (docs / code).mkdir(parents=True)
    table = docs / "data" / "ui" / f"{lang}.yml"
    ui = yaml.safe_load(table.read_text(encoding="utf-8"))
    ui[key] = value
    table.write_text(yaml.safe_dump(ui, allow_unicode=True), encoding="utf-8")
    return docs


def test_card_wording_that_cannot_be_drawn_stops_the_build(tmp_path: Path) -> None:
    docs = _project_with(tmp_path / "a", "vi", "preview_law_title", "Luật ខ្មែរ")
    with pytest.raises(GenerateError, match=r"ui/vi\.yml, preview_law_title.*ខ"):
        generate(load_site(docs), "vi")
    docs = _project_with(tmp_path / "b", "en", "preview_toolkit_text", "Long words " * 60)
    with pytest.raises(GenerateError, match=r"ui/en\.yml, preview_toolkit.*too long"):
        generate(load_site(docs), "en")
