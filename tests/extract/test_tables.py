"""The table extractor on tables written here, in every rendering a text copy, a page or
a PDF gives them, in both scripts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import pytest
from tests.extract.scripts import InScript

import plantrack
from plantrack.extract.tablecols import merge_rows, read_header
from plantrack.extract.tablegrid import find_grids
from plantrack.model import Extraction
from plantrack.testing import run_extractor

PROSE = "南通市通州区2023年国民经济和社会发展计划执行情况\n今年以来，全区经济运行稳中向好。\n"
CAPTION = "表1 2023年主要指标完成情况"
ROWS = (
    ("指标", "单位", "年度目标", "完成", "增长%"),
    ("地区生产总值", "亿元", "1500", "1523.4", "6.8"),
    ("一般公共预算收入", "亿元", "80", "82.1", "7.2"),
    ("固定资产投资", "亿元", "增长8%", "—", "9.1"),
    ("城镇登记失业率", "%", "3.5以内", "2.1", "—"),
    ("居民人均可支配收入", "元", "与经济增长同步", "52000", "5.9"),
)
TRADITIONAL = (
    ("指標", "單位", "年度目標", "完成", "增長%"),
    ("地區生產總值", "億元", "1500", "1523.4", "6.8"),
    ("一般公共預算收入", "億元", "80", "82.1", "7.2"),
    ("固定資產投資", "億元", "增長8%", "—", "9.1"),
    ("城鎮登記失業率", "%", "3.5以內", "2.1", "—"),
    ("居民人均可支配收入", "元", "與經濟增長同步", "52000", "5.9"),
)
# (kind, indicator, measure, value, comparator, period)
EXPECTED = {
    ("target", "gdp", "level", Decimal("150000000000"), "=", "2023"),
    ("result", "gdp", "level", Decimal("152340000000"), "=", "2023"),
    ("result", "gdp", "growth", Decimal("6.8"), "=", "2023"),
    ("target", "general_budget_revenue", "level", Decimal("8000000000"), "=", "2023"),
    ("result", "general_budget_revenue", "level", Decimal("8210000000"), "=", "2023"),
    ("result", "general_budget_revenue", "growth", Decimal("7.2"), "=", "2023"),
    ("target", "fixed_asset_investment", "growth", Decimal("8"), "=", "2023"),
    ("result", "fixed_asset_investment", "growth", Decimal("9.1"), "=", "2023"),
    ("target", "urban_registered_unemployment_rate", "level", Decimal("3.5"), "<=", "2023"),
    ("result", "urban_registered_unemployment_rate", "level", Decimal("2.1"), "=", "2023"),
    ("result", "disposable_income", "level", Decimal("52000"), "=", "2023"),
    ("result", "disposable_income", "growth", Decimal("5.9"), "=", "2023"),
}


def pipe(rows: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def tabs(rows: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join("\t".join(row) for row in rows)


def spaces(rows: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join("    ".join(row) for row in rows)


def one_per_line(rows: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join(cell for row in rows for cell in row)


def bar_closed(rows: tuple[tuple[str, ...], ...]) -> str:
    """One cell a line, each closed by a bar (地区生产总值 |), as some pages' copies run."""
    return "\n".join(f"{cell} |" for row in rows for cell in row)


def blank_lined(caption: str, cells: Sequence[str]) -> str:
    """A page's copy of a table one cell a line, a blank line after each, under its caption."""
    return caption + "\n\n" + "\n\n".join(cells) + "\n"


def box(rows: tuple[tuple[str, ...], ...]) -> str:
    """A text-art table as an old yearbook page draws it: │ between cells, ─┼─ rules."""
    rule = "┼".join("─" * 8 for _ in rows[0])
    lines = ["│".join(cell.ljust(8, "\u3000") for cell in row) for row in rows]
    return "\n".join([rule.replace("┼", "┬"), lines[0], rule, *lines[1:],
                      rule.replace("┼", "┴")])


RENDERINGS = {"pipe": pipe, "tab": tabs, "spaces": spaces, "one cell per line": one_per_line,
              "one cell per line, bar-closed": bar_closed, "box drawing": box}


def facts_of(extraction: Extraction) -> set[tuple[object, ...]]:
    return {(f.kind, f.indicator, f.measure, f.quantity.value, f.quantity.comparator,
             str(f.period)) for f in extraction.facts}


def check_quotes(extraction: Extraction, text: str) -> None:
    for fact in extraction.facts:
        assert fact.provenance.grounded_in(text)


@pytest.mark.parametrize("render", RENDERINGS.values(), ids=RENDERINGS.keys())
@pytest.mark.parametrize("rows", [ROWS, TRADITIONAL], ids=["simplified", "traditional"])
def test_every_rendering_gives_every_cell(render, rows) -> None:
    text = f"{PROSE}{CAPTION}\n{render(rows)}\n"
    extraction = plantrack.extract(text)
    assert facts_of(extraction) == EXPECTED
    assert {f.region for f in extraction.facts} == {"320612"}
    check_quotes(extraction, text)


def test_a_quote_runs_from_the_name_to_the_cell_across_separators() -> None:
    text = f"{PROSE}{CAPTION}\n{pipe(TRADITIONAL)}\n"
    quotes = {(f.kind, f.measure, f.provenance.quote)
              for f in plantrack.extract(text).facts if f.indicator == "gdp"}
    assert quotes == {("target", "level", "地區生產總值 | 億元 | 1500"),
                      ("result", "level", "地區生產總值 | 億元 | 1500 | 1523.4"),
                      ("result", "growth", "地區生產總值 | 億元 | 1500 | 1523.4 | 6.8")}


def test_one_cell_per_line_quotes_span_lines() -> None:
    text = f"{PROSE}{CAPTION}\n{one_per_line(ROWS)}\n"
    growth = next(f for f in plantrack.extract(text).facts
                  if f.indicator == "gdp" and f.measure == "growth")
    assert growth.provenance.quote == "地区生产总值\n亿元\n1500\n1523.4\n6.8"


def test_qualitative_targets_give_no_target() -> None:
    rows = (("指标", "单位", "2024年预期目标"), ("地区生产总值", "%", "稳中提质"),
            ("居民人均可支配收入", "%", "与经济增长同步"), ("一般公共预算收入", "%", "6左右"))
    extraction = run_extractor("table", pipe(rows), year=2024)
    assert facts_of(extraction) == {
        ("target", "general_budget_revenue", "growth", Decimal("6"), "~", "2024")}


def test_sub_rows_footnotes_and_the_captions_unit() -> None:
    rows = (("指标", "目标", "完成"), ("固定资产投资*", "500", "520①"),
            ("其中：工业投资", "200", "210[1]"), ("实际利用外资(亿美元)", "3", "3.2"))
    text = f"2023年主要指标完成情况\n单位：亿元\n{pipe(rows)}\n注：①含跨区项目。"
    extraction = run_extractor("table", text, year=2023)
    assert {(f.kind, f.indicator, f.quantity.value, f.quantity.unit) for f in extraction.facts} == {
        ("target", "fixed_asset_investment", 50000000000, "CNY"),
        ("result", "fixed_asset_investment", 52000000000, "CNY"),
        ("target", "industrial_investment", 20000000000, "CNY"),
        ("result", "industrial_investment", 21000000000, "CNY"),
        ("target", "foreign_investment_actual", 300000000, "USD"),
        ("result", "foreign_investment_actual", 320000000, "USD")}
    quotes = {f.provenance.quote for f in extraction.facts}
    assert "工业投资 | 200 | 210" in quotes  # the mark after 210 is not quoted
    assert "固定资产投资* | 500 | 520" in quotes


