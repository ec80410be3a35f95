"""The model's validators reject invalid values with a message naming the field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from tests.strategies import periods

from plantrack.model import Extraction, Goal, Indicator, Period, Provenance, Quantity, Region


def test_quantity_takes_exact_decimals_from_strings_and_ints():
    assert Quantity("16.4", "percent").value == Decimal("16.4")
    assert Quantity(27, "count").value == Decimal(27)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"value": 1, "unit": "parsec"}, "Quantity.unit must be one of"),
        ({"value": 1, "unit": "count", "comparator": "=>"}, "Quantity.comparator must be one of"),
        ({"value": 1, "unit": "percent", "comparator": "between"}, "value_high is required"),
        ({"value": 5, "unit": "percent", "comparator": "between", "value_high": 4},
         "range is reversed"),
        ({"value": Decimal("NaN"), "unit": "count"}, "finite Decimal"),
    ],
)
def test_quantity_rejects(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Quantity(**kwargs)


def test_provenance_quote_must_fit_its_span():
    with pytest.raises(ValueError, match="quote has 2 characters but its span"):
        Provenance("d.txt", 0, 3, "ab")
    with pytest.raises(ValueError, match="0 <= start < end"):
        Provenance("d.txt", 5, 5, "")


def test_region_code_is_six_digits():
    with pytest.raises(ValueError, match="six-digit GB/T 2260 code"):
        Region(code="3206", name="南通市", level="prefecture")
    with pytest.raises(ValueError, match="Region.level must be one of"):
        Region(code="320600", name="南通市", level="city")  # type: ignore[arg-type]


def test_indicator_validates_id_kind_and_direction():
    with pytest.raises(ValueError, match="lower_snake_case"):
        Indicator(id="GDP", name="地区生产总值", kind="flow", unit="CNY")
    with pytest.raises(ValueError, match="Indicator.kind must be one of"):
        Indicator(id="gdp", name="地区生产总值", kind="level", unit="CNY")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Indicator.better must be one of"):
        Indicator(id="gdp", name="地区生产总值", kind="flow", unit="CNY",
                  better="sideways")  # type: ignore[arg-type]


def test_indicator_takes_a_qualifier_gap_between_words_of_an_alias_only():
    common = {"id": "major_projects_started", "kind": "flow", "unit": "count"}
    assert Indicator(name="新开工重大项目", aliases=("新开工…项目",), **common)
    with pytest.raises(ValueError, match="stands in aliases only"):
        Indicator(name="新开工…项目", **common)
    for alias in ("…项目", "新开工…", "新开工……项目"):
        with pytest.raises(ValueError, match="stands between words"):
            Indicator(name="新开工重大项目", aliases=(alias,), **common)


def test_goal_rejects_bad_measure_and_modality():
    common = {"region": "320612", "region_name": "通州区", "indicator": "gdp",
              "quantity": Quantity(1, "CNY"), "period": Period.year(2023),
              "provenance": Provenance("d.txt", 0, 1, "x")}
    with pytest.raises(ValueError, match="Goal.measure must be one of"):
        Goal(measure="total", **common)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Goal.modality must be one of"):
        Goal(measure="level", modality="hope", **common)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("period", "text", "months"),
    [
        (Period.year(2024), "2024", 12),
        (Period.half(2023, 1), "2023H1", 6),
        (Period.half(2023, 2), "2023H2", 6),
        (Period.quarter(2023, 3), "2023Q3", 3),
        (Period.months(2023, 1, 7), "2023-01..2023-07", 7),
        (Period.months(2023, 1, 6), "2023-01..2023-06", 6),
        (Period.years(2021, 2025), "2021..2025", 60),
    ],
)
def test_period_notation(period, text, months):
    assert str(period) == text
    assert Period.parse(text) == period
    assert period.month_count == months


def test_period_nesting():
    assert Period.year(2023).contains(Period.half(2023, 1))
    assert Period.years(2021, 2025).contains(Period.year(2023))
    assert not Period.year(2023).contains(Period.years(2023, 2024))
    with pytest.raises(ValueError, match="ends before it starts"):
        Period(2023, 7, 2023, 6)
    with pytest.raises(ValueError, match="not a period"):
        Period.parse("2023上半年")


@given(periods())
def test_period_notation_round_trips(period):
    assert Period.parse(str(period)) == period


def test_extraction_lists_facts_in_document_order():
    def goal(start):
        return Goal(region=None, region_name="", indicator="gdp", measure="level",
                    quantity=Quantity(1, "CNY"), period=Period.year(2023),
                    provenance=Provenance("d.txt", start, start + 1, "x"))

    extraction = Extraction("d.txt", goals=[goal(9), goal(2)])
    assert [f.provenance.start for f in extraction.facts] == [2, 9]
