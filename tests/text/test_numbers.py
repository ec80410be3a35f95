"""parse_number / read_number: digits, Chinese numerals, mixes, approximations, refusals."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.text.strategies import chinese_decimals, chinese_integers, mixed_numbers

from plantrack.text import numbers
from plantrack.text.numbers import MAX_NUMBER_LENGTH, parse_number, read_number

EXACT = [
    # Arabic, half- and full-width, thousands separators
    ("123.5", "123.5"), ("１２３．５", "123.5"), ("1,234.5", "1234.5"), ("1,234,567", "1234567"),
    ("0", "0"), ("-3", "-3"), ("−5", "-5"),
    # Chinese numerals
    ("零", "0"), ("〇", "0"), ("十", "10"), ("十五", "15"), ("一百一十", "110"),
    ("两千", "2000"), ("三千四百五十六", "3456"), ("一千零一", "1001"), ("一亿零一", "100000001"),
    ("一万零一十", "10010"), ("十万", "100000"), ("三亿五千万", "350000000"),
    ("二〇二三", "2023"), ("三四五六", "3456"), ("九五", "95"), ("一七二零点一", "1720.1"),
    ("三点一四", "3.14"), ("负三点五", "-3.5"), ("六百二十五万点五", "6250000.5"),
    ("廿", "20"), ("廿五", "25"), ("卅", "30"),
    # financial and traditional forms
    ("壹仟贰佰", "1200"), ("贰佰叁拾", "230"), ("陆拾", "60"), ("貳萬參仟", "23000"),
    ("陸佰", "600"), ("兩億", "200000000"), ("壹拾萬", "100000"),
    # colloquial: a bare digit after a place is the next place down
    ("三万五", "35000"), ("两千六", "2600"), ("一百二", "120"), ("一亿五", "150000000"),
    # mixed Arabic and Chinese
    ("1.2万", "12000"), ("100万三千", "1003000"), ("200亿零四千230", "20000004230"),
    ("6032.4億", "603240000000"), ("2.5万亿", "2500000000000"), ("16.4亿", "1640000000"),
    ("880.5亿", "88050000000"), ("5千万", "50000000"), ("1.37万亿", "1370000000000"),
    ("3.5萬億", "3500000000000"), ("1兆", "1000000000000"), ("４５６萬", "4560000"),
]


@pytest.mark.parametrize(("text", "value"), EXACT)
def test_exact_values(text: str, value: str) -> None:
    reading = read_number(text)
    assert reading is not None
    assert reading.value == Decimal(value)
    assert not reading.approximate
    assert reading.high is None
    assert parse_number(text) == Decimal(value)


def test_decimal_arithmetic_is_exact() -> None:
    assert read_number("16.4亿") == read_number("1640000000")
    assert str(read_number("一七二零点一").value) == "1720.1"  # type: ignore[union-attr]
    # 0.1 + 0.2 style binary error would show here
    assert read_number("0.3万").value == Decimal(3000)  # type: ignore[union-attr]


APPROXIMATE = [
    ("三十多万", "300000", None), ("1000余", "1000", None), ("一百多", "100", None),
    ("二十余万", "200000", None), ("1万多", "10000", None), ("十来", "10", None),
    ("几十", "20", "90"), ("几百", "200", "900"), ("几万", "20000", "90000"),
    ("数十", "20", "90"), ("数百万", "2000000", "9000000"),
    ("十几", "11", "19"), ("三四", "3", "4"), ("七八", "7", "8"), ("二十几", "21", "29"),
    ("幾十", "20", "90"), ("三十餘萬", "300000", None),
]


@pytest.mark.parametrize(("text", "low", "high"), APPROXIMATE)
def test_approximations_keep_a_flag_or_a_range(text: str, low: str, high: str | None) -> None:
    reading = read_number(text)
    assert reading is not None
    assert reading.approximate
    assert reading.value == Decimal(low)
    assert reading.high == (None if high is None else Decimal(high))


NOT_NUMBERS = [
    "", " ", "十四五", "一带一路", "三年行动", "“四上”企业", "四上", "一主一新一智", "第一方阵",
    "第一", "五接镇", "万事好通", "千村整治", "一站式", "两岸", "万", "千", "亿", "千万", "百",
    "两两", "1.2.3", "12,34", ",123", "123.", "12十", "四千5000", "abc",
    "十十", "一百百", "几", "点五", "一点", "多", "余", "1" * (MAX_NUMBER_LENGTH + 1),
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_words_are_not_numbers(text: str) -> None:
    assert read_number(text) is None
    assert parse_number(text) is None


@given(chinese_integers())
def test_any_integer_spelt_in_chinese_reads_back(case: tuple[int, str]) -> None:
    n, spelt = case
    reading = read_number(spelt)
    assert reading is not None, spelt
    assert reading.value == n, spelt


@given(chinese_decimals())
def test_any_decimal_spelt_in_chinese_reads_back(case: tuple[Decimal, str]) -> None:
    value, spelt = case
    reading = read_number(spelt)
    assert reading is not None, spelt
    assert reading.value == value, spelt


@given(mixed_numbers())
def test_arabic_with_chinese_magnitudes_reads_back(case: tuple[Decimal, str]) -> None:
    value, spelt = case
    reading = read_number(spelt)
    assert reading is not None, spelt
    assert reading.value == value, spelt


@given(st.integers(min_value=1, max_value=10 ** 15))
def test_negative_forms(n: int) -> None:
    assert read_number(f"负{n}").value == -n  # type: ignore[union-attr]
    assert read_number(f"-{n}").value == -n  # type: ignore[union-attr]


@given(st.text(max_size=80))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    reading = read_number(text)
    assert reading is None or reading.value.is_finite()
    parse_number(text)


@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿兆点多余几数廿0123456789.,-负",
               max_size=60))
def test_never_raises_on_numeral_soup(text: str) -> None:
    reading = read_number(text)
    if reading is not None:
        assert reading.value.is_finite()
        assert reading.high is None or reading.high >= reading.value


def test_long_inputs_are_refused_in_constant_time() -> None:
    # a run of magnitudes would otherwise recurse once per character
    assert read_number("万" * 100_000) is None
    assert read_number("一" + "万" * 100_000) is None
    assert read_number("9" * 100_000) is None


@given(st.one_of(
    st.sampled_from(list("零〇一二两三四五六七八九")),
    st.tuples(st.from_regex(r"[0-9]{1,20}(\.[0-9]{1,6})?", fullmatch=True),
              st.sampled_from(["万", "亿", "兆", "万亿"])).map("".join)),
    st.booleans())
def test_quick_readings_are_the_general_readers(text: str, negative: bool) -> None:
    """A lone Chinese digit and digits with a magnitude (880.5亿) skip the general
    reader: the reading, down to the Decimal's exponent, is the one it gives."""
    s = ("负" if negative else "") + text
    with localcontext() as ctx:
        ctx.prec = numbers._PRECISION
        general = numbers._read_unsigned(text)
    expected = None if general is None else (-general.value if negative else general.value)
    got = read_number(s)
    assert (got.value if got else None, str(got.value) if got else None) == (
        expected, None if expected is None else str(expected))