def test_a_sub_row_without_a_unit_takes_its_parents() -> None:
    rows = (("指标", "单位", "完成"), ("固定资产投资", "亿元", "520"),
            ("其中：工业投资", "", "210"))
    extraction = run_extractor("table", tabs(rows), year=2023)
    assert {(f.indicator, f.quantity.value) for f in extraction.facts} == {
        ("fixed_asset_investment", 52000000000), ("industrial_investment", 21000000000)}


def test_merged_header_cells_give_each_column_its_year_and_kind() -> None:
    assert merge_rows([["指标", "2023年", ""], ["", "目标", "完成"]]) == [
        "指标", "2023年目标", "2023年完成"]
    header = read_header([["指标", "单位", "2024年", "", ""],
                          ["", "", "预期目标", "1-11月完成", "增长%"]])
    assert header is not None
    assert [(c.kind, c.growth) for c in header.values] == [
        ("target", False), ("result", False), ("result", True)]


def test_a_target_word_outweighs_a_period_word_in_one_header() -> None:
    # 全年 only says over what period; 预期 says whose figure (and 全年完成 stays a result)
    header = read_header([["省份", "上半年增速(%)", "全年预期增速(%)", "全年完成(亿元)"]])
    assert header is not None
    assert [(c.kind, c.growth) for c in header.values] == [
        ("result", True), ("target", True), ("result", False)]


def test_period_from_the_header_and_last_year_column() -> None:
    rows = (("指标", "单位", "上年完成", "1-11月完成", "比上年±%"),
            ("地区生产总值", "亿元", "1400", "1300", "6.1"))
    extraction = run_extractor("table", pipe(rows), year=2023)
    assert {(f.quantity.value, str(f.period), f.measure) for f in extraction.facts} == {
        (140000000000, "2022", "level"), (130000000000, "2023-01..2023-11", "level"),
        (Decimal("6.1"), "2023-01..2023-11", "growth")}


def test_a_bulletin_table_of_absolute_values_and_growth() -> None:
    rows = (("指标", "绝对值", "比上年增长%"), ("地区生产总值(亿元)", "5678.9", "-1.2"),
            ("城镇新增就业(万人)", "1.5", "3.0"))
    extraction = run_extractor("table", spaces(rows), year=2022)
    assert facts_of(extraction) == {
        ("result", "gdp", "level", Decimal("567890000000"), "=", "2022"),
        ("result", "gdp", "growth", Decimal("-1.2"), "=", "2022"),
        ("result", "urban_jobs_new", "level", Decimal("15000"), "=", "2022"),
        ("result", "urban_jobs_new", "growth", Decimal("3.0"), "=", "2022")}


def test_a_rank_column_and_a_share_of_the_target_give_nothing() -> None:
    rows = (("指标", "单位", "完成", "完成率%", "全市排名"),
            ("地区生产总值", "亿元", "900", "98.5", "3"))
    extraction = run_extractor("table", pipe(rows), year=2023)
    assert facts_of(extraction) == {("result", "gdp", "level", Decimal("90000000000"), "=",
                                     "2023")}


def test_prose_and_table_both_read_and_restatements_kept_once() -> None:
    prose = ("南通市通州区2023年计划执行情况\n全年，全区地区生产总值增长6.8%。"
             "全年新开工重大项目32个，完成年度目标。\n")
    text = f"{prose}{CAPTION}\n{pipe(ROWS)}\n"
    extraction = plantrack.extract(text)
    assert facts_of(extraction) >= EXPECTED
    assert ("result", "major_projects_started", "level", 32, "=", "2023") in facts_of(extraction)
    gdp_growth = [f for f in extraction.facts if f.indicator == "gdp" and f.measure == "growth"]
    assert [f.provenance.quote for f in gdp_growth] == ["全区地区生产总值增长6.8%"]
    assert "table" in extraction.extractors


def test_no_sentence_reading_runs_a_tables_cells_together() -> None:
    text = f"{PROSE}{CAPTION}\n{spaces(ROWS)}\n"
    for fact in plantrack.extract(text).facts:
        assert fact.provenance.quote.count("\n") == 0  # each from one row


def test_lines_that_are_no_table() -> None:
    assert find_grids("发布时间：2023-07-15  来源：区统计局\n正文。") == []
    text = "一、工作回顾 | 二、下一步安排 | 三、保障措施\n过去一年，地区生产总值增长5%。"
    assert not run_extractor("table", text, year=2023).facts  # no header names a value


def _html(caption: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>计划执行情况</title></head>
<body><article><h1>南通市通州区2023年计划执行情况</h1>
<p>今年以来，全区经济运行稳中向好，全区地区生产总值增长6.8%，各项指标完成情况好于预期。</p>
<table><caption>{caption}</caption>
<tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">2023年</th>
<th rowspan="2">增长%</th></tr>
<tr><th>目标</th><th>完成</th></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>1500</td><td>1523.4</td><td>6.8</td></tr>
<tr><td>一般公共预算收入</td><td>亿元</td><td>80</td><td>82.1</td><td>7.2</td></tr>
</table>
<p>下一步，全区将继续推动经济高质量发展，确保完成全年目标任务，新开工重大项目30个以上。</p>
</article></body></html>"""


def test_an_html_table_through_the_html_loader(tmp_path) -> None:
    path = tmp_path / "report.html"
    path.write_text(_html(CAPTION), encoding="utf-8")
    extraction = plantrack.extract(path)
    document = plantrack.api.load_document(path)
    assert facts_of(extraction) >= {
        ("target", "gdp", "level", Decimal("150000000000"), "=", "2023"),
        ("result", "gdp", "level", Decimal("152340000000"), "=", "2023"),
        ("result", "gdp", "growth", Decimal("6.8"), "=", "2023"),
        ("result", "general_budget_revenue", "growth", Decimal("7.2"), "=", "2023"),
        ("target", "major_projects_started", "level", Decimal("30"), ">=", "2023")}
    check_quotes(extraction, document.text)


def _pdf(rows: tuple[tuple[str, ...], ...], caption: str) -> bytes:
    """A PDF drawn cell by cell, as a table is: pypdf's text layer gives one per line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("STSong-Light", 11)
    pdf.drawString(60, 800, "南通市通州区2023年计划执行情况")
    pdf.drawString(60, 780, caption)
    for k, row in enumerate(rows):
        for x, cell in zip((60, 200, 260, 350, 430), row, strict=True):
            pdf.drawString(x, 750 - 20 * k, cell)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize("rows", [ROWS, TRADITIONAL], ids=["simplified", "traditional"])
def test_a_pdf_table_through_the_pdf_loader(tmp_path, rows) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf(rows, CAPTION))
    extraction = plantrack.extract(path)
    assert facts_of(extraction) == EXPECTED
    check_quotes(extraction, plantrack.api.load_document(path).text)


