"""find_quantities and parse_quantity: units, comparators, ranges, signs, spans, speed."""

from __future__ import annotations

import cProfile
import pstats
from decimal import Decimal

import pytest
from hypothesis import given
from tests.text.strategies import mixed_text

from plantrack.model import Quantity
from plantrack.text import quantities
from plantrack.text.clean import clean
from plantrack.text.quantities import find_quantities, parse_quantity, unit_word

D = Decimal

QUANTITIES = [
    # money: the magnitude belongs to the number, the unit is yuan
    ("880.5亿元", Quantity(D("88050000000"), "CNY")),
    ("880.5億元", Quantity(D("88050000000"), "CNY")),
    ("41亿元", Quantity(D("4100000000"), "CNY")),
    ("6.2万元", Quantity(D(62000), "CNY")),
    ("25938元", Quantity(D(25938), "CNY")),
    ("3.5万亿元", Quantity(D("3500000000000"), "CNY")),
    ("1.2兆元", Quantity(D("1200000000000"), "CNY")),
    ("1381.1亿元人民币", Quantity(D("138110000000"), "CNY")),
    ("100亿美元", Quantity(D("10000000000"), "USD")),
    ("5万美元", Quantity(D(50000), "USD")),
    ("6032.4 亿元", Quantity(D("603240000000"), "CNY")),
    # rates
    ("6.5%", Quantity(D("6.5"), "percent")),
    ("６．５％", Quantity(D("6.5"), "percent")),
    ("百分之五十", Quantity(D(50), "percent")),
    ("3.4个百分点", Quantity(D("3.4"), "percentage_point")),
    ("0.4個百分點", Quantity(D("0.4"), "percentage_point")),
    # counts and persons
    ("60个", Quantity(D(60), "count")),
    ("1306家", Quantity(D(1306), "count")),
    ("三项", Quantity(D(3), "count")),
    ("12条", Quantity(D(12), "count")),
    ("500名", Quantity(D(500), "person")),
    ("1.2万人", Quantity(D(12000), "person")),
    ("1269万人", Quantity(D(12690000), "person")),
    # area, mass, energy
    ("5000平方米", Quantity(D(5000), "m2")),
    ("12万平方米", Quantity(D(120000), "m2")),
    ("1.5平方公里", Quantity(D(1500000), "m2")),
    ("10万亩", Quantity(D(100000), "mu")),
    ("1.37万亿斤", Quantity(D("1370000000000"), "jin")),
    ("1270万吨", Quantity(D(12700000), "ton")),
    ("500亿千瓦时", Quantity(D("50000000000"), "kwh")),
    ("12万千瓦时", Quantity(D(120000), "kwh")),
    # comparators before and after
    ("6.5%以上", Quantity(D("6.5"), "percent", ">=")),
    ("不少于30个", Quantity(D(30), "count", ">=")),
    ("不低于5%", Quantity(D(5), "percent", ">=")),
    ("超过或达到7%", Quantity(D(7), "percent", ">=")),
    ("达到或超过7%", Quantity(D(7), "percent", ">=")),
    ("至少100家", Quantity(D(100), "count", ">=")),
    ("超50亿元", Quantity(D(5000000000), "CNY", ">")),
    ("超过3.4%", Quantity(D("3.4"), "percent", ">")),
    ("突破1000家", Quantity(D(1000), "count", ">")),
    ("跨越2000亿元", Quantity(D(200000000000), "CNY", ">")),
    ("高于3%", Quantity(D(3), "percent", ">")),
    ("5.5%以内", Quantity(D("5.5"), "percent", "<=")),
    ("3%以下", Quantity(D(3), "percent", "<=")),
    ("2000亿元之上", Quantity(D(200000000000), "CNY", ">=")),
    ("3%之下", Quantity(D(3), "percent", "<=")),
    ("不超过5%", Quantity(D(5), "percent", "<=")),
    ("控制在5.5%以内", Quantity(D("5.5"), "percent", "<=")),
    ("低于2%", Quantity(D(2), "percent", "<")),
    # a mark not reached (虽未达1000亿元, 不到千亿): below it
    ("未达1000亿元", Quantity(D(100000000000), "CNY", "<")),
    ("不到500亿元", Quantity(D(50000000000), "CNY", "<")),
    ("未超过5%", Quantity(D(5), "percent", "<=")),
    ("6%左右", Quantity(D(6), "percent", "~")),
    ("约3%", Quantity(D(3), "percent", "~")),
    ("约为7.65万亿元", Quantity(D(7650000000000), "CNY", "~")),  # with the verb it takes
    ("约达3%", Quantity(D(3), "percent", "~")),
    ("近125亿元", Quantity(D(12500000000), "CNY", "~")),
    ("5%上下", Quantity(D(5), "percent", "~")),
    ("超過400億元", Quantity(D(40000000000), "CNY", ">")),
    # ranges
    ("4.5%至5%", Quantity(D("4.5"), "percent", "between", D(5))),
    ("4.5%-5%", Quantity(D("4.5"), "percent", "between", D(5))),
    ("5%—5.5%", Quantity(D(5), "percent", "between", D("5.5"))),
    ("4.5-5%", Quantity(D("4.5"), "percent", "between", D(5))),
    ("6%～6.5%", Quantity(D(6), "percent", "between", D("6.5"))),
    ("3-5万元", Quantity(D(30000), "CNY", "between", D(50000))),
    ("三至五家", Quantity(D(3), "count", "between", D(5))),
    # both ends signed with a minus (a table's target cell: -4.0~-4.5)
    ("-4.0~-4.5%", Quantity(D("-4.5"), "percent", "between", D("-4.0"))),
    ("-4%～-4.5%", Quantity(D("-4.5"), "percent", "between", D(-4))),
    # doubling
    ("翻一番", Quantity(D(100), "percent")),
    ("翻番", Quantity(D(100), "percent")),
    ("翻两番", Quantity(D(300), "percent")),
    # declines are negative; the comparator applies to the signed value
    ("下降3%", Quantity(D(-3), "percent")),
    ("降低3.8%", Quantity(D("-3.8"), "percent")),
    ("下降3%以上", Quantity(D(-3), "percent", "<=")),
    ("下降超过3%", Quantity(D(-3), "percent", "<")),
    ("下降3%左右", Quantity(D(-3), "percent", "~")),
    ("减少2至3个百分点", Quantity(D(-3), "percentage_point", "between", D(-2))),
    ("下降了16.2%", Quantity(D("-16.2"), "percent")),
    ("-3.2%", Quantity(D("-3.2"), "percent")),
    ("负增长3.4%", Quantity(D("-3.4"), "percent")),  # growth below zero
    # a decline's size named before its figure
    ("降幅为6.4%", Quantity(D("-6.4"), "percent")),
    ("下滑幅度达到6.4%", Quantity(D("-6.4"), "percent")),
    ("跌幅3%", Quantity(D(-3), "percent")),
    # approximations
    ("三十多万人", Quantity(D(300000), "person", ">", approximate=True)),  # more than
    ("1000余家", Quantity(D(1000), "count", ">", approximate=True)),
    ("一千多亿元", Quantity(D(100000000000), "CNY", ">", approximate=True)),
    ("超过一千万人", Quantity(D(10000000), "person", ">")),
    ("减少1000多人", Quantity(D(-1000), "person", "<", approximate=True)),  # a fall of more
    ("几十个", Quantity(D(20), "count", "between", D(90), approximate=True)),
    # financial and traditional numerals
    ("壹仟贰佰元", Quantity(D(1200), "CNY")),
    ("貳萬參仟元", Quantity(D(23000), "CNY")),
    ("陸佰萬元", Quantity(D(6000000), "CNY")),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_found_in_running_text_with_exact_span(text: str, expected: Quantity) -> None:
    original = f"据统计，全区{text}，成效明显。"
    norm = clean(original)
    found = find_quantities(norm.text)
    assert [m.quantity for m in found] == [expected]
    start, end = norm.original_span(found[0].start, found[0].end)
    assert original[start:end] == text


@pytest.mark.parametrize("text", ["上半年GDP降幅收窄至0.5%。",
                                  "上半年GDP同比降幅已较一季度收窄5.7个百分点至0.5%。"])
def test_the_size_a_decline_moved_to_is_a_decline(text: str) -> None:
    # 降幅…收窄…至0.5%: the decline's size after it narrowed, a fall of 0.5 %; the
    # points it narrowed by are no decline
    found = [m.quantity for m in find_quantities(text)]
    assert found[-1] == Quantity(D("-0.5"), "percent")
    assert all(q.value > 0 for q in found[:-1])


@pytest.mark.parametrize(("text", "times", "expected"), [
    ("出口同比增长1.2倍", "1.2倍", D(120)), ("實際利用外資增長1.78倍", "1.78倍", D(178)),
    ("工业投资激增两倍", "两倍", D(200)), ("工业投资增长了2.2倍", "2.2倍", D(220))])
def test_a_growth_by_times_is_a_percent(text: str, times: str, expected: Decimal) -> None:
    # 增长1.2倍: grown by 1.2 times what it was, up 120 %; the figure and 倍 its span
    norm = clean(text)
    found = find_quantities(norm.text)
    assert [m.quantity for m in found] == [Quantity(expected, "percent")]
    start, end = norm.original_span(found[0].start, found[0].end)
    assert text[start:end] == times


@pytest.mark.parametrize("text", ["地区生产总值是2015年的1.46倍", "成交额同比增长近一倍",
                                  "一倍于此"])
def test_a_multiple_of_a_base_or_a_guessed_one_is_no_quantity(text: str) -> None:
    assert find_quantities(clean(text).text) == []


WORDS = ["十四五", "一带一路", "三年行动", "“四上”企业", "一主一新一智", "第一方阵", "五接镇",
         "万事好通", "千村整治", "一站式", "两岸", "千家万户", "百家争鸣", "万人空巷",
         "第18位", "3个月", "5万个体工商户", "N3车间", "PM2.5", "2023年7月25日", "1-7月",
         "十三届全国人大五次会议", "“十四五”规划", "一季度", "参加",
         "联网直报一套表", "前5名", "第1-5名", "第11至14位"]


@pytest.mark.parametrize("word", WORDS)
def test_words_with_numerals_are_not_quantities(word: str) -> None:
    text = clean(f"全面落实{word}，推动高质量发展。").text
    assert find_quantities(text) == []


def test_pairs_sharing_one_unit_give_both_numbers() -> None:
    text = "消费和投资分别拉动经济增长5.6和4.4个百分点"
    found = find_quantities(text)
    assert [m.quantity.value for m in found] == [D("5.6"), D("4.4")]
    assert {m.quantity.unit for m in found} == {"percentage_point"}
    assert [text[m.start:m.end] for m in found] == ["5.6", "4.4个百分点"]


def test_enumeration_comma_pairs_in_traditional_text() -> None:
    original = "增幅分別高於全國、全省1.5、0.4個百分點"
    norm = clean(original)
    found = find_quantities(norm.text)
    assert [m.quantity.value for m in found] == [D("1.5"), D("0.4")]
    spans = [norm.original_span(m.start, m.end) for m in found]
    assert [original[s:e] for s, e in spans] == ["1.5", "0.4個百分點"]


def test_lists_of_quantities_each_with_its_unit() -> None:
    found = find_quantities("城镇和农村居民人均可支配收入分别为6.2万元和3.5万元,同比分别增长5%、7%")
    assert [(m.quantity.value, m.quantity.unit) for m in found] == [
        (D(62000), "CNY"), (D(35000), "CNY"), (D(5), "percent"), (D(7), "percent")]


def test_decline_flag_and_number_start() -> None:
    (match,) = find_quantities("能耗下降3%以上")
    assert match.decline
    assert (match.start, match.number_start, match.end) == (2, 4, 8)


def test_pinyin_residue_inside_numbers_is_dropped_and_spans_map_back() -> None:
    original = "規上工業增加值達(dá)到12萬(wàn)億元,增長(zhǎng)6%左右"
    norm = clean(original)
    found = find_quantities(norm.text)
    assert [m.quantity for m in found] == [Quantity(D("12000000000000"), "CNY"),
                                           Quantity(D(6), "percent", "~")]
    quotes = [original.__getitem__(slice(*norm.original_span(m.start, m.end))) for m in found]
    assert quotes == ["12萬(wàn)億元", "6%左右"]


def test_seed_sentence() -> None:
    text = clean("地区生产总值增长6.5%以上,一般公共预算收入增长3%,固定资产投资增长6%左右").text
    assert [m.quantity for m in find_quantities(text)] == [
        Quantity(D("6.5"), "percent", ">="), Quantity(D(3), "percent"),
        Quantity(D(6), "percent", "~")]


@given(mixed_text(300))
def test_never_raises_and_spans_are_ordered(text: str) -> None:
    norm = clean(text)
    found = find_quantities(norm.text)
    last_end = 0
    for match in found:
        assert last_end <= match.start <= match.number_start < match.end <= len(norm.text)
        last_end = match.end
        start, end = norm.original_span(match.start, match.end)
        assert 0 <= start < end <= len(text)


def _calls(text: str) -> int:
    """Python function calls made by find_quantities: a deterministic measure of work."""
    profiler = cProfile.Profile()
    profiler.runcall(find_quantities, text)
    return sum(row[1] for row in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize("unit", [
    "增长6.5%以上,收入880.5亿元,一带一路,十四五,",  # ordinary text
    "一" * 50,  # a numeral run with no unit
    "1" * 50 + "个",  # a run longer than any number
    "5和",  # an unending list
    "4.5%-",  # an unending range
    "万千百",  # magnitudes only
    "下降下降下降3%",
])
def test_work_grows_linearly_with_length(unit: str) -> None:
    small, large = unit * 200, unit * 1600
    ratio = _calls(large) / _calls(small)
    assert ratio < 8 * 1.5, ratio  # 8 times the text, at most 12 times the work


def test_reading_is_bounded_per_token(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = quantities.read_number

    def counting(text: str):  # type: ignore[no-untyped-def]
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(quantities, "read_number", counting)
    text = ("9" * 10_000 + "元,") * 5
    find_quantities(text)
    # every run is read once or twice (with and without a magnitude), never re-split
    assert len(seen) <= 5 * 4


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("城镇新增就业人数110万人", "110万人", 1_100_000),
    ("规上工业企业数12家", "12家", 12),
])
def test_a_word_ending_in_shu_is_not_several(text, quote, value):
    """数 means "several" only before a unit (数十个); 人数/企业数 end a word."""
    (match,) = find_quantities(text)
    assert text[match.start:match.end] == quote
    assert match.quantity.value == value
    assert not match.quantity.approximate


def test_a_bare_magnitude_after_a_comparator_word_is_one_of_it() -> None:
    found = {text: [(q.quantity.value, q.quantity.unit, q.quantity.comparator)
                    for q in find_quantities(text)]
             for text in ("固定资产投资超千亿元", "成交额突破千亿元", "近百亿元", "万人次",
                          "千万元", "迈上万亿元台阶", "上千家企业")}
    assert found == {
        "迈上万亿元台阶": [(Decimal("1000000000000"), "CNY", ">=")],
        "上千家企业": [],  # 上 leads a bare magnitude only in a verb of reaching
        "固定资产投资超千亿元": [(Decimal("100000000000"), "CNY", ">")],
        "成交额突破千亿元": [(Decimal("100000000000"), "CNY", ">")],
        "近百亿元": [(Decimal("10000000000"), "CNY", "~")],
        "万人次": [],  # no comparator before: a word, not a number
        "千万元": []}


def test_a_lists_magnitude_stands_for_every_number_of_it() -> None:
    found = find_quantities("分别为 1310.35、1098.90、1050.40 亿元，分别增长5.6%和4.4%")
    assert [(q.quantity.value, q.quantity.unit) for q in found] == [
        (Decimal("131035000000.00"), "CNY"), (Decimal("109890000000.00"), "CNY"),
        (Decimal("105040000000.00"), "CNY"), (Decimal("5.6"), "percent"),
        (Decimal("4.4"), "percent")]
    # a number with its own magnitude keeps it
    assert [q.quantity.value for q in find_quantities("分别为1.2万、9000人")] == [
        Decimal("12000.0"), Decimal("9000")]


@pytest.mark.parametrize("text", ["增长*.2%", "增长*2%", "达到2112.*亿元", "增长＊.5%"])
def test_a_number_a_copy_masked_is_no_number(text: str) -> None:
    assert find_quantities(text) == []


def test_a_footnote_mark_after_a_number_leaves_it_read() -> None:
    (q,) = find_quantities("增长2.5%*")
    assert q.quantity.value == Decimal("2.5")


@pytest.mark.parametrize(("text", "comparator"), [
    ("超过了5亿元", ">"), ("突破了1000亿元", ">"), ("达到了5亿元", "=")])
def test_a_comparing_verb_with_its_perfective_le_still_compares(text: str, comparator: str,
                                                                ) -> None:
    assert [q.quantity.comparator for q in find_quantities(text)] == [comparator]


@pytest.mark.parametrize(("text", "comparator"), [
    ("虽未及2000亿元", "<"), ("即使不能突破1000亿元", "<="), ("未能突破1000亿元", "<="),
    ("尚未突破1000亿元", "<=")])
def test_a_mark_not_reached_is_a_bound_from_below(text: str, comparator: str) -> None:
    # 未及, 不能突破: the figure is a mark the region stays under, never its level
    assert [q.quantity.comparator for q in find_quantities(text)] == [comparator]


def test_a_units_word_at_a_scale_of_one() -> None:
    # the word a figure printed without its unit is read by: 吨, not 公斤 (ton at 0.001)
    assert unit_word("ton") == "吨"
    assert unit_word("percent") == "%"
    assert unit_word("person") == "名"
    assert parse_quantity("171337" + (unit_word("ton") or "")) == Quantity(D("171337"), "ton")


@pytest.mark.parametrize("word", ["下降", "下降了", "降低", "减少"])
def test_a_decline_word_before_a_list_is_every_items(word: str) -> None:
    text = f"分别{word}7.39%、7.36%和6.85%"
    assert [q.quantity.value for q in find_quantities(text)] == [
        Decimal("-7.39"), Decimal("-7.36"), Decimal("-6.85")]


def test_an_item_with_a_word_of_its_own_or_after_a_comma_keeps_its_sign() -> None:
    assert [q.quantity.value for q in find_quantities("分别下降1.5%、增长2.5%")] == [
        Decimal("-1.5"), Decimal("2.5")]
    assert [q.quantity.value for q in find_quantities("下降1.5%,全年2.5%")] == [
        Decimal("-1.5"), Decimal("2.5")]
    # a list of money in one unit: 减少 is each item's; a comparator flips with the sign
    got = find_quantities("分别减少2亿元和3亿元以上")
    assert [(q.quantity.value, q.quantity.comparator) for q in got] == [
        (Decimal("-200000000"), "="), (Decimal("-300000000"), "<=")]


@pytest.mark.parametrize("text", ["下降幅度分别为3.99%、6.24%", "降幅分别是3.99%、6.24%"])
def test_a_fall_named_before_a_lists_fenbie_makes_each_item_a_fall(text: str) -> None:
    found = find_quantities(text)
    assert [q.quantity.value for q in found] == [Decimal("-3.99"), Decimal("-6.24")]
    # the figure starts at its number: 分别 stays where the list's items are counted from
    assert text[found[0].start:found[0].end] == "3.99%"


@pytest.mark.parametrize("text", ["年均下降率为4.25%", "下降幅度要达到21%", "降低率达到3.9%",
                                  "下降率在5.5%左右"])
def test_a_rate_of_decline_or_a_required_fall_is_a_fall(text: str) -> None:
    assert find_quantities(text)[0].quantity.value < 0
