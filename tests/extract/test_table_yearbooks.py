"""Yearbook tables as a web page's text copy gives them (a header broken over many short
lines, a breakdown's parts on a line of their own, English names beside Chinese ones, a
row's values on the line under its name) and tables that set two regions side by side
over header rows that lost their spans. Written for these tests, in both scripts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.extract.scripts import InScript

import plantrack
from plantrack.extract.tablecols import read_header, respan
from plantrack.extract.tablegrid import find_grids
from plantrack.model import Extraction

# 21-2-style index table: rows in Chinese and English (the province's row in English
# alone), a district without a primary sector (its cell left out: wider spaces)
INDEX_TABLE = """\
江苏省统计年鉴
12-3 地区生产总值指数(2022年)
Indices of Gross Regional Product(2022)
单位:以上年为100 (preceding year=100)
地区 Area
<sp>
地区
生产总值
          人均GDP(元)
第一产业 第二产业 第三产业
Gross Regional Product Primary Industry Secondary Industry Tertiary Industry <en>
<sp>
     Jiangsu 102.8 103.1 103.7 101.9 102.6
  南京市  Nanjing 102.1 103.3 101.7 102.2 101.5
      玄武区    Xuanwu 101.4   100.6 101.6 100.8
      江宁区    Jiangning 103.0 102.9 104.1 101.9 102.2
  无锡市  Wuxi 103.0 102.6 104.2 101.8 102.6
""".replace("<sp>", "   ").replace("<en>", "Per Capita GDP(yuan)")  # as the copy has them

# a name line and the line of its values under it; a grouping line (苏南) is no region
LEVEL_TABLE = """\
8-1 各市主要经济指标(2021年)
<sp>
城市 年末常住人口
(万人)
生产总值
(亿元)
  人均生产
总值(元)
社会消费品
零售总额
(亿元)
城镇居民
人均可支
配收入(元)
第一产业 第二产业 第三产业
苏南
5000.10  80000.00  1000.00  30000.00  49000.00    30000.00  60000
南京市
942.34  16355.32  307.45  5902.91  10144.96  174520  7899.41  73593
无锡市
747.95  14003.24  142.96  6804.08  7056.20  187415  3323.72  68681
常州市
529.08  8807.58  186.53  4384.15  4236.90  166487  2665.52  64825
""".replace("<sp>", "   ")


def _facts(text: str) -> list[tuple[str | None, str, str, Decimal]]:
    ex: Extraction = plantrack.extract(text)
    return [(f.region, f.indicator, f.measure, f.quantity.value) for f in ex.facts]


def _dated(text: str, *, region: str, year: int | None = None,
           ) -> set[tuple[str, str, Decimal, str]]:
    """(indicator, measure, value, period) of every fact ``text`` yields."""
    ex: Extraction = plantrack.extract(text, region=region, year=year)
    return {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in ex.facts}


def test_index_yearbook_rows_are_growths_by_region(in_script: InScript) -> None:
    text = in_script(INDEX_TABLE)
    facts = _facts(text)
    gdp = {(r, v) for r, i, m, v in facts if i == "gdp" and m == "growth"}
    assert gdp == {("320000", Decimal("2.8")), ("320100", Decimal("2.1")),
                   ("320102", Decimal("1.4")), ("320115", Decimal("3.0")),
                   ("320200", Decimal("3.0"))}
    # the parts stand after the whole's column, the per-capita column last
    per_capita = {(r, v) for r, i, m, v in facts if i == "gdp_per_capita"}
    assert ("320102", Decimal("0.8")) in per_capita
    assert ("320200", Decimal("2.6")) in per_capita


def test_yearbook_quote_runs_from_the_row_name_to_the_cell() -> None:
    ex = plantrack.extract(INDEX_TABLE)
    nanjing = next(f for f in ex.facts if f.region == "320100" and f.indicator == "gdp")
    assert nanjing.provenance.quote == "南京市  Nanjing 102.1"
    assert nanjing.provenance.grounded_in(INDEX_TABLE)


def test_level_yearbook_rows_on_two_lines(in_script: InScript) -> None:
    text = in_script(LEVEL_TABLE)
    facts = set(_facts(text))
    assert ("320100", "gdp", "level", Decimal("1635532000000")) in facts
    assert ("320200", "retail_sales", "level", Decimal("332372000000")) in facts
    assert ("320400", "urban_disposable_income", "level", Decimal("64825")) in facts
    # 苏南 is a grouping, no region: none of its figures is read
    assert not any(v == Decimal("8000000000000") for _, _, _, v in facts)
    # a part (第三产业) is never read as the whole
    assert ("320100", "gdp", "level", Decimal("1014496000000")) not in facts


def test_header_rows_that_lost_their_spans_are_laid_out_again() -> None:
    rows = [["指 标 名 称", "计量单位", "全 省", "本 市", "", ""],
            ["本 期", "±%", "本 期", "±%", "", ""]]
    assert respan(rows) == [["指 标 名 称", "计量单位", "全 省", "全 省", "本 市", "本 市"],
                            ["", "", "本 期", "±%", "本 期", "±%"]]
    header = read_header(rows)
    assert header is not None
    assert [c.kind for c in header.columns] == [None, None, "result", "result", "result",
                                                "result"]
    # a header that fills its width is left as it is
    assert respan([["指标", "2023年", ""], ["", "目标", "完成"]]) == [
        ["指标", "2023年", ""], ["", "目标", "完成"]]


SIDE_BY_SIDE = """\
2023年1-5月南京市玄武区主要经济指标
指 标 名 称 | 计量单位 | 南 京 市 | 玄 武 区 | ||
本 期 | ±% | 本 期 | ±% | ||
一、社会消费品零售总额 | 亿元 | 3000.5 | 5.5 | 400.2 | 6.6 |
二、一般公共预算收入 | 亿元 | 800.1 | 3.3 | 60.4 | 4.4 |
"""


def test_columns_under_a_region_name_are_that_regions() -> None:
    ex = plantrack.extract(SIDE_BY_SIDE)
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in ex.facts}
    assert ("320100", "retail_sales", "level", Decimal("300050000000")) in got
    assert ("320100", "retail_sales", "growth", Decimal("5.5")) in got
    assert ("320102", "retail_sales", "level", Decimal("40020000000")) in got
    assert ("320102", "general_budget_revenue", "growth", Decimal("4.4")) in got
    assert ("320102", "retail_sales", "level", Decimal("300050000000")) not in got


# a yearbook's table of counties: no word over the names' column, a city's group line,
# districts whose last cells are left out
COUNTY_TABLE = """\
21-1  各县(市、区)主要经济指标(2022年)
<sp>
总人口
(万人)


一般公共
预算收入
(万元)

城乡居民储
蓄存款余额
(万元)
<sp>
南京市
  玄武区 56.0 1305958
  秦淮区 60.9 922817 390276
  建邺区 39.8 450489 318610
  高淳区 43.1 351200 401730
""".replace("<sp>", "   ")


def test_county_yearbook_without_a_corner_word_and_rows_stopping_short() -> None:
    facts = {(r, i, v) for r, i, m, v in _facts(COUNTY_TABLE)
             if i == "general_budget_revenue"}
    assert facts == {("320102", "general_budget_revenue", Decimal("13059580000")),
                     ("320104", "general_budget_revenue", Decimal("9228170000")),
                     ("320105", "general_budget_revenue", Decimal("4504890000")),
                     ("320118", "general_budget_revenue", Decimal("3512000000"))}


# a national table of provinces by two years: a year over each pair of columns, names
# that are also a city's or a district's (吉林, 海南), in a text naming a province first
PROVINCES = """\
内蒙古自治区统计局转载
| 表5 社会消费品零售总额 | ||||
| 地 区 | 2008 | 2009 | ||
| 社会消费品零售总额 | 增 长 | 社会消费品零售总额 | 增 长 | |
| (亿元) | (%) | (亿元) | (%) | |
| 全 国 | 114830.1 | 22.7 | 132678.4 | 15.5 |
| 吉 林 | 2549.2 | 25.1 | 2957.3 | 16.0 |
| 海 南 | 463.2 | 24.9 | 537.5 | 16.0 |
| 内蒙古 | 2463.0 | 25.4 | 2855.3 | 15.9 |
"""


def test_a_table_of_provinces_by_year() -> None:
    ex = plantrack.extract(PROVINCES)
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in ex.facts}
    assert ("220000", "level", Decimal("254920000000"), "2008") in got
    assert ("220000", "growth", Decimal("16.0"), "2009") in got
    assert ("460000", "level", Decimal("53750000000"), "2009") in got
    assert ("100000", "growth", Decimal("22.7"), "2008") in got
    assert all(f.indicator == "retail_sales" for f in ex.facts)


RANKED = """\
2022年某市各区县GDP排名:
1、江宁区, 3000.5亿 ,增速 3.2%
2、鼓楼区, 2100.0亿 ,增速 1.5%
3、高新开发区, 900.6亿 ,增速 8.1%
4、高淳区, 800.1亿 ,增速 -2.5%
二、简析
2022年,全市经济稳定增长。
"""


def test_a_ranked_list_of_regions(in_script: InScript) -> None:
    text = in_script(RANKED)
    ex = plantrack.extract(text, region="南京市")
    got = {(f.region, f.measure, f.quantity.value) for f in ex.facts if f.indicator == "gdp"}
    assert got == {("320115", "level", Decimal("300050000000")),
                   ("320115", "growth", Decimal("3.2")),
                   ("320106", "level", Decimal("210000000000")),
                   ("320106", "growth", Decimal("1.5")),
                   ("320118", "level", Decimal("80010000000")),
                   ("320118", "growth", Decimal("-2.5"))}  # no zone (高新开发区)
    assert all(str(f.period) == "2022" for f in ex.facts)


# a wiki's table whose header was lost in the copy: a name and three bare numbers a line
# (two years' levels and a growth, none of them said) is no ranked list of one value
UNSAID_COLUMNS = """\
地区 GDP
河北 183.06 16,011.97 9.97
山西 87.99 7,315.40 9.79
辽宁 229.20 13,668.58 8.58
吉林 81.98 6,426.10 9.57
"""


def test_a_list_of_names_and_several_bare_numbers_guesses_no_column() -> None:
    assert plantrack.extract(UNSAID_COLUMNS, year=2008).facts == ()
    # (one bare value a line is the list's figure, as ever)
    one = "\n".join(line.rsplit(" ", 2)[0] if line[0] != "地" else "2008年各省GDP(亿元)"
                    for line in UNSAID_COLUMNS.splitlines())
    assert Decimal("18306000000") in {f.quantity.value for f in plantrack.extract(one).facts}


# a yearbook appendix of the provinces by year whose copy lost most rows' names (those
# spaced out to the column's width): a row without its name is read as no one's, and
# the table goes on to the rows whose names stand
LOST_NAMES = """\
附录 1-13  城镇居民人均可支配收入
单位:元
    2010 2011 2012

全国总计 19109 21810 24565

    29073 32903 36469
    24293 26921 29626
内 蒙 古 17698 20408 23150

    17713 20467 23223
