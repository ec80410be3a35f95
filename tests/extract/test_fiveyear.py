"""Five-year plan style: 到2025年 levels, 每年 recurring targets, rates per year."""

from __future__ import annotations

from decimal import Decimal

import pytest

import plantrack
from plantrack.testing import run_extractor

PLAN = ("未来五年,是南通市通州区高质量发展的关键时期。到2025年地区生产总值突破1800亿元。\n"
        "通州区将确保每年新开工重大项目25个以上。\n"
        "通州区将确保实现新增城镇就业3万人以上,城镇登记失业率控制在3.5%以内。\n"
        "力争到2025年高新技术企业达450家、省级民营科技企业700家以上。\n")


def _by_indicator(text: str) -> dict[str, object]:
    return {f.indicator: f for f in run_extractor("five-year", text).goals}


def test_until_year_is_a_level_at_that_year() -> None:
    gdp = _by_indicator(PLAN)["gdp"]
    assert str(gdp.period) == "2025"  # type: ignore[attr-defined]
    assert gdp.quantity.comparator == ">"  # type: ignore[attr-defined]


def test_every_year_recurs_over_the_span() -> None:
    started = _by_indicator(PLAN)["major_projects_started"]
    assert (str(started.period), started.per) == ("2021..2025", "year")  # type: ignore[attr-defined]


def test_rates_recur_and_flows_total_over_the_span() -> None:
    facts = _by_indicator(PLAN)
    rate = facts["urban_registered_unemployment_rate"]
    assert (rate.per, rate.quantity.comparator) == ("year", "<=")  # type: ignore[attr-defined]
    jobs = facts["urban_jobs_new"]
    assert (str(jobs.period), jobs.per) == ("2021..2025", None)  # type: ignore[attr-defined]
    assert jobs.modality == "ensure"  # type: ignore[attr-defined]


def test_strive_governs_a_coordinated_list() -> None:
    facts = _by_indicator(PLAN)
    assert facts["high_tech_enterprises"].modality == "strive"  # type: ignore[attr-defined]
    assert facts["private_tech_enterprises"].modality == "strive"  # type: ignore[attr-defined]
    assert str(facts["private_tech_enterprises"].period) == "2025"  # type: ignore[attr-defined]


def test_a_running_total_is_a_goal_in_a_plan_and_a_result_elsewhere() -> None:
    text = ("东台市“十四五”规划纲要\n开放水平持续提升。五年累计实际使用外资15亿美元,"
            "外贸进出口总额年均增长5%。\n")
    plan = run_extractor("five-year", text, year=2021)
    assert {(f.kind, f.indicator, str(f.period)) for f in plan.facts} == {
        ("target", "foreign_investment_actual", "2021..2025"),
        ("target", "foreign_trade", "2021..2025")}
    report = run_extractor("generic", "东台市\n今年以来累计实际使用外资1.5亿美元。", year=2023)
    assert [f.kind for f in report.facts] == ["result"]


def test_a_five_year_total_after_per_year_targets_is_no_yearly_one() -> None:
    text = ("长兴县国民经济和社会发展第十四个五年规划纲要\n"
            "“十四五”期间，每年新开工重大项目40个以上，五年累计完成固定资产投资3000亿元。")
    facts = {f.indicator: f for f in run_extractor("five-year", text, year=2021).goals}
    assert facts["major_projects_started"].per == "year"
    assert facts["fixed_asset_investment"].per is None


def test_two_year_averages_without_a_plan_make_no_targets() -> None:
    # 两年平均增长 and 年均 make the style five-year, but with no plan named and no span
    # said, a year's figures are what was reached
    from plantrack import extract

    text = ("2021年南通实现地区生产总值11026.94亿元，同比增长8.9%，两年平均增长6.2%。"
            "分产业看，第一产业增加值520.52亿元，增长3.2%，两年平均增长2.7%；"
            "第二产业增加值5137.19亿元，增长9.5%，两年平均增长6.1%。")
    facts = extract(text, region="南通市").facts
    assert facts
    assert all(f.kind == "result" for f in facts)


