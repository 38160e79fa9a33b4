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
    """Ids of the grouped jobs whose name, or a word pointing to it, matches the query.
    Accents as in _matches: folded, "bóc vỏ" (peeling shells) found only the athlete
    row, through "đấm bốc" and "võ thuật" (review 35, F1)."""
    return [job["id"] for job in compiled_rules(lang)["jobs"]
            if job["group"] is not None and _matches(query, [job["name"], *job["words"]])]


def _matches(query: str, texts: list[str]) -> bool:
    """Every typed word begins a word of the texts ("ho" finds "hồ", not the "ho" of "khô").
    A query typed with accents is matched with its accents, every word of it: folded, "mổ"
    (slaughter) began "mỏ" (mine) and "phở" began "phòng" (karaoke rooms) (review 32, F2);
    "may", a word with no accent in an accented query, found "máy": a tailor ("thợ may")
    was sent to the mechanics' row (review 36, F1). A query typed without accents still
    matches any accents."""
    # Punctuation splits words as in the texts: "ô-sin" is "ô sin".
    words = re.sub(r"[^\w]+", " ", unicodedata.normalize("NFC", query).lower()).split()
    text = unicodedata.normalize("NFC", " ".join(texts)).lower()
    accented = any(fold(w) != w for w in words)
    hay = " " + re.sub(r"[^\w]+", " ", text if accented else fold(text))
    return all(" " + w in hay for w in words)


def find_places(query: str, lang: str) -> list[str]:
    """Ids of the places whose name matches the query: "karaoke" is a place, asked in its
    own question, and the page says so (review 27, observed 2). When the query also finds a
    job, only the places of art. 147(2): "nhà nghỉ" found the alcohol row alone ("nhậu",
    "nghiện"), not the guest houses of point d (review 30, F2)."""
    words = fold(query).split()
    if not words:
        return []
    jobs = find_jobs(query, lang)
    return [place["id"] for place in compiled_rules(lang)["places"]
            if place["id"] != "other-place" and (not jobs or place["point"])
            and _matches(query, [place["name"], *place["words"]])]