黑 龙 江 13857 15696 17760
"""


def test_a_yearbook_table_whose_copy_lost_some_rows_names() -> None:
    got = {(f.region, f.quantity.value, str(f.period)) for f in plantrack.extract(LOST_NAMES).facts}
    assert got == {("100000", Decimal(19109), "2010"), ("100000", Decimal(24565), "2012"),
                   ("150000", Decimal(17698), "2010"), ("150000", Decimal(20408), "2011"),
                   ("150000", Decimal(23150), "2012"), ("230000", Decimal(13857), "2010"),
                   ("230000", Decimal(15696), "2011"), ("230000", Decimal(17760), "2012"),
                   ("100000", Decimal(21810), "2011")}


# a web copy's table with bars on lines of their own and a header of two rows run
# together: a word per group of columns (地区生产总值, 第二产业), then a unit per column
GROUPED = "\n|\n".join([
    "表3 主要城市主要经济指标(2021年)\n城 市", "地区生产总值", "第二产业",
    "(亿元)", "增长%", "(亿元)", "增长%",
    "南京", "16,355.32", "7.5", "5,902.91", "6.0",
    "苏州", "22,718.34", "8.7", "10,872.36", "9.1",
    "无锡", "14,003.24", "8.8", "6,804.08", "10.1",
]) + "\n|\n注:部分城市数据空缺。\n"


def test_a_header_of_groups_over_units_in_a_stream_of_cells() -> None:
    facts = set(_facts(GROUPED))
    assert ("320100", "gdp", "level", Decimal("1635532000000")) in facts
    assert ("320100", "gdp", "growth", Decimal("7.5")) in facts
    assert ("320500", "gdp", "growth", Decimal("8.7")) in facts
    assert not any(r == "320100" and v == Decimal("6.0") and i == "gdp"
                   for r, i, _, v in facts)


def test_a_stream_of_cells_whose_header_has_an_empty_corner(in_script: InScript) -> None:
    # each cell on a line ending in a bar; the names' column's header cell is empty
    text = in_script("\n".join([
        "2023年前三季度某市生产总值 2023-10-25 来源：市统计局", "厦门市生产总值 |", "||",
        "2023年前三季度 |", "||", "|", "总量 (亿元) |", "比上年同期 增长(%) |",
        "地区生产总值 |", "5823.16 |", "3.1 |", "按产业分 |", "|", "|",
        "第一产业 |", "21.30 |", "2.5 |", "第二产业 |", "2053.44 |", "1.2 |",
        "第三产业 |", "3748.42 |", "4.2 |", "注：总量按现价计算。"]))
    got = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(text).facts}
    assert got == {("350200", "gdp", "level", Decimal("582316000000"), "2023-01..2023-09"),
                   ("350200", "gdp", "growth", Decimal("3.1"), "2023-01..2023-09")}


def test_a_value_that_looks_like_a_year_with_decimals_is_a_value() -> None:
    # 2060.01亿元 is no year (2060) opening a header: the table of years goes on past it
    text = ("湛江市历年GDP\n| 年份 | 总GDP(亿元) |\n| 2014 | 2258.99 |\n| 2013 | 2060.01 |\n"
            "| 2012 | 1860.22 |\n| 2011 | 1700.23 |\n| 2010 | 1405.06 |\n")
    got = {(str(f.period), f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("2014", Decimal("225899000000")), ("2013", Decimal("206001000000")),
                   ("2012", Decimal("186022000000")), ("2011", Decimal("170023000000")),
                   ("2010", Decimal("140506000000"))}


YEARS_TABLE = """\
西藏自治区历年GDP对比表
年份 | GDP(亿元) | 增速(%) |
2021年 | 2080.17 | 6.7 |
2020年 | 1902.74 | 7.8 |
2019年 | 1697.82 | 8.1 |
"""


def test_a_table_of_years_is_the_documents_regions() -> None:
    ex = plantrack.extract(YEARS_TABLE)
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in ex.facts}
    assert got == {("540000", "level", Decimal("208017000000"), "2021"),
                   ("540000", "growth", Decimal("6.7"), "2021"),
                   ("540000", "level", Decimal("190274000000"), "2020"),
                   ("540000", "growth", Decimal("7.8"), "2020"),
                   ("540000", "level", Decimal("169782000000"), "2019"),
                   ("540000", "growth", Decimal("8.1"), "2019")}


# a yearbook page's copy: rows cut by runs of spaces, blank lines and a group's line
# between them
SPACED_PAGE = """\
南通年鉴2022
      指 标      单 位      2021 年      比上年增长(%)

      #住户存款      亿元      7195.67      15.6

      人民生活

      城镇常住居民人均可支配收入      元      64714.00      4.5
      农村常住居民人均可支配收入      元      35750.00      6.5
"""


def test_rows_apart_by_blank_and_group_lines_are_one_table() -> None:
    facts = set(_facts(SPACED_PAGE))
    assert (None, "urban_disposable_income", "growth", Decimal("4.5")) in {
        (None, i, m, v) for _, i, m, v in facts}
    assert any(i == "rural_disposable_income" and m == "level" and v == Decimal("35750")
               for _, i, m, v in facts)


# a summary table without a header: levels, signed growths, shares
SUMMARY = """\
江苏省概况
主要经济数据(2023年) | |||
---|---|---|---|
> 地区生产总值(亿元人民币) | 128,222.16 | (+5.8%) | 产业比重 |
- 第一产业 | 5,075.82 | (+3.5%) | 4.0% |
> 进出口总额(亿元人民币) | 52,493.80 | (-5.2%) | |
- 出口总额 | 33,720.00 | (-3.1%) | |
"""


def test_a_summary_table_without_a_header(in_script: InScript) -> None:
    text = in_script(SUMMARY)
    got = {(i, m, v) for _, i, m, v in _facts(text)}
    assert ("gdp", "level", Decimal("12822216000000")) in got
    assert ("gdp", "growth", Decimal("5.8")) in got
    assert ("foreign_trade", "growth", Decimal("-5.2")) in got
    assert ("exports", "level", Decimal("3372000000000")) in got  # the unit of its parent
    assert not any(v == Decimal("4.0") for _, _, v in got)  # a share is no growth


COLUMNS_OF_PLACES = """\
7-2 社会消费品零售总额
                 (2021年)                  单位:万元
指标 苏州市 昆山市 常熟市 张家港市
社会消费品零售总额 9031386 1700112 931353 888594
    限额以上 4056048 992855 367918 326533
    住宿和餐饮业 826014 173872 141520 156937
"""


def test_columns_named_by_regions() -> None:
    got = {(r, i, v) for r, i, _, v in _facts(COLUMNS_OF_PLACES)}
    assert ("320500", "retail_sales", Decimal("90313860000")) in got
    assert ("320583", "retail_sales", Decimal("17001120000")) in got
    assert ("320582", "retail_sales", Decimal("8885940000")) in got
    assert not any(v == Decimal("40560480000") and i == "retail_sales" for _, i, v in got)


UNRANKED = """\
我们整理了2025年南京市各区生产总值。
2025年南京市各区生产总值中,江宁区超过3500亿,遥遥领先,各区具体如下:
南京市 18244.57
江宁区 3548.97
#江宁开发区 1272.28
鼓楼区 2154.21
玄武区 1132.52
"""


def test_a_list_of_regions_without_ranks_under_its_lead_in() -> None:
    got = {(r, i, v) for r, i, m, v in _facts(UNRANKED) if m == "level"}
    assert ("320100", "gdp", Decimal("1824457000000")) in got
    assert ("320115", "gdp", Decimal("354897000000")) in got
    assert ("320102", "gdp", Decimal("113252000000")) in got
    assert not any(v == Decimal("127228000000") for _, _, v in got)  # a zone, no region


PLAN_AND_QUARTER = """\
南通市海门区经济发展数据(2016年1-3月)
主要经济指标年度计划完成情况
指标名称 | 单位 | 1季度累计 | 同比增速(±%) | 2016年 | 完成年度计划(%) | |
计划 目标值 | 比上年增长(%) | |||||
地区生产总值 | 亿元 | 270.79 | 8.0 | 1160-1170 | 8.1-8.6 | - |
固定资产投资额 | 亿元 | 69.88 | 9.1 | 270.7 | 15.0 | 25.8 |
社会消费品零售总额 | 亿元 | 45.86 | 8.5 | 163 | 8.5 | 28.1 |
"""


def test_a_period_cell_spans_the_lower_rows_cells() -> None:
    ex = plantrack.extract(PLAN_AND_QUARTER)
    got = {(f.kind, f.indicator, f.measure, f.quantity.comparator, f.quantity.value,
            str(f.period)) for f in ex.facts}
    assert ("result", "gdp", "growth", "=", Decimal("8.0"), "2016Q1") in got
    assert ("result", "gdp", "level", "=", Decimal("27079000000"), "2016Q1") in got
    assert ("target", "gdp", "level", "between", Decimal("116000000000"), "2016") in got
    assert ("target", "fixed_asset_investment", "growth", "=", Decimal("15.0"), "2016") in got
    # 完成年度计划(%): a share of the plan reached, no fact
    assert not any(v == Decimal("25.8") for *_, v, _ in got)


GLUED = """\
2022年
12月
    规模以上工业增加值(亿元)12月同比±%1-12月同比±%
    工业增加值总计333.4 4.0 3400.6 6.7
    在总计中:轻工业94.7 5.8 913.7 3.2
              重工业238.7 3.3 2486.9 8.1



    规模以上工业增加值(亿元)12月同比±%1-12月同比±%
    南京市333.4 4.0 3400.6 6.7
    玄武区18.3 3.9 205.2 7.1
    秦淮区12.1 -0.6 117.3 10.7
    江宁区59.2 15.7 591.3 4.1
"""


def test_a_header_and_rows_run_together() -> None:
    ex = plantrack.extract(GLUED, region="南京市")
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in ex.facts
           if f.indicator == "industrial_value_added"}
    assert ("320102", "level", Decimal("1830000000"), "2022-12") in got
    assert ("320102", "growth", Decimal("7.1"), "2022-01..2022-12") in got
    assert ("320115", "growth", Decimal("15.7"), "2022-12") in got
    assert ("320100", "level", Decimal("340060000000"), "2022-01..2022-12") in got


BILINGUAL_ROWS = """\
附 2 江苏省国民经济主要指标
Main Indicators of National Economy of Jiangsu Province
项    目   Item   2020 2021
年末常住人口     (万人)   Year-end Population     (10000 persons)   8477 8505
地区生产总值     (亿元)   Gross Domestic Products     (100 million yuan)   102719.0 116364.2
社会消费品零售总额  (亿元)  Total Retail Sales  (100 million yuan)   37086.1 42702.6
"""


def test_bilingual_rows_of_indicators_by_year() -> None:
    got = {(i, v) for r, i, m, v in _facts(BILINGUAL_ROWS)}
    assert ("gdp", Decimal("10271900000000")) in got
    assert ("retail_sales", Decimal("4270260000000")) in got


RANKED_STACK = """\
《周刊》发布了2022年前三季度公共财政预算收入排列。

按公共财政预算收入规模

序号

县(市区)

单位(亿元)

1

南京江宁区

174.38

2

苏州昆山市

105.34

3

南京玄武区

103.76
"""


def test_a_ranked_list_one_cell_a_line_with_its_unit_column() -> None:
    got = {(r, i, v) for r, i, m, v in _facts(RANKED_STACK)}
    assert ("320115", "general_budget_revenue", Decimal("17438000000")) in got
    assert ("320583", "general_budget_revenue", Decimal("10534000000")) in got
    assert ("320102", "general_budget_revenue", Decimal("10376000000")) in got


MONTHS_ONLY = """\
2020年11月工业生产情况

指标名称

11

比去年同月增长(%)

1-11

比去年同期增长(%)

全市工业总产值(亿元)

3694.41

7.6

33034.98

0.4

#规模以上工业总产值(亿元)

3479.41

7.8

31111.36

0.7
"""


def test_columns_headed_by_their_months_alone() -> None:
    got = _dated(MONTHS_ONLY, region="上海市")
    assert ("industrial_output", "level", Decimal("347941000000"), "2020-11") in got
    assert ("industrial_output", "growth", Decimal("0.7"), "2020-01..2020-11") in got


RANK_FIRST = """\
2019年重庆市38区县排名
排名 | 地区 | 生产总值(亿元) |
1 | 渝北区 | 1848.24 |
2 | 九龙坡区 | 1462.88 |
3 | 渝中区 | 1301.35 |
"""


def test_a_rank_column_before_the_regions() -> None:
    got = {(r, v) for r, i, m, v in _facts(RANK_FIRST) if i == "gdp"}
    assert got == {("500112", Decimal("184824000000")), ("500107", Decimal("146288000000")),
                   ("500103", Decimal("130135000000"))}


SHORT_ROWS_UNDER_MONTHS = """\
梅州市统计月报 2022年第2期
时间:2022-03-28 08:50:28

全市主要经济指标

指标名称

单位

1-2

去年同期

增长%

地区生产总值(2021年)

亿元

1308.01

1227.27

5.5

规模以上工业增加值

亿元

45.8

-2.9

社会消费品零售总额

亿元

108.9

105.16

3.6
"""


def test_rows_that_leave_cells_out_under_a_months_column() -> None:
    got = _dated(SHORT_ROWS_UNDER_MONTHS, region="梅州市")
    assert ("industrial_value_added", "level", Decimal("4580000000"), "2022-01..2022-02") in got
    assert ("industrial_value_added", "growth", Decimal("-2.9"), "2022-01..2022-02") in got
    assert ("retail_sales", "growth", Decimal("3.6"), "2022-01..2022-02") in got
    # a row naming its own year (地区生产总值(2021年)) gives no year to the rows below it
    assert ("gdp", "level", Decimal("130801000000"), "2021") in got


HALF_YEAR_COLUMN = """\
地区生产总值(2021年1-2季度)

    指标名称

    上半年

    增长±%

    地区生产总值(亿元)

    25232.39

    12.1

      #第一产业增加值

    2062.70

    8.0

        工业增加值

    7379.07

    10.9
