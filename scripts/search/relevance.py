"""The relevance table (tests/fixtures/search_relevance.yml) and its scores: the rank
of the expected page for each query, mean reciprocal rank and top-3 rate per
language. Used by the tests and by `make bench`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from scripts.paths import ROOT
from scripts.yamlmarks import read_yaml

TABLE = ROOT / "tests" / "fixtures" / "search_relevance.yml"


@dataclass(frozen=True)
class Row:
    lang: str
    query: str
    expect: tuple[str, ...]  # paths or globs; any of them answers the query
    kind: str

    def matches(self, page: str) -> bool:
        return any(fnmatchcase(page, pattern) for pattern in self.expect)

    def rank(self, pages: list[str]) -> int | None:
        """1-based rank of the first answering page, None if absent."""
        return next((i for i, page in enumerate(pages, 1) if self.matches(page)), None)


def load_table(path: Path = TABLE) -> list[Row]:
    data = read_yaml(path)
    rows = []
    for lang, entries in data.items():
        for entry in entries:
            expect = entry["expect"]
            rows.append(Row(lang, str(entry["q"]),
                            tuple(expect) if isinstance(expect, list) else (expect,),
                            entry.get("kind", "")))
    return rows


def scores(rows: list[Row], search: Callable[[Row], list[str]]) -> dict[str, dict]:
    """Per language: rows, mean reciprocal rank, top-3 rate and the misses."""
    out: dict[str, dict] = {}
    for row in rows:
        rank = row.rank(search(row))
        entry = out.setdefault(row.lang, {"rows": 0, "rr": 0.0, "top3": 0, "misses": []})
        entry["rows"] += 1
        entry["rr"] += 1 / rank if rank else 0.0
        entry["top3"] += bool(rank and rank <= 3)
        if not (rank and rank <= 3):
            entry["misses"].append((row.query, rank))
    for entry in out.values():
        entry["mrr"] = round(entry.pop("rr") / entry["rows"], 3)
        entry["top3_rate"] = round(entry["top3"] / entry["rows"], 3)
    return out
