"""Name/value lists as statistics pages' text copies give them, bulletin tables with a
units row, and index rows on a base of 100: tables written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.extract.scripts import InScript

import plantrack
from plantrack.extract.tablegrid import find_grids
from plantrack.model import Extraction
from plantrack.testing import run_extractor

# one cell per line, blank lines between the cells, a line of spaces (" ") for an empty cell;
# group lines carry the unit of the rows under them, deeper rows are parts of the row above
LIST = "\n\n".join((
    '2022年南通市国民经济和社会发展总量指标表',
    '指   标',
    '总量指标',
    '经济核算(亿元)',
    ' ',
    ' 地区生产总值',
    '11379.6',
    '  第一产业',
    '517.7',
    ' 人均地区生产总值(元)',
    '146000',
    '对外贸易',
    ' ',
    ' 进出口总额(万美元)',
    '5000000',
    '  #出口额',
    '3500000',
    '财政(亿元)',
    ' ',
    ' 公共财政收入',
    '650.2',
    '价格指数(上年=100)',
    ' ',
    ' 居民消费价格总指数',
    '102.1*',
    ' 固定资产投资价格指数',
    '101.0',
    ' 工业生产者出厂价格指数',
    '97.5',
)) + "\n"
LIST_TRADITIONAL = "\n\n".join((
    '2022年南通市國民經濟和社會發展總量指標表',
    '指   標',
    '總量指標',
    '經濟核算(億元)',
    ' ',
    ' 地區生產總值',
    '11379.6',
    '  第一產業',
    '517.7',
    ' 人均地區生產總值(元)',
    '146000',
    '對外貿易',
    ' ',
    ' 進出口總額(萬美元)',
    '5000000',
    '  #出口額',
    '3500000',
    '財政(億元)',
    ' ',
    ' 公共財政收入',
    '650.2',
    '價格指數(上年=100)',
    ' ',
    ' 居民消費價格總指數',
    '102.1*',
    ' 固定資產投資價格指數',
    '101.0',
    ' 工業生產者出廠價格指數',
    '97.5',
)) + "\n"
LIST_FACTS = {
    ("result", "gdp", "level", Decimal("1137960000000"), "2022"),
    ("result", "foreign_trade", "level", Decimal("50000000000"), "2022"),
    ("result", "exports", "level", Decimal("35000000000"), "2022"),
    ("result", "general_budget_revenue", "level", Decimal("65020000000"), "2022"),
    ("result", "cpi", "growth", Decimal("2.1"), "2022"),
    # rows the catalogue names as what they are: per capita, and two price indices
    # (上年=100: growth), not GDP or investment growth
    ("result", "gdp_per_capita", "level", Decimal("146000"), "2022"),
    ("result", "ppi", "growth", Decimal("-2.5"), "2022"),
    ("result", "fai_price", "growth", Decimal("1.0"), "2022"),
}


def facts_of(extraction: Extraction) -> set[tuple[object, ...]]:
    return {(f.kind, f.indicator, f.measure, f.quantity.value, str(f.period))
            for f in extraction.facts}


@pytest.mark.parametrize("text", [LIST, LIST_TRADITIONAL], ids=["simplified", "traditional"])
def test_a_name_value_list_with_groups_units_and_an_index(text: str) -> None:
    extraction = plantrack.extract(text)
    # no GDP from 第一产业 (a part of it) nor from 人均地区生产总值 (per capita); no
    # investment growth from an investment price index
    assert facts_of(extraction) == LIST_FACTS
    assert {(f.region, f.region_name) for f in extraction.facts} == {("320600", "南通市")}
    for fact in extraction.facts:
        assert fact.provenance.grounded_in(text)


def test_list_quotes_run_from_the_name_to_the_value() -> None:
    quotes = {f.indicator: f.provenance.quote for f in plantrack.extract(LIST).facts}
    assert quotes["gdp"] == "地区生产总值\n\n11379.6"
    assert quotes["exports"] == "出口额\n\n3500000"  # the # mark is no part of the name
    assert quotes["cpi"] == "居民消费价格总指数\n\n102.1"  # nor the footnote mark
    assert quotes["foreign_trade"] == "进出口总额(万美元)\n\n5000000"


def test_the_list_grid_keeps_group_lines_as_rows_of_their_name() -> None:
    (grid,) = find_grids(LIST)
    assert grid.header_rows == 1
    assert grid.caption == "2022年南通市国民经济和社会发展总量指标表"
    assert [c.text for c in grid.rows[0]] == ["指   标", "总量指标"]
    assert [c.text for c in grid.rows[1]] == ["经济核算(亿元)", ""]
    assert [c.text for c in grid.rows[2]] == ["地区生产总值", "11379.6"]
    assert grid.end == len(LIST.rstrip())


def test_a_compact_list_without_blank_lines() -> None:
    text = ("2021年南通市主要指标\n指标\n绝对数\n财政(亿元)\n 一般公共预算收入\n300.5\n"
            "  #税收收入\n250.1\n对外经济\n 实际利用外资(亿美元)\n12.5\n")
    extraction = run_extractor("table", text, year=2021)
    assert facts_of(extraction) == {
        ("result", "general_budget_revenue", "level", Decimal("30050000000"), "2021"),
        ("result", "tax_revenue", "level", Decimal("25010000000"), "2021"),  # #: a part
        ("result", "foreign_investment_actual", "level", Decimal("1250000000"), "2021")}


def test_a_groups_unit_ends_with_the_group() -> None:
    # 对外贸易 opens a group of its own: 亿元 does not reach 进出口总额
    text = ("2021年主要指标\n指标\n总量\n财政(亿元)\n 一般公共预算收入\n300.5\n对外贸易\n"
            " 进出口总额\n100\n")
    extraction = run_extractor("table", text, year=2021)
    assert {f.indicator for f in extraction.facts} == {"general_budget_revenue"}


def test_a_list_ends_at_prose() -> None:
    text = ("2021年主要指标\n指标\n总量\n财政(亿元)\n 一般公共预算收入\n300.5\n"
            "全年全市一般公共预算收入增长5.2%，税收占比提高。\n")
    (grid,) = find_grids(text)
    assert len(grid.rows) == 3
    assert not grid.rows[-1][0].text.startswith("全年")


def test_a_header_word_alone_is_no_list() -> None:
    assert find_grids("指标\n完成\n各项工作稳步推进。\n") == []
    assert find_grids("指标\n\n总量\n\n地区生产总值\n\n稳中有进\n") == []


@pytest.mark.parametrize("text", [
    "指标\n绝对数(亿元)\n比上年增长(%)\n地区生产总值\n3000.5\n6.1\n第一产业\n200.1\n3.2\n",
    "指標\n絕對數(億元)\n比上年增長(%)\n地區生產總值\n3000.5\n6.1\n第一產業\n200.1\n3.2\n",
], ids=["simplified", "traditional"])
def test_a_bulletin_table_of_absolute_numbers_and_growth(text: str) -> None:
    extraction = run_extractor("table", "2021年统计公报\n表1 地区生产总值\n" + text, year=2021)
    assert facts_of(extraction) == {
        ("result", "gdp", "level", Decimal("300050000000"), "2021"),
        ("result", "gdp", "growth", Decimal("6.1"), "2021")}


def test_a_units_row_under_the_header() -> None:
    text = ("| 指标 | 绝对数 | 比上年增长 |\n|  | 亿元 | % |\n"
            "| 地区生产总值 | 11379.6 | 2.1 |\n| 一般公共预算收入 | 650.2 | 5.3 |\n")
    extraction = run_extractor("table", text, year=2022)
    assert facts_of(extraction) == {
        ("result", "gdp", "level", Decimal("1137960000000"), "2022"),
        ("result", "gdp", "growth", Decimal("2.1"), "2022"),
        ("result", "general_budget_revenue", "level", Decimal("65020000000"), "2022"),
        ("result", "general_budget_revenue", "growth", Decimal("5.3"), "2022")}


def test_an_index_column_on_last_years_base() -> None:
    text = ("| 指标 | 指数(上年=100) |\n| 居民消费价格指数 | 98.6 |\n"
            "| 地区生产总值 | 106.1 |\n")
    extraction = run_extractor("table", text, year=2022)
    # an index on a base of 100 is a growth: a price index's, and an output's volume
    # index (地区生产总值指数 106.1: a real growth of 6.1%), never a level
    assert facts_of(extraction) == {("result", "cpi", "growth", Decimal("-1.4"), "2022"),
                                    ("result", "gdp", "growth", Decimal("6.1"), "2022")}


def test_a_change_column_beside_an_index_under_a_caption_on_last_years_base(
        in_script: InScript) -> None:
    # 居民消费价格指数(以上年为100) over 价格指数 | 比上年±%: the base is the index
    # column's; the change column's 1.2 is the same rise of 1.2 %, never an index of 1.2
    text = ("表1  居民消费价格指数(以上年为100)\n项  目 价格指数 比上年±%\n"
            "居民消费价格总指数 101.2 1.2\n  # 食品烟酒 100.3 0.3\n    衣着 102.8 2.8\n")
    text = in_script(text)
    extraction = run_extractor("table", text, year=2021)
    assert facts_of(extraction) == {("result", "cpi", "growth", Decimal("1.2"), "2021")}


def test_a_spaced_table_with_a_worded_column_and_approximate_targets() -> None:
    # a plan-execution table copied from a page: one cell per line, blank lines between,
    # a 指标属性 column of words, targets written 7左右; a rate under 增长(%) is the rate
    cells = ["表1:2019年主要预期目标完成情况", "指标名称", "2019年目标增长(%)",
             "2019年实际增长(%)", "指标属性", "地区生产总值", "7左右", "6.8", "预期性",
             "研究与试验发展经费支出占地区生产总值比重", "3.4左右", "3.4左右", "预期性"]
    text = "\n\n".join(cells) + "\n"
    facts = {(f.kind, f.indicator, f.measure, f.quantity.value, f.quantity.comparator)
             for f in plantrack.extract(text, year=2020, region="330100").facts}
    assert facts == {
        ("target", "gdp", "growth", Decimal("7"), "~"),
        ("result", "gdp", "growth", Decimal("6.8"), "="),
        ("target", "rd_intensity", "level", Decimal("3.4"), "~"),
        ("result", "rd_intensity", "level", Decimal("3.4"), "~")}


def test_bare_months_over_groups_of_columns_one_cell_a_line() -> None:
    # a monthly release's table copied cell by cell, its header's 月 lost (3 | 1-3 over
    # 绝对量(亿元) | 同比增长(%) each, the unit on a line of its own)
    cells = ["2019年1-3月份社会消费品零售总额主要数据", "指 标", "3", "1-3", "绝对量",
             "(亿元)", "同比增长(%)", "绝对量", "(亿元)", "同比增长(%)",
             "社会消费品零售总额", "31726", "8.7", "97790", "8.3"]
    periods = {(f.measure, f.quantity.value, str(f.period))
               for f in plantrack.extract("\n\n".join(cells) + "\n", year=2019,
                                          region="100000").facts}
    assert periods == {("level", Decimal("3172600000000"), "2019-03"),
                       ("growth", Decimal("8.7"), "2019-03"),
                       ("level", Decimal("9779000000000"), "2019-01..2019-03"),
                       ("growth", Decimal("8.3"), "2019-01..2019-03")}


def test_figures_one_a_line_that_name_no_region_are_prose_no_ranked_list() -> None:
    text = "固定资产投资增长4.1%\n规上工业增加值增长1%\n进出口总额增长7.3%\n"
    facts = plantrack.extract(text, region="610000", year=2021).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("fixed_asset_investment", Decimal("4.1")), ("industrial_value_added", Decimal(1)),
        ("foreign_trade", Decimal("7.3"))}


@pytest.mark.parametrize("text", [
    ("2023年前三季度部分省份GDP\n\n排名、 省份、 前三季度GDP增速、 前三季度GDP(亿元)、"
     " 全年增速目标\n\n1、甘肃:6.4%、8455.6、6%\n\n2、内蒙古:7.3%、17512.9、6%\n"),
    ("2023年前三季度部分省份GDP\n\n排名、 省份、 前三季度GDP增速、 前三季度GDP(億元)、"
     " 全年增速目標\n\n1、甘肅:6.4%、8455.6、6%\n\n2、內蒙古:7.3%、17512.9、6%\n"),
], ids=["simplified", "traditional"])
def test_a_table_typed_as_a_list_between_enumeration_commas(text: str) -> None:
    # a news page's table of provinces, a province a line: its cells between 、 and the
    # name's colon, under a header cut the same way
    grids = find_grids(text)
    assert [[c.text for c in row] for row in grids[0].rows][1:] == [
        ["1", "甘肃" if "甘肃" in text else "甘肅", "6.4%", "8455.6", "6%"],
        ["2", "内蒙古" if "内蒙古" in text else "內蒙古", "7.3%", "17512.9", "6%"]]
    facts = plantrack.extract(text, year=2023, region="100000").facts
    assert {(f.kind, f.region, f.measure, f.quantity.value, str(f.period)) for f in facts
            if f.indicator == "gdp"} == {
        ("result", "620000", "growth", Decimal("6.4"), "2023-01..2023-09"),
        ("result", "620000", "level", Decimal("845560000000"), "2023-01..2023-09"),
        ("target", "620000", "growth", Decimal("6"), "2023"),
        ("result", "150000", "growth", Decimal("7.3"), "2023-01..2023-09"),
        ("result", "150000", "level", Decimal("1751290000000"), "2023-01..2023-09"),
        ("target", "150000", "growth", Decimal("6"), "2023")}
    for f in facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_a_list_of_items_between_enumeration_commas_in_a_sentence_is_no_table() -> None:
    text = ("2023年,全省工业、投资、消费增长较快。\n重点抓好交通、水利、能源等项目,"
            "全年固定资产投资增长6%。\n")
    assert find_grids(text) == []


def test_a_line_of_noise_inside_rows_of_one_cell_a_line() -> None:
    # an ad a page's copy took in between two rows (保山某某医院) is skipped, not read as
    # a row's name with the next row's cells after it
    text = ("各地2016年GDP增长预期和实际增幅\n省份\n2016GDP增长预期\n2016GDP实际增幅\n"
            "西藏\n10%以上\n11.5%\n重庆\n10%左右\n10.7%\n保山某某专科医院\n贵州\n10%\n10.5%\n"
            "天津\n9%\n9%左右\n")
    got = {(f.region, f.kind, f.quantity.value) for f in plantrack.extract(text).facts}
    assert ("520000", "result", Decimal("10.5")) in got
    assert ("120000", "target", Decimal("9")) in got
    assert len(got) == 8


def test_a_ranked_list_whose_items_a_blank_line_parts() -> None:
    text = ("据某市财政局数据:1-8月份,全市一般公共预算收入(以下简称财政收入)完成49.37亿元。\n\n"
            "再看看1-8月份各区县财政收入完成“成绩单”:\n\n"
            "1.安岳县13.57亿元\n\n2.雁江区12.45亿元\n\n3.乐至县5.84亿元\n\n此外,市级收入完成17.51亿元。\n")
    facts = plantrack.extract(text, year=2024, region="512000").facts
    assert {(f.region_name, f.indicator, str(f.period), f.quantity.value) for f in facts
            if f.region_name != "资阳市"} == {
        ("安岳县", "general_budget_revenue", "2024-01..2024-08", Decimal("1357000000")),
        ("雁江区", "general_budget_revenue", "2024-01..2024-08", Decimal("1245000000")),
        ("乐至县", "general_budget_revenue", "2024-01..2024-08", Decimal("584000000"))}


def test_a_ranked_list_under_a_header_line_takes_its_columns() -> None:
    # more bare values a line than labels say: the header line above names each column;
    # its GDP column is the GDP, though the caption ranks the GDP per head
    text = ("2009年广东省各市人均GDP排名\n排名 城市 GDP(人民币) 增长率 08年人口(万) 人均GDP\n"
            "01、深圳:8310亿,增长10.5% 876.83 94773.22\n02、广州:9080亿,增长11% 1018.20 89194.50\n"
            "03、佛山:4742亿,增长13.5% 595.29 79658.65\n")
    facts = plantrack.extract(text, region="440000").facts
    got = {(f.region_name, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert {("深圳市", "gdp", "level", Decimal("831000000000")),
            ("深圳市", "gdp", "growth", Decimal("10.5")),
            ("广州市", "gdp", "level", Decimal("908000000000")),
            ("佛山市", "gdp", "growth", Decimal("13.5"))} <= got
    assert {(f.indicator, str(f.period)) for f in facts} <= {("gdp", "2009"),
                                                             ("gdp_per_capita", "2009")}
    assert ("深圳市", "gdp_per_capita", "level", Decimal("94773.22")) in got


def test_two_ranked_lists_printed_side_by_side() -> None:
    text = ("05年上半年生产总值(单位:亿元)\n长三角--------------------------珠三角\n"
            "1、上海 3930.64-----------胜-----------1、广州 2103.21\n"
            "2、苏州 1961.01-----------胜-----------2、深圳 1894.75\n"
            "3、杭州 1300.43-----------胜-----------3、佛山 1024.50\n")
    facts = plantrack.extract(text).facts
    assert {str(f.period) for f in facts} == {"2005H1"}  # (05年: 2005)
    assert {(f.region_name, f.indicator, f.quantity.value) for f in facts} == {
        ("上海市", "gdp", Decimal("393064000000")), ("广州市", "gdp", Decimal("210321000000")),
        ("苏州市", "gdp", Decimal("196101000000")), ("深圳市", "gdp", Decimal("189475000000")),
        ("杭州市", "gdp", Decimal("130043000000")), ("佛山市", "gdp", Decimal("102450000000"))}
    assert {f.provenance.quote for f in facts} >= {"上海 3930.64", "广州 2103.21"}


def test_a_ranked_list_whose_ranks_a_space_parts_from_the_names() -> None:
    text = ("2019年中国15个副省级城市综合实力排名\n\n序号 城市 2019年GDP(亿元)\n1 深圳 26927.09\n"
            "2 广州 23628.6\n3 成都 17012.65\n4 武汉 16223.21\n")
    got = {(f.region_name, f.indicator, f.quantity.value)
           for f in plantrack.extract(text).facts}
    assert got == {("深圳市", "gdp", Decimal("2692709000000")),
                   ("广州市", "gdp", Decimal("2362860000000")),
                   ("成都市", "gdp", Decimal("1701265000000")),
                   ("武汉市", "gdp", Decimal("1622321000000"))}


def test_a_ranked_list_takes_the_indicator_its_pages_title_names() -> None:
    text = ("山东16地市2024年1-5月财政收入:青岛逼近600亿\n\n"
            "数据显示:1-5月份,全省一般公共预算收入(以下简称财政收入)完成3499.06亿元,同比增长5.0%。"
            "其中,税收收入完成2341.1亿元,同比下降1.1%。\n\n其下辖16地市按总量高低依次排序为:\n\n"
            "1.青岛市595.32亿元同比增长0.6%\n\n2.济南市516.39亿元同比增长5.2%\n\n"
            "3.烟台市342.30亿元同比增长3.0%\n")
    got = {(f.region_name, f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="370000").facts}
    assert {("青岛市", "general_budget_revenue", "level", "2024-01..2024-05",
             Decimal("59532000000")),
            ("烟台市", "general_budget_revenue", "growth", "2024-01..2024-05",
             Decimal("3.0"))} <= got


def test_a_ranked_list_under_its_header_line_wins_over_a_yearbook_reading() -> None:
    # lines ending in two numbers look like a yearbook's rows; the list's own header line
    # names each column, and a row of an odd width ends the list, not the table
    text = ("2017上半年中国主要城市GDP排行榜Top20\n"
            "排名 城市 2017年上半年GDP(亿元) 增速(%) 人均GDP(元)\n"
            "1、上海 13908.57 6.9 57600\n2、北京 12406.80 6.8 57100\n3、广州 9897.48 8.2 70400\n"
            "4、深圳 9109.02 8.6 81500\n")
    got = {(f.region_name, f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text).facts if f.indicator == "gdp"}
    assert got == {
        ("上海市", "gdp", "level", "2017H1", Decimal("1390857000000")),
        ("上海市", "gdp", "growth", "2017H1", Decimal("6.9")),
        ("北京市", "gdp", "level", "2017H1", Decimal("1240680000000")),
        ("北京市", "gdp", "growth", "2017H1", Decimal("6.8")),
        ("广州市", "gdp", "level", "2017H1", Decimal("989748000000")),
        ("广州市", "gdp", "growth", "2017H1", Decimal("8.2")),
        ("深圳市", "gdp", "level", "2017H1", Decimal("910902000000")),
        ("深圳市", "gdp", "growth", "2017H1", Decimal("8.6"))}


def test_a_ranked_list_whose_ranks_end_in_a_comma() -> None:
    text = ("2011年广东各市地区生产总值:\n\n1,广州12380亿元;\n\n2,深圳11000亿元;\n\n"
            "3,佛山6600亿元;\n")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("广州市", Decimal("1238000000000")), ("深圳市", Decimal("1100000000000")),
                   ("佛山市", Decimal("660000000000"))}


def test_a_ranked_list_with_notes_closing_its_lines_and_a_row_of_another_shape() -> None:
    text = ("排名 城市 2012年GDP 较2011年增长率 (省、直辖市、特区)\n\n"
            "1、 上海市 20101.33亿元 增长 7.5% (沪)\n2、 北京市 17801.02亿元 增长 7.7% (京)\n"
            "香港 20401.00亿港元(约16598亿元) 增长 1.4% (港)\n"
            "3、 广州市 13551.21亿元 增长10.5% (广东1)\n"
            "4、 深圳市 12950.08亿元 增长10.0% (广东2)\n")
    got = {(f.region_name, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}
    assert {("上海市", "level", Decimal("2010133000000")), ("上海市", "growth", Decimal("7.5")),
            ("广州市", "growth", Decimal("10.5")),
            ("深圳市", "level", Decimal("1295008000000"))} <= got
    assert not any(v == Decimal(1) or v == Decimal(2) for _, _, v in got)  # (广东1): a note


def test_a_ranked_list_under_a_long_paragraph_whose_last_sentence_opens_it() -> None:
    text = ("2015年中国国内生产总值达676708亿元,比上年增长6.9%,为1990年以来首次破7。城市方面:"
            "截至2016年1月19日,全国大部分城市的2015年经济运行数据已经公布,根据信息汇总,"
            "2015年中国城市GDP10强排名如下:\n\n"
            "1、上海25300亿元,同比增长6.8%(人口:2425万)\n\n"
            "2、北京23000亿元,同比增长6.7%(人口:2168万)\n\n"
            "3、广州(广东)18100亿元,同比增长8.3%(人口:1667万)\n")
    got = {(f.region_name, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text).facts if f.region_name != "全国"}
    assert got == {("上海市", "gdp", "level", Decimal("2530000000000")),
                   ("上海市", "gdp", "growth", Decimal("6.8")),
                   ("北京市", "gdp", "level", Decimal("2300000000000")),
                   ("北京市", "gdp", "growth", Decimal("6.7")),
                   ("广州市", "gdp", "level", Decimal("1810000000000")),
                   ("广州市", "gdp", "growth", Decimal("8.3"))}


def test_a_ranked_list_under_a_header_cut_apart_with_a_note_column_closing_each_row() -> None:
    # 2016 年GDP (亿): one column's words a copy cut in three; 所属省份: each row's province
    text = ("2016年GDP过千亿县排行榜\n\n"
            "  名次 县市 2016 年GDP (亿) 2015年GDP (亿) 名义增速(%) 所属省份\n\n"
            "  1 昆山市 3160.29 3080.01 2.6 江苏\n\n  2 江阴市 3083.3 2880.9 7.02 江苏\n\n"
            "  3 晋江市 1744.24 1620.47 7.64 福建\n")
    got = {(f.region_name, str(f.period), f.quantity.value)
           for f in plantrack.extract(text).facts if f.measure == "level"}
    assert got == {("昆山市", "2016", Decimal("316029000000")),
                   ("昆山市", "2015", Decimal("308001000000")),
                   ("江阴市", "2016", Decimal("308330000000")),
                   ("江阴市", "2015", Decimal("288090000000")),
                   ("晋江市", "2016", Decimal("174424000000")),
                   ("晋江市", "2015", Decimal("162047000000"))}


@pytest.mark.parametrize("mark", ["NO.{} ", "No.{}:", "TOP{} "])
def test_a_countdowns_ranks_and_a_row_noise_ran_into(mark: str) -> None:
    rows = [f"{mark.format(i)}{name}" for i, name in enumerate(
        ["广州 19610.94亿元;", "深圳19492.60亿元;", "佛山8630.00亿元;", "东莞6827.67亿元;"], 1)]
    rows[1] = "某某娱乐" + rows[1]  # a spam site's words run into the row
    text = "2016年广东排名GDP城市:\n" + "\n".join(rows) + "\n"
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("广州市", Decimal("1961094000000")), ("佛山市", Decimal("863000000000")),
                   ("东莞市", Decimal("682767000000"))}


def test_a_ranked_list_under_its_header_a_unit_line_and_a_title_naming_both_measures() -> None:
    # the title says 生产总值及增长: the year's column the level, the 同比增长 one the rate
    text = ("2003年某市国民经济统计公报\n各县区生产总值及增长排序\n单位:万元\n"
            "按增速排序 县区 2003年 同比增长(±%)\n1 石泉县 64293 11.23\n2 岚皋县 54870 10.83\n"
            "3 汉滨区 359374 10.81\n")
    got = {(f.region_name, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("石泉县", "level", Decimal("642930000")),
                   ("石泉县", "growth", Decimal("11.23")),
                   ("岚皋县", "level", Decimal("548700000")),
                   ("岚皋县", "growth", Decimal("10.83")),
                   ("汉滨区", "level", Decimal("3593740000")),
                   ("汉滨区", "growth", Decimal("10.81"))}


def test_a_region_compared_with_its_bracketed_figure_has_that_figure(in_script: InScript) -> None:
    text = ("2024年上半年,永福县GDP为56.81亿元,反超了叠彩区(54.93亿元)、阳朔县(54.54亿元),"
            "非常接近秀峰区(57.28亿元)了。\n2024年,桂平市GDP为430.97亿元,"
            "大幅领先于港北区(399.24亿元)。")
    text = in_script(text)
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text, region="450300").facts
           if f.indicator == "gdp"}
    assert got == {("450326", Decimal("5681000000")), ("450303", Decimal("5493000000")),
                   ("450321", Decimal("5454000000")), ("450302", Decimal("5728000000")),
                   ("450881", Decimal("43097000000")), ("450802", Decimal("39924000000"))}


def test_regions_right_before_their_figures_after_fenbie_shi_own_them(in_script: InScript) -> None:
    text = ("2020年,地区生产总值排名前三位的市分别是昆明6733.79亿元、曲靖2959.35亿元、"
            "红河2417.48亿元。")
    text = in_script(text)
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("530100", Decimal("673379000000")), ("530300", Decimal("295935000000")),
                   ("532500", Decimal("241748000000"))}


def test_a_sentence_of_ranked_places_goes_on_about_the_indicator_before(
        in_script: InScript) -> None:
    text = ("2021年上半年各市GDP数据公布。\n青岛市位居全省第一,实现地区生产总值6539.21亿元。"
            "第二是济南,5198.75亿元,第三为烟台3918.38亿元。整体上延续了去年的排名。")
    text = in_script(text)
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("370200", Decimal("653921000000")), ("370100", Decimal("519875000000")),
                   ("370600", Decimal("391838000000"))}


def test_bracketed_figures_listed_in_order_after_a_frame_are_the_regions(
        in_script: InScript) -> None:
    text = ("一季度,按GDP总量从高到低排序,万亿之城格局依次为上海(10536.22亿元)、"
            "北京(9947.7亿元)、深圳(7772.19亿元)。")
    text = in_script(text)
    got = {(f.region, f.quantity.value)
           for f in plantrack.extract(text, region="100000", year=2023).facts}
    assert got == {("310000", Decimal("1053622000000")), ("110000", Decimal("994770000000")),
                   ("440300", Decimal("777219000000"))}


def test_items_listed_after_a_count_of_regions_keep_their_own_figures() -> None:
    text = ("2024年一季度,全省共有13个县(市)GDP达标,它们依次为邵东市(179.1亿)、"
            "湘乡市(136.86亿)。")
    got = {(f.region, f.quantity.value)
           for f in plantrack.extract(text, region="430000").facts}
    assert got == {("430582", Decimal("17910000000")), ("430381", Decimal("13686000000"))}


def test_a_count_of_regions_or_a_figure_picking_out_members_is_no_regions_figure(
        in_script: InScript) -> None:
    text = ("2023年云南省县区财政收入排名\n\n34个县区财政收入超10亿\n\n9县区财政收入增速超100%"
            "\n\n云南省有34个县区2023年的财政收入超过了10亿元,但全省没有一个财政收入超过50亿元"
            "的县区。2023年GDP超过万亿元的城市有26个。\n\n安宁市2023年财政收入47.16亿元。")
    text = in_script(text)
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("530181", Decimal("4716000000"))}
    # the regions a count sums up, named right before it, each keep their own figure
    text = ("2023年,武鸣区、良庆区、兴宁区三区GDP总量分别为423.65亿元、420.74亿元、"
            "419.48亿元。")
    text = in_script(text)
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("450110", Decimal("42365000000")), ("450108", Decimal("42074000000")),
                   ("450102", Decimal("41948000000"))}
    # members named after the figure that picks them out are its regions
    text = "2023年规上工业增加值目标为增长8%以上的地市有郑州、周口。"
    text = in_script(text)
    got = {f.region for f in plantrack.extract(text).facts}
    assert got == {"410100", "411600"}


def test_a_walk_through_cities_saying_a_decline_a_mark_not_reached_and_a_rate_after(
        in_script: InScript) -> None:
    text = ("2024年1-4月福建省各地市进出口排名。\n\n厦门前4月进出口总额同比出现了下滑,"
            "下滑幅度达到6.4%。\n\n泉州进出口总额虽未达千亿,却也是相距不远,达到了931.96亿元。"
            "与上年同期相比,泉州进出口总额实现了20.5%的同比增长。\n\n宁德进出口总额未达500亿元,"
            "但达到了419.49亿元。宁德进出口总额实现了12.2%的大幅增长。\n\n南京和武汉进出口相差不大。")
    text = in_script(text)
    got = {(f.region, f.measure, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("350200", "growth", Decimal("-6.4"), "="),
                   ("350500", "level", Decimal("93196000000"), "="),
                   ("350500", "growth", Decimal("20.5"), "="),
                   ("350900", "level", Decimal("41949000000"), "="),
                   ("350900", "growth", Decimal("12.2"), "=")}


def test_a_list_after_a_lead_in_naming_no_indicator_is_of_the_one_named_above(
        in_script: InScript) -> None:
    text = ("内蒙古各地2024年1月财政表现\n\n1月份,全区一般公共预算收入完成366.2亿元,下降17.1%,"
            "扣除上年一次性因素,增长4.1%。其中,税收收入完成253.6亿元,下降31.1%;非税收入完成"
            "112.6亿元,增长52.2%。\n\n那么,其下辖各盟市又各自表现如何呢?下面一起来了解一下吧。"
            "\n\n1.鄂尔多斯(101.6亿元 同比增长-32.0%下同)、2.呼和浩特(25.94亿元 18.54%)。\n")
    text = in_script(text)
    got = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(text).facts if f.region != "150000"}
    assert got == {
        ("150600", "general_budget_revenue", "level", Decimal("10160000000"), "2024-01"),
        ("150600", "general_budget_revenue", "growth", Decimal("-32.0"), "2024-01"),
        ("150100", "general_budget_revenue", "level", Decimal("2594000000"), "2024-01"),
        ("150100", "general_budget_revenue", "growth", Decimal("18.54"), "2024-01")}


def test_an_increment_noun_gives_no_level_and_an_only_opens_a_bare_clause(
        in_script: InScript) -> None:
    text = ("2021年甘肃各市GDP。\n\n庆阳市的GDP增量为130.54亿。甘南州的GDP总量则相对较低,"
            "2021年仅为158.04亿。\n")
    text = in_script(text)
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("623000", "level", Decimal("15804000000"))}


def test_clauses_after_a_regions_figure_go_on_about_that_region(in_script: InScript) -> None:
    text = ("2024年1月常州市财政收支情况。\n\n分地区一般公共预算收入完成情况:其中:金坛区完成"
            "10.4亿元,同比增收0.4亿元,增长4.0%;武进区(不含经开区)完成28.2亿元,同比增收1.1亿元,"
            "增长3.9%;新北区完成27.7亿元,同比增收1.1亿元,增长4.1%;钟楼区完成7.5亿元,同比减收"
            "1.7亿元,下降18.9%。\n")
    text = in_script(text)
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region in ("320413", "320411", "320404")}
    assert got == {("320413", "level", Decimal("1040000000")),
                   ("320413", "growth", Decimal("4.0")),
                   ("320411", "level", Decimal("2770000000")),
                   ("320411", "growth", Decimal("4.1")),
                   ("320404", "level", Decimal("750000000")),
                   ("320404", "growth", Decimal("-18.9"))}


def test_a_rate_after_a_semicolon_past_a_remark_goes_on_about_the_region_that_led(
        in_script: InScript) -> None:
    text = ("2022年郑州市各县(市、区)经济运行情况。\n从地区生产总值看,荥阳市实现612.3亿元,"
            "继续领跑;同比增长5.1%,增速居全市第三。巩义市以587.6亿元位居第二。\n")
    text = in_script(text)
    got = {(f.region, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="410100").facts}
    assert got == {("410182", "level", Decimal("61230000000")),
                   ("410182", "growth", Decimal("5.1")),
                   ("410181", "level", Decimal("58760000000"))}


def test_a_list_of_counties_under_a_lead_in_naming_their_groups_and_zones(
        in_script: InScript) -> None:
    # 县市区 is the groups' word (市区 in it no urban scope); 开发区 is one of the groups
    text = ("2009年临沂市生产总值完成2011.3亿元。2009年各县市区、市属开发区生产总值完成情况:"
            "兰山区312.5亿元,罗庄区156.2亿元,临沂经济技术开发区80.1亿元。其中市区生产总值"
            "602.4亿元。\n")
    text = in_script(text)
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert ("371302", "gdp", Decimal("31250000000")) in got
    assert ("371311", "gdp", Decimal("15620000000")) in got
    assert ("371300", "gdp", Decimal("201130000000")) in got
    assert not any(value == Decimal("60240000000") and indicator == "gdp"
                   for _, indicator, value in got)


def test_regions_sharing_a_rate_and_a_member_named_after_its_groups_count(
        in_script: InScript) -> None:
    text = in_script("2022年,丽水经济稳进提质。在浙江山区26县中,松阳县生产总值增长7.3%,居第1位;"
                     "遂昌县、庆元县GDP均增长5.9%,并列第4位。")
    got = {(f.region_name, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="331100").facts}
    assert got == {("松阳县", "growth", Decimal("7.3")), ("遂昌县", "growth", Decimal("5.9")),
                   ("庆元县", "growth", Decimal("5.9"))}


def test_regions_listed_before_an_order_word_take_the_figures_after_it_in_turn(
        in_script: InScript) -> None:
    # the indicator named alone by the sentence before; the second list (增长423元…) is
    # the changes, no level
    text = in_script("今年上半年全市农村居民人均可支配收入5021元,增长8.2%。最高的韩城市上半年农村"
                     "居民人均可支配收入为5935元。华阴市、华州区和临渭区依次为5805元、5389元和"
                     "5166元,较上年同期增长423元、402元和385元。")
    got = {(f.region, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="610500", year=2017).facts}
    assert got == {("610500", "level", Decimal("5021")), ("610500", "growth", Decimal("8.2")),
                   ("610581", "level", Decimal("5935")), ("610582", "level", Decimal("5805")),
                   ("610503", "level", Decimal("5389")), ("610502", "level", Decimal("5166"))}


def test_a_numbered_item_running_its_figure_on_after_the_name() -> None:
    text = ("2021年各省GDP排名出炉,一起来看看吧:\n\n1、广东 124369.67亿元 比上年增长8.0%\n\n"
            "广东经济总量连续33年居全国首位。\n\n2、江苏 116364.2亿元 比上年增长8.6%\n\n"
            "江苏经济总量稳居全国第二。\n")
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}
    assert ("440000", "level", Decimal("12436967000000")) in got
    assert ("320000", "level", Decimal("11636420000000")) in got


def test_districts_named_with_their_city_count_once_in_a_list(in_script: InScript) -> None:
    text = ("2023年浙江各区县GDP排名。GDP总量居前的还有宁波北仑区、杭州上城区和宁波慈溪市,"
            "2023年GDP总量分别为2729.2亿元、2668.5亿元和2639.5亿元。")
    text = in_script(text)
    got = {(f.region, f.quantity.value)
           for f in plantrack.extract(text, region="330000").facts}
    assert got == {("330206", Decimal("272920000000")), ("330102", Decimal("266850000000")),
                   ("330282", Decimal("263950000000"))}


def test_regions_ranked_by_a_figure_then_a_mark_or_a_rate_they_reach(in_script: InScript) -> None:
    text = ("2025年桂林财政收入150.65亿元,同比增长18.6%。钦州则以101.64亿元首次突破百亿大关,"
            "跃升至第五。2025年,崇左以24.9%的惊人成长率,领先全区多地。")
    text = in_script(text)
    got = {(f.region, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="450000").facts}
    assert ("450700", "level", Decimal("10164000000")) in got
    assert ("451400", "growth", Decimal("24.9")) in got


def test_numbered_items_each_over_a_paragraph_read_with_the_list_above(in_script: InScript) -> None:
    text = ("中国2024年GDP最高的十座城市\n\n1、上海市3.44万亿元\n\n上海作为中国的经济中心,"
            "继续保持领先地位。\n\n2、北京市3.35万亿元\n\n北京作为政治中心,发展强劲。\n")
    text = in_script(text)
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("310000", "gdp", Decimal("3440000000000")),
                   ("110000", "gdp", Decimal("3350000000000"))}
    # a section whose last sentence gives a figure of its own is no lead of the next
    text = ("2021年贵州五市州\n\n安顺市(1078.91亿元)\n\n安顺2021年农村居民人均可支配收入"
            "12000元。\n\n铜仁市(1462.65亿元)\n\n铜仁是旅游城市。\n")
    text = in_script(text)
    assert not [f for f in plantrack.extract(text).facts
                if f.indicator == "rural_disposable_income" and f.region == "520600"]


def test_a_rate_list_after_fenbie_takes_the_growth_word_said_after_the_regions(
        in_script: InScript) -> None:
    text = in_script("2017年济南各区县GDP排名。从GDP增长幅度来看,济南市GDP增长8%。"
                     "济阳县、章丘区、市中区更是以高增速(分别为10.07%、9.4%、9.3%)领跑全市。")
    got = {(f.region, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="370100").facts}
    assert got == {("370100", "growth", Decimal("8")), ("370115", "growth", Decimal("10.07")),
                   ("370114", "growth", Decimal("9.4")), ("370103", "growth", Decimal("9.3"))}


def test_a_rate_list_after_fenbie_takes_the_indicator_named_earlier_in_its_sentence(
        in_script: InScript) -> None:
    # the indicator stands in a clause of its own, with no figure, before the list
    text = in_script("2017年济南各区县GDP排名。济南的GDP增幅成绩亮眼,9个县(区)的增幅排进了全省前"
                     "50名,济阳县、章丘区、市中区更是以高增速(分别为10.07%、9.4%、9.3%)领跑全市。")
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="370100").facts}
    assert got == {("370115", "gdp", "growth", Decimal("10.07")),
                   ("370114", "gdp", "growth", Decimal("9.4")),
                   ("370103", "gdp", "growth", Decimal("9.3"))}


def test_an_indicator_given_its_own_figure_earlier_in_the_sentence_is_not_carried(
        in_script: InScript) -> None:
    text = in_script("2017年济南各区县GDP排名。济南的GDP增长8%,济阳县、章丘区更是以高速度"
                     "(分别为10.07%、9.4%)领跑全市。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text, region="370100").facts}
    assert got == {("370100", Decimal("8"))}


def test_a_pictures_placeholder_between_a_lead_in_and_its_list_is_passed_over(
        in_script: InScript) -> None:
    text = in_script("江西最有钱的10大区县\n"
                     "根据江西2022年公布的各区县GDP数据来看,从高到低依次排列为:\n(资料图)\n"
                     "青山湖区(2466亿元),南昌县(1280.35亿元),章贡区(1154.61亿元)。\n")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("360111", "gdp", Decimal("246600000000")),
                   ("360121", "gdp", Decimal("128035000000")),
                   ("360702", "gdp", Decimal("115461000000"))}


def test_a_regions_scope_in_brackets_keeps_its_figure_and_the_lists_later_items(
        in_script: InScript) -> None:
    text = in_script("潍坊市2021年国民经济和社会发展统计公报\n各县市区、市属开发区生产总值完成情况:"
                     "潍城区364.0亿元,寒亭区(含经济开发区)270.3亿元,坊子区211.6亿元,"
                     "高新技术产业开发区615.7亿元。")
    got = {(f.region, f.indicator, f.quantity.value, str(f.period))
           for f in plantrack.extract(text, region="370700").facts}
    assert got == {("370702", "gdp", Decimal("36400000000"), "2021"),
                   ("370703", "gdp", Decimal("27030000000"), "2021"),
                   ("370704", "gdp", Decimal("21160000000"), "2021")}


def _plan_table(header: list[str], rows: list[str]) -> str:
    return ("某市2015年上半年国民经济和社会发展计划执行情况\n主要指标具体完成情况如下:\n"
            "2015年上半年全市主要指标执行情况表\n" + "\n\n".join(header + rows) + "\n")


def test_a_plan_table_one_cell_a_paragraph_with_a_result_merged_over_its_level_and_growth(
        in_script: InScript) -> None:
    # 指标名称 | 目标 | 全年完成 (over 实绩 | 增速) | 统计口径: the rows five cells wide, the
    # results' levels written with their units, one scope (实际管辖) on every row
    text = in_script(_plan_table(
        ["指标名称", "目标", "全年完成", "实绩", "增速", "统计口径"],
        ["地区生产总值", "增长9%", "287.32亿元", "增长6.0%", "  实际管辖",
         "公共财政收入", "增长8%", "10.99亿元", "增长15.1%", "  实际管辖"]))
    got = {(f.kind, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="330602").facts}
    assert got == {("target", "gdp", "growth", Decimal("9")),
                   ("result", "gdp", "level", Decimal("28732000000")),
                   ("result", "gdp", "growth", Decimal("6.0")),
                   ("target", "general_budget_revenue", "growth", Decimal("8")),
                   ("result", "general_budget_revenue", "level", Decimal("1099000000")),
                   ("result", "general_budget_revenue", "growth", Decimal("15.1"))}


def test_a_ranked_plan_table_one_cell_a_paragraph_with_scope_rows_under_merged_names(
        in_script: InScript) -> None:
    # 序号 | 指标名称 | 单位 | 统计口径 (broken over two lines) | 年初计划 | 上半年实绩, each
    # over 绝对值 | 同比±%; the 市级 row under the 全市 row's merged rank, name and unit;
    # a plan set as a rate has / for its level
    text = in_script(_plan_table(
        ["序号", "指标名称", "单位", "统计", "口径", "年初计划", "上半年实绩", "绝对值", "同比±%",
         "绝对值", "同比±%"],
        ["1", "地区生产总值", "亿元", "全市", "/", "7.5", "530.6", "9.4",
         "市级", "/", "6.5", "404.9", "6",
         "2", "实际利用外资", "亿美元", "全市", "4.5", "/", "4.39", "31.7",
         "市级", "2.2", "/", "1.48", "33.6"]))
    got = {(f.kind, f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(text, region="330282").facts}
    assert got == {("target", "gdp", "growth", Decimal("7.5"), "2015"),
                   ("result", "gdp", "level", Decimal("53060000000"), "2015H1"),
                   ("result", "gdp", "growth", Decimal("9.4"), "2015H1"),
                   ("target", "foreign_investment_actual", "level", Decimal("450000000"),
                    "2015"),
                   ("result", "foreign_investment_actual", "level", Decimal("439000000"),
                    "2015H1"),
                   ("result", "foreign_investment_actual", "growth", Decimal("31.7"),
                    "2015H1")}


def test_a_ranked_table_one_cell_a_paragraph_with_a_unit_column(in_script: InScript) -> None:
    text = in_script(_plan_table(
        ["序号", "指标名称", "单位", "年初计划", "上半年实绩", "绝对值", "同比±%", "绝对值",
         "同比±%"],
        ["1", "固定资产投资", "亿元", "/", "12", "369.5", "3",
         "2", "自营出口", "亿美元", "/", "5", "42", "-0.2"]))
    got = {(f.kind, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="330282").facts}
    assert got == {("target", "fixed_asset_investment", "growth", Decimal("12")),
                   ("result", "fixed_asset_investment", "level", Decimal("36950000000")),
                   ("result", "fixed_asset_investment", "growth", Decimal("3")),
                   ("target", "exports", "growth", Decimal("5")),
                   ("result", "exports", "level", Decimal("4200000000")),
                   ("result", "exports", "growth", Decimal("-0.2"))}


def test_regions_listed_side_by_side_share_the_target_rate_after_their_copula(
        in_script: InScript) -> None:
    # the topic named in the paragraph before one that opens with 其中; some members' bound
    # (多数省份…高于5%) is no region's figure
    text = in_script("31省份2023年GDP目标公布\n从各地GDP目标来看,多数省份GDP目标高于5%。\n"
                     "其中,海南为9.5%左右,江西、新疆为7%左右,安徽、宁夏、湖南为6.5%左右。\n")
    got = {(f.kind, f.region, f.measure, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("target", "460000", "growth", Decimal("9.5"), "~"),
                   ("target", "360000", "growth", Decimal("7"), "~"),
                   ("target", "650000", "growth", Decimal("7"), "~"),
                   ("target", "340000", "growth", Decimal("6.5"), "~"),
                   ("target", "640000", "growth", Decimal("6.5"), "~"),
                   ("target", "430000", "growth", Decimal("6.5"), "~")}


def test_paragraphs_of_regions_and_rates_go_on_with_the_ranking_above_them(
        in_script: InScript) -> None:
    # each paragraph after the 其中 one names no indicator and opens with a region: the
    # ranking runs on across them
    text = in_script("31省份2023年GDP目标公布\n从各地GDP目标来看,多数省份GDP目标高于5%。\n"
                     "其中,海南为9.5%左右,江西、新疆为7%左右。\n"
                     "重庆、甘肃、河南3个省市目标同时锚定6%,重庆为6%以上,甘肃、河南为6%。\n"
                     "上海为5.5%以上,北京为4.5%以上,天津为4%左右。\n")
    got = {(f.kind, f.region, f.measure, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("target", "460000", "growth", Decimal("9.5"), "~"),
                   ("target", "360000", "growth", Decimal("7"), "~"),
                   ("target", "650000", "growth", Decimal("7"), "~"),
                   ("target", "500000", "growth", Decimal("6"), ">="),
                   ("target", "620000", "growth", Decimal("6"), "="),
                   ("target", "410000", "growth", Decimal("6"), "="),
                   ("target", "310000", "growth", Decimal("5.5"), ">="),
                   ("target", "110000", "growth", Decimal("4.5"), ">="),
                   ("target", "120000", "growth", Decimal("4"), "~")}


def test_a_paragraph_opening_with_a_region_after_a_topic_paragraph_is_not_carried_on_past_its_own(
        ) -> None:
    # a region's paragraph naming its own indicator keeps it
    text = ("全省经济运行情况\n全省地区生产总值增长6%。\n"
            "南京市一般公共预算收入增长5%,苏州市为4%。\n")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, region="320000", year=2023).facts}
    assert ("320500", "general_budget_revenue", Decimal("4")) in got
    assert ("320500", "gdp", Decimal("4")) not in got


def test_regions_bracketed_shares_after_a_count_of_them_and_an_order_word(
        in_script: InScript) -> None:
    # a share (研发经费投入强度) in brackets is each region's; the count before 依次为 is
    # of the members the list names
    text = in_script("R&D经费投入强度超过全国平均水平的省(市)有3个,依次为北京(6.83%)、"
                     "上海(4.44%)和天津(3.49%)。")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, year=2022).facts}
    assert got == {("110000", "rd_intensity", Decimal("6.83")),
                   ("310000", "rd_intensity", Decimal("4.44")),
                   ("120000", "rd_intensity", Decimal("3.49"))}


def test_foreign_capital_absorbed_is_the_actual_foreign_investment(in_script: InScript) -> None:
    text = in_script("1-4月,湖南省吸收外资居前三位的市州是:长沙市(168676万美元)、"
                     "郴州市(51853万美元)、株洲市(42902万美元)。")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, year=2017).facts}
    assert got == {("430100", "foreign_investment_actual", Decimal("1686760000")),
                   ("431000", "foreign_investment_actual", Decimal("518530000")),
                   ("430200", "foreign_investment_actual", Decimal("429020000"))}


def test_a_ranked_table_counting_the_captions_things_with_status_words_among_its_cells(
        in_script: InScript) -> None:
    # 新开工小区数(个) counts the communities the caption's 城镇老旧小区改造 names; a status
    # word (全部开工) stands where a rate does; the caption's title above its date's
    # bracket, blank lines between
    text = in_script("各地进展如下。\n\n    2023年全国城镇老旧小区改造进展情况\n\n"
                     "    (截至2023年6月末)\n\n    序号 省份 新开工小区数(个) 开工率\n\n"
                     "    1 贵州 1071 全部开工\n\n    2 河北 1816 全部开工\n\n"
                     "    3 湖北 4284 99%\n\n    4 江苏 1498 99%\n")
    got = {(f.region, f.indicator, f.quantity.value, str(f.period))
           for f in plantrack.extract(text).facts}
    assert got == {("520000", "old_communities_renovated", Decimal(1071), "2023H1"),
                   ("130000", "old_communities_renovated", Decimal(1816), "2023H1"),
                   ("420000", "old_communities_renovated", Decimal(4284), "2023H1"),
                   ("320000", "old_communities_renovated", Decimal(1498), "2023H1")}


def test_a_sentence_opening_with_qizhong_lists_regions_and_their_figures_of_the_topic(
        in_script: InScript) -> None:
    text = in_script("2018年末,浙江省上市公司主要分布在杭州、宁波、绍兴等市。"
                     "其中杭州132家、宁波76家、绍兴59家。")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, year=2018).facts}
    assert got == {("330100", "listed_companies", Decimal(132)),
                   ("330200", "listed_companies", Decimal(76)),
                   ("330600", "listed_companies", Decimal(59))}


def test_other_provinces_short_forms_listed_side_by_side_in_a_provinces_text(
        in_script: InScript) -> None:
    # 贵州's own text: the other provinces are named once each, by short forms, but side
    # by side in a list: places, not pieces of words
    text = in_script("贵州省统计局发布分析称,1-9月贵州省固定资产投资同比增长29.6%。\n"
                     "前三季度,投资增速排前三位的均为西部省份,分别是西藏(33.3%)、"
                     "贵州(29.6%)、青海(27.9%)。")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, year=2013).facts}
    assert got == {("520000", "fixed_asset_investment", Decimal("29.6")),
                   ("540000", "fixed_asset_investment", Decimal("33.3")),
                   ("630000", "fixed_asset_investment", Decimal("27.9"))}


def test_regions_listed_after_a_colon_each_with_its_growth_word_and_rate(
        in_script: InScript) -> None:
    # the indicator named in the sentence before; every item its region's, the rising
    # ones (上涨) as the falling ones (下降)
    text = in_script("兰州市CPI同比涨幅位列第4位。五城市由高到低依次为:乌鲁木齐市上涨1.8%、"
                     "银川市上涨1.8%、西安市上涨1.7%、西宁市下降0.2%。")
    got = {(f.region, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, region="620100", year=2017).facts}
    assert got == {("650100", "cpi", Decimal("1.8")), ("640100", "cpi", Decimal("1.8")),
                   ("610100", "cpi", Decimal("1.7")), ("630100", "cpi", Decimal("-0.2"))}


def test_a_money_indicators_target_said_as_a_percent_is_its_growth(
        in_script: InScript) -> None:
    text = in_script("31省份2023年GDP目标公布\n值得注意的是,海南2022年的GDP目标为9%左右。"
                     "海南2023年GDP目标为8000亿元。")
    got = {(f.measure, f.quantity.value, str(f.period)) for f in plantrack.extract(text).facts}
    assert got == {("growth", Decimal("9"), "2022"), ("level", Decimal("800000000000"), "2023")}


def test_a_rows_region_keeps_its_figures_past_its_administering_city_and_a_growth_segment(
        in_script: InScript) -> None:
    # 昆山(苏州代管): the city in brackets administers it; 实际增速5.8% after a semicolon
    # is the growth of the indicator before it
    text = in_script("2025年数据情况:\n昆山(苏州代管):GDP5615.34亿元;实际增速5.8%;"
                     "规上工业总产值13027.90亿元,增长4.9% 。\n")
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text).facts}
    assert got == {("320583", "gdp", "level", Decimal("561534000000")),
                   ("320583", "gdp", "growth", Decimal("5.8")),
                   ("320583", "industrial_output", "level", Decimal("1302790000000")),
                   ("320583", "industrial_output", "growth", Decimal("4.9"))}


def test_regions_sharing_one_set_target_and_a_region_setting_its_own(
        in_script: InScript) -> None:
    text = in_script("各省2021年GDP目标\n经济发达省市广东、上海、北京、江苏将今年GDP增速目标"
                     "统一设定在6%以上,浙江则设定在6.5%以上。\n")
    got = {(f.region, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("440000", Decimal("6"), ">="), ("310000", Decimal("6"), ">="),
                   ("110000", Decimal("6"), ">="), ("320000", Decimal("6"), ">="),
                   ("330000", Decimal("6.5"), ">=")}


def test_regions_bracketed_rates_after_fenbie_are_the_growths_of_the_indicator_before(
        in_script: InScript) -> None:
    text = in_script("2023年一季度各省GDP\n一季度,全国GDP为284997亿元,同比增长4.5%。"
                     "有13个省份高于全国,分别是吉林(8.2%)、宁夏(7.5%)、海南(6.8%)。\n")
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region != "100000"}
    assert got == {("220000", "growth", Decimal("8.2")), ("640000", "growth", Decimal("7.5")),
                   ("460000", "growth", Decimal("6.8"))}


def test_a_ranks_line_naming_a_district_heads_the_label_line_of_its_figure(
        in_script: InScript) -> None:
    text = in_script("2018年天津各区gdp排名\n\n第一名 滨海新区\nGDP总值:10692.46亿元\n"
                     "第二名 西青区\n\n\nGDP总值:1204.44亿元\n第三名 武清区\nGDP总值:1186.59亿元\n")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("120116", "gdp", Decimal("1069246000000")),
                   ("120111", "gdp", Decimal("120444000000")),
                   ("120114", "gdp", Decimal("118659000000"))}


def test_a_plan_tables_cells_may_say_their_change_words(in_script: InScript) -> None:
    # 增长6.5%左右 | 增长4.8% under 预期目标 | 实际完成, one cell a paragraph, a group line
    # first; the caption's year, not the congress's the report is dated at
    cells = ["指标名称", "预期目标", "实际完成", "一、综合发展", "1.地区生产总值", "增长6.5%左右",
             "增长4.8%", "2.一般公共预算收入", "增长5%", "下降4.6%"]
    text = in_script("某市2024年计划执行情况和2025年计划草案的报告\n"
                     "2025年3月26日在某市人民代表大会上\n表1:2024年全市主要指标完成情况\n\n"
                     + "\n\n".join(cells) + "\n")
    got = {(f.kind, f.indicator, f.quantity.value, str(f.period))
           for f in plantrack.extract(text, region="330483").facts}
    assert got == {("target", "gdp", Decimal("6.5"), "2024"),
                   ("result", "gdp", Decimal("4.8"), "2024"),
                   ("target", "general_budget_revenue", Decimal("5"), "2024"),
                   ("result", "general_budget_revenue", Decimal("-4.6"), "2024")}


def test_a_count_of_regions_before_their_listed_items_leaves_each_item_its_figure(
        in_script: InScript) -> None:
    # 有13个省份…分别是吉林(8.2%)…: the count is of the list's members, each item its own
    text = in_script("2023年一季度各省GDP\n一季度,全国GDP为284997亿元,同比增长4.5%。同比增速方面,"
                     "有13个省份高于全国,分别是吉林(8.2%)、宁夏(7.5%)、海南(6.8%)。\n")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region != "100000"}
    assert got == {("220000", Decimal("8.2")), ("640000", Decimal("7.5")),
                   ("460000", Decimal("6.8"))}


def test_regions_listed_before_an_indicator_share_its_rate_each(in_script: InScript) -> None:
    # groups of provinces, each group's one target rate before the next group (a rate is
    # no sum's: each member's own); a level after a list may be the list's sum, not each's
    text = in_script("“十二五”期间,天津、上海、江苏等省市单位GDP能耗要下降18%;北京、河北、辽宁"
                     "单位GDP能耗要下降17%;海南、青海单位GDP能耗要下降10%。"
                     "苏州、无锡地区生产总值3万亿元。")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("120000", "energy_intensity", Decimal("-18")),
                   ("310000", "energy_intensity", Decimal("-18")),
                   ("320000", "energy_intensity", Decimal("-18")),
                   ("110000", "energy_intensity", Decimal("-17")),
                   ("130000", "energy_intensity", Decimal("-17")),
                   ("210000", "energy_intensity", Decimal("-17")),
                   ("460000", "energy_intensity", Decimal("-10")),
                   ("630000", "energy_intensity", Decimal("-10"))} | {
                       g for g in got if g[1] == "gdp"}
    assert ("320500", "gdp", Decimal("3000000000000")) not in got


def test_regions_named_after_a_bound_they_pass_each_take_their_bracketed_figure(
        in_script: InScript) -> None:
    # (the bound itself, 超过100亿元, is no listed region's figure)
    texts = ["2024年GDP超过100亿元的还有资兴市(192.89亿元)、永兴县(191.39亿元)。",
             "2024年上市公司数量超过100家的有山东(149家)、福建(121家)。"]
    got = {(f.region, f.indicator, f.quantity.value) for text in texts
           for f in plantrack.extract(in_script(text)).facts if f.region != "100000"}
    assert got == {("431081", "gdp", Decimal("19289000000")),
                   ("431023", "gdp", Decimal("19139000000")),
                   ("370000", "listed_companies", Decimal("149")),
                   ("350000", "listed_companies", Decimal("121"))}


def test_regions_named_after_a_bound_and_their_regions_word_take_their_figures(
        in_script: InScript) -> None:
    # (…的省市还包括: the regions' collective word between the bound and the list)
    text = in_script("2020年,一般公共预算收入超过3000亿元的省市还包括北京市(5483.9亿元)、"
                     "四川省(4258亿元)、河南省(4155.22亿元)。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region != "100000"}
    assert got == {("110000", Decimal("548390000000.0")), ("510000", Decimal("425800000000")),
                   ("410000", Decimal("415522000000.00"))}


def test_provinces_listed_before_a_comma_take_their_figures_in_turn(
        in_script: InScript) -> None:
    # 江苏省、浙江省: the 省 that ends a province's name is no 省 of 中央、省和南通市 (an
    # authority whose directives a sentence follows)
    text = in_script("2020年,第二至第五名依次是江苏省、浙江省、上海市、山东省,一般公共预算收入"
                     "分别为9059亿元、7248亿元、7046.3亿元、6559.9亿元。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("320000", Decimal("905900000000")), ("330000", Decimal("724800000000")),
                   ("310000", Decimal("704630000000.0")),
                   ("370000", Decimal("655990000000.0"))}


def test_a_spaced_list_under_a_year_column_with_rows_that_leave_the_unit_out(
        in_script: InScript) -> None:
    # 指标名称 | 单位 | 2023 | 增幅(%), one cell a line with blank lines between: the
    # income rows have no unit cell, their figures under the year and the growth
    cells = ["表1 甲区经济社会发展主要指标", "指标名称", "单位", "2023", "增幅(%)",
             "地区生产总值", "亿元", "1317.72", "7.6", "全社会用电量", "亿千瓦时", "84.80", "3.8",
             "城镇常住居民人均可支配收入", "81366", "4.5", "农村常住居民人均可支配收入", "47567",
             "5.8", " ", "一、综合", "综合实力稳步迈进。"]
    text = in_script("2023年甲区统计公报\n" + "\n\n".join(cells) + "\n")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="330604").facts}
    assert {("urban_disposable_income", "level", Decimal("81366")),
            ("urban_disposable_income", "growth", Decimal("4.5")),
            ("rural_disposable_income", "level", Decimal("47567")),
            ("rural_disposable_income", "growth", Decimal("5.8"))} <= got


# a half-year plan report's table one cell a line, blank lines between: its rows numbered,
# each with its unit cell (% for a row whose aim is a growth) beside the year's aim, the
# half's level in the 亿元 its column header names, its growth and the share of the aim
# met (进度); a ratio row and a head-count row fit no column
NUMBERED = "\n\n".join((
    "关于2019年上半年甲区国民经济和社会发展计划执行情况的报告",
    "表1 上半年主要预期目标完成情况",
    "指标", "单位", "2019年主要预期目标", "绝对值(亿元)", "增长(%)", "进度(%)",
    "1.规模以上工业总产值", "%", "5", "1800.5", "9.4", "48.0",
    "2.第三产业增加值比重", "%", "45左右", "0.3:54.1:45.6",
    "3.社会消费品零售总额", "%", "8", "402.6", "3.1", "47.2",
    "4.城镇登记失业人数", "控制在下达指标内", "4100", "控制在下达指标内",
    "5.居民人均可支配收入增长", "%", "与经济增长同步", "28301", "8.1", "/",
))


def test_a_numbered_plan_table_one_cell_a_line_reads_every_row(in_script: InScript) -> None:
    text = in_script(NUMBERED)
    got = {(f.kind, f.indicator, f.measure, f.quantity.value, f.quantity.unit)
           for f in plantrack.extract(text, region="310114").facts}
    assert got == {
        ("target", "industrial_output", "growth", Decimal(5), "percent"),
        ("result", "industrial_output", "level", Decimal("180050000000.0"), "CNY"),
        ("result", "industrial_output", "growth", Decimal("9.4"), "percent"),
        ("target", "retail_sales", "growth", Decimal(8), "percent"),
        ("result", "retail_sales", "level", Decimal("40260000000.0"), "CNY"),
        ("result", "retail_sales", "growth", Decimal("3.1"), "percent"),
        ("result", "disposable_income", "level", Decimal(28301), "CNY"),
        ("result", "disposable_income", "growth", Decimal("8.1"), "percent"),
    }