"""


def test_a_column_headed_by_a_half_year() -> None:
    got = _dated(HALF_YEAR_COLUMN, year=2021, region="四川省")
    assert ("gdp", "level", Decimal("2523239000000"), "2021H1") in got
    assert ("industrial_value_added", "growth", Decimal("10.9"), "2021H1") in got


TWO_TABLES = """\
江西省2018年GDP:全省实现生产总值21984.78亿元。
GDP排行 | 地级市 | 2018年GDP(亿元) | 增速(%) |
1 | 南昌市 | 5274.67 | 8.9 |
2 | 赣州市 | 2807.24 | 9.3 |
江西省历年GDP对比表
年份 | GDP(亿元) | 增速(%) | 常住人口(万人) | 人均GDP(元) |
2017年 | 20818.5 | 8.9 | 4622.1 | 45187 |
2016年 | 18364.4 | 9 | 4592.3 | 40106 |
"""


def test_a_title_between_two_tables_of_other_widths_parts_them() -> None:
    ex = plantrack.extract(TWO_TABLES)
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in ex.facts
           if f.indicator == "gdp"}
    assert ("360100", "level", Decimal("527467000000"), "2018") in got
    assert ("360000", "level", Decimal("2081850000000"), "2017") in got
    assert ("360000", "growth", Decimal("9"), "2016") in got


def test_a_row_in_percent_of_a_sum_of_money_is_a_share() -> None:
    text = ("2、本地生产总值构成 3月 1-3月累计 累计增长百分点\n"
            "本地生产总值(%) —— 100 ——\n第一产业 —— 1.95 ——\n第二产业 —— 50.66 ——\n"
            "第三产业 —— 47.39 ——\n")
    ex = plantrack.extract(text, year=2018, region="中山市")
    assert not [f for f in ex.facts if f.indicator == "gdp"]


YEAR_BLOCKS = """\
2023年江西省地区生产总值32200.1亿元，同比增长4.1%。
年份/各地级市 | 2023年GDP | 2022年GDP |
江西省 | 32200.10 | 32074.70 |
南昌市 | 7324.46 | 7203.50 |
赣州市 | 4606.20 | 4523.63 |
年份/各地级市 | 2018年GDP | 2017年GDP | 2016年GDP |
江西省 | 22716.51 | 20210.78 | 18388.59 |
南昌市 | 5119.33 | 4547.63 | 4000.01 |
赣州市 | 2807.24 | 2524.01 | 2207.20 |
"""


def test_a_second_header_of_years_inside_a_table_starts_a_block() -> None:
    ex = plantrack.extract(YEAR_BLOCKS, region="江西省")
    got = {(f.region, f.quantity.value, str(f.period)) for f in ex.facts}
    assert ("360100", Decimal("511933000000"), "2018") in got
    assert ("360000", Decimal("2021078000000"), "2017") in got
    assert ("360100", Decimal("732446000000"), "2023") in got
    assert ("360100", Decimal("511933000000"), "2023") not in got


THREE_QUARTERS = """\
2018年前三季度江苏各市GDP出炉:苏州以13500.5億元居首,南京居次。
以下是2018年前三季度各市GDP排名。

2018年江苏各城市GDP排名

排名 城市 2018 2017 增量 名義增速
1 苏州 13500.5 12600.2 900.3 7.15%
2 南京 9600.1 8800.4 799.7 9.09%
3 无锡 8300.7 7700.3 600.4 7.80%
"""


def test_a_rank_before_each_name_and_years_in_a_report_of_three_quarters() -> None:
    ex = plantrack.extract(THREE_QUARTERS)
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in ex.facts
           if "|" not in f.provenance.quote and "排名" not in f.provenance.quote}
    assert ("320100", "level", Decimal("960010000000"), "2018-01..2018-09") in got
    # the year before's column is the same three quarters, the base of 增量
    assert ("320200", "level", Decimal("770030000000"), "2017-01..2017-09") in got
    # 名義增速 is a growth at current prices, not the real growth a bulletin reports
    assert not any(m == "growth" for _, m, _, _ in got)


REAL_GROWTH_AFTER_TWO_YEARS = """\
2018年前三季度江苏各市GDP排名

城市 2018 2017 增量 增速
苏州 13500.5 12600.2 900.3 7.1%
南京 9600.1 8800.4 799.7 8.0%
无锡 8300.7 7700.3 600.4 7.5%
"""


def test_a_growth_after_two_years_columns_is_the_later_years() -> None:
    ex = plantrack.extract(REAL_GROWTH_AFTER_TWO_YEARS)
    got = {(f.region, f.quantity.value, str(f.period)) for f in ex.facts
           if f.measure == "growth"}
    assert got == {("320500", Decimal("7.1"), "2018-01..2018-09"),
                   ("320100", Decimal("8.0"), "2018-01..2018-09"),
                   ("320200", Decimal("7.5"), "2018-01..2018-09")}


MANY_COLUMNS = """\
2016年江苏各市各项经济指标列表
地区 GDP总值(亿元) 人均GDP(元/人) 固投(亿元) 社会消费品零售总额(亿元)
总值 第一产业 第二产业 第三产业
江苏省 77388.28 4077.18 34619.50 38691.60 96887 49663.21 28707.12
南京市 10503.02 252.51 4117.20 6133.31 127264 5533.56 5088.20
无锡市 9210.02 128.60 4521.81 4559.61 141258 4640.51 3276.34
苏州市 15475.09 225.98 7256.81 7992.30 145556 5806.83 4956.38
"""


def test_a_long_header_line_and_a_breakdown_that_opens_with_its_total() -> None:
    got = {(r, i, v) for r, i, m, v in _facts(MANY_COLUMNS)}
    assert ("320100", "gdp", Decimal("1050302000000")) in got
    assert ("320200", "retail_sales", Decimal("327634000000")) in got
    assert ("320500", "fixed_asset_investment", Decimal("580683000000")) in got


COUNTS_BY_YEAR = """\
12-6 各市规模以上工业企业单位数和工业总产值
Number and Gross Output Value of Industrial Enterprises above Designated Size by City
市 别 City 工业企业单位数 (个)
Number of Industrial Enterprises  (unit)
2000 2005 2010
<sp>
南  京  Nanjing 4531 5240 6969
无  锡  Wuxi 1834 5214 8249
常  州  Changzhou 771 992 1347
""".replace("<sp>", "          ")


def test_a_group_over_year_columns_and_names_spaced_out() -> None:
    got = {(r, v, p) for r, v, p in (
        (f.region, f.quantity.value, str(f.period)) for f in plantrack.extract(
            COUNTS_BY_YEAR).facts if f.indicator == "industrial_enterprises_above_scale")}
    assert ("320100", Decimal("4531"), "2000") in got
    assert ("320200", Decimal("8249"), "2010") in got
    assert ("320400", Decimal("992"), "2005") in got


# one cell a line under 排名: a header cell of a period and a name (2023年GDP), its unit
# on a line of its own, and the province's total after the ranked rows, without a rank
RANKED_BY_PERIOD = """\
江西各市经济总量

排名

地区

2023年GDP

(亿元)

增速

1

南昌

7203.50

4.1%

2

赣州

4606.20

4.8%

3

九江

3825.90

4.6%

全省

32200.10

4.1%
"""


def test_a_ranked_one_cell_a_line_table_under_a_period_named_header(in_script: InScript) -> None:
    text = in_script(RANKED_BY_PERIOD)
    got = _dated(text, region="江西省")
    assert ("gdp", "level", Decimal("720350000000"), "2023") in got
    assert ("gdp", "growth", Decimal("4.8"), "2023") in got
    facts = plantrack.extract(text, region="江西省").facts
    total = [f for f in facts if f.region == "360000" and f.measure == "level"]
    assert [f.quantity.value for f in total] == [Decimal("3220010000000")]


# a wiki copy of a yearbook table: two groups on the names' header line, each over four
# columns whose words stand on lines of their own (本币 / (亿元), 位次 比重); a rank
# and a share are no figure of the group's indicator; the dollar column converts the 本币
GROUPS_ON_THE_NAMES_LINE = """\
2022年某省各市地区生产总值列表[注 1]
地区[注 2] 地区生产总值[注 3] 人均GDP
本币
(亿元)
美元
(亿元)
位次 比重
(%)
本币
(元)
美元
(元)
位次 比重
(全省=100)
甲省 5,000.00 720.00 50,000 7,200   100
赣州市 1,200.50 172.80 1 24.01 60,000 8,640 2 120.0
九江市 1,100.25 158.40 2 22.00 70,000 10,080 1 140.0
上饶市 900.75 129.60 3 18.02 40,000 5,760 3 80.0
"""


def test_groups_on_the_names_line_over_columns_of_their_own() -> None:
    facts = plantrack.extract(GROUPS_ON_THE_NAMES_LINE, region="江西省").facts
    gdp = {(f.region, f.quantity.value, f.quantity.unit) for f in facts
           if f.indicator == "gdp"}
    assert ("360700", Decimal("120050000000"), "CNY") in gdp
    # the dollar column is that sum at an exchange rate: never read as yuan, and not kept
    # a second time beside the 本币 column
    assert ("360400", Decimal("110025000000"), "CNY") in gdp
    assert not {(r, v) for r, v, _ in gdp if v == Decimal("15840000000")}
    # the rank (1) and the share (24.01) of 赣州市 are no GDP of it
    assert not {v for r, v, _ in gdp if r == "360700"} & {Decimal("1"), Decimal("24.01")}


# 年份 | 增长率 over years whose first rows hold no value (a link's words, empty cells)
YEARS_WITH_EMPTY_ROWS = """\
年份 | 地区生产总值增长率(%) |
2021 | 点击查看 |
2020 | |
2019 | 6.2 |
2018 | 7.1 |
"""


def test_a_table_of_years_whose_first_rows_hold_no_value() -> None:
    got = _dated(YEARS_WITH_EMPTY_ROWS, region="九江市")
    assert got == {("gdp", "growth", Decimal("6.2"), "2019"),
                   ("gdp", "growth", Decimal("7.1"), "2018")}


# a ranked table cut by single spaces under GDP排行 (a ranking word after what it ranks
# by), then the province's table of years: its rows are the province's, not the last
# ranked city's (a numbered line ending in numbers is a row, never a heading)
RANKED_THEN_YEARS = """\
2022年江西省各市GDP排行榜

GDP排行 地级市 2022年GDP(亿元) 增速(%)
1 南昌市 7203.50 4.1
2 赣州市 4523.63 4.8
3 九江市 3747.90 4.6

江西省历年GDP对比表

年份 GDP(亿元) 增速(%) 常住人口(万人)
2022年 32074.70 4.7 4528
2021年 29619.70 8.8 4517
2020年 25691.50 3.8 4519
"""


def test_a_ranked_table_under_a_ranking_word_then_a_table_of_years() -> None:
    facts = plantrack.extract(RANKED_THEN_YEARS).facts
    got = {(f.region, f.measure, f.quantity.value, str(f.period)) for f in facts
           if f.indicator == "gdp"}
    assert ("360700", "level", Decimal("452363000000"), "2022") in got
    assert ("360400", "growth", Decimal("4.6"), "2022") in got
    assert ("360000", "level", Decimal("2961970000000"), "2021") in got
    assert not {g for g in got if g[0] == "360400" and g[3] == "2021"}


# groups over unequal shares, each from a repeat of its first sub-column's word (位次) on;
# GDP, an acronym, is a header word; a note line with a comma above is no header cell;
# the total's row leaves out the rank columns only
UNEQUAL_GROUPS = """\
2021年江西省各县(市、区)GDP列表[注 1]
人均GDP按年末人口计算,汇率按1美元合6.45元本币
县(市、区) GDP[注 2] 人均GDP(元) 年末人口(万人)
位次 本币(亿元) 美元(百万元) 占比(%) 位次 本币 美元 位次 人口 占比(%)
全省总计 29619.7 459220.2 100 65560.0 10164.3 4517.4 100
南昌县 1 1000.5 15511.6 3.38 2 85000.0 13178.3 3 117.7 2.61
丰城市 2 650.2 10080.6 2.20 5 60000.0 9302.3 1 108.4 2.40
瑞金市 3 300.8 4663.6 1.02 9 40000.0 6201.6 8 75.2 1.66
"""


def test_groups_over_unequal_shares_and_a_total_without_ranks() -> None:
    facts = plantrack.extract(UNEQUAL_GROUPS).facts
    gdp = {(f.region, f.quantity.value, f.quantity.unit) for f in facts if f.indicator == "gdp"}
    assert ("360121", Decimal("100050000000"), "CNY") in gdp
    assert ("360981", Decimal("65020000000"), "CNY") in gdp
    assert ("360000", Decimal("2961970000000"), "CNY") in gdp
    assert not any(v == Decimal(1) or v == Decimal(2) for _, v, _ in gdp)  # ranks


# a lone ? where the province's rank would stand (a copy lost it): no part of the name
RANK_LOST = """\
2022年江西各市GDP排名(单位:亿元)

