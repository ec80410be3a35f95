"""Batches: folders walked recursively, every file extracted or named with its reason."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import plantrack
import plantrack.api
from plantrack.api import extract, extract_batch, piece_bounds, walk_paths
from plantrack.components import LoadOptions
from plantrack.model import Document, Extraction, Failure
from plantrack.plugins import Registry

REPORT = "2023年7月25日\n上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"


def test_walk_is_recursive_sorted_and_skips_hidden_files_and_sidecars(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.txt.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("x")
    (tmp_path / "notes.csv").write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in walk_paths([tmp_path])]
    assert names == ["a.txt", "b/deep.txt", "notes.csv"]


def test_a_file_given_by_name_is_taken_even_if_hidden(tmp_path: Path):
    hidden = tmp_path / ".draft.txt"
    hidden.write_text("x")
    assert list(walk_paths([hidden])) == [hidden]


def test_batch_yields_one_outcome_per_file_in_order(tmp_path: Path):
    (tmp_path / "1-good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "3-picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "4-table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "5-good.txt").write_text(REPORT, encoding="utf-8")
    outcomes = list(extract_batch([tmp_path]))
    assert [type(o) for o in outcomes] == [Extraction, Failure, Failure, Failure, Extraction]
    kinds = [o.kind for o in outcomes if isinstance(o, Failure)]
    assert kinds == ["empty", "binary", "unsupported"]
    assert all(len(o.facts) == 2 for o in outcomes if isinstance(o, Extraction))


def test_too_large_files_are_refused_before_reading(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text(REPORT * 100, encoding="utf-8")
    [outcome] = extract_batch([big], options=LoadOptions(max_bytes=1000))
    assert isinstance(outcome, Failure)
    assert outcome.kind == "too_large"
    assert "--max-size" in outcome.reason
    [ok] = extract_batch([big], options=LoadOptions(max_bytes=10**6))
    assert isinstance(ok, Extraction)


class _BrokenLoader:
    name = "broken"
    suffixes = (".broken",)

    def load(self, path: Path, options: LoadOptions) -> Document:
        raise RuntimeError("bug\nin the plugin")


def test_a_loader_that_raises_is_a_plugin_error_and_the_batch_goes_on(tmp_path: Path):
    from plantrack.plugins import get_registry

    base = get_registry()
    registry = Registry(loaders={**base.loaders, "broken": _BrokenLoader()},
                        extractors=base.extractors, reporters=base.reporters,
                        indicators=base.indicators, regions=base.regions)
    (tmp_path / "a.broken").write_text("x")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    first, second = extract_batch([tmp_path], registry=registry)
    assert isinstance(first, Failure)
    assert first.kind == "plugin_error"
    assert "\n" not in first.reason
    assert "RuntimeError: bug in the plugin" in first.reason
    assert isinstance(second, Extraction)


@given(st.text(alphabet="ab\n。", max_size=400), st.integers(min_value=2, max_value=50))
def test_pieces_cover_the_text_exactly_and_respect_the_limit(text: str, limit: int):
    bounds = piece_bounds(text, limit)
    assert bounds[0][0] == 0
    assert bounds[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""


def test_pieces_end_at_line_ends_when_there_are_any():
    text = ("一二三四五六七八。\n" * 30)
    bounds = piece_bounds(text, 45)
    assert len(bounds) > 1
    assert all(text[end - 1] == "\n" for _, end in bounds[:-1])


def test_a_long_text_read_in_pieces_keeps_every_span_on_the_whole_text(monkeypatch):
    import plantrack.api

    paragraph = "2023年上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"
    text = "".join(f"第{i}段。\n{paragraph}" for i in range(40)) + "全区新开工重大项目{}个。\n"
    text = text.format(15)
    whole = extract(text)
    monkeypatch.setattr(plantrack.api, "PIECE_CHARS", 300)
    assert len(piece_bounds(text, 300)) > 5
    pieced = extract(text)
    # the paragraph is restated forty times: kept once, at its first statement, as
    # when the text is read whole
    assert len(pieced.facts) == 3
    assert pieced.facts == whole.facts
    for fact in pieced.facts:
        p = fact.provenance
        assert text[p.start:p.end] == p.quote
    assert pieced.year == whole.year == 2023
    assert pieced.text is not None
    assert pieced.text.chars == len(text)


def test_every_extraction_says_which_text_its_spans_index(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    ref = extract(path).text
    assert ref is not None
    assert ref.source == str(path)
    assert ref.loader == "text"
    assert ref.chars == len(REPORT)
    import hashlib

    assert ref.sha256 == hashlib.sha256(REPORT.encode()).hexdigest()


@pytest.mark.parametrize("name", ["missing.txt", "sub/missing.txt"])
def test_a_missing_file_is_a_failure_not_an_exception(tmp_path: Path, name: str):
    [outcome] = extract_batch([tmp_path / name])
    assert isinstance(outcome, Failure)
    assert outcome.kind == "missing"


@pytest.mark.parametrize("trace", [False, True])
def test_plantrack_trace_shows_where_a_plugin_raised(tmp_path: Path, monkeypatch, capsys,
                                                      trace: bool):
    from plantrack.plugins import get_registry

    if trace:
        monkeypatch.setenv("PLANTRACK_TRACE", "1")
    else:
        monkeypatch.delenv("PLANTRACK_TRACE", raising=False)
    base = get_registry()
    registry = Registry(loaders={"broken": _BrokenLoader()}, extractors=base.extractors,
                        reporters=base.reporters, indicators=base.indicators,
                        regions=base.regions)
    (tmp_path / "a.broken").write_text("x")
    [failure] = extract_batch([tmp_path], registry=registry)
    assert isinstance(failure, Failure)
    err = capsys.readouterr().err
    assert ("Traceback" in err and "in load" in err and "RuntimeError: bug" in err) == trace


def test_a_sidecar_sets_the_region_the_year_and_the_month_so_far_runs_to(tmp_path: Path):
    path = tmp_path / "news.txt"
    path.write_text("截至目前，全区已新签约重大项目18个。", encoding="utf-8")
    (tmp_path / "news.txt.meta.json").write_text(
        '{"published": "2023-03-10", "region": "320612"}', encoding="utf-8")
    [fact] = extract(path).facts
    assert (fact.region, str(fact.period)) == ("320612", "2023-01..2023-03")
    assert fact.quantity.value == 18
    (tmp_path / "news.txt.meta.json").write_text('{"published": "2024-05-02"}',
                                                 encoding="utf-8")
    [fact] = extract(path).facts
    assert str(fact.period) == "2024-01..2024-05"


def test_a_sidecars_title_names_the_region_the_text_leaves_unsaid(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text("2023年全区地区生产总值增长6.5%，增速居南通第二。\n", encoding="utf-8")
    [fact] = extract(path).facts
    # the body alone: 全区 of a district it never names (南通 is a yardstick): no region
    assert (fact.region, fact.uncertain) == (None, ("region",))
    (tmp_path / "plan.txt.meta.json").write_text(
        '{"title": "海门区2023年国民经济和社会发展计划执行情况"}', encoding="utf-8")
    [fact] = extract(path).facts
    assert (fact.region, fact.region_name) == ("320614", "海门区")
    assert fact.provenance.quote == path.read_text(encoding="utf-8")[
        fact.provenance.start:fact.provenance.end]


def test_documents_are_named_by_their_relative_path(tmp_path, monkeypatch):
    for folder in ("2022", "2023"):
        (tmp_path / "reports" / folder).mkdir(parents=True)
        (tmp_path / "reports" / folder / "plan.txt").write_text(
            "展望2024，全年地区生产总值增长6%左右。", encoding="utf-8")
    names = [o.document for o in plantrack.extract_batch([tmp_path / "reports"])]
    assert names == ["reports/2022/plan.txt", "reports/2023/plan.txt"]
    monkeypatch.chdir(tmp_path)
    names = [o.document for o in plantrack.extract_batch([Path("reports/./2022/../2023")])]
    assert names == ["reports/2023/plan.txt"]


def test_gather_reads_saved_extractions_beside_documents(tmp_path):
    from plantrack.convert import extraction_to_json

    plan = tmp_path / "plan.txt"
    plan.write_text("展望2024，全年地区生产总值增长6%左右。", encoding="utf-8")
    saved = tmp_path / "saved.jsonl"
    first = next(iter(plantrack.extract_batch([plan])))
    saved.write_text(json.dumps(extraction_to_json(first), ensure_ascii=False) + "\n",
                     encoding="utf-8")
    (tmp_path / "card.json").write_text('{"rows": []}', encoding="utf-8")
    outcomes = list(plantrack.api.gather([tmp_path]))
    assert isinstance(outcomes[0], Failure)
    assert "a scorecard's JSON" in outcomes[0].reason
    assert outcomes[1:] == [first, first]
