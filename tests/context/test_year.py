"""The document's year: decided once, from evidence, with its cue (plantrack.context.year)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from plantrack import extract
from plantrack.context.year import decide_year, heading_year, url_date
from plantrack.model import WEAK_CONFIDENCE, Document
from plantrack.text.clean import clean


def _year(text: str, **meta: object) -> tuple[int | str | None, float, str]:
    document = Document(name="d", text=text, **meta)  # type: ignore[arg-type]
    decision = decide_year(clean(text).text, document)
    return decision.value, decision.confidence, decision.cue


def test_a_bulletin_published_the_next_spring_reports_the_year_before() -> None:
    text = "某市统计局\n2024年3月15日\n2023年，全市经济运行稳中有进，全年地区生产总值增长5%。"
    year, confidence, cue = _year(text)
    assert year == 2023
    assert "published 2024" in cue
    assert confidence >= 0.6


@pytest.mark.parametrize("title", ["某县2023年政府工作报告(20221223)",
                                   "2023年某县政府工作报告(2022年12月29日)"])
def test_a_work_report_given_the_december_before_its_year_reviews_that_year(
        title: str) -> None:
    # a county's report for 2023 given in December 2022: its 今年以来…全年 figures are
    # 2022's, its aims 2023's
    text = (f"{title}\n各位代表:\n一、回顾全年工作\n今年以来,全县较好完成了主要目标任务。"
            "全年完成地区生产总值595亿元,增长5.5%(预计)。\n二、2023年工作安排\n"
            "2023年主要预期目标:地区生产总值增长6.5%左右。")
    decision = decide_year(clean(text).text, Document(name="d.txt", text=text))
    assert decision.value == 2022
    facts = extract(Document(name="d.txt", text=text), region="430321").facts
    assert {(f.kind, str(f.period), str(f.quantity.value)) for f in facts} == {
        ("result", "2022", "59500000000"), ("result", "2022", "5.5"),
        ("target", "2023", "6.5")}


@pytest.mark.parametrize("dateline", ["23.07.2015  12:56", "2015.07.23"])
def test_a_dateline_with_dots_dates_a_news_item(dateline: str) -> None:
    text = f"上半年全市GDP同比增长9.6%\n\n{dateline}\n\n上半年，全市实现地区生产总值3876.32亿元。"
    year, _, cue = _year(text)
    assert year == 2015
    assert "2015" in cue


def test_a_month_alone_on_its_line_dates_a_bulletin() -> None:
    # the issuing bureaus, then the month the bulletin came out, then the year it reports
    text = ("某市统计局\n国家统计局某市调查队\n2021年4月\n"
            "2020年，全市经济持续恢复。全年地区生产总值增长3%。")
    year, _, cue = _year(text)
    assert year == 2020
    assert "2021年4月" in cue
    # a month inside a sentence is no dateline
    assert _year("某市统计局\n全市2021年4月起实施新办法，2021年全年增长3%。")[0] == 2021



@pytest.mark.parametrize("bracketed", ["(2021年2月)", "（2021年2月）"])
def test_a_month_alone_in_brackets_at_the_head_dates_a_bulletin(bracketed: str) -> None:
    text = f"{bracketed}\n2020年，全区上下克服疫情影响。全年实现地区生产总值512.30亿元，增长4.1%。"
    year, _, cue = _year(text)
    assert year == 2020
    assert "2021年2月" in cue
    # a review that opens on its year says the aims it met (确保了…预期目标的完成)
    met = (f"某市统计局\n{bracketed}\n2020年是全面建成小康社会的重要之年。一年来，全市"
           "确保了年初确定的预期目标的圆满完成，为今后发展奠定了基础。全年实现地区生产总值"
           "512.30亿元，增长4.1%。")
    assert _year(met)[0] == 2020


def test_a_base_of_the_same_period_dates_a_text_that_names_no_year_a_year_on() -> None:
    text = ("6月15日，记者从海关获悉，1-5月某省进出口总值3407.9亿元，较2020年同期(下同)"
            "增长14.9%，其中出口1940.4亿元，增长21.4%。")
    year, confidence, cue = _year(text)
    assert (year, confidence) == (2021, 0.3)
    assert "2020" in cue
    # a year the text names is the one it reports, whatever base it compares with
    assert _year("2022年1-5月，某省进出口总值增长5%，较2020年同期增长20%。")[0] == 2022


def test_two_year_average_growth_dates_a_text_that_names_no_year_to_2021_weakly() -> None:
    text = "1-10月，全市规模以上工业增加值319.88亿元，同比增长14.7%，两年平均增长8.9%。"
    year, confidence, cue = _year(text)
    assert year == 2021
    assert confidence < WEAK_CONFIDENCE  # a guess: flagged
    assert "两年平均" in cue
    # a year the text names wins
    assert _year("2022年1-2月，规模以上工业增加值同比增长7.5%，两年平均增长6.1%。")[0] == 2022
    assert _year("1-10月，规模以上工业增加值同比增长14.7%。")[0] is None


def test_a_report_that_speaks_of_this_year_keeps_its_publication_year() -> None:
    text = "2024年3月1日\n2023年全市地区生产总值增长5%。今年预期增长5%左右。"
    assert _year(text)[0] == 2024


def test_a_repost_dated_years_later_takes_the_years_it_reports() -> None:
    text = "某县2018年经济运行情况：2018年，全县地区生产总值增长6%，2017年增长7%。"
    year, confidence, _ = _year(text.replace("某县2018年经济运行情况：", ""),
                                published=date(2023, 5, 1))
    assert year == 2018
    assert confidence < 0.8


def test_a_text_of_now_naming_an_old_year_once_is_no_repost() -> None:
    text = ("今年以来，全省工业保持较快增长。前三季度全省规模以上工业增加值增长13.6%，"
            "前9个月累计实现3463.4亿元，超过历史上第二高位的2008年。")
    assert _year(text, published=date(2011, 10, 26))[0] == 2011
    # named twice, the old year is the one a repost copies
    again = text + "2008年全省规模以上工业增加值增长15%。"
    assert _year(again, published=date(2011, 10, 26))[0] == 2008


def test_a_reposts_year_is_one_it_reports_not_a_horizon_it_aims_at() -> None:
    text = ("2015年，全县围绕到2018年全面建成小康社会目标，统筹做好各项工作。"
            "2015年全县地区生产总值比上年增长13.1%。")
    year, _, _ = _year(text, published=date(2023, 5, 1))
    assert year == 2015


def test_a_dateline_in_the_text_is_its_own_date_not_a_reposts() -> None:
    # a news story of 2026 that names only earlier years (二○二一至二○二四年…)
    text = ("2026-01-27 某省两会召开，去年全省GDP增长3.9%。"
            "2021至2024年，全省GDP分别增长8%、1.9%、4.8%、3.5%。今年预期增长5%左右。")
    assert _year(text)[0] == 2026


def test_a_provincial_congress_session_gives_way_to_a_dateline() -> None:
    # a province may hold two sessions in one year: its session number runs ahead
    text = "2026年1月27日 昨日省十四届人大五次会议开幕，去年全省GDP增长3.9%。"
    assert _year(text)[0] == 2026
    # without a dateline it still says the year
    assert _year("省十四届人大二次会议开幕，去年全省GDP增长3.9%。")[0] == 2024


def test_a_title_with_a_review_and_a_plan_is_written_in_the_plan_year() -> None:
    text = "关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、执行情况\n增长5%。"
    assert _year(text)[0] == 2023


def test_a_date_in_the_url_is_a_publication_date() -> None:
    assert _year("全市地区生产总值增长5%。", url="http://x.cn/2011-04/15/c_1.htm")[0] == 2011


@pytest.mark.parametrize(("url", "day"), [
    ("http://paper.example.com/2009/07/10/PL0907100004.htm", date(2009, 7, 10)),
    ("http://www.example.gov.cn/zwgk/202303/t20230321_786.html", date(2023, 3, 21)),
    ("http://news.example.com/news/2010/01-12/2067728.shtml", date(2010, 1, 12)),
    ("https://example.com/20180727/98e8cb17.html", date(2018, 7, 27)),
    # a CMS's year_month folder, and its year-day folder under it
    ("https://cgzfj.example.gov.cn/2023_10/23_08/content-432489.html", date(2023, 10, 8)),
    ("https://example.gov.cn/2023_10/content-1.html", date(2023, 10, 1)),
    ("https://example.com/article/2888.html", None),
    # a month's folder and an article id whose first digits could pass for a day
    ("http://www.example.gov.cn/tjxx/202305/34167793a1144.shtml", date(2023, 5, 1)),
    ("https://example.com/1800/01/01/a.html", None),  # outside plantrack's years
    # a folder stamped to the second (date and time of upload)
    ("http://example.com:8888/sysfiles/333/20210602214016/e333_A0102.html", date(2021, 6, 2)),
    # a year's folder and a section's stamped with the month and day
    ("https://example.com/html/2011/guonei_0729/2.html", date(2011, 7, 29)),
    ("https://example.com/html/2011/news_1399/2.html", None),
    # a page named by its stamp to the second, and by a shorter number that is no stamp
    ("http://example.com/news/lz/2015080209540141610.htm", date(2015, 8, 2)),
    ("http://example.gov.cn/fgw/detail/20160901151557000001", date(2016, 9, 1)),
    ("http://example.com/news/2015080209.htm", None),
    # a page named by its day and a counter of that day's pages, unless a year's folder
    # says otherwise
    ("http://example.com/qiye/201409182416.htm", date(2014, 9, 18)),
    ("http://example.com/cjzx/20230223431922.shtml", date(2023, 2, 23)),
    # (and a counter ending in a few letters: 202212090100268817KT)
    ("http://example.com/swzx/tpxw/202212090100268817KT.shtml", date(2022, 12, 9)),
    ("http://example.com/daynews/2020/20031230803.htm", None),
    ("http://example.com/news/20141318241.htm", None),
    # the day a query asks for: an e-paper's issue, a release's date
    ("http://example.com/epaper/read.do?m=i&iid=2135&idate=2_2022-01-24", date(2022, 1, 24)),
    ("http://example.com/view.jsp?id=7&date=20190305", date(2019, 3, 5)),
    ("http://example.com/view.jsp?id=20190305", None),
    # a CMS's /art/ folders, its month and day unpadded
    ("https://www.example.gov.cn/art/2025/5/27/art_1229386516_5523784.html", date(2025, 5, 27)),
    ("https://www.example.gov.cn/art/2022/12/9/art_1_2.html", date(2022, 12, 9)),
    ("https://www.example.gov.cn/art/2022/13/9/art_1_2.html", None),
    # NetEase's (163.com) year in two figures, month and day, hour, then the article's id
    ("https://news.example.com/16/1123/08/C6HTKM0F000786FS.html", date(2016, 11, 23)),
    ("https://news.example.com/16/1123/08/12.html", None),
])
def test_url_dates(url: str, day: date | None) -> None:
    assert url_date(url) == day


def test_a_horizon_in_a_plan_title_is_not_the_year() -> None:
    text = "《某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已发布。"
    assert _year(text, url="http://x.cn/2021-03-03/1.html")[0] == 2021


@pytest.mark.parametrize(("examined", "year"), [
    ("审查某县国民经济和社会发展第十五个五年规划纲要草案等", 2026),
    ("审议“十四五”规划纲要（草案）", 2021),
])
def test_a_session_examining_a_plans_outline_is_in_the_plans_first_year(
        examined: str, year: int) -> None:
    text = (f"某县人民代表大会第五次会议开幕\n{examined}\n2月25日下午，会议开幕。县长作政府"
            "工作报告。报告指出，五年来，经济总量从十年前的59.94亿元增至88.08亿元。")
    assert _year(text)[0] == year


def test_years_in_characters_are_read() -> None:
    assert _year("二○二五年，全市地区生产总值增长5.4%。")[0] == 2025
    assert _year("二00七年的主要目标是增长9%。")[0] == 2007


def test_headings_name_years_and_plans() -> None:
    assert heading_year("一、2023年工作回顾") is not None
    assert heading_year("一、2023年工作回顾").value == 2023  # type: ignore[union-attr]
    plan = heading_year("一、关于“十四五”规划纲要实施情况的总体评价")
    assert plan is not None
    assert plan.value == 2025
    assert heading_year("2023年3月5日") is None



def test_a_heading_closed_by_a_bare_year_names_it() -> None:
    closed = heading_year("湖南各市GDP排名2018")
    assert closed is not None
    assert closed.value == 2018
    assert heading_year("湖南各市GDP排名") is None
    # the section under it is that year's, whatever year the page was updated in
    from plantrack import extract

    text = ("更新时间:2023-06-03 10:50:37 来源:某网\n\n湖南各市GDP排名2018\n\n"
            "湖南全省GDP31244.68亿元,同比增长7.9%。\n")
    assert {str(f.period) for f in extract(text).facts} == {"2018"}


def test_a_heading_naming_a_plans_opening_or_close_names_that_year() -> None:
    for heading, year in (("“十四五”开局全省“开门红”", 2021), ("十三五收官之年经济回顾", 2020),
                          ("“十四五”规划实施情况", 2025)):
        found = heading_year(heading)
        assert found is not None, heading
        assert found.value == year, heading


@pytest.mark.parametrize("heading", ["2016年~2020年生产总值及其增长速度",
                                     "2016-2020年城镇新增就业人数",
                                     "2016年至2020年全县粮食产量", "2016—2020年主要发展目标"])
def test_a_heading_over_a_span_of_years_names_the_spans_last(heading: str) -> None:
    found = heading_year(heading)
    assert found is not None
    assert found.value == 2020


def test_a_charts_caption_over_five_years_leaves_the_bulletins_year_to_its_figures() -> None:
    text = ("某县统计局\n2021年4月9日\n2020年,全县经济持续恢复。\n一、综合\n"
            "初步核算,全年生产总值103.2亿元,比上年增长3.4%。\n"
            "2016年~2020年生产总值及其增长速度\n"
            "全年城镇新增就业人员1732人。城镇登记失业率为3.49%。\n"
            "2016年~2020年城镇新增就业人数\n全年居民消费价格比上年上涨1.6%。\n")
    facts = extract(text, region="419001").facts
    assert {str(f.period) for f in facts} == {"2020"}
    assert len(facts) == 5


def test_a_quarters_results_under_a_plans_opening_are_that_quarters() -> None:
    text = ("往期阅读\n上一篇    下一篇\n\n“十四五”开局全省“开门红”\n\n“十四五”开局首季，"
            "一季度全省实现地区生产总值6575亿元，同比增长18.4%。")
    facts = extract(text, region="360000", year=2021).facts
    assert {(type(f).__name__, str(f.period)) for f in facts} == {("Result", "2021Q1")}


def test_the_decision_and_its_cue_are_part_of_the_extraction() -> None:
    extraction = extract("展望2024，全市地区生产总值增长5%左右。")
    assert extraction.context is not None
    assert extraction.context.year.value == 2024
    assert "展望" in extraction.context.year.cue


def test_a_whole_year_printed_in_its_first_months_is_last_years() -> None:
    text = "四、对外经济\n全年全省对外贸易进出口总值848.96亿元，比上年增长20.8%。"
    assert _year(text, url="http://x.cn/201901/30/t20190130_1.shtml")[0] == 2018
    # a plan printed in January sets this year's aims for 全年
    plan = "全年全省地区生产总值预期增长6%左右，比上年提高。"
    assert _year(plan, url="http://x.cn/201901/30/t20190130_1.shtml")[0] == 2019


def test_a_review_of_a_named_year_told_as_last_year() -> None:
    # the year reviewed, told from the year after: its 去年, and its figures that name no
    # year, are 2014's
    text = ("记者从2014年度经济形势新闻发布会上获悉，去年，全市实现地区生产总值1579.89亿元。"
            "统计公报显示，全市规模以上工业增加值增长9.5%。")
    assert _year(text)[0] == 2014
    assert _year("2014年度全市地区生产总值增长9%，比去年同期提高。")[0] == 2014
    facts = extract(text, region="320600").facts
    assert {(f.indicator, str(f.period)) for f in facts} == {
        ("gdp", "2014"), ("industrial_value_added", "2014")}


def test_a_date_reached_counts_as_a_year_named_a_horizon_does_not() -> None:
    assert _year("截至2020年末，全省常住人口3952万人。")[0] == 2020


@pytest.mark.parametrize("url", [
    "http://www.example.com/material/njnj_2017/fulu/18-2.htm",
    "http://tjj.example.gov.cn/tjnj/nj2017/html/C2101.htm",
    "https://example.com/%E7%BB%9F%E8%AE%A1%E5%B9%B4%E9%89%B42017/html/B0203.htm",
])
def test_a_yearbooks_page_that_names_no_year_reports_the_year_before(url: str) -> None:
    year, _, cue = _year("城 市 | 地区生产总值 | 增长%\n南京 | 16355.32 | 7.5", url=url)
    assert year == 2016
    assert "yearbook" in cue


def test_a_year_in_the_text_outranks_the_yearbooks_edition() -> None:
    url = "http://tjj.example.gov.cn/tjnj/nj2017/html/C2101.htm"
    assert _year("各县主要经济指标(2015年)\n历下区 | 56.0", url=url)[0] == 2015


def test_a_graphic_with_a_years_review_and_the_next_years_aims() -> None:
    # 2023年 alone on the first line heads a review; 2024 … heads the aims: written in 2024
    text = ("2023年\n南通市地区生产总值迈上1万亿元新台阶\n城镇新增就业13.9万人\n"
            "2024 新南通 开新局\n地区生产总值预期目标增长6%左右\n")
    assert _year(text)[0] == 2024
    ex = extract(text)
    got = {(f.kind, f.indicator, f.measure, f.quantity.comparator, str(f.period))
           for f in ex.facts}
    assert got == {("result", "gdp", "level", ">=", "2023"),
                   ("result", "urban_jobs_new", "level", "=", "2023"),
                   ("target", "gdp", "growth", "~", "2024")}


def test_whole_year_words_in_january_with_the_new_year_named_are_this_years() -> None:
    text = ("发布时间:2022-01-14 09:19\n1月10日，全区举行2022年一季度重大项目集中开竣工活动。"
            "为全年更好稳增长夯实根基。")
    assert _year(text)[0] == 2022


def test_a_year_named_only_as_a_comparisons_base_is_not_the_year_reported() -> None:
    # a city's first three quarters, on a page whose address dates it; 2019 is a base
    text = ("前三季度，全市地区生产总值增长8.0%，两年平均增长3.1%。"
            "全市社会消费品零售总额增长12.0%，比2019年同期增长2.1%。")
    assert _year(text, published=date(2021, 11, 4))[0] == 2021
    # named as what it reports, a year before the page's date is the text's year
    assert _year(text.replace("比2019年同期", "2019年"), published=date(2021, 11, 4))[0] == 2019


def test_a_quarter_compared_with_last_years_whole_year_is_this_years() -> None:
    # printed in April: 比去年全年加快 names last year's whole year, not the period reported
    text = "一季度全市地区生产总值增长5.5%，比去年全年加快4.5个百分点。"
    assert _year(text, published=date(2023, 4, 20))[0] == 2023
    assert _year("全年地区生产总值增长5.5%。", published=date(2023, 3, 20))[0] == 2022


def test_a_pages_update_stamp_is_no_dateline_of_the_text() -> None:
    body = ("2021年是全市发展极不平凡的一年。全年全市地区生产总值实现1500.2亿元，"
            "比上年增长5.1%。")
    # the site touched the page years later: the text reports the latest year it names
    assert _year("更新时间:2024-05-10\n" + body)[0] == 2021
    # a dateline stays the text's year when the text speaks of its time
    assert _year("2024-05-10\n" + body + "今年预期增长5%左右。")[0] == 2024


def test_a_bulletin_dated_in_its_text_the_next_spring_reports_the_whole_year_before() -> None:
    # the date it is printed on names the new year, but no period of it: 全年 is last year's
    text = ("某市统计局\n(2020年3月25日)\n一、综合\n初步核算，全年全市实现地区生产总值"
            "9946.66亿元，比上年增长8.0%。")
    assert _year(text)[0] == 2019


@pytest.mark.parametrize(("caption", "year"), [
    ("20203 单位:元", 2020), ("2019.09  单位：亿元", 2019), ("202306 单位:万元", 2023)])
def test_a_tables_caption_dated_in_figures_alone_gives_its_year(caption: str, year: int) -> None:
    text = f"各市城乡居民人均可支配收入\n{caption}\n指标 全体居民\n杭州市 48735\n宁波市 46519\n"
    assert _year(text)[0] == year
    # a value alone on its line, with no unit after it, dates nothing
    assert _year("各市城乡居民人均可支配收入\n20203\n48735\n")[0] is None


def test_a_monthly_tables_caption_cell_dated_year_dot_month_gives_its_year() -> None:
    text = ("附:主要指标一览表。\n工业指标 | 全县 | 2011.7 |\n| 指标名称 | 本月 | 同比% | 累计 |"
            " 同比% |\n| 工业总产值 | 30974 | 3.3 | 161857 | 16.2 |\n")
    assert _year(text)[0] == 2011
    # the same figure as a value in a row, over no month's columns, dates nothing
    assert _year("工业指标 | 全县 | 2011.7 |\n| 指标名称 | 总量 |\n| 工业总产值 | 30974 |\n"
                 )[0] is None


def test_a_years_aims_being_set_outweigh_a_provincial_session_number() -> None:
    head = "某省十三届人大五次会议开幕，省长作政府工作报告。\n2020年全省地区生产总值增长3%。"
    assert _year(head + "2021年全省的主要预期目标是，地区生产总值增长10%以上。")[0] == 2021
    # aims reviewed (完成), not set: the session decides
    assert _year(head + "2020年主要预期目标较好完成。")[0] == 2022


def test_a_headline_reviewing_part_of_a_term_dates_its_figures_to_the_year_before() -> None:
    text = ("政府工作报告(摘编)\n发布日期:2022-02-10\n过去四年，某市发展站上新的历史起点\n"
            "四年来，全市上下攻坚克难。\n坚持发展为要，综合实力显著增强\n"
            "生产总值达到1923.5亿元，年均增长7.7%。")
    facts = extract(text, region="341500").facts
    assert {(f.kind, str(f.period), f.quantity.value) for f in facts if f.measure == "level"} == {
        ("result", "2021", Decimal("192350000000"))}


def test_a_review_headed_as_the_past_year_opening_with_its_year_is_that_years() -> None:
    text = ("2019年某县政府工作报告\n一、勠力奋战，克难攻坚，过去一年政府工作成效显著\n"
            "2019年，是我县经济社会发展非同寻常的一年。\n全县地区生产总值增长3.3%。\n")
    facts = extract(text, region="220322").facts
    assert {str(f.period) for f in facts} == {"2019"}
    # with no year opening the review, it is the year before the writing
    plain = text.replace("2019年，是我县", "这一年，是我县")
    assert {str(f.period) for f in extract(plain, region="220322").facts} == {"2018"}


def test_the_aims_a_review_recalls_for_the_year_before_do_not_make_it_a_text_of_now() -> None:
    # published in January 2018, about 2017: the aims it quotes are 2017's, set a year ago
    text = ("本报讯 各省经济成绩单将陆续出炉。\n2017年年初，某省政府工作报告中的主要预期目标是："
            "生产总值增长8%左右。转眼一年已过，去年一季度，全省生产总值增长8.1%。")
    year, _, cue = _year(text, published=date(2018, 1, 19))
    assert year == 2017
    assert "reports on 2017" in cue
    # aims set in a sentence of its own year (or none) are a text of now: its publication's
    now = text.replace("2017年年初，某省政府工作报告中的", "今后五年的")
    assert _year(now, published=date(2018, 1, 19))[0] == 2018


def test_a_part_year_report_naming_a_year_for_its_whole_figures_is_the_year_after() -> None:
    # 今年一季度 and 去年 beside 2022年 given only for a whole year's GDP: 2022 is 去年
    text = ("某市统计局5月4日发布统计信息称，一季度全市实现地区生产总值947.1亿元。"
            "宿迁去年全年反超连云港，今年一季度则被连云港超出52.7亿元。"
            "宿迁2022年GDP为4112亿元。")
    year, _, cue = _year(text)
    assert year == 2023
    assert "whole-year" in cue
    # a year named for a part (2022年一季度) is the report's own
    part = text.replace("宿迁2022年GDP为", "宿迁2022年一季度GDP为")
    assert _year(part)[0] == 2022
    # nor is one naming the meeting that gave the figures (held in the year written)
    meeting = text.replace("宿迁2022年GDP为4112亿元。",
                           "5月4日召开的2022年某市季度工作会议发布上述数据。")
    assert _year(meeting)[0] == 2022


def test_a_year_reviewed_in_a_broken_first_line_before_the_new_year_is_last_year() -> None:
    # 2023年， opens a sentence broken over lines (no title), and 新的一年 puts 2023 behind
    text = ("2023年，\n某市GDP突破3000亿元，\n实现争先进位。\n新的一年，\n发展势头如何？\n\n"
            "数据显示，今年1—2月，全市规上工业增加值120.5亿元，同比增长8.1%，"
            "增速比上年同期高2.0个百分点。")
    year, _, cue = _year(text)
    assert year == 2024
    assert "whole-year" in cue
    # without 新的一年 nothing says 2023 is past: the year named is the text's
    assert _year(text.replace("新的一年，\n", ""))[0] == 2023
    # a first line that closes is a title
    assert _year("2023年某市经济运行情况\n" + text.partition("\n\n")[2])[0] == 2023


def test_a_part_year_release_opening_on_last_years_whole_names_its_own_year() -> None:
    # 2016年 leads, but the text says it is now in 2017 (进入2017年) and reports 1~2月
    text = ("核心提示丨2016年，某省经济总量迈上新台阶，进入2017年，某省经济表现怎么样？"
            "昨日，省统计局发布1~2月主要经济指标，全省规模以上工业增加值增长7.8%。")
    assert _year(text, url="http://example.com/2017-03-17/a.shtml")[0] == 2017
    assert _year(text.replace("进入2017年，", ""),
                 url="http://example.com/2017-03-17/a.shtml")[0] == 2016


def test_a_title_below_a_sites_menu_lines_names_a_reposted_bulletins_year() -> None:
    # the site's 时间 is the repost's (2012); the title line under its menu names the year
    # reported, which the bureau's own date (2009年3月) confirms
    text = ("首页 | 会员中心 | 收藏本站\n统计公报索引: 2011 2010 2009\n\n"
            "某某市2008年国民经济和社会发展统计公报\n\n"
            "时间:2012-04-08 10:01:02 来源:某某市统计局\n\n"
            "某某市统计局\n\n2009年3月2日\n\n一、综合\n\n初步核算，全年实现生产总值322.6亿元，"
            "比上年增长13.2%。\n")
    year, _, cue = _year(text)
    assert year == 2008
    assert cue.startswith("title line")
    # the last item of a breadcrumb, cut short by the site (…统计公), is the title too,
    # and says the text reports results
    crumb = text.replace("某某市2008年国民经济和社会发展统计公报\n",
                         "首页 » 常识 » 某某市2008年国民经济和社会发展统计公\n")
    assert _year(crumb)[0] == 2008
    assert extract(crumb).context.kind.value == "results"
    # a numbered heading is no title (一、2008年计划执行情况 is a section's)
    heading = text.replace("某某市2008年国民经济和社会发展统计公报", "一、2010年计划执行情况")
    assert _year(heading)[0] != 2010


def test_a_heading_of_this_years_work_naming_the_plan_it_opens_is_this_years() -> None:
    text = ("吉林省2006年政府工作报告\n三、全面加大今年各项工作力度，实现“十一五”发展良好开局\n"
            "今年全省地区生产总值预期增长12%。\n")
    facts = extract(text).facts
    assert {(f.kind, str(f.period), f.quantity.value) for f in facts} == {
        ("target", "2006", Decimal(12))}


def test_a_reposts_date_years_after_the_session_whose_aims_are_reported() -> None:
    text = ("政府工作报告\n时间:2022-01-24 11:29:00\n各位代表:\n20*年经济社会发展情况回顾\n"
            "过去的一年，我们较好地完成了省十届人大五次会议确定的主要目标任务。"
            "全省生产总值达到10505.3亿元，增长14.2%。")
    assert _year(text)[0] == 2007
    # a page dated the year after the session is not a repost years later: its date stands
    assert _year(text.replace("2022-01-24", "2008-01-24"))[0] == 2008


def test_a_congress_session_counted_past_the_pages_own_date_gives_way_to_the_date() -> None:
    # the fifth session counted from a first session of 2018 would be 2022's; a page
    # dated January 2021 cannot report it (the congress met twice in one year)
    text = ("1月26日上午，某省第十三届人民代表大会第五次会议开幕，省长作政府工作报告。\n"
            "2020年成就:\n生产总值增长2.2%\n2021年目标:\n生产总值增长6.5%左右\n")
    year, _, cue = _year(text, url="http://example.com/2021/0127/89845.html")
    assert year == 2021
    assert "URL" in cue
    assert _year(text)[0] == 2022  # undated, the session's count stands


def test_a_text_naming_no_year_is_of_the_year_of_the_latest_plenum_it_cites() -> None:
    text = ("今年以来，全县深入贯彻党的十九大和十九届二中、三中、四中全会精神，"
            "前三季度地区生产总值增长7.1%。")
    year, confidence, cue = _year(text)
    assert year == 2019
    assert confidence < WEAK_CONFIDENCE
    assert "十九届四中全会" in cue


def test_a_plenum_gives_way_to_any_year_the_text_names() -> None:
    text = "学习贯彻二十届三中全会精神。2025年上半年，全市地区生产总值增长5.2%。"
    assert _year(text)[0] == 2025


def test_a_plenum_in_traditional_script_is_read_after_normalising() -> None:
    text = "學習貫徹黨的二十大和二十屆三中全會精神，前三季度全市地區生產總值增長6.2%。"
    assert _year(text)[0] == 2024


def test_an_aim_reported_met_does_not_keep_a_spring_review_in_the_year_printed() -> None:
    # printed in April, its 全年 figures estimated (预计): the year before, even though it
    # says an aim was met (完成…考核目标), which a plan would not say
    text = ("全年承办两次现场会。预计规上工业增加值增长8.5%，预计社会消费品零售总额670亿元。"
            "空气质量持续改善，完成省政府年度考核目标。")
    assert _year(text, url="http://news.example.cn/life/20190410/1890917.html")[0] == 2018
    planned = "全年地区生产总值增长8%左右，确保完成年度目标。"
    assert _year(planned, url="http://news.example.cn/life/20190410/1890917.html")[0] == 2019


def test_a_part_of_a_year_reported_after_its_publication_month_is_the_year_before() -> None:
    # 1-11月 figures on a page dated January: the year before's, however the page is dated
    text = "今年以来，全区经济稳中有进。1-11月，规上工业增加值同比增长9.1%。"
    url = "http://www.example.gov.cn/jjfz/202501/2f9715b185af4ee986.shtml"
    year, _, cue = _year(text, url=url)
    assert year == 2024
    assert "month 11" in cue
    # a quarter's events announced within it (一季度“开门红”动员大会) report no change
    event = "全县召开一季度“开门红”动员大会，集中开工项目30个。"
    assert _year(event, url="http://news.example.cn/2023/0221/203384.html")[0] == 2023
    # a part that ended before the page's month is the page's year
    early = "1-5月，规上工业增加值同比增长9.1%。"
    assert _year(early, url="http://news.example.cn/2023/0621/203384.html")[0] == 2023


def test_a_completion_reports_title_below_the_sites_lines_gives_its_year() -> None:
    text = ("发布机构: 某市政府办公室\n成文日期: 2024-02-01 发布日期: 2024-02-01 14:48\n"
            "2023年《政府工作报告》重点工作任务完成情况\n一、确保完成全年主要预期目标\n"
            "地区生产总值增长8%左右。\n全年地区生产总值2291.5亿元,增长5.8%。")
    year, _, cue = _year(text)
    assert year == 2023
    assert "完成情况" in cue


def test_a_paragraph_looking_back_in_a_session_reports_reading_reviews_the_year_before(
) -> None:
    # a newspaper's reading of a county's work report, reposted in May (written for the
    # test): 一年来 opens the review, under no heading
    text = ("2030年某市政府工作报告解读(一):经济保持平稳发展\n来源:某市报 发布日期:2030-05-14\n"
            "一年来,在市委的坚强领导下,我市较好地完成了各项任务。\n"
            "全市地区生产总值257.02亿元,增长5.2%。\n社会消费品零售总额88.12亿元,增长5.8%。")
    facts = extract(text, region="469005").facts
    assert {(f.kind, f.indicator, str(f.period)) for f in facts if f.measure == "growth"} == {
        ("result", "gdp", "2029"), ("result", "retail_sales", "2029")}


def test_a_year_end_summary_looking_back_reviews_its_own_year() -> None:
    text = ("2030年某市经济工作总结\n一年来,我市经济稳中有进。\n"
            "全市地区生产总值257.02亿元,增长5.2%。")
    facts = extract(text, region="469005").facts
    assert {str(f.period) for f in facts} == {"2030"}


def test_a_page_named_by_its_unix_time_gives_its_year_when_the_text_names_none() -> None:
    text = "全市1-8月经济运行情况\n1-8月，全市规模以上工业增加值同比增长9.4%。"
    year, confidence, _ = _year(text, url="http://example.cn/news/1727314806191438.shtml")
    assert year == 2024
    assert confidence < WEAK_CONFIDENCE
    assert _year(text, url="http://example.cn/news/353231.html")[0] is None


def test_a_part_of_a_year_on_a_page_stamped_before_it_ends_is_the_year_befores() -> None:
    text = "甲州上半年的地方一般公共预算收入为105.1亿元、同比增长19.1%。"
    # 1707153578: 2024-02-05; 1721692800: 2024-07-23, after the half ended
    early = decide_year(text, Document(name="a.txt", text=text,
                                       url="https://example.tw/caijing/1707153578704329.html"))
    assert (early.value, early.confidence) == (2023, 0.3)
    later = decide_year(text, Document(name="a.txt", text=text,
                                       url="https://example.tw/caijing/1721692800704329.html"))
    assert later.value == 2024


def test_a_page_early_in_a_year_naming_only_the_year_before_reports_that_year() -> None:
    # (the year named past the head, where a lead year would decide alone)
    head = "中国最富十大省排名\n" + "本文盘点中国最富的十大省份,看看有没有你的地区。" * 14
    text = (head + "\n1.广东省\nGDP(亿元):124369.67\n"
            "山东省是2021年达83095.9亿元的地区生产总值的省份。")
    early = decide_year(text, Document(name="a.txt", text=text, published=date(2022, 2, 15)))
    assert early.value == 2021
    assert "early in the year after" in early.cue
    # a text that names its own year too is of it
    now = text + "2022年一季度,广东省地区生产总值增长5%。"
    assert decide_year(now, Document(name="a.txt", text=now,
                                     published=date(2022, 2, 15))).value == 2022


def test_a_year_the_address_names_is_the_last_resort() -> None:
    text = "上半年，浙江全省地区生产总值45004亿元，同比增长5.8%。"
    named = decide_year(text, Document(name="a.txt", text=text,
                                       url="http://example.cn/subject/2025gsjj/index.html"))
    assert (named.value, named.confidence) == (2025, 0.3)
    two = decide_year(text, Document(name="a.txt", text=text,
                                     url="http://example.cn/2019/2025gsjj/index.html"))
    assert two.value is None


def test_a_page_named_by_its_unix_time_without_an_extension() -> None:
    text = "一季度，北部湾经济区地区生产总值增长6%左右。"
    stamped = decide_year(text, Document(name="a.txt", text=text,
                                         url="https://news.example.com/news/1650683528475921"))
    assert (stamped.value, stamped.confidence) == (2022, 0.3)


def test_a_work_reports_review_opening_on_this_year_is_the_year_before() -> None:
    # a title line after a site's menu, with a note of its extent (全文); the review opens
    # 这一年，… and never prints its year
    text = ("快捷导航\n首页 | 新闻\n2026年甲市政府工作报告(全文)\n2026-02-11 18:11\n"
            "  这一年，我们坚持稳中求进。全年地区生产总值1583.23亿元，增长5.8%。\n")
    facts = extract(text, region="441400").facts
    assert {str(f.period) for f in facts} == {"2025"}


def test_a_title_line_with_the_day_it_was_given_in_brackets_names_its_year() -> None:
    text = ("购物车\n我的足迹\n乙县2023年政府工作报告(20230107)\n"
            "各位代表：现在我代表县人民政府报告工作。")
    year = decide_year(clean(text).text, Document(name="a.txt", text=text))
    assert (year.value, year.cue) == (2023, "title line: 乙县2023年政府工作报告(20230107)")


def test_a_review_opening_inside_a_copy_that_joined_its_paragraphs_with_spaces() -> None:
    # the title runs on into the text; its year carries no further than the review's
    # opening (过去一年,), a paragraph of the year before though no line break marks it
    text = ("购物车\n乙县2023年政府工作报告(20230107)\n乙县2023年政府工作报告 各位代表:现在,"
            "我代表乙县人民政府向大会报告工作。 回顾过去,我们攻坚克难 过去一年,是极不平凡的"
            "一年。全县地区生产总值预计完成127.7亿元,同比增长5%。")
    facts = extract(text, region="520323").facts
    assert [(f.measure, str(f.period)) for f in facts] == [("level", "2022"), ("growth", "2022")]


def test_a_news_of_a_sessions_opening_on_its_datelines_day_is_no_repost() -> None:
    # the session opened on the dateline's day: the page is of 2020, however old the one
    # year it names (2018年度…考核); its review is of 2019
    text = ("甲市七届人大五次会议开幕\n2020-05-18\n来源:某报\n记者报道:5月18日上午,甲市第七届"
            "人民代表大会第五次会议在甲市开幕。市长作政府工作报告。\n报告回顾过去一年,全市"
            "实现地区生产总值1080.3亿元,增长6.7%。甲市2018年度考核位列全省第一。\n")
    assert _year(text)[0] == 2020
    facts = extract(text, region="441500").facts
    assert {str(f.period) for f in facts} == {"2019"}


def test_a_review_of_the_governments_term_ends_the_year_before_the_writing() -> None:
    text = ("乙县人民政府工作报告\n2022年1月6日在乙县第十六届人民代表大会第一次会议上\n"
            "一、本届人民政府工作回顾\n本届政府履职以来,全县地区生产总值从50亿元增加到80亿元。\n")
    facts = extract(text, region="150924").facts
    assert [(f.quantity.value, str(f.period)) for f in facts] == [
        (Decimal("5000000000"), "2016"), (Decimal("8000000000"), "2021")]


def test_a_paragraph_opening_on_the_year_before_reviews_it_to_the_sections_end() -> None:
    # a news of a session's report, dated in its year: the paragraphs after 2019年是…的一年
    # are that year's, though they name none
    text = ("聚焦关键年 甲区凝聚合力书写新答卷\n22.04.2020  09:03\n"
            "在甲区四届人大四次会议开幕式上,代区长向大会作政府工作报告。\n"
            "2019年是建设和美甲区的一年。回顾过去一年,甲区全面打好九场硬战。\n"
            "持续发力之下,一般公共预算收入22.9亿元,增长12.5%。\n"
            "2020年,甲区将全力打好收官之战。\n")
    extracted = extract(text, region="330703")
    assert extracted.context.year.value == 2020
    assert {str(f.period) for f in extracted.facts} == {"2019"}


def test_a_lead_in_looking_back_under_a_heading_naming_its_year_is_that_years() -> None:
    # the report never says when it was written (the year it names most is 2016): 一年来
    # under 一、2016年…工作回顾 is 2016, not a year counted back from 2016
    text = ("政府工作报告\n各位代表:\n一、2016年和本届政府工作回顾\n过去一年,经济平稳发展。\n"
            "一年来的主要工作和成效是:\n(一)稳增长。实现规模以上工业增加值845亿元、增长8.4%。\n")
    facts = extract(text, region="350300").facts
    assert {str(f.period) for f in facts} == {"2016"}


def test_a_past_heading_of_a_report_given_in_december_runs_up_to_its_year() -> None:
    # 过去四年 in a report given on 2021年12月8日: its totals are of the term ending in 2021
    # (the four years' sum); its review's 去年 would still be 2020
    text = ("政府工作报告\n——2021年12月8日在甲区第九届人民代表大会第一次会议上\n各位代表:\n"
            "一、过去四年工作回顾\n四年来,全区累计完成地区生产总值1425亿元。\n")
    facts = extract(text, region="211103").facts
    assert [(f.kind, str(f.period)) for f in facts] == [("result", "2018..2021")]
    text = text.replace("2021年12月8日", "2021年1月8日")
    assert [str(f.period) for f in extract(text, region="211103").facts] == ["2017..2020"]


def test_a_terms_review_given_at_a_session_from_july_on_runs_up_to_its_year() -> None:
    # 过去五年 in a report given on 2016年9月26日 (a new term's first session): its stretch
    # 从2011年到2016年 is no deadline, its levels and average rates what was reached by
    # 2016; a session of March keeps its past the year before
    text = ("政府工作报告\n——2016 年 9 月 26 日在甲区第十五届人民代表大会\n第一次会议上\n"
            "各位代表:\n过去五年工作回顾\n五年间,全区产业结构不断优化。从 2011 年到 2016 年,"
            "地区生产总值由 65.6 亿元增加到 120.5 亿元,年均增长9.2%。\n")
    facts = extract(text, region="460107").facts
    assert {(f.kind, f.measure, str(f.period)) for f in facts if f.quantity.value > 100} == {
        ("result", "level", "2011"), ("result", "level", "2016")}
    assert {(f.kind, str(f.period)) for f in facts if f.measure == "growth"} == {
        ("result", "2011..2016")}
    text = text.replace("2016 年 9 月 26 日", "2016 年 3 月 26 日")
    assert extract(text, region="460107").context.year.value == 2016


def test_a_past_heading_of_a_text_told_the_year_after_it_reports_counts_from_the_telling() -> None:
    # ——2014年1月26日…第四次会议 over 一、过去一年工作回顾 / 2013年，…: the text reports 2013,
    # told in 2014; its past heading is 2013, not the year before the year it reports
    text = ("政 府 工 作 报 告\n——2014年1月26日甲区第十六届\n人民代表大会第四次会议\n区长 某某\n"
            "各位代表:\n一、过去一年工作回顾\n2013年,面对经济下行压力,区政府攻坚克难。\n"
            "(一)经济实现平稳较快增长\n地区生产总值完成601.09亿元,增长11.6%。\n")
    facts = extract(text, region="610112").facts
    assert {str(f.period) for f in facts} == {"2013"}


def test_a_title_line_of_a_year_run_into_its_words_names_a_sessions_report() -> None:
    # 2018政府工作报告 (no 年) over a review reposted in May: written in 2018, its 过去的一年
    # and 一年来 are 2017
    text = ("• 长城网欢迎您\n您当前的位置 : 长城网 >> 专题库\n\n2018政府工作报告\n\n"
            "来源: 长城网综合 作者: 2018-05-22 12:36:48\n\n  攻坚克难,新一届政府实现良好开局\n\n"
            "  过去的一年,在区委的正确领导下,我们扎实开展各项工作,被确定为全省创新型县(区)"
            "建设试点。\n\n  一年来,我们强基础、增投入,综合实力迈上新台阶。坚持用新发展理念统领"
            "全局,全年地区生产总值完成670亿元,增长7.2%。\n")
    extracted = extract(text, region="130109")
    assert extracted.context.year.value == 2018
    assert {(f.kind, str(f.period)) for f in extracted.facts} == {("result", "2017")}


def test_an_event_months_after_the_pages_date_took_place_a_year_before() -> None:
    # 10月19日 on a page its address dates 2008-09-18: the press conference was in 2007
    text = "南国早报讯 10月19日，甲市召开新闻发布会，通报今年第三季度经济运行情况。"
    year, _, cue = _year(text, url="http://x.cn/2008-09/18/content_1.htm")
    assert year == 2007
    assert "10月19日" in cue
    # the same month proves nothing: an address often names only its month
    text = "8月10日，甲市召开新闻发布会，发布全市上半年经济运行情况。"
    assert _year(text, url="http://x.cn/202108/20210811102214.shtml")[0] == 2021


def test_a_title_opening_with_a_year_and_no_nian_names_its_figures_year() -> None:
    # 2019中国城市居民收入百强榜, posted in 2021: the ranking's figures are 2019's; a
    # yearbook's name (2020中国统计年鉴) is not its figures' year
    text = ("2019中国城市居民收入百强榜\n时间:2021年02月23日\n"
            "排行 | 城市 | 城镇居民人均可支配收入(元) |\n1 | 上海 | 73615 |\n2 | 苏州 | 68629 |\n")
    assert decide_year(clean(text).text, Document(text=text, name="a.txt")).value == 2019
    text = "2020中国统计年鉴\n时间:2021年02月23日\n全国居民人均可支配收入30733元。\n"
    assert decide_year(clean(text).text, Document(text=text, name="a.txt")).value != 2020


def test_a_yearbook_volume_as_the_title_reports_the_year_before() -> None:
    # 2017卷 heading a yearbook's entry: the volume of 2017 tells of 2016, and so do the
    # sections after the one that names its year
    text = ("2017卷\n【概况】某旗位于某市北部,总面积1万平方公里。\n"
            "2016年,全旗地区生产总值100.2亿元,比上年增长7%。\n"
            "【农业】粮食总产量40万吨,比上年下降1.9%。")
    value, _, cue = _year(text)
    assert value == 2016
    assert "2017" in cue


def test_a_sites_banner_date_and_weekday_is_no_dateline() -> None:
    # the day the page was copied, alone on its line with its weekday, above the article
    text = ("2021年09月02日 星期四\n今年上半年某市GDP增长6.5%\n"
            "2022-07-28 09:42:19   来源:中国新闻网\n"
            "记者获悉，今年上半年，某市实现地区生产总值882.14亿元。")
    year, _, cue = _year(text)
    assert year == 2022
    assert "2022-07-28" in cue


def test_the_first_year_of_a_five_year_plan_said_as_its_start() -> None:
    text = "市长在报告中说，今年是“十五五”开局起步之年。主要预期目标是：地区生产总值增长4.5%。"
    assert _year(text)[0] == 2026


def test_a_yearbook_its_figures_come_from_dates_them_before_a_reposts_date() -> None:
    text = ("贵州各县排名\n\n2025-08-13 13:59:39\n\n"
            "我们根据2017年《贵州省统计年鉴》来看一看各地的生产总值。\n\n"
            "雷山县\n\nGDP 28.11亿元\n")
    decision = decide_year(clean(text).text, Document("x", text))
    assert decision.value == 2016
    assert "年鉴" in decision.cue


@pytest.mark.parametrize("text", [
    "根据住建部《2021年城市建设统计年鉴》，该市建成区为456平方公里。\n\n"
    "2022年，全市实现地区生产总值7541亿。\n\n2022年全区实现地区生产总值1056.6亿。\n",
    "根據住建部《2021年城市建設統計年鑑》，該市建成區為456平方公里。\n\n"
    "2022年，全市實現地區生產總值7541億。\n\n2022年全區實現地區生產總值1056.6億。\n",
])
def test_a_cited_yearbook_does_not_date_a_text_reporting_a_later_year(text: str) -> None:
    # the yearbook is a source of one figure; the figures the text reports as achieved
    # are of 2022, so it is written no earlier than that, and they are results
    from plantrack import extract

    decision = decide_year(clean(text).text, Document("x", text))
    assert decision.value == 2022
    assert "年鉴" not in decision.cue
    kinds = {(f.kind, str(f.period)) for f in extract(text).facts if f.indicator == "gdp"}
    assert kinds == {("result", "2022")}


def test_a_number_alone_over_a_title_line_heads_the_year_the_title_names() -> None:
    from plantrack import extract

    text = ("2022年大湾区9城GDP出炉!\n\n广州市地区生产总值为28839.00亿元,同比增长1.0%。\n"
            "02\n广州2023年GDP力争突破3万亿\n各区目标也定了!\n\n"
            "南沙区:力争GDP增长10%以上,固定资产投资增长30%。\n")
    got = {(f.region, f.kind, str(f.period)) for f in extract(text).facts
           if f.region == "440115"}
    assert got == {("440115", "target", "2023")}


def test_a_first_line_opening_a_list_of_years_is_no_title() -> None:
    # 【1995年】甲市GDP为…, then 2005 and 2010: rows of a comparison, each its own year's
    # results, not a title that makes the later rows targets
    text = ("【1995年】唐山GDP为498.60亿元,宜昌GDP为217.06亿元\n"
            "【2005年】唐山GDP为2027.64亿元,宜昌GDP为608.06亿元\n"
            "【2010年】唐山GDP为4469.16亿元,宜昌GDP为1547.3亿元\n")
    facts = extract(text).facts
    assert {(f.kind, str(f.period)) for f in facts} == {
        ("result", "1995"), ("result", "2005"), ("result", "2010")}
    # a title of its year over a paragraph opened by the same year stays the title
    text = "2019年某县统计公报\n2019年,全县地区生产总值483亿元。\n2019年,全县财政收入20亿元。\n"
    assert decide_year(clean(text).text, Document(text=text, name="a.txt")).cue.startswith(
        "title")


@pytest.mark.parametrize("header", ["比上年增长", "较上年增长%", "與上年相比"])
def test_a_column_of_changes_on_the_year_before_reviews_no_year(header: str) -> None:
    # 比上年增长 alone on its line (a one-cell-a-line table's header cell) compares with
    # the year before; it heads no review of it, so the bulletin's later figures stay
    # the bulletin's year
    assert heading_year(header, 2018) is None
    assert heading_year("上年工作回顾", 2018) is not None
    text = ("定西市2018年国民经济和社会发展统计公报\n表1:2018年生产总值\n指标\n总量\n"
            f"{header}\n生产总值\n356.26\n6.3\n第一产业增加值\n65.6\n5.7\n"
            "就业:全年新增城镇就业19989人。\n")
    facts = extract(Document(name="d.txt", text=text)).facts
    assert {(f.indicator, f.period.end_year) for f in facts
            if f.indicator == "urban_jobs_new"} == {("urban_jobs_new", 2018)}


def test_three_quarters_reported_on_a_page_dated_in_june_are_the_year_befores() -> None:
    # the part's change is said in the sentence after the one naming it
    text = ("更新时间:2018-06-13 14:05\n前三季度经济运行继续呈现总体平稳、稳中有进态势。"
            "全省实现生产总值54866.8亿元,按可比价计算,增长7.5%。")
    assert _year(text)[0] == 2017


def test_a_years_whole_figure_beside_this_years_aims_is_last_years() -> None:
    text = ("各省GDP目标出炉\n01月26日\n国家统计局早前公布,2020年内地GDP增长2.3%。"
            "今年中国经济增速将达8%左右。去年受疫情影响最大的湖北,今年经济增长目标设定在10%以上。")
    assert _year(text)[0] == 2021


def test_a_headline_opening_with_last_year_over_a_body_naming_no_year() -> None:
    text = ("去年研发经费投入超千亿元省(市)达12个\n\n时间 : 2023-09-19 08:41:11\n"
            "据国家统计局网站消息,研究与试验发展(R&D)经费投入超过千亿元的省(市)有12个。")
    assert _year(text)[0] == 2022
    # a body that names its year keeps it
    assert _year(text + "2023年以来,各地加大投入。")[0] == 2023


def test_a_heading_opening_with_a_year_run_into_its_words_dates_its_section() -> None:
    text = ("“十四五”规划目标\n■城镇调查失业率控制在5.5%以内\n2021任务清单\n"
            "●国内生产总值增长6%以上\n●居民消费价格涨幅3%左右\n")
    got = {(f.kind, str(f.period), f.indicator) for f in extract(text, region="100000").facts}
    assert ("target", "2021", "gdp") in got
    assert ("target", "2021", "cpi") in got


def test_a_number_and_its_unit_opening_a_line_is_no_heading_year() -> None:
    assert heading_year("2000万元以上项目") is None
    assert heading_year("2020中国统计年鉴") is None
    decision = heading_year("2021任务清单")
    assert decision is not None
    assert decision.value == 2021


def test_a_dateline_gives_way_to_old_years_when_nothing_ties_the_text_to_it() -> None:
    # a repost site's time stamp, years after the figures it copies: the text says
    # neither 今年 nor 去年, only 2020年 and the year before it
    text = ("某网\n\n2023-06-15 04:10:38\n\n近日，各县相继发布2020年主要经济数据。\n"
            "2020年，甲县以870.2亿元领跑全省县域，与2019年相比提高6.5亿元。\n"
            "乙县经济总量达到549.3亿元，位居第2。")
    assert _year(text)[0] == 2020
    # a story dated in its text that speaks of 去年 is of its date
    tied = text.replace("近日", "去年")
    assert _year(tied)[0] == 2023


@pytest.mark.parametrize("line", ["(一九九八年三月五日)", "(1998年3月5日)", "1998年三月五日"])
def test_a_date_line_in_words_or_digits_names_no_headings_year(line: str) -> None:
    # the day a bulletin was issued, under its title: no heading of a section of 1998
    assert heading_year(clean(line).text) is None
    text = (f"甲区1997年国民经济和社会发展统计公报\n\n{line}\n\n一、农业\n\n"
            "全区实现农业总产值67306万元，比上年增长6.65%。粮食总产102080吨。")
    facts = extract(text, region="370306").facts
    assert facts
    assert {(type(f).__name__, str(f.period)) for f in facts} == {("Result", "1997")}


def test_a_heading_over_a_terms_goals_names_its_fifth_year() -> None:
    # 今后五年的重点目标 in a report of 2017: the goals of the term's last year, 2021
    assert heading_year("今后五年的重点目标", written=2017).value == 2021  # type: ignore[union-attr]
    text = ("2017年4月22日,某市第八届人民代表大会第一次会议开幕。\n赶超发展的五年\n"
            "地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元;\n今后五年的重点目标\n"
            "地区生产总值突破3000亿元;\n居民人均可支配收入超过5万元。\n2017年主要工作\n"
            "地区生产总值增长7.5%以上;\n")
    got = {(f.kind, str(f.period), f.quantity.value)
           for f in extract(text, region="330500").facts if f.indicator != "other"}
    assert {("target", "2021", Decimal(300000000000)), ("target", "2021", Decimal(50000)),
            ("target", "2017", Decimal("7.5"))} <= got


def test_a_titles_horizon_later_than_the_session_the_text_names_is_no_year_of_writing() -> None:
    # the title names the year a forecast reaches (2020); the text says it is written in
    # the first year of the plan that began in 2016
    text = ("政府工作报告:我国经济总量2020年超90万亿\n"
            "十二届全国人大四次会议昨天上午在京开幕。今年是“十三五”的开局之年,"
            "今年发展的主要预期目标是:国内生产总值增长6.5%~7%。")
    assert _year(text)[0] == 2016
    # a title naming the session's own year still decides
    assert _year(text.replace("我国经济总量2020年超90万亿", "2016年主要预期目标"))[0] == 2016


def test_a_date_earlier_than_every_year_a_page_reports_is_no_publications() -> None:
    # a mirror's address holding 20180105… over a bulletin of 2020 (疫情, 全年): the text
    # reports only a later year, so the address's date is none of its publication
    text = ("一、经济\n2020年，面对新冠肺炎疫情冲击，全区经济持续回升。\n一、综合\n"
            "全年实现地区生产总值(GDP)719117万元，比上年增长5.1%。")
    year, _, cue = _year(text, url="http://x.com/About/Show/20180105144819169.html")
    assert year == 2020
    assert "earlier than anything it reports" in cue
    # (a page dated in the year it reports, or after, keeps its date's reading)
    assert _year(text, url="http://x.com/2021-02/15/c_1.htm")[0] == 2020


def test_a_year_written_in_two_figures_before_its_figures_verb() -> None:
    # 南宁18年实现GDP总量…: 2018, weakly, in a text naming no year in full; a span of years
    # (连续18年, 18年来) names none
    text = "首府城市南宁18年实现GDP总量4000亿元,同比增长5.0%。"
    decision = decide_year(text, Document(name="d.txt", text=text))
    assert decision.value == 2018
    assert decision.confidence < WEAK_CONFIDENCE
    for span in ("全市经济连续18年实现增长。", "18年来全市经济稳步发展。", "过去的18年实现增长。"):
        assert decide_year(span, Document(name="d.txt", text=span)).value is None


def test_a_yearbooks_head_outweighs_the_year_a_review_names_most() -> None:
    # 双流年鉴 2022 over a five-year review naming 2016年 twice: the yearbook reports 2021
    text = ("首页 出版 某某年鉴 2022\n\n区人民政府工作报告\n五年来,地区生产总值达 1000 亿 元,"
            "较 2016 年增长 60.5%,外贸进出口达 800 亿元,是 2016 年的 2.5 倍。")
    decision = decide_year(text, Document(name="d.txt", text=text))
    assert decision.value == 2021
    # its figures are the year's it reports, not the year before (a yearbook is printed
    # after its year, not in it)
    facts = extract(Document(name="d.txt", text=text), region="510116").facts
    assert {str(f.period) for f in facts if f.indicator == "gdp"} == {"2021"}


def test_a_report_reviewing_its_year_before_this_years_targets_is_given_the_year_after() -> None:
    # 2022年是…的一年。一年来… then 今年…预期目标: a news write-up of a work report given
    # in 2023, reviewing 2022
    text = ("某区讯 2月8日,某区人民代表大会开幕。报告指出,2022年是某区发展历程中极不平凡的"
            "一年。一年来,全区经济社会发展取得新成效。全年实现地区生产总值2252.5亿元,同比增长"
            "4.2%。\n报告还显示,今年经济社会发展的主要预期目标是:地区生产总值增长10%。")
    assert _year(text)[0] == 2023
    # without this year's targets after it, the year it names is the text's (a bulletin's
    # review of its year), unless it judges the year as a whole (below)
    first = text.split("\n", maxsplit=1)[0].replace("极不平凡", "极为关键")
    assert _year(first)[0] == 2022


def test_a_headline_looking_back_on_a_year_dates_the_estimates_and_months_after_it() -> None:
    # 9个关键词回顾某区2018, dated 2019-01-25: 预计 is 2018's outcome; months no year names
    # that end after January (1-11月) are 2018's, and a period in brackets after a name
    # (进出口总额(1-11月)) is that item's own, not the next clause's
    text = ("某区新闻\n打造滨海城区典范 9个关键词回顾某区2018\n发布时间:2019-01-25来源:某报\n"
            "预计实现本区生产总值630亿元左右,同比(下同)增长7.3%左右;一般公共预算收入29.65亿元;"
            "进出口总额(1-11月)1157.60亿元,万元GDP能耗、水耗分别下降4.3%、6.6%。")
    facts = extract(Document(name="d.txt", text=text), region="440308").facts
    periods = {(f.indicator, str(f.period)) for f in facts}
    assert periods == {("gdp", "2018"), ("general_budget_revenue", "2018"),
                       ("foreign_trade", "2018-01..2018-11"), ("energy_intensity", "2018")}


def test_a_progression_over_a_span_of_past_years_is_a_review_of_its_last() -> None:
    # 2011年至2016年,全州生产总值从…增加到…,年均增长…: told at a press conference after the
    # span, not a plan for 2011; its levels are the span's ends, what was reached
    text = ("某某讯 9月29日,“砥砺奋进的五年”系列新闻发布会某州专场举行。五年来,某州保持了经济"
            "持续快速健康发展。\n2011年至2016年,全州生产总值从64.63亿元增加到126.46亿元,年均"
            "增长14.37%;地方财政一般预算收入从6.66亿元增加到9.46亿元。")
    assert _year(text)[0] == 2016
    facts = extract(Document(name="d.txt", text=text), region="533300").facts
    levels = {(type(f).__name__, f.indicator, str(f.period)) for f in facts
              if f.measure == "level"}
    assert levels == {("Result", "gdp", "2011"), ("Result", "gdp", "2016"),
                      ("Result", "general_budget_revenue", "2011"),
                      ("Result", "general_budget_revenue", "2016")}


def test_a_sessions_estimates_of_its_own_year_given_in_december_are_its_outcome() -> None:
    # a district's session of 12月30日: 预计达1410亿元 is the year's outcome as it ends,
    # beside the next year's aims
    text = ("12月30日,某区第六届人民代表大会第五次会议开幕。区长作政府工作报告,全面回顾过去一年"
            "工作成效,明确2026年发展目标。\n报告指出,2025年作为“十四五”收官之年,某区各项事业"
            "取得新进展。地区生产总值预计达1410亿元、增长6.2%。\n2026年主要预期目标:地区生产"
            "总值增长6%左右。")
    facts = extract(Document(name="d.txt", text=text, published=date(2025, 12, 31)),
                    region="420115").facts
    got = {(type(f).__name__, f.measure, str(f.period), str(f.quantity.value)) for f in facts}
    assert ("Result", "level", "2025", "141000000000") in got
    assert ("Result", "growth", "2025", "6.2") in got
    assert all(type(f).__name__ == "Goal" for f in facts if str(f.period) == "2026")


def test_a_year_since_which_the_next_sentence_reports_the_whole_year_is_its_year() -> None:
    # a district's profile page, undated: 2018年以来,… then 全年地区生产总值完成…
    text = ("某区是某市的中心城区,辖区总面积135.3平方公里。\n2018年以来,某区紧紧围绕工作总格局,"
            "全区经济社会发展保持了健康稳定的良好态势。\n全年地区生产总值完成1378.8亿元,同比"
            "增长9.5%。")
    assert _year(text)[0] == 2018
    # (a year since which nothing whole follows is no year the text reports)
    assert _year(text.replace("全年地区", "地区"))[0] is None


def test_this_year_in_a_page_written_the_year_after_its_figures_is_the_page_s() -> None:
    # a news item dated 2019-01 under a title of 2018's figures: its 今年 is 2019
    text = ("2018年某区地区生产总值799.2亿元 同比增长8.9%\n日前,某区“两会”召开,2018年某区完成"
            "地区生产总值799.2亿元,增长8.9%。\n据介绍,今年,某区地区生产总值的目标为增长7.8%"
            "以上。")
    facts = extract(Document(name="d.txt", text=text,
                             url="https://cd.example.com/xd/201901/56811656.html"),
                    region="510114").facts
    got = {(type(f).__name__, str(f.period), str(f.quantity.value)) for f in facts}
    assert ("Goal", "2019", "7.8") in got
    assert ("Result", "2018", "8.9") in got


def test_a_year_judged_not_ordinary_is_looked_back_on_from_the_year_after() -> None:
    # 2020年是…极不平凡的一年: a year judged as a whole, so the text is written after it,
    # and its 去年 is that year (a news item of a county-level city's figures, 2021)
    text = ("连续13年上榜全国百强县。2020年是某市发展历程中极不平凡的一年,全市上下迎难而上,"
            "经济运行强劲复苏。\n去年,某市GDP完成637.04亿元、增长4.3%。")
    assert _year(text)[:1] == (2021,)
    facts = extract(Document(name="d.txt", text=text), region="411481").facts
    assert {str(f.period) for f in facts} == {"2020"}


def test_a_year_judged_in_the_sentence_that_says_its_aims_were_met_is_looked_back_on() -> None:
    # 2025年是…砥砺奋进的一年，全市生产总值增长5.5%，…目标任务全面完成: written after it
    text = ("某市人代会开幕\n报告分三个部分：工作回顾、目标任务、重点工作。\n2025年是某市发展乘势"
            "而上、砥砺奋进的一年，全市生产总值增长5.5%，市人大会议确定的目标任务全面完成。\n"
            "报告提出今年全市经济社会发展的主要预期目标是：生产总值增长5.5%以上。")
    assert _year(text)[:1] == (2026,)
    facts = extract(Document(name="d.txt", text=text), region="610400").facts
    assert {(f.kind, str(f.period)) for f in facts} == {("result", "2025"), ("target", "2026")}


@pytest.mark.parametrize(("said", "year"), [("二十大", 2022), ("十九大", 2017)])
def test_the_year_a_party_congress_sits_is_told_by_it(said: str, year: int) -> None:
    text = f"今年是党的{said}召开之年\n主要预期目标是:地区生产总值增长8%以上。"
    assert _year(text)[0] == year


def test_an_aim_a_figure_is_reported_against_does_not_make_it_a_text_of_now() -> None:
    # 2019年以来 opening a district's review, reposted in June 2020: 增速高于年初预期目标
    # (7.0%) weighs a result against the year's aim, no aim of now
    text = ("2019年以来,全区上下克难攻坚,较好地完成了各项目标任务。\n"
            "全年实现地区生产总值389.63亿元,增长7.2%,增速高于年初预期目标(7.0%)0.2个百分点。")
    year, _, cue = _year(text, published=date(2020, 6, 4))
    assert year == 2019
    assert "reports on 2019" in cue