排名 地区 2022 2021 名义增速
? 江西省 32074.7 29619.7 8.29%
1 南昌 7203.5 6650.5 8.32%
2 赣州 4523.6 4169.4 8.50%
3 九江 3747.9 3735.7 0.33%
"""


def test_a_lone_mark_for_a_lost_rank_is_no_part_of_the_rows_name() -> None:
    got = _dated(RANK_LOST, region="江西省")
    assert ("gdp", "level", Decimal("3207470000000"), "2022") in got
    facts = plantrack.extract(RANK_LOST, region="江西省").facts
    assert {f.region for f in facts if f.quantity.value == Decimal("3207470000000")} == {
        "360000"}


WIKI_YEARS = """\
江西省地区生产总值
江西省历年名义GDP主要指标[1] | |||||
---|---|---|---|---|---|
年份 | GDP (¥亿元) |
GDP ($亿元) |
GDP 实增 (%) |
人均¥ | 人均 实增 (%) |
2022 | 32,074.70 | 4,768.80 | 4.7 | 70,923 | 4.9 |
2021 | 29,827.80 | 4,623.40 | 8.8 | 66,000 | 9.0 |
2020 | 25,691.50 | 3,724.80 | 3.8 | 56,871 | 3.6 |
"""


def test_a_wikis_header_wrapped_onto_lines_of_its_own() -> None:
    got = {(f.measure, f.quantity.value, f.quantity.unit, str(f.period))
           for f in plantrack.extract(WIKI_YEARS).facts if f.region == "360000"}
    assert ("level", Decimal("3207470000000"), "CNY", "2022") in got
    # ($亿元): the same sum in dollars, at a rate: kept once, in 元 (and never as 元)
    assert not {v for _, v, _, _ in got if v == Decimal("476880000000")}
    assert ("growth", Decimal("8.8"), "percent", "2021") in got      # 实增: real growth
    # 人均 实增 is the per-capita figure's growth, no growth of the total
    assert ("growth", Decimal("3.6"), "percent", "2020") not in got
    assert len(got) == 6


STACKED_YEARS = """\
各省GDP(亿元)
地区
GDP (2008)
GDP (2022)
北京
11,115.00
41,610.90
河北
16,011.97
42,370.40
上海
14,069.86
44,652.80
历年GDP指标
江西省历年名义GDP主要指标 [ 1]
年份
GDP(¥亿元 )
GDP 实增 (%)
人均¥
年均汇率 [ 2]
2022
32,074.70
4.7
70,923
6.7261
2021
29,827.80
8.8
66,000
6.4515
"""


def test_one_cell_per_line_headers_of_a_name_and_its_year_or_unit() -> None:
    got = {(f.region, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(STACKED_YEARS).facts}
    assert ("110000", "level", Decimal("4161090000000"), "2022") in got   # GDP (2022)
    assert ("130000", "level", Decimal("1601197000000"), "2008") in got
    # 年份 over year rows: the header runs to the first year (人均¥ and all), and the
    # rows are the caption's region's, not the last region named above
    assert ("360000", "level", Decimal("3207470000000"), "2022") in got
    assert ("360000", "growth", Decimal("8.8"), "2021") in got
    assert not any(r == "310000" and p in ("2021", "2022") and v < 100
                   for r, _, v, p in got)


# a wiki's table in a text copy: a caption of two lines, then the header one word a line
# (GDP alone over its bracketed year), rows of a name and bare numbers
CAPTIONED_BROKEN_HEADER = """\
各省GDP年均增长率
(1991-2000)
地区 GDP
(1990)
GDP
(2000)
年均
增幅
河北 896.33 5,043.96 18.86
山西 429.27 1,845.72 15.70
辽宁 1,062.74 4,669.06 15.95
"""


def test_a_caption_above_a_header_broken_one_word_a_line() -> None:
    ex = plantrack.extract(CAPTIONED_BROKEN_HEADER)
    levels = {(f.region, f.quantity.value, str(f.period)) for f in ex.facts
              if f.measure == "level"}
    assert {("130000", Decimal("89633000000"), "1990"),
            ("130000", Decimal("504396000000"), "2000"),
            ("210000", Decimal("466906000000"), "2000")} <= levels
    # the rows are read once, by the reader that found their header: no second reading
    # of them as a ranked list with guessed columns and the document's year
    assert {str(f.period) for f in ex.facts} <= {"1990", "2000", "1991..2000"}


@pytest.mark.parametrize("corner", ["项目", "指标", "指  标"])
def test_a_header_of_bare_years_over_indicator_rows_is_no_row(corner: str) -> None:
    # 项目 1995 1996 … read as a row named 项目 left the table without its header
    text = ("国民经济和社会发展总量指标\n"
            f"{corner} 1995 1996 2000 2006 2007\n"
            "本市生产总值(亿元) 1016.25 1187.47 1603.16 3452.14 4122.51\n"
            "第一产业 264.19 287.56 284.87 386.38 482.39\n"
            "第二产业 412.28 474.31 623.83 1500.97 1892.10\n")
    facts = _dated(text, region="500000")
    assert {("gdp", "level", Decimal(101625000000), "1995"),
            ("gdp", "level", Decimal(412251000000), "2007")} <= facts
    assert len([f for f in facts if f[0] == "gdp"]) == 5


# a city yearbook's table of main years: group lines between rows, a sub-row whose name
# the copy lost (#), a row named with a names word inside it (…投资项目) and an empty
# unit bracket, a row under a group line after it
MAIN_YEARS = """\
4-8  主要年份社会经济主要指标
    2000 2005 2010
<sp>
宏观经济
     地区生产总值(亿元)   600.66 1303.36 3044.89
        第二产业   336.68 796.12 1686.43
        #       301.99 717.23 1501.08
固定资产投资
     全社会固定资产投资完成额(亿元)   163.43 769.80 1823.55
吸收外资
     协议外商直接投资项目 ()   167 509 398
     实际外商直接投资 (亿美元)   7.00 7.31 26.69
""".replace("<sp>", " ")  # a line of one space, as the copy has it


def test_a_table_of_main_years_read_past_group_lines_and_rows_that_lost_their_names() -> None:
    facts = plantrack.extract(MAIN_YEARS, region="320400").facts
    got = {(f.indicator, f.quantity.value, str(f.period)) for f in facts}
    assert got == {("gdp", Decimal("60066000000"), "2000"),
                   ("gdp", Decimal("130336000000"), "2005"),
                   ("gdp", Decimal("304489000000"), "2010"),
                   ("fixed_asset_investment", Decimal("16343000000"), "2000"),
                   ("fixed_asset_investment", Decimal("76980000000"), "2005"),
                   ("fixed_asset_investment", Decimal("182355000000"), "2010"),
                   ("foreign_investment_actual", Decimal("700000000"), "2000"),
                   ("foreign_investment_actual", Decimal("731000000"), "2005"),
                   ("foreign_investment_actual", Decimal("2669000000"), "2010")}
    assert all(MAIN_YEARS[f.provenance.start:f.provenance.end] == f.provenance.quote
               for f in facts)


# one cell a line, the counties heading the columns: the copy lost the corner over the
# names (单位 first), a section's line stands between rows, a second block repeats the
# header under 指标
PLACES_ONE_A_LINE = """\
2021年金华市三县(市)主要指标
单位
兰溪市
义乌市
东阳市
一、经济
GDP
亿元
420.5
1835.6
710.2
工业GDP
亿元
200.1
600.2
300.3
二、财政
一般公共预算收入
万元
305000
1051000
612000
指标
单位
兰溪市
义乌市
东阳市
规上工业企业
个
310
1800
——
"""


def test_counties_heading_columns_one_cell_a_line(in_script: InScript) -> None:
    text = in_script(PLACES_ONE_A_LINE)
    ex = plantrack.extract(text)
    got = {(f.region, f.indicator, f.quantity.value) for f in ex.facts}
    assert ("330781", "gdp", Decimal("42050000000")) in got
    assert ("330782", "gdp", Decimal("183560000000")) in got
    assert ("330783", "general_budget_revenue", Decimal("6120000000")) in got
    assert ("330782", "industrial_enterprises_above_scale", Decimal(1800)) in got
    assert not any(i == "gdp" and v == Decimal("20010000000") for _, i, v in got)
    assert not any(r == "330783" and i == "industrial_enterprises_above_scale"
                   for r, i, _ in got)  # (—— : no figure)
    assert {str(f.period) for f in ex.facts} == {"2021"}
    assert all(f.provenance.grounded_in(text) for f in ex.facts)


# a provincial yearbook's table of years: an English corner word (item) over the years,
# each row's Chinese name, its English one with the unit run on, then its values
ITEM_OVER_YEARS = """\
1-2  主要指标
main indicators
                       item 2001 2002 2003 2004
1.地区生产总值(亿元)          gross domestic product100 million yuan 40.10 44.20 49.30 57.60
    第一产业(亿元)         primary industry100 million yuan 6.50 6.60 6.90 7.80
  社会消费品零售总额(亿元)     total retail sales100 million yuan 15.10 16.40 18.00 20.50
"""


def test_an_english_corner_word_over_the_years_is_the_header_no_row() -> None:
    got = _dated(ITEM_OVER_YEARS, region="350000")
    assert ("gdp", "level", Decimal("4010000000"), "2001") in got
    assert ("gdp", "level", Decimal("5760000000"), "2004") in got
    assert ("retail_sales", "level", Decimal("2050000000"), "2004") in got


# a table of main years, cut by single spaces, the year each row's name
YEAR_ROWS = """\
1-9 某市历年主要经济指标
单位:亿元
年份 地区生产总值 一般公共预算收入
1998 854.6 41.5
1999 877.2 42.7
2000 969.0 45.6
2001 1065.1 49.8
"""

# the same rows under a header whose year word stands over a value column's place: the
# copy lost a word, no column can be trusted
YEAR_ROWS_MISFIT = """\
某市主要年份经济指标
年份 地区生产总值(亿元) 人均地区生产总值(元)
1998 854.6 41.5 12000
1999 877.2 42.7 12500
2000 969.0 45.6 13100
"""


def test_rows_of_years_cut_by_single_spaces_are_the_regions_years() -> None:
    facts = plantrack.extract(YEAR_ROWS, region="330700").facts
    got = {(f.indicator, f.quantity.value, str(f.period)) for f in facts}
    assert ("gdp", Decimal("85460000000"), "1998") in got
    assert ("general_budget_revenue", Decimal("4980000000"), "2001") in got
    assert len(got) == 8
    assert all(f.region == "330700" for f in facts)
    assert all(YEAR_ROWS[f.provenance.start:f.provenance.end] == f.provenance.quote
               for f in facts)


# the header lost words (its groups printed one word a line): only the word right after
# the year word, over the first column, is sure
YEAR_ROWS_LOST_WORDS = """\
某市主要年份经济指标
年份 GDP(百万元) 产业结构(百万元)
GDP
(美元)
第一
产业
1980 2,317 1,547 658
1990 10,240 2,141 2,438
2000 71,534 8,641 7,411
"""


def test_rows_of_years_under_a_header_that_does_not_fit_read_only_its_first_column() -> None:
    facts = plantrack.extract(YEAR_ROWS_MISFIT, region="330700").facts
    assert {(f.indicator, f.quantity.value, str(f.period)) for f in facts} == {
        ("gdp", Decimal("85460000000"), "1998"), ("gdp", Decimal("87720000000"), "1999"),
        ("gdp", Decimal("96900000000"), "2000")}


def test_rows_of_years_under_a_header_that_lost_words_read_its_first_column() -> None:
    facts = plantrack.extract(YEAR_ROWS_LOST_WORDS, region="430100").facts
    assert {(f.indicator, f.quantity.value, str(f.period)) for f in facts} == {
        ("gdp", Decimal("2317000000"), "1980"), ("gdp", Decimal("10240000000"), "1990"),
        ("gdp", Decimal("71534000000"), "2000")}


# a bilingual yearbook's header: two Chinese groups over an English line of one word a
# column; rows named in English, one with a lost Chinese character before it, the
# country's total without ranks
ENGLISH_COLUMNS = """\
20-5  各地区居民人均收支(2019年)
Per Capita Income and Expenditure by Region (2019)
单位:元、%
  Region 人均可支配收入 人均消费支出
