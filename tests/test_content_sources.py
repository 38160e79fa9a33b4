"""Safeguards on the page sources: every article cited is in the registry of sources
(docs/data/sources.yml), and ages, hours and fines are not retyped in pages.

No build needed: pages are rendered through the library exactly as the hook does.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

from scripts.content import generated_pages, load_content, render_markdown
from scripts.content.render import format_number
from scripts.paths import DOCS
from scripts.site.frontmatter import parse
from scripts.site.languages import LANGUAGES
from scripts.site.nav import load_nav, nav_paths

# Pages another feature owns (we only keep a placeholder for the checker).
NOT_OURS = {"checker.md"}
CHECKER_REASON = re.compile(r'<li class="tk-reason[^"]*">.*?</li>', re.S)
WINDOW = 220  # characters around an article number where its instrument must be named

ARTICLE_RE = {
    "vi": re.compile(r"Điều\s+(\d+)"),
    "en": re.compile(r"\b(?:Article|Articles|Art\.|Arts\.|art\.|arts\.)\s*(\d+)"),
}


def _split_front_matter(text: str) -> tuple[dict, str, int]:
    if not text.startswith("---"):
        return {}, text, 0
    end = text.find("\n---", 3)
    meta = yaml.safe_load(text[3:end]) or {}
    body_start = text.find("\n", end + 4) + 1
    return meta, text[body_start:], text[:body_start].count("\n")


def hand_pages(lang: str) -> dict[str, str]:
    root = DOCS / lang
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*.md"))
        if p.relative_to(root).as_posix() not in NOT_OURS
        and not p.relative_to(root).as_posix().startswith("campaigns/")
    }


@cache
def rendered(lang: str) -> dict[str, str]:
    out = {}
    for path, text in hand_pages(lang).items():
        meta, body, offset = _split_front_matter(text)
        out[path] = render_markdown(body, lang=lang, page_path=path, meta=meta,
                                    line_offset=offset)
    out.update(generated_pages(lang))
    return out


def _instrument_markers(lang: str) -> dict[str, list[str]]:
    data = load_content()
    return {
        sid: [s.short.get(lang), s.number, s.short.get("en"), s.short.get("vi")]
        for sid, s in data.sources.items()
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_cited_article_is_in_the_registry(lang: str) -> None:
    data = load_content()
    markers = _instrument_markers(lang)
    problems = []
    for path, text in rendered(lang).items():
        # The checker's own reason sentences (toolkit case answers) cite through
        # work-rules.yml, whose citations the checker's loader checks against sources.yml.
        text = CHECKER_REASON.sub("", text)
        for match in ARTICLE_RE[lang].finditer(text):
            article = int(match.group(1))
            window = text[max(0, match.start() - WINDOW): match.end() + WINDOW]
            named = [sid for sid, names in markers.items() if any(n in window for n in names)]
            if not any(article in data.sources[sid].articles for sid in named):
                snippet = text[max(0, match.start() - 60): match.end() + 60].replace("\n", " ")
                problems.append(f"docs/{lang}/{path}: article {article} ({named}): {snippet}")
    assert not problems, "Citations not in docs/data/sources.yml:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_do_not_retype_fines_or_hours(lang: str) -> None:
    """Fines and the night-work hours come from facts.yml through the helpers."""
    data = load_content()
    literals = set()
    for fact in data.facts.values["fines"].values():
        for amount in (fact.min, fact.max):
            if amount:
                literals |= {format_number(amount, "vi"), format_number(amount, "en")}
    for key in ("night_start", "night_end"):
        literals.add(str(data.fact(f"hours.{key}").value))
    hour_limits = re.compile(
        r"\b(?:4|8|20|40)\s*(?:giờ|hours?)\b(?:\s*(?:/|mỗi|một|a|per)\s*(?:ngày|tuần|day|week))"
    )
    problems = []
    for path, text in hand_pages(lang).items():
        for literal in literals:
            if literal in text:
                problems.append(f"docs/{lang}/{path}: retyped {literal!r}")
        for match in hour_limits.finditer(text):
            problems.append(f"docs/{lang}/{path}: retyped hour limit {match.group(0)!r}")
    assert not problems, "Use fact()/fine() instead:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_law_pages_have_legal_basis_and_last_reviewed(lang: str) -> None:
    pages = hand_pages(lang)
    law = [p for p in pages if p.startswith("law/")]
    assert len(law) >= 11
    for path in law:
        meta, _, _ = _split_front_matter(pages[path])
        assert str(meta.get("last_reviewed")) == "2026-11-23", path
        assert '!!! legal-basis "' in rendered(lang)[path], path


def test_every_page_exists_in_both_languages() -> None:
    # A page may wait for its translation if its original says so (README, Two languages).
    vi, en = set(hand_pages("vi")), set(hand_pages("en"))
    for original, missing in (("vi", vi - en), ("en", en - vi)):
        unmarked = [p for p in sorted(missing)
                    if parse(hand_pages(original)[p]).get("translation") != "pending"]
        assert not unmarked, f"docs/{original}/ pages with no twin, not marked pending: {unmarked}"
    assert set(generated_pages("vi")) == set(generated_pages("en"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_content_page_is_in_the_navigation(lang: str) -> None:
    listed = set(nav_paths(load_nav(lang)))
    ours = set(hand_pages(lang)) | set(generated_pages(lang))
    assert not ours - listed, f"not in docs/data/nav.yml: {sorted(ours - listed)}"


def test_english_pages_use_the_glossary_terms() -> None:
    # Variants the glossary does not use; the English pages keep one word per concept.
    avoid = ["underage worker", "juvenile worker", "child worker ", "labor ", "Peoples Committee",
             "People's Council", "hot line"]
    problems = [
        f"docs/en/{path}: {word!r}"
        for path, text in rendered("en").items()
        for word in avoid
        if word in text
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_mermaid_and_no_external_assets(lang: str) -> None:
    for path, text in rendered(lang).items():
        assert "mermaid" not in text, path
        assert not re.search(r"""(?:src|href)=["']https?://[^"']+\.(?:js|css)""", text), path
        assert not re.search(r"""<(?:img|script|link)[^>]+(?:src|href)=["']https?://""", text), path
