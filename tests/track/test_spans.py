"""Rules found wrong on real output: growths over other spans, stocks at the period's
end, results in another unit, and the wording of a result that ends with its period."""

from __future__ import annotations

from decimal import Decimal

import pytest

from plantrack.track.scorecard import build_scorecard


def only_row(facts, *items):
    (row,) = build_scorecard([facts.extraction(*items)], catalog=facts.catalog).rows
    return row


def test_a_per_year_growth_is_not_compared_with_a_two_year_growth(facts):
    # 年均增长6% against 两年累计增长13%: 13 is not a yearly growth
    row = only_row(facts,
                   facts.goal("gdp", 6, measure="growth", period="2021..2025", per="year"),
                   facts.result("gdp", 13, measure="growth", period="2021..2022"))
    assert row.status == "not_comparable"
    assert (row.expected, row.pace) == (None, None)
    assert "without compounding" in row.explanation


def test_a_per_year_growth_meets_one_years_growth(facts):
    row = only_row(facts,
                   facts.goal("gdp", 6, measure="growth", period="2021..2025", per="year"),
                   facts.result("gdp", "6.2", measure="growth", period="2023"))
    assert (row.status, str(row.compared_period), row.expected) == ("met", "2023", 6)


def test_a_growth_over_five_years_is_not_compared_with_one_years_growth(facts):
    # 十四五期间累计增长30% against 2023's 7%: not "behind"
    row = only_row(facts, facts.goal("gdp", 30, measure="growth", period="2021..2025"),
                   facts.result("gdp", 7, measure="growth", period="2023"))
    assert row.status == "not_comparable"
    assert "different spans" in row.explanation


def test_a_growth_over_the_same_span_is_compared(facts):
    row = only_row(facts, facts.goal("gdp", 30, measure="growth", period="2021..2025"),
                   facts.result("gdp", 31, measure="growth", period="2021..2025"))
    assert row.status == "met"


@pytest.mark.parametrize(("value", "status"), [(480, "missed"), (510, "met")])
def test_a_stock_at_the_end_of_the_period_is_the_outcome(facts, value, status):
    # 2025Q4's stock is the stock at the end of 2025: no longer "at risk"
    row = only_row(facts, facts.goal("firms", 500, period="2025"),
                   facts.result("firms", value, period="2025Q4"))
    assert (row.status, row.method, row.pace) == (status, "stock",
                                                  (Decimal(value) / 500).quantize(
                                                      Decimal("0.0001")))


def test_a_stock_before_the_end_is_still_at_risk(facts):
    row = only_row(facts, facts.goal("firms", 500, period="2025"),
                   facts.result("firms", 480, period="2025Q3"))
    assert row.status == "at_risk"


def test_a_result_in_the_targets_unit_wins_over_a_later_one_in_another(facts):
    row = only_row(facts, facts.goal("gdp", 1200e8),
                   facts.result("gdp", 630e8, period="2023H1"),
                   facts.result("gdp", 100e8, period="2023-01..2023-09", unit="USD"))
    assert row.result is not None
    assert (row.result.quantity.unit, str(row.result.period)) == ("CNY", "2023H1")
    assert row.status == "on_track"


def test_a_result_in_another_unit_alone_is_not_comparable(facts):
    row = only_row(facts, facts.goal("gdp", 1200e8),
                   facts.result("gdp", 100e8, period="2023-01..2023-09", unit="USD"))
    assert row.status == "not_comparable"
    assert "CNY" in row.explanation
    assert "USD" in row.explanation


def test_a_growth_that_ends_with_the_period_says_what_it_covers(facts):
    row = only_row(facts, facts.goal("gdp", 11, measure="growth", period="2024"),
                   facts.result("gdp", "11.3", measure="growth", period="2024Q4"))
    assert row.status == "on_track"
    assert row.explanation.endswith("the result covers only 2024Q4 of 2024")
    half = only_row(facts, facts.goal("gdp", 11, measure="growth", period="2024"),
                    facts.result("gdp", "11.3", measure="growth", period="2024H1"))
    assert half.explanation.endswith("the period is not over")
