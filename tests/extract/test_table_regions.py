"""Tables whose rows are regions and whose columns are one indicator's measures (市县 |
绝对数(亿元) | 比上年同期增长(%)), the indicator named by the caption: written for these
tests, in every rendering the reader supports, in both scripts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.extract.scripts import InScript

import plantrack
from plantrack.extract.tablegrid import find_grids
from plantrack.model import Extraction

INTRO = "广西壮族自治区统计局发布2023年前三季度全区经济运行情况。\n\n"
INTRO_TRADITIONAL = "廣西壯族自治區統計局發佈2023年前三季度全區經濟運行情況。\n\n"
CAPTION = "附表:2023年前三季度各市县地区生产总值及增速"
CAPTION_TRADITIONAL = "附表:2023年前三季度各市縣地區生產總值及增速"
# a grouping (北部湾经济区), cities, an autonomous county by its short form (恭城县 is
# 恭城瑶族自治县), an indented county-level city and a zone (综合保税区, no region)
ROWS = (("北部湾经济区", "6123.45", "5.1"), ("南 宁 市", "3790.12", "4.2"),
        ("柳 州 市", "2310.50", "-1.3"), ("恭 城 县", "75.20", "6.0"),
        ("  桂平市", "310.08", "3.5"), ("  凭祥综合保税区", "12.30", "8.8"))
ROWS_TRADITIONAL = (("北部灣經濟區", "6123.45", "5.1"), ("南 寧 市", "3790.12", "4.2"),
                    ("柳 州 市", "2310.50", "-1.3"), ("恭 城 縣", "75.20", "6.0"),
                    ("  桂平市", "310.08", "3.5"), ("  憑祥綜合保稅區", "12.30", "8.8"))
HEADER = ("地    区", "绝对数(亿元)", "比上年同期增长(%)")
HEADER_TRADITIONAL = ("地    區", "絕對數(億元)", "比上年同期增長(%)")

FACTS = {
    ("450100", "level", Decimal(379012000000)), ("450100", "growth", Decimal("4.2")),
    ("450200", "level", Decimal(231050000000)), ("450200", "growth", Decimal("-1.3")),
    ("450332", "level", Decimal(7520000000)), ("450332", "growth", Decimal("6.0")),
    ("450881", "level", Decimal(31008000000)), ("450881", "growth", Decimal("3.5")),
}


_FIELDS = {"region": lambda f: f.region, "indicator": lambda f: f.indicator,
           "measure": lambda f: f.measure, "value": lambda f: f.quantity.value,
           "unit": lambda f: f.quantity.unit, "period": lambda f: str(f.period),
           "label": lambda f: f.indicator_label}


def _read(text: str, *fields: str, year: int | None = None) -> set[tuple[object, ...]]:
    """The named fields (region, indicator, measure, value, unit, period, label) of every
    fact ``text`` yields."""
    return {tuple(_FIELDS[name](f) for name in fields)
            for f in plantrack.extract(text, year=year).facts}


def web_copy(intro: str, caption: str, header: tuple[str, ...],
             rows: tuple[tuple[str, ...], ...]) -> str:
    """One cell per line with blank lines between, a header cell's unit on a line of its
    own (绝对数 / (亿元)), as a web page's text copy comes out."""
    head = [header[0]]
    for cell in header[1:]:
        word, unit = cell.split("(")
        head += [word, "(" + unit]
    return intro + caption + "\n\n" + "\n\n".join(
        [*head, *(c for row in rows for c in row)]) + "\n"


def stacked(intro: str, caption: str, header: tuple[str, ...],
            rows: tuple[tuple[str, ...], ...]) -> str:
    return intro + caption + "\n" + "\n".join(
        [*(h.replace("    ", "") for h in header), *(c for row in rows for c in row)]) + "\n"


def delimited(sep: str) -> object:
    def render(intro: str, caption: str, header: tuple[str, ...],
               rows: tuple[tuple[str, ...], ...]) -> str:
        width = {"  ": "    ", "|": " | "}.get(sep, sep)
        lines = [width.join(r) for r in (header, *rows)]
        if sep == "|":
            lines = [f"| {line} |" for line in lines]
            lines.insert(1, "|---|---|---|")
        return intro + caption + "\n" + "\n".join(lines) + "\n"
    return render


RENDERINGS = {"web copy": web_copy, "one cell per line": stacked, "pipes": delimited("|"),
              "tabs": delimited("\t"), "spaces": delimited("  ")}


def facts_of(extraction: Extraction) -> set[tuple[str | None, str, Decimal]]:
    return {(f.region, f.measure, f.quantity.value) for f in extraction.facts}


def _text(rendering: str, script: str) -> str:
    render = RENDERINGS[rendering]
    if script == "traditional":
        return render(INTRO_TRADITIONAL, CAPTION_TRADITIONAL, HEADER_TRADITIONAL,  # type: ignore[operator, no-any-return]
                      ROWS_TRADITIONAL)
    return render(INTRO, CAPTION, HEADER, ROWS)  # type: ignore[operator, no-any-return]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_a_table_of_regions_gives_each_regions_facts(rendering: str, script: str) -> None:
    text = _text(rendering, script)
    extraction = plantrack.extract(text)
    assert facts_of(extraction) == FACTS, text
    for fact in extraction.facts:
        assert fact.indicator == "gdp"
        assert fact.kind == "result"
        assert str(fact.period) == "2023-01..2023-09"
        assert fact.provenance.grounded_in(text)


def test_quotes_run_from_the_regions_name_to_the_cell() -> None:
    text = _text("web copy", "simplified")
    quotes = {(f.region, f.measure): f.provenance.quote for f in plantrack.extract(text).facts}
    assert quotes["450100", "level"] == "南 宁 市\n\n3790.12"
    assert quotes["450100", "growth"] == "南 宁 市\n\n3790.12\n\n4.2"
    assert quotes["450881", "growth"] == "桂平市\n\n310.08\n\n3.5"
    pipes = _text("pipes", "simplified")
    quotes = {(f.region, f.measure): f.provenance.quote for f in plantrack.extract(pipes).facts}
    assert quotes["450332", "growth"] == "恭 城 县 | 75.20 | 6.0"


def test_the_web_copys_header_keeps_its_units() -> None:
    grids = find_grids(_text("web copy", "simplified"))
    assert len(grids) == 1
    header = [c.text for c in grids[0].rows[0]]
    assert header == ["地    区", "绝对数(亿元)", "比上年同期增长(%)"]
    assert grids[0].caption == CAPTION


def test_the_period_comes_from_the_document_when_the_caption_has_none() -> None:
    text = ("2023年上半年广西壮族自治区经济运行情况\n\n附表:各市地区生产总值\n"
            "地区 | 绝对数(亿元) | 比上年同期增长(%)\n南宁市 | 2600.10 | 4.0\n")
    facts = plantrack.extract(text).facts
    assert {(f.region, f.measure, str(f.period)) for f in facts} == {
        ("450100", "level", "2023H1"), ("450100", "growth", "2023H1")}


def test_a_caption_without_an_indicator_gives_nothing() -> None:
    text = (INTRO + "附表:2023年前三季度各市县主要数据\n"
            "地区 | 绝对数(亿元) | 比上年同期增长(%)\n南宁市 | 2600.10 | 4.0\n")
    assert not [f for f in plantrack.extract(text).facts if f.region == "450100"
                and f.quantity.value in (Decimal(260010000000), Decimal(4))]


def test_a_name_ambiguous_outside_the_subject_gives_nothing() -> None:
    # 通州区 is in Beijing and in Nantong: in a table of Guangxi it names neither
    text = (INTRO + CAPTION + "\n地区 | 绝对数(亿元) | 比上年同期增长(%)\n"
            "通州区 | 100.00 | 4.0\n南宁市 | 2600.10 | 4.0\n")
    assert {f.region for f in plantrack.extract(text).facts} == {"450100"}


# --- a table whose value columns each name their indicator, cells cut by bars on lines
# of their own (a web page's text copy of an HTML table) ---------------------------------

BAR_INTRO = "湖南省2012年1-4月各市州工业主要指标\n"
BAR_HEADER = ("单位:%", "规模工业增加值\n增长速度", "高加工度工业\n增长速度",
              "工业固定资产投资\n增长速度")
BAR_ROWS = (("全 省", "15.9", "15.6", "25.1"), ("长沙市", "14.4", "9.0", "0.2"),
            ("株洲市", "14.1", "12.3", "78.0"), ("湘西自治州", "7.9", "-23.0", "28.0"))


def bar_stream(intro: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    head = header[0] + "\n|\n" + "".join(cell + " |\n" for cell in header[1:])
    body = "\n|\n".join(c for row in rows for c in row)
    return intro + head + body + "\n注:数据由省统计局提供。\n"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_columns_that_name_their_indicators_over_rows_of_regions(script: str) -> None:
    text = bar_stream(BAR_INTRO, BAR_HEADER, BAR_ROWS)
    if script == "traditional":
        text = (text.replace("湖南省", "湖南省").replace("规模工业增加值", "規模工業增加值")
                .replace("增长速度", "增長速度").replace("工业固定资产投资", "工業固定資產投資")
                .replace("长沙市", "長沙市").replace("株洲市", "株洲市").replace("全 省", "全 省"))
    grids = find_grids(text)
    assert len(grids) == 1
    assert len(grids[0].rows) == 5
    result = plantrack.extract(text, year=2012)
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in result.facts}
    assert ("430000", "industrial_value_added", "growth", Decimal("15.9")) in got  # 全 省
    assert ("430100", "industrial_value_added", "growth", Decimal("14.4")) in got
    assert ("430200", "industrial_investment", "growth", Decimal("78.0")) in got
    assert ("433100", "industrial_value_added", "growth", Decimal("7.9")) in got
    # 高加工度工业 names no catalogue indicator: its column gives nothing
    assert not any(f.quantity.value == Decimal("12.3") for f in result.facts)
    for f in result.facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.quote


