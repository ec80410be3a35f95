"""Periods a sentence speaks of, not the ones it compares with or names in passing."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

from plantrack import extract
from plantrack.extract.timing import listed_periods
from plantrack.testing import run_extractor


def _periods(text: str, year: int, extractor: str = "generic") -> set[tuple[str, str, str]]:
    extraction = run_extractor(extractor, text, year=year)
    return {(f.indicator, f.measure, str(f.period)) for f in extraction.facts}


def test_a_period_after_bi_or_jiao_is_a_comparison_base() -> None:
    text = ("南通市2023年前三季度经济运行\n1-9月，全市规模以上工业增加值同比增长7.3%，"
            "增速比1-8月提高0.4个百分点。全市固定资产投资同比下降3.5%。")
    assert ("fixed_asset_investment", "growth", "2023-01..2023-09") in _periods(text, 2023)


def test_last_year_after_xiangjiaoyu_is_a_comparison_base() -> None:
    text = ("江西省2019年前三季度各市经济\n前三季度，各市经济相较于去年增长不少，"
            "其中九江市地区生产总值为2100.5亿元。")
    assert _periods(text, 2019) == {("gdp", "level", "2019-01..2019-09")}


def test_a_year_after_xiangdui_is_a_comparison_base(in_script: InScript) -> None:
    # 相对2019年 (于 left out) compares; the list's rates are the year the text reports
    text = in_script("河南省各地市城镇登记失业率\n2020年,全省城镇登记失业率为3.24%。年底登记失业"
                     "人数相对2019年减少的城市有2个,分别是洛阳市和开封市,这些城市的失业率分别是"
                     "3.67%和2.56%。")
    got = {(f.region, str(f.period)) for f in extract(text, region="410000").facts}
    assert got == {("410000", "2020"), ("410300", "2020"), ("410200", "2020")}


def test_a_year_after_bi_is_no_period_of_its_own() -> None:
    text = ("南通市\n2022年末，全市高新技术企业总数达到930家，比2020年末净增300家；"
            "上市企业累计达到12家。")
    found = _periods(text, 2023)
    assert ("listed_companies", "level", "2022") in found


def test_a_period_naming_a_trend_is_not_reported() -> None:
    text = ("上半年江苏经济\n上半年，连云港市延续一季度地区生产总值增长态势，"
            "地区生产总值同比增长12.9%。")
    assert _periods(text, 2023) == {("gdp", "growth", "2023H1")}


def test_a_quarter_naming_a_set_of_measures_is_no_period() -> None:
    text = ("南通市通州区2024年计划执行情况\n2024年，出台冲刺四季度20条等政策措施。"
            "规模以上工业增加值增长11.3%。")
    assert _periods(text, 2024) == {("industrial_value_added", "growth", "2024")}


def test_yearly_growth_to_the_plans_last_year_recurs_over_the_span() -> None:
    text = ("某市“十四五”规划纲要\n到2025年，全市地区生产总值力争达到2万亿元左右，"
            "年均增长6%左右。")
    extraction = run_extractor("five-year", text, year=2021)
    growth = [f for f in extraction.facts if f.measure == "growth"]
    assert [(str(f.period), f.per) for f in growth] == [("2021..2025", "year")]


def test_yearly_growth_does_not_carry_past_a_new_year() -> None:
    text = ("广州市“十四五”规划纲要\n经济发展进入全新阶段，年均增长6%左右，"
            "到2025年，地区生产总值达到3.5万亿元。")
    extraction = run_extractor("generic", text, year=2021)
    level = [f for f in extraction.facts if f.measure == "level"]
    assert [(str(f.period), f.per) for f in level] == [("2025", None)]


def test_a_month_alone_is_that_month() -> None:
    text = ("国家统计局\n1—9月份，社会消费品零售总额353564亿元，同比增长3.3%。"
            "9月份，社会消费品零售总额41112亿元，同比增长3.2%。")
    assert _periods(text, 2024) == {
        ("retail_sales", "level", "2024-01..2024-09"),
        ("retail_sales", "growth", "2024-01..2024-09"),
        ("retail_sales", "level", "2024-09"), ("retail_sales", "growth", "2024-09")}


def test_a_month_right_after_its_year_is_that_month_and_a_date_is_not() -> None:
    text = ("某县工业经济简况\n今年6月全县实现规上工业产值20.6亿元，同比负增长3.1%。"
            "2010年5月15日，全县社会消费品零售总额12.5亿元。")
    assert _periods(text, 2010) == {
        ("industrial_output", "level", "2010-06"), ("industrial_output", "growth", "2010-06"),
        ("retail_sales", "level", "2010")}


def test_a_half_compared_with_does_not_make_a_half_year_report() -> None:
    text = ("某市前三季度经济运行\n前三季度，全市地区生产总值同比增长4.6%，"
            "增速比上半年加快0.8个百分点。\n9月份，全市居民消费价格同比下降0.3%。")
    assert ("cpi", "growth", "2023-09") in _periods(text, 2023)


def test_yearly_growth_stays_in_its_segment() -> None:
    text = ("某区“十四五”中期评估\n到2025年，全区地区生产总值年均增长6%左右；"
            "高新技术企业数量超过5000家。")
    extraction = run_extractor("five-year", text, year=2023)
    stock = [f for f in extraction.facts if f.indicator == "high_tech_enterprises"]
    assert [(str(f.period), f.per) for f in stock] == [("2025", None)]


def test_a_total_over_the_plan_said_after_its_last_year() -> None:
    text = ("某区“十四五”中期评估\n到2025年，高新技术企业数量超过5000家。"
            "“十四五”期间累计完成全社会固定资产投资1.2万亿元以上。")
    extraction = run_extractor("five-year", text, year=2023)
    fai = [f for f in extraction.facts if f.indicator == "fixed_asset_investment"]
    assert [str(f.period) for f in fai] == ["2021..2025"]


def test_to_date_runs_to_the_publication_month_from_metadata():
    from datetime import date

    import plantrack

    text = "截至目前，通州区已招引科创项目48个。"
    dated = plantrack.extract(plantrack.Document(name="d.txt", text=text,
                                                 published=date(2023, 2, 28)),
                              region="320612")
    assert [str(f.period) for f in dated.facts] == ["2023-01..2023-02"]
    undated = plantrack.extract(text, year=2023, region="320612")
    assert [str(f.period) for f in undated.facts] == ["2023"]


def test_a_range_of_years_gives_each_value_its_year() -> None:
    from plantrack import extract

    text = "二○二一至二○二四年，广东GDP年增率分别为八%、一点九%、四点八%、三点五%。"
    got = [(str(f.quantity.value), str(f.period)) for f in extract(text, year=2026,
                                                                   region="440000").facts]
    assert got == [("8", "2021"), ("1.9", "2022"), ("4.8", "2023"), ("3.5", "2024")]


def test_signed_project_counts_in_news_are_results() -> None:
    from plantrack import extract
    from plantrack.model import Result

    facts = extract("2020年4月，高邮市签约项目58个、总投资208亿元。").facts
    assert facts
    assert all(isinstance(f, Result) for f in facts)
    plan = extract("2020年主要目标：力争签约项目60个以上。").facts
    assert plan
    assert not any(isinstance(f, Result) for f in plan)


def test_shouji_is_the_first_quarter() -> None:
    # 首季 (the first quarter), in a text that also names the five-year plan it opens
    text = ("某市经济运行\n在“十四五”开局之年，南通市实现首季“开门红”：全市地区生产总值完成"
            "2667.3亿元，增长16.6%。")
    assert _periods(text, 2021) == {("gdp", "level", "2021Q1"), ("gdp", "growth", "2021Q1")}


def test_a_quarter_written_without_its_du_is_that_quarter(in_script: InScript) -> None:
    # 第一季 (Taiwan's and Hong Kong's papers leave out 度): the first quarter, after the
    # first four months just reported
    text = in_script("某省外贸数据\n某省今年前四月进出口年减0.7%。第一季,进出口总额年增"
                     "0.03%。第三季,出口增长6.2%。")
    assert _periods(text, 2023) == {("foreign_trade", "growth", "2023-01..2023-04"),
                                    ("foreign_trade", "growth", "2023Q1"),
                                    ("exports", "growth", "2023Q3")}


def test_a_rate_a_progression_starts_from_is_the_year_befores(in_script: InScript) -> None:
    # 从10%上升到了11.5%: the reached rate the year's, the one it rose from the year
    # before's (了 after the verb changes nothing); over a plan's span, the base is no
    # longer the year before's
    text = in_script("各省GDP增速\n甲省2016年的GDP增速从10%上升到了11.5%。")
    facts = {(str(f.period), f.quantity.value) for f in extract(text).facts}
    assert facts == {("2015", Decimal("10")), ("2016", Decimal("11.5"))}
    span = in_script("各省GDP增速\n“十三五”期间,甲省的GDP增速从10%回落到6.5%。")
    facts = {(str(f.period), f.quantity.value) for f in extract(span).facts}
    assert ("2015", Decimal("10")) not in facts


def test_a_part_right_after_last_year_is_of_the_year_before() -> None:
    text = ("某省经济\n去年一季度，全省实现生产总值4147.22亿元。"
            "去年经济总量突破3000亿元的甲市，一季度地区生产总值同比增长6.7%。")
    found = _periods(text, 2018)
    assert {("gdp", "level", "2017Q1"), ("gdp", "growth", "2018Q1")} <= found
    assert ("gdp", "growth", "2017Q1") not in found


def test_a_past_years_aims_under_a_targets_heading_are_targets() -> None:
    text = ("某省经济成绩单\n2017年年初，某省政府工作报告对全省经济社会发展主要预期目标是："
            "生产总值增长8%左右，固定资产投资增长10%左右。转眼一年已过。\n")
    found = {(f.kind, f.indicator, str(f.period))
             for f in extract(text, year=2018).facts}
    assert found == {("target", "gdp", "2017"), ("target", "fixed_asset_investment", "2017")}


def test_a_part_in_the_clause_last_year_opens_is_of_the_year_before() -> None:
    # 在去年的…一季度…会上: the quarter is last year's, and so is what 当时 then tells;
    # a part said after a clause break is this year's again
    text = ("在去年的某某市一季度经济形势分析会上，当时某某市地区生产总值增速降至4.7%。"
            "去年经济总量突破3000亿元的某某市，一季度地区生产总值增长9.7%。")
    facts = extract(text, year=2016, region="460000").facts
    assert [(str(f.period), f.quantity.value) for f in facts if f.measure == "growth"] == [
        ("2015Q1", Decimal("4.7")), ("2016Q1", Decimal("9.7"))]


def test_last_year_after_a_reports_year_is_the_year_before_it() -> None:
    # 该省2017年政府工作报告显示，去年…: the report is 2017's, the figure 2016's; and the
    # aim told before 而 is not what the figure after it is
    text = ("年初，某某省将GDP增长目标设定为6%左右，而该省2017年政府工作报告显示，"
            "某某省去年GDP的实际增幅为4.5%左右。")
    facts = extract(text, year=2016, region="140000").facts
    assert [(f.kind, str(f.period), f.quantity.value) for f in facts] == [
        ("target", "2016", Decimal("6")), ("result", "2016", Decimal("4.5"))]


def test_last_year_inside_a_review_headed_by_its_year_is_that_year() -> None:
    # 一、2014年工作回顾 / 过去一年，…: the review's year, whatever date a repost carries
    text = ("2015年某某市政府工作报告\n时间:2021-09-30 00:00:00\n\n一、2014年工作回顾\n\n"
            "过去一年，经济社会发展取得新成绩。全市实现生产总值3387.51亿元，增长7.5%。")
    facts = extract(text, region="331000").facts
    assert {str(f.period) for f in facts} == {"2014"}


def test_until_a_day_of_a_month_is_the_months_so_far() -> None:
    # 截至2月25日 in a page of February: January and February of the page's year
    text = ("2020-02-27 18:12:57 中国新闻网\n截至2月25日，某某省新开工重大项目344个，"
            "占一季度计划开工项目数的79.6%。")
    facts = extract(text, region="520000").facts
    assert [(str(f.period), f.quantity.value) for f in facts] == [
        ("2020-01..2020-02", Decimal("344"))]


def test_parts_of_the_year_a_rate_went_through_are_each_their_own() -> None:
    # 从一季度…5.2%，到上半年的7.5%、前三季度的7.2%，再到全年的6.9%: each stage a clause
    # of a part alone, the rate the indicator's; 全年 said is the whole year even in a
    # text whose report runs to September
    text = ("甲市前三季度经济运行\n从一季度GDP增速5.2%，到上半年的7.5%、前三季度的7.2%，"
            "再到全年的6.9%，经济走出一条回升向好的曲线。")
    got = {(str(f.period), f.quantity.value) for f in extract(
        text, year=2023, region="330300").facts if f.indicator == "gdp"}
    assert got == {("2023Q1", Decimal("5.2")), ("2023H1", Decimal("7.5")),
                   ("2023-01..2023-09", Decimal("7.2")), ("2023", Decimal("6.9"))}


def test_the_years_task_named_is_no_period() -> None:
    # 完成全年任务的45%: the year's goal, not the period of the figures after it
    text = ("甲区上半年经济运行\n上半年，固定资产投资同比增长1.8%，完成全年任务的45%左右，"
            "其中工业投资同比增长6.3%。")
    assert ("industrial_investment", "growth", "2022H1") in _periods(text, 2022)


def test_the_whole_year_said_in_one_sentence_is_not_carried_to_the_next() -> None:
    text = ("甲省前三季度经济运行\n前三季度，全省农业增加值增长3.6%。秋粮生产总体稳定，"
            "全年粮食有望再获丰收。蔬菜产量3595.31万吨，增长3.4%。")
    assert ("vegetable_output", "level", "2025-01..2025-09") in _periods(text, 2025)


def test_this_year_so_far_after_a_named_years_figures_is_the_documents_year() -> None:
    # 2012年…。今年以来继续保持良好发展态势，1—6月…: 今年以来 (in a trend's clause too)
    # is back in the document's year, not the year named before it
    for opening in ("今年以来继续保持良好发展态势，1—6月", "今年以来，1—6月"):
        text = (f"甲市\n2012年全市实现生产总值2547亿元，比上年增长10.7%。{opening}"
                "实现生产总值1345.9亿元，同比增长10.5%。")
        assert ("gdp", "level", "2013-01..2013-06") in _periods(text, 2013)


def test_a_trends_period_since_the_years_start_is_no_period_of_the_figures() -> None:
    text = ("甲省前5个月工业经济\n今年1月至5月，全省规上工业增加值同比增长5.3%，继续保持年初以来的"
            "增长势头；累计完成工业固定资产投资同比增长15.9%。")
    assert ("industrial_investment", "growth", "2023-01..2023-05") in _periods(text, 2023)


def test_the_quarters_so_far_written_with_figures() -> None:
    for part in ("前3季度", "1-3季度", "一至三季度"):
        text = f"甲州经济\n2025年{part}全州经济增长5.5%。"
        assert _periods(text, 2025) == {("gdp", "growth", "2025-01..2025-09")}, part
    assert _periods("甲州经济\n2025年1-2季度全州经济增长5.5%。", 2025) == {
        ("gdp", "growth", "2025H1")}
    assert _periods("甲州经济\n2025年三季度全州经济增长5.5%。", 2025) == {
        ("gdp", "growth", "2025Q3")}


def test_a_rank_moved_from_last_years_is_no_period_for_the_next_sentence() -> None:
    text = ("2025年1-4月,梅州各县财政收入出炉。\n兴宁市前4月地方财政收入累计金额达到了3.29亿元,"
            "从上年同期的全市第三,一举登顶全市!与上年同期相比,兴宁市财政收入同比增长率达到了22.7%。")
    got = {(f.measure, str(f.period)) for f in extract(text, region="441400").facts}
    assert got == {("level", "2025-01..2025-04"), ("growth", "2025-01..2025-04")}


def test_a_level_moved_from_last_years_is_last_years_and_the_next_sentence_this_years(
        in_script: InScript) -> None:
    text = in_script("潍坊市2021年国民经济和社会发展统计公报\n"
                     "年末常住人口城镇化率由上年的60.1%提高到61.2%。三次产业结构由上年的9.1:39.8:51.1"
                     "调整为9.0:40.4:50.6。全市实现生产总值7010.6亿元。")
    got = {(f.indicator, f.measure, str(f.quantity.value), str(f.period))
           for f in extract(text, region="370700").facts}
    assert got == {("urbanisation_rate", "level", "60.1", "2020"),
                   ("urbanisation_rate", "level", "61.2", "2021"),
                   ("gdp", "level", "701060000000.0", "2021")}


def test_a_rates_level_said_with_the_word_it_fell_by_is_a_level(in_script: InScript) -> None:
    text = in_script("某市2021年统计公报\n城镇登记失业率由上年的3.5%下降为3.2%。")
    got = {(f.measure, str(f.quantity.value), str(f.period))
           for f in extract(text, region="370700").facts}
    assert got == {("level", "3.5", "2020"), ("level", "3.2", "2021")}


def test_a_growth_rate_moved_from_last_years_keeps_the_rate_it_reached(
        in_script: InScript) -> None:
    # 回升到 and 降至 join the two rates as 提高到 does; the rate reached is a growth too
    text = in_script("某省2018年经济运行情况\n2018年，全省地区生产总值增速从2017年的4.2%回升到"
                     "5.7%，常住人口城镇化率从2017年的42.2%降至41.9%。")
    got = {(f.indicator, f.measure, str(f.quantity.value), str(f.period))
           for f in extract(text, region="210000").facts}
    assert got == {("gdp", "growth", "4.2", "2017"), ("gdp", "growth", "5.7", "2018"),
                   ("urbanisation_rate", "level", "42.2", "2017"),
                   ("urbanisation_rate", "level", "41.9", "2018")}


def test_a_paragraph_opening_with_qizhong_goes_on_in_the_period_of_the_one_above(
        in_script: InScript) -> None:
    text = in_script("浙江十大强县\n2023年,慈溪全市实现地区生产总值2639.45亿元。\n\n"
                     "其中,慈溪的第二产业增加值1558.93亿元。\n")
    # (a page of 2024: a paragraph naming no year is the page's year's)
    got = {(f.indicator, str(f.period))
           for f in extract(text, region="330282", year=2024).facts}
    assert got == {("gdp", "2023"), ("secondary_value_added", "2023")}


def test_a_story_early_in_a_year_on_the_year_before_gives_its_unyeared_rates_to_that_year(
        in_script: InScript) -> None:
    # dated in its text in February, naming its own year only in that date: the figures
    # it reports without a year (a new paragraph's) are the year before's, while 今年's aim
    # is the year it is written in
    text = ("郑州各区经济排名\n2017年,郑州各区发展如何?2018年2月23日,记者从郑州市统计局获悉,"
            "2017年,郑州GDP总量9130.17亿元。\n在各区中,金水区GDP最高,为1203.43亿元,同比增长9.5%。\n"
            "今年郑州经济增长预期目标确定为8.5%左右。")

    def read(text: str) -> set[tuple[str, str, str, Decimal]]:
        return {(type(f).__name__, f.region_name, str(f.period), f.quantity.value)
                for f in extract(in_script(text)).facts}

    facts = read(text)
    assert ("Result", "金水区", "2017", Decimal("9.5")) in facts
    assert ("Goal", "郑州市", "2018", Decimal("8.5")) in facts
    # one that names its own year other than in its date (2018年郑州…) speaks of it
    assert ("Result", "金水区", "2018", Decimal("9.5")) in read(text.replace("今年", "2018年"))


def test_an_aside_on_the_same_months_last_year_is_not_carried_on(in_script: InScript) -> None:
    # 去年同期为下降3.6% closes the sentence: its own clause is of last year's months, and
    # the next sentence is back in the months reported (1-2月 of 2015), not in 2014
    text = in_script("2015年1-2月中部出口情况\n1-2月,中部地区出口304亿美元,同比增长29.7%,"
                     "去年同期为下降3.6%。增速较快的湖南、山西分别增长1.2倍和47.9%。")
    got = {(f.region_name, f.quantity.value, str(f.period)) for f in extract(text).facts}
    assert got == {("湖南省", Decimal("120.0"), "2015-01..2015-02"),
                   ("山西省", Decimal("47.9"), "2015-01..2015-02")}


def test_periods_listed_before_fenbie_each_date_their_figure(in_script: InScript) -> None:
    # 一季度、上半年、前三季度、全年分别增长…: the i-th figure is the i-th period's, the
    # name before the list no other subject's; 第一、第二季度 share their 季度
    text = in_script(
        "山西省2017年政府工作报告\n2016年,地区生产总值一季度、上半年、前三季度、全年分别增长"
        "3%、3.4%、4%、4.5%。进出口规模逐季抬升,第一、第二季度分别进出口2401亿元、2505.6亿元。")
    got = {(f.indicator, f.quantity.value, str(f.period)) for f in extract(text).facts}
    assert got == {("gdp", Decimal(3), "2016Q1"), ("gdp", Decimal("3.4"), "2016H1"),
                   ("gdp", Decimal(4), "2016-01..2016-09"), ("gdp", Decimal("4.5"), "2016"),
                   ("foreign_trade", Decimal("240100000000"), "2016Q1"),
                   ("foreign_trade", Decimal("250560000000.0"), "2016Q2")}


def test_a_list_of_regions_before_fenbie_is_no_list_of_periods() -> None:
    for text, periods in (("苏州、无锡分别增长", []),
                          ("2019年和2020年分别增长", ["2019年", "2020年"]),
                          ("今年以来,外贸逐季抬升,第一、第二季度分别", ["第一季度", "第二季度"])):
        assert listed_periods(text, 0, text.index("分别"))[1] == periods


def test_a_multiples_base_year_with_its_measure_named_dates_nothing_after_it(
        in_script: InScript) -> None:
    # 是2016年增幅的2.5倍多: the base of a multiple, not the period of the total after it;
    # and the total's own clause (总数达) says it is a level, not the clause between
    text = in_script("2017年,甲省高新技术企业新增1079家,是2016年增幅的2.5倍多,总数达3174家。")
    got = {(f.measure, f.quantity.value, str(f.period))
           for f in extract(text, region="130000").facts}
    assert got == {("increase", Decimal("1079"), "2017"), ("level", Decimal("3174"), "2017")}


def test_a_month_that_qi_zhong_opens_is_a_period_of_the_figure_before(
        in_script: InScript) -> None:
    # 其中5月份增长14.9%, 其中6月增速达到8.8%: that month's own growth of the indicator the
    # months before were of; 其中餐饮收入…, a part, is another subject
    text = in_script("甲市1-5月经济运行\n1-5月，全市社会消费品零售总额362.1亿元，同比增长8.8%，"
                     "增速比1-4月加快1.6个百分点，其中5月份增长14.9%。1-5月，全市规模以上工业总产值"
                     "298.4亿元，同比增长3.7%，其中5月增速达到8.8%。")
    got = {(f.indicator, f.measure, f.quantity.value, str(f.period))
           for f in extract(text, year=2024).facts if f.measure == "growth"}
    assert got == {("retail_sales", "growth", Decimal("8.8"), "2024-01..2024-05"),
                   ("retail_sales", "growth", Decimal("14.9"), "2024-05"),
                   ("industrial_output", "growth", Decimal("3.7"), "2024-01..2024-05"),
                   ("industrial_output", "growth", Decimal("8.8"), "2024-05")}


def test_a_month_after_qi_zhong_and_a_comma_is_the_city_s_own_month(
        in_script: InScript) -> None:
    # 其中,3月同比增长6.3% after 高于全国全省 (two yardsticks, no mark between them): March's
    # growth of the city's industry, neither the province's nor the quarter's
    text = in_script("乙市一季度经济运行\n一季度，全市规模以上工业增加值同比增长2.8%，增速分别高于"
                     "全国全省11.2和3.7个百分点。其中，3月同比增长6.3%。")
    got = {(f.region_name, f.indicator, f.quantity.value, str(f.period))
           for f in extract(text, year=2020, region="511500").facts}
    assert got == {("宜宾市", "industrial_value_added", Decimal("2.8"), "2020Q1"),
                   ("宜宾市", "industrial_value_added", Decimal("6.3"), "2020-03")}


def test_a_quarter_summed_from_january_is_the_stretch_to_its_end(in_script: InScript) -> None:
    # 第二季度GDP累计: the first half; 第三季度…累计 the first three quarters; 第四季度…累计 the
    # year (kept once beside the year's own figure); a quarter said alone is that quarter
    text = in_script("2022年某县统计公报\n全县地区生产总值120.5亿元,增长1.8%。"
                     "第一季度GDP累计同比增长3.0%,第二季度GDP累计同比增长2.4%,"
                     "第三季度GDP累计同比增长2.2%,第四季度GDP累计同比增长1.8%。")
    assert {(str(f.period), f.quantity.value) for f in extract(text, region="532923").facts
            if f.measure == "growth"} == {
        ("2022", Decimal("1.8")), ("2022Q1", Decimal("3.0")), ("2022H1", Decimal("2.4")),
        ("2022-01..2022-09", Decimal("2.2"))}


def test_a_change_on_the_last_month_ends_where_the_whole_year_is_named(
        in_script: InScript) -> None:
    # 各月CPI环比涨跌幅均在1.0%以内,全年CPI累计上涨2.6%: the year's rise is on the year
    # before, not on a month
    text = in_script("2014年某县统计公报\n物价总体平稳。各月CPI环比涨跌幅均在1.0%以内,"
                     "全年CPI累计上涨2.4%。")
    assert {(f.indicator, f.quantity.value) for f in extract(text, region="422823").facts} == {
        ("cpi", Decimal("2.4"))}


def test_a_year_in_an_aside_closed_before_the_figure_dates_nothing(in_script: InScript) -> None:
    # 一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上: the list goes on
    # with the year's targets, not 2022's results
    text = in_script("某县政府工作报告\n2023年经济社会发展的主要预期目标建议为:"
                     "地区生产总值增长8%以上;"
                     "一般公共预算支出(扣除2022年灾后重建专项资金支出外)增长3%以上;"
                     "规模以上工业增加值增长12%以上。")
    got = {(f.indicator, f.kind, str(f.period)) for f in extract(text, region="532922").facts}
    assert got == {("gdp", "target", "2023"), ("general_budget_expenditure", "target", "2023"),
                   ("industrial_value_added", "target", "2023")}

