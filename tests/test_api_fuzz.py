"""Hostile input through the public API: ``plantrack.extract`` on arbitrary text.

Whatever the text (control characters, zero-width characters, lone surrogates, walls of
digits or 万, a sentence without a full stop, both scripts), extraction raises nothing
but plantrack's own errors, no extractor fails, every span quotes the original exactly,
and the work grows linearly with the text. Work is counted in executed Python lines, not
timed: speed goals are measured by the benchmarks (``benchmarks/bench_hostile.py``).
"""

from __future__ import annotations

import operator
import sys
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import reports

from plantrack import extract
from plantrack.errors import PlantrackError
from plantrack.model import Extraction, Result
from plantrack.text.segment import LONGEST_SENTENCE

# Pieces of policy text, in both scripts, that make the extractors do real work.
_WORDS = [
    "地区生产总值", "國內生產總值", "GDP", "一般公共预算收入", "固定资产投资",
    "城镇和农村居民人均可支配收入",
    "增长", "增長", "下降", "分别", "同比", "达到", "确保", "力争", "到2025年", "上半年", "1-7月",
    "2023年", "今年", "十四五", "年均", "占", "比重", "全市", "南京市", "通州區", "总投资", "項目",
    "产业园", "开工", "竣工", "投产", "的", "以上", "左右", "约", "超过", "【目标】", "【成效】",
]
_NUMERALS = list("0123456789.一二两三四五六七八九十百千万亿兆零〇壹貳參萬億点多余几数")
_UNITS = ["万", "亿", "万亿", "元", "亿元", "億元", "%", "％", "个", "个百分点", "家", "人",
          "万人", "吨"]
_PUNCTUATION = [*"，。、；：！？,.;:!?()（）“”《》……—-~ \t\n", "\r\n"]
_CONTROL = [chr(c) for c in (*range(0x20), 0x7F, 0x85)]
_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]

_piece = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_NUMERALS),
    st.sampled_from(_UNITS),
    st.sampled_from(_PUNCTUATION),
    st.sampled_from(_CONTROL),
    st.sampled_from(_ZERO_WIDTH),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # any CJK ideograph
    st.characters(),  # anything else Unicode has
    st.integers(0, 10**12).map(str),
)
hostile_text = st.lists(_piece, max_size=120).map("".join)


def _checked(text: str, year: int | None) -> Extraction | None:
    """The extraction of ``text``, checked: None when plantrack refused it with one of
    its own errors; any other exception fails the test."""
    try:
        extraction = extract(text, year=year)
    except PlantrackError:
        return None
    # the engine turns an extractor's exception into a warning and goes on: a warning
    # here is a crash the API hid (bar the one that says an undated text kept its facts
    # without a period: 地区生产总值0元 with no year, found by hypothesis)
    assert [w for w in extraction.warnings if not w.startswith("no year found:")] == []
    for item in (*extraction.goals, *extraction.results, *extraction.projects):
        p = item.provenance
        assert 0 <= p.start <= p.end <= len(text), (p.start, p.end, len(text))
        assert p.quote == text[p.start:p.end]
    return extraction


@given(hostile_text, st.one_of(st.none(), st.integers(2015, 2030)))
def test_any_text_extracts_with_valid_spans(text: str, year: int | None) -> None:
    _checked(text, year)


@given(st.lists(st.sampled_from(_WORDS + _UNITS + _NUMERALS + _PUNCTUATION[:-1]), max_size=60)
       .map("".join), st.sampled_from(_ZERO_WIDTH))
def test_zero_width_characters_change_no_fact(text: str, junk: str) -> None:
    """Normalisation drops zero-width characters: one between every two characters
    leaves the same facts, each quoting the original, junk and all."""
    plain = _checked(text, 2023)
    noisy = _checked(junk.join(text), 2023)
    assert plain is not None
    assert noisy is not None
    assert [f.quantity for f in noisy.facts] == [f.quantity for f in plain.facts]
    assert [f.provenance.quote.replace(junk, "") for f in noisy.facts] == [
        f.provenance.quote for f in plain.facts]


@pytest.mark.parametrize("original", ["\ud800地区生产总值增长6.5%\udfff", "\udfff\ud800",
                                      "增长\ud83d5%", "\udc00\ud83d" * 50])
def test_lone_surrogates_are_read_around(original: str) -> None:
    """A lone surrogate cannot be encoded (OpenCC raised on it): it reads as U+FFFD, one
    character for one, so the fact beside it keeps its exact quote."""
    extraction = _checked(original * 3, 2023)
    assert extraction is not None