# --- each cell ending with a bar on its own line, a caption row closed by |||, columns
# headed by periods alone, the indicator named only by the notes under the table --------

CELL_BAR = """2023年1-8月 |
单位:万元 |
|||
项 目 |
2023年8月 |
同比增长(%) |
2023年1-8月 |
同比增长(%) |
全 市 |
9915023 |
5.7 |
73555170 |
4.4 |
东城区 |
893416 |
5.7 |
6361906 |
4.6 |
经济技术开发区 |
362077 |
5.8 |
2647388 |
3.9 |
社会消费品零售总额统计范围及主要指标解释
一、统计范围……
"""


def test_cells_ending_with_bars_under_a_caption_row_and_period_columns() -> None:
    text = CELL_BAR
    result = plantrack.extract(text, region="110000")
    got = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in result.facts}
    assert ("110000", "retail_sales", "level", Decimal("99150230000"), "2023-08") in got
    assert ("110000", "retail_sales", "growth", Decimal("5.7"), "2023-08") in got
    assert ("110000", "retail_sales", "growth", Decimal("4.4"), "2023-01..2023-08") in got
    assert ("110101", "retail_sales", "level", Decimal("63619060000"), "2023-01..2023-08") in got
    assert len(got) == 8  # a development zone is no region
    for f in result.facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_a_column_comparing_growth_rates_gives_nothing() -> None:
    text = ("2015年1-4月西部地区主要经济指标比较\n规模以上工业增加值 (亿元、%、%)\n省市 |\n增速 |\n"
            "增速与去年 |\n同期比较 |\n||\n西藏 |\n14.7 |\n14.3 |\n重庆 |\n11 |\n-2 |\n"
            "贵州 |\n9.7 |\n"
            "-1.8 |\n全国 |\n6.2 |\n-2.5 |\n")
    got = {(f.region, str(f.quantity.value), str(f.period))
           for f in plantrack.extract(text).facts}
    assert got == {("540000", "14.7", "2015-01..2015-04"), ("500000", "11", "2015-01..2015-04"),
                   ("520000", "9.7", "2015-01..2015-04"), ("100000", "6.2", "2015-01..2015-04")}


def test_year_columns_take_the_unit_the_prose_states_for_a_cell() -> None:
    text = ("2022年，北京市实现地区生产总值41610.9亿元，比上年增长0.7%。\n"
            "年份/各区 | 2022年GDP | 2021年GDP |\n北京市 | 41610.90 | 40269.60 |\n"
            "海淀区 | 10206.90 | 9501.70 |\n朝阳区 | 7911.20 | 7617.80 |\n")
    got = {(f.region, str(f.period), f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "gdp" and f.measure == "level"}
    assert ("110108", "2021", Decimal("950170000000")) in got
    assert ("110105", "2022", Decimal("791120000000")) in got


def test_a_ranked_table_run_together_on_one_line() -> None:
    text = ("重庆市2018年实现生产总值20363.19亿元。 GDP排行 | 区域 | 2018年GDP(亿元) | 增速(%) | "
            "1 | 渝北区 | 1543.09 | -2.8 | 2 | 九龙坡区 | 1211.25 | 3.6 | 3 | 渝中区 | 1203.85 | "
            "0.9 | 4 | 涪陵区 | 1076.13 | 7.1\n")
    got = _read(text, "region", "measure", "value")
    assert ("500112", "growth", Decimal("-2.8")) in got
    assert ("500102", "level", Decimal("107613000000")) in got
    assert not any(v == Decimal(4) for _, _, v in got)  # a rank is no value


def test_a_ranked_table_on_one_line_with_an_unranked_total_and_a_cut_last_row() -> None:
    # the country's row has a dash for its rank; the copy ends inside the last row
    text = ("这是2022年各省份经济数据: 排名 | 地区 | 2022年GDP(亿元) | 2022年增速 | "
            "2021年GDP(亿元) | 2021年增速 | — | 全国 | 1210207 | 3.0% | 1143670 | 8.1% | "
            "1 | 广东 | 129118.58 | 1.9% | 124369.67 | 8.0% | 2 | 江苏 | 122875.6 | 2.8% | "
            "116364.2 | 8.6% | 3 | 山东 | 87435 | 3.9% | 83095.9 | 8.3% | 4 | 浙江 | 77715 | "
            "3.1% | 7351")
    got = _read(text, "region", "measure", "value", "period")
    assert ("100000", "level", Decimal("121020700000000"), "2022") in got
    assert ("100000", "growth", Decimal("8.1"), "2021") in got
    assert ("330000", "level", Decimal("7771500000000"), "2022") in got
    assert ("330000", "growth", Decimal("3.1"), "2022") in got
    assert not any(r == "330000" and p == "2021" for r, _, _, p in got)  # cut off
    assert not any(v in (Decimal(1), Decimal(4)) for _, _, v, _ in got)  # ranks


def test_rows_that_leave_cells_out() -> None:
    text = ("梅州市统计月报 2021年第8期\n\n全市主要经济指标\n\n指标名称\n\n单位\n\n1-8月累计\n\n"
            "去年同期累计\n\n累计同比±%\n\n社会消费品零售总额\n\n亿元\n\n412.67\n\n381.83\n\n8.1\n\n"
            "规模以上工业增加值\n\n亿元\n\n187.15\n\n16.9\n\n固定资产投资\n\n亿元\n\n0.3\n\n"
            "一般公共预算收入\n\n亿元\n\n61.65\n\n56.55\n\n9\n")
    got = {(f.indicator, f.measure, f.quantity.value) for f in plantrack.extract(
        text, region="441400").facts if str(f.period) == "2021-01..2021-08"}
    assert ("industrial_value_added", "level", Decimal("18715000000")) in got
    assert ("industrial_value_added", "growth", Decimal("16.9")) in got
    assert ("fixed_asset_investment", "growth", Decimal("0.3")) in got
    assert ("general_budget_revenue", "growth", Decimal("9")) in got


def test_months_as_columns_under_a_caption_that_says_growth() -> None:
    text = ("指标:工业增加值_同比增长(%) | ||||\n地区 | 2020年11月 | 2020年10月 | 2020年9月 |\n"
            "河北省 | 8.7 | 10 | 7.3 |\n山西省 | 10.7 | 12.6 | 14 |\n辽宁省 | 4 | 3.1 | 6.2 |\n")
    got = _read(text, "region", "measure", "value", "period")
    assert ("130000", "growth", Decimal("8.7"), "2020-11") in got
    assert ("210000", "growth", Decimal("6.2"), "2020-09") in got
    assert len(got) == 9


def test_a_report_of_blocks_each_with_its_header_and_region_rows() -> None:
    text = ("舟山市统计局发布。\n2020年3月主要统计指标 | ||||\n地区生产总值 | ||||\n"
            "指 标 | 单位 | 1-3月同比±% | ||\n"
            "地区生产总值 | % | 10.3 | ||\n分县(区)生产总值 | ||||\n定海区 | % | -2.1 | ||\n"
            "普陀区 | % | -3.3 | ||\n国内贸易 | ||||\n指 标 | 单位 | 1-3月 | ±% | |\n"
            "社会消费品零售总额 | 亿元 | 240.5 | -21.6 | |\n其中:定 海 | 亿元 | 80.1 | -21.5 | |\n"
            "普 陀 | 亿元 | 60.2 | -23.3 | |\n")
    got = _read(text, "region", "indicator", "measure", "value")
    assert ("330900", "gdp", "growth", Decimal("10.3")) in got
    assert ("330902", "gdp", "growth", Decimal("-2.1")) in got
    assert ("330900", "retail_sales", "level", Decimal("24050000000")) in got
    assert ("330902", "retail_sales", "growth", Decimal("-21.5")) in got
    assert ("330903", "retail_sales", "level", Decimal("6020000000")) in got


def test_an_urban_part_of_a_breakdown_is_no_district_of_that_name() -> None:
    # 城区 is also a district's official name (汕尾市城区): under 城镇, beside 乡村, it
    # is the urban part of the sales
    text = ("汕尾市统计局发布。\n2013年7月社会消费品零售总额 | ||\n项目 | 本月 | 增长(%) |\n"
            "社会消费品零售额 | 206260.5 | 12.9 |\n一、按销售所在地 | ||\n"
            "1、城镇 | 182160.6 | 13.2 |\n其中:城区 | 160639.9 | 13.3 |\n"
            "2、乡村 | 24099.8 | 10.8 |\n")
    got = _read(text, "region", "indicator", "measure", "value")
    assert ("441500", "retail_sales", "growth", Decimal("12.9")) in got
    assert not any(region == "441502" for region, *_ in got)


def test_columns_named_by_their_indicators_alone_over_rows_of_regions() -> None:
    text = ("2020年各省主要数据\n地区 | GDP(亿元) | 地区面积(万km2) | 常住人口(万人) |\n"
            "排行全国 | 第13名 | 第11名 | 第16名 |\n陕西 | 26181.86 | 20.56 | 3952.8999 |\n"
            "广东 | 110760.94 | 17.97 | 12601.251 |\n江苏 | 102719 | 10.26 | 8474.8016 |\n")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "gdp"}
    assert got == {("610000", "gdp", Decimal("2618186000000")),
                   ("440000", "gdp", Decimal("11076094000000")),
                   ("320000", "gdp", Decimal("10271900000000"))}