def test_an_indicator_systems_table_with_merged_group_cells_and_a_year_column() -> None:
    # 一级指标 | 二级指标 | 计量单位 | 2018, one cell a line with blank lines between,
    # the group's merged cell written only on its first row
    cells = ("一级指标", "二 级 指 标", "计量单位", "2018",
             "经济稳定", "地区生产总值增长率(按可比价格计算)", "%", "7.2",
             "居民消费价格涨幅", "%", "2.5",
             "资源环境", "服务业增加值占地区生产总值比重", "%", "47.1",
             "单位GDP能源消耗(按等价值计算)", "%", "-2.88")
    text = blank_lined("2018年某省转型升级统计数据", cells)
    extraction = run_extractor("table", text, year=2018)
    assert facts_of(extraction) == {
        ("result", "gdp", "growth", Decimal("7.2"), "=", "2018"),
        ("result", "cpi", "growth", Decimal("2.5"), "=", "2018"),
        ("result", "energy_intensity", "growth", Decimal("-2.88"), "=", "2018")}


def test_a_table_of_regions_that_prints_no_unit_reads_yi_yuan_flagged() -> None:
    rows = (("地区", "GDP (1978)", "GDP (2008)"), ("北京", "108.84", "11,115.00"),
            ("天津", "82.65", "6,719.01"), ("河北", "183.06", "16,011.97"))
    extraction = run_extractor("table", "各地GDP\n" + one_per_line(rows), year=2008)
    levels = {(f.region, str(f.period), f.quantity.value) for f in extraction.facts}
    assert ("110000", "1978", Decimal("10884000000")) in levels
    assert ("130000", "2008", Decimal("1601197000000")) in levels
    assert all("unit" in f.uncertain for f in extraction.facts)
    # whole numbers past two million are no sums in 亿元: nothing is assumed
    rows = (("地区", "GDP (2008)"), ("甲县", "2345678"), ("乙县", "3456789"))
    assert not run_extractor("table", "各县GDP\n" + one_per_line(rows), year=2008).facts


def test_a_two_level_header_one_cell_a_line_and_an_index_without_its_base() -> None:
    # 2015年目标 and 2015年实绩 each over 绝对值 | 增速(%), written one cell a line
    cells = ("指  标  名  称", "单位", "2015年目标", "2015年实绩", "绝对值", "增速(%)", "绝对值",
             "增速(%)", "全市生产总值", "亿元", "4620", "7以上", "4619.8", "8.3",
             "居民消费价格指数", "%", "103左右", "-", "100.7", "-")
    text = blank_lined("表一 2015年某市计划主要指标完成情况", cells)
    extraction = run_extractor("table", text, year=2015)
    assert facts_of(extraction) == {
        ("target", "gdp", "level", Decimal("462000000000"), "=", "2015"),
        ("target", "gdp", "growth", Decimal("7"), ">=", "2015"),
        ("result", "gdp", "level", Decimal("461980000000"), "=", "2015"),
        ("result", "gdp", "growth", Decimal("8.3"), "=", "2015"),
        ("target", "cpi", "growth", Decimal("3"), "~", "2015"),
        ("result", "cpi", "growth", Decimal("0.7"), "=", "2015")}


def test_a_row_without_its_unit_cell_and_a_value_with_a_note() -> None:
    cells = ("指  标", "单位", "2015年目标", "2015年实绩", "全市生产总值", "亿元", "4620", "4619.8",
             "城镇常住居民人均可支配收入", "43760", "44026(实际增长7.9)",
             "一般公共预算收入", "亿元", "397", "403.1")
    text = blank_lined("2015年某市计划主要指标完成情况", cells)
    extraction = run_extractor("table", text, year=2015)
    assert {("target", "urban_disposable_income", "level", Decimal("43760"), "=", "2015"),
            ("result", "urban_disposable_income", "level", Decimal("44026"), "=", "2015"),
            ("result", "general_budget_revenue", "level", Decimal("40310000000"), "=", "2015"),
            } <= facts_of(extraction)


def test_a_tables_total_row_is_its_regions_even_without_a_rank() -> None:
    text = ("2015年湖南省各市州GDP\n排名 | 地级市 | 2014年GDP(亿元) | 2015年GDP(亿元) |\n"
            "---|---|---|---|\n1 | 长沙 | 7153.13 | 7824.81 |\n2 | 岳阳 | 2430.52 | 2669.39 |\n"
            "3 | 常德 | 2264.94 | 2514.15 |\n全省 | 24501.7 | 27048.5 |\n")
    extraction = run_extractor("table", text, year=2015)
    totals = {(f.region, str(f.period), f.quantity.value) for f in extraction.facts
              if f.provenance.quote.startswith("全省")}
    assert totals == {("430000", "2014", Decimal("2450170000000")),
                      ("430000", "2015", Decimal("2704850000000"))}


def test_a_rows_own_index_on_last_year_is_its_indicators_growth() -> None:
    # a yearbook's 地区生产总值指数(比上年…) is a volume index: GDP's growth + 100, not a
    # price index of something outside the catalogue
    text = ("某市主要经济指标\n指标 | 2009年 | 2008年\n---|---|---\n"
            "地区生产总值指数(比上年,按可比价格计算) | 115.9 | 112.0\n"
            "工业增加值指数(以上年为100) | 120.5 | 118.0\n"
            "居民消费价格指数(上年=100) | 101.5 | 102.0\n")
    extraction = run_extractor("table", text, year=2009)
    assert facts_of(extraction) == {
        ("result", "gdp", "growth", Decimal("15.9"), "=", "2009"),
        ("result", "gdp", "growth", Decimal("12.0"), "=", "2008"),
        ("result", "industrial_value_added", "growth", Decimal("20.5"), "=", "2009"),
        ("result", "industrial_value_added", "growth", Decimal("18.0"), "=", "2008"),
        ("result", "cpi", "growth", Decimal("1.5"), "=", "2009"),
        ("result", "cpi", "growth", Decimal("2.0"), "=", "2008")}


def test_a_monthly_table_one_cell_a_line_headed_by_a_month_and_its_months() -> None:
    # 6月 | 1-6月 head their columns as periods, each before its change; a key
    # industries' output is a part of the output, no region's total
    cells = ["指标名称", "6月", "比去年同月增长(%)", "1-6月", "比去年同期增长(%)",
             "工业总产值(亿元)", "3016.80", "1.3", "16813.64", "-3.7",
             "六个重点行业工业总产值(亿元)", "1977.71", "2.6", "10785.35", "-4.4"]
    text = blank_lined("2019年6月工业生产情况\n\n2019年6月", cells)
    facts = plantrack.extract(text, region="310000").facts
    assert {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts
            if f.indicator != "other"} == {
        ("industrial_output", "level", Decimal("301680000000"), "2019-06"),
        ("industrial_output", "growth", Decimal("1.3"), "2019-06"),
        ("industrial_output", "level", Decimal("1681364000000"), "2019-01..2019-06"),
        ("industrial_output", "growth", Decimal("-3.7"), "2019-01..2019-06")}
    assert all(text[f.provenance.start:f.provenance.end] == f.provenance.quote for f in facts)


