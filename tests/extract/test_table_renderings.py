"""Tables a copy cut another way than by bars: empty cells written as dashes in runs of
spaces, one cell a line with empty cells as empty lines, a year table of two columns, and
two such tables one right after the other. Texts written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

import plantrack


def _facts(text: str) -> set[tuple[str, str | None, str, Decimal, str]]:
    return {(type(f).__name__, f.region, f.indicator, f.quantity.value, str(f.period))
            for f in plantrack.extract(text).facts}


def test_dashes_in_a_spaced_table_are_empty_cells(in_script: InScript) -> None:
    # the caption's rows and the header's merged cell carry dashes where a barred copy has
    # empty cells: 地区生产总值 heads its column only, the shares after it are none of it
    text = in_script(
        "3-19 支出法地区生产总值 (2021年)  -  -  -  -\n"
        "本表按当年价格计算。  -  -  -  -\n"
        "地 区  支出法地区生产总值  资本形成率  最终消费率  -\n"
        "(亿元)  最终消费支出  资本形成总额  (投资率)(%)  (消费率)(%)\n"
        "北 京  40269.6  2045.1  50.5  53.4\n"
        "天 津  15695.1  1763.1  54.2  40.4\n"
        "河 北  40391.3  4987.2  47.2  42.8\n")
    assert {(region, value, period) for _, region, indicator, value, period in _facts(text)
            if indicator == "gdp"} == {("110000", Decimal("4026960000000.0"), "2021"),
                                       ("120000", Decimal("1569510000000.0"), "2021"),
                                       ("130000", Decimal("4039130000000.0"), "2021")}


def test_empty_lines_are_empty_cells_of_a_table_one_cell_a_line(
        in_script: InScript) -> None:
    # rows of years not yet published: the year, a dash, then empty cells as empty lines
    text = in_script("\n".join((
        "年份", "济南城镇居民人均可支配收入(元)", "潍坊城镇居民人均可支配收入(元)", "对比差值(元)",
        "2019", "-", "", "",
        "2018", "-", "", "",
        "2017", "46,642.40", "36,286.30", "10,356.10",
        "2016", "43,052.20", "33,608.90", "9,443.30",
        "2015", "39,888.70", "31,059.80", "8,828.90",
    )) + "\n")
    got = {(region, value, period) for _, region, indicator, value, period in _facts(text)
           if indicator == "urban_disposable_income"}
    assert got == {("370100", Decimal("46642.40"), "2017"), ("370700", Decimal("36286.30"), "2017"),
                   ("370100", Decimal("43052.20"), "2016"), ("370700", Decimal("33608.90"), "2016"),
                   ("370100", Decimal("39888.70"), "2015"), ("370700", Decimal("31059.80"), "2015")}


def test_a_two_column_year_table_one_cell_a_line(in_script: InScript) -> None:
    text = in_script("庆阳市近年来一般公共预算收入情况如下:\n" + "\n".join((
        "年份", "一般公共预算收入(亿元)", "2019", "40.12", "2020", "42.35", "2021", "48.60",
    )) + "\n以上为庆阳市的情况。\n")
    got = {(region, value, period) for _, region, indicator, value, period in _facts(text)
           if indicator == "general_budget_revenue"}
    assert got == {("621000", Decimal("4012000000"), "2019"),
                   ("621000", Decimal("4235000000"), "2020"),
                   ("621000", Decimal("4860000000"), "2021")}


def test_a_table_right_after_another_one_cell_a_line_is_the_pages_own(
        in_script: InScript) -> None:
    # the last district's name, a line before the years' table, is a cell, no heading:
    # the years are the city's, not 南澳县's
    text = in_script("2022年汕头市各区县GDP排名如下。\n" + "\n".join((
        "排名", "区县", "2022年GDP(亿元)", "2022年增速(%)",
        "1", "龙湖区", "614.37", "0.2",
        "2", "金平区", "611.33", "1.6",
        "3", "南澳县", "35.93", "1.3",
        "年份", "GDP(亿元)", "增速(%)",
        "2022年", "3017.44", "1.0",
        "2021年", "2929.87", "6.1",
        "2020年", "2730.58", "2.0",
    )) + "\n")
    got = {(region, value, period) for kind, region, indicator, value, period in _facts(text)
           if indicator == "gdp" and period in ("2021", "2020")}
    assert got == {("440500", Decimal("292987000000"), "2021"),
                   ("440500", Decimal("6.1"), "2021"),
                   ("440500", Decimal("273058000000"), "2020"),
                   ("440500", Decimal("2.0"), "2020")}
    assert ("Result", "440523", "gdp", Decimal("3593000000"), "2022") in _facts(text)


_INTERLEAVED_HEADER = ("地区", "进出口总额", "排序", "出口总额", "排序",
                       "本年金额", "同比%", "本年金额", "同比%")
_INTERLEAVED_ROWS = (("全市合计", "52310", "12.4", "30120", "8.5"),
                     ("蓬江区", "20110", "15.2", "2", "11050", "9.8", "1"),
                     ("新会区", "18400", "-3.1", "3", "9020", "4.4", "2"),
                     ("台山市", "7300", "22.6", "1", "5120", "18.0", "3"))


def test_a_two_level_header_one_cell_a_line_with_rank_columns_between_its_groups(
        in_script: InScript) -> None:
    # each group's merged cell over 本年金额 | 同比%, each rank column over both header
    # rows; the total has no ranks. Cut with and without blank lines between the cells.
    for sep in ("\n", "\n\n"):
        cells = [*_INTERLEAVED_HEADER, *(c for row in _INTERLEAVED_ROWS for c in row)]
        # the notice's title names other months; the table's caption, its unit's line
        # apart, names its own, and 本年 over the amounts says the caption's period
        text = in_script("江门市关于2021年1-7月外经贸情况的通报\n\n附件1\n"
                         "江门市各县(市、区)进出口情况表\n(2021年1-6月)\n\n金额单位:万美元\n\n"
                         + sep.join(cells) + "\n")
        facts = _facts(text)
        assert {period for *_, period in facts} == {"2021-01..2021-06"}, sep
        got = {(region, indicator, value) for _, region, indicator, value, _ in facts}
        want = {"440700": ("523100000", "12.4", "301200000", "8.5"),
                "440703": ("201100000", "15.2", "110500000", "9.8"),
                "440705": ("184000000", "-3.1", "90200000", "4.4"),
                "440781": ("73000000", "22.6", "51200000", "18.0")}
        assert got == {(code, indicator, Decimal(value)) for code, values in want.items()
                       for indicator, value in zip(("foreign_trade", "foreign_trade",
                                                    "exports", "exports"), values,
                                                   strict=True)}, sep


def test_ranks_no_header_cell_names_one_cell_a_line(in_script: InScript) -> None:
    # the header names the regions and the values only; each row opens with its rank, the
    # running 1, 2, 3 (an HTML table whose rank column has an empty header cell)
    text = in_script("2019年上半年部分省份GDP增速排名\n\n" + "\n".join((
        "省份", "上半年增速(%)", "全年预期增速(%)", "GDP总量(亿元)", "",
        "1", "重庆", "8.6", "7", "7563.2",
        "2", "贵州", "8.4", "9", "4106.5",
        "3", "江西", "8.1", "8.5", "6801.4",
    )) + "\n")
    facts = _facts(text)
    assert {(kind, region, value) for kind, region, indicator, value, _ in facts
            if indicator == "gdp"} == {
        ("Result", "500000", Decimal("8.6")), ("Goal", "500000", Decimal("7")),
        ("Result", "500000", Decimal("756320000000")),
        ("Result", "520000", Decimal("8.4")), ("Goal", "520000", Decimal("9")),
        ("Result", "520000", Decimal("410650000000")),
        ("Result", "360000", Decimal("8.1")), ("Goal", "360000", Decimal("8.5")),
        ("Result", "360000", Decimal("680140000000"))}


def test_a_rule_line_cut_one_cell_a_line_is_no_row(in_script: InScript) -> None:
    # a markdown table's rule (|---|---|) copied one cell a line under the header
    text = in_script("2021年部分省会城市GDP排名\n" + "\n".join((
        "序号", "省会城市", "GDP(亿元)", "", "---", "---", "---", "",
        "1", "成都", "19917", "", "2", "武汉", "17716.8", "", "3", "杭州", "18109",
    )) + "\n")
    assert {(region, value) for _, region, indicator, value, _ in _facts(text)
            if indicator == "gdp"} == {("510100", Decimal("1991700000000")),
                                       ("420100", Decimal("1771680000000")),
                                       ("330100", Decimal("1810900000000"))}


_PLAN_TABLE = ("清远市2020年计划执行情况\n表1  清远市2020年主要指标完成情况\n", (
    "指标名称", "预期目标", "完成情况", "全省排名",
    "地区生产总值增长(%)", "6%左右", "3.8%", "4",
    "固定资产投资增长(%)", "10%", "8.1%", "10",
    "进出口总额增长(%)", "保持正增长", "1.8%", "8",
    "城镇登记失业率(%)", "2.6%以内", "2.5%以内",
    "居民消费价格指数", "3.5%以内", "2.0%"), "社会保障、节能减排完成省下达任务。\n")


def test_a_plan_table_one_cell_a_line_whose_names_read_like_measures(
        in_script: InScript) -> None:
    # 地区生产总值增长(%) reads like a growth column's header word, but a value follows
    # it: the first row's name, not the header's fourth cell; 保持正增长 in the target
    # column is an aim in words, a cell of its row; the last rows leave out their rank
    head, cells, tail = _PLAN_TABLE
    for sep in ("\n", "\n\n"):
        text = in_script(head + sep.join(cells) + "\n" + tail)
        got = {(kind, indicator, value)
               for kind, region, indicator, value, period in _facts(text)
               if region == "441800" and period == "2020"}
        assert got == {
            ("Goal", "gdp", Decimal("6")), ("Result", "gdp", Decimal("3.8")),
            ("Goal", "fixed_asset_investment", Decimal("10")),
            ("Result", "fixed_asset_investment", Decimal("8.1")),
            ("Result", "foreign_trade", Decimal("1.8")),
            ("Goal", "urban_registered_unemployment_rate", Decimal("2.6")),
            ("Result", "urban_registered_unemployment_rate", Decimal("2.5")),
            ("Goal", "cpi", Decimal("3.5")), ("Result", "cpi", Decimal("2.0"))}, sep


_PLAN_REVIEW_BARRED = """某某区国民经济和社会发展第十四个五年规划纲要
表1:“十三五”时期主要指标完成情况
指 标 |
2015年 完成 |
2020年 完成 |
年均增长(%) |
指标属性 |
|
一、经济发展 |
|||||
地区生产总值(亿元) |
210.5 |
320.8 |
8.8 |
预期性 |
|
社会消费品零售总额(亿元) |
60.2 |
95.1 |
9.6 |
预期性 |
|
二、结构效益 |
|||||
服务业增加值占地区生产总值比重(%) |
35.1 |
41.2 |
提高6.1个百分点 |
预期性 |
|
研究与试验发展经费支出占地区生产总值比重(%) |
2.1 |
2.8 |
0.14 |
预期性 |
|
规模以上工业增加值(亿元) |
120 |
150.5 |
4.6 |
预期性 |
|
"""


def test_a_barred_plan_review_with_group_lines_and_a_points_cell(in_script: InScript) -> None:
    # cells cut by bars ending their lines, a lone bar closing each row, a group's line
    # (一、经济发展 / |||||) between the header and the rows, a word column (预期性) and a
    # change in points (提高6.1个百分点) where the growth stands
    text = in_script(_PLAN_REVIEW_BARRED)
    got = {(f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="310104").facts}
    assert {("gdp", "level", "2015", Decimal("21050000000")),
            ("gdp", "level", "2020", Decimal("32080000000")),
            ("retail_sales", "level", "2020", Decimal("9510000000")),
            ("industrial_value_added", "level", "2015", Decimal("12000000000")),
            ("industrial_value_added", "level", "2020", Decimal("15050000000"))} <= got
    # (a share's yearly average change, 0.14 points, is no figure of the share)
    assert {v for i, _, _, v in got if i == "rd_intensity"} == {Decimal("2.1"), Decimal("2.8")}
    # (the five years' yearly growth, for the plan's last year at least)
    assert any(period.endswith("2020") for indicator, measure, period, value in got
               if (indicator, measure, value) == ("gdp", "growth", Decimal("8.8")))


def test_barred_rows_wrapped_after_their_names_cells(in_script: InScript) -> None:
    # each row's copy wraps after its name and unit (1.地区生产总值 | 亿元 |), its values on
    # the next line opening with a bar, the bars at the wrap closing an empty cell (the
    # target's sum, left blank); lone bars and | | (an empty row wrapped) stand between
    # the header and the rows
    text = in_script(
        "某市2017年计划执行情况的报告\n表1: 2017年主要指标完成情况表\n"
        "指标名称 | 计量单位 | 2017年目标 | 2017年增长目标 | 2017年完成 | 2017年增长 |\n"
        "一、经济发展 |\n|\n|\n| |\n"
        "1.地区生产总值 | 亿元 |\n| 7 | 4355.2 | 7.8 |\n"
        "2.一般公共预算收入 | 亿元 |\n| 6.5 | 443.8 | 13.2 |\n")
    got = {(f.kind, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="330400").facts}
    assert {("result", "gdp", "level", Decimal("435520000000")),
            ("result", "gdp", "growth", Decimal("7.8")),
            ("result", "general_budget_revenue", "level", Decimal("44380000000")),
            ("result", "general_budget_revenue", "growth", Decimal("13.2"))} <= got


def test_a_plan_table_grouped_by_kind_with_outcomes_in_words(in_script: InScript) -> None:
    # 指标类型, the column of the groups (规模, 效率), broken over two lines by the copy;
    # the results estimated (预计7.5%左右) or judged in words (预计可以完成), the GDP产税率
    # a rate of its own, R&D's ratio to the product its intensity
    text = in_script("\n\n".join((
        "某某市2019年国民经济和社会发展计划执行情况的报告",
        "表1:2019年全市主要目标完成情况",
        "指标", "类型", "指标名称", "目标", "全年实绩",
        "规模", "地区生产总值", "7%左右", "预计7.5%左右",
        "一般公共预算收入", "8%", "11.2%",
        "效率", "GDP产税率", "13%左右", "预计可以完成",
        "研究与试验发展经费支出与生产总值之比", "2.8%左右", "预计较难完成",
        "社会消费品零售总额", "9%左右", "预计9.6%左右")) + "\n")
    got = {(f.kind, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, region="330600").facts if f.indicator != "other"}
    assert got == {
        ("target", "gdp", Decimal("7")), ("result", "gdp", Decimal("7.5")),
        ("target", "general_budget_revenue", Decimal("8")),
        ("result", "general_budget_revenue", Decimal("11.2")),
        ("target", "rd_intensity", Decimal("2.8")),
        ("target", "retail_sales", Decimal("9")), ("result", "retail_sales", Decimal("9.6"))}
