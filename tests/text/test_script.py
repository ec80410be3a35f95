"""The cleaned text: one simplified, half-width form, and spans that map back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.text.strategies import mixed_text

from plantrack.text import script
from plantrack.text.clean import clean
from plantrack.text.script import fold_numerals, to_simplified


@pytest.mark.parametrize(("original", "text"), [
    ("南通通州打造高質量發展“硬核區”", "南通通州打造高质量发展“硬核区”"),
    ("地區生產總值6032.4億元", "地区生产总值6032.4亿元"),
    ("１２３．５％，增長", "123.5%,增长"),
    ("貳萬參仟元", "贰万叁仟元"),  # the financial 參 stays a numeral
    ("參加會議", "参加会议"),  # and 參加 stays 参加
    ("第一行\r\n第二行", "第一行\n第二行"),
    ("增\u200b长\ufeff5%\u00ad", "增长5%"),
    ("國(guó)家發(fā)展", "国家发展"),
    ("達（dá）到", "达到"),
    ("GDP(国内生产总值)", "GDP(国内生产总值)"),  # no tone mark: not pinyin residue
    ("比例(a)", "比例(a)"),
    ("　全角空格", " 全角空格"),
])
def test_normalised_form(original: str, text: str) -> None:
    assert clean(original).text == text


@pytest.mark.parametrize(("original", "quote"), [
    ("第一行\r\n增长６．５％以上\r\n", "增长６．５％以上"),
    ("\ufeff\u200b地區生產總值\u200b880.5億元", "880.5億元"),
    ("國(guó)內(nèi)生產總值增長5%", "增長5%"),
    ("（一）經濟增長　6.5%", "6.5%"),
])
def test_spans_map_back_to_the_original(original: str, quote: str) -> None:
    norm = clean(original)
    want = clean(quote).text
    start = norm.text.index(want)
    s, e = norm.original_span(start, start + len(want))
    assert original[s:e] == quote


def test_fold_numerals_keeps_length() -> None:
    assert fold_numerals("壹貳參肆伍陸柒捌玖拾佰仟萬億１２") == "一二三四五六七八九十百千万亿12"


def test_to_simplified_is_opencc() -> None:
    assert to_simplified("萬億之城") == "万亿之城"


_YEAR_DIGITS = "〇○零一二三四五六七八九"


@given(mixed_text(300))
def test_offsets_are_monotonic_and_land_on_kept_characters(original: str) -> None:
    norm = clean(original)
    text, to_original = norm.text, norm.offsets.to_source
    positions = [to_original(i) for i in range(len(text))]
    assert positions == sorted(set(positions))
    for i, j in enumerate(positions):
        source = original[j]
        # an ASCII character in the normalised text is its own source, a full-width form,
        # or a Chinese digit of a year written in them (二000, 二〇〇七年: 2000, 2007年)
        if text[i].isascii() and text[i] != source:
            assert ord(source) - 0xFEE0 == ord(text[i]) or (source, text[i]) == (
                "\u3000", " ") or (text[i].isdigit() and source in _YEAR_DIGITS)
        assert source not in "\u200b\u200d\ufeff\u00ad"


@given(mixed_text(200), st.data())
def test_any_span_quotes_the_original_exactly(original: str, data: st.DataObject) -> None:
    norm = clean(original)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.original_span(start, end)
    assert 0 <= s < e <= len(original)
    # the original span, normalised on its own, has the normalised span's length
    # (character for character; its ends are kept characters, not dropped ones)
    assert len(clean(original[s:e]).text) == end - start


def test_small_form_semicolon_reads_as_a_semicolon_and_maps_back():
    from plantrack.text.segment import segment_bounds

    original = "收入41亿元﹔增长27.8%"
    norm = clean(original)
    assert norm.text == "收入41亿元；增长27.8%"
    assert [norm.text[a:b] for a, b in segment_bounds(norm.text)] == ["收入41亿元", "增长27.8%"]


@given(st.text(st.sampled_from("１２，（）：％　﹔abc增长。,5"), max_size=200),
       st.integers(0, 5000))
def test_width_folding_is_the_translate_table_whatever_the_density(text: str,
                                                                   pad: int) -> None:
    """The regex-or-table choice, made on the text's head, never changes the result."""
    for sample in (text, "增" * pad + text, text * 30):
        assert script._fold_width(sample) == sample.translate(script._FULL_WIDTH)


def test_variant_forms_are_read_as_their_standard_form() -> None:
    from plantrack.text.script import convert

    text = "陜西規模以上工業企業實現增加值"
    out = convert(text)
    assert out == "陕西规模以上工业企业实现增加值"
    assert len(out) == len(text)
    # (増, the Japanese form of 增, in a repost's copy: 全省生产总值増长8-8.5%)
    assert convert("全省生产总值増长8-8.5%") == "全省生产总值增长8-8.5%"


@pytest.mark.parametrize(("original", "text"), [
    ("2020年⼴州GDP同⽐增长2.7%", "2020年广州GDP同比增长2.7%"),  # Kangxi radicals
    ("⾨⼾", "门户"),  # a radical that stands for a traditional character
    ("\uf900\ufa0c", "岂兀"),  # CJK compatibility ideographs
])
def test_radicals_and_compatibility_ideographs_read_as_the_ideographs(
        original: str, text: str) -> None:
    # a page copied out of a PDF may write 广 as the Kangxi radical ⼴ (U+2F34): read as
    # the unified ideograph Unicode's compatibility form names, one character for one
    from plantrack.text.script import convert

    assert convert(original) == text
    assert clean(original).text == text