# a yearbook's box-drawn table of years: its header two lines, names wrapped at their
# columns' width (国内生产 over 总    值), a blank corner, a group's rule over its parts,
# indices on the year before; the product of the nation's residents (国民生产总值) is
# another measure than the region's product
BOX_YEARS = """\
2-5  某省主要年份国民生产总值及国内生产总值指数
                                   (以上年为100)
─────┬────┬────┬──────────────┬────
          │国民生产│国内生产┌────┬────┬────┤人均国内
  年  份  │总    值│总    值│第一产业│第二产业│第三产业│生产总值
─────┼────┼────┼────┼────┼────┼────
1978      │117.8   │117.5   │101.5   │132.4   │121.5   │115.6
1979      │105.7   │105.2   │104.9   │109.7   │99.0    │103.9
1980      │118.8   │118.4   │113.9   │118.1   │125.7   │117.2
"""


def test_a_box_drawn_table_of_years_with_a_header_wrapped_over_two_lines() -> None:
    ex = plantrack.extract(BOX_YEARS, region="福建省")
    got = {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in ex.facts}
    gdp = {g for g in got if g[0] == "gdp"}
    assert gdp == {("gdp", "growth", Decimal("17.5"), "1978"),
                   ("gdp", "growth", Decimal("5.2"), "1979"),
                   ("gdp", "growth", Decimal("18.4"), "1980")}
    assert ("gdp_per_capita", "growth", Decimal("3.9"), "1979") in got
    check_quotes(ex, BOX_YEARS)



def test_a_row_named_by_the_closing_words_of_the_captions_indicator_is_the_captions() -> None:
    # a yearbook's table of the rural residents' income (written for the test): its first
    # row says only 人均可支配收入
    text = ("| 6-10 农村居民人均可支配收入及构成 | ||||\n| 单位:元 | ||||\n"
            "| 项目 | 2028 | 2029 | 2030 |\n| 人均可支配收入(元) | 13793 | 14999 | 16335 |\n"
            "| 工资性收入 | 6187 | 6785 | 7416 |\n")
    facts = plantrack.extract(text, region="350000").facts
    assert {(f.indicator, f.quantity.value, str(f.period)) for f in facts} == {
        ("rural_disposable_income", Decimal(13793), "2028"),
        ("rural_disposable_income", Decimal(14999), "2029"),
        ("rural_disposable_income", Decimal(16335), "2030")}


# a monthly release's table as a web page's copy gives it, a cell a line between bars:
# the header's row of groups (指 标 | 5月 | 1-5月), an empty row, then each group's parts
MONTH_GROUPS_STREAM = """\
2024年1-5月份社会消费品零售总额主要数据 |
||||
指 标 |
5月 |
1-5月 |
||
绝对量 (亿元) |
同比增长(%) |
绝对量 (亿元) |
同比增长(%) |
|
社会消费品零售总额 |
3650 |
3.7 |
19850 |
4.1 |
其中:限额以上单位消费品零售额 |
1320 |
2.6 |
7350 |
3.5 |
"""


def test_groups_of_months_before_an_empty_row_head_their_parts() -> None:
    facts = plantrack.extract(MONTH_GROUPS_STREAM, region="320000").facts
    assert {(f.measure, f.quantity.value, str(f.period)) for f in facts
            if f.indicator == "retail_sales"} == {
        ("level", Decimal("365000000000"), "2024-05"), ("growth", Decimal("3.7"), "2024-05"),
        ("level", Decimal("1985000000000"), "2024-01..2024-05"),
        ("growth", Decimal("4.1"), "2024-01..2024-05")}


# the statistics bureau's release of a year's GDP copied a cell a line between bars: a row
# named by an acronym (GDP), a header of 绝对额(亿元), a caption of the year's four quarters
ACRONYM_ROW_STREAM = """\
2024年1-4季度我国GDP初步核算情况
表1:2024年1-4季度GDP初步核算数据 |
||
绝对额(亿元) |
比上年同期增长(%) |
|
GDP |
1349084 |
5.0 |
第一产业 |
91414 |
3.5 |
"""


def test_a_row_named_by_an_acronym_in_a_release_of_four_quarters() -> None:
    facts = plantrack.extract(ACRONYM_ROW_STREAM).facts
    assert {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period))
            for f in facts if f.indicator == "gdp"} == {
        ("100000", "gdp", "level", Decimal("134908400000000"), "2024"),
        ("100000", "gdp", "growth", Decimal("5.0"), "2024")}


