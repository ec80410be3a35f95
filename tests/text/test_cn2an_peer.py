"""plantrack against cn2an, a peer reader of Chinese numerals.

Where both should agree, they must. Where plantrack deliberately differs (see
docs/text-engine.md, "Differences from cn2an"), the difference is pinned here too, so a
change on either side is noticed.
"""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from tests.text.strategies import chinese_decimals, chinese_integer, chinese_integers

from plantrack.text.numbers import read_number


def peer(text: str) -> Decimal | None:
    try:
        value = cn2an.cn2an(text, "smart")
    except ValueError:
        return None
    return Decimal(str(value))


AGREED = ["两千六", "三万五", "一百二", "1.2万", "100万三千", "200亿零四千230", "一千零一",
          "一亿零一", "廿", "负三点五", "一七二零点一", "二〇二三", "6032.4亿", "１２３．５",
          "壹仟贰佰", "十", "十五", "一万零一十", "三亿五千万"]


@pytest.mark.parametrize("text", AGREED)
def test_agrees_with_cn2an(text: str) -> None:
    ours = read_number(text)
    assert ours is not None
    assert ours.value == peer(text)


@given(chinese_integers(max_value=10 ** 12 - 1))
def test_agrees_on_plain_integers(case: tuple[int, str]) -> None:
    n, _ = case
    spelt = chinese_integer(n)  # cn2an reads simplified, non-financial spellings alike
    assert peer(spelt) == n
    assert read_number(spelt).value == n  # type: ignore[union-attr]


@given(chinese_decimals())
def test_agrees_on_decimals(case: tuple[Decimal, str]) -> None:
    value, spelt = case
    ours = read_number(spelt)
    assert ours is not None
    assert ours.value == value
    theirs = peer(spelt)
    assert theirs is not None
    # cn2an goes through float: equal to within float precision
    assert abs(theirs - value) <= abs(value) * Decimal("1e-12") + Decimal("1e-9")


DIFFERENCES = [
    # (text, plantrack, cn2an): cn2an refuses these; plantrack reads them
    ("2.5万亿", Decimal("2500000000000"), None),
    ("三十多万", Decimal(300000), None),
    ("几十", Decimal(20), None),
    ("1,234.5", Decimal("1234.5"), None),
    ("貳萬參仟", Decimal(23000), None),
]


@pytest.mark.parametrize(("text", "ours", "theirs"), DIFFERENCES)
def test_documented_differences(text: str, ours: Decimal, theirs: Decimal | None) -> None:
    reading = read_number(text)
    assert reading is not None
    assert reading.value == ours
    assert peer(text) == theirs


def test_both_refuse_words() -> None:
    for word in ("十四五", "一带一路", "万", "千"):
        assert read_number(word) is None
        assert peer(word) is None
