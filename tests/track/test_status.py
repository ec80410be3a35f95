"""Every status path, comparators, direction, pro-rating, with hand-built facts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.track.scorecard import ScorecardRow, build_scorecard
from plantrack.track.status import (
    AT_RISK_MARGIN_PP,
    AT_RISK_PACE,
    ON_TRACK_PACE,
    STATUSES,
    satisfies,
)


def only_row(facts, *items) -> ScorecardRow:
    card = build_scorecard([facts.extraction(*items)], catalog=facts.catalog)
    assert len(card.rows) == 1
    return card.rows[0]


# --- pro-rated flows -------------------------------------------------------------------


def test_half_year_result_is_judged_against_half_the_annual_target(facts):
    row = only_row(facts, facts.goal("projects", 30, comparator=">="),
                   facts.result("projects", 16, period="2023H1"))
    assert row.status == "on_track"
    assert row.expected == Decimal(15)
    assert row.pace == Decimal("1.0667")
    assert row.method == "pro_rated"
    assert "30个 × 6/12 months = 15个" in row.explanation
    assert "pace 107%" in row.explanation


def test_month_range_is_pro_rated_by_months(facts):
    row = only_row(facts, facts.goal("gdp", 1200e8), facts.result("gdp", 630e8,
                                                                  period="2023-01..2023-07"))
    assert row.expected == Decimal("700e8")
    assert row.pace == Decimal("0.9")
    assert row.status == "at_risk"
    assert "700亿元" in row.explanation


@pytest.mark.parametrize(("done", "status"), [
    (30, "met"), (31, "met"), (15, "on_track"), (14, "at_risk"), (13.5, "at_risk"),
    (13, "behind"), (0, "behind"),
])
def test_pace_thresholds(facts, done, status):
    row = only_row(facts, facts.goal("projects", 30, comparator=">="),
                   facts.result("projects", done, period="2023H1"))
    assert row.status == status


def test_a_result_of_zero_is_behind_not_missing(facts):
    row = only_row(facts, facts.goal("projects", 30), facts.result("projects", 0,
                                                                   period="2023Q1"))
    assert row.status == "behind"
    assert row.pace == 0
    assert row.result is not None


def test_full_period_flow_short_of_target_is_missed_even_close(facts):
    row = only_row(facts, facts.goal("projects", 30, comparator=">="),
                   facts.result("projects", 29))
    assert row.status == "missed"
    assert "period is over" in row.explanation


def test_strict_comparator_needs_more_than_the_value(facts):
    row = only_row(facts, facts.goal("gdp", 80e8, comparator=">"), facts.result("gdp", 80e8))
    assert row.status == "missed"
    row = only_row(facts, facts.goal("gdp", 80e8, comparator=">="), facts.result("gdp", 80e8))
    assert row.status == "met"


def test_approximate_flow_within_tolerance_is_met(facts):
    row = only_row(facts, facts.goal("gdp", 100e8, comparator="~"), facts.result("gdp", 96e8))
    assert row.status == "met"
    assert row.tolerance == Decimal("5e8")
    assert "within 5亿元 counts" in row.explanation
    row = only_row(facts, facts.goal("gdp", 100e8, comparator="~"), facts.result("gdp", 94e8))
    assert row.status == "missed"


# --- direct comparisons: growths and rates ---------------------------------------------


@pytest.mark.parametrize(("value", "period", "status"), [
    ("7.8", "2023", "met"),
    ("6.5", "2023", "met"),
    ("6.4", "2023", "missed"),          # the year is over
    ("7.8", "2023H1", "on_track"),      # satisfied so far; the year is not over
    ("5.6", "2023H1", "at_risk"),       # 0.9 points short, within AT_RISK_MARGIN_PP
    ("5.4", "2023H1", "behind"),        # 1.1 points short
])
def test_growth_targets_compare_growths_directly(facts, value, period, status):
    row = only_row(facts, facts.goal("gdp", "6.5", measure="growth", comparator=">="),
                   facts.result("gdp", value, measure="growth", period=period))
    assert row.status == status
    assert row.method == "direct"
    assert row.expected == Decimal("6.5")


def test_growth_pace_is_the_ratio_of_growths(facts):
    row = only_row(facts, facts.goal("gdp", "6.5", measure="growth", comparator=">="),
                   facts.result("gdp", "7.8", measure="growth", period="2023H1"))
    assert row.pace == Decimal("1.2")


@pytest.mark.parametrize(("value", "period", "status"), [
    ("2.8", "2023", "met"), ("3", "2023", "met"), ("3.2", "2023", "missed"),
    ("2.8", "2023H1", "on_track"), ("3.5", "2023H1", "at_risk"), ("4.5", "2023H1", "behind"),
])
def test_unemployment_is_judged_as_a_ceiling(facts, value, period, status):
    row = only_row(facts, facts.goal("unemployment", 3, comparator="<="),
                   facts.result("unemployment", value, period=period))
    assert (row.status, row.method) == (status, "ceiling")
    assert row.pace is None  # 3 ÷ 0.2 would be a meaningless 1500 %


def test_plain_rate_target_uses_the_indicators_direction(facts):
    row = only_row(facts, facts.goal("unemployment", 3), facts.result("unemployment", "2.5"))
    assert (row.status, row.method, row.pace) == ("met", "ceiling", None)
    assert "0.5 points under it" in row.explanation


def test_a_price_ceiling_far_undershot_has_no_pace(facts):
    row = only_row(facts, facts.goal("cpi", 3, measure="growth", comparator="~"),
                   facts.result("cpi", "0.2", measure="growth"))
    assert (row.status, row.pace, row.expected) == ("met", None, 3)
    assert row.tolerance == Decimal("0.5")
    assert "2.8 points under it" in row.explanation
    assert "within 0.5 points counts" in row.explanation


def test_an_estimate_is_flagged(facts):
    row = only_row(facts, facts.goal("gdp", "5", measure="growth", comparator="~"),
                   facts.result("gdp", "5.2", measure="growth", quote="预计全年增长5.2%"))
    assert row.estimate
    assert "estimate (预计)" in row.explanation


@pytest.mark.parametrize(("value", "period", "status"), [
    ("-3.5", "2023", "met"), ("-2.5", "2023", "missed"), ("-2.5", "2023H1", "at_risk"),
    ("1", "2023H1", "behind"),
])
def test_a_fall_of_at_least_three_percent(facts, value, period, status):
    row = only_row(facts, facts.goal("energy", -3, measure="growth", comparator="<="),
                   facts.result("energy", value, measure="growth", period=period))
    assert row.status == status


@pytest.mark.parametrize(("value", "status"), [("3.2", "met"), ("2.1", "met"),
                                               ("3.5", "met"), ("3.6", "missed")])
def test_approximate_price_target_has_a_half_point_tolerance(facts, value, status):
    row = only_row(facts, facts.goal("cpi", 3, measure="growth", comparator="~"),
                   facts.result("cpi", value, measure="growth"))
    assert row.status == status


@pytest.mark.parametrize(("value", "period", "status"), [
    ("4.7", "2023", "met"), ("5.5", "2023", "met"), ("4.0", "2023H1", "at_risk"),
    ("3", "2023H1", "behind"),
])
def test_range_targets(facts, value, period, status):
    row = only_row(facts, facts.goal("gdp", "4.5", high="5", measure="growth",
                                     comparator="between"),
                   facts.result("gdp", value, measure="growth", period=period))
    assert row.status == status


# --- stocks ---------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "period", "status"), [
    (510, "2025H1", "met"), (480, "2025H1", "at_risk"), (400, "2025H1", "behind"),
    (480, "2025", "missed"),
])
def test_stock_targets_compare_the_latest_stock_without_pro_rating(facts, value, period,
                                                                    status):
    row = only_row(facts, facts.goal("firms", 500, period="2025"),
                   facts.result("firms", value, period=period))
    assert row.status == status
    assert row.method == "stock"
    assert row.expected == 500


def test_stock_increase_is_pro_rated_like_a_flow(facts):
    row = only_row(facts, facts.goal("firms", 400, measure="increase", comparator=">="),
                   facts.result("firms", 317, measure="increase"))
    assert (row.status, row.method, row.pace) == ("missed", "pro_rated", Decimal("0.7925"))


# --- no result, not comparable ---------------------------------------------------------


def test_no_result_when_nothing_is_reported(facts):
    row = only_row(facts, facts.goal("projects", 30, period="2024"),
                   facts.result("projects", 16, period="2023H1"),       # another year
                   facts.result("projects", 16, period="2024H1", region="320685"),
                   facts.result("gdp", 16e8, period="2024H1"))          # another indicator
    assert row.status == "no_result"
    assert row.result is None
    assert (row.expected, row.pace) == (None, None)
    assert "no result yet" in row.explanation


def test_stock_target_against_a_flow_result_is_not_comparable(facts):
    row = only_row(facts, facts.goal("firms", 500, period="2025"),
                   facts.result("firms", 60, measure="increase", period="2025H1"))
    assert row.status == "not_comparable"
    assert row.result is not None
    assert "increase" in row.explanation


def test_periods_that_do_not_nest_are_not_comparable(facts):
    row = only_row(facts, facts.goal("projects", 30, period="2023H2"),
                   facts.result("projects", 20, period="2023-01..2023-08"))
    assert row.status == "not_comparable"
    assert "without nesting" in row.explanation


def test_units_that_differ_are_not_comparable(facts):
    row = only_row(facts, facts.goal("gdp", "6.5", measure="growth"),
                   facts.result("gdp", "1.5", measure="growth", unit="percentage_point"))
    assert row.status == "not_comparable"


# --- properties --------------------------------------------------------------------------

_ORDER = {"missed": 0, "behind": 0, "at_risk": 1, "on_track": 2, "met": 3}


@given(low=st.integers(0, 400), extra=st.integers(0, 400),
       months=st.integers(1, 12), target=st.integers(1, 300))
def test_pace_and_status_never_get_worse_with_a_bigger_result(facts, low, extra, months,
                                                              target):
    period = f"2023-01..2023-{months:02d}"
    goal = facts.goal("projects", target, comparator=">=")
    a = only_row(facts, goal, facts.result("projects", low, period=period))
    b = only_row(facts, goal, facts.result("projects", low + extra, period=period))
    assert a.pace is not None
    assert b.pace is not None
    assert a.pace <= b.pace
    assert _ORDER[a.status] <= _ORDER[b.status]


@given(value=st.decimals(-20, 20, places=1), target=st.decimals(-10, 10, places=1),
       comparator=st.sampled_from([">=", ">", "<=", "<", "~", "="]))
def test_satisfies_agrees_with_the_comparator(facts, value, target, comparator):
    q = facts.quantity(target, "percent", comparator)
    ok = satisfies(value, q, "up")
    match comparator:
        case ">=":
            assert ok == (value >= target)
        case "<":
            assert ok == (value < target)
        case "~":
            assert ok == (value >= target - Decimal("0.5"))
        case "=":
            assert ok == (value >= target)


def test_thresholds_are_ordered_and_statuses_named():
    assert AT_RISK_PACE < ON_TRACK_PACE
    assert AT_RISK_MARGIN_PP > 0
    assert STATUSES == ("met", "on_track", "at_risk", "behind", "missed", "no_result",
                        "not_comparable")