@pytest.mark.parametrize("tail", ["", " | |", " | ||"], ids=["clean", "closed", "closed twice"])
def test_periods_over_pairs_of_columns_whose_spans_a_copy_lost(tail) -> None:
    # a monthly release's header: each period spans a level and a growth, the corner cell
    # spans both header lines; copies close each line with empty cells or do not
    text = ("全国2011年12月份社会消费品零售总额\n"
            f"指 标 | 12月 | 1-12月{tail}\n"
            f"绝对量(亿元) | 同比增长(%) | 绝对量(亿元) | 同比增长(%){tail}\n"
            f"社会消费品零售总额 | 17740 | 18.1 | 181226 | 17.1{tail}\n"
            f"餐饮收入 | 1997 | 18.6 | 20543 | 16.9{tail}\n")
    extraction = plantrack.extract(text)
    got = {(f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in extraction.facts}
    assert {("retail_sales", "level", Decimal("1774000000000"), "2011-12"),
            ("retail_sales", "growth", Decimal("18.1"), "2011-12"),
            ("retail_sales", "level", Decimal("18122600000000"), "2011-01..2011-12"),
            ("retail_sales", "growth", Decimal("17.1"), "2011-01..2011-12"),
            ("catering_revenue", "growth", Decimal("16.9"), "2011-01..2011-12")} <= got
    assert len(got) == 8
    check_quotes(extraction, text)


# a yearbook's appendix table: names spaced a character a space, one space before the
# first value, and each total's changes in brackets on the line under it, as its note says
_SPACED_TABLE = (
    "表 13\n十 亿 港 元\n"
    "贸 易 种 类 1999   2003   2004\n"
    "进 口 1,392.7   1,805.8   2,111.1\n"
    "          (-2.5)   (+11.5)   (+16.9)\n"
    "  日 本 162.7   214.0   256.1\n"
    "注 :\n")


def test_changes_in_brackets_under_a_letter_spaced_row_are_its_growths() -> None:
    text = _SPACED_TABLE + "括 弧 内 数 字 为 与 上 年 同 期 比 较 的 变 动 百 分 比 。\n"
    facts = plantrack.extract(text, region="810000").facts
    got = {(f.indicator, f.measure, str(f.period), f.quantity.value) for f in facts}
    assert got == {("imports", "growth", "1999", Decimal("-2.5")),
                   ("imports", "growth", "2003", Decimal("11.5")),
                   ("imports", "growth", "2004", Decimal("16.9"))}
    assert all(f.provenance.quote.startswith("进 口") for f in facts)


def test_brackets_under_a_row_are_no_changes_without_a_note_saying_so() -> None:
    facts = plantrack.extract(_SPACED_TABLE, region="810000").facts
    assert not [f for f in facts if f.measure == "growth"]


def test_a_letter_spaced_table_under_group_lines_and_an_indented_header_of_years() -> None:
    # traditional script; a header of years indented past a blank corner; two group lines
    # in a row; counts grouped by thousands with a space; 失業率 alone is Hong Kong's
    # surveyed rate (regional_names.tsv)
    text = ("表 17\n勞 動 人 口 及 失 業\n \n  2001   2005   2006 @\n"
            "勞 動 人 口 ( 千 人 )            \n  年 齡 組 別            \n"
            "    25 - 44 歲 2 044   1 953   1 942  \n    合 計 3 426   3 538   3 582  \n"
            "  失 業            \n    失 業 率 ( % ) 5.1   5.6   4.8  \n")
    facts = plantrack.extract(text, region="810000").facts
    assert {(f.indicator, str(f.period), f.quantity.value) for f in facts} == {
        ("urban_surveyed_unemployment_rate", "2001", Decimal("5.1")),
        ("urban_surveyed_unemployment_rate", "2005", Decimal("5.6")),
        ("urban_surveyed_unemployment_rate", "2006", Decimal("4.8"))}


def test_a_tables_caption_of_yearly_rates_of_change_makes_its_cells_growths() -> None:
    text = ("表 4\n消 費 物 價 指 數 的 按 年 變 動 率\n百 分 比\n  1998 2002 2003\n"
            "綜 合 消 費 物 價 指 數 +2.8   -3.0   -2.6  \n食 品 +1.9   -2.1   -1.5  \n"
            "  住 屋 +4.7   -5.7   -4.8  \n甲 類 消 費 物 價 指 數 +2.6   -3.2   -2.1  \n")
    facts = plantrack.extract(text, region="810000").facts
    assert {(f.indicator, f.measure, str(f.period), f.quantity.value) for f in facts} == {
        ("cpi", "growth", "1998", Decimal("2.8")), ("cpi", "growth", "2002", Decimal("-3.0")),
        ("cpi", "growth", "2003", Decimal("-2.6"))}


def test_a_ranked_list_under_a_sentence_that_says_what_it_ranks() -> None:
    # the line above names the indicator and the year (去年) of a list of cities, one a
    # line, though it is a sentence and no title
    text = ("去年甲省各市州的GDP排行情况已经替各位整理好了，长沙市依然排名第一。\n"
            "1、长沙市:13966.11亿元\n2、岳阳市:4710.67亿元\n3、常德市:4274.52亿元\n")
    facts = plantrack.extract(text, year=2023, region="430000").facts
    assert {(f.region_name, f.indicator, str(f.period)) for f in facts} == {
        ("长沙市", "gdp", "2022"), ("岳阳市", "gdp", "2022"), ("常德市", "gdp", "2022")}


def test_a_row_naming_the_captions_indicator_by_its_closing_words_and_a_count() -> None:
    text = ("7-1 规模以上工业企业单位数(2005-2009年)\n  单位:个\n指标 2005 2006 2007\n"
            "工业企业单位数\n40275  45686  51604 \n按轻重工业分\n         \n  轻工业\n"
            "21241  24153  26785 \n  重工业\n19034  21533  24819 \n")
    facts = plantrack.extract(text, region="330000").facts
    assert {(f.indicator, str(f.period), f.quantity.value) for f in facts} == {
        ("industrial_enterprises_above_scale", "2005", Decimal("40275")),
        ("industrial_enterprises_above_scale", "2006", Decimal("45686")),
        ("industrial_enterprises_above_scale", "2007", Decimal("51604"))}


def test_a_bilingual_yearbook_table_with_an_english_corner_and_a_years_growth() -> None:
    # item 2000 2004 2005 2005比2004: the corner in English alone; the English line under
    # it (increase rate in 2005 over 2004(%)) names no columns; a total row named in
    # English is the caption's indicator
    text = ("9-5  规模以上工业企业总产值\ngross output value of industrial enterprises\n"
            "单位:亿元         (100 million yuan)\n       item 2000 2004 2005 2005比2004\n"
            "increase rate in 2005 over 2004(%) \n"
            "       total                           2616.12 6783.42 8135.98 20.8\n"
            "    轻工业         light industry                 1364.97 2949.33 3673.27 25.3\n"
            "    重工业      heavy industry                        1251.15 3834.08 4462.71 17.3\n")
    facts = plantrack.extract(text, region="350000").facts
    assert {(f.measure, str(f.period), f.quantity.value) for f in facts
            if f.indicator == "industrial_output"} == {
        ("level", "2000", Decimal("261612000000")), ("level", "2004", Decimal("678342000000")),
        ("level", "2005", Decimal("813598000000")), ("growth", "2005", Decimal("20.8"))}


def test_a_tables_number_whose_biao_a_copy_lost_still_titles_it() -> None:
    # 2  GDP同比增长速度 / (blank) / 单位:% over a table of years by quarters
    rows = [["年份", "1季度", "2季度", "3季度", "4季度"], ["2012", "8.1", "7.6", "7.5", "8.1"],
            ["2013", "7.9", "7.6", "7.9", "7.7"], ["2014", "7.4", "7.5", "7.1", "7.2"]]
    cells = "\n\n".join(c for row in rows for c in row)
    text = f"我国GDP初步核算结果\n\n \n\n2  GDP同比增长速度\n\n单位:%\n\n{cells}\n"
    facts = plantrack.extract(text, region="100000", year=2017).facts
    assert {(f.indicator, f.measure, str(f.period), f.quantity.value) for f in facts} >= {
        ("gdp", "growth", "2012Q1", Decimal("8.1")), ("gdp", "growth", "2014Q4", Decimal("7.2"))}


def test_a_table_takes_the_period_the_paragraph_above_it_opens_with() -> None:
    text = ("1-5月,西部地区规模以上工业运行稳定。\n规模以上工业增加值 (亿元、%、%)\n"
            "省市 |\n增长率 |\n增速与去年同期比较 |\n全国 |\n6.00 |\n-0.20 |\n"
            "贵州 |\n9.6 |\n-0.20 |\n西藏 |\n12.1 |\n-2.70 |\n陕西 |\n6.8 |\n1.10 |\n")
    facts = plantrack.extract(text, year=2016, region="610000").facts
    assert {str(f.period) for f in facts} == {"2016-01..2016-05"}
    assert {f.region_name for f in facts} >= {"贵州省", "西藏自治区", "陕西省"}


def test_a_years_table_one_cell_a_line_each_closed_by_a_bar() -> None:
    rows = (("年份", "地区生产总值", "人均地区生产总值(元)"), ("2004", "20.17", "437"),
            ("2005", "24.15", "522"), ("2006", "29.53", "634"))
    text = f"表3-1 某市历年生产总值\n单位:亿元\n{bar_closed(rows)}\n"
    extraction = plantrack.extract(text, region="330200")
    assert {(f.indicator, str(f.period), f.quantity.value) for f in extraction.facts} == {
        ("gdp", "2004", Decimal("2017000000")), ("gdp", "2005", Decimal("2415000000")),
        ("gdp", "2006", Decimal("2953000000")), ("gdp_per_capita", "2004", Decimal("437")),
        ("gdp_per_capita", "2005", Decimal("522")), ("gdp_per_capita", "2006", Decimal("634"))}
    check_quotes(extraction, text)
    assert not any(f.provenance.quote.endswith("|") for f in extraction.facts)


def test_a_price_tables_month_on_month_column_gives_nothing_its_indices_growth() -> None:
    # a survey office's monthly prices: 环比 | 同比 | 累计比, each an index on its base = 100
    rows = (("指标名称", "环比", "同比", "累计比"), ("居民消费价格指数", "99.9", "100.4", "100.1"),
            ("工业生产者出厂价格指数", "99.9", "99.8", "98.2"))
    facts = plantrack.extract(pipe(rows), region="330600", year=2024).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("cpi", "growth", Decimal("0.4")), ("cpi", "growth", Decimal("0.1")),
        ("ppi", "growth", Decimal("-0.2")), ("ppi", "growth", Decimal("-1.8"))}