# a table of cities whose caption names the sum and its unit: the breakdown's total
# (总值, before its 第一产业 | …) is the caption's sum; a per-head column beside it is in
# 元 (人民币), not in the caption's 亿元; the header writes no word over the names
BREAKDOWN = """\
2021年某省各市地区生产总值 单位:亿元
常住人口(万人) 总值 第一产业 第二产业 第三产业 人均生产总值(人民币)
南京市 942.34 16355.33 303.94 5902.65 10148.74 174520
无锡市 747.95 14003.24 130.33 6710.50 7162.41 187415
徐州市 902.85 8117.44 743.34 3376.02 3998.08 89634
"""


def test_a_breakdowns_total_is_the_captions_sum_and_a_per_head_sum_in_yuan(
        in_script: InScript) -> None:
    text = in_script(BREAKDOWN)
    got = _read(text, "region", "indicator", "value", "period")
    assert {("320100", "gdp", Decimal("1635533000000"), "2021"),
            ("320300", "gdp", Decimal("811744000000"), "2021")} <= got
    assert len([f for f in got if f[1] == "gdp"]) == 3  # (no part read as the sum)
    assert ("320100", "gdp_per_capita", Decimal("174520"), "2021") in got


def test_a_ranked_table_of_districts_one_cell_a_line() -> None:
    # 名次 (a rank) before 区(县) (the districts' column): the rows' names stand second
    text = "\n| ".join(["2006年度各区(县)完成社会消费品零售总额目标任务表\n名次", "区(县)",
                        "完成额(亿元)\n|\n1", "天山区", "76.24\n|\n2", "沙依巴克区",
                        "74.67\n|\n3", "水磨沟区", "55.34\n|\n合 计", "272.67\n|\n"])
    got = _read(text, "region", "indicator", "value", "period")
    assert {("650102", "retail_sales", Decimal("7624000000"), "2006"),
            ("650105", "retail_sales", Decimal("5534000000"), "2006")} <= got


# a wiki's table cut by single spaces: its header's first line names the districts'
# column, a sum over two sub-columns (本币 | 折合美元, on the next line) and a growth
# standing alone over both lines
ONE_GROUP = """\
某市各区2012年GDP总量指标(单位:亿元)
区(市) GDP总量 增长率(%)
本币 折合美元
全市 13,551.21 2,146.73 10.5
天河区 2,403.53 380.76 11.2
越秀区 2,122.62 336.26 9.0
海珠区 1,000.65 158.52 12.0
"""


def test_a_header_of_one_group_over_two_columns_and_a_growth_beside_it() -> None:
    got = _read(ONE_GROUP, "region", "measure", "value", "unit", "period")
    assert {("440106", "level", Decimal("240353000000"), "CNY", "2012"),
            ("440106", "growth", Decimal("11.2"), "percent", "2012"),
            ("440104", "growth", Decimal("9.0"), "percent", "2012")} <= got
    assert not any(unit == "USD" or value == Decimal("380.76") for *_, value, unit, _ in got)


def test_a_tables_facts_without_a_year_are_kept_open_and_flagged() -> None:
    text = ("各省主要数据\n地区 | GDP(亿元) | 地区面积(万km2) |\n陕西 | 26181.86 | 20.56 |\n"
            "广东 | 110760.94 | 17.97 |\n江苏 | 102719 | 10.26 |\n")
    extraction = plantrack.extract(text)
    gdp = [f for f in extraction.facts if f.indicator == "gdp"]
    assert len(gdp) == 3
    assert all(f.period is None and "year" in f.uncertain for f in gdp)
    assert any("no year" in w for w in extraction.warnings)


def test_a_statistics_page_table_with_group_lines_and_region_rows_among_others() -> None:
    cells = ["指标名称", "本月", "本月止 累计", "本月比 上年同月 增长(%)",
             "累计比 上年同期 增长(%)",
             "全省总计", "2846.99", "7220.42", "7.6", "7.1", "在总计中:", "", "", "", "",
             "轻工业", "1036.55", "2585.89", "6.7", "5.1", "在总计中:", "", "", "", "",
             "广州市", "393.30", "1019.05", "5.6", "5.5", "深圳市", "662.83", "1665.20", "7.8",
             "7.6"]
    text = "工业增加值\n2017年1-3月工业增加值\n计量单位:亿元\n" + "".join(
        f"{c} |\n" if c else "|\n" for c in cells)
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "industrial_value_added"}
    assert ("440000", "level", Decimal("722042000000")) in got
    assert ("440100", "growth", Decimal("5.5")) in got
    assert ("440300", "level", Decimal("66283000000")) in got
    assert not any(v == Decimal("103655000000") for _, _, v in got)  # 轻工业 is no region