def test_a_bulletin_that_opens_the_plan_is_no_plan() -> None:
    # 两年平均 and 按年平均汇率折算 hold a 年平均 that is no yearly rate of a plan: with
    # the one 十四五 of 实现“十四五”良好开局, a bulletin is not read as the plan's outline
    from plantrack import extract

    text = ("2021年，全市经济平稳增长，实现“十四五”良好开局。\n"
            "2021年全市生产总值5210.36亿元，比上年增长8.1%，两年平均增长5.9%。"
            "按常住人口计算，全市人均生产总值98765元（按年平均汇率折算为15309美元）。"
            "全市城镇新增就业人数12.35万人，城镇登记失业率2.01%。")
    facts = extract(text, region="绍兴市").facts
    assert {(f.indicator, f.kind, str(f.period)) for f in facts} >= {
        ("gdp", "result", "2021"), ("urban_jobs_new", "result", "2021"),
        ("urban_registered_unemployment_rate", "result", "2021")}
    assert all(f.kind == "result" for f in facts)


def test_this_years_targets_in_a_plans_opening_year_are_the_years() -> None:
    # 今年是“十四五”开局之年，…提出了今年的预期性指标，其中，地区生产总值增长6%以上: the
    # year's targets, not the plan's span's; the plan's own 年均 stays the span's
    from plantrack import extract

    text = ("甲市政府工作报告\n“十四五”时期，全市地区生产总值年均增长6%左右。\n"
            "今年是“十四五”开局之年，全市提出了今年经济社会发展的预期性指标，其中，地区生产"
            "总值增长6%以上，一般公共预算收入增长4.5%左右。")
    goals = {(f.indicator, f.quantity.value, str(f.period), f.per)
             for f in extract(text, region="扬州市", year=2021).facts if f.kind == "target"}
    assert goals == {("gdp", Decimal(6), "2021..2025", "year"), ("gdp", Decimal(6), "2021", None),
                     ("general_budget_revenue", Decimal("4.5"), "2021", None)}


def test_a_year_named_as_a_plans_opening_year_is_no_span() -> None:
    # 2026年是“十五五”开局之年，…主要预期目标为：…: the year named, in its own clause, is
    # the targets' period; the plan only frames it
    from plantrack import extract

    text = ("甲市政府工作报告\n2026年是“十五五”开局之年，全市经济社会发展主要预期目标为：地区"
            "生产总值增长5%左右；工业增加值增长5.7%；固定资产投资增长3%。")
    goals = {(f.indicator, str(f.period))
             for f in extract(text, region="350500", year=2026).facts if f.kind == "target"}
    assert goals == {("gdp", "2026"), ("industrial_value_added", "2026"),
                     ("fixed_asset_investment", "2026")}


def test_the_years_ahead_of_a_december_text_start_next_year_whatever_plan_it_names() -> None:
    # 实现“十四五”良好开局 in a news item of December 2021, then 今后五年…力争…总量突破1600亿元:
    # the five years from 2022; a flow's level said over them with no sum's word is the
    # last year's
    from plantrack import extract

    text = ("某区人代会开幕\n2021年12月23日\n一年来，全区实现“十四五”良好开局。"
            "报告指出，今后五年，全区力争地区生产总值增速保持7.6%左右，总量突破"
            "1600亿元；五年累计完成固定资产投资2000亿元。")
    goals = {(f.indicator, f.measure, str(f.period))
             for f in extract(text, region="350111").facts if f.kind == "target"}
    assert goals == {("gdp", "growth", "2022..2026"), ("gdp", "level", "2026"),
                     ("fixed_asset_investment", "level", "2022..2026")}


def test_a_review_of_a_plans_closing_year_is_no_plan() -> None:
    # 2020年，是“十三五”规划收官之年 … 围绕“十三五”规划收官 … 十三五规划实施: a plan's
    # closing spoken of twice sets no span of aims; the year's figures were reached
    from plantrack import extract

    text = ("2020年，是“十三五”规划收官之年，也是极不平凡的一年。全市紧紧围绕“十三五”规划收官"
            "和全面建成小康社会，夺取了十三五规划实施的新胜利。\n"
            "二是农业成效显著。2020年，全市粮食总产量32.3万吨，增长0.7%；"
            "农林牧渔业总产值63.44亿元，增长5.5%。")
    facts = extract(text, region="万源市").facts
    assert ("grain_output", "result", "2020") in {
        (f.indicator, f.kind, str(f.period)) for f in facts}
    assert all(f.kind == "result" for f in facts)