Per Capita Disposable Income Per Capita Consumption
    增长率       增长率
Amount Rank Growth Rank Amount Rank Growth Rank
    Rate       Rate

  National Total 30000.5 8.9 21000.1 8.6
  Beijing 67000.4 2 8.7 19 43000.3 2 5.3 26
  西 Shanxi 23000.1 23 7.1 28 15000.2 26 7.2 13
  Hebei 25000.8 17 9.5 19 17000.9 19 8.4 9
"""


def test_an_english_line_of_column_words_reads_a_bilingual_header() -> None:
    facts = plantrack.extract(ENGLISH_COLUMNS).facts
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts
           if f.indicator == "disposable_income"}
    assert got == {("100000", "disposable_income", "level", Decimal("30000.5")),
                   ("100000", "disposable_income", "growth", Decimal("8.9")),
                   ("110000", "disposable_income", "level", Decimal("67000.4")),
                   ("110000", "disposable_income", "growth", Decimal("8.7")),
                   ("140000", "disposable_income", "level", Decimal("23000.1")),
                   ("140000", "disposable_income", "growth", Decimal("7.1")),
                   ("130000", "disposable_income", "level", Decimal("25000.8")),
                   ("130000", "disposable_income", "growth", Decimal("9.5"))}
    shanxi = next(f for f in facts if f.region == "140000")
    assert shanxi.provenance.quote.startswith("西 Shanxi")  # the row's whole name
    assert not any(f.quantity.value in (Decimal(2), Decimal(19)) for f in facts)  # ranks


# groups (粮食 油料) over their columns (总产量 人均产量), a rank after each group's columns
# that only the English line names; the caption lists two units, the totals' first
RANKED_GROUPS = """\
12-4  各地区主要农产品产量及排序(2020年)
Output of Major Farm Products and Its Order by Region (2020)
单位:万吨、千克 (10 000 tons, kg)
  Region 粮食 油料
Grain Oil-bearing Crops
总产量 人均产量   总产量 人均产量
Per Capita   Per Capita
Amount Output Rank Amount Output Rank

  National Total 60000.5 420.1 3500.2 24.6
  Beijing 30.2 14.1 30 1.1 0.5 29
  西 Shanxi 1400.6 400.2 17 17.3 4.9 22
  Hebei 3800.4 510.7 11 120.5 16.2 12
"""


def test_groups_over_columns_with_ranks_named_only_in_english() -> None:
    facts = plantrack.extract(RANKED_GROUPS).facts
    assert {(f.region, f.indicator, f.quantity.value, f.quantity.unit, str(f.period))
            for f in facts if f.indicator == "grain_output"} == {
        ("100000", "grain_output", Decimal("600005000"), "ton", "2020"),
        ("110000", "grain_output", Decimal("302000"), "ton", "2020"),
        ("140000", "grain_output", Decimal("14006000"), "ton", "2020"),
        ("130000", "grain_output", Decimal("38004000"), "ton", "2020")}
    # a per-head output (kg) and a rank are no totals
    assert not any(f.quantity.value in (Decimal(30), Decimal(17), Decimal(11))
                   or "人均" in f.provenance.quote for f in facts)


# header cells a copy broke over two lines side by side (地方财政一般 twice, then 预算收入
# 预算支出), an index over the columns of a line below, English lines between
FRAGMENTS = """\
7-1  主要年份地方财政一般预算收支及增长速度
Local Finance in Main Years
单位:万元 (10 000 yuan)
  地方财政一般 地方财政一般 收支差额 指数(上年=100)  Indices
预算收入 预算支出
General Budgetary  General Budgetary  Balance 地方财政一般 地方财政一般
Year Revenue  Expenditure  预算收入 预算支出
1990 217784 476210 -258426 118.9 114.2
1995 382818 964021 -581203 133.4 135.6
2000 790724 1909529 -1118805 110.9 114.8
"""


def test_a_header_broken_over_two_lines_side_by_side_is_completed() -> None:
    facts = plantrack.extract(FRAGMENTS, region="650000").facts
    got = {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts
           if f.indicator == "general_budget_revenue"}
    assert ("general_budget_expenditure", "growth", Decimal("14.2"), "1990") in {
        (f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts}
    assert got == {
        ("general_budget_revenue", "level", Decimal("2177840000"), "1990"),
        ("general_budget_revenue", "growth", Decimal("18.9"), "1990"),
        ("general_budget_revenue", "level", Decimal("3828180000"), "1995"),
        ("general_budget_revenue", "growth", Decimal("33.4"), "1995"),
        ("general_budget_revenue", "level", Decimal("7907240000"), "2000"),
        ("general_budget_revenue", "growth", Decimal("10.9"), "2000")}


# 工业 printed under each 第二产业 on a line of its own, the last column's unit under it;
# a column in 元 beside a table in 万元 is a per-head figure
SECTOR_PARTS = """\
1-9 历年地区生产总值及构成
(当年价格)
  生产总值(万元) 构成(%)
年份  合计 第一产业 第二产业   第三产业 第一产业 第二产业   第三产业 生产总值
  工业 工业 (元)
2001 1065107 129126 498308 410638 437673 12.1 46.8 38.6 41.1 11712
2002 1229067 132373 575221 472551 521472 10.8 46.8 38.4 42.4 13408
2003 1463146 135501 685092 553857 642553 9.3 46.8 37.9 43.9 15889
"""


def test_a_sectors_parts_stand_under_it_and_a_per_head_column_is_no_total() -> None:
    facts = plantrack.extract(SECTOR_PARTS, region="330700").facts
    gdp = {(f.quantity.value, str(f.period)) for f in facts if f.indicator == "gdp"}
    assert gdp == {(Decimal("10651070000"), "2001"), (Decimal("12290670000"), "2002"),
                   (Decimal("14631460000"), "2003")}
    industry = {(f.quantity.value, str(f.period)) for f in facts
                if f.indicator == "industrial_value_added"}
    assert industry <= {(Decimal("4106380000"), "2001"), (Decimal("4725510000"), "2002"),
                        (Decimal("5538570000"), "2003")}


# a yearbook's table of years copied from its HTML a cell a paragraph: the header's cells
# broken over lines (国  内 / 生产总值), a column of parts (#工业) flattened after the
# last sector, so its order is not the columns'; the base year 100 throughout; the copy
# ends inside the last row
YEARS_A_PARAGRAPH = """\
主要年份地区生产总值指数

按可比价计算,上年=100

年份

国  内
生产总值

第一产业

第二产业

第三产业

#工 业

1980

100.0

100.0

100.0

100.0

100.0

1981

108.5

103.0

110.2

109.9

110.4

1982

107.2

95.1

111.0

110.6

108.3

1983

110.0

104.4"""


def test_a_table_of_years_a_cell_a_paragraph_out_of_order_reads_its_first_column() -> None:
    facts = plantrack.extract(YEARS_A_PARAGRAPH, region="320000").facts
    assert {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts} == {
        ("gdp", "growth", Decimal("8.5"), "1981"), ("gdp", "growth", Decimal("7.2"), "1982"),
        ("gdp", "growth", Decimal("10.0"), "1983")}
    for fact in facts:
        p = fact.provenance
        assert YEARS_A_PARAGRAPH[p.start:p.end] == p.quote
        assert p.quote.startswith(str(fact.period))


def test_a_table_of_years_a_cell_a_paragraph_in_order_keeps_every_column() -> None:
    in_order = YEARS_A_PARAGRAPH.replace("第三产业\n\n#工 业", "#工 业\n\n第三产业")
    for text, header in ((in_order, ["年份", "国  内生产总值", "第一产业", "第二产业", "#工 业",
                                     "第三产业"]),
                         (YEARS_A_PARAGRAPH, ["年份", "国  内生产总值"])):
        (grid,) = find_grids(text)
        assert [c.text for c in grid.rows[0]] == header
        assert [row[0].text for row in grid.rows[1:]] == ["1981", "1982", "1983"]
        assert [c.text for c in grid.rows[-1]] == ["1983", "110.0", "104.4"][:len(header)]


# a table of years copied a cell a paragraph whose empty cells stay as paragraphs of a
# space (a column filled only in later years), with rows of a span of years (its sum)
# beside the single years, the copy ending at the first digit of the row after the last
YEARS_EMPTY_PARAGRAPHS = """\
5-2 地区生产总值构成

单位:亿元

年份

地区生产总值

第一产业

第二产业

#工  业

<sp>

<sp>

2001

120.50

30.10

50.20

<sp>

2001-2005

700.00

160.00

300.00

<sp>

2002

130.25

31.00

55.10

<sp>

2003

141.75

32.40

60.30

12.05

2004

160.40

33.90

70.80

15.10

2""".replace("<sp>", " ")


def test_a_table_of_years_a_cell_a_paragraph_keeps_its_empty_cells_in_place() -> None:
    (grid,) = find_grids(YEARS_EMPTY_PARAGRAPHS)
    assert [c.text for c in grid.rows[0]] == ["年份", "地区生产总值", "第一产业", "第二产业",
                                             "#工  业"]
    assert [row[0].text for row in grid.rows[1:]] == ["2001", "2001-2005", "2002", "2003",
                                                       "2004"]
    assert [c.text for c in grid.rows[1]] == ["2001", "120.50", "30.10", "50.20", ""]
    assert [c.text for c in grid.rows[-1]] == ["2004", "160.40", "33.90", "70.80", "15.10"]
    facts = plantrack.extract(YEARS_EMPTY_PARAGRAPHS, region="320100").facts
    gdp = {(f.quantity.value, str(f.period)) for f in facts if f.indicator == "gdp"}
    assert {(Decimal("12050000000"), "2001"), (Decimal("13025000000"), "2002"),
            (Decimal("14175000000"), "2003"), (Decimal("16040000000"), "2004"),
            (Decimal("70000000000"), "2001..2005")} == gdp
    for f in facts:
        p = f.provenance
        assert YEARS_EMPTY_PARAGRAPHS[p.start:p.end] == p.quote


# a table of years whose copy ran each year into its row's first value (199812345) and
# spaced out its year word into the first column's name (年 份财政收入)
YEARS_RUN_TOGETHER = """\
6—3 主要年份地区生产总值与人口
年 份地区生产总值
(万元)
年末总人口
(万人)
199812345 101.20
1999135790 102.35
2000150021 103.10
2001171234 104.00
注:2000年起为新口径。"""


def test_a_year_run_into_its_first_value_is_cut_off_it() -> None:
    (grid,) = find_grids(YEARS_RUN_TOGETHER)
    assert [c.text for c in grid.rows[0]] == ["年份", "地区生产总值(万元)", "年末总人口(万人)"]
    assert [[c.text for c in row] for row in grid.rows[1:3]] == [
        ["1998", "12345", "101.20"], ["1999", "135790", "102.35"]]
    facts = plantrack.extract(YEARS_RUN_TOGETHER, region="340200").facts
    assert {(f.indicator, f.quantity.value, str(f.period)) for f in facts} >= {
        ("gdp", Decimal("123450000"), "1998"), ("gdp", Decimal("1357900000"), "1999"),
        ("gdp", Decimal("1500210000"), "2000"), ("gdp", Decimal("1712340000"), "2001")}
    for f in facts:
        p = f.provenance
        assert YEARS_RUN_TOGETHER[p.start:p.end] == p.quote


def test_numbers_whose_first_digits_read_as_falling_years_are_no_years() -> None:
    # 2015…, 1998…: no year goes down the rows, so no year was run into a value
    text = YEARS_RUN_TOGETHER.replace("1999135790", "1899135790").replace(
        "2000150021", "1700150021").replace("2001171234", "1600171234")
    assert not any(row[0].text == "1998" for g in find_grids(text) for row in g.rows)


# a yearbook's table of years whose figures a space groups by thousands; its two header
# rows lost their spans in the copy (three words over the first row, five under them,
# six columns of figures): only the first column can be placed
YEARS_SPACE_GROUPED = """\
本表按当年价格计算 |
单位:万元 |
年 份 | 地区生产 总 值 | 人均生产总值 (元/人) | |||||
第一产业 | 第二产业 | 第三产业 | # 工 业 | # 建筑业 | |||
1970 | 12 977 | 3 634 | 6 748 | 2 595 | 6 074 | 674 | |
1971 | 17 010 | 4 763 | 9 015 | 3 232 | 8 108 | 907 | |
1972 | 23 411 | 5 853 | 13 578 | 3 980 | 9 097 | 4 481 | |
"""


def test_figures_grouped_by_spaces_under_a_header_that_cannot_be_placed() -> None:
    facts = plantrack.extract(YEARS_SPACE_GROUPED, region="350200").facts
    assert {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts} == {
        ("gdp", "level", Decimal("129770000"), "1970"),
        ("gdp", "level", Decimal("170100000"), "1971"),
        ("gdp", "level", Decimal("234110000"), "1972")}
    for f in facts:
        p = f.provenance
        assert YEARS_SPACE_GROUPED[p.start:p.end] == p.quote
        assert p.quote.endswith(("12 977", "17 010", "23 411"))


# a district's monthly release copied a cell a paragraph: its period header lost its 年 and
# 月 (2023年1-5月 as 20231-5) and its group rows' empty cells are a space each
RUN_TOGETHER_PERIOD = """\
2023年1-5月规模以上工业总产值