def test_a_surrogate_does_not_hide_the_fact_beside_it() -> None:
    extraction = extract("\ud800地区生产总值增长6.5%\udfff", year=2023)
    (fact,) = extraction.facts
    assert str(fact.quantity.value) == "6.5"
    # the surrogate is an unknown character at the clause's head, so the quote (cut
    # from the original) starts with it
    assert fact.provenance.quote == "\ud800地区生产总值增长6.5%"


# --- linear work ---------------------------------------------------------------------


def _lines(text: str) -> int:
    """Python lines executed by ``extract(text)``: a deterministic measure of its work
    (a loop over a whole sentence per quantity shows up here, a C-speed scan does not:
    those are timed by benchmarks/bench_hostile.py)."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    extract("地区生产总值增长5%。", year=2023)  # catalogues and patterns load outside the count
    previous = sys.gettrace()  # a coverage tracer, say: put back afterwards
    sys.settrace(tracer)
    try:
        extract(text, year=2023)
    finally:
        sys.settrace(previous)
    return count


_CONTROL_MIX = "".join(f"{c}增长5%" for c in "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u200b\u200d\ufeff")


@pytest.mark.parametrize("unit", [
    pytest.param("1", id="digits"),
    pytest.param("万", id="wan"),
    pytest.param("3万", id="3wan"),
    pytest.param("我们要推动经济高质量发展建设现代化产业体系", id="line-without-punctuation"),
    pytest.param("地区生产总值增长6.5%投资1.2万亿元新建项目30个",
                 id="quantities-without-punctuation"),
    pytest.param("确保地区生产总值增长6.5%以上，投资1.2万亿元", id="sentence-without-full-stop"),
    pytest.param(_CONTROL_MIX, id="control-characters"),
    pytest.param("增\u200b长\u200d5\ufeff%\u200b", id="zero-width"),
    pytest.param("\ud800地区生产总值增长6.5%\udfff", id="lone-surrogates"),
    pytest.param("地区生产总值增长5%。", id="many-sentences"),
    pytest.param("【目标】\n地区生产总值增长5%。\n南京市\n", id="markers-and-headings"),
    pytest.param("总投资10亿元的甲乙新材料项目开工，", id="projects-in-one-sentence"),
])
def test_work_grows_linearly_with_length(unit: str) -> None:
    # both sizes well past the longest sentence, so a sentence's bounded windows are
    # not what keeps the small one cheap
    small = unit * (3 * LONGEST_SENTENCE // len(unit) + 1)
    large = unit * (4 * len(small) // len(unit))
    ratio = _lines(large) / _lines(small)
    assert ratio < 4 * 1.5, ratio  # 4 times the text, at most 6 times the work


# --- a warning costs its sentence only ----------------------------------------------


def _readings(text: str) -> tuple[set[tuple[str, object]], tuple[str, ...]]:
    extraction = extract(text, year=2023)
    for fact in extraction.facts:
        assert fact.provenance.quote == text[fact.provenance.start:fact.provenance.end]
    readings = {(f.indicator, f.quantity.value) for f in extraction.facts}
    # a figure the whole report reads in another unit (three GDPs of 6万元 for a county,
    # read ×10000, flagged and warned of) is still the figure a sentence alone reads
    readings |= {(f.indicator, f.quantity.value / 10 ** k) for f in extraction.facts
                 if "unit" in f.uncertain for k in (4, 8)}
    return readings, extraction.warnings


_HOLDS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}


def _held(bound: Result, exact: list[Result]) -> bool:
    """Whether ``bound`` is a bound one of the ``exact`` results of its figure holds. The
    period and the region are not compared: the whole report may read the bound's 今年 as
    its exact figure's 上半年 (a half-year report's year to date), and give it the region
    another sentence names, which the sentence alone cannot."""
    holds = _HOLDS.get(bound.quantity.comparator)
    return holds is not None and any(
        (f.indicator, f.measure) == (bound.indicator, bound.measure)
        and holds(f.quantity.value, bound.quantity.value) for f in exact)


@given(reports())
def test_no_warning_drops_a_fact_a_sentence_yields_alone(sentences: list[str]) -> None:
    """Whatever sentences fail (a month range with no reading), every fact a clean
    sentence yields on its own is still found in the whole report, and each failing
    sentence is named in a warning."""
    report = "。".join(sentences) + "。"
    found, warnings = _readings(report)
    exact = [f for f in extract(report, year=2023).results if f.quantity.comparator == "="]
    for sentence in sentences:
        alone, alone_warnings = _readings(sentence + "。")
        if alone_warnings:
            assert any(sentence[:20] in w for w in warnings), (sentence, warnings)
        else:
            # (a result's bound an exact figure of the report holds restates it: kept once)
            restated = {(b.indicator, b.quantity.value)
                        for b in extract(sentence + "。", year=2023).results
                        if _held(b, exact)}
            assert alone - restated <= found, (sentence, alone - found, warnings)
