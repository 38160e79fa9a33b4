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
    """Ids of the grouped jobs where every typed word begins a word of the job's name
    or of a word pointing to it ("ho" finds "hồ", not the "ho" inside "khô")."""
    words = fold(query).split()
    found = []
    for job in compiled_rules(lang)["jobs"]:
        hay = " " + re.sub(r"[^\w]+", " ", fold(" ".join([job["name"], *job["words"]])))
        if job["group"] is not None and all(" " + w in hay for w in words):
            found.append(job["id"])
    return found