def test_a_years_header_wider_than_its_rows_reads_no_row_across_two_years() -> None:
    # a bilingual header copied one word a line: six header cells over rows of three
    header = ("年份", "生产总值", "第一产业", "Year", "Gross", "Primary")
    rows = (("1978", "20.17", "6.52"), ("1979", "24.15", "7.99"), ("1980", "29.53", "8.69"),
            ("1981", "31.99", "7.85"))
    cells = [*header, *(c for row in rows for c in row)]
    text = "表3-1 某市历年生产总值\n单位:亿元\n" + "\n".join(f"{c} |" for c in cells) + "\n"
    facts = plantrack.extract(text, region="330200").facts
    assert not [f for f in facts if f.quantity.value in {
        Decimal("797000000"), Decimal("785000000"), Decimal("2953000000")}
        and str(f.period) != "1980"]


def test_a_caption_listing_its_units_in_brackets_names_the_tables_indicator() -> None:
    text = ("规模以上工业增加值(亿元、%、%)\n省市 |\n增长率 |\n增速与去年同期比较 |\n"
            "全国 |\n6.00 |\n-0.20 |\n贵州 |\n9.60 |\n-0.20 |\n西藏 |\n12.10 |\n-2.70 |\n")
    facts = plantrack.extract(text, year=2016, region="520000").facts
    assert {(f.indicator, f.region_name, f.quantity.value) for f in facts} >= {
        ("industrial_value_added", "贵州省", Decimal("9.60")),
        ("industrial_value_added", "西藏自治区", Decimal("12.10"))}
    assert {f.indicator for f in facts} == {"industrial_value_added"}


def test_a_year_column_right_after_the_indicators_one_cell_a_line() -> None:
    # 指标 / 2019 / 同比±%: the bare year heads the column of that year's levels
    cells = ("指   标", "2019", "同比±%", "生产总值(GDP)", "4830423", "7.8",
             "工业", "1889663", "8.6")
    text = blank_lined("表1  2019年某县地区生产总值\n\n(单位:万元)", cells)
    extraction = run_extractor("table", text, year=2019)
    assert facts_of(extraction) == {
        ("result", "gdp", "level", Decimal("48304230000"), "=", "2019"),
        ("result", "gdp", "growth", Decimal("7.8"), "=", "2019")}


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_products_table_whose_unit_cells_were_left_blank(in_script: InScript,
                                                            separator: str) -> None:
    # 产品名称 / 计量单位 / 2019年产量 / 比上年增减% over 粮食 / 171337 / -5.5: the page left
    # the unit cells blank and its copy dropped them, so each row is a line shorter than
    # the header; its values are the year's and the change's, the level's unit unprinted:
    # read in 吨, a table's unit of output, flagged and warned of, not left out
    cells = ["产品名称", "计量单位", "2019年产量", "比上年增减%", "粮食", "171337", "-5.5",
             "棉花", "213", "6.5", "油料", "5000", "3.2"]
    text = "2019年某县统计公报\n表1  2019年全县主要农产品产量\n" + separator.join(cells) + "\n"
    text = in_script(text)
    extraction = plantrack.extract(text)
    assert {(f.indicator, f.measure, f.quantity.value, f.quantity.unit, f.uncertain)
            for f in extraction.facts} == {
        ("grain_output", "level", Decimal("171337"), "ton", ("unit",)),
        ("grain_output", "growth", Decimal("-5.5"), "percent", ()),
        ("oil_crops_output", "level", Decimal("5000"), "ton", ("unit",)),
        ("oil_crops_output", "growth", Decimal("3.2"), "percent", ())}
    assert any("no unit printed: 2 facts" in w for w in extraction.warnings)


def test_a_row_named_by_closing_words_under_columns_of_scopes(in_script: InScript) -> None:
    # 可支配收入 under 全体居民 | 城镇居民 | 农村居民 (each over 总量 | 增长): the row names
    # what each column's scope opens (全体居民人均可支配收入 …); a row the scopes open no
    # catalogue name with (生活消费支出) gives nothing
    text = ("2022年长兴县统计公报\n表四 2022年长兴居民人均收支主要指标\n单位:元、%\n"
            "指标 全体居民 城镇居民 农村居民\n总量 增长 总量 增长 总量 增长\n"
            "可支配收入 60459 5.7 71661 4.7 45100 7.1\n"
            "1.工资性收入 34640 5.2 38796 4.0 28942 6.9\n"
            "生活消费支出 37036 7.2 43670 6.1 27940 8.8\n")
    text = in_script(text)
    facts = plantrack.extract(text).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("disposable_income", "level", Decimal("60459")),
        ("disposable_income", "growth", Decimal("5.7")),
        ("urban_disposable_income", "level", Decimal("71661")),
        ("urban_disposable_income", "growth", Decimal("4.7")),
        ("rural_disposable_income", "level", Decimal("45100")),
        ("rural_disposable_income", "growth", Decimal("7.1"))}


def test_a_table_of_products_output_with_a_unit_cell_between_name_and_values() -> None:
    # 粮食 | 万吨 | 14.03 | 2.8 under 主要农业产品产量, one cell a line, each closed by a bar:
    # the unit's cell stands between the product and its values, the row the product's
    # output (粮食 is 粮食产量); a product the catalogue lacks (茶叶) gives nothing
    cells = ("产品名称", "单位", "总量", "增长 (%)", "粮食", "万吨", "14.03", "2.8",
             "茶叶", "吨", "8277.00", "7.1", "油料", "万吨", "3.12", "-0.3")
    text = "2020年某县统计公报\n主要农业产品产量\n" + "".join(f"{c} |\n" for c in cells)
    facts = plantrack.extract(text).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("grain_output", "level", Decimal("140300")),
        ("grain_output", "growth", Decimal("2.8")),
        ("oil_crops_output", "level", Decimal("31200")),
        ("oil_crops_output", "growth", Decimal("-0.3"))}


