"""The job search of the checker page, in Python: the same folding and matching as
filterJobs() in checker.js, so the words file can be tested without a browser."""

from __future__ import annotations

import re
import unicodedata

from scripts.checker.compile import compiled_rules


def fold(text: str) -> str:
    """Accent-free, lower-case ("Dệt chiếu" -> "det chieu"); đ is not decomposed by NFD."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("đ", "d").replace("Đ", "d").lower()


def find_jobs(query: str, lang: str) -> list[str]:
    """Ids of the grouped jobs whose name, or a word pointing to it, matches the query
    (the first matching mode of _MODES that finds any)."""
    jobs = [(j["id"], [j["name"], *j["words"]]) for j in compiled_rules(lang)["jobs"]
            if j["group"] is not None]
    return _first_found(query, jobs)


# How a typed word matches a word of the texts, strictest first. A query typed with
# accents is matched with its accents, every word of it ("thợ may" is not "thợ máy":
# review 36, F1; "mổ" is not "mỏ": review 32, F2; "bóc vỏ" is not "đấm bốc": review 35, F1),
# first as whole words ("bóng đá" is not "đánh bóng": review 37, F2), then as the start of
# words (a word still being typed). Not then without accents: folded, "bóc vỏ" found the
# athlete row again, so a query with an accent left out ("ban vé số") finds no row and
# the reader has "Other work" (review 37, observed). A query typed without accents
# matches any accents.
_MODES = ("whole", "start")


def _words(query: str) -> list[str]:
    # Punctuation splits words as in the texts: "ô-sin" is "ô sin".
    return re.sub(r"[^\w]+", " ", unicodedata.normalize("NFC", query).lower()).split()


def _matches(words: list[str], texts: list[str], mode: str) -> bool:
    """Every typed word begins a word of the texts ("ho" finds "hồ", not the "ho" of "khô"),
    or is one ("whole")."""
    text = unicodedata.normalize("NFC", " ".join(texts)).lower()
    if mode == "folded":
        text, words = fold(text), [fold(w) for w in words]
    hay = " " + re.sub(r"[^\w]+", " ", text) + " "
    end = " " if mode == "whole" else ""
    return all(" " + w + end in hay for w in words)


def _first_found(query: str, items: list[tuple[str, list[str]]]) -> list[str]:
    """The ids the first mode that finds any finds (an unaccented query: "folded" only)."""
    words = _words(query)
    modes = _MODES if any(fold(w) != w for w in words) else ("folded",)
    for mode in modes:
        found = [item for item, texts in items if _matches(words, texts, mode)]
        if found:
            return found
    return []


def find_places(query: str, lang: str) -> list[str]:
    """Ids of the places whose name matches the query: "karaoke" is a place, asked in its
    own question, and the page says so (review 27, observed 2). When the query also finds a
    job, only the places of art. 147(2): "nhà nghỉ" found the alcohol row alone ("nhậu",
    "nghiện"), not the guest houses of point d (review 30, F2)."""
    if not _words(query):
        return []
    jobs = find_jobs(query, lang)
    return _first_found(query, [(p["id"], [p["name"], *p["words"]])
                                for p in compiled_rules(lang)["places"]
                                if p["id"] != "other-place" and (not jobs or p["point"])])