单位:万元

指标名称

20231-5

上年同期

比上年±%

规模以上工业企业

<sp>

<sp>

<sp>

工业总产值

251234.5

240110.2

4.6

主要行业产值

<sp>

<sp>

<sp>

专用设备制造业

51234.4

50110.3

2.2
""".replace("<sp>", " ")


def test_a_year_run_into_its_months_heads_a_column() -> None:
    got = _dated(RUN_TOGETHER_PERIOD, region="天津市", year=2023)
    assert ("industrial_output", "level", Decimal("2512345000"), "2023-01..2023-05") in got
    assert ("industrial_output", "growth", Decimal("4.6"), "2023-01..2023-05") in got
    # never the year-earlier level read as a growth, nor a row of 专用设备制造业
    assert not any(v in (Decimal("240110.2"), Decimal("512344000")) for _, _, v, _ in got)
    assert len(got) == 3


# a bilingual yearbook table of years whose copy lost its header's spans: the Chinese words
# stand over no column they head (建筑业 before 第三产业, 地区生产 cut), and no line opens
# with 年份 (only the English year). The GDP is the sum of its three sectors, row after row.
SUMMED_YEARS = """\
2-5  主要年份地区生产总值
gross regional product in selected years
单位:亿元             (100 million yuan)
  地区生产               人均gdp
      第一产业 第二产业   建筑业 第三产业 (元)
  gross primary secondary     tertiary per capita
year product industry industry industry construction industry (yuan)
1960 11.20 6.50 2.40 2.01 0.39 2.30 95
1970 20.61 9.02 6.33 5.10 1.23 5.26 140
1980 55.48 20.15 22.06 18.44 3.62 13.27 301
1990 401.32 110.25 160.40 139.52 20.88 130.67 1520
"""


def test_a_table_of_years_whose_header_lost_its_spans_reads_the_sum_as_the_whole() -> None:
    got = _dated(SUMMED_YEARS, region="江西省")
    assert ("gdp", "level", Decimal("1120000000"), "1960") in got
    assert ("gdp", "level", Decimal("40132000000"), "1990") in got
    # only the whole is read: no sector's or per-head figure as a GDP
    assert {v for i, m, v, _ in got if i == "gdp"} == {
        Decimal("1120000000"), Decimal("2061000000"), Decimal("5548000000"),
        Decimal("40132000000")}


# a yearbook's table of regions whose header a copy set a word a line, Chinese and English
# (地区 Region / 生产总值 Gross Product / its parts and a per-head figure's header on the
# lines under it), so no header cell stands over its column: the whole is the column the
# sums of three others give, and only it is read
SUMMED_REGIONS = """\
各地区生产总值(2010年)

 单位:亿元

地区 Region

生产总值 Gross Product

人均生产总值(元) Per Capita
合计 Total 第一产业 Primary 第二产业 Secondary 第三产业 Tertiary
小计 Subtotal 工业 Industry 建筑业 Construction 小计 Subtotal
杭州 Hangzhou 1000.50 100.25 600.00 500.00 100.00 300.25 52000
宁波 Ningbo 820.00 120.00 400.00 350.00 50.00 300.00 41000
温州 Wenzhou 610.40 90.40 300.00 260.00 40.00 220.00 30500
"""


def test_a_table_of_regions_whose_header_lost_its_spans_reads_the_sum_as_the_whole() -> None:
    ex: Extraction = plantrack.extract(SUMMED_REGIONS, year=2010, region="330000")
    gdp = {(f.provenance.quote, f.quantity.value) for f in ex.facts if f.indicator == "gdp"}
    assert gdp == {("杭州 Hangzhou 1000.50", Decimal("100050000000")),
                   ("宁波 Ningbo 820.00", Decimal("82000000000")),
                   ("温州 Wenzhou 610.40", Decimal("61040000000"))}
    # no sector's, part's or per-head figure as a fact of the table
    assert {f.indicator for f in ex.facts} == {"gdp"}


# a yearbook's table of cities whose header a copy broke past placing: the first column's
# name on two lines (居民消费 / 价格指数) among its breakdown's words, English lines between
TITLED_CITIES = """\
7-12  各市居民消费价格指数(2015年)
consumer price indices by city, 2015
(上年价格为100)       (preceding year=100)
  居民消费   按类别分  (by category) 按类别分  (by category)
价格指数       衣着   家庭设备 医疗保健和 交通和通讯
            及维修服务 个人用品   用品及服务
consumer price index urban rural food clothing household health transport
南昌市  nanchang   101.6 101.7 101.2 102.0 100.9 99.8 101.1
九江市  jiujiang   101.2 101.4 100.8 101.5 100.2 99.1 100.6
赣州市  ganzhou   101.9 102.0 101.5 102.8 101.3 100.4 101.7
"""


def test_a_numbered_title_names_the_first_column_of_a_broken_header() -> None:
    ex: Extraction = plantrack.extract(TITLED_CITIES)
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in ex.facts}
    assert got == {("360100", "cpi", "growth", Decimal("1.6")),
                   ("360400", "cpi", "growth", Decimal("1.2")),
                   ("360700", "cpi", "growth", Decimal("1.9"))}


# the same release from another district: the period and the unit spaced apart on one
# line over the table, the header's months without their 月 (2023年1- 5)
SPACED_CAPTION = """\
2023年1- 5 月规模以上工业企业主要数据

  2023年1- 5 月                              单位:万元

项    目

 2023年1- 5

上年同期

同比增长(%)

工业总产值(现价)

1523406

1401277

8.7
"""


def test_a_base_column_is_the_same_months_a_year_before() -> None:
    got = _dated(RUN_TOGETHER_PERIOD, region="天津市", year=2023)
    assert ("industrial_output", "level", Decimal("2401102000"), "2022-01..2022-05") in got
    spaced = _dated(SPACED_CAPTION, region="天津市", year=2023)
    assert spaced == {
        ("industrial_output", "level", Decimal("15234060000"), "2023-01..2023-05"),
        ("industrial_output", "level", Decimal("14012770000"), "2022-01..2022-05"),
        ("industrial_output", "growth", Decimal("8.7"), "2023-01..2023-05")}


# a bilingual book's rows of indicators by year, each row's English on the line under it
# and the groups' English alone (Population and Employment) between them
ENGLISH_UNDER_ROWS = """\
1-4 国民经济和社会发展比例和效益指标
Proportion and Efficiency Indicators
项目       Item 1990 2000 2010 2020
       Population and Employment
      出生率(‰) 22.10 13.50 11.80 9.50
            Birth Rate(‰)
      城镇登记失业率(%) 2.90 2.70 3.70 3.80
            Registered Unemployment Rate in Urban Areas(%)
       National Accounting
    人均地区生产总值(元) 1500 11000 40000 100000
        Per Capita GDP(yuan)
"""


def test_a_rows_english_on_the_line_under_it_leaves_the_rows_going_on(in_script: InScript) -> None:
    got = _dated(in_script(ENGLISH_UNDER_ROWS), region="350000")
    assert {("urban_registered_unemployment_rate", "level", Decimal("2.90"), "1990"),
            ("urban_registered_unemployment_rate", "level", Decimal("3.80"), "2020"),
            ("gdp_per_capita", "level", Decimal("1500"), "1990"),
            ("gdp_per_capita", "level", Decimal("100000"), "2020")} <= got


# a breakdown whose first row is its total, named only 合 计 (the caption names what is
# broken down); the parts are no catalogue indicator of their own
TOTAL_ROW_FIRST = """\
| 6-12 各类粮食产量 | |||||
| 单位:万吨 | (10000 tons) | ||||
| 项 目 | item | 2010 | 2015 | 2016 | |
| 合 计 | total | 512.40 | 498.10 | 505.60 | |
| 按收获季节分 | by harvest season | ||||
| 夏收粮食 | summer harvest | 120.30 | 118.70 | 119.20 | |
| 秋收粮食 | autumn harvest | 392.10 | 379.40 | 386.40 | |
"""


def test_a_breakdowns_total_row_takes_the_captions_indicator(in_script: InScript) -> None:
    got = _dated(in_script(TOTAL_ROW_FIRST), region="350000")
    assert {f for f in got if f[0] == "grain_output"} == {
        ("grain_output", "level", Decimal("5124000.00"), "2010"),
        ("grain_output", "level", Decimal("4981000.00"), "2015"),
        ("grain_output", "level", Decimal("5056000.00"), "2016")}


# a table of years whose header has two rows, the corner spanning both: groups over
# the units of their columns, one group's name going on in the row below (a growth)
GROUPS_OVER_UNITS = """\
6-2 本地生产总值 | |||||
年 份 | 本地生产总值(当年价格) | 本地生产总值与上年 | 人均本地生产总值(当年价格) | ||
(亿澳门元) | (亿美元) | 比较的实际增长(%) | (澳门元) | (美元) | |
2001 | 500 | 62 | 2.5 | 115000 | 14300 |
2002 | 540 | 67 | 10.1 | 122000 | 15200 |
2003 | 630 | 79 | 14.2 | 140000 | 17400 |
"""


def test_groups_over_units_in_a_header_of_two_rows(in_script: InScript) -> None:
    text = in_script(GROUPS_OVER_UNITS)
    found = _dated(text, region="820000")
    assert {(i, m, str(v), p) for i, m, v, p in found} == {
        ("gdp", "level", "6200000000", "2001"), ("gdp", "level", "6700000000", "2002"),
        ("gdp", "level", "7900000000", "2003"), ("gdp", "growth", "2.5", "2001"),
        ("gdp", "growth", "10.1", "2002"), ("gdp", "growth", "14.2", "2003"),
        ("gdp_per_capita", "level", "14300", "2001"),
        ("gdp_per_capita", "level", "15200", "2002"),
        ("gdp_per_capita", "level", "17400", "2003")}


# a pipe table of indicators over years whose copy ends inside its last row
PIPES_CUT_SHORT = """\
| 5-4 主要年份居民消费价格指数 | |||||
| (上年=100) | |||||
| 项目 | 2019年 | 2020年 | 2021年 | 2022年 | 2023年 |
| 居民消费价格总指数 | 102.9 | 102.5 | 100.9 | 102.0 | 100.3 |
| 一、食品烟酒 | 107.1 | 108.3 | 99.2 | 102.9 | 100.1 |
| 二、衣着 | 101.6 | 99.5 | 10"""


def test_a_pipe_table_whose_copy_ends_inside_its_last_row_is_read() -> None:
    found = _dated(PIPES_CUT_SHORT, region="350500")
    assert {(i, m, str(v), p) for i, m, v, p in found} == {
        ("cpi", "growth", "2.9", "2019"), ("cpi", "growth", "2.5", "2020"),
        ("cpi", "growth", "0.9", "2021"), ("cpi", "growth", "2.0", "2022"),
        ("cpi", "growth", "0.3", "2023")}
    (grid,) = find_grids(PIPES_CUT_SHORT)
    assert [c.text for c in grid.rows[-1]] == ["二、衣着", "101.6", "99.5"]


# a yearbook's main indicators: levels of five years, then indices on them and average
# growths, the header's year line going on in words; bilingual row names
LEVELS_THEN_INDICES = """\
3-1 国民经济和社会发展总量与速度指标
      指标 总量指标 Aggregate Data 速度指标 Growth Rates (%)
2000 2005 2010 2015 2020 指数 Index(2020为以下各年) 平均增长速度
2000 2005 2010 2015 2001-2020 2011-2020
  地区生产总值(亿元)   GDP 1200.5 2300.4 4100.3 6100.2 8000.1 512.3 301.2 180.1 130.2 9.8 7.6
  城镇登记失业率(%)       Urban Unemployment Rate 3.1 3.6 3.2 2.9 3.3
  年末总人口(万人)       Population 600 620 640 655 660 110.0 106.5 103.1 100.8 0.5 0.3
