from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.formatting import format_amount, format_pace, format_quantity, measure_label
from plantrack.model import Quantity


@pytest.mark.parametrize(("value", "unit", "indicator", "text"), [
    ("88050000000", "CNY", "gdp", "880.5亿元"),
    ("603240000000", "CNY", "gdp", "6032.4亿元"),
    ("3500000000000", "CNY", "gdp", "3.5万亿元"),
    ("4661600000000", "CNY", "gdp", "46616亿元"),
    ("12000", "person", None, "1.2万人"),
    ("12690000", "person", None, "1269万人"),
    ("26858", "CNY", None, "26858元"),
    ("1880000000", "USD", None, "18.8亿美元"),
    ("1370000000000", "jin", None, "1.37万亿斤"),
    ("12700000", "ton", None, "1270万吨"),
    ("6.5", "percent", None, "6.5%"),
    ("-7.2", "percent", None, "-7.2%"),
    ("27", "count", "major_projects_started", "27个"),
    ("400", "count", "four_above_enterprises", "400家"),
    ("4.5", "count", "major_projects_started", "4.5个"),
    ("0", "count", None, "0个"),
])
def test_natural_chinese_magnitudes(value, unit, indicator, text):
    assert format_amount(Decimal(value), unit, indicator) == text


def test_quantities_and_labels():
    assert format_quantity(Quantity(Decimal("6.5"), "percent", ">=")) == "≥6.5%"
    assert format_quantity(Quantity(Decimal("4.5"), "percent", "between",
                                    Decimal(5))) == "4.5%–5%"
    assert format_quantity(Quantity(Decimal("8e9"), "CNY", ">")) == ">80亿元"
    assert format_pace(Decimal("1.6")) == "160%"
    assert measure_label("地区生产总值", "growth") == "地区生产总值增长"
    assert measure_label("高新技术企业", "increase") == "新增高新技术企业"


@given(st.decimals(min_value=1, max_value=10**14, places=0))
def test_magnitudes_read_back(value):
    text = format_amount(value, "CNY")
    number = text.removesuffix("元")
    scale = {"万亿": Decimal("1e12"), "亿": Decimal("1e8"), "万": Decimal("1e4")}
    for word, factor in scale.items():
        if number.endswith(word):
            back = Decimal(number.removesuffix(word)) * factor
            break
    else:
        back = Decimal(number)
    assert abs(back - value) <= value * Decimal("0.0001") + 1