@pytest.mark.parametrize(("dated", "span"), [("2021年12月6日", "2022..2026"),
                                             ("2021年2月6日", "2021..2025")])
def test_the_next_five_years_of_a_congress_elected_late_in_the_year(dated: str,
                                                                   span: str) -> None:
    # a new congress's first session in December sets out the five years of its term
    text = (f"某市第九届人民代表大会第一次会议开幕\n{dated}\n报告提出今后五年主要奋斗目标：地区"
            "生产总值年均增长7%以上，一般公共预算收入年均增长5%。\n")
    facts = plantrack.extract(text, region="620300").facts
    assert {str(f.period) for f in facts} == {span}
    assert len(facts) == 2



def test_a_past_plan_reviewed_beside_the_years_ahead_is_not_the_span_set_out() -> None:
    # “十二五”期间 looked back on in a text of 2016 that sets out 今后五年's aims: the aims
    # are for the five years ahead, not the plan that has ended
    text = ("某区第十六届人民代表大会第一次会议开幕\n2016年11月23日\n“十二五”期间，民生支出"
            "实现翻番。报告提出今后五年主要奋斗目标：地区生产总值年均增长8%以上，城镇登记"
            "失业率控制在3%以内。\n")
    facts = plantrack.extract(text, region="440607").facts
    assert {(f.indicator, str(f.period)) for f in facts if f.kind == "target"} == {
        ("gdp", "2017..2021"), ("urban_registered_unemployment_rate", "2017..2021")}

# a news summary of a work report: lists under headings of a year, of a plan, of the
# targets of a year; figures one a line (a list of figures, no table of regions)
SUMMARY_OF_A_REPORT = """\
某省第十三届人民代表大会第四次会议开幕，省长作政府工作报告。
2020年成就:
实现生产总值2.62万亿元，增长2.2%
固定资产投资增长4.1%
进出口总额增长7.3%
“十四五”目标:
人均生产总值达到9万元左右
2021年目标:
生产总值增长6.5%左右
城镇新增就业40万人
"""


def test_lists_under_year_headings_in_a_plans_text_are_those_years() -> None:
    facts = plantrack.extract(SUMMARY_OF_A_REPORT, region="610000", year=2021).facts
    got = {(f.kind, f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts}
    assert {("result", "gdp", "growth", Decimal("2.2"), "2020"),
            ("result", "fixed_asset_investment", "growth", Decimal("4.1"), "2020"),
            ("result", "foreign_trade", "growth", Decimal("7.3"), "2020"),
            ("target", "gdp", "growth", Decimal("6.5"), "2021"),
            ("target", "urban_jobs_new", "level", Decimal(400000), "2021")} <= got
    assert not any(f.kind == "target" and str(f.period) == "2021..2025"
                   and f.indicator == "gdp" for f in facts)


def test_a_plans_average_in_a_bulletin_of_its_last_year_is_reached_over_the_plan() -> None:
    text = ("三明市2010年国民经济和社会发展统计公报\n“十一五”期间，全市地区生产总值年均增长"
            "14.7%。“十二五”期间，全市地区生产总值年均增长10%。")
    facts = plantrack.extract(text, region="350400").facts
    assert {(f.kind, str(f.quantity.value)) for f in facts} == {
        ("result", "14.7"), ("target", "10")}  # the plan not yet ended: an aim
    assert {str(f.period) for f in facts if f.kind == "result"} == {"2006..2010"}


def test_the_years_ahead_after_a_review_of_the_past_five_are_a_plans() -> None:
    # (the past five years' 过去五年 is no year of the aims for the five ahead)
    text = ("甲市两会\n唐某说，过去五年，甲市政府克服一系列困难挑战。今后五年甲市发展的"
            "主要预期指标为：全市地区生产总值年均增长8%，固定资产投资年均增长10%。")
    facts = plantrack.extract(text, year=2021, region="620900").facts
    assert {f.kind for f in facts} == {"target"}
    assert all(f.period is not None and f.period.end_year >= 2025 for f in facts)