"""


def test_a_header_line_opening_with_years_heads_the_first_columns() -> None:
    found = _dated(LEVELS_THEN_INDICES, region="130000")
    assert {(v, p) for i, m, v, p in found if i == "gdp"} == {
        (Decimal("120050000000"), "2000"), (Decimal("230040000000"), "2005"),
        (Decimal("410030000000"), "2010"), (Decimal("610020000000"), "2015"),
        (Decimal("800010000000"), "2020")}
    assert {(str(v), p) for i, m, v, p in found
            if i == "urban_registered_unemployment_rate"} == {
        ("3.1", "2000"), ("3.6", "2005"), ("3.2", "2010"), ("2.9", "2015"), ("3.3", "2020")}


# a bilingual table of years: groups over the same parts (a level and an index on a fixed
# year), a last group whose parts are in English only; the first row lacks its first
# cells (the wide space after its year says so, not how many)
GROUPS_OVER_PARTS = """\
8-2  城乡居民家庭人均收入(1990-1994)
Per Capita Income of Households
  城市居民家庭人均可支配收入 农村居民家庭人均纯收入 城市居民家庭
Disposable Income of Urban Households
Year 绝对数(元) 指数(1990=100  绝对数(元) 指数(1990=100  Engel Coefficient
Value  (yuan) Index   Value  (yuan) Index
1990     500.10 100.0   60.5
1991 1200.30 100.0 520.40 104.1 55.1 59.8
1992 1350.60 112.5 560.20 112.0 54.0 59.1
1993 1500.20 125.0 600.90 120.2 53.2 58.0
1994 1700.80 141.7 650.30 130.1 52.1 57.2
"""


def test_groups_over_the_same_parts_each_take_a_share_of_the_columns() -> None:
    found = _dated(GROUPS_OVER_PARTS, region="500000")
    assert found == {
        ("urban_disposable_income", "level", Decimal("1200.30"), "1991"),
        ("urban_disposable_income", "level", Decimal("1350.60"), "1992"),
        ("urban_disposable_income", "level", Decimal("1500.20"), "1993"),
        ("urban_disposable_income", "level", Decimal("1700.80"), "1994")}


# a bilingual table of years whose caption (over two English lines) names the rural
# income its first group's columns hold; the other groups one column each; a year row
# with a note of a change of measure, and the next year's row of one value
FIRST_GROUP_PARTS = """\
9-3 主要年份农村居民人均可支配收入及恩格尔系数
Per Capita Annual Disposable Income and Engel's Coefficient
of Rural Households in Main Years
  人均可支配收入 恩格尔系数 人均住房面积
年 份 Disposable Income (%) (平方米)
Year 绝对数 (元) 指 数 (上年=100) Engel's Coefficient Housing (sq.m)
2000 3000.50 105.20 50.10 30.20
2001 3150.75 105.01 49.80 31.10
2002(旧口径)(Old caliber) 3300.40 104.75 48.90 32.00
2002(新口径)(New caliber) 2900.10
2003 3100.20 106.90 47.50 33.40
"""


def test_a_first_groups_parts_and_groups_alone_in_a_table_of_years() -> None:
    found = _dated(FIRST_GROUP_PARTS, region="440100")
    assert {("rural_disposable_income", "level", Decimal("3000.50"), "2000"),
            ("rural_disposable_income", "growth", Decimal("5.01"), "2001"),
            ("rural_disposable_income", "level", Decimal("3100.20"), "2003"),
            ("rural_disposable_income", "growth", Decimal("6.90"), "2003")} <= found
    assert {i for i, _, _, _ in found} == {"rural_disposable_income"}


# a bilingual table of years whose first column's name is written down the lines above
# its unit (人均可 / 支配收入 / (元)), its years under three groups' lines (all residents,
# urban, rural), each group's English line below its Chinese one
GROUPED_YEARS = """\
7-12 全省、城镇、农村居民人均可支配收入及消费支出(2020-2022年)
Per Capita Disposable Income and Consumption Expenditure of Households (2020-2022)
  人均可 指数 人  均 指数 恩格尔
  支配收入 Index 消费支出 Index 系 数
年份 (元) 名义增长 实际增长 (元) 名义增长 实际增长 (%)
Year Per Capita (上年为100) (上年为100) Per Capita (上年为100) (上年为100) Engel
<sp>
全省居民 <sp>
Provincial Household <sp>
2020 30100.5 105.1 102.2 20100.2 101.2 99.0 33.1
2021 32200.6 107.0 106.1 22200.3 110.4 109.5 32.9
2022 33800.7 105.0 103.0 23300.4 105.0 103.1 33.4
城镇居民 <sp>
Urban Household <sp>
2020 40100.5 104.2 101.8 27100.2 100.9 98.3 32.2
2021 42900.6 107.0 106.2 30000.3 110.7 109.8 31.9
2022 44700.7 104.2 102.3 31000.4 103.3 101.4 32.5
农村居民 <sp>
Rural Household <sp>
2020 18100.5 107.4 104.5 15100.2 104.1 101.3 36.2
2021 19900.6 109.9 108.8 16800.3 111.3 110.2 35.8
2022 21000.7 105.5 103.4 17500.4 104.2 102.5 36.0
""".replace("<sp>", "          ")


def test_group_lines_of_a_table_of_years_scope_its_rows() -> None:
    found = _dated(GROUPED_YEARS, region="440000")
    assert {(i, v, p) for i, m, v, p in found if m == "level"} == {
        ("disposable_income", Decimal("30100.5"), "2020"),
        ("disposable_income", Decimal("32200.6"), "2021"),
        ("disposable_income", Decimal("33800.7"), "2022"),
        ("urban_disposable_income", Decimal("40100.5"), "2020"),
        ("urban_disposable_income", Decimal("42900.6"), "2021"),
        ("urban_disposable_income", Decimal("44700.7"), "2022"),
        ("rural_disposable_income", Decimal("18100.5"), "2020"),
        ("rural_disposable_income", Decimal("19900.6"), "2021"),
        ("rural_disposable_income", Decimal("21000.7"), "2022")}


# a yearbook's table of indicators over years: each name on its line, its values on the
# line under it, a group's line (…收入与支出 (元)) right under the header's years
NAMES_OVER_VALUES = """\
5-1 人民生活
<sp>
项目 2018 2019 2020 2021
城乡居民收入与支出 (元)
<sp>
  农村居民人均可支配收入
27302  29876  31930  35247
  城镇居民人均可支配收入
55574  60182  62699  68487
  城镇居民人均消费支出
34598  37508  36197  42193
""".replace("<sp>", "               ")


def test_a_groups_line_under_the_years_of_a_header_is_no_column() -> None:
    found = _dated(NAMES_OVER_VALUES, region="330000")
    assert {(i, v, p) for i, m, v, p in found if i == "urban_disposable_income"} == {
        ("urban_disposable_income", Decimal(55574), "2018"),
        ("urban_disposable_income", Decimal(60182), "2019"),
        ("urban_disposable_income", Decimal(62699), "2020"),
        ("urban_disposable_income", Decimal(68487), "2021")}


# a table of years whose column names a copy wrote down the lines a piece at a time,
# flush right over the columns, a line of units last
STACKED_PIECES = """\
5-9  城镇居民家庭基本情况
             平均每   平均每  平 均 每 平均每人 平 均 每
 户常住   户就业  个 就 业 全年可支 人 生 活
          负担人口 配 收 入 消费支出
  (人)     (人)     (人)     (元)     (元)
2019 2.90 1.52 1.91 40120 26300
2020 2.88 1.50 1.92 41850 25980
2021 2.86 1.49 1.92 44560 28110
"""


def test_column_names_written_down_the_lines_a_piece_at_a_time() -> None:
    (grid,) = [g for g in find_grids(STACKED_PIECES) if len(g.rows) == 4]
    assert [c.text for c in grid.rows[0]][3:] == [
        "平均每个就业负担人口(人)", "平均每人全年可支配收入(元)", "平均每人生活消费支出(元)"]
    found = _dated(STACKED_PIECES, region="350400")
    # (the caption's 城镇居民家庭: the urban households' income, not all residents')
    assert {(i, v, p) for i, m, v, p in found} == {
        ("urban_disposable_income", Decimal(40120), "2019"),
        ("urban_disposable_income", Decimal(41850), "2020"),
        ("urban_disposable_income", Decimal(44560), "2021")}


# a city yearbook's table of years in two blocks: levels under the line of their unit,
# then growths under 比上年增长(%); the columns' names, each over two lines, end in the
# first block's line; a bilingual copy with English lines between
LEVELS_THEN_GROWTHS = """\
8-2 地方一般预算收入(2015—2018年)
Local General Budgetary Revenue, 2015-2018
Year
地方一般
预算收入
Local General Budgetary Revenue
# 增值税
Value-added Tax
# 营业税
Business Tax
    数(亿元)
Value (100 million yuan)
2015 120.50 30.20 20.10
2016 131.60 35.40 12.30
2017 140.20 41.10 2.20
2018 150.90 44.70 1.10
比上年增长(%)
Increase Rate over Preceding Year (%)
2016 9.2 17.2 -38.8
2017 6.5 16.1 -82.1
2018 7.6 8.8 -50.0
"""


def test_levels_then_growths_of_a_table_of_years_in_two_blocks() -> None:
    found = _dated(LEVELS_THEN_GROWTHS, region="120000")
    assert {(m, v, p) for i, m, v, p in found if i == "general_budget_revenue"} == {
        ("level", Decimal("12050000000"), "2015"), ("level", Decimal("13160000000"), "2016"),
        ("level", Decimal("14020000000"), "2017"), ("level", Decimal("15090000000"), "2018"),
        ("growth", Decimal("9.2"), "2016"), ("growth", Decimal("6.5"), "2017"),
        ("growth", Decimal("7.6"), "2018")}


# a bilingual yearbook's table of provinces whose copy lost the Chinese names of the rows
# and of the whole's column: its English name and unit stand, and its sums are the
# sectors' (primary + secondary + tertiary)
ENGLISH_WHOLE = """\
附表2: Main Indicators by Province (2019)
    Region 年末总人口
第一产业 第二产业   第三产业
Total Population
(10 000 persons)
Gross Domestic Product
(100 million yuan)
Primary Industry Secondary Industry Tertiary Industry Per Capita GDP (yuan)
    Beijing 2154 35371 114 5715 29542 164220
    Tianjin 1562 14104 185 4969 8950 90371
    Hebei 7592 35105 3518 13598 17989 46348
    Shanxi 3729 17027 824 7453 8750 45724
"""


def test_an_english_whole_over_its_sectors_sums() -> None:
    found = _dated(ENGLISH_WHOLE, region="100000", year=2019)
    assert {(i, v) for i, m, v, p in found} == {
        ("gdp", Decimal("3537100000000")), ("gdp", Decimal("1410400000000")),
        ("gdp", Decimal("3510500000000")), ("gdp", Decimal("1702700000000"))}


# a bilingual table of years: two groups, each group's parts on a line of their own, and
# first columns named in English alone; the indices (no base named) give no level
GROUPS_PARTS_ON_LINES = """\
11-2  工业主要指标(2004-2007)
Major Indicators of Industry (2004-2007)
单位:万元 (10 000 yuan)
工业总产值 工业增加值
Industrial Gross Output Value Value-added of Industry
Year Number of
绝对值 指数
绝对值 指数
Value Index
Value Index
2004 2634 900546 21427261 129.9 5956894 125.3
2005 2946 924204 25258684 118.6 7163600 117.1
2006 3214 968440 32142340 127.4 8453802 120.6
2007 3942 1082675 43632489 133.6 12340576 125.1
"""


def test_groups_whose_parts_stand_each_on_a_line_of_its_own() -> None:
    found = _dated(GROUPS_PARTS_ON_LINES, region="500000")
    assert {(i, m, p) for i, m, v, p in found} == {
        (i, "level", str(y)) for i in ("industrial_output", "industrial_value_added")
        for y in range(2004, 2008)}
    assert ("industrial_value_added", "level", Decimal("123405760000"), "2007") in found


def test_a_table_of_years_by_quarter_under_a_numbered_title_and_its_unit() -> None:
    # a release's 表2: the title, a blank line, 单位:%, then one cell a line; each row a
    # year, each column a quarter of it
    cells = ["年份", "1季度", "2季度", "3季度", "4季度", "2015", "7.1", "7.2", "7.0", "6.9",
             "2016", "6.9", "6.8", "6.7", "6.6", "2017", "7.0", "7.0", "6.9", "6.8",
             "2018", "6.9", "6.9", "6.7", "6.5"]
    text = ("全国2019年一季度国内生产总值初步核算结果\n\n表2 GDP同比增长速度\n\n单位:%\n\n"
            + "\n\n".join(cells) + "\n")
    got = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(text).facts}
    assert ("100000", "gdp", "growth", Decimal("7.2"), "2015Q2") in got
    assert ("100000", "gdp", "growth", Decimal("6.6"), "2016Q4") in got
    assert len({p for *_, p in got}) == 16


def test_groups_on_a_line_below_the_names_word_each_over_their_columns() -> None:
    # 项目 Item on its own line, the two groups on the next, their columns below
    text = ("21-7 城乡居民人均可支配收入(2018年)\n单位:元 (yuan)\n项目 Item    \n"
            "城镇居民人均可支配收入 农村居民人均可支配收入\n   \n"
            "数值 比上年增长(%) 数值 比上年增长(%)\nValue Ratio(%) Value Ratio(%)\n       \n"
            "     Fujian 42121 8.0 17821 9.1\n  福州市  Fuzhou 44457 8.5 19419 8.7\n"
            "      鼓楼区    Gulou 52410 9.0 - -\n      马尾区    Mawei 49048 8.6 25169 8.7\n")
    facts = plantrack.extract(text, region="350000").facts
    assert {(f.region_name, f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("福建省", "urban_disposable_income", "level", Decimal("42121")),
        ("福建省", "urban_disposable_income", "growth", Decimal("8.0")),
        ("福建省", "rural_disposable_income", "level", Decimal("17821")),
        ("福建省", "rural_disposable_income", "growth", Decimal("9.1")),
        ("福州市", "urban_disposable_income", "level", Decimal("44457")),
        ("福州市", "urban_disposable_income", "growth", Decimal("8.5")),
        ("福州市", "rural_disposable_income", "level", Decimal("19419")),
        ("福州市", "rural_disposable_income", "growth", Decimal("8.7")),
        ("鼓楼区", "urban_disposable_income", "level", Decimal("52410")),
        ("鼓楼区", "urban_disposable_income", "growth", Decimal("9.0")),
        ("马尾区", "urban_disposable_income", "level", Decimal("49048")),
        ("马尾区", "urban_disposable_income", "growth", Decimal("8.6")),
        ("马尾区", "rural_disposable_income", "level", Decimal("25169")),
        ("马尾区", "rural_disposable_income", "growth", Decimal("8.7"))}


# a yearbook's two-level header that its copy ran onto one line (the groups, then their
# parts once for each group); the rows hold a rank the header does not print
FLATTENED_RANKED = """\
表5 各地区主要农产品产量及排序(2015年)
单位:万吨、千克
省(市、区) Region 粮食产量 棉花产量
总产量 人均产量   总产量 人均产量
  National Total 60000.0 430.10 560.3 4.10
  Beijing 120.5 50.21 30 0.2 0.01 28
  Hebei 3300.6 440.52 12 40.1 5.40 4
  Henan 6000.3 630.80 1 12.5 1.30 9
"""

# the same header over rows holding one value for each of its columns: each is read
FLATTENED = """\
表6 各地区居民收入(2015年)
单位:元
省(市、区) 城镇居民 农村居民
可支配收入 消费支出 可支配收入 消费支出
  Beijing 52000 36000 20000 15000
  Hebei 26000 17000 11000 9000
  Henan 25500 17100 10800 8600
"""


def test_a_flattened_two_level_header_names_only_its_first_column_over_ranks() -> None:
    got = {(r, i, v) for r, i, m, v in _facts(FLATTENED_RANKED)}
    assert got == {("100000", "grain_output", Decimal("600000000")),
                   ("110000", "grain_output", Decimal("1205000")),
                   ("130000", "grain_output", Decimal("33006000")),
                   ("410000", "grain_output", Decimal("60003000"))}


def test_a_flattened_two_level_header_over_a_value_each_names_every_column() -> None:
    got = {(r, i, v) for r, i, m, v in _facts(FLATTENED)}
    assert got == {("110000", "urban_disposable_income", Decimal("52000")),
                   ("110000", "rural_disposable_income", Decimal("20000")),
                   ("130000", "urban_disposable_income", Decimal("26000")),
                   ("130000", "rural_disposable_income", Decimal("11000")),
                   ("410000", "urban_disposable_income", Decimal("25500")),
                   ("410000", "rural_disposable_income", Decimal("10800"))}


# a table of years a copy cut by newlines and spaces alike, its corner broken over two
# lines, a growth word alone after each level column, its last row cut short
TOKENS = """\
全国历年粮食产量、人口总览(1949~1953年)
年
度
粮产量(万吨) 增率
人口(亿)
增率
1949年
11318
—
5.4167
—
1950年
13213
14.34%
5.5196
1.86%
1951年 14369
8.05%
5.6300 1.96%
1952年
16392 12.34%
5.7482
"""


def test_a_table_whose_cells_newlines_and_spaces_alike_cut() -> None:
    grids = find_grids(TOKENS)
    assert [[c.text for c in row] for row in grids[0].rows] == [
        ["年度", "粮产量(万吨)", "增率", "人口(亿)", "增率"],
        ["1949年", "11318", "—", "5.4167", "—"],
        ["1950年", "13213", "14.34%", "5.5196", "1.86%"],
        ["1951年", "14369", "8.05%", "5.6300", "1.96%"],
        ["1952年", "16392", "12.34%", "5.7482", ""]]


def test_a_shortened_name_heads_the_captions_indicator_and_a_growth_word_its_left(
        in_script: InScript) -> None:
    text = in_script(TOKENS)
    got = {(f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text).facts if f.indicator == "grain_output"}
    # 粮产量 shortens the caption's 粮食产量; the 增率 after 人口(亿) is the population's
    assert got == {("level", "1949", Decimal("113180000")),
                   ("level", "1950", Decimal("132130000")),
                   ("growth", "1950", Decimal("14.34")),
                   ("level", "1951", Decimal("143690000")),
                   ("growth", "1951", Decimal("8.05")),
                   ("level", "1952", Decimal("163920000")),
                   ("growth", "1952", Decimal("12.34"))}


def test_rows_of_years_under_columns_each_naming_a_region(in_script: InScript) -> None:
    text = ("济南潍坊城镇居民收入对比\n\n| 年份 | 济南城镇居民人均可支配收入(元) | "
            "潍坊城镇居民人均可支配收入(元) | 对比差值(元) |\n|---|---|---|---|\n"
            "| 2017 | 46,642.40 | 36,286.30 | 10,356.10 |\n| 2016 | 43,052.20 | 33,608.90 | "
            "9,443.30 |\n| 2015 | 39,888.70 | 31,059.80 | 8,828.90 |\n")
    text = in_script(text)
    got = {(f.region, str(f.period), f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("370100", "2017", Decimal("46642.4")), ("370700", "2017", Decimal("36286.3")),
                   ("370100", "2016", Decimal("43052.2")), ("370700", "2016", Decimal("33608.9")),
                   ("370100", "2015", Decimal("39888.7")), ("370700", "2015", Decimal("31059.8"))}


# a bulletin's table under its number and title, its groups (增速%, 结构) over two years each
TITLED_GROUPS = """\
2020年某区国民经济和社会发展统计公报

2020年钦北区实现地区生产总值330.6亿元,比上年增长0.5%。

表一

                          钦北区2020年GDP构成表

行业 增速% 结构
  2020年 2019年 2020年 2019年
地区生产总值 0.5 8.1 100 100
农林牧渔业 4.6 5.5 19.3 19.4
建筑业 -14.4 10.7 14.1 16.5
金融业 9.8 6.1 4.5 4.1
"""


def test_a_tables_number_and_title_lines_leave_its_groups_in_the_header(
        in_script: InScript) -> None:
    text = in_script(TITLED_GROUPS)
    got = {(f.measure, str(f.period), f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "gdp"}
    # the 2019 growth from the table; the shares (结构) are no growth
    assert ("growth", "2019", Decimal("8.1")) in got
    assert not any(v == Decimal(100) for _, _, v in got)


_YEARS_ONLY = """某县统计局
2005年至2007年霍州市主要指标完成情况

2005年

2006年

2007年

全市生产总值(亿元)

绝对额

18.83

18.83

21.95

28.95

增速%

14.1

14.6

9.8

农民人均纯收入(元)

绝对额

2928

3144

3553

规模以上工业增加值(万元)

绝对额

211739

257806

264053

增速%

28.3

20.1

12.5

固定资产投资(亿元)

绝对额

4.05

7.21
"""


def test_a_header_of_years_alone_one_cell_a_line_over_group_lines_and_measure_rows(
        in_script: InScript) -> None:
    # the corner cell dropped; each indicator a group line over 绝对额 and 增速% rows; a
    # row of four values for three years passed over, the rows after it read; a group
    # the catalogue lacks gives its rows to none; the copy ends inside the last row
    got = {(f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(in_script(_YEARS_ONLY), region="141082").facts}
    assert got == {
        ("gdp", "growth", "2005", Decimal("14.1")), ("gdp", "growth", "2006", Decimal("14.6")),
        ("gdp", "growth", "2007", Decimal("9.8")),
        ("industrial_value_added", "level", "2005", Decimal("2117390000")),
        ("industrial_value_added", "level", "2006", Decimal("2578060000")),
        ("industrial_value_added", "level", "2007", Decimal("2640530000")),
        ("industrial_value_added", "growth", "2005", Decimal("28.3")),
        ("industrial_value_added", "growth", "2006", Decimal("20.1")),
        ("industrial_value_added", "growth", "2007", Decimal("12.5")),
        ("fixed_asset_investment", "level", "2005", Decimal("405000000")),
        ("fixed_asset_investment", "level", "2006", Decimal("721000000"))}


def test_measure_rows_under_a_group_line_and_a_rate_closing_a_rows_name() -> None:
    grouped = ("2005年至2007年霍州市主要指标完成情况\n指标 | 2005年 | 2006年 | 2007年\n"
               "规模以上工业增加值(万元) | | |\n绝对额 | 211739 | 257806 | 264053\n"
               "增速% | 28.3 | 20.1 | 12.5\n")
    closed = ("2005年至2007年霍州市主要指标完成情况\n指标 | 2005年 | 2006年 | 2007年\n"
              "规模以上工业增加值(万元)绝对额 | 211739 | 257806 | 264053\n"
              "规模以上工业增加值(万元)增速% | 28.3 | 20.1 | 12.5\n")
    for text in (grouped, closed):
        got = {(f.measure, str(f.period), f.quantity.value)
               for f in plantrack.extract(text, region="141082").facts}
        assert got == {("level", "2005", Decimal("2117390000")),
                       ("level", "2006", Decimal("2578060000")),
                       ("level", "2007", Decimal("2640530000")),
                       ("growth", "2005", Decimal("28.3")), ("growth", "2006", Decimal("20.1")),
                       ("growth", "2007", Decimal("12.5"))}, text
        quote = next(f.provenance.quote for f in plantrack.extract(text, region="141082").facts
                     if f.measure == "growth")
        assert quote.startswith("规模以上工业增加值(万元)")


def test_a_spaced_out_corner_and_a_unit_word_over_names_that_took_their_units_in(
        in_script: InScript) -> None:
    text = in_script(
        "某县2019年-2021年主要经济指标情况表\n\n项  目  名  称 单位 2019年 2020年 2021年\n"
        "一、地区生产总值(GDP) 亿元 35.41 37.06 40.77\n"
        "地区生产总值(GDP)增速 (%) 9.9 2.3 9.8\n"
        "二、社会消费品零售总额 亿元 7.74 7.11 8.06\n")
    got = {(f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="513436").facts}
    assert got == {
        ("gdp", "level", "2019", Decimal("3541000000")),
        ("gdp", "level", "2020", Decimal("3706000000")),
        ("gdp", "level", "2021", Decimal("4077000000")),
        ("gdp", "growth", "2019", Decimal("9.9")), ("gdp", "growth", "2020", Decimal("2.3")),
        ("gdp", "growth", "2021", Decimal("9.8")),
        ("retail_sales", "level", "2019", Decimal("774000000")),
        ("retail_sales", "level", "2020", Decimal("711000000")),
        ("retail_sales", "level", "2021", Decimal("806000000"))}


def test_a_column_headed_by_its_unit_said_after_the_word(in_script: InScript) -> None:
    text = in_script("全省137个县(市、区)2016年度GDP排列\n序号 | 县(市区) | 单 位:亿元 |\n"
                     "1 | 黄岛区 | 2766 |\n2 | 张店区 | 1209 |\n3 | 历下区 | 1187 |\n")
    got = {(f.region, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="370000").facts}
    assert got == {("370211", "2016", Decimal("276600000000")),
                   ("370303", "2016", Decimal("120900000000")),
                   ("370102", "2016", Decimal("118700000000"))}
