"""A review's numbers are results, a plan's targets (plantrack.context.kind)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from plantrack import extract
from plantrack.context.kind import heading_kind, title_kind


def _kinds(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(f.kind, str(f.period)) for f in extract(text, **kw).facts]  # type: ignore[arg-type]


def test_headings_say_what_their_sections_hold() -> None:
    assert heading_kind("一、2022年国民经济和社会发展计划执行情况").value == "results"  # type: ignore[union-attr]
    assert heading_kind("二、2023年主要预期目标").value == "targets"  # type: ignore[union-attr]
    assert heading_kind("二、工业分盟市增长情况").value == "results"  # type: ignore[union-attr]
    assert heading_kind("(一)坚持创新驱动") is None
    # an office's notice sharing out a work report's tasks: the year's aims first
    assert heading_kind("一、确保年度目标").value == "targets"  # type: ignore[union-attr]
    # a half-year's report on the plan: how its figures went (总体 between)
    assert heading_kind("一、上半年经济社会发展计划指标执行总体情况").value == "results"  # type: ignore[union-attr]
    # a digest's look ahead after its review: the year's aims
    assert heading_kind("展望2018年").value == "targets"  # type: ignore[union-attr]


def test_a_ranking_by_a_years_data_reports_results() -> None:
    # 根据2019年数据: the figures of a year gone by, told after it (no plan's, whatever
    # verb each line leaves out, and whatever the text says it will look ahead to)
    text = ("泉州各县实力排名\n本文将揭秘各县城实力排名,展望未来谁将领跑。\n"
            "根据2019年数据,泉州各县城实力排名如下:\n"
            "- 晋江市:GDP总量为2546.18亿元。\n- 南安市:GDP总量为1912.86亿元。")
    assert set(_kinds(text)) == {("result", "2019")}


def test_a_mid_year_execution_report_reports_results() -> None:
    text = ("关于某区2025年计划上半年执行情况的报告\n(一)主要指标完成情况\n"
            "上半年，对照年初确定的预期目标，全区完成一般公共预算收入43.56亿元、占年度目标任务的54%；"
            "实现外贸进出口194.9亿元、增长60.3%。")
    assert set(_kinds(text, year=2025, region="320614")) == {("result", "2025H1")}


def test_a_lead_in_makes_its_list_targets_of_the_plan() -> None:
    text = ("3月3日，记者从新闻发布会上获悉，规划纲要已发布。\n"
            "《纲要》明确了“十四五”发展具体目标：\n"
            "——经济运行在合理区间，地区生产总值达到3.6万亿元；\n"
            "——城镇调查失业率控制在5.5%以内。\n"
            "记者了解到，纲要共十三篇。")
    assert set(_kinds(text, year=2021, region="610000")) == {("target", "2025")}


def test_a_review_of_a_plan_that_ended_is_results() -> None:
    text = ("某省“十五五”规划纲要草案的审查结果报告\n"
            "一、关于“十四五”规划纲要实施情况的总体评价\n"
            "“十四五”时期，全省地区生产总值达到13697.5亿元，较“十三五”末增长33.6%。")
    assert _kinds(text, year=2026, region="620000") == [("result", "2025")]


def test_a_whole_year_in_a_january_report_is_the_plan() -> None:
    text = "今年全市生产总值增长百分之九以上，城镇登记失业率控制在百分之四点五以内。"
    from plantrack.model import Document
    document = Document(name="d", text=text, url="http://x.cn/2007/01-28/1.shtml")
    assert {k for k, _ in _kinds(document, region="310000")} == {"target"}


def test_a_whole_year_under_its_own_heading_in_a_march_report_is_the_plan() -> None:
    from plantrack.model import Document
    text = ("发布时间:2026年03月06日\n\n2025年\n\n城镇新增就业48万人\n\n2026年\n\n"
            "地区生产总值增长4.5%左右\n\n城镇新增就业45万人以上\n")
    document = Document(name="d", text=text, url="http://x.cn/2026/0306/1.html")
    assert set(_kinds(document, region="210000")) == {("result", "2025"),
                                                     ("target", "2026")}


def test_a_commentators_forecast_is_neither_target_nor_result() -> None:
    assert _kinds("经济学家预测，今后三年全国经济年均增长6.3%以上。", year=2024,
                  region="100000") == []
    # the government's own estimate of the year is a result
    assert _kinds("预计全年地区生产总值增长5%。", year=2024, region="320000") == [
        ("result", "2024")]


def test_a_january_work_reports_estimates_are_of_the_year_just_ended() -> None:
    from plantrack.model import Document
    text = ("过去一年，全区圆满完成了全年目标任务。\n预计地区生产总值超过2100亿元，增长8.8%左右。")
    document = Document(name="d", text=text, url="http://x.cn/content/2018-01/24/c_1.htm")
    assert set(_kinds(document, region="440309")) == {("result", "2017")}


def test_a_work_reports_account_of_its_years_work_is_a_review() -> None:
    # (第一部分 2022年工作情况: its 实现…调控目标 is no aim of the figures after it)
    found = heading_kind("第一部分 2022年工作情况")
    assert found is not None
    assert found.value == "results"
    text = ("政府工作报告\n——2022年12月21日在甲区第三届人民代表大会第三次会议上\n"
            "第一部分 2022年工作情况\n今年,全区地区生产总值预计完成213亿元,增长4%,实现市政府"
            "调控目标;一般公共预算收入预计完成43.1亿元、同口径增长5.5%。\n")
    assert set(_kinds(text, region="110119")) == {("result", "2022")}


def test_a_december_reports_review_answers_the_striving_it_tells_of() -> None:
    # 奋力… in the review's sentence, then 完成…: what was reached, estimated in December
    text = ("——2023年12月18日在甲县第八届人民代表大会第三次会议上\n各位代表:\n"
            "一、2023年工作回顾\n2023年,我们奋力融入“五新四城”战略,加快建设“一县三地”,"
            "完成地区生产总值113.8亿元,增长6.5%(预计数,下同);地方一般公共预算收入8.3亿元,"
            "增长38.1%。\n")
    facts = extract(text, region="431226").facts
    assert {(f.kind, str(f.period)) for f in facts} == {("result", "2023")}
    assert len(facts) == 4


def test_a_heading_that_says_its_aims_were_met_is_a_review() -> None:
    met = heading_kind("一、全市人民团结奋斗,“十一五”目标任务胜利完成")
    assert met is not None
    assert met.value == "results"
    aiming = heading_kind("二、确保圆满完成全年目标任务")
    assert aiming is not None
    assert aiming.value == "targets"


def test_a_plan_after_a_years_review_is_of_the_next_year() -> None:
    # the plan's heading names no year (masked by the copy): the year after the review's
    text = ("甲市政府工作报告\n2022年甲市工作回顾\n2022年，全市地区生产总值增长5.2%。\n"
            "202*年全市发展主要预期目标\n固定资产投资增长7%以上。")
    assert _kinds(text, year=2022, region="140700") == [("result", "2022"), ("target", "2023")]


def test_a_completion_reports_targets_are_of_the_year_it_completes() -> None:
    # a report on a plan's completion holds that plan's own targets, not the next year's
    text = ("2023年重点工作任务完成情况\n一、确保完成全年主要预期目标\n"
            "地区生产总值增长8%左右。\n全年地区生产总值增长5.8%。")
    assert {period for _, period in _kinds(text, year=2023, region="341300")} == {"2023"}


def test_a_heading_that_says_the_main_targets_were_all_met_is_a_review() -> None:
    text = ("甲省2008年目标完成情况\n2008年初，省政府将全年目标分解落实。\n主要目标全面实现\n"
            "全省地区生产总值增长12.5%左右；城镇登记失业率3.25%。")
    assert {kind for kind, _ in _kinds(text, year=2008, region="320000")} == {"result"}
    aim = text.replace("主要目标全面实现", "确保全面实现主要目标")
    assert {kind for kind, _ in _kinds(aim, year=2008, region="320000")} == {"target"}


def test_a_heading_of_work_and_what_it_achieved_is_a_review() -> None:
    # 主要工作和成效, in a report written the next January: the year's results
    assert heading_kind("一、2016年主要工作和成效").value == "results"  # type: ignore[union-attr]
    text = ("甲省政府工作报告\n一、2016年主要工作和成效\n"
            "预计全年生产总值4.6万亿元、增长7.5%左右；一般公共预算收入增长9.8%。")
    assert set(_kinds(text, year=2016, region="330000")) == {("result", "2016")}


def test_a_heading_of_how_a_year_went_in_a_plan_is_a_review() -> None:
    # 一、2018年经济社会发展情况 in 2019's plan: the year before's results, not aims
    assert heading_kind("一、2018年经济社会发展情况").value == "results"  # type: ignore[union-attr]
    text = ("甲区2019年国民经济和社会发展计划\n一、2018年经济社会发展情况\n"
            "地区生产总值突破2400亿元，同比增长10.3%；规模以上工业总产值突破5000亿元。")
    assert set(_kinds(text, region="440309")) == {("result", "2018")}


def test_a_sub_heading_of_its_parents_kind_keeps_the_parents_year() -> None:
    # (一)…成效显著 ends the stretch of 一、2023年…执行情况, in a report of 2024's plan
    text = ("甲区2023年计划执行情况与2024年计划\n一、2023年国民经济和社会发展计划执行情况\n"
            "2023年以来，全区经济稳中向好。\n(一)协同发展成效显著\n全区地区生产总值增长5.5%。")
    assert _kinds(text, region="120116") == [("result", "2023")]


@pytest.mark.parametrize("mark", ["  1. ", "1、", "(1)", "（2）"])
def test_a_numbered_sub_heading_keeps_its_parents_year(mark: str) -> None:
    # 1. 主要指标完成情况 under 一、2024年…执行情况, in a report of 2025's plan: a third
    # level of the outline, numbered in figures, as much its parent's as (一)
    text = ("甲区2024年计划执行情况与2025年计划(草案)的报告\n一、2024年国民经济和社会发展计划"
            f"执行情况\n全区经济稳中向好。\n{mark}主要指标完成情况\n"
            "全年地区生产总值完成951.97亿元，增长5.2%。\n二、2025年主要目标\n"
            "地区生产总值增长6%左右。")
    assert sorted(_kinds(text, region="120116")) == [
        ("result", "2024"), ("result", "2024"), ("target", "2025")]


def test_the_share_of_a_years_plan_done_is_no_target() -> None:
    # 完成年度投资计划17.6% is progress; the quarter's growth after it is a result
    text = ("甲市项目建设\n第一季度，重大项目完成投资80亿元，完成年度投资计划17.6%，"
            "第一季度固定资产投资增长16.6%。")
    facts = extract(text, year=2022, region="451400").facts
    assert {(f.kind, str(f.period)) for f in facts if f.indicator == "fixed_asset_investment"
            } == {("result", "2022Q1")}


def test_effort_told_of_sets_no_target() -> None:
    # 奋力前行 (pressed on) holds 奋力, which strives for an aim elsewhere
    text = ("甲市经济\n面对经济下行压力，甲市奋力前行，交出一份答卷——全市上半年经济运行总体"
            "趋稳回升，实现生产总值926.18亿元，增长8.6%。")
    assert set(_kinds(text, year=2015, region="620100")) == {("result", "2015H1")}


def test_an_aim_a_purpose_clause_names_sets_no_target() -> None:
    text = ("甲市项目建设\n为进一步聚焦年度目标任务，全市重大产业项目二季度集中开工，"
            "开工重大产业项目112个。")
    assert set(_kinds(text, year=2022, region="321300")) == {("result", "2022Q2")}


def test_a_days_event_told_after_the_aims_is_what_was_done() -> None:
    text = ("甲市项目建设\n全市上下奋力夺取“双胜利”，4月22日，甲市举行二季度重大产业项目集中"
            "开工活动，开工重大产业项目112个。")
    assert set(_kinds(text, year=2022, region="321300")) == {("result", "2022Q2")}


def test_the_second_halfs_batch_started_on_the_day_told_is_what_was_done() -> None:
    # a ceremony on a day of July starts the second half's projects: what was done that
    # day; the second half's aims said that day stay aims
    text = ("甲市项目建设\n7月12日上午，甲市2017年下半年重点项目集中开工仪式举行，"
            "全市总投资777.3亿元的142个项目集中开工建设。")
    assert set(_kinds(text, year=2017, region="130500")) == {("result", "2017H2")}
    text = "甲市项目建设\n7月12日上午，甲市召开会议，下半年全市新开工重大项目30个以上。"
    assert set(_kinds(text, year=2017, region="130500")) == {("target", "2017H2")}


@pytest.mark.parametrize("title", ["甲市答卷——跨越赶超的五年", "甲市上半年GDP成绩单出炉"])
def test_a_report_card_in_the_title_reports_results(title: str) -> None:
    # 答卷 / 成绩单: a news title's report card of a period; its figures were reached
    text = f"{title}\n“十四五”期间，甲市高新技术企业达1029家。"
    assert {k for k, _ in _kinds(text, year=2025, region="130500")} == {"result"}


def test_a_target_word_opening_a_list_with_a_colon_in_a_review() -> None:
    # 主要预期目标为：… in a section a review's heading opened: the clauses after the
    # colon are the year's aims
    text = ("八大成效颂和谐\n2008年甲市实现生产总值2700亿元，增长14%。\n斥300亿建167重点项目\n"
            "「2009年将是甲市重要战略机遇期」，甲市长说，全年经济社会发展主要预期目标为："
            "地区生产总值增长11%，规模以上工业产值增长17%等。")
    kinds = set(_kinds(text, year=2009, region="350500"))
    assert ("target", "2009") in kinds
    assert ("result", "2008") in kinds
    assert ("result", "2009") not in kinds


def test_a_years_plan_as_adopted_holds_targets() -> None:
    assert heading_kind("2023年鄂尔多斯市国民经济和社会发展计划").value == "targets"  # type: ignore[union-attr]
    text = ("2023年甲市国民经济和社会发展计划\n2023年，是全面贯彻落实党的二十大精神的开局之年。"
            "地区生产总值增长6.5%左右，全社会固定资产投资增长15%以上。")
    assert set(_kinds(text, year=2023, region="150600")) == {("target", "2023")}


def test_a_heading_over_a_terms_goals_holds_targets() -> None:
    assert heading_kind("今后五年的重点目标").value == "targets"  # type: ignore[union-attr]
    assert heading_kind("未来五年") is not None


def test_a_title_estimating_what_a_plan_reached_reports_results() -> None:
    # 预计完成 in the title: the figures are the plan period's estimated results, though
    # each is said 左右 as a target would be
    text = ("甲市“十三五”规划《纲要》预计完成28项指标\n"
            "“十三五”期间，全市地区生产总值年均增长7.5%左右；"
            "预计2020年全市地区生产总值达到5800亿元左右。")
    assert {k for k, _ in _kinds(text, year=2020, region="130500")} == {"result"}


def test_the_years_plan_a_result_is_measured_against_is_its_target() -> None:
    # 完成年计划710亿元的89.4%: the plan's figure is the year's target; the growth after a
    # bracketed aside (主要是规模以上工业产值未达到预期目标) is not of what the aside names
    text = ("甲区2022年计划执行情况\n初步预计,全区地区生产总值635亿元,完成年计划710亿元的89.4%,"
            "增长2.0%。第二产业增加值323亿元,完成年计划362亿元的89.2%(主要是规模以上工业产值"
            "未达到预期目标),下降2.0%;固定资产投资300亿元,完成年度计划385亿元的77.9%,下降18.4%。")
    facts = extract(text, year=2022, region="350304").facts
    assert {(f.kind, f.indicator, f.quantity.value) for f in facts
            if f.indicator in ("gdp", "fixed_asset_investment", "industrial_output")} == {
        ("result", "gdp", Decimal("63500000000")), ("target", "gdp", Decimal("71000000000")),
        ("result", "gdp", Decimal("2.0")),
        ("result", "fixed_asset_investment", Decimal("30000000000")),
        ("target", "fixed_asset_investment", Decimal("38500000000")),
        ("result", "fixed_asset_investment", Decimal("-18.4"))}


def test_an_estimate_of_this_year_in_a_january_report_is_no_figure_of_the_last() -> None:
    # 今年…预计增长8.5% in a report given in January: the year's aim, not the preliminary
    # figure of the year just ended (初步预计，2015年…增长9%)
    text = ("甲省政府工作报告\n福建省十二届人大四次会议1月11日开幕。报告指出,据初步预计,"
            "2015年全省生产总值2.59万亿元,增长9%。报告称,今年全省生产总值预计增长8.5%,地方一般公共预算收入增长6.5%。")
    facts = extract(text).facts
    assert {(type(f).__name__, str(f.period), f.quantity.value) for f in facts
            if f.measure == "growth"} == {("Result", "2015", Decimal("9")),
                                          ("Goal", "2016", Decimal("8.5")),
                                          ("Goal", "2016", Decimal("6.5"))}


def test_a_plans_execution_in_a_title_is_a_review_not_a_review_and_a_plan() -> None:
    # 国民经济和社会发展计划执行情况: the plan's execution reviewed (社会发展计划 runs into
    # 执行情况); with next year's 计划草案 too, both
    title = title_kind("一、2024年国民经济和社会发展计划执行情况")
    assert title is not None
    assert title.value == "results"
    both = title_kind("2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展"
                      "计划草案的报告")
    assert both is not None
    assert both.value == "mixed"
    drafted = title_kind("2022年国民经济和社会发展计划执行情况和2023年国民经济计划执行草案")
    assert drafted is not None
    assert drafted.value == "mixed"
    # 其余均实现预期目标，具体表现为: the aims met, a review's lead-in; 确保实现预期目标 an aim
    met = heading_kind("21项计划指标中，其余均实现预期目标，具体表现为：")
    assert met is not None
    assert met.value == "results"
    aimed = heading_kind("确保实现预期目标")
    assert aimed is not None
    assert aimed.value == "targets"


def test_difficulties_striven_against_set_no_aim_for_the_figures_after() -> None:
    # 努力克服…新挑战，…，地区生产总值增长5.2%: what the year came to, in its review
    text = ("一、2024年国民经济和社会发展计划执行情况\n2024年是关键之年。"
            "一年来,全区交出了一份答卷。\n"
            "── 主要发展指标全面回稳。努力克服区域经济爬坡过坎的新挑战,有力应对各种冲击,"
            "地区生产总值增长5.2%,一般公共预算收入增长5%。\n")
    facts = extract(text, region="110115").facts
    assert {(f.kind, str(f.period)) for f in facts} == {("result", "2024")}