def test_columns_of_the_whole_region_and_its_parts_give_the_wholes_results(
        in_script: InScript) -> None:
    # 指标 | 全市 | 城市 | 农村: only the whole's column is the region's
    text = in_script("2022年某市统计公报\n表3 2022年居民消费价格比上年涨跌幅度\n单位:%\n"
                     "指标 | 全市 | 城市 | 农村\n居民消费价格 | 2.0 | 2.1 | 1.8\n"
                     "其中:食品烟酒 | 3.5 | 3.6 | 3.3\n")
    indexed = in_script("2022年某省统计公报\n表3 2022年居民消费价格指数(上年=100)\n"
                        "指标 | 全省 | 城市 | 农村\n居民消费价格指数 | 102.0 | 102.1 | 101.8\n")
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="320500", year=2022).facts}
    assert got == {("320500", "cpi", "growth", Decimal("2.0"))}
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(indexed, region="320000", year=2022).facts}
    assert got == {("320000", "cpi", "growth", Decimal("2.0"))}


def test_a_two_column_table_whose_rows_have_no_outer_bars(in_script: InScript) -> None:
    text = in_script("2022年某市统计公报\n表4 2022年分领域固定资产投资增长速度\n"
                     "指标 | 比上年增长(%)\n固定资产投资 | 6.5\n其中:工业投资 | 10.2\n"
                     "民间投资 | 3.1\n首页 | 新闻中心\n")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="320500", year=2022).facts}
    assert got == {("fixed_asset_investment", "growth", Decimal("6.5")),
                   ("industrial_investment", "growth", Decimal("10.2")),
                   ("private_investment", "growth", Decimal("3.1"))}


def test_a_row_named_by_the_captions_opening_words_is_the_whole_broken_down(
        in_script: InScript) -> None:
    text = in_script("2022年某市统计公报\n表2 2022年规模以上工业增加值主要分类增长情况\n"
                     "指标 | 比上年增长(%) |\n规模以上工业 | 7.0 |\n其中:轻工业 | 5.1 |\n"
                     "重工业 | 8.2 |\n")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="320500", year=2022).facts}
    assert got == {("industrial_value_added", "growth", Decimal("7.0"))}


def test_rows_of_residents_scopes_under_the_residents_income(in_script: InScript) -> None:
    text = in_script("2022年某市统计公报\n表1 2022年全市居民人均收支主要指标\n"
                     "指标 | 绝对数(元) | 比上年增长(%)\n全市居民人均可支配收入 | 45000 | 5.0\n"
                     "按常住地分:城镇居民 | 55000 | 4.5\n农村居民 | 25000 | 6.0\n")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="320500", year=2022).facts}
    assert got == {("disposable_income", "level", Decimal("45000")),
                   ("disposable_income", "growth", Decimal("5.0")),
                   ("urban_disposable_income", "level", Decimal("55000")),
                   ("urban_disposable_income", "growth", Decimal("4.5")),
                   ("rural_disposable_income", "level", Decimal("25000")),
                   ("rural_disposable_income", "growth", Decimal("6.0"))}


def test_a_this_month_column_under_a_caption_of_months_is_the_last_month_alone(
        in_script: InScript) -> None:
    text = in_script("某市2023年1-6月主要经济指标\n"
                     "指标名称 | 计量单位 | 本月 | 同比增长(%) | 1-本月 | 同比增长(%)\n"
                     "规模以上工业增加值 | 亿元 | 50.1 | 5.0 | 300.5 | 6.2\n")
    got = {(f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="320500", year=2023).facts}
    assert got == {("level", "2023-06", Decimal("5010000000")),
                   ("growth", "2023-06", Decimal("5.0")),
                   ("level", "2023-01..2023-06", Decimal("30050000000")),
                   ("growth", "2023-01..2023-06", Decimal("6.2"))}


def test_a_table_of_years_run_on_under_a_table_of_districts_is_a_table_of_its_own(
        in_script: InScript) -> None:
    text = in_script("2022年汕头市GDP\n排行 | 区域 | 2022年GDP(亿元) | 2022年增速(%) |\n"
                     "1 | 龙湖区 | 614.37 | 0.2 |\n年份 | GDP(亿元) | 增速(%) |\n"
                     "2021年 | 2929.87 | 6.1 |\n2020年 | 2730.58 | 2.0 |\n")
    got = {(f.region, f.measure, f.quantity.value, str(f.period))
           for f in plantrack.extract(text, region="440500").facts}
    assert got == {("440507", "level", Decimal("61437000000"), "2022"),
                   ("440507", "growth", Decimal("0.2"), "2022"),
                   ("440500", "level", Decimal("292987000000"), "2021"),
                   ("440500", "growth", Decimal("6.1"), "2021"),
                   ("440500", "level", Decimal("273058000000"), "2020"),
                   ("440500", "growth", Decimal("2.0"), "2020")}


SHEET = (
    ("表2 2023年各市地区生产总值", "", ""),
    ("本表按当年价格计算。", "", ""),
    ("地 区", "总量(亿元)", "增长(%)"),
    ("南京市", "17421.40", "4.6"),
    ("无锡市", "15456.19", "6.0"),
    ("徐州市", "9074.50", "5.9"),
)


def test_a_sheets_caption_rows_close_their_empty_cells_alike_in_bars_and_tabs(
        in_script: InScript) -> None:
    # a caption's row keeps its empty cells (| 表2 … | | |, 表2 …\t\t): its words name the
    # indicator the header's 总量 and 增长 are of, in either copy
    rows = [[in_script(cell) for cell in row] for row in SHEET]
    barred = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    tabbed = "\n".join("\t".join(row) for row in rows)
    found = []
    for table in (barred, tabbed):
        extraction = plantrack.extract(f"{table}\n")
        check_quotes(extraction, f"{table}\n")
        found.append({(f.region_name, f.indicator, f.measure, f.quantity.value)
                      for f in extraction.facts})
    assert found[0] == found[1]
    assert find_grids(f"{barred}\n")[0].caption == find_grids(f"{tabbed}\n")[0].caption == (
        f"{rows[0][0]} {rows[1][0]}")
    assert ("无锡市", "gdp", "level", Decimal("1545619000000")) in found[1]
    assert ("徐州市", "gdp", "growth", Decimal("5.9")) in found[1]