def test_a_table_of_towns_with_a_column_spanning_level_and_growth() -> None:
    from plantrack.model import Document

    # a bulletin's town table pasted from HTML: 地区生产总值 spans its level and growth, the
    # second header line written under the corner; the towns lie below the gazetteer, the
    # 全市 row is the city's
    text = ("中山市2024年国民经济和社会发展统计公报\n2024年中山实现地区生产总值4143.25亿元。\n"
            "表1 2024年中山分镇街主要指标\n"
            "镇街 | 地区生产总值(亿元) | 规模以上工业增加值增长(%) | 固定资产投资增长(%) | "
            "社会消费品零售总额增长(%) | |\n比上年增长(%) | |||||\n"
            "全市 | 4143.25 | 3.7 | 5.4 | -2.6 | 0.5 |\n"
            "石岐街道 | 264.26 | 1.3 | -4.0 | -14.0 | -4.0 |\n"
            "东区街道 | 357.07 | 3.8 | 6.5 | -8.5 | -6.0 |\n"
            "黄圃镇 | 147.45 | 5.1 | 2.3 | 6.6 | 16.6 |\n")
    facts = plantrack.extract(Document(name="d.txt", text=text)).facts
    read = {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert read == {("442000", "gdp", "level", Decimal("414325000000")),
                    ("442000", "gdp", "growth", Decimal("3.7")),
                    ("442000", "industrial_value_added", "growth", Decimal("5.4")),
                    ("442000", "fixed_asset_investment", "growth", Decimal("-2.6")),
                    ("442000", "retail_sales", "growth", Decimal("0.5"))}


def test_a_county_table_in_millions_with_dollar_columns_and_a_renamed_county() -> None:
    # GDP(百万元): each cell times a million; the 美元 columns convert the 本币 ones at an
    # exchange rate (kept once, in 元); 枝江县 is 枝江市 now
    text = ("2015年湖北省各县(市)GDP\n"
            "县(市) | GDP(百万元)本币 | GDP(百万元)美元 | 人均GDP(元) | 人均GDP美元\n"
            "---|---|---|---|---\n"
            "宜都市 | 52,310 | 8,399 | 135,000 | 21,675\n"
            "枝江县 | 40,120 | 6,441 | 80,000 | 12,844\n"
            "当阳市 | 38,200 | 6,133 | 81,000 | 13,005\n")
    facts = _read(text, "region", "indicator", "value", "unit", "period")
    assert facts == {
        ("420581", "gdp", Decimal("52310000000"), "CNY", "2015"),
        ("420581", "gdp_per_capita", Decimal("135000"), "CNY", "2015"),
        ("420583", "gdp", Decimal("40120000000"), "CNY", "2015"),
        ("420583", "gdp_per_capita", Decimal("80000"), "CNY", "2015"),
        ("420582", "gdp", Decimal("38200000000"), "CNY", "2015"),
        ("420582", "gdp_per_capita", Decimal("81000"), "CNY", "2015")}


@pytest.mark.parametrize(("text", "expected"), [
    # a dollar column alone is in dollars
    ("2015年湖北省各县(市)GDP\n县(市) | GDP(百万元)美元 | 人均GDP美元\n---|---|---\n"
     "宜都市 | 8,399 | 21,675\n当阳市 | 6,133 | 13,005\n远安县 | 2,100 | 11,000\n",
     {("420581", "gdp", Decimal("8399000000"), "USD"),
      ("420581", "gdp_per_capita", Decimal("21675"), "USD")}),
    # 千瓦时 and 千克 are units, not 元 times a thousand; 百万元 is
    ("2015年湖北省各县(市)主要指标\n"
     "县(市) | 全社会用电量(千瓦时) | GDP(百万元)\n---|---|---\n"
     "宜都市 | 52,310 | 52,310\n当阳市 | 38,200 | 38,200\n远安县 | 12,100 | 12,100\n",
     {("420581", "electricity_consumption", Decimal("52310"), "kwh"),
      ("420581", "gdp", Decimal("52310000000"), "CNY")}),
], ids=["a dollar column alone", "a unit of its own starting with a thousand"])
def test_a_columns_unit_of_money_or_of_its_own(text: str,
                                               expected: set[tuple[object, ...]]) -> None:
    assert expected <= _read(text, "region", "indicator", "value", "unit")


def test_one_cell_a_line_under_an_indicator_over_its_two_columns() -> None:
    # 地区 | 固定资产投资额 over 绝对值 | 增长(%), written one cell a line
    text = ("上半年各市固定资产投资额比较\n单位:亿元\n地区\n固定资产投资额\n绝对值\n增长\n(%)\n"
            "南京\n2800.5\n8.1\n苏州\n3100.2\n6.5\n无锡\n1900.7\n7.3\n")
    facts = _read(text, "region", "indicator", "measure", "value", "period", year=2023)
    assert {("320100", "fixed_asset_investment", "level", Decimal("280050000000"), "2023H1"),
            ("320100", "fixed_asset_investment", "growth", Decimal("8.1"), "2023H1"),
            ("320200", "fixed_asset_investment", "growth", Decimal("7.3"), "2023H1")} <= facts


def test_a_columns_scope_word_takes_the_place_of_the_captions_opening_words() -> None:
    # 全体居民 | 城镇常住居民 | 农村常住居民 under 城乡居民人均可支配收入: three indicators
    text = ("2020年前三季度全省各市城乡居民人均可支配收入\n单位:元\n"
            "指  标 全体居民 城镇常住居民 农村常住居民\n累计 同比±% 累计 同比±% 累计 同比±%\n"
            "全  省 40121 4.1 47545 3.3 25505 5.8\n杭州市 48735 3.5 54754 3.0 29439 6.2\n"
            "宁波市 46519 4.2 52402 4.0 31816 5.2\n温州市 41412 4.3 48689 3.5 25008 6.0\n")
    facts = _read(text, "region", "indicator", "measure", "value")
    assert {("330100", "disposable_income", "level", Decimal(48735)),
            ("330100", "urban_disposable_income", "level", Decimal(54754)),
            ("330100", "urban_disposable_income", "growth", Decimal("3.0")),
            ("330100", "rural_disposable_income", "level", Decimal(29439)),
            ("330000", "rural_disposable_income", "growth", Decimal("5.8"))} <= facts
    assert ("330100", "disposable_income", "level", Decimal(54754)) not in facts


def test_cities_as_columns_with_a_bare_unit_after_each_rows_name() -> None:
    # 15-4 地级市基本情况: cities over the columns, each row its name, a bare unit and one
    # value a city; a row at another year's prices is a measure of its own
    text = ("15-4 地级市基本情况\n2002年)\n"
            "             杭州市 宁波市 温州市 嘉兴市\n"
            "年末总人口 万人 636.81 546.19 739.12 332.38\n"
            "年出生人口 53064 41404 83962 25206\n"
            "行政区域土地面积 平方公里 16596 9365 11784 3915\n"
            "国内生产总值(当年价格) 万元 17818302 15003435 10609664 7064295\n"
            "国内生产总值(2000年不变价) 万元 17568480 14973517 10651892 7046615\n")
    facts = _read(text, "region", "indicator", "label", "value", "period")
    assert {("330100", "gdp", None, Decimal(178183020000), "2002"),
            ("330400", "gdp", None, Decimal(70642950000), "2002"),
            ("330100", "other", "国内生产总值(2000年不变价)", Decimal(175684800000),
             "2002")} <= facts
    assert not any(f[1] == "gdp" and f[3] == Decimal(175684800000) for f in facts)


def test_a_region_column_headed_each_and_its_word() -> None:
    text = ("2021年京津冀各城市GDP排行榜\nGDP排行 | 各省市 | 2021年GDP(亿元) | 增速(%) |\n"
            "1 | 河北省 | 40391.3 | 6.5 |\n2 | 北京市 | 40269.6 | 8.5 |\n"
            "3 | 天津市 | 15695.05 | 6.6 |\n")
    facts = _read(text, "region", "measure", "value")
    assert {("110000", "level", Decimal("4026960000000")), ("120000", "growth", Decimal("6.6")),
            ("130000", "level", Decimal("4039130000000"))} <= facts


def test_a_currency_per_unit_header_and_a_total_row_without_ranks() -> None:
    # GDP (本币/百万) beside (美元/百万) and per head (本币/元); the total has no ranks
    text = ("2010年浙江省各县(市)GDP与人均GDP列表\n"
            "县(市) | 位次 | GDP(本币/百万) | GDP(美元/百万) | 位次(人均GDP) | 人均GDP(本币/元)\n"
            "---|---|---|---|---|---\n"
            "全省 | 2,772,231 | 409,518 | 51,711 | | \n"
            "慈溪市 | 2 | 75,742 | 11,189 | 5 | 73,037\n"
            "诸暨市 | 3 | 62,154 | 9,181 | 14 | 58,188\n"
            "义乌市 | 4 | 61,991 | 9,157 | 2 | 84,340\n")
    facts = _read(text, "region", "indicator", "value", "unit")
    assert {("330000", "gdp", Decimal("2772231000000"), "CNY"),
            ("330000", "gdp_per_capita", Decimal(51711), "CNY"),
            ("330282", "gdp", Decimal("75742000000"), "CNY"),
            ("330282", "gdp_per_capita", Decimal(73037), "CNY")} <= facts
    assert ("330000", "gdp", Decimal("409518000000"), "CNY") not in facts


def test_a_table_of_years_with_one_indicator_column() -> None:
    # 年份 | 总GDP(亿元): the document's region's GDP in the year each row names; a row
    # whose cell is a link (点击查看) holds no value
    text = ("成都市历年GDP\n| 年份 | 总GDP(亿元) |\n| 2019 | 点击查看 |\n| 2018 | 15342.77 |\n"
            "| 2017 | 13889.39 |\n| 2016 | 12170.23 |\n")
    facts = _read(text, "region", "indicator", "value", "period")
    assert facts == {("510100", "gdp", Decimal("1534277000000"), "2018"),
                     ("510100", "gdp", Decimal("1388939000000"), "2017"),
                     ("510100", "gdp", Decimal("1217023000000"), "2016")}


def test_a_wikis_group_row_over_sub_columns_wrapped_onto_lines_of_their_own() -> None:
    # the group row and a rule, then each sub-column's words on lines ending in a bar;
    # the wiki's edit link runs into the first cell (编辑行政区)
    text = ("青海省各市州地区生产总值列表\n2015年\n"
            "编辑行政区 | 地区生产总值(GDP)[注 2] | 人均GDP[注 3] | ||||\n"
            "---|---|---|---|---|\n本币 (亿元) |\n美元[注 4] (亿元) |\n位次 | 比重 (%) |\n"
            "本币 (元) |\n美元 (元) |\n位次 | 比重 (青海省=100) | |||\n"
            "西宁市 | 1,100.50 | 180.20 | 1 | 47.00 | 48,000 | 7,700 | 2 | 119.0 | ||\n"
            "海东市 | 380.40 | 60.70 | 3 | 16.00 | 26,000 | 4,200 | 6 | 64.0 | ||\n")
    facts = plantrack.extract(text).facts
    assert {(f.region_name, f.indicator, f.quantity.value, str(f.period)) for f in facts} == {
        ("西宁市", "gdp", Decimal("110050000000"), "2015"),
        ("西宁市", "gdp_per_capita", Decimal("48000"), "2015"),
        ("海东市", "gdp", Decimal("38040000000"), "2015"),
        ("海东市", "gdp_per_capita", Decimal("26000"), "2015")}


def test_a_header_line_packed_left_under_cells_whose_names_go_on(in_script: InScript) -> None:
    # a yearbook's three header lines; the second lost its rowspanned blanks, so its
    # words stand packed to the left (总产值 belongs under 工 业, not under 国内生产总值)
    text = in_script(
        "表5 部分城市主要经济指标 (2009年)\n"
        "城市名称 | 年 底 | 国内生产总值 | 工 业 | 货运总量 | 地方财政 | 固定资产投资总额 |\n"
        "总人口 | (当年价格) | 总产值 | 预算内收入 | | | |\n"
        "(万人) | (万元) | (万元) | (万吨) | (万元) | (万元) | |\n"
        "太 原 | 340 | 7000000 | 8000000 | 17000 | 450000 | 3100000 |\n"
        "合 肥 | 460 | 6000000 | 7000000 | 6000 | 470000 | 3600000 |\n"
        "福 州 | 620 | 15000000 | 16000000 | 9000 | 750000 | 5000000 |\n")
    facts = _read(text, "region", "indicator", "value")
    assert {("140100", "gdp", Decimal(70000000000)),
            ("140100", "industrial_output", Decimal(80000000000)),
            ("340100", "industrial_output", Decimal(70000000000)),
            ("340100", "fixed_asset_investment", Decimal(36000000000))} <= facts
    assert not any(f[1] == "gdp" and f[2] == Decimal(80000000000) for f in facts)


def test_a_list_row_left_short_keeps_its_cells_and_ranks_hold_no_names(in_script: InScript) -> None:
    # one cell per line with blank lines between; the province's row has a blank rank
    # cell (a line of spaces) and no last rank at all before the first city's name
    cells = ["2019年某省城镇居民人均可支配收入", "城市", "绝对值", "位次", "增长速度(%)", "位次",
             " 省", "40000", " ", "8.5", "甲城市", "50000", "1", "8.0", "3",
             "乙城市", "30000", "2", "9.0", "1", "丙城市", "28000", "3", "8.8", "2"]
    text = in_script("河北省统计局发布。\n\n" + "\n\n".join(cells)).replace(
        "甲城市", "石家庄市").replace("乙城市", "保定市").replace("丙城市", "邯郸市")
    facts = _read(text, "region", "measure", "value")
    assert facts >= {("130100", "level", Decimal(50000)), ("130100", "growth", Decimal("8.0")),
                     ("130600", "level", Decimal(30000)), ("130600", "growth", Decimal("9.0")),
                     ("130400", "level", Decimal(28000)), ("130400", "growth", Decimal("8.8"))}
    assert not any(f[2] in (Decimal(1), Decimal(2), Decimal(3)) for f in facts)


def test_a_nominal_growth_is_an_incomes_growth_and_no_outputs() -> None:
    text = ("2019年各市主要指标\n"
            "城市 | 农村居民人均可支配收入(元) | 名义增长(%) |\n"
            "石家庄市 | 15000 | 9.5 |\n保定市 | 14000 | 9.1 |\n邯郸市 | 13500 | 9.3 |\n\n"
            "各市经济总量按现价计算，增速亦为现价增速，与按可比价格计算的增速不同。\n\n"
            "2019年各市生产总值\n"
            "城市 | 地区生产总值(亿元) | 名义增速(%) |\n"
            "石家庄市 | 5800 | 7.5 |\n保定市 | 3700 | 6.1 |\n邯郸市 | 3500 | 6.3 |\n")
    facts = _read(text, "region", "indicator", "measure", "value")
    assert {("130100", "rural_disposable_income", "growth", Decimal("9.5")),
            ("130600", "rural_disposable_income", "growth", Decimal("9.1")),
            ("130100", "gdp", "level", Decimal(580000000000))} <= facts
    assert not any(f[1] == "gdp" and f[2] == "growth" for f in facts)


def test_a_column_names_its_indicator_with_the_captions_words(in_script: InScript) -> None:
    # a national yearbook's table, one cell a line between bars: the caption says whose
    # income (城镇居民), the column only which (可支配收入); the header's two rows stand
    # apart by empty cells; 国有单位职工收入 heads values, no unit column (单位)
    head = ["10-11 各地区城镇居民平均每人全年家庭收入来源(1997年)", "", "单位:元", "",
            "地区", "可支配 收入", "实际收入", "", "", "国有单位 职工收入", "转移收入", "", ""]
    rows = [("全国合计", "5160.32", "5188.54", "3221.49", "947.78"),
            ("北 京", "7813.16", "7861.74", "4564.41", "1976.35"),
            ("天 津", "6608.39", "6621.47", "3717.96", "1792.48"),
            ("河 北", "4958.67", "4982.43", "3334.64", "1028.69")]
    cells = [*head, *(c for row in rows for c in (*row, "", ""))]
    text = in_script("|\n" + " |\n".join(cells) + " |\n")
    facts = _read(text, "region", "indicator", "value", "period")
    assert facts == {("100000", "urban_disposable_income", Decimal("5160.32"), "1997"),
                     ("110000", "urban_disposable_income", Decimal("7813.16"), "1997"),
                     ("120000", "urban_disposable_income", Decimal("6608.39"), "1997"),
                     ("130000", "urban_disposable_income", Decimal("4958.67"), "1997")}


def test_a_bilingual_yearbook_table_whose_header_lines_are_packed_left(in_script: InScript) -> None:
    # each header line lost its blanks (the copy packed its words to the left), the
    # English lines and the English name column between the Chinese ones
    text = in_script(
        "17-84 城镇居民家庭人均收支情况(2010年) | ||||||\n"
        "Per Capita Annual Income of Urban Households (2010) | ||||||\n"
        "可支配收入 | 实际支出 | 恩格尔系数 | |||\n"
        "市 州 | Cities | (元) | 增长速度 (%) |\n"
        "(元) | 食品支出 | 消费性 | (%) |\n"
        "and | Disposable | Real | 支出 | Engler's | ||\n"
        "Counties | Income | Rate of rise | Expenditure | Food | Living | Coefficient |\n"
        "长沙市 | Changsha | 22814 | 12.7 | 20054 | 5413 | 16096 | 33.6 |\n"
        "株洲市 | Zhuzhou | 19643 | 12.1 | 16576 | 4409 | 12269 | 35.9 |\n"
        "湘潭市 | Xiangtan | 18059 | 11.6 | 16718 | 4095 | 12211 | 33.5 |\n")
    facts = _read(text, "region", "indicator", "measure", "value", "period")
    assert facts == {
        ("430100", "urban_disposable_income", "level", Decimal(22814), "2010"),
        ("430100", "urban_disposable_income", "growth", Decimal("12.7"), "2010"),
        ("430200", "urban_disposable_income", "level", Decimal(19643), "2010"),
        ("430200", "urban_disposable_income", "growth", Decimal("12.1"), "2010"),
        ("430300", "urban_disposable_income", "level", Decimal(18059), "2010"),
        ("430300", "urban_disposable_income", "growth", Decimal("11.6"), "2010")}


def test_a_bilingual_yearbook_table_of_regions_in_columns_under_an_english_corner(
        in_script: InScript) -> None:
    # the corner's Chinese lost (Item alone), single spaces between the cells, a base
    # note in brackets above the header and each row's English name before its values
    text = in_script(
        "7-3  各市县居民消费价格分类指数\n"
        "Consumer Price Indices by Category in Cities and Counties\n"
        " (上年=100) (2018年) (preceding year=100)\n"
        "       Item 乌鲁木齐市 克拉玛依市 库尔勒市\n"
        "Urumqi city Karamay city Korla city\n"
        "居民消费价格总指数 General Consumer Price Index 102.2 101.3 98.6\n"
        "服务价格指数 Service Price Index 105.5 101.1 101.4\n"
        "  食品烟酒   Food,Tobacco and Liquor 103.5 102.5 103.2\n")
    facts = _read(text, "region", "indicator", "measure", "value", "period")
    assert facts == {("650100", "cpi", "growth", Decimal("2.2"), "2018"),
                     ("650200", "cpi", "growth", Decimal("1.3"), "2018"),
                     ("652801", "cpi", "growth", Decimal("-1.4"), "2018")}


def test_a_table_of_regions_one_cell_a_line_whose_columns_name_measures_with_units(
        in_script: InScript) -> None:
    # 地区 over measures named with their units in brackets: each a column of values, the
    # first no group over the ones after it; blank lines between the cells
    cells = ["表1  全省R&D经费投入情况", "(2016年)", "地  区", "R&D经费投入(亿元)", "增长(%)",
             "R&D经费投入强度(%)", "全  省", "454.29", "15.6", "1.59", "福州市", "122.46",
             "24.0", "1.98", "厦门市", "117.66", "13.8", "3.11", "莆田市", "21.47", "7.9",
             "1.18"]
    text = in_script("2016年福建省全社会研究与试验发展经费投入\n\n" + "\n\n".join(cells) + "\n")
    facts = _read(text, "region", "indicator", "value", "period")
    assert facts == {("350000", "rd_intensity", Decimal("1.59"), "2016"),
                     ("350100", "rd_intensity", Decimal("1.98"), "2016"),
                     ("350200", "rd_intensity", Decimal("3.11"), "2016"),
                     ("350300", "rd_intensity", Decimal("1.18"), "2016")}


def test_a_target_table_of_districts_exports_and_foreign_capital_arrived(
        in_script: InScript) -> None:
    # 实到外资 (capital arrived) is the actual foreign investment; a district under its
    # former county's name (长寿县) is the district
    text = in_script("附件1:\n2002年区县外经贸目标任务分解表\n金额单位:万美元\n"
                     "责任单位 外贸出口目标 实到外资目标\n万州区 1900 300\n长寿县 2700 1100\n"
                     "渝北区 2000 1000\n")
    facts = _read(text, "region", "indicator", "value", "period")
    assert facts == {("500101", "exports", Decimal("19000000"), "2002"),
                     ("500101", "foreign_investment_actual", Decimal("3000000"), "2002"),
                     ("500115", "exports", Decimal("27000000"), "2002"),
                     ("500115", "foreign_investment_actual", Decimal("11000000"), "2002"),
                     ("500112", "exports", Decimal("20000000"), "2002"),
                     ("500112", "foreign_investment_actual", Decimal("10000000"), "2002")}


def test_the_countrys_row_without_ranks_under_spaced_rank_headers() -> None:
    # the whole's row leaves its ranks out (排 序, spaced as a yearbook prints it): its
    # values stand in the columns that are no ranks'
    text = ("各省城镇居民人均可支配收入排序(2016-2018年)\n计量单位:元\n"
            "| 地 区 | 2016 | 排 序 | 2017 | 排 序 |\n"
            "| 全 国 | 33616 | 36396 | | |\n"
            "| 北 京 | 57275 | 2 | 62406 | 2 |\n"
            "| 天 津 | 37110 | 6 | 40278 | 6 |\n")
    facts = plantrack.extract(text, year=2018).facts
    read = {(f.region, f.quantity.value, str(f.period)) for f in facts
            if f.indicator == "urban_disposable_income" or f.region is not None}
    assert ("100000", Decimal("36396"), "2017") in read
    assert ("110000", Decimal("62406"), "2017") in read
    assert all(value != Decimal(2) for _, value, _ in read)


def test_a_header_wrapped_one_cell_a_line_over_regions_with_their_own_units(
        in_script: InScript) -> None:
    # the caption's row, then each header cell on a line of its own ending in a bar and
    # a bar alone; the regions' names spaced out; each column with its own unit, of
    # which only the total's (万吨) measures the caption's indicator: the area's
    # (千公顷) is no quantity of it, nor is the yield's (公斤/公顷) one of mass
    text = in_script(
        "表3 2019年全国及部分省(区、市)粮食产量 | ||||\n地区 |\n播种面积 (千公顷) |\n"
        "单位面积产量 (公斤/公顷) |\n总产量 (万吨) |\n|\n"
        "全国总计 | 116064.0 | 5720.0 | 66384.3 | |\n"
        "河 北 | 6469.2 | 5807.4 | 3739.2 | |\n"
        "山 西 | 3126.1 | 4366.4 | 1361.8 | |\n"
        "内 蒙 古 | 6827.6 | 5351.2 | 3652.6 | |\n")
    facts = _read(text, "region", "indicator", "value")
    assert facts == {("100000", "grain_output", Decimal("663843000")),
                     ("130000", "grain_output", Decimal("37392000")),
                     ("140000", "grain_output", Decimal("13618000")),
                     ("150000", "grain_output", Decimal("36526000"))}
    # under a caption's unit (单位:万吨) the yield's column is still no total's
    captioned = text.replace(in_script(" | ||||\n"), in_script("(单位:万吨) | ||||\n"), 1).replace(
        in_script("总产量 (万吨)"), in_script("总产量"))
    assert _read(captioned, "region", "indicator", "value") == facts


# a ranking of a province's prefectures by income whose last rows lost their ranks, under
# headers of short income names (城镇人均收入)
RANKING_LOSES_RANKS = """\
排行 | 地级市 | 2022年城乡人均收入(元) | 2022年城镇人均收入(元) | 2022年农村人均收入(元) |
1 | 海西州 | 33783 | 40848 | 18737 |
2 | 西宁市 | 33497 | 40197 | 15797 |
海东市 | 22971 | 36944 | 15102 | |
"""


def test_a_ranking_whose_last_rows_lost_their_ranks() -> None:
    facts = plantrack.extract(RANKING_LOSES_RANKS, region="630000").facts
    assert {(f.region, f.indicator, f.quantity.value) for f in facts
            if f.region == "630200"} == {
        ("630200", "disposable_income", Decimal(22971)),
        ("630200", "urban_disposable_income", Decimal(36944)),
        ("630200", "rural_disposable_income", Decimal(15102))}
    assert len(facts) == 9


# a data site's ranking of cities: the title above the table names the indicator, the
# table prints no unit (sums with decimals, one whole, beside a forecast and its growth,
# neither a fact)
CITIES_BY_YEAR = """\
全国城市GDP排名

排名
地区
2025年预测 增长率 2024年 2023年 2022年
1 上海 50100 5.5% 47218.7 44652.8 42875.1
2 北京 47500 5.2% 44862.6 42760.7 41540.9
3 深圳 38900 6.0% 36801.9 34606.4 32387.7
4 重庆 33900 5.8% 32193.2 30145.8 29129
"""


def test_a_ranking_of_cities_under_a_title_naming_its_indicator() -> None:
    facts = plantrack.extract(CITIES_BY_YEAR, region="100000").facts
    shanghai = {(f.measure, f.quantity.value, str(f.period), f.uncertain) for f in facts
                if f.region == "310000"}
    assert shanghai == {
        ("level", Decimal("4721870000000"), "2024", ("unit",)),
        ("level", Decimal("4465280000000"), "2023", ("unit",)),
        ("level", Decimal("4287510000000"), "2022", ("unit",))}


# a wiki's table of prefectures under a heading of its year alone, no unit printed
WIKI_YEAR_HEADING = """\
甲省各市州地区生产总值列表
甲省各市州地区生产总值列表收录各主要年份的地区生产总值。
2018
地区 | 地区生产总值 | 第一产业 | 第二产业 | 第三产业 |
---|---|---|---|---|
武汉 | 14847.29 | 362.00 | 6377.75 | 8107.54 |
黄石 | 1587.33 | 95.64 | 929.54 | 562.15 |
十堰 | 1747.82 | 158.26 | 843.50 | 746.06 |
"""


def test_a_wikis_table_under_a_heading_of_its_year() -> None:
    facts = plantrack.extract(WIKI_YEAR_HEADING, region="420000").facts
    assert {(f.region, str(f.period)) for f in facts if f.indicator == "gdp"} == {
        ("420100", "2018"), ("420200", "2018"), ("420300", "2018")}


@pytest.mark.parametrize("head", ["省市(自治区)", "省(自治区、直辖市)", "省市区"])
def test_a_ranking_of_provinces_by_a_count_its_caption_names(head: str) -> None:
    text = ("表1:2014年5月中国不同省市(自治区)规模以上工业企业单位数统计 个\n"
            f"排名 | {head} | 单位数(个) | 全国占比(%) |\n---|---|---|---|\n"
            "1 | 江苏省 | 46790 | 13.15 |\n2 | 广东省 | 39497 | 11.1 |\n"
            "3 | 山东省 | 38418 | 10.79 |\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("320000", "industrial_enterprises_above_scale", Decimal("46790"), "2014-05"),
                   ("440000", "industrial_enterprises_above_scale", Decimal("39497"), "2014-05"),
                   ("370000", "industrial_enterprises_above_scale", Decimal("38418"), "2014-05")}


def test_a_bare_unemployment_rate_is_the_surveyed_one_only_where_no_other_is_kept() -> None:
    # Taiwan, Hong Kong and Macau keep one rate, from their labour-force surveys, and call
    # it 失业率; a mainland table's bare 失业率 names neither of the mainland's two rates
    rows = "指标 | 1996 | 1997 |\n失业率(%) | 2.6 | 2.72 |\n"
    got = _read("附录6:台湾省主要社会经济指标 |\n" + rows, "region", "indicator", "value")
    assert got == {("710000", "urban_surveyed_unemployment_rate", Decimal("2.6")),
                   ("710000", "urban_surveyed_unemployment_rate", Decimal("2.72"))}
    assert _read("江苏省主要社会经济指标 |\n" + rows, "indicator") == set()


def test_a_table_printed_as_two_copies_of_its_columns_side_by_side() -> None:
    # one cell a line, blank lines between: 名称 | 收入 | 增长, twice, then pairs of rows
    # run into one (观山湖区 | 30561 | 4.7 | 万山区 | 25390 | 5.3)
    header = ["县(市、区、特区)名称", "城镇常住居民人均可支配收入(元)", "比上年同期增长(%)"]
    rows = [["观山湖区", "30561", "4.7", "万山区", "25390", "5.3"],
            ["南明区", "30486", "4.5", "纳雍县", "25381", "4.9"]]
    cells = [*header, *header, *(c for row in rows for c in row)]
    text = ("贵州省统计局发布前三季度全省县域城乡居民收入。\n\n"
            "表1  前三季度全省各县城镇常住居民人均可支配收入\n\n" + "\n\n".join(cells) + "\n")
    got = _read(text, "region", "indicator", "measure", "value", "period", year=2020)
    period = "2020-01..2020-09"
    assert got == {
        ("520115", "urban_disposable_income", "level", Decimal("30561"), period),
        ("520115", "urban_disposable_income", "growth", Decimal("4.7"), period),
        ("520603", "urban_disposable_income", "level", Decimal("25390"), period),
        ("520603", "urban_disposable_income", "growth", Decimal("5.3"), period),
        ("520102", "urban_disposable_income", "level", Decimal("30486"), period),
        ("520102", "urban_disposable_income", "growth", Decimal("4.5"), period),
        ("520525", "urban_disposable_income", "level", Decimal("25381"), period),
        ("520525", "urban_disposable_income", "growth", Decimal("4.9"), period)}


def test_a_table_run_onto_one_line_its_cells_cut_by_single_spaces() -> None:
    # a release's table flattened: header words, then name and values, row after row; a
    # row with its data missing (西 藏) stands empty before the next
    rows = ("北 京 -9.18 -8.1 天 津 -3.07 -1.7 河 北 -3.01 0.7 山 西 -2.88 0.6 "
            "内蒙古 6.89 7.1 西 藏 陕 西 -1.89 0.3 甘 肃 -0.20 3.7")
    text = ("国家统计局 2021年8月23日 现将2020年各省、自治区、直辖市万元地区生产总值能耗降低率"
            "等指标数据公布如下: 地 区 万元地区生产总值能耗上升或下降(±%) 能源消费总量增速 (%) "
            + rows + " 附注: 1.指标解释 万元地区生产总值能耗是指一个地区生产每万元地区生产总值"
            "所消费的能源总量。\n")
    got = _read(text, "region", "indicator", "measure", "value", "period")
    intensity = {f for f in got if f[1] == "energy_intensity"}
    assert intensity == {
        ("110000", "energy_intensity", "growth", Decimal("-9.18"), "2020"),
        ("120000", "energy_intensity", "growth", Decimal("-3.07"), "2020"),
        ("130000", "energy_intensity", "growth", Decimal("-3.01"), "2020"),
        ("140000", "energy_intensity", "growth", Decimal("-2.88"), "2020"),
        ("150000", "energy_intensity", "growth", Decimal("6.89"), "2020"),
        ("610000", "energy_intensity", "growth", Decimal("-1.89"), "2020"),
        ("620000", "energy_intensity", "growth", Decimal("-0.20"), "2020")}


def test_a_ranked_table_run_onto_one_line_each_rows_values_ending_in_the_next_rank() -> None:
    rows = ("1 上海市 9552.24 10168.52 7.70% 57 2 北京市 8348.60 9112.80 7.70% 57 "
            "3 广州市 6304.30 7052.42 12.40% 4 4 天津市 5864.94 6579.01 12.50% 2 "
            "5 苏州市 5850.98 6363.78 9.50% 30 6 深圳市 5474.10 6013.80 9.50% 30")
    text = ("2013年全国大城市经济总量排名。\n\nGDP排名 省区市 2012年上半年 GDP(亿元) "
            "2013年上半年 GDP(亿元) GDP增速 增速排名 " + rows + "\n")
    got = _read(text, "region", "measure", "value", "period")
    assert ("310000", "level", Decimal("955224000000"), "2012H1") in got
    assert ("310000", "level", Decimal("1016852000000"), "2013H1") in got
    assert ("440300", "growth", Decimal("9.50"), "2013H1") in got
    assert len(got) == 18  # six cities, three figures each; no rank is a figure


def test_a_pipe_table_whose_copy_ends_inside_its_last_row_and_a_rank_before_the_names() -> None:
    text = ("2013年武汉市各区GDP排名 | |||\n---|---|---|---|\n"
            "GDP排名 | 城区 | 2012年GDP(亿元) | 2013年GDP(亿元) |\n"
            "4 | 汉阳区 | 609.17 | 675.00 |\n1 | 江汉区 | 678.77 | 789.00 |\n"
            "9 | 青山区 | 449.27 | 480.00 |\n武汉全市 | 8003.82 |")
    got = _read(text, "region", "value", "period")
    assert {("420105", Decimal("60917000000"), "2012"), ("420105", Decimal("67500000000"), "2013"),
            ("420103", Decimal("78900000000"), "2013"),
            ("420107", Decimal("48000000000"), "2013")} <= got
    assert not any(v in (Decimal(4), Decimal(1), Decimal(9)) for _, v, _ in got)


def test_a_header_a_copy_set_one_column_left_under_a_caption_of_rates() -> None:
    text = ("1—5月规上工业增加值增速情况\n5月 | 1-5月 | |\n攀枝花市 | 2.7 | 5.9 |\n"
            "东 区 | 2.8 | 6.2 |\n西 区 | 0.1 | 4.5 |\n米易县 | 3 | 6 |\n")
    got = _read(text, "region", "measure", "value", "period", year=2022)
    assert got == {("510400", "growth", Decimal("2.7"), "2022-05"),
                   ("510400", "growth", Decimal("5.9"), "2022-01..2022-05"),
                   ("510402", "growth", Decimal("2.8"), "2022-05"),
                   ("510402", "growth", Decimal("6.2"), "2022-01..2022-05"),
                   ("510403", "growth", Decimal("0.1"), "2022-05"),
                   ("510403", "growth", Decimal("4.5"), "2022-01..2022-05"),
                   ("510421", "growth", Decimal("3"), "2022-05"),
                   ("510421", "growth", Decimal("6"), "2022-01..2022-05")}


def test_a_header_with_no_word_over_the_ranks_and_an_empty_cell_closing_it(
        in_script: InScript) -> None:
    # 省份 stands over the ranks' column, every word one column left; the 预期 column
    # holds targets though its header opens with the period word 全年
    text = in_script("2015年上半年各省份GDP增速排名\n"
                     "省份 | 上半年增速(%) | 全年预期增速(%) | GDP总量(亿元) | |\n"
                     "1 | 重庆 | 11 | 10 | 7237.9 |\n2 | 贵州 | 10.7 | 10 | 4351.1 |\n"
                     "3 | 天津 | 9.4 | 9 | 7884 |\n")
    facts = plantrack.extract(text).facts
    got = {(f.region, f.measure, f.quantity.value, str(f.period), type(f).__name__)
           for f in facts}
    assert got == {
        ("500000", "growth", Decimal("11"), "2015H1", "Result"),
        ("500000", "growth", Decimal("10"), "2015", "Goal"),
        ("500000", "level", Decimal("723790000000.0"), "2015H1", "Result"),
        ("520000", "growth", Decimal("10.7"), "2015H1", "Result"),
        ("520000", "growth", Decimal("10"), "2015", "Goal"),
        ("520000", "level", Decimal("435110000000.0"), "2015H1", "Result"),
        ("120000", "growth", Decimal("9.4"), "2015H1", "Result"),
        ("120000", "growth", Decimal("9"), "2015", "Goal"),
        ("120000", "level", Decimal("788400000000"), "2015H1", "Result")}


def test_rows_of_regions_under_no_header_take_the_captions_indicator_and_unit() -> None:
    text = ("2020年中国29个地区GDP(万亿元)\n广东 | 11.08 |\n江苏 | 10.27 |\n山东 | 7.31 |\n"
            "浙江 | 6.46 |\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("440000", "gdp", Decimal("11080000000000"), "2020"),
                   ("320000", "gdp", Decimal("10270000000000"), "2020"),
                   ("370000", "gdp", Decimal("7310000000000"), "2020"),
                   ("330000", "gdp", Decimal("6460000000000"), "2020")}


def test_a_rank_column_named_by_its_number_word_before_the_regions() -> None:
    text = ("2020年各市GDP如下表所示:\n| 序号 | 城市 | GDP(亿元) |\n|-----|------|------|\n"
            "| 1 | 深圳市 | 27670.2 |\n| 2 | 广州市 | 25019.1 |\n| 3 | 佛山市 | 10816.5 |\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("440300", "gdp", Decimal("2767020000000"), "2020"),
                   ("440100", "gdp", Decimal("2501910000000"), "2020"),
                   ("440600", "gdp", Decimal("1081650000000"), "2020")}


def test_a_name_column_headed_by_its_name_word_and_a_parent_column() -> None:
    text = ("贵州部分县市排名表\n| 排名 | 县名 | 所属地级市 | GDP(2023年) | 主要产业 |\n"
            "| 1 | 仁怀市 | 遵义市 | 1500亿元 | 白酒 |\n"
            "| 2 | 盘州市 | 六盘水市 | 800亿元 | 煤炭 |\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("520382", "gdp", Decimal("150000000000"), "2023"),
                   ("520281", "gdp", Decimal("80000000000"), "2023")}


def test_a_unit_wrapped_under_the_region_corner_is_the_first_columns() -> None:
    text = ("| 3-1 支出法地区生产总值 (2010年) | ||||||\n| 本表按当年价格计算。 | ||||||\n"
            "| 地 区 | 支出法地区生产总值 | 资本形成率 | 最终消费率 | |||\n"
            "| (亿元) | 最终消费支出 | 资本形成总额 | 货物和服务 | (投资率)(%) | (消费率)(%) | |\n"
            "| 净 流 出 | ||||||\n"
            "| 北 京 | 14113.58 | 6905.10 | 5930.24 | 1278.24 | 42.0 | 48.9 |\n"
            "| 天 津 | 9224.46 | 3357.59 | 6143.49 | -276.62 | 66.6 | 36.4 |\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("110000", "gdp", Decimal("1411358000000"), "2010"),
                   ("120000", "gdp", Decimal("922446000000"), "2010")}


def test_a_markdown_table_run_onto_one_line_is_read_row_by_row() -> None:
    text = ("以下为某市各区县2022年GDP排名:\n| 排名 | 区县名称 | 2022年GDP(亿元) | "
            "|------|----------|------------------| | 1 | 北林区 | 312.5 | | 2 | 安达市 | 295.8 | "
            "| 3 | 肇东市 | 289.6 |\n注:以上数据仅供参考。\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("231202", "gdp", Decimal("31250000000"), "2022"),
                   ("231281", "gdp", Decimal("29580000000"), "2022"),
                   ("231282", "gdp", Decimal("28960000000"), "2022")}
    # quotes stay the text's own: from the row's name to its cell
    ex = plantrack.extract(text)
    assert all(text[f.provenance.start:f.provenance.end] == f.provenance.quote
               for f in ex.facts)


def test_a_run_on_markdown_table_whose_name_cells_stand_on_lines_of_their_own() -> None:
    text = ("### 一、2022年省会城市GDP排名| 序号 | 省会城市 | GDP(亿元) | |---|---|---| | 1 |\n"
            "成都\n| 20817 | | 2 |\n杭州\n| 18753 | | 3 |\n武汉\n| 18866 |### 二、分析\n")
    got = _read(text, "region", "indicator", "value", "period")
    assert got == {("510100", "gdp", Decimal("2081700000000"), "2022"),
                   ("330100", "gdp", Decimal("1875300000000"), "2022"),
                   ("420100", "gdp", Decimal("1886600000000"), "2022")}


def test_groups_set_one_column_left_over_a_blank_corner_and_per_unit_names() -> None:
    # the energy bulletin's header: 单位GDP能耗 is a name, not a unit's column; the groups
    # a copy set one column left stand over two columns each; 单位GDP电耗 is no GDP
    text = ("2010年各省、自治区、直辖市单位GDP能耗等指标公报\n|\n单位GDP能耗\n|\n单位GDP电耗\n|\n"
            "指标值\n(吨标准煤/万元)\n|\n上升或下降(±%)\n|\n指标值\n(千瓦时/万元)\n|\n"
            "上升或下降(±%)\n|\n北 京\n|\n0.582\n|\n-4.04\n|\n650.01\n|\n-4.89\n|\n"
            "天 津\n|\n0.826\n|\n-4.52\n|\n860.25\n|\n-2.31\n|\n河 北\n|\n1.583\n|\n-5.01\n|\n"
            "1450.42\n|\n-1.05\n|\n")
    got = _read(text, "region", "indicator", "measure", "value")
    assert {g for g in got if g[1] != "other"} == {
        ("110000", "energy_intensity", "growth", Decimal("-4.04")),
        ("120000", "energy_intensity", "growth", Decimal("-4.52")),
        ("130000", "energy_intensity", "growth", Decimal("-5.01"))}


# --- cells cut by bars on lines of their own, each row closed by a column of words
# (an assessment's grade) after its values -----------------------------------------------

GRADED = (("地区", "2019年单位GDP能耗目标(%)", "2019年单位GDP能耗实际下降(%)", "考核结果"),
          ("绵阳市", "-3.50", "-4.12", "完成"), ("德阳市", "-4.00", "-6.31", "超额完成"),
          ("广元市", "-3.00", "-2.80", "基本完成"))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_column_of_grades_closing_each_row_of_a_bar_stream(script: str) -> None:
    text = "四川省2019年度各市节能目标考核结果公告\n" + "\n|\n".join(
        c for row in GRADED for c in row) + "\n|\n"
    if script == "traditional":
        text = (text.replace("节能目标考核结果公告", "節能目標考核結果公告")
                .replace("实际下降", "實際下降").replace("考核结果", "考核結果")
                .replace("德阳市", "德陽市").replace("广元市", "廣元市"))
    result = plantrack.extract(text)
    got = {(type(f).__name__, f.region, f.quantity.value) for f in result.facts
           if f.indicator == "energy_intensity"}
    assert got == {("Goal", "510700", Decimal("-3.50")), ("Result", "510700", Decimal("-4.12")),
                   ("Goal", "510600", Decimal("-4.00")), ("Result", "510600", Decimal("-6.31")),
                   ("Goal", "510800", Decimal("-3.00")), ("Result", "510800", Decimal("-2.80"))}
    for f in result.facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_a_range_of_signed_figures_in_a_cell_is_one_target() -> None:
    text = ("2007年各省节能目标完成情况\n"
            "地 区 | 2007年万元GDP能耗降低目标(%) | 2007年万元GDP能耗降低率(%) |\n"
            "山 东 | -4.50 | -4.54 |\n河 南 | -4.0~-4.5 | -4.11 |\n湖 北 | -4.00 | -4.06 |\n")
    facts = [f for f in plantrack.extract(text).facts if f.region == "410000"]
    got = {(type(f).__name__, f.quantity.comparator, f.quantity.value, f.quantity.value_high)
           for f in facts}
    assert got == {("Goal", "between", Decimal("-4.5"), Decimal("-4.0")),
                   ("Result", "=", Decimal("-4.11"), None)}


@pytest.mark.parametrize(("tail", "kept"), [(" ", True), ("", False)])
def test_a_copy_ending_inside_its_last_row_keeps_a_cell_it_closed(tail: str,
                                                                   kept: bool) -> None:
    # (a space after the last number closes it; without one the number may be cut short)
    text = ("2007年各省节能目标完成情况\n"
            "地 区 | 2007年万元GDP能耗降低目标(%) | 2007年万元GDP能耗降低率(%) |"
            "\n|\n广 东 | -3.00 | -3.15 |\n|\n广 西 | -3.20 | -3.31 |\n|\n海 南 | -2.50" + tail)
    got = {(type(f).__name__, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region == "460000"}
    assert got == ({("Goal", Decimal("-2.50"))} if kept else set())
    assert any(f.region == "450000" for f in plantrack.extract(text).facts)


# --- a table in runs of spaces: its header on its caption's line, its columns' words cut
# by spaces, two-character names spaced out to the width of three -----------------------

SPACED_ON_CAPTION = (
    "附表:2009年各省节能目标完成情况 地 区 2009年万元GDP能耗 降低目标(%) "
    "2009年万元GDP能耗 降低率(%)\n"
    "北 京 -5.00 -6.04\n内蒙古 -5.26 -4.50\n黑龙江 -4.00 -4.09\n上 海 -4.00 -4.66\n")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_spaced_table_whose_header_stands_on_its_captions_line(script: str) -> None:
    text = SPACED_ON_CAPTION
    if script == "traditional":
        text = (text.replace("节能目标完成情况", "節能目標完成情況").replace("地 区", "地 區")
                .replace("降低目标", "降低目標").replace("黑龙江", "黑龍江"))
    got = {(type(f).__name__, f.region, f.indicator, f.quantity.value, str(f.period))
           for f in plantrack.extract(text).facts}
    assert ("Goal", "110000", "energy_intensity", Decimal("-5.00"), "2009") in got
    assert ("Result", "110000", "energy_intensity", Decimal("-6.04"), "2009") in got
    assert ("Result", "150000", "energy_intensity", Decimal("-4.50"), "2009") in got
    assert ("Goal", "310000", "energy_intensity", Decimal("-4.00"), "2009") in got
    assert len(got) == 8


def test_a_ranked_bar_stream_whose_rows_close_with_a_word_or_a_rate(
        in_script: InScript) -> None:
    # (全部开工 where the rate would be 100%: a column of words or values after the counts)
    rows = (("序号", "省份", "新开工小区数(个)", "开工率"), ("1", "上海", "329", "全部开工"),
            ("2", "江苏", "1595", "全部开工"), ("3", "河南", "3349", "99.8%"),
            ("4", "辽宁", "1393", "97.5%"))
    text = in_script("2023年全国城镇老旧小区改造进展情况\n|\n(截至2023年9月末)\n|\n" + "\n|\n".join(
        c for row in rows for c in row) + "\n|\n")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "old_communities_renovated"}
    assert got == {("310000", Decimal("329")), ("320000", Decimal("1595")),
                   ("410000", Decimal("3349")), ("210000", Decimal("1393"))}


def test_autonomous_regions_misnamed_as_provinces_are_theirs(in_script: InScript) -> None:
    # reposts print 广西省, 宁夏省 for the autonomous regions
    text = in_script("2021年各省研发投入强度\n地区 | R&D经费(亿元) | R&D经费投入强度(%)\n"
                     "广西省 | 199.3 | 0.81\n宁夏省 | 70.4 | 1.56\n新疆省 | 78.3 | 0.49\n"
                     "内蒙古省 | 190.1 | 0.93\n")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "rd_intensity"}
    assert got == {("450000", Decimal("0.81")), ("640000", Decimal("1.56")),
                   ("650000", Decimal("0.49")), ("150000", Decimal("0.93"))}


