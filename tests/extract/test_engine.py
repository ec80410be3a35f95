"""The engine: best-scoring style first, generic as fallback, one reading per quantity."""

from __future__ import annotations

from plantrack import extract


def test_style_reading_wins_over_the_generic_one() -> None:
    text = "展望2025\n\n南通市通州区将锚定全年目标。地区生产总值增长6%左右,规上工业增加值增长9%。\n"
    extraction = extract(text)
    assert [f.kind for f in extraction.facts] == ["target", "target"]
    assert "outlook" in extraction.extractors


def test_restatements_are_kept_once() -> None:
    text = ("上半年,南通市地区生产总值实现500亿元,增长5%。\n"
            "据介绍,上半年,南通市地区生产总值实现500亿元,增长5%。")
    extraction = extract(text, year=2023)
    assert len(extraction.results) == 2


def test_no_year_no_facts() -> None:
    assert not extract("地区生产总值增长5%。").facts