@pytest.mark.parametrize("close", ["", " | "], ids=["closed by its last word", "by an empty cell"])
def test_a_header_short_of_its_ranked_rows_at_the_left_stands_over_their_names(
        in_script: InScript, close: str) -> None:
    # no word over the ranks: 省份 stands over the provinces, each word over its values
    text = in_script("2023年各省份地区生产总值排名\n"
                     f"省份 | 地区生产总值(亿元) | 增速(%){close}\n"
                     "1 | 广东 | 135673.16 | 4.8\n2 | 江苏 | 128222.16 | 5.8\n"
                     "3 | 山东 | 92068.70 | 6.0\n")
    facts = {(f.region_name, f.measure, f.quantity.value)
             for f in plantrack.extract(text).facts}
    assert facts == {("广东省", "level", Decimal("13567316000000")),
                     ("广东省", "growth", Decimal("4.8")),
                     ("江苏省", "level", Decimal("12822216000000")),
                     ("江苏省", "growth", Decimal("5.8")),
                     ("山东省", "level", Decimal("9206870000000")),
                     ("山东省", "growth", Decimal("6.0"))}


RANKED = (
    ("排名", "省份", "GDP(亿元)", "同比增长率(%)"),
    ("1", "广东省", "135673.16", "4.8"),
    ("2", "江苏省", "128222.16", "5.8"),
    ("3", "山东省", "92068.70", "6.0"),
)


@pytest.mark.parametrize("render", [pipe, tabs, one_per_line],
                         ids=["pipe", "tab", "one cell per line"])
def test_a_ranked_table_reads_alike_in_every_rendering(in_script: InScript, render) -> None:
    # one cell a line: 排名 / 省份 / GDP(亿元) …, each row opening with its rank
    rows = tuple(tuple(in_script(cell) for cell in row) for row in RANKED)
    text = in_script("2023年各省份经济数据\n") + render(rows) + "\n"
    extraction = plantrack.extract(text)
    check_quotes(extraction, text)
    assert {(f.region_name, f.indicator, f.measure, f.quantity.value)
            for f in extraction.facts} == {
        ("广东省", "gdp", "level", Decimal("13567316000000")),
        ("广东省", "gdp", "growth", Decimal("4.8")),
        ("江苏省", "gdp", "level", Decimal("12822216000000")),
        ("江苏省", "gdp", "growth", Decimal("5.8")),
        ("山东省", "gdp", "level", Decimal("9206870000000")),
        ("山东省", "gdp", "growth", Decimal("6.0"))}


def test_households_beside_a_count_of_communities_are_no_count_of_them(
        in_script: InScript) -> None:
    # the households the renovated communities house (万户) are counted in another word
    text = in_script("2022年全国计划新开工改造城镇老旧小区5.1万个、840万户。\n"
                     "2022年老旧小区改造进展情况\n"
                     "序号 | 省份 | 计划任务数(个) | 开工数(个) | 涉及居民户数(万户) |\n"
                     "1 | 北京 | 400 | 411 | 21.30 |\n2 | 天津 | 177 | 178 | 10.12 |\n"
                     "3 | 河北 | 3698 | 3699 | 53.00 |\n")
    got = {(type(f).__name__, f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "old_communities_renovated"}
    assert got == {("Goal", "100000", Decimal("51000")),
                   ("Goal", "110000", Decimal("400")), ("Result", "110000", Decimal("411")),
                   ("Goal", "120000", Decimal("177")), ("Result", "120000", Decimal("178")),
                   ("Goal", "130000", Decimal("3698")), ("Result", "130000", Decimal("3699"))}


# a district's plan-execution table as a text copy gives it: the result's head
# (完成情况) spans its growth, level and verdict, the second header line written from the
# left; the column of the indicators' nature (属性) is merged over its group's rows, so
# only the first row has it; a row whose level is left out is one cell shorter
_NATURE_GROUPED_PLAN = (
    "表一:2021年某区国民经济与社会发展有关指标完成情况\n"
    "属性 | 指标名称 | 人代会 目标 | 完成情况 | 全市排名 | |||\n"
    "增幅 | 绝对值 | 评价 | |||||\n"
    "预期性 | 地区生产总值 | 7%左右 | 8.4 | 612.5亿元 | 完成 | 3 | |\n"
    "一般公共预算收入 | 6%以上 | 12.2% | 41.3亿 | 完成 | 2 | ||\n"
    "固定资产投资 | 10% | 21.5% | 完成 | 2 | |||\n")


def test_a_results_measures_under_its_head_and_rows_short_of_a_merged_group_cell(
        in_script: InScript) -> None:
    text = in_script(_NATURE_GROUPED_PLAN)
    facts = plantrack.extract(text).facts
    got = {(type(f).__name__, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert got == {
        ("Goal", "gdp", "growth", Decimal("7")),
        ("Result", "gdp", "growth", Decimal("8.4")),
        ("Result", "gdp", "level", Decimal("61250000000")),
        ("Goal", "general_budget_revenue", "growth", Decimal("6")),
        ("Result", "general_budget_revenue", "growth", Decimal("12.2")),
        ("Result", "general_budget_revenue", "level", Decimal("4130000000")),
        ("Goal", "fixed_asset_investment", "growth", Decimal("10")),
        ("Result", "fixed_asset_investment", "growth", Decimal("21.5"))}
    assert all(str(f.period) == "2021" for f in facts)
    assert all(text[f.provenance.start:f.provenance.end] == f.provenance.quote for f in facts)


# a plan-execution table as a text copy gives it: the result's column spans its level and
# growth (a second header line, its cells written from the left), a group's label stands
# before its first row's number only, and every line ends in a copy's empty bars
_GROUPED_PLAN = (
    "某市2023年国民经济和社会发展计划执行情况\n"
    "表 2023年某市国民经济和社会发展计划主要指标完成情况\n"
    "序号 | 指标名称 | 单位 | {target} | {result} | |||||\n"
    "绝对值 | 增速(%) | ||||||||\n"
    "经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长6%以上 | 4297.8 | 6.2 | |||\n"
    "2 | 规上工业增加值 | 亿元 | 增长7%以上 | 820.9 | 11.2 | ||||\n"
    "3 | 一般公共预算收入 | 亿元 | 与经济增长 基本同步 | 402.5 | 2.1 | ||||\n"
    "4 | 固定资产投资 | 亿元 | 增长7% | — | 0.7 | ||||\n")


@pytest.mark.parametrize(("target", "result"), [("目标", "全年实绩"),
                                                ("2023年 计划目标", "2023年实绩")])
def test_a_results_level_and_growth_under_one_spanning_head_beside_a_group_label(
        in_script: InScript, target: str, result: str) -> None:
    text = in_script(_GROUPED_PLAN.format(target=target, result=result))
    facts = plantrack.extract(text).facts
    got = {(type(f).__name__, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert got == {
        ("Goal", "gdp", "growth", Decimal("6")),
        ("Result", "gdp", "level", Decimal("429780000000")),
        ("Result", "gdp", "growth", Decimal("6.2")),
        ("Goal", "industrial_value_added", "growth", Decimal("7")),
        ("Result", "industrial_value_added", "level", Decimal("82090000000")),
        ("Result", "industrial_value_added", "growth", Decimal("11.2")),
        ("Result", "general_budget_revenue", "level", Decimal("40250000000")),
        ("Result", "general_budget_revenue", "growth", Decimal("2.1")),
        ("Goal", "fixed_asset_investment", "growth", Decimal("7")),
        ("Result", "fixed_asset_investment", "growth", Decimal("0.7"))}
    assert all(str(f.period) == "2023" for f in facts)
