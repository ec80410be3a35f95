"""A sentence is the unit of failure: one that an extractor raises on costs itself only."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import plantrack
from plantrack.model import Goal, Project, Result
from plantrack.plugins import build_registry, get_plugin_manager
from plantrack.text.periods import month_span
from plantrack.text.prepare import PreparedDocument

GOOD = "上半年，地区生产总值增长6%。"


@pytest.mark.parametrize("bad", ["3-1月，固定资产投资增长7%。", "8-2月份，工业增加值增长5%。"])
def test_a_reversed_month_range_costs_its_sentence_only(bad: str) -> None:
    extraction = plantrack.extract(bad + GOOD + "1-5月，社会消费品零售总额增长3%。", year=2023)
    assert [f.provenance.quote for f in extraction.facts] == ["地区生产总值增长6%",
                                                            "社会消费品零售总额增长3%"]
    assert len(extraction.warnings) == 1
    warning = extraction.warnings[0]
    assert warning.startswith("<text>: ")
    assert bad.rstrip("。") in warning


def test_a_range_across_the_year_end_reads_from_december_before() -> None:
    extraction = plantrack.extract("12-2月，固定资产投资增长7%。" + GOOD, year=2023)
    assert [str(f.period) for f in extraction.facts] == ["2022-12..2023-02", "2023H1"]
    assert not extraction.warnings


@pytest.mark.parametrize(("first", "last", "expected"), [
    (1, 7, "2023-01..2023-07"), (12, 2, "2022-12..2023-02"), (10, 3, "2022-10..2023-03"),
    (3, 1, None), (9, 4, None)])
def test_month_span(first: int, last: int, expected: str | None) -> None:
    span = month_span(2023, first, last)
    assert (str(span) if span else None) == expected


class _Fussy:
    """Raises on any sentence holding 坏, reads the others' numbers as the generic does."""

    name = "fussy"
    description = "test"
    always_run = True

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def detect(self, doc: PreparedDocument) -> float:
        return 1.0

    def extract(self, doc: PreparedDocument) -> Iterable[Goal | Result | Project]:
        if "坏" in doc.scoped_text:
            raise RuntimeError("boom")
        return self.inner.extract(doc)  # type: ignore[attr-defined, no-any-return]


def test_any_error_in_a_sentence_costs_that_sentence_only() -> None:
    registry = build_registry(get_plugin_manager())
    fussy = _Fussy(registry.extractors["generic"])
    registry.extractors.clear()
    registry.extractors["fussy"] = fussy
    text = "上半年，地区生产总值增长6%。坏句子，工业增加值增长9%。1-5月，社会消费品零售总额增长3%。"
    extraction = plantrack.extract(text, year=2023, registry=registry)
    quotes = [f.provenance.quote for f in extraction.facts]
    assert quotes == ["地区生产总值增长6%", "社会消费品零售总额增长3%"]
    assert extraction.warnings == (
        "<text>: extractor fussy skipped «坏句子，工业增加值增长9%»: RuntimeError: boom",)
    # spans still index the original text
    for fact in extraction.facts:
        assert text[fact.provenance.start:fact.provenance.end] == fact.provenance.quote


class _Broken(_Fussy):
    def extract(self, doc: PreparedDocument) -> Iterable[Goal | Result | Project]:
        raise RuntimeError("boom")


def test_a_broken_extractor_is_one_warning_per_section() -> None:
    registry = build_registry(get_plugin_manager())
    registry.extractors.clear()
    registry.extractors["fussy"] = _Broken(None)
    extraction = plantrack.extract("好。好好。", year=2023, registry=registry)
    assert extraction.warnings == ("extractor fussy: RuntimeError: boom",)


def test_every_sentence_failing_names_each() -> None:
    registry = build_registry(get_plugin_manager())
    fussy = _Fussy(registry.extractors["generic"])
    registry.extractors.clear()
    registry.extractors["fussy"] = fussy
    extraction = plantrack.extract("坏。坏坏。", year=2023, registry=registry)
    assert len(extraction.warnings) == 2
