"""Region context through the generic reading: 通州 in two cities, towns, parks; a
per-capita figure is no total."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import pytest
from tests.extract.scripts import InScript, traditional

import plantrack
from plantrack.model import Fact, Goal
from plantrack.testing import assert_extracts, run_extractor


def _extract(text: str, **options: object) -> plantrack.Extraction:
    """``text`` read as a document named d.txt, with ``options`` (region, year)."""
    from plantrack.model import Document

    return plantrack.extract(Document(name="d.txt", text=text), **options)  # type: ignore[arg-type]


def test_tongzhou_in_a_nantong_context() -> None:
    text = ("南通通州上半年成绩单\n上半年,南通市通州区实现地区生产总值800亿元。"
            "通州地区生产总值同比增长7%。")
    extraction = run_extractor("generic", text, year=2023)
    assert {f.region for f in extraction.facts} == {"320612"}


def test_tongzhou_near_the_beijing_sub_centre() -> None:
    text = ("北京城市副中心上半年经济\n上半年,北京城市副中心地区生产总值实现600亿元。"
            "通州区固定资产投资同比增长2%。")
    extraction = run_extractor("generic", text, year=2022)
    assert {f.region for f in extraction.facts} == {"110112"}


def test_a_town_rolls_up_to_its_county() -> None:
    text = "南通市通州区上半年\n上半年,平潮镇一般公共预算收入增长9%。"
    assert_extracts("generic", text, [
        {"region": "320612", "region_name": "通州区", "indicator": "general_budget_revenue",
         "measure": "growth", "value": 9}], year=2023)


def test_enterprise_numbers_are_not_region_facts() -> None:
    text = "南通市通州区\n上半年,某科技有限公司规上工业总产值增长30%。"
    assert not run_extractor("generic", text, year=2023).facts


def test_explicit_past_year_is_a_result_and_this_year_a_target() -> None:
    text = ("2022年,我国国内生产总值增长3%。城镇新增就业1200万人。"
            "今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上。")
    extraction = run_extractor("generic", text, year=2023)
    assert {(f.kind, str(f.period), f.indicator) for f in extraction.facts} == {
        ("result", "2022", "gdp"), ("result", "2022", "urban_jobs_new"),
        ("target", "2023", "gdp"), ("target", "2023", "urban_jobs_new")}
    assert {f.region for f in extraction.facts} == {"100000"}


def test_each_region_of_a_list_gets_its_number() -> None:
    text = "上半年,广东省、佛山市GDP同比增长分别为4%和4.5%。"
    extraction = run_extractor("generic", text, year=2023)
    assert {(f.region_name, float(f.quantity.value)) for f in extraction.facts} == {
        ("广东省", 4.0), ("佛山市", 4.5)}


def test_an_enterprise_stays_the_subject_of_the_clauses_after_it() -> None:
    text = ("义乌市\n前三季度,一家饰品有限公司营业收入增长20%,出口额增长35%。"
            "前三季度,全市外贸进出口总额增长22%。")
    extraction = run_extractor("generic", text, year=2023)
    assert [(f.indicator, f.quantity.value) for f in extraction.facts] == [("foreign_trade", 22)]


def test_a_region_named_as_a_yardstick_is_not_the_subject() -> None:
    text = ("深圳市\n2023年,深圳工业总产值居全国城市首位;社会消费品零售总额1.05万亿元。")
    extraction = run_extractor("generic", text, year=2024)
    assert {f.region for f in extraction.facts} == {"440300"}


def test_compared_with_last_year_is_no_period() -> None:
    text = ("2022年晋江市统计公报\n晋江市统计局\n2023年3月\n"
            "全年全市实现地区生产总值3207亿元,比上年增长4.6%。")
    extraction = run_extractor("generic", text)
    assert {(f.kind, str(f.period)) for f in extraction.facts} == {("result", "2022")}


def test_town_and_country_respectively_are_two_indicators() -> None:
    text = "长丰县\n2023年,城乡居民人均可支配收入分别达到48600元、28900元。"
    extraction = run_extractor("generic", text, year=2024)
    assert [(f.indicator, f.quantity.value) for f in extraction.facts] == [
        ("urban_disposable_income", 48600), ("rural_disposable_income", 28900)]


@pytest.mark.parametrize("head", ["城乡", "城、乡"])
def test_town_and_country_written_apart_are_two_indicators(head: str) -> None:
    text = f"长丰县\n2024年，{head}居民人均可支配收入分别增长8%、9%。"
    extraction = run_extractor("generic", text, year=2024)
    assert [(f.indicator, f.quantity.value) for f in extraction.facts] == [
        ("urban_disposable_income", 8), ("rural_disposable_income", 9)]


def test_residents_income_without_per_capita_is_disposable_income() -> None:
    text = "甲市经济\n2021年，全市居民可支配收入40501元，比上年增长10.0%。"
    extraction = run_extractor("generic", text, year=2021)
    assert [(f.indicator, f.measure) for f in extraction.facts] == [
        ("disposable_income", "level"), ("disposable_income", "growth")]
    # and the towns' and the countryside's, each its own
    text = ("甲市经济\n2021年，城镇居民可支配收入40501元，增长8%；"
            "農村居民可支配收入20000元，增长9%。")
    extraction = run_extractor("generic", text, year=2021)
    assert [f.indicator for f in extraction.facts] == [
        "urban_disposable_income", "urban_disposable_income",
        "rural_disposable_income", "rural_disposable_income"]


@pytest.mark.parametrize("head", ["城乡居民", "城镇和农村居民"])
def test_a_growth_after_jun_is_each_items(head: str) -> None:
    # 均增长8.3%: both incomes grew 8.3%, though each has its own level before
    text = f"甲旗\n2017年，{head}人均可支配收入分别达到44960元和16774元，均增长8.3%。"
    extraction = run_extractor("generic", text, year=2017)
    assert [(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts] == [
        ("urban_disposable_income", "level", "44960"),
        ("rural_disposable_income", "level", "16774"),
        ("urban_disposable_income", "growth", "8.3"),
        ("rural_disposable_income", "growth", "8.3")]


@pytest.mark.parametrize("head", ["城乡居民", "城镇和农村居民"])
def test_jun_right_before_the_verb_gives_each_item_the_rate(head: str) -> None:
    # 同比均增长8.5%: 均 after the compound name, before its verb: both incomes grew 8.5%
    text = f"甲省\n2017年，全省{head}人均可支配收入同比均增长8.5%，居民消费价格上涨1.5%。"
    extraction = run_extractor("generic", text, year=2017)
    assert {(f.indicator, str(f.quantity.value)) for f in extraction.facts
            if f.indicator != "cpi"} == {("urban_disposable_income", "8.5"),
                                         ("rural_disposable_income", "8.5")}


def test_a_segment_of_only_a_year_on_year_rate_goes_on_about_the_indicator() -> None:
    text = "甲市经济\n一季度，全市地区生产总值完成242.0亿元，总量保持在全省第7位；同比增长5.5%。"
    extraction = run_extractor("generic", text, year=2025)
    assert [(f.indicator, f.measure) for f in extraction.facts] == [
        ("gdp", "level"), ("gdp", "growth")]
    # a segment naming its own subject keeps it
    text = "甲市经济\n一季度，全市地区生产总值完成242.0亿元；服务业同比增长5.5%。"
    extraction = run_extractor("generic", text, year=2025)
    assert [(f.indicator, f.measure) for f in extraction.facts] == [("gdp", "level")]


def test_a_clause_of_a_part_of_the_year_and_its_value_goes_on_about_the_indicator() -> None:
    text = "甲市经济\n2025年全市地区生产总值100亿元，上半年为40亿元。"
    extraction = run_extractor("generic", text, year=2025)
    assert [(f.indicator, str(f.quantity.value), str(f.period)) for f in extraction.facts] == [
        ("gdp", "10000000000", "2025"), ("gdp", "4000000000", "2025H1")]


def test_a_goal_named_in_a_results_sentence_is_a_target() -> None:
    # after its goal noun (调控目标2.5%), or before a growth goal naming its indicator
    text = "甲市经济\n1-8月，全市城镇登记失业率为2.09%，低于全年计划调控目标2.5%。"
    facts = run_extractor("generic", text, year=2006).facts
    assert [(f.kind, str(f.quantity.value)) for f in facts] == [
        ("result", "2.09"), ("target", "2.5")]
    text = "甲省经济\n2023年，全省上下为完成8%的年度固定资产投资增长目标形成有力支撑。"
    (fact,) = run_extractor("generic", text, year=2023).facts
    assert (fact.kind, fact.indicator, fact.measure) == (
        "target", "fixed_asset_investment", "growth")


def test_a_quarter_compared_with_is_not_the_next_sentences_period() -> None:
    # 较第一季度: the base of a comparison, read from its 第; the parts after are the half's
    text = ("甲市经济\n上半年，全市实现生产总值203.92亿元，增长13.1%，增幅较第一季度加快0.3个"
            "百分点。其中第一产业增加值21.23亿元，增长11.1%。")
    facts = run_extractor("generic", text, year=2010).facts
    assert {str(f.period) for f in facts} == {"2010H1"}


def test_foreign_trades_exports_are_exports_in_a_list() -> None:
    text = ("甲省经济\n2012年，全省固定资产投资、社会消费品零售总额、外贸出口总额分别增长22%、"
            "16%和54.3%。")
    facts = run_extractor("generic", text, year=2012).facts
    assert [f.indicator for f in facts] == ["fixed_asset_investment", "retail_sales", "exports"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name the catalogue lacks last: its value is none of the two named before it
    ("全市房地产投资、民间投资、建安投资增势较好，分别增长4.2%、10.6%、14.5%。",
     [("real_estate_investment", "4.2"), ("private_investment", "10.6")]),
    # ... or first: the values after it are the named ones', in the list's order
    ("全区社会资本投资、民间投资、工业投资同比分别增长36.8%、5.8%、88.1%。",
     [("private_investment", "5.8"), ("industrial_investment", "88.1")]),
])
def test_a_list_with_an_item_no_catalogue_name_stands_in(
        text: str, expected: list[tuple[str, str]]) -> None:
    facts = run_extractor("generic", "甲市经济\n1-8月，" + text, year=2022).facts
    assert [(f.indicator, str(f.quantity.value)) for f in facts] == expected


def test_a_parts_rate_said_with_wei_after_a_growth_is_a_growth() -> None:
    text = "甲市经济\n2025年，全市地区生产总值的增长速度一季度为10.7%，上半年为11%。"
    facts = run_extractor("generic", text, year=2025).facts
    assert [(f.measure, str(f.quantity.value), str(f.period)) for f in facts] == [
        ("growth", "10.7", "2025Q1"), ("growth", "11", "2025H1")]
    # a rate's own level stays a level
    text = "甲市经济\n2025年，全市城镇调查失业率一季度为5.1%，上半年为5.0%。"
    facts = run_extractor("generic", text, year=2025).facts
    assert [f.measure for f in facts] == ["level", "level"]


def test_an_estimate_for_the_whole_year_after_its_parts_rates_is_a_growth() -> None:
    # (预计 before 全年: the stage is an estimate's, its clause still bare)
    text = "甲区经济\n2023年，全区生产总值增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右。"
    facts = run_extractor("generic", text, year=2024).facts
    assert [(f.measure, str(f.quantity.value), str(f.period)) for f in facts] == [
        ("growth", "3.2", "2023H1"), ("growth", "4.4", "2023-01..2023-09"),
        ("growth", "5", "2023")]


def test_a_regions_rate_in_a_ranking_is_of_the_paragraphs_indicator() -> None:
    # (the indicator named in the paragraph before: the text's topic; the mark the three
    # cities passed is each one's)
    text = ("江苏各市前三季度经济\n苏州、南京、无锡的地区生产总值率先破万亿。\n"
            "从增长率来看，淮安以7%的增速脱颖而出，宿迁以6.9%的增速紧随其后。")
    facts = run_extractor("generic", text, year=2024).facts
    assert [(f.region, f.indicator, f.measure, str(f.quantity.value)) for f in facts] == [
        ("320500", "gdp", "level", "1000000000000"), ("320100", "gdp", "level", "1000000000000"),
        ("320200", "gdp", "level", "1000000000000"),
        ("320800", "gdp", "growth", "7"), ("321300", "gdp", "growth", "6.9")]


def test_a_list_of_regions_rates_after_fenbie_is_of_the_texts_indicator() -> None:
    text = ("江苏各市一季度经济\n一季度，江苏全省实现地区生产总值29401.7亿元，增长4.7%。"
            "这四座万亿城市中，苏州、无锡、南通的增速分别为1.9%、4.9%、4.3%。")
    facts = run_extractor("generic", text, year=2023).facts
    assert [(f.region, f.indicator, str(f.quantity.value)) for f in facts][2:] == [
        ("320500", "gdp", "1.9"), ("320200", "gdp", "4.9"), ("320600", "gdp", "4.3")]


def test_regions_bracketed_sums_after_the_indicators_sentence_are_theirs() -> None:
    text = ("江苏经济\n一季度，江苏全省实现地区生产总值29401.7亿元，增长4.7%。"
            "13个设区市中，苏州(5186.64亿元)、南京(4230.24亿元)居前两位。")
    facts = run_extractor("generic", text, year=2023).facts
    assert [(f.region, f.indicator, f.measure, str(f.quantity.value)) for f in facts][2:] == [
        ("320500", "gdp", "level", "518664000000.00"),
        ("320100", "gdp", "level", "423024000000.00")]


def test_a_compound_head_with_one_value_is_the_whole() -> None:
    # 城乡居民 with one figure and no 分别 is everyone's income, not the towns' as well
    text = "长丰县\n2023年全县城乡居民人均可支配收入2.33万元，增长5.1%。"
    extraction = run_extractor("generic", text, year=2023)
    assert [(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts] == [
        ("disposable_income", "level", "23300.00"), ("disposable_income", "growth", "5.1")]


def test_a_clause_of_bare_verbs_goes_on_about_the_indicator_before() -> None:
    text = ("长丰县\n2023年,新增高新技术企业86家,总数达到512家。"
            "上半年,工业投资增长21.5%,房地产开发投资下降18.4%。")
    extraction = run_extractor("generic", text, year=2024)
    # 房地产开发投资 is an indicator of its own, not 工业投资 going on
    assert sorted((f.indicator, f.measure, f.quantity.value) for f in extraction.facts) == [
        ("high_tech_enterprises", "increase", 86), ("high_tech_enterprises", "level", 512),
        ("industrial_investment", "growth", 21.5),
        ("real_estate_investment", "growth", Decimal("-18.4"))]


def test_from_one_level_to_the_next() -> None:
    text = "东台市\n全市地区生产总值由2015年的710亿元增加到2020年的905亿元。"
    extraction = run_extractor("generic", text, year=2021)
    assert sorted((str(f.period), f.quantity.value) for f in extraction.facts) == [
        ("2015", 71_000_000_000), ("2020", 90_500_000_000)]


def test_a_list_of_regions_runs_across_semicolons() -> None:
    text = ("湖北省\n前三季度,武汉市实现地区生产总值14453亿元,增长6.3%;襄阳市增长5.8%。")
    extraction = run_extractor("generic", text, year=2023)
    assert sorted((f.region, f.measure, float(f.quantity.value)) for f in extraction.facts) == [
        ("420100", "growth", 6.3), ("420100", "level", 1_445_300_000_000),
        ("420600", "growth", 5.8)]


def test_the_past_year_of_a_work_report() -> None:
    text = "鄞州区2025年政府工作报告\n过去一年,鄞州区实现地区生产总值3150亿元、增长6.2%。"
    extraction = run_extractor("generic", text, year=2025)
    assert {(f.kind, str(f.period)) for f in extraction.facts} == {("result", "2024")}


def test_a_sequential_change_is_not_growth() -> None:
    text = "国家统计局\n三季度国内生产总值同比增长4.6%。从环比看，三季度国内生产总值增长0.9%。"
    extraction = run_extractor("generic", text, year=2024)
    assert [float(f.quantity.value) for f in extraction.facts] == [4.6]


def test_the_whole_a_share_is_of_is_not_the_subject() -> None:
    text = ("广东省上半年经济\n上半年，广东货物进出口总额4.37万亿元，占全国比重达20.7%，"
            "其中出口2.84万亿元，增长11.8%。")
    extraction = run_extractor("generic", text, year=2024)
    assert {f.region for f in extraction.facts} == {"440000"}


def test_a_sector_named_with_a_catalogue_name_is_the_sectors() -> None:
    text = "某市\n1-9月，全市规模以上工业增加值增长7.3%。分行业看，食品加工业增加值增长12.4%。"
    extraction = run_extractor("generic", text, year=2023)
    assert [(f.indicator, f.indicator_label, float(f.quantity.value))
            for f in extraction.facts] == [("industrial_value_added", None, 7.3),
                                           ("other", "食品加工业增加值", 12.4)]


def test_a_zone_named_after_its_city_is_a_park() -> None:
    text = ("甘肃省政府工作报告\n全省地区生产总值增长6.4%。"
            "兰州新区实现地区生产总值360亿元，增长13.6%。浦东新区地区生产总值增长5%。")
    extraction = run_extractor("generic", text, year=2023)
    assert {(f.region_name, float(f.quantity.value)) for f in extraction.facts} == {
        ("甘肃省", 6.4), ("浦东新区", 5.0)}


def test_a_share_of_the_task_is_progress_not_rd_intensity() -> None:
    # 研发经费811万元，占任务数的81.1%: the part of the year's task done, no share of GDP;
    # an intensity the plan aims at still is one
    extraction = _extract("1-10月，研发经费811万元，占年度任务的81.1%。", year=2020)
    assert [f for f in extraction.facts if f.indicator == "rd_intensity"] == []
    extraction = _extract("研发投入强度计划达到3%。", year=2020)
    assert [(f.indicator, f.quantity.value) for f in extraction.facts] == [
        ("rd_intensity", Decimal("3"))]


def test_level_with_the_year_before_is_a_growth_of_nothing() -> None:
    # CPI与上年持平: up 0 %; a rate or a growth level with the year before kept its value
    facts = _extract("全年居民消费价格(CPI)与上年持平。城镇登记失业率为4.25%,与上年持平。"
                     "第二产业增加值比重与上年持平。", year=2023).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("cpi", "growth", Decimal("0")),
        ("urban_registered_unemployment_rate", "level", Decimal("4.25"))}
    # (level with the same period of the year before: 与去年同期持平)
    facts = _extract("全年规上工业增加值与去年同期持平。", year=2020).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("industrial_value_added", "growth", Decimal("0"))}


def test_regions_figures_listed_after_a_colon_share_the_indicator_before_it() -> None:
    # …增幅分别为:泉港209.6%,晋江40.1%: each comma clause is a region and its figure, of
    # the one indicator (and its growth word) before the colon
    facts = _extract("泉州市2011年1-3月。一般预算收入增幅分别为:"
                     "泉港209.6%,晋江40.1%,鲤城35.9%。").facts
    assert {(f.region_name, f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("泉港区", "general_budget_revenue", "growth", Decimal("209.6")),
        ("晋江市", "general_budget_revenue", "growth", Decimal("40.1")),
        ("鲤城区", "general_budget_revenue", "growth", Decimal("35.9"))}
    # two indicators before the colon, two figures a clause: a figure each, in order
    facts = _extract("2021年1-2月。九市一区的一般公共预算总收入和地方一般公共预算收入均实现较快"
                     "增长,分别为:莆田28.1%、26.4%,福州28.0%、26.1%。").facts
    assert {(f.region_name, f.quantity.value) for f in facts
            if f.indicator == "general_budget_revenue"} == {
        ("莆田市", Decimal("26.4")), ("福州市", Decimal("26.1"))}


def test_regions_listed_after_a_colon_naming_no_indicator_go_on_about_the_last_named(
        in_script: InScript) -> None:
    # 排在后三位的是:甲市395.9亿元,乙市270.26亿元: a ranking's items after a lead-in that
    # names no indicator are levels of the one the paragraph named last, in its unit; a
    # figure in another unit (万人) is none of them
    text = ("2022年一季度河南各市经济\n郑州一季度GDP位居第一,达3138.1亿元;南阳一季度GDP位居第三,"
            "为987.88亿元。排在全省后三位的是:三门峡395.9亿元,鹤壁270.26亿元,济源73万人。")
    text = in_script(text)
    facts = _extract(text).facts
    assert {(f.region_name, f.quantity.value) for f in facts if f.indicator == "gdp"} == {
        ("郑州市", Decimal("313810000000")), ("南阳市", Decimal("98788000000")),
        ("三门峡市", Decimal("39590000000")), ("鹤壁市", Decimal("27026000000"))}


def test_a_region_completing_its_retail_sales_names_them(in_script: InScript) -> None:
    # 昌江区完成零售额45.04亿元: the retail sales a region completes are its total; the
    # units above the quota's (限额以上单位完成零售额) and a class of goods' (食品类零售额)
    # are parts, none of the catalogue's; a new area no gazetteer names (昌南新区) is a
    # zone, none of the region's before it
    text = ("2022年上半年,景德镇市实现社会消费品零售总额261.30亿元,同比增长5.1%。"
            "分县区看,昌江区完成零售额45.04亿元,同比增长4.8%,浮梁县完成零售额12.83亿元,"
            "同比增长5.8%,昌南新区完成零售额7.43亿元,同比增长4.9%。"
            "限额以上单位完成零售额80.5亿元,增长7.0%。"
            "限额以上单位粮油、食品类零售额同比增长23.3%。")
    text = in_script(text)
    facts = _extract(text).facts
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts
            if f.indicator == "retail_sales"} == {
        ("景德镇市", "level", Decimal("26130000000")), ("景德镇市", "growth", Decimal("5.1")),
        ("昌江区", "level", Decimal("4504000000")), ("昌江区", "growth", Decimal("4.8")),
        ("浮梁县", "level", Decimal("1283000000")), ("浮梁县", "growth", Decimal("5.8"))}


def test_a_bare_output_after_a_crops_sown_area_is_that_crops_output(in_script: InScript) -> None:
    # 粮食播种面积66401亩,…,产量24154吨: the output a clause names bare, after the crop's
    # area, is the crop's (粮食产量); a crop the catalogue lacks (稻谷) gives none, not
    # the grain named before it
    text = ("2021年柘荣县统计公报\n全年粮食播种面积66401亩,比上年增加160亩,产量24154吨,"
            "增长1.2%。其中稻谷播种面积3万亩,产量1.2万吨。油料种植面积8.5千公顷,总产量1.5万吨。")
    text = in_script(text)
    facts = _extract(text).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("grain_output", "level", Decimal("24154")), ("grain_output", "growth", Decimal("1.2")),
        ("oil_crops_output", "level", Decimal("15000"))}


def test_a_bare_total_output_after_a_crops_sown_area_is_that_crops_output(
        in_script: InScript) -> None:
    # 粮食播种面积72.42万亩,总产25.35万吨: 总产 said alone after the crop's area
    text = in_script("2016年某县政府工作报告\n"
                     "去年完成粮食播种面积40.6万亩,总产12.8万吨,实现三连增。")
    facts = _extract(text).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("grain_output", Decimal("128000"))}


def test_a_bare_value_added_after_the_enterprises_output_is_their_value_added(
        in_script: InScript) -> None:
    # 规模以上工业产值同比增长30.3%,增加值增长18.7%: the clause before speaks of the
    # enterprises above scale by one of their figures, as a count of them would
    text = in_script("2022年上半年某区经济\n1-6月,全区153家规模以上工业产值同比增长21.4%,"
                     "增加值增长12.6%。建筑业总产值增长3.1%。")
    facts = _extract(text).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("industrial_output", Decimal("21.4")), ("industrial_value_added", Decimal("12.6")),
        ("construction_output", Decimal("3.1"))}


def test_the_economys_growth_a_figure_is_compared_with_is_no_gdp(in_script: InScript) -> None:
    # 收入增长快于经济增速,分别同比增长5.4%、7.9%: the economy is the yardstick; the rates
    # are the incomes' named before it
    text = in_script("2022年某市计划执行情况\n全市地区生产总值1200.5亿元;城镇和农村常住居民人均"
                     "可支配收入增长快于经济增速,分别同比增长6.1%、8.2%。")
    facts = _extract(text).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("gdp", "level", Decimal("120050000000")),
        ("urban_disposable_income", "growth", Decimal("6.1")),
        ("rural_disposable_income", "growth", Decimal("8.2"))}


def test_a_task_a_superior_set_in_brackets_after_a_comparison_is_the_goal(
        in_script: InScript) -> None:
    # 增速高于市下达全年任务(8.5%): the year's task the city set the district, its goal
    text = in_script("2016年前三季度某区经济运行\n前三季度,全区实现地区生产总值1520.3亿元,增长9.1%,"
                     "增速高于市下达全年任务(8.5%)0.6个百分点。")
    facts = _extract(text).facts
    assert {(f.kind, f.measure, f.quantity.value, str(f.period)) for f in facts
            if f.indicator == "gdp"} == {
        ("result", "level", Decimal("152030000000"), "2016-01..2016-09"),
        ("result", "growth", Decimal("9.1"), "2016-01..2016-09"),
        ("target", "growth", Decimal("8.5"), "2016")}


def test_a_region_followed_in_a_ranking_and_a_threshold_of_a_group_are_no_subject(
        in_script: InScript) -> None:
    # 一季度GDP超过1000亿元的城市还有甲市 picks out a group's members; 乙市紧跟甲市其后:
    # the one followed is a yardstick, the figures after are 乙市's
    text = in_script("2021年一季度某省各市经济\n一季度GDP超过1000亿元的城市还有芜湖市。"
                     "安庆紧跟芜湖其后,一季度GDP达到612.3亿元,同比增长9.2%。")
    facts = _extract(text).facts
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts} == {
        ("安庆市", "level", Decimal("61230000000")), ("安庆市", "growth", Decimal("9.2"))}


def test_investment_done_in_a_sentence_about_projects_is_the_projects(
        in_script: InScript) -> None:
    # 重点项目200个,完成投资200亿元以上: the projects' investment, no fixed-asset
    # investment of the county (which the text names apart)
    text = in_script("2024年某县政府工作报告\n2023年,全县固定资产投资增长10.2%。"
                     "推动建设千万元以上重点项目180个,完成投资150亿元以上。")
    facts = _extract(text, region="420323").facts
    assert {(f.measure, f.quantity.value) for f in facts
            if f.indicator == "fixed_asset_investment"} == {("growth", Decimal("10.2"))}


def test_a_list_item_sharing_the_head_of_the_name_before_is_its_own_indicator(
        in_script: InScript) -> None:
    # 规模工业增加值、产值同比分别增长: 产值 after the head 规模工业 is the output, and so
    # is 总产值 after 规模以上工业
    text = in_script("2020年1-5月某市工业\n1-5月,全市规模工业增加值、产值同比分别增长6.1%和8.4%。"
                     "规模以上工业增加值、总产值分别增长5.2%和7.7%。")
    facts = _extract(text, region="320600").facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("industrial_value_added", Decimal("6.1")), ("industrial_output", Decimal("8.4")),
        ("industrial_value_added", Decimal("5.2")), ("industrial_output", Decimal("7.7"))}


def test_an_index_level_written_without_its_percent_is_its_change(in_script: InScript) -> None:
    # 居民消费价格指数(CPI)为101.6: an index on last year = 100 written bare, a rise of
    # 1.6 %; a figure far from 100 (采购经理指数为50.2) is no such level
    text = ("2021年宜兴市统计公报\n全年居民消费价格指数(CPI)为101.6,比上年回落1.3个百分点。"
            "工业生产者出厂价格指数为98.5。制造业采购经理指数为50.2。")
    text = in_script(text)
    facts = _extract(text).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("cpi", "growth", Decimal("1.6")), ("ppi", "growth", Decimal("-1.5"))}


def test_regions_bare_rates_after_a_copula_go_on_about_the_growth_named_before(
        in_script: InScript) -> None:
    # 固定资产投资增速6.4%…。比如,位于第一名的延津县是20.9%,凤泉区是20.7%: the paragraph
    # named the indicator with its growth word, so the regions' rates after 是 are its
    # growths; after an indicator named without one (投资6.4亿元) a bare rate is nothing
    text = ("2020年新乡市各县经济\n2020年,全市固定资产投资增速6.4%,多个县实现了20%以上的高速增长。"
            "比如,位于第一名的延津县是20.9%,凤泉区是20.7%。\n"
            "全市社会消费品零售总额600亿元。获嘉县是20.6%。")
    text = in_script(text)
    facts = _extract(text).facts
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts
            if f.indicator == "fixed_asset_investment"} == {
        ("新乡市", "growth", Decimal("6.4")), ("延津县", "growth", Decimal("20.9")),
        ("凤泉区", "growth", Decimal("20.7"))}
    assert not [f for f in facts if f.region_name == "获嘉县"]


def test_a_news_report_of_the_first_months_dates_its_later_paragraphs_so() -> None:
    # 1月至2月 at the head of a March report: the paragraphs after it that name no period
    # are of those months, not the year just ended
    text = ("福建新闻网3月3日讯 1月至2月,全省地方一般公共预算收入完成677.10亿元,同比增长20.6%。\n"
            "在收入结构中,税收收入实现1093.44亿元,同比增长23.3%。\n")
    doc = plantrack.Document(name="a.txt", text=text, published=date(2021, 3, 3))
    facts = plantrack.extract(doc).facts
    assert {str(f.period) for f in facts} == {"2021-01..2021-02"}


def test_cash_crops_are_no_economy_and_energy_per_unit_of_gdp_by_its_full_name() -> None:
    # 经济作物 (cash crops) is no 经济 standing for GDP; 单位地区生产总值综合能耗 is the
    # energy intensity, named in full
    facts = _extract("2021年某区统计公报\n经济作物播种面积3327.6公顷,下降5.7%。"
                     "单位地区生产总值综合能耗下降3.3%。").facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("energy_intensity", Decimal("-3.3"))}


def test_a_growth_restated_on_another_basis_in_a_bracket_is_no_second_growth() -> None:
    # 增长6.5%(按同口径计算增长12.8%): the same change counted otherwise; a 同口径 growth
    # said alone is the growth
    facts = _extract("2017年某县统计公报\n地方级公共财政预算收入4.33亿元,"
                     "增长6.5%(按同口径计算增长12.8%)。").facts
    assert [f.quantity.value for f in facts if f.measure == "growth"] == [Decimal("6.5")]
    facts = _extract("2017年某县统计公报\n地方级公共财政预算收入4.33亿元,同口径增长12.8%。").facts
    assert [f.quantity.value for f in facts if f.measure == "growth"] == [Decimal("12.8")]


def test_an_rd_ratio_to_gdp_is_rd_intensity() -> None:
    text = "上海市浦东新区\n全社会研发经费支出相当于地区生产总值的比例达到4.5%。"
    extraction = run_extractor("generic", text, year=2022)
    assert [(f.indicator, f.measure) for f in extraction.facts] == [("rd_intensity", "level")]


def test_added_since_a_dated_base_is_an_increase() -> None:
    text = ("北京市朝阳区\n截至6月底，全区国家高新技术企业达到4200家，较年初增加一百六十家；"
            "高新技术企业总数达到4630家，比2020年末净增1308家。")
    extraction = run_extractor("generic", text, year=2024)
    assert sorted((f.measure, float(f.quantity.value)) for f in extraction.facts) == [
        ("increase", 160.0), ("increase", 1308.0), ("level", 4200.0), ("level", 4630.0)]


def test_a_figure_before_its_name_takes_the_increase_word_before_it(
        in_script: InScript) -> None:
    text = in_script("衡阳市\n前8月,我市新增341家“四上”企业,全市现有386家规上工业企业。")
    extraction = run_extractor("generic", text, year=2020)
    assert {(f.indicator, f.measure, f.quantity.value) for f in extraction.facts} == {
        ("four_above_enterprises", "increase", Decimal(341)),
        ("industrial_enterprises_above_scale", "level", Decimal(386))}


def test_a_progression_is_no_increase() -> None:
    text = "南通市\n全市高新技术企业由800家增加到1000家。"
    extraction = run_extractor("generic", text, year=2023)
    assert {f.measure for f in extraction.facts} == {"level"}


def test_respectively_after_a_list_of_values() -> None:
    text = ("台山市\n城镇居民人均可支配收入44120元、农村居民人均可支配收入26350元，"
            "分别增长4.6%和6.8%。")
    extraction = run_extractor("generic", text, year=2023)
    growth = {(f.indicator, float(f.quantity.value)) for f in extraction.facts
              if f.measure == "growth"}
    assert growth == {("urban_disposable_income", 4.6), ("rural_disposable_income", 6.8)}


def test_a_number_before_a_goal_noun_is_the_goal() -> None:
    text = "四川省\n2019年，居民消费价格上涨3.2%，符合3%左右的预期目标。"
    extraction = run_extractor("generic", text, year=2020)
    assert {(f.kind, float(f.quantity.value), f.quantity.comparator) for f in extraction.facts} == {
        ("result", 3.2, "="), ("target", 3.0, "~")}


def test_a_list_number_is_not_quoted() -> None:
    text = "四川省\n3.居民消费价格上涨3.2%。"
    [fact] = run_extractor("generic", text, year=2019).facts
    assert fact.provenance.quote == "居民消费价格上涨3.2%"


def test_a_modal_word_governs_its_own_item_of_a_list() -> None:
    text = ("某区“十四五”中期评估\n到2025年，全区地区生产总值力争达到2万亿元左右；"
            "上市企业达到200家以上。")
    extraction = run_extractor("five-year", text, year=2023)
    assert {(f.indicator, f.modality) for f in extraction.facts} == {
        ("gdp", "strive"), ("listed_companies", "plan")}


def test_taiwan_nian_zeng_is_growth() -> None:
    text = "四川省\n2023年四川全省地區生產總值達6.01兆元（人民幣，下同），年增6%。"
    assert_extracts("generic", text, [
        {"region": "510000", "indicator": "gdp", "measure": "level", "value": 6.01e12,
         "kind": "result"},
        {"region": "510000", "indicator": "gdp", "measure": "growth", "value": 6,
         "kind": "result"}], year=2024)


def test_until_a_month_end_is_january_to_that_month() -> None:
    text = ("双流区项目建设\n2024-06-18 来源：双流发布\n"
            "今年以来，双流区坚持项目为王，截至5月底，全区累计新签约重大项目32个。")
    extraction = run_extractor("generic", text, year=2024)
    assert {(f.kind, str(f.period)) for f in extraction.facts} == {
        ("result", "2024-01..2024-05")}


@pytest.mark.parametrize("first", ["前8月", "前8个月", "前八个月", "今年前8个月"])
def test_the_first_months_are_january_to_the_last(first: str) -> None:
    text = f"甲省经济运行\n{first}，全省规模以上工业增加值同比增长7.9%。"
    extraction = run_extractor("generic", text, year=2016)
    assert [(f.indicator, str(f.period)) for f in extraction.facts] == [
        ("industrial_value_added", "2016-01..2016-08")]


@pytest.mark.parametrize("text", [
    "甲州经济\n1—8月，全州发电量153.72亿千瓦时，同比增长43.1%，化肥完成26.24万吨，"
    "同比增长3.2%，产黄金6330千克，增长0.3%。",
    "甲州經濟\n1—8月，全州發電量153.72億千瓦時，同比增長43.1%，化肥完成26.24萬噸，"
    "同比增長3.2%，產黃金6330千克，增長0.3%。"])
def test_a_growth_after_another_subjects_figure_is_not_the_indicators(text: str) -> None:
    # 化肥's tons cannot be electricity: the growths after them are the fertiliser's
    extraction = run_extractor("generic", text, year=2012)
    assert [(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts] == [
        ("power_generation", "level", "15372000000.00"), ("power_generation", "growth", "43.1")]


def test_a_growth_after_a_figure_of_its_own_kind_stays_the_indicators() -> None:
    text = "甲县经济\n全县固定资产投资完成285亿元，比上年增加30亿元，增长61.9%。"
    extraction = run_extractor("generic", text, year=2012)
    assert [(f.indicator, f.measure) for f in extraction.facts] == [
        ("fixed_asset_investment", "level"), ("fixed_asset_investment", "growth")]


# --- a project count whose name holds the projects' size (新开工…项目) ------------------

_SIZED = [  # simplified, traditional, then what the one fact is
    ("确保全年新开工亿元以上重大项目27个。", "確保全年新開工億元以上重大項目27個。",
     {"kind": "target", "modality": "ensure", "indicator": "major_projects_started",
      "value": 27, "period": "2024"}),
    ("全年新开工10亿元以上产业项目35个。", "全年新開工10億元以上產業項目35個。",
     {"indicator": "major_projects_started", "value": 35}),
    ("力争新签约10亿元以上项目20个。", "力爭新簽約10億元以上項目20個。",
     {"kind": "target", "modality": "strive", "indicator": "major_projects_signed",
      "value": 20}),
    ("上半年全市新开工亿元以上项目56个。", "上半年全市新開工億元以上項目56個。",
     {"kind": "result", "indicator": "major_projects_started", "value": 56,
      "period": "2024H1"}),
    ("新开工5亿元以上项目32个。", "新開工5億元以上項目32個。",
     {"indicator": "major_projects_started", "value": 32}),
    ("签约落户超亿元项目12个。", "簽約落戶超億元項目12個。",
     {"indicator": "major_projects_signed", "value": 12}),
    ("新开工总投资10亿元以上项目8个。", "新開工總投資10億元以上項目8個。",
     {"indicator": "major_projects_started", "value": 8}),
]


@pytest.mark.parametrize(("text", "fact"), [
    (text, fact) for simplified, traditional, fact in _SIZED
    for text in (simplified, traditional)])
def test_a_project_count_named_with_its_size_is_one_fact(text: str, fact: dict[str, object]
                                                         ) -> None:
    # the size (10亿元以上) is the name's: no fact of its own, and the quote is the clause
    assert_extracts("generic", text, [
        {**fact, "measure": "level", "unit": "count", "quote": text.rstrip("。")}], year=2024)


def test_the_quote_starts_where_a_plain_names_would() -> None:
    sized = run_extractor("generic", "通州区坚持项目为王,确保全年新开工亿元以上重大项目27个。",
                          year=2024).facts
    plain = run_extractor("generic", "通州区坚持项目为王,确保全年新开工重大项目27个。",
                          year=2024).facts
    assert [f.provenance.start for f in sized] == [f.provenance.start for f in plain] == [10]
    assert sized[0].provenance.quote == "确保全年新开工亿元以上重大项目27个"


@pytest.mark.parametrize("text", [
    "全年完成投资10亿元以上。",                 # a size alone
    "新开工项目投资10亿元以上。",               # a size, but no count of projects
    "新开工亿元以上项目进展顺利。",             # the name, but no count
    "新开工10亿元项目3个。",                   # an amount, not a size class
])
def test_a_size_without_a_project_count_is_no_project_count(text: str) -> None:
    facts = run_extractor("generic", text, year=2024).facts
    assert not [f for f in facts if f.indicator.startswith("major_projects")]
    assert not [f for f in facts if f.quantity.unit == "CNY"]


def test_a_sized_part_of_a_count_is_left_alone() -> None:
    text = "今年1-8月，新开工重大项目46个，其中总投资10亿元以上项目12个。"
    facts = run_extractor("generic", text, year=2024).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [("major_projects_started", 46)]


@pytest.mark.parametrize("text", [
    "2017年全区统计公报\n全年全区实现生产总值3000亿元,增长7%。按常住人口计算,全区人均生产总值50000元,增长6.5%。\n",
    "2017年全區統計公報\n全年全區實現生產總值3000億元,增長7%。按常住人口計算,全區人均生產總值50000元,增長6.5%。\n",
], ids=["simplified", "traditional"])
def test_a_per_capita_growth_in_prose_is_no_gdp_growth(text: str) -> None:
    extraction = plantrack.extract(text)
    assert {(f.measure, f.quantity.value) for f in extraction.facts if f.indicator == "gdp"} == {
        ("level", Decimal("300000000000")), ("growth", Decimal("7"))}


def test_a_real_growth_after_a_nominal_one_is_not_a_second_fact() -> None:
    from plantrack import extract

    text = ("上半年，全省常住居民人均可支配收入9055元，同比增长10.4%，扣除价格因素实际增长7.6%。"
            "城镇常住居民人均可支配收入12320元，名义增长8.9%，实际增长6.3%。")
    growths = sorted(str(f.quantity.value) for f in extract(text, year=2014, region="460000").facts
                     if f.measure == "growth")
    assert growths == ["10.4", "8.9"]
    # a real growth stated alone stands
    alone = extract("上半年，居民人均可支配收入26858元，扣除价格因素实际增长2.4%。", year=2022,
                    region="110112").facts
    assert [str(f.quantity.value) for f in alone if f.measure == "growth"] == ["2.4"]


def test_a_year_on_year_change_after_an_aim_met_is_a_result() -> None:
    from plantrack import extract
    from plantrack.model import Result

    text = "上半年，物价涨幅控制在预期目标以内，全省居民消费价格同比上涨2.6%。"
    facts = extract(text, year=2014, region="460000").facts
    assert len(facts) == 1
    assert isinstance(facts[0], Result)
    # an aim in the number's own clause keeps it a target
    aim = extract("今年，全省居民消费价格力争同比上涨3%以内。", year=2014, region="460000").facts
    assert not isinstance(aim[0], Result)


def test_year_on_year_changes_in_a_list_a_goals_colon_opens_are_targets() -> None:
    # 今年…的主要目标是：地区生产总值同比增长10%，…: the aims listed, not what happened (a
    # news of January 2021 whose review of 2020 comes first)
    from plantrack import extract
    from plantrack.model import Document

    text = ("某某(甲县县委书记):2020年,甲县在市委市政府的正确领导下,取得了疫情防控和经济社会发展"
            "双胜利,主要经济指标实现全面增长。\n甲县将认真贯彻本次两会精神。今年甲县发展的主要目标"
            "是:地区生产总值同比增长10%,一般公共预算收入同比增长8%,实际利用外资全面完成任务。\n")
    facts = extract(Document(name="d.txt", text=text, url="http://x.com/n/2021/0121/1.shtml")).facts
    assert sorted((f.kind, str(f.period)) for f in facts) == [("target", "2021")] * 2
    # (a target's own figure before the colon: the outcome after it is what happened)
    text = ("一、2023年国民经济和社会发展计划执行情况\n今年以来，较好地完成了全年各项目标任务。\n"
            "——全年地方一般公共预算收入预期目标增长5%:预计全年地方一般公共预算收入完成137亿元,"
            "同比增长0.8%。\n")
    facts = extract(text, region="420106", year=2023).facts
    assert {(f.kind, f.quantity.value) for f in facts if f.quantity.value < 100} == {
        ("target", Decimal(5)), ("result", Decimal("0.8"))}


def test_a_compound_head_and_a_list_of_values_name_each_part() -> None:
    from plantrack import extract

    text = "2019年，城乡居民人均可支配收入35352元、13565元，分别增长9%、10.5%。"
    got = [(f.indicator, str(f.quantity.value)) for f in extract(text, year=2019,
                                                              region="520300").facts]
    assert ("urban_disposable_income", "35352") in got
    assert ("rural_disposable_income", "13565") in got
    assert ("rural_disposable_income", "10.5") in got
    assert all(i != "disposable_income" for i, _ in got)


def test_a_clause_opening_on_a_past_year_after_qualitative_aims_reports_it() -> None:
    from plantrack import extract

    # 紧扣…平安某州目标, 2014年,某州实现…: the aims the clause before names are no target
    # of what the year reached
    text = ("“十二五”以来,某州紧扣特色经济某州、幸福某州、平安某州目标, 2014年,某州实现地区生产"
            "总值106.62亿元,增长4.1%。")
    facts = extract(text, region="632200").facts
    assert {(type(f).__name__, str(f.quantity.value)) for f in facts} == {
        ("Result", "10662000000.00"), ("Result", "4.1")}
    # (a year yet to come keeps its aims: 目标, 2030年,某州实现… in a text of 2014)
    facts = extract(text.replace("2014年,某州实现", "2030年,某州实现"), year=2014,
                    region="632200").facts
    assert facts
    assert all(type(f).__name__ == "Goal" for f in facts)


def test_names_each_with_its_value_then_a_list_of_rates_give_each_its_rate() -> None:
    from plantrack import extract

    text = ("2017年,实现城镇居民人均可支配收入27830元、农村居民人均可支配收入9738元,"
            "同比增长9%、11.3%。")
    got = {(f.indicator, f.measure, str(f.quantity.value))
           for f in extract(text, year=2017, region="433101").facts}
    assert got == {("urban_disposable_income", "level", "27830"),
                   ("rural_disposable_income", "level", "9738"),
                   ("urban_disposable_income", "growth", "9"),
                   ("rural_disposable_income", "growth", "11.3")}


def test_a_compound_heads_pair_of_values_after_a_remark_on_it_names_each_part() -> None:
    from plantrack import extract

    # 再创新高，: a remark on the incomes before their figures, naming nothing
    text = "2022年，城乡居民人均可支配收入再创新高，同比增长4.7%、6.4%，人民生活持续改善。"
    got = {(f.indicator, str(f.quantity.value)) for f in extract(text, year=2022,
                                                                region="360281").facts}
    assert got == {("urban_disposable_income", "4.7"), ("rural_disposable_income", "6.4")}


@pytest.mark.parametrize("said", ["完成年度目标任务“增长6.5%”的98.6%", "年度目标为增长6.5%"])
def test_a_past_years_goal_named_in_a_review_is_a_target(said: str) -> None:
    from plantrack import extract

    # a plan-execution report of 2022, given in 2023: the year's goal its review names
    text = ("关于某区2022年计划执行情况与2023年计划(草案)的报告\n"
            "一、2022年国民经济和社会发展计划执行情况\n"
            f"——地区生产总值预计完成1075亿元、增长5%，{said}。")
    got = {(type(f).__name__, f.measure, str(f.quantity.value))
           for f in extract(text, region="320211").facts}
    assert got == {("Result", "level", "107500000000"), ("Result", "growth", "5"),
                   ("Goal", "growth", "6.5")}
    # (what overshot the goal is neither the goal nor a result: 超目标任务5.48亿元)
    text = text.replace(said, "超目标任务5.48亿元")
    assert all(type(f).__name__ == "Result" for f in extract(text, region="320211").facts)


def test_a_growth_on_the_named_year_before_is_a_plain_growth() -> None:
    from plantrack import extract

    facts = extract("2006年全市实现地区生产总值1013.38亿元，比2005年增长11.5%。",
                    region="140100").facts
    assert [(f.measure, str(f.quantity.value)) for f in facts][-1] == ("growth", "11.5")
    # a base years back is a cumulative change, no year-on-year growth
    assert not extract("2022年全市地区生产总值比2020年增长11.5%。", region="140100").facts
    # a report's review of the year before it, its sentence naming no year: on the year
    # before the reviewed one; a base said with 同期 in a report of the year's months is not
    review = extract("2014年某市政府工作报告\n刚刚过去的2013年,是困难较多的一年。初步预计,"
                     "全年生产总值突破1500亿元,比2012年增长10.6%。", region="371100").facts
    assert ("growth", "10.6", "2013") in {(f.measure, str(f.quantity.value), str(f.period))
                                          for f in review}
    months = extract("2021年前三季度某省经济\n前三季度,全省进出口总额3839.7亿元,比2019年同期"
                     "增长39.5%。", region="420000").facts
    assert all(f.measure != "growth" for f in months)
    # after the year's own growth (同比增长14.5%), a base two years back is another base,
    # whatever year the sentence leaves unsaid
    both = extract("某区2021年计划执行情况\n经济运行加快恢复。预计全年GDP完成1720亿元,同比增长"
                   "14.5%,较2019年增长12.2%。", region="420106", year=2021).facts
    assert [str(f.quantity.value) for f in both if f.measure == "growth"] == ["14.5"]


def test_a_start_up_of_major_industrial_projects_is_counted() -> None:
    from plantrack import extract

    facts = extract("2022年二季度，云南省集中开工重大产业项目919个，总投资3043亿元。").facts
    assert [(f.indicator, str(f.quantity.value)) for f in facts] == [
        ("major_projects_started", "919")]


def test_a_preliminary_count_said_in_january_is_last_years_result() -> None:
    from plantrack import extract
    from plantrack.model import Document, Result

    text = ("1月16日讯 省长代表省人民政府向大会作工作报告。"
            "他说，刚刚过去的2007年，我们努力推动发展。\n"
            "据初步统计，全省生产总值增长14.5%；单位生产总值能耗下降4%。")
    doc = Document(name="d.txt", text=text, url="http://x.cn/system/2008/01/16/1.shtml")
    facts = extract(doc, region="330000").facts
    got = {(f.indicator, str(f.quantity.value), str(f.period)) for f in facts}
    assert got == {("gdp", "14.5", "2007"), ("energy_intensity", "-4", "2007")}
    assert all(isinstance(f, Result) for f in facts)


def test_a_rank_names_a_yardstick_and_a_listed_subject_keeps_its_own_figure() -> None:
    from plantrack import extract

    text = ("今年上半年，贵州省固定资产投资增长24.6%、社会消费品零售总额增长13.1%、"
            "公路运输总周转量增长28.4%，均排名全国第1；规模以上工业增加值增长11.6%，排名全国第6。")
    got = {(f.region_name, f.indicator, str(f.quantity.value)) for f in extract(
        text, year=2014).facts if f.indicator != "other"}
    assert got == {("贵州省", "fixed_asset_investment", "24.6"), ("贵州省", "retail_sales", "13.1"),
                   ("贵州省", "industrial_value_added", "11.6")}


def test_items_of_one_bulleted_list_share_its_year() -> None:
    from plantrack import extract
    from plantrack.model import Result

    text = ("1月23日，省十四届人大二次会议开幕。报告指出：\n"
            "●2023年广东地区生产总值达到13.57万亿元、增长4.8%；\n"
            "●地方一般公共预算收入达1.39万亿元、增长4.3%；\n")
    facts = extract(text, region="440000").facts
    assert {str(f.period) for f in facts} == {"2023"}
    assert all(isinstance(f, Result) for f in facts)


def test_a_congress_report_of_january_reviews_the_year_just_ended() -> None:
    from plantrack import extract
    from plantrack.model import Document

    text = ("1月22日讯 今日上午，福建省第十三届人民代表大会第六次会议开幕。"
            "《政府工作报告》显示，初步统计，"
            "去年全省地区生产总值48810亿元、增长8.0%，今年全省地区生产总值预期增长6.5%。\n"
            "今年经济社会发展的主要预期目标是：全省地区生产总值增长6.5%。固定资产投资增长6.5%，"
            "社会消费品零售总额增长9%。\n")
    doc = Document(name="d.txt", text=text, url="http://x.cn/2022/01/23/1.html")
    facts = extract(doc, region="350000").facts
    got = {(type(f).__name__, f.indicator, str(f.quantity.value), str(f.period)) for f in facts}
    assert ("Result", "gdp", "8.0", "2021") in got
    assert ("Goal", "gdp", "6.5", "2022") in got
    assert ("Goal", "retail_sales", "9", "2022") in got  # a list after an inline lead-in


def test_a_bulletin_title_updated_later_names_its_own_year() -> None:
    from plantrack import extract
    from plantrack.model import Document

    doc = Document(name="d.txt", text="全年地区生产总值增长5.5%。",
                   title="2024年宜春市国民经济和社会发展统计公报(2025年更新)")
    assert [str(f.period) for f in extract(doc, region="360900").facts] == ["2024"]


def test_a_grouping_of_regions_is_no_region_and_a_ceremonys_count_is_counted() -> None:
    from plantrack import extract

    text = ("2月26日，2021年江苏省重大项目建设推进会议集中开工项目共1466个。从地区分布看，"
            "苏南地区集中开工项目共719个，苏中地区集中开工项目共374个。")
    got = [(f.region_name, str(f.quantity.value)) for f in extract(text).facts]
    assert got == [("江苏省", "1466")]


def test_a_two_year_average_and_a_sectors_output_are_not_the_regions_growth() -> None:
    from plantrack import extract

    text = ("上半年全区生产总值同比增长12.0%，两年平均增长6.3%。"
            "一季度，第一产业实现生产总值44.34亿元，同比增长6.6%；"
            "规模以上工业企业完成增加值350.76亿元，比上年同期增长14.7%。")
    got = {(f.indicator, str(f.quantity.value)) for f in extract(text, year=2021,
                                                               region="450000").facts}
    assert ("gdp", "12.0") in got
    assert ("gdp", "6.3") not in got
    assert not any(i == "gdp" and v in ("4434000000", "6.6") for i, v in got)
    assert ("industrial_value_added", "14.7") in got


def test_regions_listed_before_fenbie_break_down_the_clause_before() -> None:
    text = ("江西省2023年经济运行\n2023年,全省规模以上工业增加值同比增长5.2%,"
            "其中南昌市、九江市、赣州市分别增长4.1%、8.4%、9.4%;"
            "固定资产投资同比增长2.9%,其中,南昌市、九江市分别增长2.0%和5.6%。")
    extraction = run_extractor("generic", text, year=2023)
    got = {(f.region, f.indicator, f.quantity.value) for f in extraction.facts}
    assert got == {
        ("360000", "industrial_value_added", Decimal("5.2")),
        ("360100", "industrial_value_added", Decimal("4.1")),
        ("360400", "industrial_value_added", Decimal("8.4")),
        ("360700", "industrial_value_added", Decimal("9.4")),
        # the regions given values one by one are not the next clause's subject
        ("360000", "fixed_asset_investment", Decimal("2.9")),
        ("360100", "fixed_asset_investment", Decimal("2.0")),
        ("360400", "fixed_asset_investment", Decimal("5.6")),
    }


def test_the_sum_of_regions_just_listed_is_none_of_theirs() -> None:
    text = ("赣北经济\n2023年,南昌、九江、上饶3市共完成地区生产总值15000亿元,同比增长4.5%。"
            "九江市地区生产总值4000亿元。")
    extraction = run_extractor("generic", text, year=2023)
    got = {(f.region, f.quantity.value) for f in extraction.facts}
    assert got == {("360400", Decimal("400000000000"))}


def test_above_scale_industry_with_a_verb_before_value_added() -> None:
    text = ("九江市经济\n1至4月,全市规模工业完成增加值251.8亿元,同比增长12.5%,"
            "其中五大支柱产业完成规模工业增加值160.5亿元。")
    extraction = run_extractor("generic", text, year=2017)
    got = {(f.indicator, f.quantity.value) for f in extraction.facts}
    assert ("industrial_value_added", Decimal("25180000000")) in got
    assert ("industrial_value_added", Decimal("12.5")) in got
    # the pillar industries' share of it is theirs, not the city's
    assert ("industrial_value_added", Decimal("16050000000")) not in got


def test_the_will_of_a_reviews_estimate_is_an_outcome_and_a_plans_will_an_aim() -> None:
    from plantrack import extract
    from plantrack.model import Document, Goal, Result

    text = ("某市2012年国民经济和社会发展统计公报\n"
            "全年全市实现地区生产总值1145亿元，比上年增长13.6%。"
            "据初步测算，2012年全市社会消费品零售总额将突破400亿元。\n"
            "二、2013年主要目标\n2013年全市社会消费品零售总额将达到460亿元。")
    facts = extract(Document(name="d.txt", text=text), region="500000").facts
    kinds = {(type(f), f.indicator, str(f.quantity.value)) for f in facts}
    assert (Result, "retail_sales", "40000000000") in kinds
    assert (Goal, "retail_sales", "46000000000") in kinds


def test_a_per_head_figures_basis_is_no_yearly_average() -> None:
    from plantrack import extract
    from plantrack.model import Document, Result

    text = ("某省2015年国民经济和社会发展统计公报\n(二)人均地区生产总值\n"
            "按年平均常住人口计算，全省人均地区生产总值40818元，比上年增长6.9%。\n"
            "全省居民人均可支配收入按年均人口计算为18979元。")
    facts = extract(Document(name="d.txt", text=text), region="460000").facts
    assert {(f.indicator, str(f.quantity.value)) for f in facts} >= {
        ("gdp_per_capita", "40818"), ("disposable_income", "18979")}
    assert all(isinstance(f, Result) and str(f.period) == "2015" for f in facts)


def test_a_sum_without_its_yuan_is_money_for_a_money_indicator_only() -> None:
    text = ("2015年，某省生产总值(GDP)达到42886.5亿，全省接待游客1.2亿人次。"
            "甲市、乙市和丙市GDP总量领先，分别为10053.58亿、8011.5亿和4619.84亿。")
    facts = _extract(text, region="330000").facts
    got = {(f.indicator, f.quantity.value, f.quantity.unit) for f in facts}
    assert ("gdp", Decimal("4288650000000"), "CNY") in got
    assert {f.quantity.value for f in facts if f.indicator == "gdp"} >= {
        Decimal("1005358000000"), Decimal("801150000000"), Decimal("461984000000")}
    assert not any(f.quantity.unit == "CNY" and f.indicator != "gdp" for f in facts)
    for f in facts:  # each quote still ends at the number as written, without the 元
        assert f.provenance.quote.endswith("亿") or f.quantity.unit != "CNY"


def test_a_bare_magnitude_reached_without_its_yuan_is_a_sum(in_script: InScript) -> None:
    # 突破千亿, 迈上万亿台阶: a magnitude with no digit, after a verb of reaching, names a
    # sum even when the 元 is dropped; 千亿级 (a class of industry) names none
    text = in_script("2017年某省统计公报\n全省技术合同成交额突破千亿。"
                     "全省地区生产总值迈上万亿台阶。打造超千亿级产业集群。")
    facts = _extract(text, region="420000").facts
    assert sorted((f.indicator, f.quantity.value, f.quantity.comparator) for f in facts) == [
        ("gdp", Decimal("1000000000000"), ">="),
        ("tech_contract_turnover", Decimal("100000000000"), ">")]
    for f in facts:
        assert f.provenance.quote.endswith("亿") or f.provenance.quote.endswith("億")


def test_a_magnitude_in_chinese_numerals_reached_without_its_yuan_is_a_sum(
        in_script: InScript) -> None:
    # 突破三万亿, 超过五千亿: a Chinese numeral before the magnitude, after a verb of
    # reaching, with the 元 dropped, is a sum as 突破3万亿 is; 三亿人 stays a head count
    text = in_script("2023年广东经济概况\n深圳和广州经济总量突破三万亿。"
                     "天河区经济总量首次超过一千五百亿，常住人口超过三亿人。")
    facts = _extract(text, region="440000").facts
    got = sorted((f.region, f.indicator, f.quantity.value, f.quantity.comparator)
                 for f in facts if f.quantity.unit == "CNY")
    assert [f.quantity.value for f in facts if f.indicator == "resident_population"] == [
        Decimal("300000000")]
    assert got == [("440100", "gdp", Decimal("3000000000000"), ">"),
                   ("440106", "gdp", Decimal("150000000000"), ">"),
                   ("440300", "gdp", Decimal("3000000000000"), ">")]
    for f in facts:
        assert f.provenance.quote.endswith(("亿", "億", "人"))


def test_regions_rates_after_a_growth_target_said_of_the_economy(in_script: InScript) -> None:
    # 经济成长率目标 names no indicator but is the GDP's growth target; the regions' rates
    # after 为 are theirs, a list closed by 等3省份 too, far into a long sentence
    text = in_script(
        "各省份陆续开完地方两会，2026年经济成长率目标也随之掀牌，各地强调推动高质量发展，"
        "并突出创新与产业升级方向。\n具体而言，海南为「6%左右」，新疆为「5.5%至6%」，"
        "重庆、山东、河北为「5%以上」，江苏为「5%」；北京、上海、河南等3省份为「5%左右」；"
        "广东、山西、黑龙江为「4.5%至5%」，天津为「4.5%」，辽宁、云南、青海为「4.5%左右」。")
    facts = _extract(text).facts
    got = {(f.region, f.quantity.value, f.quantity.comparator) for f in facts
           if isinstance(f, Goal) and f.indicator == "gdp" and f.measure == "growth"
           and str(f.period) == "2026"}
    assert len(facts) == len(got) == 16
    assert {("460000", Decimal(6), "~"), ("370000", Decimal(5), ">="),
            ("320000", Decimal(5), "="), ("410000", Decimal(5), "~"),
            ("630000", Decimal("4.5"), "~"), ("120000", Decimal("4.5"), "=")} <= got


def test_a_provinces_name_before_its_quanshen_names_whose_figure_it_is(
        in_script: InScript) -> None:
    # 山东上半年全省实现…: 全省 is 山东, the province just named with a period between,
    # not the document's own province
    text = in_script("各省区市上半年GDP前三名依次为广东、山东和江苏。\n其中，广东上半年全省实现"
                     "生产总值11416.8亿元；山东上半年全省实现生产总值10206.4亿元；"
                     "江苏上半年全省实现生产总值9871.2亿元。")
    facts = _extract(text, region="440000", year=2006).facts
    assert [(f.region, f.quantity.value) for f in facts] == [
        ("440000", Decimal("1141680000000.0")), ("370000", Decimal("1020640000000.0")),
        ("320000", Decimal("987120000000.0"))]


def test_a_headed_countys_yearly_grain_under_the_city_it_belongs_to(
        in_script: InScript) -> None:
    # 隶属安阳市: the city the heading's county belongs to, not the figure's region;
    # 十多个县的粮食产量: some of the province's counties, no region's figure
    text = in_script("河南省产粮最多的县（2024年）\n\n全省更有十多个县的粮食产量长期稳定在100万吨"
                     "以上。\n\n第一名：滑县\n\n隶属安阳市，粮食年产在30亿斤左右。\n\n"
                     "第二名：永城市\n\n县级市，隶属商丘市，粮食年产在28亿斤以上。")
    facts = _extract(text).facts
    assert sorted((f.region, f.quantity.value, f.quantity.comparator) for f in facts) == [
        ("410526", Decimal("3000000000"), "~"), ("411481", Decimal("2800000000"), ">=")]


def test_a_jiang_that_puts_an_object_somewhere_sets_no_target() -> None:
    from plantrack import extract
    from plantrack.model import Document, Goal, Result

    text = ("某省统计局消息：2017年全省经济平稳。将研发支出计入GDP后，2014年甲省GDP总量"
            "突破7万亿元，2017年达到8.59万亿元，增长7.2%。2018年全省将实现GDP增长7%。")
    facts = extract(Document(name="d.txt", text=text), region="320000").facts
    got = {(type(f), str(f.period), f.quantity.value) for f in facts}
    assert (Result, "2014", Decimal("7000000000000")) in got
    assert (Result, "2017", Decimal("8590000000000")) in got
    assert (Goal, "2018", Decimal("7")) in got  # a 将 of the future still plans


def test_a_gap_between_two_regions_is_neither_ones_level() -> None:
    text = "2017年，甲省和乙省GDP相差4000亿元，差距较上年有所扩大。乙省GDP达到8.99万亿元。"
    facts = _extract(text, region="440000").facts
    assert [f.quantity.value for f in facts] == [Decimal("8990000000000")]


def test_a_part_of_the_economy_is_no_gdp() -> None:
    text = ("某市2022年上半年经济运行情况\n上半年，全市工业经济快速增长，增加值127.12亿元，"
            "增长13.1%；县域经济增长9%。全市经济增长6.1%，地区生产总值达到300亿元。")
    facts = _extract(text, region="640500").facts
    assert not any(f.indicator == "gdp" and f.quantity.value in (Decimal("13.1"), Decimal("9"))
                   for f in facts)


def test_the_region_that_got_there_first_is_a_yardstick_and_a_shortfall_no_level() -> None:
    text = ("2024年甲省经济运行情况\n2024年甲省GDP达到13.7万亿元，是继广东省后第二个"
            "GDP突破10万亿元的省份。乙市的GDP比第一名少了163亿元。")
    facts = _extract(text, region="320000").facts
    assert {f.region for f in facts} == {"320000"}
    assert Decimal("16300000000") not in {f.quantity.value for f in facts}


def test_a_region_left_out_of_a_figure_is_not_its_subject() -> None:
    text = ("新乡市2020年国民经济和社会发展统计公报\n全年(不含长垣)城镇新增就业人员81096人，"
            "年末城镇登记失业率3.98%。除长垣外，全市粮食产量485.91万吨。")
    facts = _extract(text).facts
    assert len(facts) == 3
    assert {f.region for f in facts} == {"410700"}


def test_a_bracketed_figure_after_a_region_is_that_regions() -> None:
    text = ("银川市2023年上半年经济运行情况\n上半年全市地区生产总值同比增长7.5%，增速高于全国"
            "(5.5%)。西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位"
            "和第6位；兴庆区(33.4%)和西夏区(20.6%)规模以上工业增加值增速分别位列全区第2位和第5位。")
    facts = _extract(text).facts
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert got == {("640100", "gdp", "growth", Decimal("7.5")),
                   ("100000", "gdp", "growth", Decimal("5.5")),
                   ("640105", "gdp", "growth", Decimal("13.0")),
                   ("640181", "gdp", "growth", Decimal("8.2")),
                   ("640104", "industrial_value_added", "growth", Decimal("33.4")),
                   ("640105", "industrial_value_added", "growth", Decimal("20.6"))}
    quotes = {f.provenance.quote for f in facts}
    assert "灵武市(8.2%)地区生产总值" in quotes  # from the region to the indicator it ends on


def test_a_list_of_regions_bracketed_rates_goes_on_about_the_indicator_before_it() -> None:
    # no indicator after the list: each region's bracketed rate is of the one named before
    # it in the sentence, the first item too, and across the segment's end
    text = ("嘉兴市2022年1-7月工业经济运行情况\n1-7月，嘉善县规上工业增加值增长8.2%，平湖市(6.8%)、"
            "秀洲区(6.2%)、海宁市(-3.0%)增速均较上月有所回升；海盐县(0.2%)、南湖区(6.0%)增速"
            "较上月回落。")
    facts = _extract(text).facts
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts}
    assert got == {("330421", "industrial_value_added", "growth", Decimal("8.2")),
                   ("330482", "industrial_value_added", "growth", Decimal("6.8")),
                   ("330411", "industrial_value_added", "growth", Decimal("6.2")),
                   ("330481", "industrial_value_added", "growth", Decimal("-3.0")),
                   ("330424", "industrial_value_added", "growth", Decimal("0.2")),
                   ("330402", "industrial_value_added", "growth", Decimal("6.0"))}
    assert {str(f.period) for f in facts} == {"2022-01..2022-07"}


def test_a_ranking_of_regions_goes_on_about_its_paragraphs_indicator() -> None:
    text = ("贵州省2021年前三季度经济运行\n分市州看，遵义地区生产总值3037.87亿元；"
            "黔南、铜仁、六盘水位于1000亿元至1500亿元之间，分别为1310.35、1098.90、"
            "1081.33亿元。\n在同比增速方面，遵义地区生产总值增长11.7%；铜仁、黔南、六盘水分别增长"
            "9.9%、9.8%、9.7%。\n")
    facts = _extract(text).facts
    got = {(f.region, f.measure, f.quantity.value) for f in facts if f.indicator == "gdp"}
    assert {("522700", "level", Decimal("131035000000.00")),
            ("520600", "level", Decimal("109890000000.00")),
            ("520600", "growth", Decimal("9.9")), ("520200", "growth", Decimal("9.7"))} <= got


def test_a_list_of_regions_naming_its_own_subject_and_a_count_of_regions_are_no_facts(
        ) -> None:
    # 人均财政收入 (no catalogue indicator) is the list's own subject, not 工业增加值 carried
    # on; 3个自治州 sums three regions and is none of them
    text = ("某省2019年上半年民族地区经济运行\n上半年，湘西州、恩施州和阿坝州3个自治州地区生产总值"
            "达1095.39亿元；3个自治州固定资产投资达1346.02亿元，恩施州工业增加值增长13.9%；"
            "湘西州、恩施州、阿坝州人均财政收入分别为1527元、1433元、1353元。"
            "县(市)实现生产总值533.1亿元，增长7.6%。")
    facts = _extract(text).facts
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts
           if f.indicator != "other"}
    assert got == {("422800", "industrial_value_added", "growth", Decimal("13.9"))}


def test_a_ranking_of_cities_by_a_figure_before_its_indicator_and_by_growth_alone(
        ) -> None:
    # 以…亿元的GDP总量: the figure stands before its indicator; 从增速来看 names none, each
    # city's growth is the paragraph's indicator's; the first quarter the news opens with
    # is the period of every figure that names none
    text = ("2023-04-28 10:00 来源：某网\n近日，2023年一季度各市经济数据陆续公布。\n"
            "从已公布的城市来看，泉州以2650.3亿元的GDP总量位居第一，厦门GDP为1780.2亿元。"
            "从增速来看，漳州同比增长7.9%，为目前最高，莆田以6.8%的增速紧随其后。\n")
    facts = _extract(text).facts
    got = {(f.region, f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts}
    assert got == {("350500", "gdp", "level", Decimal("265030000000.0"), "2023Q1"),
                   ("350200", "gdp", "level", Decimal("178020000000.0"), "2023Q1"),
                   ("350600", "gdp", "growth", Decimal("7.9"), "2023Q1"),
                   ("350300", "gdp", "growth", Decimal("6.8"), "2023Q1")}


@pytest.mark.parametrize("lead", ["分县区看", "分县市区、开发区看", "从区域来看", "分县(市、区)看"])
def test_a_breakdown_by_regions_gives_each_region_its_part_of_the_whole(lead: str) -> None:
    # 分县区看 opens a paragraph naming no indicator: each clause led by a county is the
    # county's part of the whole named before (a count in the whole's unit; a sum of
    # investment beside it is no part of a count); any units between 分 and 看
    text = ("2024年3月6日 来源：某网\n2024年一季度全省重大项目集中开工，"
            "九江市开工亿元以上项目共40个，总投资300亿元。\n"
            f"{lead}，武宁县项目12个，总投资80亿元；修水县项目9个；湖口县项目19个。\n")
    facts = _extract(text).facts
    got = {(f.region, f.indicator, f.quantity.value) for f in facts}
    assert got == {("360400", "major_projects_started", Decimal(40)),
                   ("360423", "major_projects_started", Decimal(12)),
                   ("360424", "major_projects_started", Decimal(9)),
                   ("360429", "major_projects_started", Decimal(19))}
    wuning = next(f for f in facts if f.region == "360423")
    assert wuning.provenance.quote == "武宁县项目12个"


def test_residents_income_without_per_head_words_is_disposable_income() -> None:
    # a work report's short form: 城镇居民收入, 农村居民收入 (per head, disposable)
    text = ("某县2016年政府工作报告\n过去一年，城乡居民收入达到25000元和9800元、"
            "分别增长8.1%和9.5%；全体居民人均可支配收入增长8%，其中农村居民收入增长9.5%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in _extract(text).facts}
    assert {("urban_disposable_income", "level", Decimal(25000)),
            ("rural_disposable_income", "level", Decimal(9800)),
            ("urban_disposable_income", "growth", Decimal("8.1")),
            ("rural_disposable_income", "growth", Decimal("9.5"))} <= got
    assert not any(i == "other" for i, _, _ in got)


def test_a_bracketed_rate_after_a_sum_is_its_growth_and_beating_a_target_sets_none() -> None:
    from plantrack import extract
    from plantrack.model import Document, Result

    text = ("某市2023年上半年经济运行\n上半年全市地区生产总值(7.5%)、规模以上工业增加值(12.7%)"
            "分别高于预期目标1.0和4.2个百分点，一般公共预算收入(13.5%)完成年初预算的53.7%。")
    facts = extract(Document(name="d.txt", text=text), region="640100").facts
    got = {(f.indicator, f.measure, f.quantity.value) for f in facts}
    assert got == {("gdp", "growth", Decimal("7.5")),
                   ("industrial_value_added", "growth", Decimal("12.7")),
                   ("general_budget_revenue", "growth", Decimal("13.5"))}
    assert all(isinstance(f, Result) for f in facts)
    assert not any(f.provenance.quote.startswith((")", "）", "、")) for f in facts)


def test_a_region_ranked_against_is_a_yardstick_not_a_subject() -> None:
    # 成为全国第三个…省份: 全国 ranks the subject, it is not the subject; 全市第一季度 and
    # 全市第二产业 are still the city's own
    text = ("乙市经济运行情况\n2024年，乙市工业总产值突破3万亿元，成为全国第二个工业总产值"
            "突破3万亿元的城市，规上工业增加值增长7.6%。全市第一季度地区生产总值增长5.2%，"
            "全市第二产业增加值增长6.1%。")
    facts = _extract(text, region="320500").facts
    assert len(facts) == 4
    assert {f.region for f in facts} == {"320500"}


def test_names_each_with_its_value_then_respectively_growths_over_commas() -> None:
    text = ("乙市政府工作报告\n2012年，全市城镇居民人均可支配收入22331元，农村居民人均可支配收入"
            "8134元，分别增长13.2%和14.5%。")
    facts = _extract(text, region="460100").facts
    growth = {f.indicator: f.quantity.value for f in facts if f.measure == "growth"}
    assert growth == {"urban_disposable_income": Decimal("13.2"),
                      "rural_disposable_income": Decimal("14.5")}


def test_three_names_each_with_its_value_then_respectively_growths_over_commas() -> None:
    # (a level's word, 本级, between a comma and the last name)
    text = ("乙县政府工作报告\n2020年，全县生产总值91.1亿元，固定资产投资73.55亿元，"
            "本级一般公共预算收入7.15亿元，分别比增1.7%、2.8%和1.5%。")
    facts = _extract(text, region="441422").facts
    growth = {f.indicator: f.quantity.value for f in facts if f.measure == "growth"}
    assert growth == {"gdp": Decimal("1.7"), "fixed_asset_investment": Decimal("2.8"),
                      "general_budget_revenue": Decimal("1.5")}


@pytest.mark.parametrize("text", ["城镇和农村常住居民可支配收入分别增长8.5%、8.1%。",
                                  "城鎮和農村常住居民可支配收入分別增長8.5%、8.1%。"])
def test_residents_income_of_town_and_country_without_per_capita(text: str) -> None:
    facts = _extract("乙市政府工作报告\n2017年，" + text, region="440900").facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("urban_disposable_income", Decimal("8.5")), ("rural_disposable_income", Decimal("8.1"))}


@pytest.mark.parametrize("text", ["城镇、农村人均居民可支配收入分别完成56477元、28873元。",
                                  "城鎮、農村人均居民可支配收入分別完成56477元、28873元。"])
def test_residents_income_with_per_capita_before_residents(text: str) -> None:
    # 人均居民可支配收入: the words of 居民人均 the other way round
    facts = _extract("乙区政府工作报告\n2024年，" + text, region="361002").facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("urban_disposable_income", Decimal("56477")),
        ("rural_disposable_income", Decimal("28873"))}


def test_a_preliminary_estimate_of_the_years_outcome_is_a_result_in_any_section() -> None:
    text = ("乙市经济\n据初步测算，2005年全市地区生产总值将突破3000亿元；固定资产投资有望"
            "突破2000亿元。\n预计明年全市地区生产总值将增长10%。")
    facts = _extract(text, region="500000", year=2005).facts
    kinds = {(f.indicator, f.measure): f.kind for f in facts}
    assert kinds == {("gdp", "level"): "result", ("fixed_asset_investment", "level"): "result",
                     ("gdp", "growth"): "target"}


def test_each_yardstick_of_a_list_keeps_its_bracketed_figure() -> None:
    # 全区 in a city of an autonomous region is the region
    text = ("银川市经济运行情况\n上半年全市实现地区生产总值1267.24亿元，同比增长7.5%，增速分别"
            "高于全国(5.5%)、全区(6.5%)2.0和1.0个百分点。")
    facts = _extract(text, year=2023).facts
    growth = {f.region: f.quantity.value for f in facts if f.measure == "growth"}
    assert growth == {"640100": Decimal("7.5"), "100000": Decimal("5.5"),
                      "640000": Decimal("6.5")}


def test_a_run_in_heading_names_the_indicator_of_its_paragraphs_figures() -> None:
    # 地方一般公共预算收入。上半年实现4.34亿元: an indicator's name run into its paragraph as
    # its first sentence; a sentence of words (工业生产平稳。) names none, nor does a name in
    # the middle of a paragraph
    text = ("甲区2022年上半年经济运行简析\n地方一般公共预算收入。上半年实现4.34亿元，增长6.5%。\n"
            "工业生产平稳。上半年实现12.5亿元，增长3.1%。\n"
            "全区经济回升。社会消费品零售总额。上半年实现64.13亿元。\n"
            "粮食总产量。全年农作物总播种面积达到11.7万公顷，增长0.8%。\n")
    facts = _extract(text, region="511902", year=2022).facts
    read = {(f.indicator, f.measure, f.quantity.value) for f in facts}
    assert read == {("general_budget_revenue", "level", Decimal("434000000")),
                    ("general_budget_revenue", "growth", Decimal("6.5"))}
    quote = next(f.provenance.quote for f in facts if f.measure == "level")
    assert quote == "地方一般公共预算收入。上半年实现4.34亿元"


def test_a_list_item_after_a_shares_figure_naming_its_own_subject_is_not_the_shares() -> None:
    # …研发经费支出占地区生产总值比重2.8%左右、现代农业发展水平90%以上: the last item names
    # a subject of its own (no catalogue one); a bare second figure stays the share's
    text = ("甲省“十三五”规划纲要\n到2020年，全省户籍人口城镇化率67%、研发经费支出占地区生产总值"
            "比重2.8%左右、现代农业发展水平90%以上。")
    facts = _extract(text, region="320000", year=2016).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("urbanisation_rate", Decimal(67)), ("rd_intensity", Decimal("2.8"))}
    both = _extract("甲省统计公报\n研发经费支出占地区生产总值比重分别为2.5%、2.8%。",
                    region="320000", year=2016).facts
    assert [f.quantity.value for f in both] == [Decimal("2.5"), Decimal("2.8")]


@pytest.mark.parametrize("part", ["其中，10月当月增长5.6%", "其中，10月份增长5.6%",
                                  "其中10月当月增长5.6%"])
def test_a_months_own_figure_after_qizhong_and_a_comma(part: str) -> None:
    # 1-10月…增长7.7%，其中，10月当月增长5.6%: the month's own figure of the indicator
    text = f"甲省经济运行\n1-10月，全省规模以上工业增加值增长7.7%，{part}。"
    facts = _extract(text, region="420000", year=2017).facts
    read = {(f.indicator, str(f.period), f.quantity.value) for f in facts}
    assert read == {("industrial_value_added", "2017-01..2017-10", Decimal("7.7")),
                    ("industrial_value_added", "2017-10", Decimal("5.6"))}


@pytest.mark.parametrize("part", ["其中，10月当月增长5.6%", "10月当月增长5.6%",
                                  "其中，10月当月增加值增长5.6%", "其中，10月单月同比增长5.6%"])
def test_a_months_own_figure_in_the_sentence_after(part: str) -> None:
    # …增长7.7%。其中，10月当月增加值同比增长5.6%: the month's own figure of the indicator
    # the sentence before named, its head (增加值) restated or not
    text = f"甲省经济运行\n1-10月，全省规模以上工业增加值增长7.7%。{part}。"
    facts = _extract(text, region="420000", year=2017).facts
    read = {(f.indicator, str(f.period), f.quantity.value) for f in facts}
    assert read == {("industrial_value_added", "2017-01..2017-10", Decimal("7.7")),
                    ("industrial_value_added", "2017-10", Decimal("5.6"))}


def test_a_months_figure_naming_another_head_is_not_the_indicators() -> None:
    # 其中，10月工业增长5.6%: 工业 is no restated head of 规模以上工业增加值's name
    text = "甲省经济运行\n1-10月，全省规模以上工业增加值增长7.7%。其中，10月当月利润增长5.6%。"
    facts = _extract(text, region="420000", year=2017).facts
    assert [f.quantity.value for f in facts] == [Decimal("7.7")]


@pytest.mark.parametrize("name", ["“六大倍增”计划", "“金凤凰计划”", "「金凤凰计划」", "金凤凰计划"])
def test_a_programmes_quoted_name_sets_no_target(name: str) -> None:
    # 2021年,顺德启动“六大倍增”计划,工业总产值突破万亿: 计划 in a programme's name is no
    # plan of the figures after it
    text = ("2022年1月4日,顺德区区长作政府工作报告,对2021年作出总结。\n"
            f"2021年,顺德启动产业{name},新增上市企业6家。")
    facts = _extract(text, region="440606").facts
    assert [(f.kind, f.quantity.value) for f in facts] == [("result", Decimal(6))]


def test_a_plan_said_after_a_programmes_name_still_sets_targets() -> None:
    text = ("2022年1月4日,顺德区区长作政府工作报告,对2021年作出总结。\n"
            "2022年,顺德实施“金凤凰计划”,计划新增上市企业6家。")
    facts = _extract(text, region="440606").facts
    assert [(f.kind, f.quantity.value) for f in facts] == [("target", Decimal(6))]


def test_a_growth_after_people_counted_by_their_status_is_theirs() -> None:
    # 城镇登记失业人员3239人,增长90.2%: 人员 heads a name of its own (people counted by
    # their status), whose growth this is, not new jobs'
    text = ("某县统计公报\n2020年，全县城镇新增就业人员15016人,比上年增长0.03%,"
            "城镇登记失业人员3239人,增长90.2%。")
    facts = _extract(text, region="500235").facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("urban_jobs_new", "level", Decimal(15016)),
        ("urban_jobs_new", "growth", Decimal("0.03")),
        ("other", "level", Decimal(3239)), ("other", "growth", Decimal("90.2"))}


@pytest.mark.parametrize("join", ["、", "，"])
def test_a_total_reached_after_an_addition_is_the_level(join: str) -> None:
    # 新增规上工业企业76家、达到360家: 新增 makes the first figure an addition, not the
    # total reached after it
    text = f"某区政府工作报告\n2016年，渝北区新增规上工业企业76家{join}达到360家。"
    facts = _extract(text, year=2017).facts
    assert {(f.measure, f.quantity.value) for f in facts} == {
        ("increase", Decimal(76)), ("level", Decimal(360))}


def test_a_margin_over_an_average_is_no_level() -> None:
    # 高于全市平均水平6559元: how far above the city's average, not the district's income
    text = ("某区统计公报\n2022年，全区城镇居民人均可支配收入高于全市平均水平6559元，"
            "达到52000元。")
    facts = _extract(text, region="320115").facts
    assert [(f.measure, f.quantity.value) for f in facts] == [("level", Decimal(52000))]


@pytest.mark.parametrize("compared", ["与1958年相比，2018年", "1958年与2018年相比,"])
def test_a_progression_since_a_year_compared_with_dates_its_base_and_drops_its_change(
        compared: str) -> None:
    # 与1958年相比，…由2.04亿元发展到1024.33亿元,增长501倍: the base is 1958's, the level
    # reached 2018's, and the change over sixty years no year's growth
    text = (f"某州成立60年来\n{compared}楚雄州地区生产总值由2.04亿元发展到1024.33亿元,"
            "增长501倍。")
    facts = _extract(text).facts
    assert {(f.measure, str(f.period), f.quantity.value) for f in facts} == {
        ("level", "1958", Decimal(204000000)), ("level", "2018", Decimal(102433000000))}


def test_a_cause_named_in_passing_is_no_subject() -> None:
    # 受减税降费影响增长2.7%: the cuts caused the revenue's change; the figure is revenue's
    text = "某市经济运行\n前三季度，全市地方公共财政收入受减税降费影响增长2.7%。"
    facts = _extract(text, region="511700", year=2019).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [
        ("general_budget_revenue", Decimal("2.7"))]
    # (受GDP“挤水分”影响的天津以3.6%: a cause describing a region names its indicator)
    ranked = "各省GDP增速\n2018年，受GDP“挤水分”影响的天津以3.6%的增速排名末位。"
    assert [f.indicator for f in _extract(ranked).facts] == ["gdp"]


@pytest.mark.parametrize("change", ["，在大幅减税降费情况下增长1.5%", "，受减税降费影响增长1.5%",
                                    "、剔除留抵退税因素后同口径增长1.5%"])
def test_a_rate_after_its_cause_or_a_factor_taken_out_is_its_clauses(change: str) -> None:
    text = f"乙区政府工作报告\n2019年，一般公共预算收入119亿元{change}。"
    facts = _extract(text, region="120114", year=2020).facts
    assert [(f.indicator, f.measure, f.quantity.value) for f in facts] == [
        ("general_budget_revenue", "level", Decimal("11900000000")),
        ("general_budget_revenue", "growth", Decimal("1.5"))]


@pytest.mark.parametrize(("said", "indicator"), [
    ("集中开工63个重大项目", "major_projects_started"),
    ("新开工63个项目", "major_projects_started"),
    ("签约63个重点产业项目", "major_projects_signed")])
def test_a_count_inside_a_gapped_name_is_its_figure(said: str, indicator: str) -> None:
    # 开工…项目 with the count between its words (集中开工63个重大项目): the projects' count
    text = f"某县重大项目集中开工\n2018年3月22日，沛县{said}，总投资333亿元。"
    facts = _extract(text).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [(indicator, Decimal(63))]
    assert facts[0].provenance.quote.endswith(said)


def test_a_ceremonys_count_early_in_the_year_is_that_years() -> None:
    # 集中开工63个重大项目 on a page of March: the ceremony's batch, not last year's total
    from plantrack.model import Document

    text = ("总投资333亿元 沛县集中开工63个重大项目\n2018年03月26日 10:40:14 | 来源:徐州新闻\n"
            "3月22日上午,沛县2018年重大产业项目集中开工。2017年,全年新签约亿元以上项目83个。")
    page = Document(name="d.txt", text=text, url="http://news.example.cn/a/20180326/1.shtml")
    facts = plantrack.extract(page).facts
    assert [(str(f.period), f.quantity.value) for f in facts] == [
        ("2018", Decimal(63)), ("2017", Decimal(83))]


def test_counts_listed_inside_gapped_names_are_each_their_own() -> None:
    # 开工8个项目、签约10个项目: the second count is the signing's, not a list item of the first
    text = "某市项目建设\n2021年11月，京山市集中开工8个项目、签约10个项目,总投资67.5亿元。"
    facts = _extract(text).facts
    assert [(f.indicator, f.quantity.value, f.provenance.quote) for f in facts] == [
        ("major_projects_started", Decimal(8), "京山市集中开工8个项目"),
        ("major_projects_signed", Decimal(10), "签约10个项目")]


@pytest.mark.parametrize(("said", "indicator"), [
    ("我省城镇居民2016年人均可支配收入28440元", "urban_disposable_income"),
    ("农村居民各项收入呈增长态势,2016年人均可支配收入28440元", "rural_disposable_income"),
    ("城镇居民收入稳步增长,全省居民人均可支配收入28440元", "disposable_income")])
def test_a_bare_income_after_the_residents_its_sentence_named(said: str, indicator: str
                                                              ) -> None:
    # 农村居民…,2016年人均可支配收入9396元: the bare 人均可支配收入 is the residents' named
    # before it in the sentence (not after 全省居民, another group)
    text = f"某省居民收入情况\n{said},同比名义增长7.6%。"
    facts = _extract(text, region="610000", year=2016).facts
    assert {f.indicator for f in facts} == {indicator}


def test_a_list_of_regions_under_its_caption_gives_each_its_part() -> None:
    # the caption names what the lines count; a zone's line (高新区) stands in the list,
    # lines of a copy's noise (no Chinese) between; the total said with 活动共有
    text = ("11月8日,宜昌市2020年11月重大项目集中开工活动举行。\n"
            "本次集中开工活动 共有60个重大项目,计划总投资300亿元。\n"
            "集中开工重大项目汇总表\n"
            "3 k# Z1 ]\n"
            "- 宜都市25个,总投资109.8亿元\n"
            "- 宜昌高新区5个,总投资21亿元\n"
            "- 远安县7个,总投资19亿元\n")
    got = {(f.region, f.quantity.value, f.provenance.quote)
           for f in _extract(text).facts if f.indicator == "major_projects_started"}
    assert got == {("420500", Decimal("60"), "共有60个重大项目"),
                   ("420581", Decimal("25"), "宜都市25个"),
                   ("420525", Decimal("7"), "远安县7个")}


def test_a_projects_completion_date_dates_no_figure_after_it() -> None:
    # 将于2023年11月建成: the project's deadline, not the period of the next county's count
    text = ("2022年3月份全市项目集中开工。临渭区本次集中开工项目6个。其中某产业园项目总投资11.3"
            "亿元,将于2023年11月建成。大荔县本次集中开工重点项目共4个。")
    got = {(f.region, str(f.period)) for f in _extract(text, region="610500").facts
           if f.indicator == "major_projects_started"}
    assert got == {("610502", "2022-03"), ("610523", "2022-03")}


def test_investment_done_in_a_text_of_investment_by_field_is_no_total() -> None:
    # 城市基础设施完成投资: a field's investment, the text breaking the total down by field
    text = ("2018年三季度,全区完成全社会固定资产投资411.11亿元,同比增长14.4%。全区工业、城市"
            "基础设施、房地产开发共完成投资355.22亿元。工业完成投资61.45亿元,同比增长35.7%;"
            "城市基础设施完成投资28.88亿元,同比下降12.2%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in _extract(text, region="310112").facts if f.indicator != "other"}
    assert got == {("fixed_asset_investment", "level", Decimal("41111000000")),
                   ("fixed_asset_investment", "growth", Decimal("14.4")),
                   ("industrial_investment", "level", Decimal("6145000000")),
                   ("industrial_investment", "growth", Decimal("35.7"))}


def test_the_units_below_the_size_are_no_catalogue_total(in_script: InScript) -> None:
    # 规下 / 规模以下 / 限额以下: the sub-total of the small units, beside the catalogue's
    text = in_script("奉化区2021年上半年,规上工业增加值增长20.1%,规下工业增加值增长23.5%,"
                     "规模以下工业增加值增长21%,限额以下单位零售额增长3%。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text).facts}
    assert got == {("industrial_value_added", Decimal("20.1")), ("other", Decimal("23.5")),
                   ("other", Decimal("21")), ("other", Decimal("3"))}


def test_a_compound_names_lists_after_a_verb_go_by_position() -> None:
    # 城乡 = 城镇, 农村: each list of two after the name, a verb or 从…增加到 between, gives
    # the first to the towns and the second to the countryside (分别 left unsaid)
    text = ("2014年,全区城乡居民人均可支配收入46324和26682元,增长9.4%和11%。2021年,全市城乡居民"
            "人均可支配收入从4.89万元、2.90万元增加到6.8万元、4.3万元。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in _extract(text, region="330212").facts}
    assert got == {
        ("urban_disposable_income", "level", Decimal("46324")),
        ("rural_disposable_income", "level", Decimal("26682")),
        ("urban_disposable_income", "growth", Decimal("9.4")),
        ("rural_disposable_income", "growth", Decimal("11")),
        ("urban_disposable_income", "level", Decimal("48900")),
        ("rural_disposable_income", "level", Decimal("29000")),
        ("urban_disposable_income", "level", Decimal("68000")),
        ("rural_disposable_income", "level", Decimal("43000"))}


def test_value_added_said_bare_after_the_output_is_the_same_industrys() -> None:
    # 增加值 opening a clause after 规上工业总产值's figures: the industry's value added
    text = ("2022年8月,全市规上工业总产值179.5亿元,同比增长37.6%;增加值同比增长28.8%。1-8月,"
            "规上工业产值1588.1亿元,同比增长4.6%,增加值增长2.6%。全市第三产业增加值增长5%。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text, region="420300").facts
           if f.indicator == "industrial_value_added"}
    assert got == {("industrial_value_added", Decimal("28.8")),
                   ("industrial_value_added", Decimal("2.6"))}


def test_a_mark_not_passed_is_no_value() -> None:
    # 还未突破过10亿美元: the mark the trade has not reached, no level of it
    text = "2018年1-9月,全市外贸进出口总值增长50%。此前全市年度外贸进出口总值还未突破过10亿美元。"
    got = {(f.measure, f.quantity.value) for f in _extract(text, region="511500").facts}
    assert got == {("growth", Decimal("50"))}


def test_a_figure_alone_after_a_regions_place_in_a_ranking_is_its_own() -> None:
    # 为省内最高,4711.0亿元: the figure after the place the clause before ranks it at
    text = ("2021年贵州各市州GDP排行。省会贵阳的GDP为省内最高,4711.0亿元;安顺的GDP为省内最低,"
            "1078.9亿元。")
    got = {(f.region, f.quantity.value) for f in _extract(text, region="520000").facts}
    assert got == {("520100", Decimal("471100000000")), ("520400", Decimal("107890000000"))}


def test_an_estimate_of_the_year_in_course_is_a_result_and_two_years_average_none() -> None:
    # 预计全年…将突破9500亿元: the 将 of an estimate of the year's outcome, no aim; 两年均增长:
    # the average over two years said short, no year-on-year growth
    text = ("2021年1-10月,全区规模以上工业总产值增长30%,两年均增长20.0%。预计全年地区生产总值"
            "将突破9500亿元,增速在10%以上。")
    got = {(type(f).__name__, f.indicator, f.quantity.value)
           for f in _extract(text, region="110108").facts}
    assert got == {("Result", "industrial_output", Decimal("30")),
                   ("Result", "gdp", Decimal("950000000000")), ("Result", "gdp", Decimal("10"))}


def test_high_level_talents_projects_are_talent_projects(in_script: InScript) -> None:
    # 高层次人才项目: projects (talent_projects), not the talents (高层次人才) they bring
    text = in_script("镇海区2019年落户高层次人才项目44个,引进高层次人才120名。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text).facts}
    assert got == {("talent_projects", Decimal("44")), ("high_level_talents", Decimal("120"))}


def test_a_progressions_base_in_a_five_year_review_is_five_years_back() -> None:
    text = ("临泉县人民政府工作报告\n——2023年1月10日在临泉县第十八届人民代表大会第一次会议上\n"
            "一、过去五年和2022年工作回顾\n"
            "县十七届人大一次会议以来的五年,是极不平凡的五年。\n"
            "综合实力持续增强。地区生产总值从210亿元增加到305亿元,年均增长6.8%;"
            "一般公共预算收入由12.5亿元增加到18.2亿元。\n"
            "二、2023年工作安排\n"
            "城镇化率由58%提高到60%。")
    doc = plantrack.Document(name="d", text=text, published=date(2023, 1, 12))
    years = {(f.indicator, int(f.quantity.value)): str(f.period)
             for f in plantrack.extract(doc, region="临泉县").facts}
    # the base is the level five years before the one reached (2017 for 2022)
    assert years[("gdp", 21000000000)] == "2017"
    assert years[("gdp", 30500000000)] == "2022"
    assert years[("general_budget_revenue", 1250000000)] == "2017"
    assert years[("general_budget_revenue", 1820000000)] == "2022"


def test_a_level_in_a_bracket_after_a_rate_is_the_same_subjects() -> None:
    text = ("2024年,全区地区生产总值增长5.9%(达到1133.16亿元),规上工业增加值增长6.1%;"
            "一般公共预算收入增长15.5%(达到64.7亿元),税收同口径增长4.9%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in _extract(text, region="南岸区", year=2024).facts}
    assert got == {("gdp", "growth", Decimal("5.9")), ("gdp", "level", Decimal("113316000000")),
                   ("industrial_value_added", "growth", Decimal("6.1")),
                   ("general_budget_revenue", "growth", Decimal("15.5")),
                   ("general_budget_revenue", "level", Decimal("6470000000"))}


def test_a_change_on_another_base_than_last_years_is_no_growth() -> None:
    text = ("前三季度地区生产总值达440.42亿元,同比增长11.6%,增速较去年同期增长8.6%,"
            "较疫情前同比增长3.9%。")
    got = {(f.measure, f.quantity.value)
           for f in _extract(text, region="泗阳县", year=2021).facts}
    assert got == {("level", Decimal("44042000000")), ("growth", Decimal("11.6"))}


def test_an_average_and_a_sum_in_a_review_of_years_are_over_its_years() -> None:
    text = ("临泉县人民政府工作报告\n过去五年工作回顾\n"
            "消费潜力快速释放,社会消费品零售总额累计完成2034亿元,年均增长11.7%,"
            "2016年预计完成490亿元。全社会固定资产投资五年累计完成2507亿元。")
    doc = plantrack.Document(name="d", text=text, published=date(2017, 1, 10))
    got = {(f.kind, f.indicator, f.measure, int(f.quantity.value), str(f.period))
           for f in plantrack.extract(doc, region="临泉县").facts}
    # (the average rate is no aim; named over no span of its own sentence, it is left
    # out, as an average over years with none named always is)
    assert got == {("result", "retail_sales", "level", 203400000000, "2012..2016"),
                   ("result", "retail_sales", "level", 49000000000, "2016"),
                   ("result", "fixed_asset_investment", "level", 250700000000, "2012..2016")}


def test_a_pairs_progression_after_a_compound_head_gives_each_part_its_own() -> None:
    text = "城乡常住居民人均可支配收入从2015年的34731元和14824元提高到48942元和22790元。"
    got = {(f.indicator, int(f.quantity.value), str(f.period))
           for f in _extract(text, region="五华区", year=2020).facts}
    assert got == {("urban_disposable_income", 34731, "2015"),
                   ("rural_disposable_income", 14824, "2015"),
                   ("urban_disposable_income", 48942, "2020"),
                   ("rural_disposable_income", 22790, "2020")}


def test_a_progressions_base_before_an_estimated_end_is_five_years_back() -> None:
    text = ("临泉县人民政府工作报告\n一、过去五年工作回顾\n"
            "五年来,地区生产总值从210亿元预计增加到305亿元,年均增长6.8%。")
    doc = plantrack.Document(name="d", text=text, published=date(2023, 1, 12))
    years = {(f.indicator, int(f.quantity.value)): str(f.period)
             for f in plantrack.extract(doc, region="临泉县").facts}
    # 预计 before the verb still makes 210亿元 the level the five years began from
    assert years[("gdp", 21000000000)] == "2017"
    assert years[("gdp", 30500000000)] == "2022"


def test_a_progressions_base_after_one_years_review_is_not_five_years_back() -> None:
    text = ("过去五年,全县经济实力稳步提升。\n过去一年,2022年全县地区生产总值从210亿元增加到"
            "225亿元。")
    facts = _extract(text, region="临泉县", year=2022).facts
    assert "2017" not in {str(f.period) for f in facts}


def test_a_work_reports_preliminary_forecast_of_the_year_ended_is_its_result() -> None:
    text = ("临泉县人民政府工作报告\n一、2020年工作回顾\n"
            "初步预测,全年地区生产总值增长4.5%左右,一般公共预算收入增长10%。")
    facts = _extract(text, region="临泉县", year=2021).facts
    assert {(f.kind, f.indicator, str(f.period)) for f in facts} == {
        ("result", "gdp", "2020"), ("result", "general_budget_revenue", "2020")}
    # an economist's forecast stays no government's figure
    text = "经济学家预测,全国地区生产总值增长4.5%左右。"
    assert _extract(text, region="全国", year=2021).facts == ()


def test_a_tax_on_or_refund_of_trade_is_no_trade() -> None:
    text = ("1-10月,税务部门征收收入(未扣减出口退税82.5亿元,含海关代征进口货物增值税和消费税"
            "税收34.1亿元)188.7亿元。全市出口120亿元,进口80亿元。")
    facts = _extract(text, region="东莞市", year=2019).facts
    assert sorted((f.indicator, int(f.quantity.value)) for f in facts
                  if f.indicator != "other") == [
        ("exports", 12000000000), ("imports", 8000000000)]


def test_a_table_of_counties_investment_growth_with_a_column_of_places() -> None:
    # 投资增速 in a text about the fixed-asset investment names it; 增速排位 is a rank column
    text = ("全州1-6月固定资产投资同比增长5.5%;分县(市)、新区完成情况详见表1:\n表1:\n"
            "县(市)、新区 |\n1-6月投资增速(%) |\n增速排位 |\n"
            "兴义市 |\n0.2 |\n3 |\n兴仁市 |\n10.7 |\n1 |\n普安县 |\n5.4 |\n2 |\n")
    facts = _extract(text, region="黔西南布依族苗族自治州", year=2020).facts
    assert sorted((f.region_name, f.indicator, str(f.quantity.value), str(f.period))
                  for f in facts if f.region_name != "黔西南布依族苗族自治州") == [
        ("兴义市", "fixed_asset_investment", "0.2", "2020-01..2020-06"),
        ("兴仁市", "fixed_asset_investment", "10.7", "2020-01..2020-06"),
        ("普安县", "fixed_asset_investment", "5.4", "2020-01..2020-06")]


def test_a_change_on_the_year_before_under_a_plans_heading_is_planned() -> None:
    text = ("2020年1-6月全州固定资产投资完成情况\n(一)计划安排情况\n"
            "按照州委、州政府的要求,我州2020年固定资产投资增速为同比增长9%左右。\n"
            "(二)投资完成情况\n据统计,全州1-6月固定资产投资同比增长5.5%。")
    facts = _extract(text, region="黔西南布依族苗族自治州", year=2020).facts
    assert sorted((f.kind, str(f.quantity.value)) for f in facts) == [
        ("result", "5.5"), ("target", "9")]


def test_the_economy_stands_for_gdp_only_before_a_rate_of_its_own() -> None:
    text = "上半年,“流量经济”带动家禽需求逐步回升,家禽出栏823.72万只,同比下降14%。"
    assert _extract(text, region="增城区", year=2023).facts == ()
    facts = _extract("全区经济运行平稳,上半年同比增长6.5%。", region="增城区", year=2023).facts
    assert [(f.indicator, str(f.quantity.value)) for f in facts] == [("gdp", "6.5")]


def test_projects_at_the_provinces_level_are_no_count_of_provinces() -> None:
    text = "全市推进29个省级重点项目建设,带动全市完成全社会固定资产投资1604.95亿元。"
    facts = _extract(text, region="达州市", year=2017).facts
    assert [(f.region_name, f.indicator) for f in facts] == [("达州市", "fixed_asset_investment")]
    # 7个省 is a count of provinces: their sum, no region's own
    text = "7个省的地区生产总值超过一万亿元。"
    assert _extract(text, region="全国", year=2017).facts == ()


def test_a_figure_short_of_another_regions_is_a_gap() -> None:
    text = "青岛GDP为10011亿元,济南GDP较青岛少3300亿元,烟台GDP为7003亿元。"
    facts = _extract(text, region="山东省", year=2016).facts
    assert sorted(f.region_name for f in facts) == ["烟台市", "青岛市"]


def test_the_level_a_progression_reached_in_a_year_is_no_deadline() -> None:
    text = "改革开放40年来,全市生产总值从1978年的2.19亿元增加到2017年的388.9亿元。"
    facts = _extract(text, region="平凉市", year=2017).facts
    assert sorted((f.kind, str(f.period)) for f in facts) == [
        ("result", "1978"), ("result", "2017")]
    # a year to come stays a plan's
    text = "全市生产总值从2020年的300亿元提高到2025年的500亿元。"
    facts = _extract(text, region="平凉市", year=2021).facts
    assert ("target", "2025") in {(f.kind, str(f.period)) for f in facts}


def test_a_breakdown_by_county_under_a_total_of_projects_started() -> None:
    text = ("3月28日\n黄冈市集中开工5000万元以上项目174个\n总投资470.7亿元\n\n从规模看\n"
            "➤ 亿元至5亿元项目96个,总投资170.02亿元;\n➤ 10亿元及以上项目10个,总投资205.60亿元。\n"
            "从县市看\n➤ 麻城市29个项目,总投资106.2亿元;\n➤ 武穴市27个项目,总投资83.8亿元。\n")
    facts = _extract(text, region="黄冈市", year=2022).facts
    assert sorted((f.region_name, int(f.quantity.value)) for f in facts
                  if f.indicator == "major_projects_started") == [
        ("武穴市", 27), ("麻城市", 29), ("黄冈市", 174)]


def test_a_part_of_a_projects_total_investment_is_no_regions_investment() -> None:
    text = ("项目用地约280亩,总投资10亿元,其中固定资产投资8.4亿元。"
            "全市完成固定资产投资500亿元,其中工业投资200亿元。")
    facts = _extract(text, region="黄冈市", year=2022).facts
    assert [(f.indicator, int(f.quantity.value)) for f in facts] == [
        ("fixed_asset_investment", 50000000000), ("industrial_investment", 20000000000)]


def test_the_share_of_the_years_plan_done_leaves_the_rate_after_it_a_result() -> None:
    text = "1-7月,全县固定资产投资完成108.6亿元,占年度计划的60%,累计增幅11.6%,居全市第二。"
    facts = _extract(text, region="随县", year=2019).facts
    assert {(f.kind, f.measure) for f in facts} == {("result", "level"), ("result", "growth")}


def test_a_ranking_of_firms_named_after_the_country_is_no_subject() -> None:
    text = ("咸宁市政府工作报告指出,2023年,引进一批世界500强、中国100强企业高端优质项目,"
            "新开工亿元以上产业项目140个。")
    facts = _extract(text, region="咸宁市", year=2023).facts
    assert {f.region_name for f in facts} == {"咸宁市"}


def test_what_a_growth_aim_reached_in_a_plan_table_is_a_growth() -> None:
    text = ("2025年上半年国民经济和社会发展计划主要预期目标完成情况\n|\n指标名称 |\n预期增长(%) |\n"
            "上半年完成(%) |\n|\n地区生产总值 |\n6左右 |\n4 |\n|\n规上工业增加值 |\n"
            "6.5以上 |\n-3.6 |\n")
    facts = _extract(text, region="淮南市", year=2025).facts
    assert sorted((f.kind, f.indicator, f.measure, str(f.quantity.value), str(f.period))
                  for f in facts) == [
        ("result", "gdp", "growth", "4", "2025H1"),
        ("result", "industrial_value_added", "growth", "-3.6", "2025H1"),
        ("target", "gdp", "growth", "6", "2025"),
        ("target", "industrial_value_added", "growth", "6.5", "2025")]


def test_the_city_a_sentence_names_before_its_deictic_word_is_the_one_meant() -> None:
    text = ("上半年经济数据公布,宿迁反超连云港\n宿迁统计局公布1-6月主要经济指标,"
            "全市实现地区生产总值1749.59亿元。日前,连云港公布上半年经济数据,全市实现地区生产总值1727.66亿元。"
            "连云港市委强调,连云港要奋起直追。")
    facts = _extract(text, year=2022).facts
    assert sorted((f.region_name, str(f.quantity.value)) for f in facts) == [
        ("宿迁市", "174959000000.00"), ("连云港市", "172766000000.00")]
    # a county-level city named in a prefecture's text leaves 全市 the prefecture's
    text = "孝感市2022年统计公报\n在汉川市召开的现场会上,全市实现地区生产总值2500亿元。"
    assert {f.region_name for f in _extract(text, region="孝感市").facts} == {"孝感市"}


def test_a_class_of_goods_or_the_units_above_the_quota_sell_a_part_of_retail() -> None:
    text = ("1-4月,全区社会消费品零售总额50亿元。全区限上贸易单位实现零售额8.85亿元,同比增长"
            "7.4%。汽车类实现零售额20.9亿元,增长56.4%。")
    facts = _extract(text, region="汉台区", year=2023).facts
    assert [(f.indicator, int(f.quantity.value)) for f in facts
            if f.indicator != "other"] == [("retail_sales", 5000000000)]


def test_investment_done_in_a_sentence_naming_projects_is_theirs() -> None:
    text = "2022年全县固定资产投资增长10%。推进省市亿元以上重点项目73个、完成投资103.7亿元。"
    facts = _extract(text, region="霍山县", year=2022).facts
    assert [(f.indicator, f.measure) for f in facts] == [("fixed_asset_investment", "growth")]


def test_an_estimates_word_before_a_listed_head_leaves_the_head_its_own() -> None:
    text = ("2022年全市生产总值增长3.1%;预计城镇、农村常住居民人均可支配收入分别达45300元、"
            "19400元,增长3.6%、7.8%。")
    facts = _extract(text, region="弥勒市", year=2022).facts
    assert sorted((f.indicator, f.measure, str(f.quantity.value)) for f in facts
                  if f.indicator != "gdp") == [
        ("rural_disposable_income", "growth", "7.8"),
        ("rural_disposable_income", "level", "19400"),
        ("urban_disposable_income", "growth", "3.6"),
        ("urban_disposable_income", "level", "45300")]


def test_a_fall_told_in_money_before_the_rate_is_no_gap_to_another() -> None:
    text = "开化县2024年上半年财政收入11.64亿元,比上年同期减少了6.32亿元,同比下降35.2%。"
    facts = _extract(text, region="开化县", year=2024).facts
    assert ("growth", "-35.2") in {(f.measure, str(f.quantity.value)) for f in facts}
    # what one falls short of another by stays no one's
    assert _extract("甲县GDP比第一名少了163亿元。", region="开化县", year=2024).facts == ()


def test_of_two_regions_named_as_often_the_one_named_first_is_the_texts() -> None:
    text = ("2013年北塔区国民经济和社会发展统计公报\n"
            "今年以来,全区上下以打造“宜居宜业宜游的滨江文明新城”为目标,促进了全区经济发展。"
            "全年全区实现生产总值257338万元,按可比价计算比去年增长10.9%。")
    facts = _extract(text).facts
    assert {f.region_name for f in facts} == {"北塔区"}


def test_investment_that_outside_funds_formed_is_a_part_of_the_total() -> None:
    text = "1-10月,全县完成固定资产投资500亿元,引进市外资金形成固定资产投资152.4亿元,增长13.1%。"
    facts = _extract(text, region="长沙县", year=2017).facts
    assert [(f.indicator, int(f.quantity.value)) for f in facts
            if f.indicator == "fixed_asset_investment"] == [
        ("fixed_asset_investment", 50000000000)]


def test_firms_of_an_ownership_type_are_no_economy() -> None:
    text = "2020年,全市规上工业增加值增长8%,其中国有企业增长5%,其他经济类型企业增长69.2%。"
    facts = _extract(text, region="拉萨市", year=2020).facts
    assert "gdp" not in {f.indicator for f in facts}


def test_regions_set_equal_to_a_sum_go_on_about_the_sentence_befores_indicator() -> None:
    # 潍坊为7010亿元: a clause of a region, a copula and a sum, naming no indicator, is of
    # the one indicator the sentence before named; a figure in another unit is not
    text = ("2021年河北省各市地区生产总值排名出炉。第二位为唐山市,地区生产总值达到8711亿元。"
            "邯郸市为7010亿元,保定市为5465亿元,沧州市为120万户。")
    extraction = _extract(text, year=2021)
    got = {(f.region_name, f.indicator, f.measure, str(f.quantity.value))
           for f in extraction.facts}
    assert ("邯郸市", "gdp", "level", "701000000000") in got
    assert ("保定市", "gdp", "level", "546500000000") in got
    assert {f.region_name for f in extraction.facts} == {"唐山市", "邯郸市", "保定市"}
    for f in extraction.facts:
        assert text[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_the_local_budget_revenue_beside_the_total_is_the_general_budget_revenue() -> None:
    # 地方财政预算收入, the budget revenue's older name, beside the total with the revenue
    # passed up (财政总收入), which leaves the bare 预算收入 unnamed
    text = "全年全县财政总收入20.5亿元,比上年增长3.0%。地方财政预算收入12.3亿元,增长9.0%。"
    extraction = _extract(text, region="431322", year=2020)
    got = {(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts}
    assert ("general_budget_revenue", "level", "1230000000.0") in got
    assert ("general_budget_revenue", "growth", "9.0") in got


def test_a_rankings_sums_go_on_about_its_indicator_paragraphs_after_it() -> None:
    # a sum's indicator (GDP in 亿元) goes on paragraphs down, no other measure named since
    text = ("2022年上半年江苏各市地区生产总值排名出炉。徐州以3719亿元位列第六。\n\n"
            "扬州、泰州两市竞争激烈。增速上看,泰州较快。上半年,扬州为3239亿元,泰州为3100亿元。")
    extraction = _extract(text, region="320000", year=2022)
    got = {(f.region_name, f.indicator) for f in extraction.facts}
    assert {("扬州市", "gdp"), ("泰州市", "gdp")} <= got


def test_regions_set_equal_to_a_figure_sentences_after_their_indicator_are_not_its() -> None:
    # 昭化区为3个 two sentences after 规模以上工业企业, another measure's figure between
    # (入库房地产开发经营企业, outside the catalogue): not the enterprises' count
    text = ("全市规模以上工业企业达到120个。新入库房地产开发经营企业7个。"
            "其中,利州区为4个,昭化区为3个。")
    extraction = _extract(text, region="510800", year=2020)
    assert {f.region_name for f in extraction.facts if f.indicator != "other"} == {"广元市"}


def test_a_year_compared_with_by_tong_is_no_period() -> None:
    # 同2011年相比: the base compared with, not the year of the clauses after it
    text = ("2012年,全县地区生产总值实现48亿元,同2011年相比增长9.9%;"
            "全社会固定资产投资实现21亿元。")
    extraction = _extract(text, region="220721", year=2013)
    assert {str(f.period) for f in extraction.facts} == {"2012"}
    assert len(extraction.facts) == 3


def test_a_growth_on_a_quarter_two_years_back_is_no_plain_growth() -> None:
    # 比2019年一季度增长15.3% in 2021's first quarter: two years back, not the year's growth
    text = "一季度,全省规模以上工业增加值比上年一季度增长12.5%,比2019年一季度增长9.7%。"
    extraction = _extract(text, region="610000", year=2021)
    assert [str(f.quantity.value) for f in extraction.facts] == ["12.5"]


@pytest.mark.parametrize(("text", "region", "values"), [
    # 城乡 right before 居民可支配收入, then 分别: the urban and the rural incomes in turn
    ("2018年,全市城乡居民可支配收入分别达到51000元和26000元,增长8.1%和9.2%。", "330784",
     ("51000", "26000", "8.1", "9.2")),
    # 城镇、牧区常住居民人均可支配收入分别…: a pastoral banner's 牧区 is its countryside
    ("2017年,全旗城镇、牧区常住居民人均可支配收入分别达到24000元和19000元,"
     "分别增长7.5%和8.0%。", "150726", ("24000", "19000", "7.5", "8.0"))])
def test_the_words_before_a_name_of_the_whole_name_its_urban_and_rural_parts(
        text: str, region: str, values: tuple[str, str, str, str]) -> None:
    extraction = _extract(text, region=region, year=int(text[:4]) + 1)
    got = {(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts}
    urban, rural, urban_growth, rural_growth = values
    assert got == {("urban_disposable_income", "level", urban),
                   ("rural_disposable_income", "level", rural),
                   ("urban_disposable_income", "growth", urban_growth),
                   ("rural_disposable_income", "growth", rural_growth)}


def test_milestones_passed_are_no_values_when_the_figures_past_them_follow() -> None:
    # 分别迈上2000亿元和1000亿元台阶,分别达到2317.4亿元、1142.8亿元: round marks, then
    # the figures reached
    text = ("2016年,固定资产投资、社会消费品零售总额分别迈上2000亿元和1000亿元台阶,"
            "分别达到2317.4亿元、1142.8亿元。")
    extraction = _extract(text, region="430600", year=2017)
    got = {(f.indicator, str(f.quantity.value)) for f in extraction.facts}
    assert got == {("fixed_asset_investment", "231740000000.0"),
                   ("retail_sales", "114280000000.0")}


def test_a_bare_sum_naming_a_class_of_regions_is_no_value() -> None:
    # 超20亿的县: the counties past a mark, no figure of the province's revenue
    text = "2023年湖南地方财政收入超20亿的县仅有10个,邵东市地方财政收入增至25.14亿。"
    extraction = _extract(text, region="430000", year=2023)
    assert [(f.region_name, str(f.quantity.value)) for f in extraction.facts] == [
        ("邵东市", "2514000000.00")]


def test_a_range_of_bare_sums_keeps_its_low_ends_decimals() -> None:
    # 14.8亿至20亿 with no 元: one range from 14.8亿, not 8亿 cut out of 14.8
    text = "2023年全县地方财政收入处于14.8亿至20亿之间。"
    extraction = _extract(text, region="431025", year=2023)
    assert [(f.quantity.comparator, f.quantity.value, f.quantity.value_high)
            for f in extraction.facts] == [("between", Decimal("1.48E+9"), Decimal("2E+9"))]


def test_the_consumer_goods_price_index_is_the_cpi() -> None:
    # 居民消费品价格总指数: the consumer price index under its older, longer name
    extraction = _extract("上半年,全区居民消费品价格总指数上涨1.8%。", region="330213", year=2018)
    assert [(f.indicator, str(f.quantity.value)) for f in extraction.facts] == [("cpi", "1.8")]


def test_a_characteristic_towns_figure_is_no_districts() -> None:
    # 运河财富小镇完成固定资产投资: a zone's investment inside the district, not the district's
    text = "2017年,全区完成固定资产投资200亿元。运河财富小镇完成固定资产投资18.5亿元。"
    extraction = _extract(text, region="330105", year=2017)
    assert [str(f.quantity.value) for f in extraction.facts] == ["20000000000"]


def test_names_each_with_its_value_then_tongbi_fenbie_share_the_rates_in_turn() -> None:
    # 城镇…52000元,农村…28000元,同比分别增长8.0%和9.0%: the rates in the names' order
    text = ("2018年,城镇居民人均可支配收入52000元,农村居民人均可支配收入28000元,"
            "同比分别增长8.0%和9.0%。")
    extraction = _extract(text, region="330783", year=2019)
    got = {(f.indicator, str(f.quantity.value)) for f in extraction.facts if f.measure == "growth"}
    assert got == {("urban_disposable_income", "8.0"), ("rural_disposable_income", "9.0")}


def test_tax_refunds_and_cuts_are_the_tax_and_fee_cuts() -> None:
    # 退税减税 (2022's refunds of credits and cuts together): the tax and fee cuts
    extraction = _extract("加大减税降费力度,累计退税减税3.5亿元。", region="341323", year=2022)
    assert [(f.indicator, str(f.quantity.value)) for f in extraction.facts] == [
        ("tax_fee_cuts", "350000000.0")]


def test_a_bare_item_after_a_names_own_figure_shares_its_head() -> None:
    # 规模工业总产值120亿元、增加值40亿元,分别增长…: 增加值 is 规模工业增加值, the second rate its
    text = "2013年,全县完成规模工业总产值120亿元、增加值40亿元,分别增长15.0%、11.0%。"
    extraction = _extract(text, region="430522", year=2014)
    got = {(f.indicator, f.measure, str(f.quantity.value)) for f in extraction.facts}
    assert ("industrial_value_added", "level", "4000000000") in got
    assert ("industrial_value_added", "growth", "11.0") in got
    assert ("industrial_output", "growth", "15.0") in got
    assert ("industrial_output", "growth", "11.0") not in got


def test_a_clause_of_a_share_of_the_whole_gives_no_rate() -> None:
    # 占全市的19.4% after ranking clauses: the district's share of its city, no growth
    text = ("全年地区生产总值3500.5亿元,增长8%,增速连续两年排名全市第二,"
            "总量连续10年位居全市首位,占全市的18.5%。")
    extraction = _extract(text, region="440106", year=2016)
    assert sorted(str(f.quantity.value) for f in extraction.facts) == ["350050000000.0", "8"]


def test_a_region_alone_in_a_bracket_after_a_figure_gives_its_own_figure() -> None:
    # a county's quarter release sets its city's (or province's) figure of the same thing
    # in brackets after its own: 增长7.5%(全市11.1%), the city's growth, not the county's
    text = ("郏县一季度经济运行情况\n一季度,全县规模以上工业增加值同比增长7.5%(全市11.1%),"
            "居六县市第3位。全县社会消费品零售总额24.22亿元,同比增长7.4%(全市7.2%)。"
            "全县固定资产投资同比增长6.4%(全省为6.6%)。")
    got = {(f.region_name, f.indicator, f.measure, str(f.quantity.value))
           for f in _extract(text, year=2025).facts}
    assert got == {
        ("郏县", "industrial_value_added", "growth", "7.5"),
        ("平顶山市", "industrial_value_added", "growth", "11.1"),
        ("郏县", "retail_sales", "level", "2422000000.00"),
        ("郏县", "retail_sales", "growth", "7.4"),
        ("平顶山市", "retail_sales", "growth", "7.2"),
        ("郏县", "fixed_asset_investment", "growth", "6.4"),
        ("河南省", "fixed_asset_investment", "growth", "6.6")}


def test_the_excess_over_an_overshot_goal_is_no_figure_of_its_own() -> None:
    # a banner's work report: 超额完成年度任务2.1亿元 is by how much the task was beaten,
    # neither the task (a target of 2.1亿元) nor what was reached
    text = ("2022年,全旗固定资产投资完成17亿元,超额完成年度任务2.1亿元;"
            "一般公共预算收入完成3亿元,超额完成全年目标0.5亿元。")
    got = {(f.kind, f.indicator, str(f.quantity.value))
           for f in _extract(text, region="152524", year=2022).facts}
    assert got == {("result", "fixed_asset_investment", "1700000000"),
                   ("result", "general_budget_revenue", "300000000")}


def test_a_year_a_figure_is_computed_on_dates_nothing_after_it() -> None:
    # a bulletin run onto one line: 按2022年常住人口计算 says what the 2023 figure per head
    # is counted on; the sections after it are still of 2023
    text = ("2023年某县国民经济和社会发展统计公报 一、综合 初步核算,全县实现地区生产总值"
            "220.1亿元,增长8%。按2022年常住人口计算,人均生产总值77760元。 二、农业 "
            "粮食产量11.3万吨。 三、工业 规模工业增加值增长8.5%。")
    got = {(f.indicator, str(f.period)) for f in _extract(text, region="341525").facts
           if f.indicator in ("gdp", "grain_output", "industrial_value_added")}
    assert got == {("gdp", "2023"), ("grain_output", "2023"),
                   ("industrial_value_added", "2023")}


def test_a_bracketed_goal_after_comparisons_is_the_goal_of_the_figure_compared() -> None:
    # a county's plan-execution report: each result, then how it compares, then the year's
    # goal in brackets at the end of its clauses
    text = ("2022年计划执行情况\n全县地区生产总值增长5.9%,高于全市0.8个百分点,排名全市第1位"
            "(预期目标为8.5%以上);规模工业增加值增长9.5%(预期目标为10%以上)。")
    got = {(f.kind, f.indicator, str(f.quantity.value), f.quantity.comparator)
           for f in _extract(text, region="431122", year=2023).facts}
    assert got == {("result", "gdp", "5.9", "="), ("target", "gdp", "8.5", ">="),
                   ("result", "industrial_value_added", "9.5", "="),
                   ("target", "industrial_value_added", "10", ">=")}


def test_the_texts_own_whole_said_after_a_region_it_lies_in_is_the_subject() -> None:
    # a district's report: the country named in an aim clauses before (打造中国…之都) is
    # not whose the figures are once 全区 is said after it
    text = ("双流区2019年计划执行情况\n一、2019年计划执行情况\n2019年,全区围绕目标任务,"
            "打造中国航空经济之都,全区发展实现稳健上行,实现地区生产总值962亿元、增长8.8%。"
            "综合实力全国百强区排名由第37位提升至第32位,全国营商环境百佳示范区排名升至第16位,"
            "获“中国全面小康十大示范县市”称号。")
    assert {f.region_name for f in _extract(text, year=2020).facts} == {"双流区"}
    # (a part of the region named before its 全省's ranking keeps its figure)
    text = ("湖南各市GDP排名\n一季度,从各市来看,长沙GDP总量2381亿元,全省排名第一,"
            "GDP总量同比增长8.7%。")
    assert {f.region_name for f in _extract(text, year=2018).facts} == {"长沙市"}


def test_a_year_opening_a_later_item_of_a_list_is_that_items_alone() -> None:
    # a plan-execution report: R&D counted a year late, its year said in its item; the
    # items after it are the report's year's again (but a list of years carries its last)
    text = ("拱墅区2022年计划执行情况\n全年实现:地区生产总值增长1.5%,低于目标任务5.5个百分点;"
            "2021年R&D经费支出增长0.3%;一般公共预算收入全年同比增长2.6%;社会消费品零售总额增长2%。"
            "2019年全区固定资产投资增长6%;2020年全区固定资产投资增长3%;规模以上工业增加值增长5%。")
    got = {(f.indicator, str(f.period)) for f in _extract(text, year=2022).facts}
    assert got == {("gdp", "2022"), ("rd_expenditure", "2021"),
                   ("general_budget_revenue", "2022"), ("retail_sales", "2022"),
                   ("fixed_asset_investment", "2019"), ("fixed_asset_investment", "2020"),
                   ("industrial_value_added", "2020")}


def test_zeng_alone_before_a_rate_is_a_growth() -> None:
    # 增 for 增长 right before a money figure's rate (地区生产总值增9%); 新增 and 净增 stay
    # additions, whose rate is no growth of the level
    text = "2020年,全区地区生产总值增9%,规模以上工业增加值同比增8.5%,一般公共预算收入净增5%。"
    got = {(f.indicator, f.measure, str(f.quantity.value))
           for f in _extract(text, region="350112", year=2020).facts}
    assert got == {("gdp", "growth", "9"), ("industrial_value_added", "growth", "8.5")}


def test_a_plan_reports_first_part_under_a_heading_of_neither_kind_is_its_review() -> None:
    # 2022年…计划执行情况和2023年…计划草案, its first part headed in words (一、…稳步
    # 发展), a paragraph after its sub-heading naming no year: the year reviewed
    text = ("2022年国民经济和社会发展计划执行情况和2023年国民经济和社会发展计划草案\n"
            "各位代表:\n一、攻坚克难,国民经济稳步发展\n"
            "2022年,全旗地区生产总值完成78亿元,同比增长7%。\n"
            "(一)农牧业稳中有进\n全旗粮食产量达到25亿斤以上,创历史新高。\n"
            "二、2023年经济社会发展的主要目标\n全旗地区生产总值增长6%左右。\n")
    got = {(f.indicator, f.kind, str(f.period)) for f in _extract(text, region="150222").facts}
    assert ("grain_output", "result", "2022") in got
    assert ("gdp", "target", "2023") in got


def test_a_breakdown_by_quarters_then_a_name_is_of_the_whole_before_it() -> None:
    # 分季度看, a name the sentence goes on to after the quarters' clauses (人均生产总值):
    # each quarter's growth is still the whole's the paragraph opened with (GDP)
    text = ("2021年全市地区生产总值246.6亿元,比上年增长9.3%;其中第三产业增加值83.7亿元,"
            "增长14.9%。分季度看,一季度同比增长16.1%,二季度增长11.4%,人均生产总值9万元。")
    got = {(f.indicator, str(f.quantity.value), str(f.period))
           for f in _extract(text, region="659010").facts}
    assert ("gdp", "16.1", "2021Q1") in got
    assert ("gdp", "11.4", "2021Q2") in got
    assert not any(indicator == "tertiary_value_added" and period != "2021"
                   for indicator, _, period in got)


def test_one_growth_after_each_items_own_level_with_jun_is_each_ones() -> None:
    # A 137亿元,B 146亿元,城乡居民…1.2万元,均增长9%左右: every item's growth, the compound
    # head's as the whole's (its one value); without 均 only the last item's
    got = {(f.indicator, f.measure, str(f.quantity.value)) for f in _extract(
        "2017年全县规模以上固定资产投资137亿元,社会消费品零售总额146亿元,城乡居民人均可支配"
        "收入1.2万元,均增长9%左右。", region="371324").facts}
    assert {(i, "growth", "9") for i in ("fixed_asset_investment", "retail_sales",
                                         "disposable_income")} <= got
    assert not any(i.startswith(("urban", "rural")) for i, _, _ in got)
    plain = {(f.indicator, f.measure) for f in _extract(
        "2017年全县地区生产总值120亿元,一般公共预算收入10亿元,增长8%。", region="371324").facts}
    assert ("gdp", "growth") not in plain


def test_figures_noted_as_estimates_are_results_beside_next_years_goals() -> None:
    # 增长8%左右(预计数,下同), the next year's goals in the same paragraph: the year's
    # estimated outcome, 左右 and 以上 as they read
    text = ("某市政府工作报告摘要\n2019-12-26 08:52\n2019年,全市经济运行稳中向好,地区生产总值"
            "增长8%左右(预计数,下同),固定资产投资增长10%以上。2020年,全市主要预期目标是:"
            "地区生产总值增长7.5%以上。\n")
    got = {(f.kind, f.indicator, str(f.quantity.value), str(f.period))
           for f in _extract(text, region="430700").facts}
    assert ("result", "gdp", "8", "2019") in got
    assert ("result", "fixed_asset_investment", "10", "2019") in got
    assert ("target", "gdp", "7.5", "2020") in got


def test_an_output_after_a_crops_harvested_area_is_that_crops() -> None:
    # 粮食收获面积…、产量…: the grain's output, as after its sown area
    got = {(f.indicator, f.quantity.value) for f in _extract(
        "2024年,全县粮食收获面积38.14万亩、产量14.31万吨。", region="341524").facts}
    assert ("grain_output", Decimal(143100)) in got
    # (播种总面积: the whole sown area, as 播种面积)
    got = {(f.indicator, f.quantity.value) for f in _extract(
        "2022年,全区粮食播种总面积17.36万亩,产量7.08万吨。", region="350112").facts}
    assert ("grain_output", Decimal(70800)) in got
    # (粮食稳产增收,总产达到…: the crop opening the clause right before names the output)
    got = {(f.indicator, f.quantity.value) for f in _extract(
        "2023年,全市粮食稳产增收,总产达到58.7亿斤。工业生产稳定,总产值达到14亿元。",
        region="420800").facts}
    assert got == {("grain_output", Decimal(5870000000))}


def test_yardsticks_after_bi_keep_their_bracketed_figures() -> None:
    # 分别比全国(6.8%)、全省(8.2%)快1.6个和0.2个百分点: 比 compares as 高于 does
    text = ("广元市经济运行情况\n上半年，全市实现地区生产总值374.14亿元，同比增长8.4%，"
            "增速比一季度加快0.1个百分点，分别比全国(6.8%)、全省(8.2%)快1.6个和0.2个百分点。")
    facts = _extract(text, year=2018).facts
    growth = {f.region: f.quantity.value for f in facts if f.measure == "growth"}
    assert growth == {"510800": Decimal("8.4"), "100000": Decimal("6.8"),
                      "510000": Decimal("8.2")}


def test_a_growth_word_between_a_yardstick_and_its_bracket_keeps_the_figure_its() -> None:
    text = ("山西省2021年经济运行\n全省进出口总额2230.3亿元，比上年增长48.3%，明显快于全国增速"
            "(21.4%)。全省规上工业增加值增长12.7%，增速高于全国平均水平(9.6%)。")
    facts = _extract(text, year=2021).facts
    growth = {(f.region, f.indicator, f.quantity.value) for f in facts if f.measure == "growth"}
    assert ("140000", "foreign_trade", Decimal("21.4")) not in growth
    assert {("140000", "foreign_trade", Decimal("48.3")),
            ("100000", "industrial_value_added", Decimal("9.6"))} <= growth


def test_processing_trade_is_a_part_of_exports_and_utilised_fdi_is_actual() -> None:
    text = ("博罗县2005年统计公报\n全年外贸出口总额74783万美元，比上年下降0.4%。其中"
            "“三来一补”出口15356万美元，下降20.8%。全年外商直接投资利用金额9561万美元，增长34.4%。")
    facts = _extract(text, region="441322").facts
    read = {(f.indicator, f.measure, f.quantity.value) for f in facts if f.indicator != "other"}
    assert read == {("exports", "level", Decimal(747830000)),
                    ("exports", "growth", Decimal("-0.4")),
                    ("foreign_investment_actual", "level", Decimal(95610000)),
                    ("foreign_investment_actual", "growth", Decimal("34.4"))}


def test_economic_growth_reads_as_gdp_but_not_a_sectors_or_a_contribution() -> None:
    text = ("乙市2023年上半年经济运行情况\n上半年，全市经济增长6.1%。国有经济投资增长48.8%。"
            "服务业增加值占生产总值的比重为42.8%，对经济增长的贡献率为66.0%。百强工业企业产值"
            "同比增长10.8%，拉动规模以上工业总产值增长3.5个百分点，增长贡献率62.5%。金融业对"
            "经济增长支撑显著，同比增长14.7%。")
    facts = _extract(text, region="640100").facts
    gdp = [f.quantity.value for f in facts if f.indicator == "gdp"]
    assert gdp == [Decimal("6.1")]
    assert not any(f.quantity.value == Decimal("62.5") for f in facts)


def test_a_rate_on_another_price_basis_goes_on_about_the_indicator_before() -> None:
    text = ("乙市2022年上半年经济运行\n初步核算，上半年，乙市生产总值实现3511亿元，按现行价格"
            "计算，同比增长11.0%；按不变价格计算，同比增长7.8%。")
    facts = _extract(text, region="130100").facts
    assert {f.quantity.value for f in facts if f.indicator == "gdp" and f.measure == "growth"
            } == {Decimal("11.0"), Decimal("7.8")}


def test_a_year_since_which_is_no_period_and_a_corps_or_zone_no_region() -> None:
    from plantrack import extract
    from plantrack.model import Document

    text = ("4月15日，新疆生产建设兵团公布了2011年一季度经济形势。一季度，实现生产总值103.77亿元，"
            "同比增长15.9%，是2000年以来一季度最高增长水平。其中第一产业增加值9.90亿元，增长"
            "10.9%。")
    facts = extract(Document(name="d.txt", text=text)).facts
    assert {str(f.period) for f in facts} == {"2011Q1"}
    assert {f.region for f in facts} == {None}
    zone = ("河南省2022年工作回顾\n全省生产总值增长3.1%。郑洛新国家自主创新示范区核心区生产总值"
            "突破千亿元。")
    facts = extract(Document(name="d.txt", text=zone)).facts
    assert [f.quantity.value for f in facts] == [Decimal("3.1")]


def test_a_subject_listed_before_respectively_takes_only_its_own_item() -> None:
    text = ("河南省2022年工作回顾\n战略性新兴产业、高技术制造业占比分别达到25.9%、12.9%。"
            "规模以上工业战略性新兴产业、高技术制造业增加值分别增长17.9%和9.9%。"
            "集成电路、新能源汽车产量分别增长75.1%、28.9%。高技术制造业、战略性新兴产业占比"
            "分别达到12.9%、25.9%。")
    facts = _extract(text).facts
    values = sorted((f.indicator, f.quantity.value) for f in facts if f.indicator != "other")
    assert values == [("high_tech_manufacturing_value_added", Decimal("9.9")),
                      ("high_tech_output_share", Decimal("12.9")),
                      ("new_energy_vehicle_output", Decimal("28.9"))]


def test_a_pair_joined_by_he_before_respectively_is_a_list() -> None:
    text = ("甲省2023年统计公报\n高技术制造业和战略性新兴产业增加值分别增长12.6%、11.6%。"
            "电子信息业、电气机械和器材制造业、战略性新兴产业增加值分别增长9.4%、6.8%和8.5%。")
    facts = _extract(text).facts
    values = sorted((f.indicator, f.quantity.value) for f in facts if f.indicator != "other")
    # the 和 inside 电气机械和器材制造业 is no join where the list is joined by 、
    assert values == [("strategic_emerging_value_added", Decimal("8.5")),
                      ("strategic_emerging_value_added", Decimal("11.6"))]


def test_the_arranged_figures_are_targets_and_a_price_basis_is_no_subject() -> None:
    text = ("上海市政府工作报告\n今年上海经济社会发展的主要指标安排是生产总值增长百分之九以上。"
            "其中二00六年上海生产总值达到一万零二百九十七亿元人民币，按可比价格计算比上年增长"
            "百分之十二。")
    facts = _extract(text, year=2007).facts
    read = {(f.kind, str(f.period), f.measure, f.quantity.value) for f in facts}
    assert read == {("target", "2007", "growth", Decimal(9)),
                    ("result", "2006", "level", Decimal("1029700000000")),
                    ("result", "2006", "growth", Decimal(12))}


def test_industry_groups_and_the_industries_of_a_total_are_parts() -> None:
    text = ("乙市2023年前三季度经济运行\n前三季度，全市完成规上工业增加值4562.46亿元，增长6.3%。"
            "工业增加值总量排名前十的行业中，橡胶和塑料制品业，专用设备制造业分别增长14.1%、"
            "13.2%。规上能源工业增加值同比增长6.5%，非能源工业增加值同比下降4.1%。"
            "全市高技术制造业工业增加值比上年同期增长14.4%，装备制造业工业增加值增长8.1%。"
            "煤炭行业增加值增长15.1%，非煤工业增加值下降14.4%。")
    facts = _extract(text, region="440600").facts
    growth = [f.quantity.value for f in facts
              if f.indicator == "industrial_value_added" and f.measure == "growth"]
    assert growth == [Decimal("6.3")]


def test_a_later_item_after_respectively_may_say_its_verb_again() -> None:
    text = ("甲省2021年1-2月经济运行\n1-2月份，全省进出口总值615.7亿元，同比增长8.1%。其中，"
            "出口314.9亿元、进口300.8亿元，分别增长14.2%、增长2.4%。")
    facts = _extract(text, region="610000").facts
    growth = {f.indicator: f.quantity.value for f in facts if f.measure == "growth"}
    assert growth == {"foreign_trade": Decimal("8.1"), "exports": Decimal("14.2"),
                      "imports": Decimal("2.4")}


def test_this_year_so_far_in_a_half_year_report_is_its_half_year() -> None:
    text = ("7月20日，乙市经济“半年报”公布，上半年全市实现地区生产总值257.13亿元，同比增长"
            "7.3%。\n今年以来，全市紧盯项目落地开工，固定资产投资同比增长12.4%。")
    facts = _extract(text, region="640500", year=2022).facts
    assert {str(f.period) for f in facts} == {"2022H1"}


def test_a_share_of_another_total_is_not_the_catalogues_share() -> None:
    text = ("乙区2020年上半年经济运行\n上半年，高技术制造业投资占工业投资比重提高到27.2%，"
            "高技术制造业产值占规模以上工业总产值比重达到45.1%。")
    facts = _extract(text, region="320612").facts
    shares = [f.quantity.value for f in facts if f.indicator == "high_tech_output_share"]
    assert shares == [Decimal("45.1")]


def test_an_economys_investment_is_no_gdp() -> None:
    text = "甲省2024年1-8月经济运行\n1-8月，全省“四新”经济投资同比增长8.8%，经济增长5.8%。"
    facts = _extract(text, region="370000").facts
    assert [f.quantity.value for f in facts if f.indicator == "gdp"] == [Decimal("5.8")]


def test_a_size_before_projects_names_a_class_of_them() -> None:
    text = ("甲县2018年前三季度经济运行\n前三季度，全县社会消费品零售总额46.5亿元，增长12.1%。"
            "社会消费品零售总额、5000万元以上项目投资2项指标增速全市第二。")
    facts = _extract(text, region="420325").facts
    assert sorted(f.quantity.value for f in facts) == [Decimal("12.1"), Decimal("4650000000")]


def test_a_progressions_base_keeps_its_year_and_its_end_the_reports() -> None:
    text = "甲省政府工作报告\n五年来，国家认定的高新技术企业由2017年929家增长到3605家。"
    facts = _extract(text, region="230000", year=2023).facts
    assert {(f.quantity.value, str(f.period)) for f in facts} == {(Decimal(929), "2017"),
                                                                  (Decimal(3605), "2022")}


@pytest.mark.parametrize(("base", "year"), [("由“十二五”末的", "2015"), ("从2015年的", "2015"),
                                            ("从2015年", "2015")])
def test_a_progressions_base_after_from_or_at_a_plans_end(base: str, year: str) -> None:
    text = f"甲省政府工作报告\n过去五年，全省地区生产总值{base}6557亿元增加到9017亿元。"
    facts = _extract(text, region="620000", year=2021).facts
    assert {(f.quantity.value, str(f.period)) for f in facts} == {
        (Decimal("655700000000"), year), (Decimal("901700000000"), "2020")}


@pytest.mark.parametrize(("sentence", "base_year"), [
    ("2015—2020年，全县地区生产总值由180.5亿元增加到262亿元，年均增长7.7%；"
     "农村居民人均可支配收入由9120元提高到14300元。", "2015"),
    ("预计全县地区生产总值从2015年的180.5亿元增长到2020年262亿元；"
     "农村居民人均可支配收入从9120元增长到14300元。", "2015"),
    # (the year a multiple after the progression is of)
    ("全县地区生产总值从180.5亿元增长到262亿元，是2015年的1.5倍；"
     "农村居民人均可支配收入从9120元增长到14300元，是2015年的1.6倍。", "2015"),
    # (the base year an earlier sentence of its paragraph named)
    ("全县地区生产总值由2015年的180.5亿元增加到2020年的262亿元。"
     "农村居民人均可支配收入由9120元增加到14300元。", "2015"),
], ids=["a range of years", "a base year named before", "a multiple after",
        "a base year the paragraph named"])
def test_a_progressions_base_without_a_year_takes_the_sentences_base_year(
        sentence: str, base_year: str) -> None:
    text = f"甲县政府工作报告\n过去五年，{sentence}"
    facts = _extract(text, region="340123", year=2021).facts
    read = {(f.quantity.value, str(f.period)) for f in facts if f.measure == "level"}
    assert read == {(Decimal("18050000000"), base_year), (Decimal("26200000000"), "2020"),
                    (Decimal(9120), base_year), (Decimal(14300), "2020")}


def test_a_rate_said_before_its_word_and_a_sum_after_a_rate() -> None:
    text = ("甲省政府工作报告\n今年将力争规模以上固定资产投资7100亿元以上，实现20%以上的增长。"
            "2023年，北京市地区生产总值增长5.2%、约4.4万亿元。")
    facts = _extract(text, region="110000", year=2024).facts
    read = {(f.indicator, f.measure, f.quantity.value) for f in facts}
    assert ("fixed_asset_investment", "growth", Decimal(20)) in read
    assert ("gdp", "level", Decimal("4400000000000")) in read


def test_a_size_before_a_count_of_enterprises_names_their_class() -> None:
    text = ("甲省计划执行情况\n2006年，全省龙头企业2700多家，其中销售收入10亿元以上5家，"
            "出口创汇过1000万美元的8家。全省出口创汇50亿美元。")
    facts = _extract(text, region="420000").facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [
        ("exports", Decimal("5000000000"))]


def test_the_total_a_share_is_of_is_no_subject_of_the_clause_after_it() -> None:
    # the growth after the share is the part's (制造业增加值, outside the catalogue), not
    # the growth of the total it is a share of
    text = ("甲市上半年经济运行情况\n上半年，制造业增加值占全市规模以上工业增加值的62.7%，"
            "增长2.5%。全市规模以上工业增加值增长3.1%。")
    facts = _extract(text, region="140100", year=2023).facts
    assert [(f.indicator, f.measure, f.quantity.value) for f in facts
            if f.indicator == "industrial_value_added"] == [
        ("industrial_value_added", "growth", Decimal("3.1"))]


def test_the_whole_a_part_is_framed_in_is_no_subject_of_its_figures() -> None:
    text = ("甲县2023年统计公报\n全年全县粮食作物总产量50.95万吨。在全县地区生产总值中，"
            "非公有制经济实现增加值221.72亿元，按可比价格计算，比上年增长3.7%。"
            "在税收收入中，增值税29.03亿元，增长13.7%。")
    facts = _extract(text, region="360124").facts
    assert [(f.indicator, f.measure, f.quantity.value) for f in facts] == [
        ("grain_output", "level", Decimal("509500"))]


def test_a_region_named_before_its_whole_and_a_month_opening_its_clause() -> None:
    # 深圳全市: the whole of the city just named, not of the document's province; 4月，:
    # that month alone, not the quarter the sentence before spoke of
    text = ("广东各市上半年经济\n上半年，深圳全市规模以上工业增加值同比增长5.9%。\n"
            "进入二季度，广州规上工业增速一度为负。4月，规模以上工业增加值同比下滑7.4%。\n")
    facts = _extract(text, region="440000", year=2022).facts
    assert [(f.region_name, f.quantity.value, str(f.period)) for f in facts] == [
        ("深圳市", Decimal("5.9"), "2022H1"), ("广州市", Decimal("-7.4"), "2022-04")]


def test_a_turn_from_one_periods_figure_to_the_reports() -> None:
    # 由一季度的下降5.6%转为增长1.1%: the first quarter's fall, then the half year's rise
    text = ("扬州经济\n今年上半年，扬州市地区生产总值为2653.8亿元，"
            "由一季度的下降5.6%转为正增长1.1%。\n")
    facts = _extract(text, region="321000", year=2020).facts
    assert {(f.measure, f.quantity.value, str(f.period)) for f in facts} == {
        ("level", Decimal("265380000000"), "2020H1"), ("growth", Decimal("-5.6"), "2020Q1"),
        ("growth", Decimal("1.1"), "2020H1")}


def test_a_region_bordered_on_is_no_subject_of_the_figure_after_it() -> None:
    # the reader asks the same roles as the region decision (roles.NOT_THE_SUBJECT)
    facts = _extract("2023年，东临启东市，地区生产总值增长6%。\n", region="320614",
                     year=2023).facts
    assert [(f.region_name, f.quantity.value) for f in facts] == [("海门区", Decimal(6))]


def test_an_ellipsis_after_a_regions_word_shares_its_tail() -> None:
    # 全市城镇、农村居民人均可支配收入: 城镇 (after 全市) is 城镇居民人均可支配收入
    text = "甲市经济\n2023年，全市城镇、农村居民人均可支配收入分别增长5.1%和6.9%。\n"
    facts = _extract(text, region="320600", year=2023).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [
        ("urban_disposable_income", Decimal("5.1")), ("rural_disposable_income", Decimal("6.9"))]


def test_a_since_phrases_year_sets_no_period_for_the_next_sentence() -> None:
    text = ("河南上半年GDP增长3.1%\n7月20日，2022年上半年河南省经济运行情况新闻发布会召开。"
            "上半年全省地区生产总值同比增长3.1%，扭转了自2020年三季度以来连续7个季度累计增速"
            "低于全国的被动局面。其中，全省二季度GDP为16528.42亿元，同比增长1.7%。")
    facts = _extract(text, region="410000").facts
    assert {str(f.period) for f in facts} == {"2022H1", "2022Q2"}


def test_a_batch_of_the_year_is_reached_at_its_january_ceremony() -> None:
    text = ("2022年上海五个新城首批重大项目集中开工\n1月6日上午，2022年上海五个新城首批重大项目"
            "集中开工仪式在嘉定举行。嘉定新城今年首批6个重大项目开工，总投资约78.9亿元。"
            "元月，全区有23个重大项目开工。")
    doc = plantrack.Document(name="d", text=text, published=date(2022, 1, 6))
    facts = plantrack.extract(doc, region="310114").facts
    assert {(f.kind, f.indicator, f.quantity.value, str(f.period)) for f in facts} == {
        ("result", "major_projects_started", Decimal(6), "2022"),
        ("result", "major_projects_started", Decimal(23), "2022-01")}


def test_the_projects_of_the_ceremony_told_of_are_its_years_not_the_year_befores() -> None:
    # 参加本次集中开工活动的重大项目有614个 on a page of January: the ceremony's batch, not
    # the year just ended's figure that a January page's bare figures are
    for text in ("浙江省重大项目集中开工仪式举行,主会场设在杭州市,各市在本区域重大项目开工现场设"
                 "分会场。参加本次集中开工活动的重大项目有614个。这次,参加浙江省集中开工活动的"
                 "重大项目,杭州市有90个,宁波市有71个,温州市有40个。",
                 "浙江省重大項目集中開工儀式舉行,主會場設在杭州市,各市在本區域重大項目開工現場設"
                 "分會場。參加本次集中開工活動的重大項目有614個。這次,參加浙江省集中開工活動的"
                 "重大項目,杭州市有90個,寧波市有71個,溫州市有40個。"):
        doc = plantrack.Document(name="d", text=text, published=date(2016, 1, 5))
        facts = plantrack.extract(doc).facts
        assert {(f.kind, f.region, f.indicator, f.quantity.value, str(f.period))
                for f in facts} == {
            ("result", "330000", "major_projects_started", Decimal(614), "2016"),
            ("result", "330100", "major_projects_started", Decimal(90), "2016"),
            ("result", "330200", "major_projects_started", Decimal(71), "2016"),
            ("result", "330300", "major_projects_started", Decimal(40), "2016")}


def test_wo_guo_is_the_country_in_a_citys_text() -> None:
    # 我国 is never a piece of a word: named once in a text about a city, it is still the
    # country (a lone short form far from the subject is dropped as a word's piece)
    text = ("2017年上半年,我国进出口总值13.14万亿元。2017年上半年,济南市进出口总额364.1亿元,"
            "同比增长7.5%。济南市出口增长4.5%。")
    facts = _extract(text, region="370100").facts
    assert {(f.region, f.quantity.value) for f in facts} == {
        ("100000", Decimal("13140000000000.00")), ("370100", Decimal("36410000000.0")),
        ("370100", Decimal("7.5")), ("370100", Decimal("4.5"))}


def test_the_country_a_region_ranks_in_is_no_subject_of_its_figure() -> None:
    # 陕西是全国经济第14大省: the country is where 陕西 ranks, with a word between (经济)
    for country in ("全国", "我国"):
        text = (f"陕西各市GDP排名\n陕西,省会西安市。陕西是{country}经济第14大省,2023年经济总量"
                "实现33625亿元,名义增速2.6%。")
        facts = _extract(text).facts
        assert {(f.region, f.quantity.value) for f in facts} == {
            ("610000", Decimal("3362500000000")), ("610000", Decimal("2.6"))}, country


def test_a_sentence_opening_with_qizhong_goes_on_about_the_figure_before() -> None:
    # 其中 inside a paragraph breaks down the sentence before's figure: its region, the
    # last it names (after the office that computed it), not the text's
    text = ("副省级城市出口排行\n2017年上半年,我国出口7.21万亿元,增长15%。深圳出口7448.48亿元。"
            "比如济南市,出口差距较大。2017年上半年,济南市进出口总额364.1亿元,同比增长7.5%。"
            "其中,出口240.3亿元,增长4.5%。\n"
            "根据广东省地区生产总值统一核算结果,2022年汕头市地区生产总值为3017.44亿元。"
            "其中,第二产业增加值为1385.51亿元。西安2023年的财政收入增长表现出色,是全省财政最重要"
            "的增长点。其中进口增长3%。")
    facts = _extract(text).facts
    read = {(f.region, f.indicator, f.quantity.value) for f in facts}
    assert ("370100", "exports", Decimal("24030000000")) in read
    assert ("440500", "secondary_value_added", Decimal("138551000000")) in read
    assert ("610100", "imports", Decimal("3")) in read


def test_a_share_without_a_subject_of_its_own_is_its_sentences_or_paragraphs() -> None:
    # 累计占规模以上工业比重: an adverb before the mark, a segment after a semicolon and a
    # sentence of a ranking name no subject: the share is of 高新技术产业 named before
    for text in ("甲省高新技术产业\n1-6月份,甲省高新技术产业产值累计实现22502.43亿元,"
                 "同比增长10.02%,累计占规模以上工业比重32.10%。累计占规模以上工业比重前三名分别为济南、烟台、青岛,"
                 "比重分别为41.90%、41.01%、40.95%。\n"
                 "1-6月份,菏泽市高新技术产业产值累计实现1038.82亿元;累计占规模以上工业总产值比重为"
                 "31.47%。",
                 "甲省高新技術產業\n1-6月份,甲省高新技術產業產值累計實現22502.43億元,"
                 "同比增長10.02%,累計佔規模以上工業比重32.10%。累計佔規模以上工業比重前三名分別為濟南、煙台、青島,"
                 "比重分別為41.90%、41.01%、40.95%。\n"
                 "1-6月份,菏澤市高新技術產業產值累計實現1038.82億元;累計佔規模以上工業總產值比重為"
                 "31.47%。"):
        facts = _extract(text, year=2015, region="370000").facts
        shares = {(f.region, f.quantity.value) for f in facts
                  if f.indicator == "high_tech_output_share"}
        assert shares == {("370000", Decimal("32.10")), ("370100", Decimal("41.90")),
                          ("370600", Decimal("41.01")), ("370200", Decimal("40.95")),
                          ("371700", Decimal("31.47"))}


def test_wo_shi_in_a_provinces_text_is_the_city_its_title_names() -> None:
    # a city's page on its province's figures says 我省 more often than 我市: its 我市 is
    # the city of its title, not the province
    text = ("上半年菏泽高新技术产业发展稳步增长\n来源:菏泽市科技局\n"
            "日前,我省发布上半年数据。我省高新技术产业产值同比增长10.02%,烟台、青岛、东营居前。"
            "我省规模以上工业增加值增长7%。\n1-6月份,我市高新技术产业产值同比增长12.72%,"
            "增幅居全省第4位。")
    doc = plantrack.Document(name="d", text=text, published=date(2015, 8, 12))
    facts = plantrack.extract(doc).facts
    assert {(f.region, f.indicator, f.quantity.value) for f in facts} == {
        ("370000", "high_tech_industry_output", Decimal("10.02")),
        ("370000", "industrial_value_added", Decimal("7")),
        ("371700", "high_tech_industry_output", Decimal("12.72"))}


def test_a_breakdown_by_region_goes_on_past_an_item_that_is_no_regions() -> None:
    # 市直单位9个项目 reads as an out-of-catalogue label; the counties' items around it
    # still take the whole named before
    for text in ("许昌市重大项目集中开工\n全市第二批集中开工亿元以上重大项目128个,总投资566亿元。"
                 "分行业看,产业项目75个。\n"
                 "分区域看,禹州市22个项目,总投资99.9亿元;长葛市19个项目,总投资101.8亿元;"
                 "市直单位9个项目,总投资20亿元。",
                 "許昌市重大項目集中開工\n全市第二批集中開工億元以上重大項目128個,總投資566億元。"
                 "分行業看,產業項目75個。\n"
                 "分區域看,禹州市22個項目,總投資99.9億元;長葛市19個項目,總投資101.8億元;"
                 "市直單位9個項目,總投資20億元。"):
        facts = _extract(text, year=2021).facts
        assert {(f.region, f.quantity.value) for f in facts
                if f.indicator == "major_projects_started"} == {
            ("411000", Decimal(128)), ("411081", Decimal(22)), ("411082", Decimal(19))}


def test_wancheng_touzi_is_the_fixed_asset_investment_only_in_a_text_naming_it() -> None:
    # 完成投资 is the fixed-asset investment in a text about it (a city's counties), not a
    # project's (重点项目完成投资), and nothing in a text naming no investment total
    for text in ("晋城市固定资产投资增势强劲\n上半年,我市固定资产投资同比增长34.6%。"
                 "其中,阳城县完成投资25.3亿元,增长36.9%;沁水县完成投资26.6亿元,增长35.8%。"
                 "全市重点项目完成投资80亿元。",
                 "晉城市固定資產投資增勢強勁\n上半年,我市固定資產投資同比增長34.6%。"
                 "其中,陽城縣完成投資25.3億元,增長36.9%;沁水縣完成投資26.6億元,增長35.8%。"
                 "全市重點項目完成投資80億元。"):
        facts = _extract(text, year=2012).facts
        assert {(f.region, f.quantity.value) for f in facts
                if f.indicator == "fixed_asset_investment"} == {
            ("140500", Decimal("34.6")), ("140522", Decimal("2530000000")),
            ("140522", Decimal("36.9")), ("140521", Decimal("2660000000")),
            ("140521", Decimal("35.8"))}
    facts = _extract("晋城市经济\n阳城县完成投资25.3亿元,增长36.9%。", year=2012).facts
    assert not [f for f in facts if f.indicator == "fixed_asset_investment"]


def test_enterprises_entered_into_the_count_are_an_increase() -> None:
    # 上规入统工业企业: enterprises that entered the above-scale count this year; the name
    # itself says the addition
    for text in ("贵州省工业\n3-7月,全省新建投产上规入统工业企业112家。新建投产上规入统工业企业数"
                 "前三的市州分别为安顺市38家、遵义市17家。",
                 "貴州省工業\n3-7月,全省新建投產上規入統工業企業112家。新建投產上規入統工業企業數"
                 "前三的市州分別為安順市38家、遵義市17家。"):
        facts = _extract(text, year=2021).facts
        assert {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts} == {
            ("520000", "industrial_enterprises_above_scale", "increase", Decimal(112)),
            ("520400", "industrial_enterprises_above_scale", "increase", Decimal(38)),
            ("520300", "industrial_enterprises_above_scale", "increase", Decimal(17))}


def test_bare_period_growth_clauses_go_on_about_the_sentence_befores_topic() -> None:
    text = ("甲省2011年前三季度工业经济\n工业速度稳步增长。一季度后，全省工业增速一直保持较快水平。"
            "一季度增长13.3%，上半年增长13.6%，而全国是小幅回落，一季度增长14.4%。\n"
            "全省居民生活稳定。一季度增长5%。")
    facts = _extract(text, year=2011, region="230000").facts
    read = {(f.region, f.indicator, f.quantity.value, str(f.period)) for f in facts}
    assert read == {("230000", "industrial_value_added", Decimal("13.3"), "2011Q1"),
                    ("230000", "industrial_value_added", Decimal("13.6"), "2011H1"),
                    ("100000", "industrial_value_added", Decimal("14.4"), "2011Q1")}


def test_a_sentence_of_a_price_basis_and_a_growth_goes_on_about_the_sentence_befores() -> None:
    text = ("丙省2019年上半年经济\n上半年全省实现地区生产总值(GDP)20000.5亿元，这是全省的经济总量"
            "首次在上半年突破两万亿大关。按可比价格计算，同比增长7.9%，增速比全国高1.6个百分点。\n"
            "全省居民生活稳定。按可比价格计算，同比增长5%，增速平稳。")
    facts = _extract(text, year=2019, region="510000").facts
    read = {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts}
    assert read == {("gdp", "level", Decimal("2000050000000"), "2019H1"),
                    ("gdp", "growth", Decimal("7.9"), "2019H1")}


def test_a_price_basis_and_its_growth_in_one_clause_go_on_about_the_sentence_befores() -> None:
    # (no comma between the basis and the growth: still the sentence before's figure)
    text = ("丁市2021年经济运行\n全市实现地区生产总值2300.5亿元，总量居全省第二位。"
            "按可比价格计算增长9.0%，增速比全省高0.8个百分点。\n")
    facts = _extract(text, year=2021, region="510700").facts
    read = {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts}
    assert read == {("gdp", "level", Decimal("230050000000"), "2021"),
                    ("gdp", "growth", Decimal("9.0"), "2021")}


def test_a_breakdown_by_quarter_is_of_the_whole_its_paragraph_opened_with() -> None:
    # 分季度看 after the sectors' sentence: the quarters of GDP, not of 第三产业; the
    # sentence after it is of the whole year again
    text = ("乙省2009年国民经济和社会发展统计公报\n"
            "全年实现地区生产总值9000.5亿元，比上年增长11.0%。其中，第一产业增加值900.1亿元，"
            "增长4.0%；第三产业增加值4000.2亿元，增长12.0%。分季度看，一季度增长7.0%，"
            "上半年增长8.0%，前三季度增长10.0%。人均地区生产总值30000元，比上年增长10.5%。\n")
    facts = _extract(text, year=2009, region="350000").facts
    read = {(f.indicator, f.measure, f.quantity.value, str(f.period)) for f in facts
            if f.indicator in ("gdp", "gdp_per_capita")}
    assert read == {("gdp", "level", Decimal("900050000000"), "2009"),
                    ("gdp", "growth", Decimal("11.0"), "2009"),
                    ("gdp", "growth", Decimal("7.0"), "2009Q1"),
                    ("gdp", "growth", Decimal("8.0"), "2009H1"),
                    ("gdp", "growth", Decimal("10.0"), "2009-01..2009-09"),
                    ("gdp_per_capita", "level", Decimal(30000), "2009"),
                    ("gdp_per_capita", "growth", Decimal("10.5"), "2009")}
    assert not any(f.indicator == "tertiary_value_added" and f.quantity.value < 11
                   for f in facts)


def test_an_indicator_qualifying_a_noun_is_no_subject_of_the_clauses_after() -> None:
    text = ("甲省2010年1-8月经济运行\n从三次产业对GDP的贡献来看，第二产业依然是GDP增长的主力军，"
            "增加值4365.67亿元，增长20.5%。全省地区生产总值增长14.2%。")
    facts = _extract(text, year=2010, region="350000").facts
    assert [f.quantity.value for f in facts if f.indicator == "gdp"] == [Decimal("14.2")]


def test_an_index_on_last_year_is_its_growth_and_compounds_of_residents_income() -> None:
    text = ("湖北省2016年前三季度经济运行\n前三季度，全省居民消费价格指数为100.9%，城乡常住居民"
            "人均可支配收入分别达到22072元、8603元，同比分别增长8.7%和8.9%。全省集中开工重大工程"
            "项目907个。")
    facts = _extract(text, year=2016, region="420000").facts
    read = {(f.indicator, f.measure, f.quantity.value) for f in facts}
    assert read == {("cpi", "growth", Decimal("0.9")),
                    ("urban_disposable_income", "level", Decimal(22072)),
                    ("rural_disposable_income", "level", Decimal(8603)),
                    ("urban_disposable_income", "growth", Decimal("8.7")),
                    ("rural_disposable_income", "growth", Decimal("8.9")),
                    ("major_projects_started", "level", Decimal(907))}


def test_a_ranking_by_growth_gives_each_region_its_own_figure() -> None:
    # the indicator named once at the list's head; each item a region and its change
    text = ("某省各市州经济排名\n2015年，各市州GDP增速排名为：长沙市同比增长9.9%，"
            "湘潭市同比增长9.6%，娄底市比上年增长7.6%。")
    found = {(f.region_name, f.indicator, f.measure, f.quantity.value)
             for f in plantrack.extract(text, region="430000").facts}
    assert found == {("长沙市", "gdp", "growth", Decimal("9.9")),
                     ("湘潭市", "gdp", "growth", Decimal("9.6")),
                     ("娄底市", "gdp", "growth", Decimal("7.6"))}


def _rates_by_region(facts: Iterable[Fact]) -> set[tuple[object, ...]]:
    return {(f.kind, f.region, f.indicator, f.quantity.value, f.quantity.comparator)
            for f in facts}


def test_regions_listed_before_the_target_they_share_each_have_it() -> None:
    # a comparison of cities' targets: the topic sentence on its own line above, lists of
    # cities sharing one rate (以及 inside a list, 等地), a city's target after a remark
    text = ("今年各地市的目标纷纷出炉。\n从固定资产投资增长目标对比来看，许昌的目标依然不低，"
            "为“增长17%左右”。\n安阳、鹤壁和焦作的预期目标是“增长7%以上”；郑州、开封以及洛阳"
            "等地的目标一致，均是“增长7%”。\n")
    facts = plantrack.extract(text, year=2023).facts
    got = _rates_by_region(facts)
    fai = "fixed_asset_investment"
    assert got == {("target", "411000", fai, Decimal(17), "~"),
                   ("target", "410500", fai, Decimal(7), ">="),
                   ("target", "410600", fai, Decimal(7), ">="),
                   ("target", "410800", fai, Decimal(7), ">="),
                   ("target", "410100", fai, Decimal(7), "="),
                   ("target", "410200", fai, Decimal(7), "="),
                   ("target", "410300", fai, Decimal(7), "=")}


def test_regions_counted_after_their_list_share_the_target_a_verb_sets(
        in_script: InScript) -> None:
    # their count (3个省份) without 等 between the list and 目标, and 锚定 for 为
    text = in_script("2024年各省份GDP增长目标公布。\n"
                     "湖北、湖南、江西3个省份目标同时锚定5.5%,陕西、甘肃两省目标设定在6%。\n")
    got = _rates_by_region(plantrack.extract(text).facts)
    assert got == {("target", "420000", "gdp", Decimal("5.5"), "="),
                   ("target", "430000", "gdp", Decimal("5.5"), "="),
                   ("target", "360000", "gdp", Decimal("5.5"), "="),
                   ("target", "610000", "gdp", Decimal(6), "="),
                   ("target", "620000", "gdp", Decimal(6), "=")}


def test_regions_named_after_the_target_they_share_each_have_it() -> None:
    # the rate first, then the cities that have it (…的地市有), of the indicator the
    # paragraph compares
    text = ("今年各地市的目标纷纷出炉。\n从规模以上工业增加值目标来看，“增长9%以上”的地市有"
            "洛阳、开封和许昌。\n")
    facts = plantrack.extract(text, year=2023).facts
    got = _rates_by_region(facts)
    iva = "industrial_value_added"
    assert got == {("target", "410300", iva, Decimal(9), ">="),
                   ("target", "410200", iva, Decimal(9), ">="),
                   ("target", "411000", iva, Decimal(9), ">=")}
    # each quote runs on from the rate to its own city
    (quote,) = {f.provenance.quote for f in facts if f.region == "410200"}
    assert quote.endswith("“增长9%以上”的地市有洛阳、开封")


def test_districts_grouped_by_the_floor_of_their_growth_each_have_it() -> None:
    # a release of districts' growth: lists sharing a floor (均在…及以上), a name with an
    # aside (沙坪坝(含西永)), 超过或达到 as at least
    text = ("2024年上半年全市各区县GDP增速公布。其中，大足和璧山增速超过或达到7%；沙坪坝(含西永)、"
            "巴南、铜梁等区县的增速均在6%及以上。\n")
    facts = plantrack.extract(text, region="500000").facts
    got = {(f.kind, f.region, f.indicator, f.measure, f.quantity.value,
            f.quantity.comparator) for f in facts}
    assert got == {("result", "500111", "gdp", "growth", Decimal(7), ">="),
                   ("result", "500120", "gdp", "growth", Decimal(7), ">="),
                   ("result", "500106", "gdp", "growth", Decimal(6), ">="),
                   ("result", "500113", "gdp", "growth", Decimal(6), ">="),
                   ("result", "500151", "gdp", "growth", Decimal(6), ">=")}
    # the whole city's figure is not any member's
    assert all(f.region != "500000" for f in facts)


def test_an_estimate_said_at_a_congress_session_is_the_year_just_ended() -> None:
    # no date on the page: the session (held by March) says when it was written
    text = ("某省第十二届人大五次会议开幕，代省长作政府工作报告。\n经济发展总体平稳\n"
            "预计全省地区生产总值3.1万亿元，增长7.9%\n")
    facts = _extract(text, region="420000").facts
    assert {(f.indicator, f.measure, str(f.period)) for f in facts} == {
        ("gdp", "level", "2016"), ("gdp", "growth", "2016")}


def test_bare_lines_said_at_a_congress_session_are_the_year_just_ended() -> None:
    # lines with no result word, read as results by the document's style: the year is
    # not over at the session, so they are the last year's too; the plan's stay this year's
    text = ("某省第十二届人大五次会议开幕，代省长作政府工作报告。\n经济发展总体平稳\n"
            "预计全省地区生产总值3.1万亿元，增长7.9%\n规模以上工业增加值增长8%\n"
            "固定资产投资增长13.1%\n今年全省地区生产总值预期增长7.5%左右。\n")
    facts = _extract(text, region="420000").facts
    assert {(f.kind, f.indicator, f.measure, str(f.period)) for f in facts} == {
        ("result", "gdp", "level", "2016"), ("result", "gdp", "growth", "2016"),
        ("result", "industrial_value_added", "growth", "2016"),
        ("result", "fixed_asset_investment", "growth", "2016"),
        ("target", "gdp", "growth", "2017")}


def test_ownership_enterprises_sub_lines_a_revenues_basis_and_investment_done() -> None:
    text = ("2009年某某区统计公报\n全年全区新批“三资”企业41家，实际利用外资金额6408万美元，"
            "“三资”企业总产值达3.21亿美元，其中出口2.7亿美元，同比增长44.7%。全年外贸出口总额"
            "1.87亿美元。全年一般公共预算收入137.6亿元，按可比口径计算比上年增长6.1%。"
            "全年完成固定资产投资170.8亿元，其中工业完成投资48.3亿元，下降5%。\n")
    facts = {(f.indicator, f.measure, f.quantity.value)
             for f in _extract(text, region="441802", year=2009).facts}
    # the enterprises' exports are theirs, not the region's; counting them is no subject
    assert ("exports", "level", Decimal("270000000")) not in facts
    assert {("foreign_investment_actual", "level", Decimal("64080000")),
            ("exports", "level", Decimal("187000000")),
            ("general_budget_revenue", "growth", Decimal("6.1")),
            ("industrial_investment", "level", Decimal("4830000000")),
            ("industrial_investment", "growth", Decimal("-5"))} <= facts


def test_a_year_before_a_multiple_in_words_is_its_base_not_the_period() -> None:
    # 是2002年的四倍: 2002 is the base of the multiple (in Chinese numerals too), so the
    # sentences after it stay in the report's year
    text = ("某县政府工作报告\n2006年，全县生产总值完成116亿元，是2002年的两倍以上。"
            "全社会固定资产投资完成67亿元，是2002年的近三倍。\n")
    facts = _extract(text, region="410122", year=2007).facts
    assert {(f.indicator, str(f.period)) for f in facts} == {
        ("gdp", "2006"), ("fixed_asset_investment", "2006")}


def test_a_turn_from_last_years_rate_and_urban_and_rural_income_per_head() -> None:
    # 从去年上半年的-17%转为31.1%: 去年 is where the change started, not the period of the
    # clauses after it; 城乡居民人均收入分别… are the urban and the rural incomes
    text = ("某市上半年经济运行\n今年上半年，全市完成地方财政收入155.04亿元，增速从去年上半年的"
            "-17%转为31.1%；实现社会消费品零售总额216.07亿元，增长11.9%；城乡居民人均收入分别"
            "达到15865元和5749元。\n")
    facts = {(f.indicator, f.quantity.value, str(f.period))
             for f in _extract(text, region="610800", year=2017).facts}
    assert {("retail_sales", Decimal("21607000000"), "2017H1"),
            ("retail_sales", Decimal("11.9"), "2017H1"),
            ("urban_disposable_income", Decimal("15865"), "2017H1"),
            ("rural_disposable_income", Decimal("5749"), "2017H1")} <= facts


def test_a_part_listed_after_its_whole_takes_the_second_of_a_list_after_fenbie() -> None:
    text = "2023年，全市完成财政总收入30.2亿元，其中一般预算收入18.8亿元，分别增长20.1%、26.7%。"
    got = {(f.indicator, f.measure, f.quantity.value) for f in _extract(
        text, region="321283").facts if f.indicator == "general_budget_revenue"}
    assert got == {("general_budget_revenue", "level", Decimal("1880000000")),
                   ("general_budget_revenue", "growth", Decimal("26.7"))}


def test_a_share_of_a_total_is_no_figure_of_the_total() -> None:
    text = "2021年，税收收入占一般公共预算收入的比重提高15.6个百分点、达66.6%。"
    assert [f for f in _extract(text, region="512021").facts
            if f.indicator == "general_budget_revenue"] == []


def test_a_reviews_level_after_its_average_rate_is_the_indicators() -> None:
    # 年均增长…，去年达到…: the clause after the rate names no subject, only the year and a
    # verb of reaching; so does a five years' sum (累计达到)
    text = ("2016年宜兴市政府工作报告\n过去五年,全市地区生产总值年均增长8.1%,去年达到1558亿元;"
            "全社会固定资产投资年均增长12.2%,累计达到3820亿元。\n")
    facts = plantrack.extract(text, region="320282").facts
    assert {(f.kind, f.indicator, f.measure, f.quantity.value) for f in facts
            if f.measure == "level"} == {
        ("result", "gdp", "level", Decimal("155800000000")),
        ("result", "fixed_asset_investment", "level", Decimal("382000000000"))}
    assert {str(f.period) for f in facts if f.indicator == "gdp" and f.measure == "level"} == {
        "2015"}


def test_a_year_on_year_rate_under_a_strive_for_the_whole_year_is_a_target() -> None:
    text = "2024年,全市生产总值力争达到2100亿元,同比增长6%左右。\n"
    facts = plantrack.extract(text, region="320500", year=2024).facts
    assert {(f.kind, f.measure, f.modality) for f in facts} == {
        ("target", "level", "strive"), ("target", "growth", "strive")}
    # a rate of months past under the same 力争 is what happened
    text = "2024年,力争完成全年目标,1-5月全市规上工业增加值同比增长7%。\n"
    assert {f.kind for f in plantrack.extract(text, region="320500", year=2024).facts} == {
        "result"}


def test_regions_after_a_part_word_take_the_indicator_of_the_clause_before() -> None:
    text = ("甲省前5个月工业经济运行\n今年1月至5月，全省规上工业增加值同比增长5.3%。"
            "多数地区规上工业增加值实现正增长，其中，鞍山市同比增长9.1%、抚顺市同比增长6.2%、"
            "本溪市同比增长4%。")
    facts = _extract(text, region="210000", year=2023).facts
    read = {(f.region, f.indicator, f.quantity.value) for f in facts}
    assert read == {("210000", "industrial_value_added", Decimal("5.3")),
                    ("210300", "industrial_value_added", Decimal("9.1")),
                    ("210400", "industrial_value_added", Decimal("6.2")),
                    ("210500", "industrial_value_added", Decimal(4))}


def test_a_part_that_is_no_region_stays_out() -> None:
    text = "甲省统计公报\n全年全省规上工业增加值增长8%，其中，重工业增长9%。"
    facts = _extract(text, region="210000", year=2023).facts
    assert [f.quantity.value for f in facts] == [Decimal(8)]


def test_values_of_a_counted_list_of_sectors_are_the_sectors() -> None:
    text = ("甲省前5个月工业经济运行\n今年1月至5月，全省规上工业增加值同比增长5.3%。"
            "装备制造、石化和冶金三大支柱行业规上工业增加值累计同比分别增长16.9%、1%、3%。")
    facts = _extract(text, region="210000", year=2023).facts
    assert [f.quantity.value for f in facts] == [Decimal("5.3")]


def test_a_zone_named_after_part_of_a_province_has_no_regions_figures() -> None:
    text = ("甲省统计公报\n全年全省地区生产总值48598.8亿元，比上年增长3.8%。"
            "成都平原经济区地区生产总值29523.3亿元，比上年增长4.0%；"
            "川南经济区地区生产总值7883.7亿元，增长4.2%。")
    facts = _extract(text, region="510000", year=2020).facts
    assert {(f.region, f.quantity.value) for f in facts} == {
        ("510000", Decimal("4859880000000")), ("510000", Decimal("3.8"))}


def test_a_zone_built_in_an_earlier_clause_leaves_the_regions_targets() -> None:
    text = ("甲市政府工作报告\n以建设全省“制造业高质量发展示范区”为抓手，"
            "确保全年新开工重大工业项目不少于30个。")
    facts = _extract(text, region="320614", year=2023).facts
    assert [f.quantity.value for f in facts] == [Decimal(30)]


def test_a_list_of_indicators_with_an_aside_in_brackets_takes_its_values_in_turn() -> None:
    text = ("甲市经济运行分析\n2020年，全市规模以上工业增加值、固定资产投资(不含农户)和"
            "社会消费品零售总额分别同比增长2.3%、0.5%和1.7%。")
    facts = _extract(text, region="120000", year=2020).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("industrial_value_added", Decimal("2.3")), ("fixed_asset_investment", Decimal("0.5")),
        ("retail_sales", Decimal("1.7"))}


def test_what_the_year_must_achieve_is_a_target_but_a_main_achievement_is_not() -> None:
    text = ("甲市政府工作报告摘要\n2022年，持续推动城市更新，全市要完成650个老旧小区改造。")
    (fact,) = _extract(text, region="130400", year=2022).facts
    assert (fact.kind, fact.quantity.value) == ("target", Decimal(650))
    text = ("甲市2021年工作总结\n2021年，全市主要完成了650个老旧小区改造。")
    (fact,) = _extract(text, region="130400", year=2021).facts
    assert fact.kind == "result"


@pytest.mark.parametrize("words", ["规模以上工业累计完成增加值", "規上工業累計實現增加值",
                                   "规模以上增加值完成", "規模以上增加值完成"])
def test_a_cumulative_verb_inside_the_name_of_industrial_value_added(words: str) -> None:
    text = f"甲省工业运行\n2016年上半年，甲省{words}14222.70亿元，同比增长6.7%。"
    facts = _extract(text, region="440000", year=2016).facts
    assert {(f.indicator, f.measure) for f in facts} == {
        ("industrial_value_added", "level"), ("industrial_value_added", "growth")}


def test_a_price_base_year_is_not_the_period() -> None:
    text = ("甲区2022年统计公报\n初步核算，全区完成地区生产总值2435313万元，"
            "按2020年不变价格计算，同比增长3%。")
    facts = _extract(text, region="640202", year=2022).facts
    assert {(f.measure, str(f.period)) for f in facts} == {("level", "2022"), ("growth", "2022")}


def test_these_five_years_of_a_work_report_are_a_review() -> None:
    text = ("甲省政府工作报告\n这五年，产业结构持续优化。战略性新兴产业占比达18.9%。"
            "今年全省地区生产总值预期增长5%。")
    facts = _extract(text, region="220000", year=2026).facts
    assert {(f.kind, str(f.period), f.quantity.value) for f in facts} == {
        ("result", "2025", Decimal("18.9")), ("target", "2026", Decimal(5))}


def test_a_record_among_recent_years_does_not_date_the_figures_after_it() -> None:
    text = ("甲市上半年经济运行\n上半年，全市地区生产总值增长11.3%；其中，一产增加值增长8%，"
            "增速创近年来新高；二产增加值增长15.4%。固定资产投资增长11.3%。")
    facts = _extract(text, region="450300", year=2021).facts
    assert {str(f.period) for f in facts} == {"2021H1"}
    assert len(facts) == 4


@pytest.mark.parametrize("words", ["农村牧区常住居民人均", "农村牧区居民人均", "農村牧區居民人均",
                                   "农村牧区常住居民", "农区常住居民人均", "农区居民人均"])
def test_rural_and_pastoral_residents_income_is_rural_income(words: str) -> None:
    text = f"甲区上半年经济运行\n上半年，全区{words}可支配收入6069元，增长7.1%。"
    facts = _extract(text, region="150000", year=2019).facts
    assert {(f.indicator, f.measure) for f in facts} == {
        ("rural_disposable_income", "level"), ("rural_disposable_income", "growth")}


@pytest.mark.parametrize("lead", ["高出", "超出"])
def test_a_country_a_figure_exceeds_is_no_subject_of_the_next_clause(lead: str) -> None:
    text = (f"甲区上半年经济运行\n上半年，甲区固定资产投资增长24.8%，{lead}全国22个百分点；"
            "全体居民人均可支配收入同比增长7.6%。")
    facts = _extract(text, region="540000", year=2025).facts
    assert {(f.indicator, f.region) for f in facts} == {
        ("fixed_asset_investment", "540000"), ("disposable_income", "540000")}


def test_a_project_named_after_a_county_heads_a_count_that_is_not_the_countys() -> None:
    text = ("新疆重点项目建设\n6月18日，新疆举办重点项目集中开工仪式。其中，和静县光伏发电"
            "系列项目等9个项目集中开工。")
    (fact,) = _extract(text, region="650000", year=2022).facts
    assert (fact.indicator, fact.region, fact.quantity.value) == (
        "major_projects_started", "650000", Decimal(9))


def test_months_that_run_across_years_are_one_stretch_of_results() -> None:
    text = ("甲省招商引资情况\n据统计，2018年1月至2019年9月，全省签约项目904个。"
            "9月份，全省新签约项目14个。")
    facts = _extract(text, region="370000", year=2019).facts
    assert {(f.kind, f.quantity.value, str(f.period)) for f in facts} == {
        ("result", Decimal(904), "2018-01..2019-09"), ("result", Decimal(14), "2019-09")}


def test_a_base_said_once_for_the_changes_below_is_theirs() -> None:
    text = ("甲县政府工作报告\n2016年，全县生产总值340亿元，比2012年(下同)增长47.7%；"
            "固定资产投资353.7亿元，增长125.1%；一般公共预算收入26.06亿元，增长39.8%。")
    facts = _extract(text, region="431021", year=2016).facts
    assert {f.measure for f in facts} == {"level"}
    assert len(facts) == 3


def test_a_terms_base_said_with_the_first_change_is_the_base_of_the_plain_ones_after() -> None:
    # 比2016年增长28%，…、增长56.5%: in a term's review the changes after the first share
    # its base; a change on two years before (比2019年增长, said in 2021) does not pass its
    # base to the next clause's plain rate, nor does one with its own 同比
    text = ("甲县政府工作报告\n五年来，综合实力稳步提升。预计2021年实现生产总值26.8亿元、"
            "比2016年增长28%，完成社会消费品零售总额9.7亿元、增长56.5%，一般公共预算收入"
            "1.47亿元、同比增长6.7%。")
    facts = _extract(text, region="622922", year=2021).facts
    assert {(f.indicator, f.measure) for f in facts if f.measure == "growth"} == {
        ("general_budget_revenue", "growth")}
    assert len([f for f in facts if f.measure == "level"]) == 3
    text = ("甲县2021年经济运行\n2021年，全县生产总值比2019年增长10.2%，"
            "社会消费品零售总额增长12.5%。")
    facts = _extract(text, region="622922", year=2021).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("retail_sales", Decimal("12.5"))}


def test_a_country_a_region_is_the_first_in_is_a_yardstick() -> None:
    text = ("甲市经济运行\n2025年，上海全市外贸进出口总额增长5.6%，在全国首批开放口岸中"
            "稳居前列；出口增长10.8%。")
    facts = _extract(text, region="310000", year=2025).facts
    assert {f.region for f in facts} == {"310000"}


@pytest.mark.parametrize(("words", "value"),
                         [("增产2%", Decimal(2)), ("减产1.2%", Decimal("-1.2"))])
def test_a_harvests_growth_is_said_as_more_or_less_output(words: str, value: Decimal) -> None:
    text = f"甲省农业生产情况\n2021年，全省粮食产量685万吨，{words}。"
    facts = _extract(text, region="410000", year=2021).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("grain_output", "level", Decimal(6850000)), ("grain_output", "growth", value)}


@pytest.mark.parametrize(("words", "indicator"), [
    ("全省居民每人平均可支配收入", "disposable_income"),
    ("城镇居民每人平均可支配收入", "urban_disposable_income"),
    ("農村居民每人平均可支配收入", "rural_disposable_income")])
def test_income_per_head_written_out_as_each_persons_average(words: str, indicator: str) -> None:
    text = f"甲省上半年经济运行\n上半年，{words}17998元，同比名义增长6.9%。"
    facts = _extract(text, region="340000", year=2023).facts
    assert {(f.indicator, f.measure) for f in facts} == {(indicator, "level"),
                                                         (indicator, "growth")}


def test_regions_listed_before_an_indicator_each_have_the_figure_they_all_pass() -> None:
    text = ("甲省各市经济总量\n2016年，长沙市GDP突破9000亿元；常德市、衡阳市、株洲市GDP均超过"
            "2000亿元。")
    facts = _extract(text, region="430000", year=2016).facts
    assert {(f.region, f.quantity.value, f.quantity.comparator) for f in facts} == {
        ("430100", Decimal("900000000000"), ">"), ("430700", Decimal("200000000000"), ">"),
        ("430400", Decimal("200000000000"), ">"), ("430200", Decimal("200000000000"), ">")}


def test_a_count_of_the_regions_just_listed_is_no_group_of_its_own() -> None:
    # 两个市州 after 甲、乙 counts them (each passed the bound, 新增 before the name);
    # 全省34个县区 after the province's own word is a group, whose bound is no one's
    text = ("甲省工业发展\n2022年，长沙、邵阳两个市州新增规上工业企业数量均超过200家；"
            "衡阳、株洲两个市州GDP均超过4000亿元。全省34个县区财政收入超10亿元。")
    facts = _extract(text, region="430000", year=2022).facts
    assert {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("430100", "industrial_enterprises_above_scale", "increase", Decimal("200")),
        ("430500", "industrial_enterprises_above_scale", "increase", Decimal("200")),
        ("430400", "gdp", "level", Decimal("400000000000")),
        ("430200", "gdp", "level", Decimal("400000000000"))}


def test_a_zone_in_a_scope_aside_after_the_region_is_part_of_it() -> None:
    # 全市(含…新区,下同): the city's figure on a scope that takes the zone in; the zone
    # named as a subject of its own still has no fact
    text = ("甲市前三季度经济运行\n2021年前三季度，全市(含杭州湾新区,下同)实现地区生产总值"
            "1649.39亿元，同比增长10.3%。杭州湾新区实现地区生产总值545亿元。")
    facts = _extract(text, region="330282").facts
    assert {(f.region, f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("330282", "gdp", "level", Decimal("164939000000")),
        ("330282", "gdp", "growth", Decimal("10.3"))}


@pytest.mark.parametrize("said", ["低于年初目标6.5%", "比年初目标(6.5%)低2.3个百分点",
                                  "(年初目标为6.5%)", "(年度计划为6.5%)"])
def test_the_goal_a_growth_is_held_to_is_the_indicators_growth_goal(said: str) -> None:
    text = f"甲省计划执行情况\n2022年，全省地区生产总值增长4.2%，{said}。"
    facts = _extract(text, region="620000", year=2022).facts
    assert {(type(f).__name__, f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("Result", "gdp", "growth", Decimal("4.2")), ("Goal", "gdp", "growth", Decimal("6.5"))}


def test_local_level_fiscal_revenue_is_the_general_budget_revenue() -> None:
    text = "甲市统计公报\n2021年，全市地方级财政收入880.96亿元，增长12.4%。"
    facts = _extract(text, region="350200", year=2021).facts
    assert {(f.indicator, f.measure) for f in facts} == {
        ("general_budget_revenue", "level"), ("general_budget_revenue", "growth")}


def test_how_far_a_growth_rate_fell_is_no_growth() -> None:
    text = "甲省经济评论\n从经济增长的回落幅度来看，全国是2.4%，广东是4.6%。"
    assert _extract(text, region="320000", year=2008).facts == ()


def test_a_sectors_figure_in_a_breakdown_is_not_the_wholes() -> None:
    text = ("甲州上半年经济运行\n上半年，全社会固定资产投资同比增长12.5%，分产业看：第一产业同比"
            "下降28.2%，第二产业同比下降27.8%，第三产业同比增长41.0%。")
    (fact,) = _extract(text, region="513400", year=2022).facts
    assert (fact.indicator, fact.quantity.value) == ("fixed_asset_investment", Decimal("12.5"))


def test_a_lake_a_city_is_named_after_is_no_mention_of_the_city() -> None:
    text = ("甲市政府工作报告\n2017年，全市进出口总额2143.8亿元、增长15%。"
            "生态环境持续改善，巢湖水质稳定向好。")
    facts = _extract(text, year=2018).facts
    assert "340181" not in {f.region for f in facts}


def test_a_gap_to_the_national_average_is_no_income() -> None:
    text = ("甲市经济运行\n2021年，甲市城乡居民人均可支配收入分别比全国平均水平高1887元和"
            "2267元。")
    assert _extract(text, region="540100", year=2021).facts == ()
    # (the average said short, 均水, or left out: 比全省高)
    for gap in ("比全省均水高2827元", "比全省高2827元"):
        assert _extract(f"甲市经济运行\n一季度,甲市居民人均可支配收入{gap}。",
                        region="610100", year=2022).facts == ()


def test_industrial_fixed_investment_said_short_is_industrial_investment() -> None:
    text = "甲县经济运行\n1-2月，全县工业固投完成7.19亿元、增长76.7%。"
    facts = _extract(text, region="360821", year=2022).facts
    assert {f.indicator for f in facts} == {"industrial_investment"}


def test_a_bracket_opening_with_a_region_holds_that_regions_figure() -> None:
    text = ("甲县经济运行简况\n1-7月，全县规模以上工业增加值同比下降3.3%，低于全省规模以上工业"
            "增加值12.8个百分点（全省增长9.5%）。")
    facts = _extract(text, region="469030", year=2024).facts
    assert {(f.region, f.quantity.value) for f in facts} == {
        ("469030", Decimal("-3.3")), ("460000", Decimal("9.5"))}


def test_a_clause_led_by_the_whole_and_a_noun_of_its_own_is_another_subject() -> None:
    # 总财力 (a city's total fiscal means) is no catalogue indicator: its figures, and the
    # bare clauses going on about them, are not the revenue's named before
    text = ("2015年，某某市地方一般公共预算收入和预算支出翻番，全市总财力突破300亿元，"
            "达到326.8亿元，年均增长23.7%。")
    assert [f for f in plantrack.extract(text).facts
            if f.indicator == "general_budget_revenue"] == []
    # a clause that only goes on about the indicator keeps it
    text = "2015年，某某市地方一般公共预算收入突破300亿元，达到326.8亿元，增长23.7%。"
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "general_budget_revenue"}
    assert {("level", Decimal("32680000000")), ("growth", Decimal("23.7"))} <= got


def test_a_region_named_after_a_grouping_is_the_figures_subject() -> None:
    # 东北地区 (a grouping of provinces) opens the clause, 辽宁省 is named after it,
    # nearer the figure: the figure is the province's; a grouping after the province
    # (江苏省苏南地区…) is the grouping's own, no region's
    text = "东北地区排名第一的省份是辽宁省2014年5月规模以上工业企业单位数为16631个。"
    assert [(f.region, f.quantity.value) for f in plantrack.extract(text).facts] == [
        ("210000", Decimal("16631"))]
    assert plantrack.extract("江苏省苏南地区2014年集中开工项目共719个。").facts == ()


def test_a_park_named_in_an_event_gives_the_figures_after_it_no_subject() -> None:
    # 举办四期开发区项目建设活动 counts events (四期, 三个一批): the park has no figure of
    # its own there, so the investment two clauses on is the region's
    text = ("2021年，甲市举办四期开发区项目建设“三个一批”活动，全年实施重点项目1807个，"
            "带动固定资产投资完成892亿元、增长10.3%。")
    got = {(f.region, f.measure, f.quantity.value) for f in plantrack.extract(
        text, region="140400").facts if f.indicator == "fixed_asset_investment"}
    assert got == {("140400", "level", Decimal("89200000000")),
                   ("140400", "growth", Decimal("10.3"))}


def test_a_regions_clause_after_a_carried_list_goes_on_about_its_indicator() -> None:
    # 固原市、中卫市…分别增长14.9%和10.6%；吴忠市增长9.6%: the list's items are the
    # paragraph's indicator's, and so is the region's clause after them
    text = ("上半年，甲区规上工业增加值同比增长12.8%。银川市规上工业增加值同比增长16.8%。"
            "固原市、中卫市实现较快增长，分别增长14.9%和10.6%；吴忠市增长9.6%，保持平稳运行。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(
        text, year=2024, region="640000").facts if f.indicator == "industrial_value_added"}
    assert {("640300", Decimal("9.6")), ("640400", Decimal("14.9")),
            ("640500", Decimal("10.6"))} <= got


def test_regions_rates_in_brackets_listed_under_a_growth_word() -> None:
    # a line listing regions with their rates in brackets, naming only 增速: the rates
    # are of the indicator the text was about on the line before
    text = ("今年上半年，甲省GDP同比增长5.7%，有14地GDP增速高于全省平均。\n"
            "高于全国平均增速的地市分别是：南阳(6.3%)、漯河(7.3%)、开封(6.3%)。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(
        text, year=2025, region="410000").facts if f.indicator == "gdp"}
    assert {("411300", Decimal("6.3")), ("411100", Decimal("7.3")),
            ("410200", Decimal("6.3"))} <= got


def test_a_level_after_a_rate_and_a_list_mark_is_the_same_indicators() -> None:
    # 增长6%左右、达到6600亿元: only a verb after the mark, so no subject of its own
    text = "2024年主要预期目标是：地区生产总值增长6%左右、达到6600亿元。"
    got = {(f.kind, f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2024, region="371300").facts if f.indicator == "gdp"}
    assert got == {("target", "growth", Decimal("6")),
                   ("target", "level", Decimal("660000000000"))}


def test_the_one_catalogue_name_of_a_respective_list_owns_only_its_own_value() -> None:
    # 纯收入 is no catalogue name: the second value after 分别 is its, not the first item's
    text = ("2009年，城镇居民人均可支配收入和农民人均纯收入分别达到17548元、7826元，"
            "同比分别增长10.8%、7%。")
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2009, region="370982").facts if f.indicator == "urban_disposable_income"}
    assert got == {("level", Decimal("17548")), ("growth", Decimal("10.8"))}


def test_a_names_periods_listed_before_respectively_are_still_its_own() -> None:
    text = "2009年，一季度、上半年地区生产总值分别增长5%、6%。"
    got = {f.quantity.value for f in plantrack.extract(text, year=2009,
                                                      region="370982").facts}
    assert Decimal("6") in got


def test_regions_listed_before_their_ranking_are_the_ones_ranked() -> None:
    # 酒泉、定西排名第二和第三: a list of regions, each its rate after 分别 (a region alone
    # before 排名 or 第三, 全省排名第三, is a yardstick)
    text = "2020年前三季度，酒泉、定西排名第二和第三，GDP增速分别为4.6%、4.0%。"
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(
        text, year=2020, region="620000").facts}
    assert got == {("酒泉市", Decimal("4.6")), ("定西市", Decimal("4.0"))}


def test_a_growth_after_a_sum_of_money_is_not_a_counts() -> None:
    # 新签约项目平均单体投资规模达14.9亿元，同比增长225.8%: the money figure's growth; a
    # count of projects has no figure in 亿元
    text = "2018年1-9月，全市新签约项目平均单体投资规模达14.9亿元，同比增长225.8%。"
    assert not plantrack.extract(text, year=2018, region="320900").facts
    text = "2018年，全市新签约项目99个，同比增长20%。"
    got = {(f.measure, f.quantity.value)
           for f in plantrack.extract(text, year=2018, region="320900").facts}
    assert got == {("level", Decimal("99")), ("growth", Decimal("20"))}


def test_a_signed_rate_in_brackets_after_a_figure_is_its_growth() -> None:
    # 1125.7亿元(+7.4%): the figure's change; an unsigned bracket (2788.8亿元(60%)) may be
    # a share, and stays unread
    text = ("2025年上半年，社会消费品零售总额1125.7亿元(+7.4%)，出口总额500亿元(-2.7%)，"
            "第三产业增加值2788.8亿元(60%)。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2025, region="210200").facts if f.measure == "growth"}
    assert got == {("retail_sales", "growth", Decimal("7.4")),
                   ("exports", "growth", Decimal("-2.7"))}


@pytest.mark.parametrize("name", ["单位面积粮食产量", "人均粮食产量"])
def test_a_figure_per_unit_of_land_or_head_is_no_total(name: str) -> None:
    text = (f"2019年全国粮食总产量66384万吨，增长0.9%。其中，{name}为6272公斤，"
            "比2018年增加151.4公斤，增幅为2.5%。")
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2019, region="100000").facts if f.indicator == "grain_output"}
    assert got == {("level", Decimal("663840000")), ("growth", Decimal("0.9"))}


def test_an_output_per_square_kilometre_is_no_gdp() -> None:
    text = "2022年，全区地区生产总值1528亿元，增长3%；每平方公里地区生产总值77.7亿元。"
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2022, region="500103").facts if f.indicator == "gdp"}
    assert got == {("level", Decimal("152800000000")), ("growth", Decimal("3"))}


def test_a_branch_of_industry_named_before_its_value_added_is_no_total() -> None:
    text = "1至9月全市规模以上工业增加值同比增长14.5%，燃气工业增加值增长13.1%。"
    got = {f.quantity.value for f in plantrack.extract(
        text, year=2021, region="140700").facts if f.indicator == "industrial_value_added"}
    assert got == {Decimal("14.5")}


def test_a_citys_urban_districts_figure_is_not_the_citys_but_its_prices_are() -> None:
    text = ("2012年，市区居民人均可支配收入达到25659元，增长13.1%。全市生产总值2547亿元。"
            "全年市区居民消费价格比上年上涨3.0%。")
    got = {(f.indicator, f.quantity.value) for f in plantrack.extract(
        text, year=2012, region="370900").facts if f.indicator != "other"}
    assert got == {("gdp", Decimal("254700000000")), ("cpi", Decimal("3.0"))}


def test_a_bare_value_added_after_the_count_of_enterprises_above_scale_is_theirs() -> None:
    text = "2020年，全县规模以上工业企业50家，实现增加值12.5亿元，增长6%。"
    got = {(f.indicator, f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2020, region="511300").facts}
    assert got == {("industrial_enterprises_above_scale", "level", Decimal("50")),
                   ("industrial_value_added", "level", Decimal("1250000000.0")),
                   ("industrial_value_added", "growth", Decimal("6"))}
    # not after another subject's clause (高技术产业增加值 is its own, no count before it)
    text = "2020年，全县高技术产业增加值增长5%。"
    assert not [f for f in plantrack.extract(text, year=2020, region="511300").facts
                if f.indicator == "industrial_value_added"]


def test_milestones_passed_one_after_another_are_no_figures() -> None:
    text = "“十四五”期间，甲市地区生产总值先后跨越700亿元、800亿元，2024年达952.25亿元。"
    got = {(f.kind, str(f.period), f.quantity.value) for f in plantrack.extract(
        text, year=2025, region="620500").facts}
    assert got == {("result", "2024", Decimal("95225000000.00"))}


def test_the_margin_over_a_region_overtaken_is_no_level() -> None:
    text = "2012年陕西省实现经济总量14451.18亿元，反超黑龙江省759.61亿元，居全国第16位。"
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(
        text, year=2012, region="610000").facts}
    assert got == {("陕西省", Decimal("1445118000000.00"))}


def test_a_growth_after_a_share_goes_back_to_the_part_named_before_it() -> None:
    # the share's whole (全市…) is no subject; the part before it, the same indicator in a
    # clause of its own, is
    text = ("上半年，全县实现规上工业总产值1564.97亿元，占全市规上工业总产值的比重为69.3%，"
            "同比增长5.4%。")
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2025, region="330921").facts if f.indicator == "industrial_output"}
    assert got == {("level", Decimal("156497000000.00")), ("growth", Decimal("5.4"))}
    text = "上半年，制造业增加值占全市规模以上工业增加值的62.7%，增长2.5%。"
    assert not plantrack.extract(text, year=2025, region="330921").facts


def test_values_joined_by_he_after_a_list_are_each_items_without_fenbie() -> None:
    text = "2013年，全省城镇居民人均可支配收入和农民人均纯收入平均增长13.3%和16.3%。"
    got = {(f.indicator, f.quantity.value) for f in plantrack.extract(
        text, year=2013, region="360000").facts}
    assert got == {("urban_disposable_income", Decimal("13.3"))}


def test_a_compound_head_with_its_own_values_is_no_item_of_the_list_before() -> None:
    text = "2020年，全市实现GDP 1289亿元、城乡常住居民人均可支配收入3.1万元和1.13万元。"
    got = {(f.indicator, f.quantity.value) for f in plantrack.extract(
        text, year=2020, region="530600").facts}
    assert got == {("gdp", Decimal("128900000000")),
                   ("urban_disposable_income", Decimal("31000.0")),
                   ("rural_disposable_income", Decimal("11300.00"))}


def test_a_mark_passed_then_the_figure_past_it_keeps_the_figure_only() -> None:
    text = "2013年，预计全市生产总值突破2000亿元，达2085亿元，增速达16%。"
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2013, region="520100").facts}
    assert got == {("level", Decimal("208500000000")), ("growth", Decimal("16"))}


@pytest.mark.parametrize("scope", ["规模以上工业完成", "333家规模以上工业企业实现"])
def test_a_bare_output_after_the_scope_above_scale_and_a_verb_is_industrys(
        scope: str) -> None:
    text = f"2020年上半年，全市{scope}总产值731.04亿元，同比下降6.7%。"
    facts = plantrack.extract(text, year=2020, region="610700").facts
    got = {(f.indicator, f.measure, f.quantity.value) for f in facts
           if f.indicator != "industrial_enterprises_above_scale"}
    assert got == {("industrial_output", "level", Decimal("73104000000.00")),
                   ("industrial_output", "growth", Decimal("-6.7"))}


def test_a_short_form_the_text_defines_names_its_indicator_after() -> None:
    # 一般公共预算收入(以下简称财政收入): 财政收入 is the budget revenue in this text
    text = ("2024年，全省一般公共预算收入(以下简称财政收入)完成2905.8亿元。"
            "回顾一下2023年1-12月份各地市财政收入完成数据:"
            "1.沈阳(800.85亿元 同比增长12.2%下同)、2.大连(750.20亿元 12.0%)。")
    got = {(f.region_name, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, year=2024, region="210000").facts
           if f.indicator == "general_budget_revenue"}
    year = "2023-01..2023-12"
    assert {("沈阳市", "level", year, Decimal("80085000000.00")),
            ("沈阳市", "growth", year, Decimal("12.2")),
            ("大连市", "level", year, Decimal("75020000000.00")),
            ("大连市", "growth", year, Decimal("12.0"))} <= got


def test_output_and_value_added_of_the_enterprises_above_scale_said_in_turn() -> None:
    text = ("2015年，全区27家规模以上企业实现产值49.45亿元，同比增长3%，"
            "实现增加值8.10亿元，同比增长15.4%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2015, region="330305").facts}
    assert got == {("industrial_output", "level", Decimal("4945000000.00")),
                   ("industrial_output", "growth", Decimal("3")),
                   ("industrial_value_added", "level", Decimal("810000000.00")),
                   ("industrial_value_added", "growth", Decimal("15.4"))}


@pytest.mark.parametrize("mark", ["、", "，"])
def test_a_figure_led_by_its_own_verb_after_a_rate_is_the_same_indicators(mark: str) -> None:
    # 增长6%左右、突破2.6万亿元: the level after a rate with its 左右; but a mark past a figure
    # the clause before gave in its unit is none (约折合6110美元，突破6000美元)
    text = f"2024年，全区地区生产总值增长6%左右{mark}突破2.6万亿元。"
    got = {(f.measure, f.quantity.value) for f in plantrack.extract(
        text, year=2024, region="150000").facts}
    assert got == {("growth", Decimal("6")), ("level", Decimal("2600000000000.0"))}
    text = "2012年，全省人均生产总值38557元，约折合6110美元，突破6000美元。"
    assert {f.quantity.value for f in plantrack.extract(
        text, year=2012, region="610000").facts} == {Decimal("38557")}


def test_a_province_its_city_leads_is_no_subject_of_the_citys_figures() -> None:
    text = ("遵义市\n2018年，遵义市工业经济近年来领跑贵州全省，培育壮大了894家规模以上工业企业。")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(
        text, year=2018, region="520300").facts}
    assert got == {("遵义市", Decimal("894"))}


def test_a_list_under_a_lead_in_line_takes_its_indicator_and_period() -> None:
    # the lead-in ends a short line in a colon, the list stands a blank line below
    text = ("2024年，全区一般公共预算收入稳步增长。\n\n"
            "再看看1-10月份各盟市一般公共预算收入:\n\n"
            "1.鄂尔多斯(725.50亿元 同比增长-8.5%下同)、2.呼和浩特(215.82亿元 8.6%)。\n")
    got = {(f.region_name, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, year=2024, region="150000").facts}
    year = "2024-01..2024-10"
    assert got == {("鄂尔多斯市", "level", year, Decimal("72550000000.00")),
                   ("鄂尔多斯市", "growth", year, Decimal("-8.5")),
                   ("呼和浩特市", "level", year, Decimal("21582000000.00")),
                   ("呼和浩特市", "growth", year, Decimal("8.6"))}


def test_an_item_whose_figure_is_not_out_yet_is_a_list_mark() -> None:
    text = ("2024年1-10月各盟市一般公共预算收入:"
            "1.鄂尔多斯(725.50亿元 同比增长-8.5%下同)、2.包头(数据暂缺)、"
            "3.锡林郭勒(117.40亿元 6.8%)。")
    got = {(f.region_name, f.measure, f.quantity.value)
           for f in plantrack.extract(text, year=2024, region="150000").facts}
    assert got == {("鄂尔多斯市", "level", Decimal("72550000000.00")),
                   ("鄂尔多斯市", "growth", Decimal("-8.5")),
                   ("锡林郭勒盟", "level", Decimal("11740000000.00")),
                   ("锡林郭勒盟", "growth", Decimal("6.8"))}


def test_paragraphs_opening_with_a_regions_figure_are_items_of_the_list_above() -> None:
    # the lead-in names the indicator and period; each item a paragraph of its own, with
    # prose after its figure
    text = ("河南,中国重要的经济大省。今天我们来看看河南省内各市2018年上半年GDP排名是怎样的。\n\n"
            "Top1郑州,4611.40亿元,河南省会,曾是华夏文明的发源地。\n\n"
            "Top2洛阳,2159.31亿元,河南第二大城市,洛阳被国家允许开建地铁。\n\n"
            "Top3南阳,1725.66亿元,因地处伏牛山以南而得名。\n")
    got = {(f.region_name, f.indicator, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="410000").facts}
    assert got == {("郑州市", "gdp", "2018H1", Decimal("461140000000")),
                   ("洛阳市", "gdp", "2018H1", Decimal("215931000000")),
                   ("南阳市", "gdp", "2018H1", Decimal("172566000000"))}


def test_the_region_a_place_lies_in_is_not_its_figures_subject() -> None:
    text = "肥西县位于合肥西南部,2020年实现生产总值870.2亿元。"
    facts = plantrack.extract(text, region="340100").facts
    assert {(f.region_name, f.quantity.value) for f in facts} == {
        ("肥西县", Decimal("87020000000"))}


def test_a_list_of_regions_bracketed_rates_goes_on_in_the_next_paragraph() -> None:
    text = ("31省份2021年GDP增长目标全部出来。\n\n具体来看,31省份2021年GDP增长目标为:"
            "湖北(10%以上)、海南(10%以上)、西藏(9%以上)。\n\n甘肃(6.5%)、天津(6.5%)、山东(6%以上)。\n")
    got = {(f.kind, f.region_name, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text, year=2021).facts}
    assert {("target", "甘肃省", Decimal("6.5"), "="), ("target", "天津市", Decimal("6.5"), "="),
            ("target", "山东省", Decimal("6"), ">=")} <= got


@pytest.mark.parametrize("colon", [":", "：", ": "])
def test_a_label_and_its_figure_after_a_colon(colon: str) -> None:
    text = (f"广西十强县。\n\n桂平市\n\n2020年GDP{colon}362.47亿元\n\n是重要的糖、粮基地。\n\n"
            f"北流市\n\n2020年GDP{colon}319.6亿元\n\n合浦县\n\n2020年GDP{colon}303.53亿元\n")
    got = {(f.region_name, str(f.period), f.quantity.value)
           for f in plantrack.extract(text, region="450000").facts}
    assert got == {("桂平市", "2020", Decimal("36247000000")),
                   ("北流市", "2020", Decimal("31960000000")),
                   ("合浦县", "2020", Decimal("30353000000"))}


@pytest.mark.parametrize("verb", ["实现了", "达成了", "完成"])
def test_a_figure_before_the_indicators_name_after_a_verb_of_reaching(verb: str) -> None:
    for text in (f"唐山市2021年{verb}8230.6亿元的地区生产总值。",
                 f"唐山市2021年{verb}8230.6亿元地区生产总值。"):
        got = {(f.region_name, f.indicator, f.measure, f.quantity.value)
               for f in plantrack.extract(text, region="130200").facts}
        assert got == {("唐山市", "gdp", "level", Decimal("823060000000"))}


@pytest.mark.parametrize("group", ["12个地级市中", "各市中", "全省城市之中,"])
def test_a_region_picked_out_of_its_group_leads_its_clause(group: str) -> None:
    text = f"从地区生产总值看,{group}银川以1617.28亿元排在第一名。"
    got = {(f.region_name, f.quantity.value, f.provenance.quote)
           for f in plantrack.extract(text, region="640000", year=2016).facts}
    assert got == {("银川市", Decimal("161728000000"), "银川以1617.28亿元")}


@pytest.mark.parametrize("lead", ["分别是", "依次是", "依次为"])
def test_a_rankings_regions_then_their_figures_after_a_comma(lead: str) -> None:
    text = f"地区生产总值方面,第二名和第三名是石嘴山和吴忠,{lead}513.57亿元和442.40亿元。"
    got = {(f.region_name, f.quantity.value)
           for f in plantrack.extract(text, region="640000", year=2016).facts}
    assert got == {("石嘴山市", Decimal("51357000000")), ("吴忠市", Decimal("44240000000"))}


def test_a_paragraph_going_on_with_a_rankings_later_places() -> None:
    text = ("宁夏2016年各市GDP。从地区生产总值看,银川以1617.28亿元排在第一名。\n"
            "第二名,及以后依次是石嘴山513.57亿元;吴忠442.40亿元;中卫339.01亿元。\n")
    got = {(f.region_name, f.quantity.value, f.provenance.quote)
           for f in plantrack.extract(text, region="640000").facts}
    assert got == {("银川市", Decimal("161728000000"), "银川以1617.28亿元"),
                   ("石嘴山市", Decimal("51357000000"), "石嘴山513.57亿元"),
                   ("吴忠市", Decimal("44240000000"), "吴忠442.40亿元"),
                   ("中卫市", Decimal("33901000000"), "中卫339.01亿元")}


def test_a_lead_in_naming_no_indicator_opens_a_list_of_the_one_named_just_above() -> None:
    text = ("2024年1-12月份,全国一般公共预算收入完成219000亿元,比上年增长1.5%。下面一起来看看。\n"
            "回顾一下2023年1-12月份财政十强省份榜单:\n"
            "1.广东(13800.5亿元 同比增长4.1%下同)、2.江苏(9900.2亿元 7.1%)、"
            "3.浙江(8600.7亿元 7.3%)。\n")
    got = {(f.region_name, f.indicator, f.measure, str(f.period), f.quantity.value)
           for f in plantrack.extract(text).facts if f.region_name != "全国"}
    assert got == {
        ("广东省", "general_budget_revenue", "level", "2023-01..2023-12", Decimal("1380050000000")),
        ("广东省", "general_budget_revenue", "growth", "2023-01..2023-12", Decimal("4.1")),
        ("江苏省", "general_budget_revenue", "level", "2023-01..2023-12", Decimal("990020000000")),
        ("江苏省", "general_budget_revenue", "growth", "2023-01..2023-12", Decimal("7.1")),
        ("浙江省", "general_budget_revenue", "level", "2023-01..2023-12", Decimal("860070000000")),
        ("浙江省", "general_budget_revenue", "growth", "2023-01..2023-12", Decimal("7.3"))}


def test_the_budget_named_without_its_revenue_and_a_region_after_zuowei() -> None:
    text = ("江门作为广东省大湾区节点的重要城市,1-4月一般公共预算完成72.78亿,较去年同期增长-13.3%。"
            "全市一般公共预算总收入150亿元。")
    got = {(f.region_name, f.indicator, f.measure, f.quantity.value)
           for f in plantrack.extract(text, year=2022).facts}
    assert got == {("江门市", "general_budget_revenue", "level", Decimal("7278000000")),
                   ("江门市", "general_budget_revenue", "growth", Decimal("-13.3")),
                   ("江门市", "other", "level", Decimal("15000000000"))}


def test_a_list_of_bracketed_figures_whose_indicator_the_clause_after_names() -> None:
    text = ("本文盘点了最富省会城市,分别是:广州(2.3万亿)、成都(1.5342万亿)、南京(1.282万亿)等,"
            "一起来看看省会城市GDP排名吧。")
    got = {(f.region_name, f.indicator, f.quantity.value)
           for f in plantrack.extract(text, year=2018).facts}
    assert got == {("广州市", "gdp", Decimal("2300000000000")),
                   ("成都市", "gdp", Decimal("1534200000000")),
                   ("南京市", "gdp", Decimal("1282000000000"))}


@pytest.mark.parametrize("mark", ["- ", "1. ", "• "])
def test_items_a_line_each_a_regions_label_and_its_figure_under_a_lead_in(mark: str) -> None:
    text = ("根据2023年的GDP数据,甲市各旗县的经济总量排名如下:\n"
            f"{mark}集宁区:265.62亿元,排名第一。\n{mark}丰镇市:122.92亿元,排名第二。\n"
            "从经济增速来看,2023年各旗县的GDP增速表现如下:\n"
            f"{mark}化德县:11.9%,增速最快。\n{mark}兴和县:10.7%,增速第二。\n")
    got = {(f.region_name, f.measure, f.quantity.value, f.provenance.quote)
           for f in plantrack.extract(text, region="150900").facts}
    assert got == {("集宁区", "level", Decimal("26562000000"), "集宁区:265.62亿元"),
                   ("丰镇市", "level", Decimal("12292000000"), "丰镇市:122.92亿元"),
                   ("化德县", "growth", Decimal("11.9"), "化德县:11.9%"),
                   ("兴和县", "growth", Decimal("10.7"), "兴和县:10.7%")}


def test_a_region_named_last_after_shi_then_a_clause_of_bare_verbs_gives_its_figure() -> None:
    text = ("根据2024年数据,南充市的地区生产总值达到2861.68亿元。"
            "从GDP总量上看,排名第一的是顺庆区,达到547.6亿元;排名第二的是南部县,达到481.8亿元。\n"
            "希望2025年,南充能够继续努力。\n")
    got = {(f.region_name, str(f.period), f.quantity.value)
           for f in plantrack.extract(text).facts}
    assert got == {("南充市", "2024", Decimal("286168000000")),
                   ("顺庆区", "2024", Decimal("54760000000")),
                   ("南部县", "2024", Decimal("48180000000"))}


def test_a_list_of_bracketed_figures_a_short_predicate_then_its_indicator() -> None:
    text = ("2019年居民收入:浙江(49899元)、天津(42404元)、江苏(41400元)属于第二梯队,"
            "其人均可支配收入超过4万元。")
    got = {(f.region_name, f.indicator, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert {("浙江省", "disposable_income", Decimal("49899"), "="),
            ("天津市", "disposable_income", Decimal("42404"), "="),
            ("江苏省", "disposable_income", Decimal("41400"), "=")} <= got


def test_a_region_right_before_its_figure_after_the_indicator_and_a_rankings_next_place() -> None:
    text = ("2021年云南各州市GDP。地区生产总值位列前三的是昆明市7222.50亿元,"
            "其次是曲靖市3393.91亿元,玉溪市也以2352.30亿元位列第三。")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("昆明市", Decimal("722250000000")), ("曲靖市", Decimal("339391000000")),
                   ("玉溪市", Decimal("235230000000"))}


def test_figures_after_fenbie_when_a_clause_before_says_jun() -> None:
    text = ("2025年甘肃各市GDP。武威市、定西市和白银市2025年GDP总值均在800亿上下,"
            "分别为802.3亿元、793.9亿元和789.23亿元。")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("武威市", Decimal("80230000000")), ("定西市", Decimal("79390000000")),
                   ("白银市", Decimal("78923000000"))}


def test_regions_ranked_by_their_levels_and_a_milestone_then_the_figure() -> None:
    text = ("2024年,四川省各市州经济成绩单公布。成都以23511.3亿元的GDP总量稳居全省第一,"
            "宜宾则首次突破4000亿元大关,达到4005.76亿元。\n"
            "这五个市州的GDP总量介于2000亿元至3000亿元之间。"
            "南充市以2861.68亿元排名全省第五,泸州市以2836.5亿元排名第六。\n")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts
           if f.quantity.comparator == "="}
    assert got == {("成都市", Decimal("2351130000000")), ("宜宾市", Decimal("400576000000")),
                   ("南充市", Decimal("286168000000")), ("泸州市", Decimal("283650000000"))}


@pytest.mark.parametrize("by", ["以", "凭借", "则凭借"])
def test_a_regions_rate_by_which_it_ranks(by: str) -> None:
    text = (f"2024年上半年绵阳各县区GDP。江油市以307.52亿元的GDP居第二,游仙区{by}12.4%的增速"
            "成为全市增长速度最快的黑马。")
    got = {(f.region_name, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("江油市", "level", Decimal("30752000000")),
                   ("游仙区", "growth", Decimal("12.4"))}


def test_a_region_the_subject_is_said_to_lie_in_is_not_its_subject() -> None:
    text = ("2023年上半年茂名各区县GDP。化州市是茂名市下辖的另一个县级市,"
            "2023年上半年实现地区生产总值247.5亿元,同比增长3.2%。\n"
            "截至2016年,枣庄市下辖5区、1市,地区生产总值2142.6亿元。\n")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("化州市", Decimal("24750000000")), ("化州市", Decimal("3.2")),
                   ("枣庄市", Decimal("214260000000"))}


def test_a_region_between_the_indicator_and_its_rate() -> None:
    text = ("2019年中国城市GDP十强:上海38155亿元,北京35371亿元,深圳26927亿元。"
            "而2019年GDP总量排行第十一的南京市增速已经达到7.8%。")
    got = {(f.region_name, f.measure, f.quantity.value) for f in plantrack.extract(text).facts
           if f.measure == "growth"}
    assert got == {("南京市", "growth", Decimal("7.8"))}


def test_a_labels_unit_in_brackets_and_its_bare_figure_after_the_colon() -> None:
    text = ("2021年中国最富省份\n3.山东省\n\nGDP(亿元):83095.9\n\n4.浙江省\n\nGDP(亿元):73516\n\n"
            "5.河南省\n\n社会消费品零售总额(亿元):24381.7\n")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("山东省", "gdp", Decimal("8309590000000")),
                   ("浙江省", "gdp", Decimal("7351600000000")),
                   ("河南省", "retail_sales", Decimal("2438170000000"))}


def test_an_infographics_phrases_a_line_each_with_blank_lines_between() -> None:
    text = ("2021年甲省各州市GDP\n\n全省实现地区生产总值\n\n27146.76亿元\n\n"
            "同比增长7.3%,位居全国第18位\n\n昆明市以7222.50亿领跑全省\n")
    got = {(f.region_name, f.measure, f.quantity.value)
           for f in plantrack.extract(text, region="530000").facts}
    assert {("云南省", "level", Decimal("2714676000000")),
            ("云南省", "growth", Decimal("7.3"))} <= got


@pytest.mark.parametrize("text", [
    "一季度，中、西部地区出口分别增长23.7%和30.1%，高于全国；进口分别增长16.4%和6.4%。",
    "一季度，东部地区和西部地区出口分别增长2.7%和3.1%；进口分别增长6.4%和1.4%。",
])
def test_a_clause_going_on_with_fenbie_keeps_the_groupings_of_the_clause_before(
        text: str) -> None:
    # the import clause names no subject of its own: its 分别 distributes over the
    # groupings of regions the export clause named, none of them a region
    for written in (text, traditional(text)):
        assert plantrack.extract(written, year=2012, region="100000").facts == ()


@pytest.mark.parametrize("mark", ["——", "：", ":"])
def test_items_a_line_each_under_a_dated_lead_in_take_its_year(mark: str) -> None:
    # a January page reviewing the year before: the lead-in names the year, its items a
    # line each (ending in semicolons) are that year's, not the page's
    text = (f"1月15日，市委经济工作会议召开，部署2026年重点任务。\n"
            f"回顾过去的2025年，甲市交出了一份稳中求进的成绩单{mark}\n"
            "工业总产值完成1501.8亿元、增长6.6%；\n"
            "农村居民人均可支配收入增长6%，快于GDP增速；\n"
            "2026年，将全力抓好重大项目谋划。\n")
    for written in (text, traditional(text)):
        got = {(f.indicator, f.quantity.value, str(f.period)) for f in plantrack.extract(
            written, year=2026, region="460400").facts}
        assert got == {("industrial_output", Decimal("150180000000.0"), "2025"),
                       ("industrial_output", Decimal("6.6"), "2025"),
                       ("rural_disposable_income", Decimal(6), "2025")}


def test_rates_listed_after_a_rankings_lead_naming_the_growth_are_growths() -> None:
    # the section's heading names the indicator, its total's sentence names none; each
    # ranking's lead says what it ranks by (总量 levels, 增速 rates), with a colon or not
    text = ("（一）固定资产投资。1-6月份完成320.3亿元，同比增长27.1%。"
            "总量前三位的县是：魏县44.1亿元、大名县43.6亿元，总量后三位的县是邱县15.7亿元、"
            "肥乡县25.4亿元；增速前三位的县是：鸡泽县29.5%、馆陶县28.9%，"
            "增速后三位的县是广平县26.2%、成安县25.2%。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.measure, f.quantity.value) for f in plantrack.extract(
            written, year=2012, region="130400").facts}
        assert got == {("魏县", "level", Decimal("4410000000.0")),
                       ("大名县", "level", Decimal("4360000000.0")),
                       ("邱县", "level", Decimal("1570000000.0")),
                       ("肥乡区", "level", Decimal("2540000000.0")),
                       ("鸡泽县", "growth", Decimal("29.5")),
                       ("馆陶县", "growth", Decimal("28.9")),
                       ("广平县", "growth", Decimal("26.2")),
                       ("成安县", "growth", Decimal("25.2"))}


@pytest.mark.parametrize(("dated", "kind"), [("2004年02月25日08:07", "target"),
                                             ("2004年12月25日08:07", "result")])
def test_a_years_items_under_its_heading_in_a_page_dated_early_in_it_are_its_aims(
        dated: str, kind: str) -> None:
    # the page's dateline dates it in February: the year's whole figures it lists under
    # 2004年: cannot have been reached yet (in December they can)
    text = (f"| 成都晚报 {dated} |\n市政府昨日作了政府工作报告。2003年:\n"
            "全市生产总值1870.8亿元,增长13%。\n2004年:\n"
            "新增城镇就业人数6万人,城镇登记失业率控制在4.5%以内。\n")
    for written in (text, traditional(text)):
        got = {(f.indicator, f.kind, str(f.period)) for f in plantrack.extract(
            written, region="510100").facts}
        assert got == {("gdp", "result", "2003"), ("urban_jobs_new", kind, "2004"),
                       ("urban_registered_unemployment_rate", kind, "2004")}


def test_what_a_days_event_did_in_a_page_dated_early_in_the_year_is_a_result() -> None:
    # (under a heading naming the year, in a page dated in January)
    text = ("2024年01月05日09:12\n\n新年首个工作日,多地重大项目迎来集中开工。\n\n"
            "陕西省举行2024年一季度重点项目开工活动\n\n"
            "1月3日上午,2024年湖南全省重大项目集中开工仪式在长沙市、岳阳市同步举行,"
            "11个重大项目集中开工,总投资达872亿元。\n")
    for written in (text, traditional(text)):
        got = {(f.indicator, f.kind) for f in plantrack.extract(written).facts
               if f.indicator == "major_projects_started"}
        assert got == {("major_projects_started", "result")}


def test_a_band_the_counted_cities_share_then_their_own_figures_in_brackets() -> None:
    # 处于2万亿-3万亿之间 is said of the four cities together (no region's figure); each
    # city's own is in its bracket, whatever the clause after the list says of one
    text = ("2023年,我国有4座城市经济总量处于2万亿-3万亿之间,分别为苏州(24653.4亿)、"
            "成都(22074.7亿)、杭州(20058.98亿)、武汉(20011.65亿),苏州是我国经济实力最强的地级市。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.quantity.value) for f in plantrack.extract(written).facts}
        assert got == {("苏州市", Decimal("2465340000000.0")),
                       ("成都市", Decimal("2207470000000.0")),
                       ("杭州市", Decimal("2005898000000.00")),
                       ("武汉市", Decimal("2001165000000.00"))}


def test_a_rankings_top_few_in_brackets_after_a_clause_ranking_its_subject() -> None:
    # the clause before ranks the city (位于第4位); the list after 前三强为 is the top
    # three's own rates of the indicator named before, each in brackets after its city
    text = ("2011年甲市城市居民人均可支配收入同比涨幅在西部城市中位于第4位，"
            "而前三强为贵阳(17.0%)、西安(16.8%)、昆明(16.4%)。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.indicator, f.measure, f.quantity.value)
               for f in plantrack.extract(written, year=2012).facts}
        assert got == {("贵阳市", "urban_disposable_income", "growth", Decimal("17.0")),
                       ("西安市", "urban_disposable_income", "growth", Decimal("16.8")),
                       ("昆明市", "urban_disposable_income", "growth", Decimal("16.4"))}


@pytest.mark.parametrize("text", [
    "长治市简介。2020年，中国国内生产总值首次突破100万亿元大关。",
    "长治市简介。2020年，中国GDP首次突破100万亿元大关。",
])
def test_the_country_named_once_before_its_indicator_in_a_citys_page_is_the_country(
        text: str) -> None:
    # 中国 named once far from a city's subject may be a piece of a word, but not right
    # before a catalogue name: the figure is the country's
    for written in (text, traditional(text)):
        got = [(f.region, f.quantity.value) for f in plantrack.extract(written).facts]
        assert got == [("100000", Decimal("100000000000000"))]


@pytest.mark.parametrize("ranking", [
    "广西位居第一13%,湖南第二12%,并列第三11%的有河北、山西、辽宁这3个省,"
    "位居第五的为江苏10.5%、并列第六9%的为浙江、福建,安徽以8%位于最后。",
    "广西位居第一(13%),湖南第二(12%),并列第三(11%)的有河北、山西、辽宁这3个省,"
    "位居第五的为江苏(10.5%)、并列第六(9%)的为浙江、福建,安徽以8%位于最后。",
])
def test_a_ranking_with_ties_grouped_after_their_shared_rate(ranking: str) -> None:
    # a ranking of the targets named in the sentence before: a region with its place then
    # its rate (甲位居第一13%), ties grouped after their shared rate (并列第三11%的有…这3个省),
    # a place's region then its rate (位居第五的为…), the last by its rate (以…位于最后);
    # the rates bare or in brackets
    text = "2015年1月,各省已公布今年的地区生产总值增长目标。按高低排列:" + ranking
    want = {("广西壮族自治区", Decimal("13")), ("湖南省", Decimal("12")),
            ("河北省", Decimal("11")), ("山西省", Decimal("11")), ("辽宁省", Decimal("11")),
            ("江苏省", Decimal("10.5")), ("浙江省", Decimal("9")), ("福建省", Decimal("9")),
            ("安徽省", Decimal("8"))}
    for written in (text, traditional(text)):
        facts = plantrack.extract(written).facts
        assert {(f.region_name, f.quantity.value) for f in facts} == want
        assert {(f.indicator, f.measure, type(f).__name__) for f in facts} == {
            ("gdp", "growth", "Goal")}


def test_a_city_written_with_kangxi_radicals_is_the_city() -> None:
    text = "2020年⼴州GDP总量达到25019.11亿元,同⽐增长2.7%。"
    facts = plantrack.extract(text).facts
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts} == {
        ("广州市", "level", Decimal("2501911000000.00")), ("广州市", "growth", Decimal("2.7"))}
    assert all(f.provenance.quote == text[f.provenance.start:f.provenance.end] for f in facts)


def test_a_customs_office_named_by_its_city_reports_its_provinces_trade() -> None:
    # 青岛海关 is the office that reports, no subject: the month's figures after the
    # province's sentence are the province's; the cities listed have their own
    text = ("据青岛海关统计,今年1-4月山东省外贸进出口5000.1亿元,同比增长3.5%。"
            "4月当月进出口1300.2亿元,增长2.1%。\n据青岛海关人士介绍,青岛、烟台两市位居"
            "山东1-4月外贸前两位,分别进出口1200.5亿元、600.4亿元。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.quantity.value) for f in plantrack.extract(written).facts}
        assert got == {("山东省", Decimal("500010000000.0")), ("山东省", Decimal("3.5")),
                       ("山东省", Decimal("130020000000.0")), ("山东省", Decimal("2.1")),
                       ("青岛市", Decimal("120050000000.0")),
                       ("烟台市", Decimal("60040000000.0"))}


def test_a_dates_month_starts_no_regions_name() -> None:
    # 前5月湖南: 月湖 (a district of 鹰潭) is no name there
    text = "前5月湖南进出口总额2458.7亿元,同比增长11%。"
    for written in (text, traditional(text)):
        assert {f.region_name for f in plantrack.extract(written).facts} == {"湖南省"}


@pytest.mark.parametrize("partners", ["东盟、台湾地区和日本",
                                      "RCEP成员国和“一带一路”沿线国家和地区"])
def test_trade_with_partners_listed_is_no_regions_total(partners: str) -> None:
    # 对甲、乙和丙分别进出口: a breakdown by partner, however many are listed; the total
    # after it is the region's
    text = (f"今年前5月,广西对{partners}分别进出口189.2亿元、100.3亿元和87.9亿元。"
            "全区进出口总额1569.7亿元。")
    for written in (text, traditional(text)):
        facts = [f for f in plantrack.extract(written).facts if f.indicator != "other"]
        assert [(f.region_name, f.quantity.value) for f in facts] == [
            ("广西壮族自治区", Decimal("156970000000.0"))]


def test_values_right_after_the_name_a_distributive_came_before() -> None:
    # 分别进出口A、B、C: each listed city its value, the last one too, even where a clause
    # between the list and 分别 ranks them
    # (and the growths after them, each item with its own verb)
    text = ("2023年1-4月,青岛、烟台、潍坊三市位居山东外贸前三,"
            "分别进出口1200.5亿元、600.4亿元、500.3亿元,同比下降5.6%、增长10.4%、下降1.7%。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.quantity.value) for f in plantrack.extract(written).facts}
        assert got == {("青岛市", Decimal("120050000000.0")), ("烟台市", Decimal("60040000000.0")),
                       ("潍坊市", Decimal("50030000000.0")), ("青岛市", Decimal("-5.6")),
                       ("烟台市", Decimal("10.4")), ("潍坊市", Decimal("-1.7"))}


def test_a_task_its_superior_assigned_is_the_goal() -> None:
    # 完成市分配任务5000万美元的93.4%: the city's task for the county is its target
    text = ("宁远县2012年1-10月主要指标完成情况。全县实际利用外资4668万美元,"
            "完成市分配任务5000万美元的93.4%。外贸出口314万美元,占市下达任务1000万美元的31.4%。")
    for written in (text, traditional(text)):
        got = {(type(f).__name__, f.indicator, f.quantity.value)
               for f in plantrack.extract(written).facts}
        assert got == {("Result", "foreign_investment_actual", Decimal("46680000")),
                       ("Goal", "foreign_investment_actual", Decimal("50000000")),
                       ("Result", "exports", Decimal("3140000")),
                       ("Goal", "exports", Decimal("10000000"))}


def test_a_regions_level_after_a_copula_then_its_place() -> None:
    # the sentence names no indicator: the one named before, its level ranked (位居全市第二)
    text = ("2023年上半年,南山区GDP总量为4147.30亿元,为全市第一。福田区为3038.18亿元,"
            "位居全市第二。")
    for written in (text, traditional(text)):
        got = {(f.region_name, f.quantity.value) for f in plantrack.extract(written).facts}
        assert got == {("南山区", Decimal("414730000000.00")),
                       ("福田区", Decimal("303818000000.00"))}


def test_a_park_placed_in_a_ranking_is_the_subject_of_the_figures_after_it() -> None:
    # 乙新区位居第二，GDP总量…: the zone ranked in the clause before is the figure's
    # subject, not the district named the sentence before; a zone's own rate likewise
    text = ("上半年，甲市各区GDP排名出炉。金水区GDP总量最高共计841.12亿元。"
            "乙新区位居第二，GDP总量562.61亿元。经开区位居第三，GDP总量486.17亿元。"
            "航空港实验区GDP增速最高达2.6%，乙新区紧随其后，GDP增速2.5%。"
            "新郑市GDP增速1.1%排名第三。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(
        text, year=2020, region="410100").facts}
    assert got == {("410105", Decimal("84112000000")), ("410184", Decimal("1.1"))}


def test_a_firm_placed_in_a_ranking_counts_no_enterprises() -> None:
    # 某集团跻身…100强第4位，新增规模以上工业企业18户: the ranked firm stays the subject of
    # its own figures, but enterprises added are the region's, whatever list named the
    # province before them (a ranking's name is no mention of it)
    text = ("2022年工作回顾。企业梯度培育体系更加完善，甲集团跻身某省民营企业100强第4位，"
            "新增规模以上工业企业18户。乙公司位居第二，工业总产值增长20%。")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(
        text, year=2023, region="511024").facts}
    assert got == {("511024", "industrial_enterprises_above_scale", Decimal("18"))}
    named = text.replace("某省", "四川")
    assert {(f.region, f.quantity.value) for f in plantrack.extract(
        named, year=2023, region="511024").facts} == {("511024", Decimal("18"))}


def test_a_featured_industrys_value_added_and_output_per_square_km_are_parts() -> None:
    # 六大支柱及特色工业增加值: the featured industries' part of industry; 每平方公里土地
    # 产出GDP: output per unit of land, no GDP of the region's
    text = ("甲县1-9月经济运行\n1-9月，全县规模以上工业增加值同比增长15.4%，"
            "全县六大支柱及特色工业增加值增长14.5%。全区每平方公里土地产出GDP 8.87亿元，"
            "地区生产总值694.69亿元。")
    facts = _extract(text, region="610926").facts
    assert sorted((f.indicator, f.quantity.value) for f in facts if f.indicator != "other") == [
        ("gdp", Decimal("69469000000")), ("industrial_value_added", Decimal("15.4"))]


def test_a_growth_by_times_is_a_listed_percent_like_any_other(in_script: InScript) -> None:
    # 分别增长1.2倍和47.9%: the first region's growth by times (120 %), the second's rate
    text = in_script("2015年1-2月，甲地出口增长较快，湖南、山西出口分别增长1.2倍和47.9%。"
                     "全年全省进出口总额增长1.5倍。")
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts
           if f.measure == "growth"}
    assert {("430000", "exports", Decimal(120)), ("140000", "exports", Decimal("47.9"))} <= got


def test_a_numeral_in_a_regions_name_counts_no_districts(in_script: InScript) -> None:
    # 二七区生产总值: 七区 is part of the district's name, no sum of seven districts
    text = in_script("郑州市二七区政府工作报告\n"
                     "初步预计，2017年全年二七区生产总值完成567亿元，增长9%。")
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in _extract(text, region="410103").facts}
    assert got == {("410103", "gdp", "level", Decimal("56700000000")),
                   ("410103", "gdp", "growth", Decimal("9"))}


def test_an_estimate_after_an_items_colon_is_the_items_figure(in_script: InScript) -> None:
    # 地区生产总值：预计完成443亿元 (a plan-execution report's items, each a label, a colon
    # and its estimate)
    text = in_script("甲区2014年计划执行情况\n地区生产总值：预计完成443亿元，增长8.5%；"
                     "社会消费品零售总额：预计完成279亿元，增长10.7%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in _extract(text, region="360103").facts}
    assert got == {("gdp", "level", Decimal("44300000000")), ("gdp", "growth", Decimal("8.5")),
                   ("retail_sales", "level", Decimal("27900000000")),
                   ("retail_sales", "growth", Decimal("10.7"))}


def test_a_goal_noun_before_a_colon_labels_what_follows(in_script: InScript) -> None:
    # GDP增长9%新年小目标：涨8% (a headline): the 9% is last year's result, the goal is after
    text = in_script("甲区政府工作报告\nGDP增长9%新年小目标：涨8%\n2017年全区生产总值567亿元。")
    got = {(type(f).__name__, f.quantity.value) for f in _extract(text, region="410103").facts
           if f.measure == "growth"}
    assert ("Result", Decimal("9")) in got
    assert ("Goal", Decimal("9")) not in got


def test_a_slogans_well_off_is_no_county_read_across_it(in_script: InScript) -> None:
    # 小康平遥: 康平 (a county of 沈阳) is not read across 小康 and 平遥
    text = in_script("2017年国民经济和社会发展统计公报\n全县为建设“大美古城，小康平遥”奠定基础。"
                     "\n一、综合\n地区生产总值全年完成116.5亿元，比上年增长4.6%。")
    assert {f.region for f in _extract(text).facts} == {"140728"}


def test_a_list_sorted_by_growth_past_a_parks_item_is_the_counties_growths(
        in_script: InScript) -> None:
    # 按增速排序,沁水县6%,…: growths, though the items name no growth word; a park's item
    # (开发区70.9%) with its own figure subjects no item after it; a tax office's part of
    # the revenue (国税系统…下降7.2%) is no city's
    text = in_script("甲市2015年1-9月财政收支情况\n1-9月，全市一般公共财政预算收入下降3.6%。"
                     "分征收系统看，国税系统累计完成收入14亿元，同比下降7.2%。"
                     "各县(市、区)一般公共财政预算收入完成情况：按预算完成进度排序，泽州县80.2%，"
                     "开发区70.9%，陵川县43%；按增速排序，沁水县6%，泽州县5.4%，开发区-9%，"
                     "陵川县-42.5%。")
    got = {(f.region, f.quantity.value) for f in _extract(text, region="140500").facts
           if f.measure == "growth"}
    assert got == {("140500", Decimal("-3.6")), ("140521", Decimal("6")),
                   ("140525", Decimal("5.4")), ("140524", Decimal("-42.5"))}


def test_a_rate_named_first_in_a_list_is_a_level_whatever_the_second_rises_by(
        in_script: InScript) -> None:
    # 城镇登记失业率、居民消费价格涨幅分别控制在4.4%和3%: the 涨幅 is the CPI's
    text = in_script("甲市2019年主要预期目标\n"
                     "城镇登记失业率、居民消费价格涨幅分别控制在4.4%和3.0%以内。")
    got = {(f.indicator, f.measure) for f in _extract(text, region="511900").facts}
    assert got == {("urban_registered_unemployment_rate", "level"), ("cpi", "growth")}


def test_words_of_other_sums_are_their_own_subjects(in_script: InScript) -> None:
    # 辖区公共财政收入 (with the centre's taxes), 产值过百亿工业企业 (enterprises picked by a
    # sum), 全社会研发投入增长12% (spending of its own): none the catalogue's; 实际吸收利用外资
    # is the foreign investment
    text = in_script("甲市2016年经济\n2016年，辖区公共财政收入7901亿元，"
                     "地方一般公共预算收入3136亿元；产值过百亿工业企业增至10家；"
                     "城乡居民人均可支配收入增长8%，全社会研发投入增长12%；"
                     "实际吸收利用外资4.77亿美元。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text, region="440300").facts
           if f.indicator != "other"}
    assert got == {("general_budget_revenue", Decimal("313600000000")),
                   ("disposable_income", Decimal("8")),
                   ("foreign_investment_actual", Decimal("477000000"))}


def test_a_bare_clause_after_an_industrys_figure_is_the_industrys(in_script: InScript) -> None:
    # 第一产业完成13.3亿元,比上年同期下降0.5%: the decline is the sector's, not the GDP's
    text = in_script("甲县2017年统计公报\n地区生产总值全年完成116.5亿元，比上年同期增长4.6%，"
                     "分产业看，第一产业完成13.3亿元，比上年同期下降0.5%。")
    got = {f.quantity.value for f in _extract(text, region="140728").facts
           if f.indicator == "gdp" and f.measure == "growth"}
    assert got == {Decimal("4.6")}


def test_a_gap_to_a_goal_the_rate_cannot_be_below_is_no_goal(in_script: InScript) -> None:
    # 增长5.8%,低于预期目标3.2%左右: 3.2% is the gap (5.8% is below no goal of 3.2%); 增长4.2%,
    # 低于年初目标6.5%: the goal
    gap = in_script("辽宁经济年报\n2014年，全省地区生产总值增长5.8%，低于预期目标3.2%左右。")
    goal = in_script("湖北经济年报\n2014年，全省地区生产总值增长4.2%，低于年初目标6.5%。")
    got = [{(type(f).__name__, f.quantity.value)
            for f in _extract(text, region=region, year=2015).facts}
           for text, region in ((gap, "210000"), (goal, "420000"))]
    assert got == [{("Result", Decimal("5.8"))},
                   {("Result", Decimal("4.2")), ("Goal", Decimal("6.5"))}]


def test_a_count_of_places_names_the_list_of_as_many_before_it(in_script: InScript) -> None:
    # 西藏、重庆、贵州稳坐…。三地2016年GDP增速分别为…: the three regions' growths, in order
    text = in_script("各省2016年经济\n西藏、重庆、贵州稳坐经济增速第一梯队。"
                     "三地2016年GDP增速预计分别为11.5%、10.7%和10.5%。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("540000", Decimal("11.5")), ("500000", Decimal("10.7")),
                   ("520000", Decimal("10.5"))}


def test_a_ranking_one_region_a_line_goes_on_past_each_semicolon(
        in_script: InScript) -> None:
    # 一般公共预算收入。/ 2019年从多到少依次是: / 第一,苏州2221.8亿元; / 第二,南京…;
    text = in_script("江苏城市\n一般公共预算收入。\n2019年从多到少依次是：\n"
                     "第一，苏州2221.8亿元；\n第二，南京1580.03亿元；\n第三，无锡1036.33亿元。")
    got = {(f.region, f.quantity.value) for f in _extract(text, region="320000").facts}
    assert got == {("320500", Decimal("222180000000")), ("320100", Decimal("158003000000")),
                   ("320200", Decimal("103633000000"))}


def test_a_half_year_said_reached_turns_the_aims_told_before_it(in_script: InScript) -> None:
    # 紧扣年初…确定的各项目标任务，…全市上半年实现…；规模工业增加值416.4亿元: the half
    # year's results, each of them
    text = in_script("甲市半年度经济形势\n今年以来，市人民政府紧扣年初政府工作报告确定的"
                     "各项目标任务，全市上半年实现地区生产总值886.8亿元，同比增长7.8%；"
                     "规模工业增加值416.4亿元，增长6.8%。")
    got = {(type(f).__name__, str(f.period)) for f in _extract(text, region="430300",
                                                              year=2017).facts}
    assert got == {("Result", "2017H1")}


def test_an_industrys_figures_after_a_breakdown_by_industry_are_not_the_regions(
        in_script: InScript) -> None:
    # 分行业看：纺织业6月份实现工业总产值4亿元，1-6月份累计实现…: the industry's (the
    # district's total before the breakdown stays)
    text = in_script("甲区2021年二季度经济运行\n1-6月份，全区累计完成工业总产值182.46亿元。\n"
                     "分行业看：纺织业6月份实现工业总产值4亿元，同比增长34.77%，"
                     "1-6月份累计实现工业总产值20.64亿元，同比下降9.47%。")
    got = {f.quantity.value for f in _extract(text, region="370302").facts}
    assert got == {Decimal("18246000000")}


def test_the_statisticians_estimate_in_a_review_is_the_year_reviewed(
        in_script: InScript) -> None:
    # 据统计预测 (no forecaster's guess) in a report reviewing 2021, given in 2022: 2021's
    # results; 招商引资 (investment brought in) is no fixed-asset investment
    text = in_script("政府工作报告摘要\n县长在作《政府工作报告》时，"
                     "对2021年及十七届县人民政府工作作了全面回顾。\n"
                     "据统计预测，全县地区生产总值增长12.6%达92.9亿元，"
                     "招商引资增长25.9%达87.7亿元。")
    got = {(type(f).__name__, f.indicator, f.quantity.value, str(f.period))
           for f in _extract(text, region="532323").facts if f.indicator != "other"}
    assert got == {("Result", "gdp", Decimal("12.6"), "2021"),
                   ("Result", "gdp", Decimal("9290000000"), "2021")}


def test_a_growth_after_a_labelled_items_figure_is_the_items(in_script: InScript) -> None:
    # - 宁波市:1.11万亿元,同比增长6.8%: the city's growth, not the province's
    text = in_script("二、2019浙江各市GDP排名\n以下是2019年浙江省各市的GDP排名：\n"
                     "- 杭州市：1.35万亿元，同比增长6.9%\n- 宁波市：1.11万亿元，同比增长6.8%\n"
                     "三、经济实力分析")
    got = {(f.region, f.measure, f.quantity.value)
           for f in _extract(text, region="330000").facts}
    assert got == {("330100", "level", Decimal("1350000000000")),
                   ("330100", "growth", Decimal("6.9")),
                   ("330200", "level", Decimal("1110000000000")),
                   ("330200", "growth", Decimal("6.8"))}


def test_projects_signed_together_counted_before_the_words(in_script: InScript) -> None:
    # 27个项目集中签约: the count before 项目集中签约, as 项目集中开工; the investment named
    # before it (协议总投资…的) does not take the count, which is the name's after it; a
    # county listed after a park (其中，某高新区10个，甲县3个) is its own count's subject
    text = in_script("2018年12月27日，宜昌市重点项目集中签约仪式举行，"
                     "协议总投资93.57亿元的27个项目集中签约。"
                     "其中，宜昌高新区10个，宜都市3个，枝江市2个。")
    got = {(f.region, f.quantity.value) for f in _extract(text).facts
           if f.indicator == "major_projects_signed"}
    assert got == {("420500", Decimal("27")), ("420581", Decimal("3")),
                   ("420583", Decimal("2"))}


def test_key_projects_started_are_the_projects_started(in_script: InScript) -> None:
    # 集中开工重点项目30个 / 22个重点项目开工建设: key projects (重点项目) started count as
    # the major projects started; their investment done (重点项目完成投资) stays its own
    text = in_script("3月20日上午，洋县举行2019年重点项目集中开工仪式。"
                     "集中开工重点项目30个，总投资108.73亿元。"
                     "全年重点项目完成投资30亿元，22个重点项目开工建设。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text, year=2019).facts
           if f.indicator != "other"}
    assert got == {("major_projects_started", Decimal("30")),
                   ("major_projects_started", Decimal("22")),
                   ("key_projects_investment", Decimal("3000000000"))}


def test_a_quarter_that_fell_in_a_breakdown_by_quarters(in_script: InScript) -> None:
    # 分季度看，一季度同比下降3.6%，二季度增长4.5%: the first quarter's fall is read as the
    # second quarter's rise is, though a decline's match opens with its verb
    text = in_script("2020年上半年全市地区生产总值644.95亿元，同比增长0.6%。"
                     "分季度看，一季度同比下降3.6%，二季度增长4.5%。")
    got = {(str(f.period), f.quantity.value) for f in _extract(text, region="510300").facts
           if f.measure == "growth"}
    assert got == {("2020H1", Decimal("0.6")), ("2020Q1", Decimal("-3.6")),
                   ("2020Q2", Decimal("4.5"))}


def test_a_goal_a_result_is_measured_against_sets_no_aim(in_script: InScript) -> None:
    # 增长12.6%，高于年度目标增幅5.6个百分点；地方一般公共预算收入193.29亿元: the year's goal
    # a quarter's result beat is no aim of the figures after it, which are the quarter's
    text = in_script("2023年一季度，全市一般公共预算总收入312.74亿元，增长12.6%，"
                     "高于年度目标增幅5.6个百分点；地方一般公共预算收入193.29亿元，增长17.7%。")
    got = {(type(f).__name__, str(f.period), f.quantity.value)
           for f in _extract(text, region="350500").facts
           if f.indicator == "general_budget_revenue"}
    assert got == {("Result", "2023Q1", Decimal("19329000000")),
                   ("Result", "2023Q1", Decimal("17.7"))}


def test_foreign_investment_used_directly_is_the_foreign_investment(
        in_script: InScript) -> None:
    # 实际直接利用外资额37.12亿美元: 直接 (direct) names the same actual foreign investment
    text = in_script("2020年前三季度，天津市实际直接利用外资额37.12亿美元，增长0.5%。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text).facts}
    assert got == {("foreign_investment_actual", Decimal("3712000000")),
                   ("foreign_investment_actual", Decimal("0.5"))}


def test_the_budgets_own_level_spending_is_no_revenue(in_script: InScript) -> None:
    # 一般公共预算本级支出 (the budget's spending at the county's own level) after its
    # revenue: the spending, not a second revenue
    text = in_script("2021年全县一般公共预算本级收入238965万元，增长3.98%。"
                     "全县一般公共预算本级支出623396万元，下降11.44%。")
    got = {(f.indicator, f.quantity.value) for f in _extract(text, region="500230").facts}
    assert got == {("general_budget_revenue", Decimal("2389650000")),
                   ("general_budget_revenue", Decimal("3.98")),
                   ("general_budget_expenditure", Decimal("6233960000")),
                   ("general_budget_expenditure", Decimal("-11.44"))}


def test_regions_bracketed_figures_before_the_count_of_their_list(in_script: InScript) -> None:
    # 北京(29926.3亿元)、陕西(23501.97亿元)6个省份前三季度GDP总量在2万亿元到3万亿元之间: each
    # region's own figure, though the count of the list (6个省份) stands before the name
    text = in_script("2022年前三季度，北京(29926.3亿元)、陕西(23501.97亿元)、江西(23214.3亿元)"
                     "6个省份前三季度GDP总量在2万亿元到3万亿元之间。")
    got = {(f.region, f.quantity.value) for f in _extract(text).facts}
    assert got == {("110000", Decimal("2992630000000")), ("610000", Decimal("2350197000000")),
                   ("360000", Decimal("2321430000000"))}


def test_major_projects_started_with_de_or_dong_gong(in_script: InScript) -> None:
    # 集中动工的重大项目超过200个, 新开工的重大项目达261个: 动工 is 开工, and 的 may stand
    # between the start and the projects
    text = in_script("2020年8月28日，广州市集中动工的重大项目超过200个；"
                     "今年以来广州市新开工的重大项目达261个。")
    got = {f.quantity.value for f in _extract(text).facts
           if f.indicator == "major_projects_started"}
    assert got == {Decimal("200"), Decimal("261")}


def test_a_first_list_item_no_catalogue_name_keeps_its_place(in_script: InScript) -> None:
    # 财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元，增长13.4%、16.5%: the total
    # (no catalogue name) is the list's first item, so the budget revenue's are the second
    # values, not the first
    text = in_script("2014年，全市财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元，"
                     "增长13.4%、16.5%，收入质量继续保持高位运行。")
    got = {f.quantity.value for f in _extract(text, region="429004").facts
           if f.indicator == "general_budget_revenue"}
    assert got == {Decimal("2420000000"), Decimal("16.5")}


def test_a_years_level_a_share_of_which_is_reached_is_no_period(in_script: InScript) -> None:
    # 分别恢复到2019年的113%、119%。社会消费品零售总额增长5.9%: 2019 is the base whose level is
    # reached again, no period the next sentence's growth is of
    text = in_script("2024年1月，报告指出，2023年贵州省地区生产总值增长4.9%。"
                     "报告指出，去年贵州旅游业加快复苏，全省旅游人次、旅游总收入"
                     "分别恢复到2019年的113%、119%。"
                     "社会消费品零售总额增长5.9%。")
    got = {(f.indicator, str(f.period)) for f in _extract(text).facts
           if f.indicator == "retail_sales"}
    assert got == {("retail_sales", "2023")}


def test_a_growth_after_a_citys_share_of_the_province_is_the_citys(in_script: InScript) -> None:
    # 青岛市以7070.4亿元占据榜首，占全省生产总值的16.95%，同比增长3.7%: the city's growth, not
    # the province's, whose GDP the share is of
    text = in_script("2022年上半年，山东省各市GDP。从地区生产总值来看，上半年生产总值上了5000亿元的"
                     "地区共有2个，青岛市以7070.4亿元占据榜首，占全省生产总值的16.95%，"
                     "同比增长3.7%，高出全省增速0.1个百分点。"
                     "省会济南市以生产总值5481.3亿元位列其后，同比增长2.7%。")
    got = {(f.region, f.measure, f.quantity.value) for f in _extract(text).facts
           if f.measure == "growth"}
    assert got == {("370200", "growth", Decimal("3.7")), ("370100", "growth", Decimal("2.7"))}


def test_foreign_capital_used_or_arrived_is_the_actual_foreign_investment() -> None:
    # 使用外资 (capital used) and 实际到位外资 (capital arrived): the actual investment
    facts = _extract("全市使用外资增长12%。实际到位外资5.8亿美元,增长5.3%。", year=2022).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("foreign_investment_actual", "growth", Decimal("12")),
        ("foreign_investment_actual", "level", Decimal("580000000")),
        ("foreign_investment_actual", "growth", Decimal("5.3"))}


def test_a_record_set_against_the_country_leaves_the_next_clause_the_countys() -> None:
    # 创全国同面积高产纪录: the country is the record's yardstick, not the grain's owner
    facts = _extract("2012年,全县农业基础地位更加巩固。5万亩小麦创全国同面积高产纪录,"
                     "粮食总产突破100万吨。", region="410621", year=2012).facts
    assert {(f.region, f.indicator) for f in facts} == {("410621", "grain_output")}


def test_a_value_after_fenbie_goes_to_the_name_its_item_is_whatever_stands_between() -> None:
    # 工业投资、(no catalogue name)、高技术制造业增加值分别增长20%、40%、18%: the first value
    # is 工业投资's, the second none's, the third the last name's
    facts = _extract("2022年,全市工业投资、新开工制造业项目投资、高技术制造业增加值分别增长"
                     "20%、40%、18%。", region="340400", year=2022).facts
    assert {(f.indicator, f.quantity.value) for f in facts} == {
        ("industrial_investment", Decimal("20")),
        ("high_tech_manufacturing_value_added", Decimal("18"))}


def test_an_addition_of_a_graded_stock_is_an_increase() -> None:
    # 新增国家级高新技术企业20家: the grade between 新增 and the name leaves it an addition
    facts = _extract("2019年,全市新增国家级高新技术企业20家,省级专精特新企业总数达到35家。",
                     region="350700", year=2019).facts
    assert [(f.indicator, f.measure, f.quantity.value) for f in facts
            if f.indicator == "high_tech_enterprises"] == [
        ("high_tech_enterprises", "increase", Decimal("20"))]


def test_an_addition_named_by_its_examples_is_an_increase() -> None:
    # 新增泰衡诺等百亿级企业6家: examples closed by 等 between 新增 and the name
    facts = _extract("2018年,全区新增泰衡诺等百亿级企业6家,新增华为等上市企业3家。",
                     region="440309", year=2018).facts
    assert {(f.indicator, f.measure) for f in facts} == {
        ("enterprises_10b", "increase"), ("listed_companies", "increase")}


@pytest.mark.parametrize("sector", ["三产", "建筑业"])
def test_a_sectors_rate_after_a_ranked_figure_is_not_the_figures(sector: str) -> None:
    # 规上工业增加值增长30.9%、全市第一,三产增长1.6%: the sector's own rate
    facts = _extract(f"2025年,全县规上工业增加值增长30.9%、全市第一,{sector}增长1.6%。",
                     region="610631", year=2025).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [
        ("industrial_value_added", Decimal("30.9"))]


def test_an_export_tax_refund_is_no_export() -> None:
    # 出口退(免)税34.3亿元: a fiscal figure, no part of the trade
    facts = _extract("2018年,全市办理出口退(免)税34.3亿元,外贸出口总额增长10%。",
                     region="330381", year=2018).facts
    assert [(f.indicator, f.measure) for f in facts if f.indicator == "exports"] == [
        ("exports", "growth")]


def test_a_clause_opening_on_its_verb_after_a_parks_clause_is_the_parks() -> None:
    # 产业园区持续增效,完成…: the park is the subject of the clause after its own; the
    # county's figures after a clause of its economy stay the county's
    facts = _extract("2017年,全县产业园区持续增效,完成规上工业总产值39.7亿元、增加值11.8亿元。"
                     "全县工业经济稳中有进,完成规上工业总产值150.2亿元。",
                     region="440823", year=2017).facts
    assert [(f.indicator, f.quantity.value) for f in facts] == [
        ("industrial_output", Decimal("15020000000"))]


def test_names_written_another_way_are_the_catalogues() -> None:
    # 规上企业工业增加值, 社会零售总额, 减免税费; and a bare 总产值 after 规模工业企业完成
    facts = _extract("2020年,全区规上企业工业增加值同比增长18.6%,社会零售总额277.8亿元、增长3.9%,"
                     "为企业减免税费33亿元。全区规模工业企业完成总产值309.60亿元。",
                     region="500120", year=2020).facts
    assert {(f.indicator, f.measure, f.quantity.value) for f in facts} == {
        ("industrial_value_added", "growth", Decimal("18.6")),
        ("retail_sales", "level", Decimal("27780000000")),
        ("retail_sales", "growth", Decimal("3.9")),
        ("tax_fee_cuts", "level", Decimal("3300000000")),
        ("industrial_output", "level", Decimal("30960000000"))}


def test_a_qualitative_aim_reached_among_targets_leaves_the_next_ones_targets() -> None:
    # 外贸出口总额实现量稳质升: 实现 with no figure in its clause says nothing of the
    # figures after it, still the year's targets
    facts = _extract("今年是党的二十大召开之年\n主要预期目标是:\nGDP增长8.2%以上,外贸出口总额实现"
                     "量稳质升,城镇居民人均可支配收入增长8%左右。", region="360781").facts
    assert {(f.kind, f.indicator) for f in facts} == {
        ("target", "gdp"), ("target", "urban_disposable_income")}


def test_a_figure_ahead_of_its_aim_is_what_was_reached() -> None:
    # 超目标任务5.48亿元: the aim named is one the figure passed, no target of its growth
    facts = _extract("江油市2017年上半年经济运行\n江油固定资产投资累计完成114.48亿元,超目标任务"
                     "5.48亿元,增长21.0%。", region="510781", year=2017).facts
    assert {(f.kind, f.measure) for f in facts
            if f.indicator == "fixed_asset_investment"} == {("result", "level"),
                                                            ("result", "growth")}


def test_a_list_item_the_run_of_names_missed_still_takes_its_value() -> None:
    # 一般公共预算地方收入 (the budget's own revenue) among the names before 分别: each
    # value to its item as written, the run of names broken or not
    facts = _extract("2022年全年地区生产总值、规模工业增加值、一般公共预算地方收入、地方税收收入、"
                     "城镇居民人均可支配收入,预计分别增长5.8%、5%、10.3%、14.3%和6.5%。",
                     region="430611").facts
    assert {(f.indicator, f.quantity.value) for f in facts} >= {
        ("gdp", Decimal("5.8")), ("industrial_value_added", Decimal("5")),
        ("general_budget_revenue", Decimal("10.3")), ("tax_revenue", Decimal("14.3")),
        ("urban_disposable_income", Decimal("6.5"))}


def test_estimates_after_the_aims_were_done_well_are_results() -> None:
    # 出色完成了…确定的工作任务, 预计实现…: the aims named are ones met, the estimates after
    # them the year's outcome (a report given in December)
    text = ("某区第十七届人大第三次会议隆重开幕\n\n2013-12-26 15:25\n\n"
            "区长作《政府工作报告》。报告指出,2013年,我区抢抓机遇、奋力攻坚,出色完成了区第十七届人大二次会议确定的工作任务,全区经济"
            "社会呈现快速发展的良好态势,预计实现地区生产总值104.5亿元、增长12.5%。\n\n"
            "报告确立了区政府2014年工作的总体要求。")
    facts = _extract(text, region="510303").facts
    assert {(f.kind, f.measure, str(f.period)) for f in facts} == {
        ("result", "level", "2013"), ("result", "growth", "2013")}


def test_effort_made_and_a_leaders_visit_leave_a_reviews_figures_the_countys_results() -> None:
    # 付出了不懈努力: effort made, no aim (努力 a noun); 亲临青海考察: the province visited,
    # the county's superior, not the figures' region
    text = ("2025年某县政府工作报告\n一、2024年工作回顾\n过去的一年,总书记再次亲临青海考察,我们"
            "付出了不懈努力,交出了满意答卷,地区生产总值增长7%;固定资产投资增长30.6%。\n")
    facts = _extract(text, region="630123").facts
    assert {(f.kind, f.region, str(f.period)) for f in facts} == {("result", "630123", "2024")}