def test_a_table_of_counts_under_a_lead_in_paragraph_naming_what_it_counts(
        in_script: InScript) -> None:
    # the paragraph right above names the things (改造城镇老旧小区), the table's caption only
    # a date: its 新开工小区数 counts them, each row's region's (not the paragraph's 等2个
    # 地区, a count of regions)
    text = in_script(
        "2024年,全国计划新开工改造城镇老旧小区5万个。1—5月份,全国新开工改造城镇老旧小区2万个。"
        "分地区看,江苏、山东等2个地区开工率超过50%。\n(截至2024年5月末)\n"
        "序号 地区 新开工小区数(个) 开工率\n1 江苏 982 94.8%\n2 山东 3269 81.0%\n"
        "3 河北 869 48.5%\n")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "old_communities_renovated" and f.region != "100000"}
    assert got == {("320000", Decimal("982")), ("370000", Decimal("3269")),
                   ("130000", Decimal("869"))}


def test_a_bar_streams_groups_after_an_empty_corner_stand_over_their_columns(
        in_script: InScript) -> None:
    # 表2 … / 单位 / | (the names' column's corner, empty) / 地区生产总值 | 第二产业 |
    # 第三产业 | / ||| / 总量 | 增长 three times: each group over its two columns, not the
    # caption's words over all of them
    groups = ("地区生产总值", "第二产业", "第三产业")
    rows = (("全市", "23628.60", "6.8", "6454.00", "5.5", "16923.21", "7.5"),
            ("越秀区", "3135.47", "6.1", "67.93", "-2.3", "3066.47", "6.4"),
            ("海珠区", "1935.05", "8.0", "203.28", "4.1", "1729.70", "8.5"),
            ("天河区", "5047.39", "7.1", "518.80", "3.9", "4527.96", "7.5"))
    text = in_script(
        "广州市统计局\n2020年4月1日\n表2 2019年分区地区生产总值\n单位:亿元 %\n|\n"
        + "".join(f"{g} |\n" for g in groups) + "|||\n" + "总量 |\n增长 |\n" * 3 + "|\n"
        + "".join(f"{c} |\n" for row in rows for c in row))
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text).facts if f.indicator != "other"}
    assert got == {
        (region, "gdp", measure, Decimal(value) * (100000000 if measure == "level" else 1))
        for region, row in (("440100", rows[0]), ("440104", rows[1]), ("440105", rows[2]),
                            ("440106", rows[3]))
        for measure, value in (("level", row[1]), ("growth", row[2]))}
