"""find_periods / parse_period: period expressions resolved against the document year."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from tests.text.strategies import mixed_text

from plantrack.model import Period
from plantrack.text.clean import clean
from plantrack.text.periods import find_periods, parse_period

FEB_2023 = date(2023, 2, 20)

EXPRESSIONS = [
    ("全年", "2023"), ("今年", "2023"), ("本年", "2023"), ("去年", "2022"), ("上年", "2022"),
    ("明年", "2024"), ("上半年", "2023H1"), ("下半年", "2023H2"), ("一季度", "2023Q1"),
    ("第四季度", "2023Q4"), ("3季度", "2023Q3"), ("前三季度", "2023-01..2023-09"),
    ("1-7月", "2023-01..2023-07"), ("1至7月", "2023-01..2023-07"),
    ("1月至7月", "2023-01..2023-07"), ("一至七月", "2023-01..2023-07"),
    ("1—6月份", "2023-01..2023-06"), ("1-6月", "2023-01..2023-06"),
    ("截至2月底", "2023-01..2023-02"), ("截至2023年6月末", "2023-01..2023-06"),
    ("截至目前", "2023-01..2023-02"), ("至今", "2023-01..2023-02"),
    ("到2025年", "2025"), ("到2025年底", "2025"), ("2024年", "2024"),
    ("2023年上半年", "2023H1"), ("2023上半年", "2023H1"), ("2023 年上半年", "2023H1"),
    ("2023年1-6月", "2023-01..2023-06"), ("去年一季度", "2022Q1"),
    ("2021年至2025年", "2021..2025"), ("2021-2025年", "2021..2025"),
    ("十四五", "2021..2025"), ("“十四五”期间", "2021..2025"), ("十四五时期", "2021..2025"),
    ("十五五", "2026..2030"), ("十三五", "2016..2020"), ("第十四个五年规划", "2021..2025"),
    ("未来五年", "2023..2027"), ("今后五年", "2023..2027"),
]


@pytest.mark.parametrize(("expr", "notation"), EXPRESSIONS)
def test_parse_period(expr: str, notation: str) -> None:
    match = parse_period(expr, 2023, today=FEB_2023)
    assert match is not None
    assert str(match.period) == notation
    assert not match.recurring


@pytest.mark.parametrize(("expr", "notation"), [
    ("１－７月", "2023-01..2023-07"), ("２０２３年上半年", "2023H1"),
    ("“十四五”時期", "2021..2025"), ("截至２月底", "2023-01..2023-02"),
    ("到２０２５年", "2025"), ("十四五規劃期", "2021..2025"), ("１至７月份", "2023-01..2023-07")])
def test_traditional_and_full_width_after_normalisation(expr: str, notation: str) -> None:
    match = parse_period(clean(expr).text, 2023, today=FEB_2023)
    assert match is not None
    assert str(match.period) == notation


@pytest.mark.parametrize("expr", ["每年", "年均"])
def test_recurring(expr: str) -> None:
    match = parse_period(expr, 2021)
    assert match is not None
    assert match.recurring
    assert match.period == Period.year(2021)


def test_month_ranges_keep_their_notation() -> None:
    match = parse_period("1-6月", 2023)
    assert match is not None
    assert match.period == Period.half(2023, 1)  # the same span as 上半年
    assert str(match.period) == "2023-01..2023-06"  # written as FACTS.md wants


@pytest.mark.parametrize("expr", ["前8月", "前8个月", "前八个月", "前两个月", "2016年前8月"])
def test_the_first_months_run_from_january(expr: str) -> None:
    match = parse_period(expr, 2016)
    assert match is not None
    last = 2 if "两" in expr else 8
    assert match.period == Period.months(2016, 1, last)


def test_horizon_written_on_a_plans_eve_is_the_next_plan() -> None:
    assert str(parse_period("未来五年", 2020).period) == "2021..2025"  # type: ignore[union-attr]
    assert str(parse_period("未来五年", 2021).period) == "2021..2025"  # type: ignore[union-attr]


@pytest.mark.parametrize("expr", [
    "全年", "今年", "上半年", "1-7月", "每年", "未来五年", "截至2月底"])
def test_relative_expressions_need_a_year(expr: str) -> None:
    assert parse_period(expr, None) is None


def test_own_year_expressions_need_none() -> None:
    assert str(parse_period("2023年上半年", None).period) == "2023H1"  # type: ignore[union-attr]
    assert str(parse_period("十四五期间", None).period) == "2021..2025"  # type: ignore[union-attr]


def test_to_date_needs_a_document_date() -> None:
    assert parse_period("截至目前", 2023) is None


@pytest.mark.parametrize("expr", ["2023年7月25日", "7月", "十四", "五年", "三年行动", ""])
def test_not_periods(expr: str) -> None:
    assert parse_period(expr, 2023) is None


def test_find_periods_in_running_text() -> None:
    text = clean("2023年上半年,全區實現GDP;1-7月增長;到2025年達到;十四五期間每年新增").text
    found = find_periods(text, 2023)
    assert [(m.text, str(m.period), m.recurring) for m in found] == [
        ("2023年上半年", "2023H1", False), ("1-7月", "2023-01..2023-07", False),
        ("到2025年", "2025", False), ("十四五期间", "2021..2025", False),
        ("每年", "2023", True)]
    for match in found:
        assert text[match.start:match.end] == match.text


@given(mixed_text(200))
def test_find_periods_never_raises_and_does_not_overlap(text: str) -> None:
    found = find_periods(text, 2023, today=FEB_2023)
    for a, b in pairwise(found):
        assert a.end <= b.start


@pytest.mark.parametrize(("text", "expected"), [
    ("05年上半年生产总值", "2005H1"), ("98年1-6月", "1998-01..1998-06"), ("15年一季度", "2015Q1")])
def test_a_year_in_two_figures_before_a_part_of_it(text: str, expected: str) -> None:
    assert [str(m.period) for m in find_periods(text, None, today=date(2026, 1, 1))] == [
        expected]


def test_two_figures_and_nian_alone_are_no_year() -> None:
    assert find_periods("近10年GDP年均增长8%", None) == []
