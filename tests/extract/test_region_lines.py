"""Lists of regions a line each (西藏:12%以上) under a sentence naming the indicator: texts
written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

import plantrack

_LEAD = ("各项预期目标中,最受关注的仍是GDP的增幅。记者发现,各地均提出了2015年GDP的增速"
         "目标。记者同时发现,中西部地区的数据明显高于东部地区。\n")


def _rates(text: str) -> set[tuple[str, str | None, Decimal]]:
    return {(type(f).__name__, f.region, f.quantity.value)
            for f in plantrack.extract(text).facts if f.indicator == "gdp"}


def test_lines_of_a_region_and_a_rate_are_read_though_cut_like_a_table(
        in_script: InScript) -> None:
    # name:value lines look like a table of two columns, but no header names what the
    # values are: the sentence above does, and the lines are read with it
    text = in_script(_LEAD + "贵州:10%\n西藏:12%以上\n河北:7%左右\n福建:9%\n甘肃:8%\n")
    assert _rates(text) == {("Goal", "520000", Decimal("10")), ("Goal", "540000", Decimal("12")),
                            ("Goal", "130000", Decimal("7")), ("Goal", "350000", Decimal("9")),
                            ("Goal", "620000", Decimal("8"))}


def test_a_line_whose_region_gives_no_figure_does_not_end_the_list(
        in_script: InScript) -> None:
    # (河南's line, past the reach where a list's lead-in is looked for above, says its
    # target by the nation's; the lines after it are the same list's)
    before = ["贵州:10%", "西藏:12%以上", "河北:7%左右", "北京:7%", "天津:9%", "上海:7%左右",
              "浙江:8%", "江苏:8%"]
    text = in_script(_LEAD + "\n".join(before) + "\n河南:高出全国平均水平1到2个百分点\n"
                     "福建:9%\n甘肃:8%\n")
    got = _rates(text)
    assert ("Goal", "350000", Decimal("9")) in got
    assert ("Goal", "620000", Decimal("8")) in got
    assert len(got) == len(before) + 2


def test_a_cards_label_above_its_regions_figure_names_the_indicator(
        in_script: InScript) -> None:
    # a ranking told as cards: a label naming the indicator alone on its line, then the
    # region that leads and its figure (runs of spaces between), blank lines or none
    for gap in ("\n\n", "\n"):
        text = in_script(gap.join((
            "四川21市州一季度GDP排行榜", "截至4月25日，全省21个市州均已发布了2017年一季度数据。",
            "GDP总量第一 ", "成都      2968.49亿元", "GDP增速第一 ", "阿坝    10.3%",
            "一般公共预算收入增长第一", "南充   34.4%", "你的家乡排第几?")) + "\n")
        facts = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
                 for f in plantrack.extract(text).facts}
        assert facts == {
            ("510100", "gdp", "level", Decimal("296849000000.00"), "2017Q1"),
            ("513200", "gdp", "growth", Decimal("10.3"), "2017Q1"),
            ("511300", "general_budget_revenue", "growth", Decimal("34.4"), "2017Q1")}, gap
