"""Yearbook tables as a web page's text copy gives them (a header broken over many short
lines, a breakdown's parts on a line of their own, English names beside Chinese ones, a
row's values on the line under its name) and tables that set two regions side by side
over header rows that lost their spans. Written for these tests, in both scripts."""

from __future__ import annotations

from decimal import Decimal

import pytest

import plantrack
from plantrack.extract.tablecols import read_header, respan
from plantrack.model import Extraction


def traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))

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


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_index_yearbook_rows_are_growths_by_region(script: str) -> None:
    text = INDEX_TABLE if script == "simplified" else traditional(INDEX_TABLE)
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


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_level_yearbook_rows_on_two_lines(script: str) -> None:
    text = LEVEL_TABLE if script == "simplified" else traditional(LEVEL_TABLE)
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
