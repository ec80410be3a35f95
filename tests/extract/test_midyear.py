"""Mid-year results style: 上半年 results, 同比 growth, then targets for the year."""

from __future__ import annotations

from decimal import Decimal

import plantrack
from plantrack.testing import assert_extracts, run_extractor

REPORT = ("南通市通州区上半年经济运行情况\n"
          "上半年,通州实现地区生产总值700.2亿元,同比增长6.1%;一般公共预算收入30亿元,增长8%。"
          "城镇、农村居民人均可支配收入分别增长5.5%、6.5%。\n"
          "下半年,通州区将确保全年新开工重大项目20个。\n")


def test_results_for_the_first_half() -> None:
    extraction = run_extractor("mid-year", REPORT, year=2023)
    results = {(f.indicator, f.measure): f for f in extraction.results}
    assert str(results[("gdp", "level")].period) == "2023H1"
    assert results[("gdp", "growth")].quantity.value == Decimal("6.1")
    assert results[("general_budget_revenue", "growth")].quantity.value == 8
    assert results[("urban_disposable_income", "growth")].quantity.value == Decimal("5.5")
    assert results[("rural_disposable_income", "growth")].quantity.value == Decimal("6.5")


def test_targets_for_the_rest_of_the_year() -> None:
    extraction = run_extractor("mid-year", REPORT, year=2023)
    (goal,) = extraction.goals
    assert (goal.indicator, str(goal.period), goal.modality) == (
        "major_projects_started", "2023", "ensure")


def test_traditional_results_and_decline() -> None:
    text = ("南通市通州區上半年\n"
            "上半年,通州區固定資產投資同比下降2.5%,社會消費品零售總額增長4.2%。\n")
    assert_extracts("mid-year", text, [
        {"kind": "result", "indicator": "fixed_asset_investment", "measure": "growth",
         "value": -2.5, "region": "320612", "quote": "通州區固定資產投資同比下降2.5%"},
        {"kind": "result", "indicator": "retail_sales", "value": 4.2},
    ], year=2023)


def test_rate_of_a_part_is_not_the_whole() -> None:
    text = ("上半年,通州区规上工业增加值同比增长9%,其中高端装备制造业增加值增长12%。\n")
    extraction = run_extractor("mid-year", text, year=2023)
    assert [(f.indicator, f.indicator_label, f.quantity.value) for f in extraction.results] == [
        ("industrial_value_added", None, 9), ("other", "高端装备制造业增加值", 12)]


def test_a_reviews_estimate_of_its_own_years_end_is_a_result() -> None:
    # 预计到2021年底…完成546亿元, in a review told in December 2021: the year's outcome
    text = ("平凉市政府工作报告\n  过去五年工作回顾\n  五年来，全市上下奋力推动高质量发展。"
            "预计到2021年底，全市地区生产总值完成546亿元，较去年增长8%。")
    facts = plantrack.extract(text, year=2021, region="620800").facts
    assert {(f.kind, f.measure, str(f.period)) for f in facts} == {
        ("result", "level", "2021"), ("result", "growth", "2021")}


def test_a_parts_figure_with_its_same_period_rate_after_is_a_result_under_an_aim() -> None:
    # an aim named before (锚定…目标) does not reach a quarter's figure whose clause is
    # followed by its 同比 rate
    text = ("七里河区\n今年以来，我区锚定“打造千亿城”目标，全力拼经济，"
            "一季度全区地区生产总值完成153.14亿元，同比增长10.3%。")
    facts = plantrack.extract(text, year=2023, region="620103").facts
    assert {(f.kind, f.measure, str(f.period)) for f in facts} == {
        ("result", "level", "2023Q1"), ("result", "growth", "2023Q1")}


def test_a_reviews_estimated_average_over_its_years_is_a_result() -> None:
    text = ("宜宾市政府工作报告\n一、过去五年工作回顾\n过去五年，综合实力实现跨越提升。"
            "预计2021年全市地区生产总值突破3000亿元、年均增长8.1%。")
    facts = plantrack.extract(text, year=2021, region="511500").facts
    assert {f.kind for f in facts} == {"result"}
