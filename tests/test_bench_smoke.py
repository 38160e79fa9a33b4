"""The benchmark's pure-Python parts on tiny inputs (no timings: machines are noisy)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from scripts.bench import synthetic
from scripts.bench.build import stock_config
from scripts.bench.leaflets import parse_rendered
from scripts.bench.report import Row, format_table, missed, rows_for
from scripts.bench.scaling import fit_exponent


def test_synthetic_campaigns_are_valid(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, campaigns=3, events_per_campaign=4)
    campaigns, events, errors = synthetic.validate(tmp_path)
    assert errors == []
    assert (campaigns, events) == (3, 12)


def test_synthetic_campaigns_follow_the_example(tmp_path: Path) -> None:
    example = synthetic.load_example()
    made = synthetic.make_campaign(example, number=2, events=3)
    assert set(made) == set(example)  # same fields: the example is the schema
    assert [e["id"] for e in made["events"]] == ["su-kien-0001", "su-kien-0002", "su-kien-0003"]
    assert all(len(t) <= 120 for t in made["title"].values())


@pytest.mark.parametrize(("power", "expected"), [(1, 1.0), (2, 2.0), (0.5, 0.5)])
def test_exponent_fit(power: float, expected: float) -> None:
    sizes = [10, 100, 1000]
    times = [3.7 * n**power for n in sizes]
    assert math.isclose(fit_exponent(sizes, times), expected, rel_tol=1e-9)


def test_exponent_fit_needs_two_sizes() -> None:
    with pytest.raises(ValueError):
        fit_exponent([10], [1.0])


def test_table_marks_targets() -> None:
    rows = [Row("s", "fast enough", "1 s", "< 2 s", True),
            Row("s", "too slow", "3 s", "< 2 s", False),
            Row("s", "no target", "5")]
    table = format_table(rows, {"date": "today", "nproc": 2})
    lines = {line.split()[1]: line for line in table.splitlines() if line.startswith("s ")}
    assert lines["fast"].rstrip().endswith("yes")
    assert lines["too"].rstrip().endswith("NO")
    assert lines["no"].rstrip().endswith("5")
    assert [r.metric for r in missed(rows)] == ["too slow"]


def test_failed_section_is_a_row() -> None:
    rows = rows_for({"search": {"error": "search failed:\n  Traceback\nValueError: no input"}})
    assert rows == [Row("search", "ERROR", "search failed: ... ValueError: no input", "", False)]


def test_targets_from_section_results() -> None:
    result = {"search": {"result": {"index": {}, "queries": {}, "median_ms": 120.0,
                                    "max_ms": 400.0}},
              "leaflets": {"result": {"pdfs": 8, "cold_median_seconds": 2.0,
                                      "pdfs_per_second": 4.0, "rerendered_unchanged": 1,
                                      "warm_seconds": 0.5}}}
    met = {r.metric: r.met for r in rows_for(result) if r.met is not None}
    assert met == {"keystroke to results, all queries (median)": True,
                   "cold: 8 PDFs": False,  # 4 PDFs/s against at least 15
                   "nothing changed: re-rendered": False}


def test_issue_12_targets_at_1000_events() -> None:
    point = {"campaigns": 100, "events": 1000, "validate": "",
             "with_leaflets": {"median_seconds": 100.0, "peak_tree_rss_mb": 1,
                               "peak_process_rss_mb": 1, "pdfs": 800, "html_pages": 2000},
             "pages_only": {"median_seconds": 31.0, "peak_tree_rss_mb": 1,
                            "peak_process_rss_mb": 1, "pdfs": 0, "html_pages": 2000},
             "one_campaign_changed_seconds": 4.0,
             "index_gzip_bytes": {"vi": 900_000, "en": 1_200_000}}
    result = {"scaling": {"result": {"shape": "", "leaflets_switch": "X=1", "points": [point],
                                     "exponent_with_leaflets": 1.0,
                                     "exponent_pages_only": 1.0,
                                     "seconds_per_extra_event_with_leaflets": 0.1,
                                     "seconds_per_extra_event_pages_only": 0.03}}}
    met = {r.metric: r.met for r in rows_for(result) if r.met is not None}
    assert met["1000 events (100 campaign(s)): 800 PDFs, 2000 pages"] is True
    assert met["1000 events (100 campaign(s), pages only): 0 PDFs, 2000 pages"] is False
    assert met["1000 events, pages only: rebuilt after one campaign changed"] is True
    assert met["1000 events: search index vi (gzip)"] is True
    assert met["1000 events: search index en (gzip)"] is False


def test_leaflet_cli_output_is_parsed() -> None:
    line = "leaflets: 22 PDFs, 0 rendered, 22 reused from cache (0.2 s) -> out/"
    assert parse_rendered(line) == (0, line)
    assert parse_rendered("nothing to see")[0] is None


def test_stock_config_has_no_hooks(tmp_path: Path) -> None:
    text = stock_config("vi", "Tên: có dấu hai chấm", tmp_path / "docs", tmp_path / "site")
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *a: None)
    config = yaml.load(text, Loader=Loader)
    assert config["theme"] == {"name": "material", "language": "vi"}
    assert config["site_name"] == "Tên: có dấu hai chấm"
    assert config["strict"] is False
    assert not {"hooks", "nav", "plugins"} & set(config)
    assert config["markdown_extensions"]
