"""infer_year: the year a document is written in, from cues in its text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from tests.text.strategies import mixed_text

from plantrack.model import Document
from plantrack.text.clean import clean
from plantrack.text.prepare import prepare
from plantrack.text.years import (
    deadline_dates,
    five_year_plan,
    head_date,
    infer_year,
    reported_years,
)

REPO = Path(__file__).resolve().parents[2]

CUES = [
    ("今天(2月10日)上午,市人民代表大会开幕。回首2024年\n地区生产总值增长7.7%", 2024, "回首某年"),
    ("展望2024,全区将继续努力。", 2024, "展望"),
    ("今年(2024年)广东省发展面临的有利条件强于不利因素。", 2024, "今年(年份)"),
    ("现代快报 2023全国两会特别报道", 2023, "全国两会"),
    ("第十三届全国人民代表大会第五次会议在北京开幕。2021年,我国经济增长8.1%。", 2022,
     "全国人大会议"),
    ("浙江省十四届人大一次会议1月12日开幕。", 2023, "人大会议"),
    ("在四川省第十三届人民代表大会第三次会议上", 2020, "人大会议"),
    ("今年是新中国成立75周年。2023年地区生产总值增长6%。", 2024, "成立周年"),
    ("确保全面贯彻党的二十大精神开局之年交出高分答卷。", 2023, "二十大开局之年"),
    ("今年是“十四五”规划的开局之年。", 2021, "开局之年"),
    ("2025年是“十四五”规划的收官之年。", 2025, "收官之年"),
    ("兔年伊始,项目建设正酣。2022年全区实现增长。", 2023, "生肖年"),
    ("龙年新春,各地开工。", 2024, "生肖年"),
    ("日期:2022-07-25 21:31:25 来源:科技日报\n上半年增长4.1%", 2022, "来源行"),  # its source line
    ("2019年7月26日 南通日报\n上半年增长6.5%", 2019, "日期行"),
    ("出台了《通州区2023持续推进营商环境提升年工作实施方案》", 2023, "书名年份"),
    ("未来五年,是关键时期。\n到2025年地区生产总值跨越2000亿元。", 2021, "五年目标"),
    ("长兴县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
     "回顾“十三五”,地区生产总值由2015年的525亿元增加到2020年的751亿元。", 2021, "规划纲要"),
    ("2024年是中华人民共和国成立75周年,是关键一年。", 2024, "成立周年"),
    # a report's review of a year is given the year after, however it speaks of that year
    ("报告对2019年政府工作进行了回顾。2019年,是新中国成立70周年。", 2020, "工作回顾"),
    ("报告分为两部分:\n一、2019年工作回顾;\n2019年是新中国成立70周年。", 2020, "工作回顾"),
    ("县长在作报告时，对2021年及十七届县人民政府工作作了全面回顾。2021年是开局之年。", 2022,
     "工作回顾"),
    # (a report's session told in the news: what it sums up and what it sets)
    ("会议总结了2016年的工作，制定了2017年的目标任务。2016年预计地方生产总值3737亿元。2016年，"
     "全市较好完成全年目标任务。", 2017, "总结工作"),
    # a year said just past is the one before the text's (刚刚过去的2019年, in 2020's report)
    ("陈吉宁说，刚刚过去的2019年，我们隆重庆祝新中国成立70周年。", 2020, "刚刚过去"),
    # a page spaced around its numbers: the years it compares with (与 2019 年一季度) are bases
    ("2021 年一季度全省实现生产总值 25878 亿元，部分指标两年平均增速高于 2019 年一季度，"
     "与 2019 年一季度基本相当。", 2021, "most frequent"),
    ("2022年,海安市全年实现地区生产总值1400亿元。", 2022, "most frequent"),
    # a year reported whole outweighs an earlier one a list names more often
    ("四平市2024年全年实现地区生产总值580.58亿元。梨树县2023年为172.08亿元,双辽市2023年为"
     "110.06亿元,铁东区2023年为91.30亿元。", 2024, "reports 2024年 whole"),
    ("全市2024年完成地区生产总值580.58亿元。梨树县2023年为172.08亿元,双辽市2023年为"
     "110.06亿元。", 2023, "most frequent"),
    # a later year's estimate of its results (2017年预计实现…) outweighs a profile's year
    # named more often (人口10万(2012年)): the year the text reports
    ("某县人口10.6万(2012年),面积172平方千米(2012年)。2012年,某县实现地区生产总值48亿元。"
     "2017年预计实现地区生产总值85亿元,增长7.3%。", 2017, "reports 2017年 whole"),
    # a chart's series (图4 2018年—2022年粮食产量) runs up to the year its page reports
    ("粮食产量2297.0吨。\n图4 2018年—2022年粮食产量\n全年规模以上工业增加值增长19.5%。", 2022,
     "most frequent"),
    # (a horizon after 到 is a projection, no year it reports)
    ("2012年,某县实现地区生产总值48亿元。2012年末人口10万。预计到2017年实现地区生产总值"
     "85亿元。", 2012, "most frequent"),
    ("中期评估报告\n——2023年11月在浦东新区第七届人民代表大会常务委员会第十二次会议上\n"
     "2022年,全区生产总值增长。2022年末,企业增加。", 2023, "会议上"),
]


@pytest.mark.parametrize(("text", "year", "cue"), CUES)
def test_cues(text: str, year: int, cue: str) -> None:
    guess = infer_year(clean(text).text)
    assert guess is not None
    assert guess.year == year
    assert guess.cue.startswith(cue)


def test_a_national_session_recalled_in_a_later_review_is_not_its_year() -> None:
    text = ("十年来重庆地区生产总值年均增长9.2%\n来源:重庆日报 时间:2022-09-07 10:26:23\n"
            "党的十八大以来,参加十三届全国人大一次会议重庆代表团审议,多次为重庆发展把脉定向。"
            "2020年全市地区生产总值迈上2.5万亿元台阶。")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2022
    # the session a report is given at still names its year
    text = "在十四届全国人大一次会议上,2022年国内生产总值增长3%。"
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2023


@pytest.mark.parametrize("text", ["根据住建部《2021年城市建设统计年鉴》,建成区为456平方公里。",
                                  "根據住建部《2021年城市建設統計年鑑》,建成區為456平方公里。"])
def test_a_yearbooks_title_year_is_not_the_year_a_text_is_written(text: str) -> None:
    guess = infer_year(clean(text).text)
    assert guess is None or "书名年份" not in guess.cue


@pytest.mark.parametrize(("text", "day"), [
    ("| NEWS.SOHU.COM 2004年02月25日08:07 四川新闻网 |\n记者报道。2003年:\n", date(2004, 2, 25)),
    ("日期:2022-07-28 09:42:19 来源:科技日报\n上半年增长4.1%", date(2022, 7, 28)),
    ("新乡市统计局\n2021年4月\n一季度增长", date(2021, 4, 1)),
    # a site's date with commas for its year's and month's marks (2023,05月,24日)
    ("出口升温 外贸回暖\n\n2023,05月,24日\n\n前四月进出口", date(2023, 5, 24)),
    ("出口升溫 外貿回暖\n\n2023，05月，24日\n\n前四月進出口", date(2023, 5, 24)),
    ("全市生产总值增长13%。" * 40 + "2004年02月25日", None),  # (not at the head)
    ("全市生产总值增长13%。", None),
])
def test_the_date_a_dateline_at_the_head_gives(text: str, day: date | None) -> None:
    assert head_date(clean(text).text) == day


def test_a_standards_version_year_in_a_title_is_no_year() -> None:
    text = "注:行业分类按照《国民经济行业分类(GB/T 4754-2017)》执行。"
    guess = infer_year(text)
    assert guess is None or "书名年份" not in guess.cue


def test_a_forecast_reports_span_of_years_is_no_year_of_the_text() -> None:
    # a market report a page advertises, twice, by its title and again on a line of its
    # own: its span of years (a forecast's horizon) is neither the year the page is
    # written in nor one it reports on; 2023年 is
    text = ("榜单解读:\n2023年,全国共投入研究与试验发展(R&D)经费33357.1亿元,增长8.4%。"
            "相较于2022年各地区研发经费投入,所有地区均有增加。\n"
            "相关报告:智研咨询发布的《2024-2030年中国科技创新行业市场全景调研及未来趋势"
            "研判报告》\n2025-2031年中国科技创新行业市场运行态势及发展战略研判报告\n"
            "《2025-2031年中国科技创新行业市场运行态势及发展战略研判报告 》共九章")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2023, guess.cue


def test_a_year_ending_a_span_is_no_year_reported() -> None:
    # 2016-2020年 (a series, a plan's or a forecast's span) names no one year it reports on
    assert reported_years("2016-2020年生产总值,2016—2020年,2019年~2021年,2023年全市") == [
        2019, 2023]


def test_a_district_congress_is_not_a_national_one() -> None:
    guess = infer_year("区十八届人大第一次会议召开。2022年国民经济和社会发展计划")
    assert guess is not None
    assert guess.year == 2022


def test_a_provinces_congress_numbered_on_its_own_cycle_gives_way_to_the_years_reported() -> None:
    # 西藏's 12th congress opened in 2023, not (as on the country's cycle) in 2013: a
    # session reporting 2024年 cannot be 2015's
    text = "自治区第十二届人民代表大会第三次会议19日开幕。2024年，全区地区生产总值增长6.3%。"
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2024
    assert not guess.cue.startswith("人大会议")
    # a province on the country's cycle keeps its session's year
    assert infer_year("浙江省十四届人大二次会议开幕。2023年，全省生产总值增长6%。") == (
        infer_year("浙江省十四届人大二次会议开幕。"))


def test_a_review_of_a_plan_outline_is_not_written_in_its_first_year() -> None:
    guess = infer_year("关于浦东新区国民经济和社会发展第十四个五年规划纲要实施情况的中期评估报告\n"
                       "2022年,全区生产总值增长。2022年末,企业增加。")
    assert guess is not None
    assert guess.year == 2022


def test_a_target_year_is_not_the_year_of_writing() -> None:
    assert infer_year("到2025年,力争到2025年高新技术企业达500家") is None


def test_dateline_gives_the_date() -> None:
    guess = infer_year("发布时间: 2019-07-26\n内容")
    assert guess is not None
    assert guess.date == date(2019, 7, 26)


def test_a_sites_clock_is_no_dateline() -> None:
    # the page's clock (a weekday and the time to the second) shows the day it was copied
    guess = infer_year("欢迎访问本站\n2021-8-11 星期三   14:13:52 设为首页\n"
                       "前三季度县域经济运行情况\n时间:2023年11月09日来源:市统计局\n")
    assert guess is not None
    assert guess.date == date(2023, 11, 9)
    # the time before the weekday, to the minute: a clock too
    clock = infer_year("某某市场网 |  2025-05-06 16:25 星期二\n2015年6月份零售总额增长10.6%\n")
    assert clock is not None
    assert clock.date is None
    assert clock.year == 2015
    # an article's dateline with its time and no weekday stays the dateline
    timed = infer_year("2015-07-23 12:56  来源:某报\n上半年全市增长9.6%\n")
    assert timed is not None
    assert timed.date == date(2015, 7, 23)
    # a newspaper's issue date with its weekday, and no clock, is the dateline
    issue = infer_year("2022年3月9日 星期三\n第3版:要闻\n")
    assert issue is not None
    assert issue.date == date(2022, 3, 9)


def test_five_year_plans() -> None:
    assert five_year_plan(11) == (2006, 2010)
    assert five_year_plan(14) == (2021, 2025)
    assert five_year_plan(15) == (2026, 2030)


def test_no_cue_no_year() -> None:
    assert infer_year("全区经济运行稳中向好。") is None


@given(mixed_text(300))
def test_never_raises(text: str) -> None:
    guess = infer_year(text)
    assert guess is None or 1900 <= guess.year <= 2200


def test_the_caller_and_metadata_win_over_cues() -> None:
    document = Document(name="d", text="展望2024,增长6%。")
    assert prepare(document).year == 2024
    assert prepare(document, year=2020).year == 2020
    assert prepare(Document(name="d", text="展望2024", year=2019)).year == 2019


def test_a_publication_date_gives_way_to_the_text_naming_its_year() -> None:
    # a repost's date says when the site printed it, 展望2024 what it is about
    assert prepare(Document(name="d", text="展望2024", published=date(2026, 3, 1))).year == 2024
    # with no cue of its own, the text is of its publication's year
    assert prepare(Document(name="d", text="增长6%。", published=date(2018, 3, 1))).year == 2018


# The year each document is written in, and what the gold's periods say about it. A
# review is written the year after the one it reports (sc: 2019 results, published
# 2020); its facts name their year explicitly, so the writing year is what 今年/去年
# need. See docs/text-engine.md for the table.
SEED_YEARS = {
    "000_442b9e8e119031b1.txt": 2024,  # 展望2024; gold 2024
    "001_f5ed7f2866de73b0.txt": 2021,  # 未来五年 … 到2025年; gold 2021..2025
    "002_0d6ca765d7ace66e.txt": 2023,  # 《通州区2023…》; gold 2023H1, 2023
    "003_2d18ca08180cd2e7.txt": 2023,  # 2023全国两会, 兔年; gold 2023-01..02
    "004_039654131e6fe34c.txt": 2023,  # 二十大…开局之年; gold 2023H1, 2023
}
DEV_YEARS = {
    "bj-tongzhou-2022h1.txt": 2022,
    "cn-gwr-2022-review-targets.txt": 2022,  # gold: 2021 results (explicit), 2022 targets
    "gd-guangzhou-14fyp.txt": 2021,
    "gd-gwr-2024-targets-hk.txt": 2024,
    "gd-shunde-2023h1.txt": 2023,
    "js-2023h1-cities.txt": 2023,
    "nt-2019h1-renda.txt": 2019,
    "nt-2023-results-rmw.txt": 2024,  # a 2024 report; gold's 2023 figures are explicit
    "nt-haian-2022-review.txt": 2022,
    "nt-haimen-2022-plan.txt": 2022,
    "nt-haimen-2025-targets.txt": 2025,
    "nt-tongzhou-2024-plan.txt": 2024,
    "sc-plan-2019-results.txt": 2020,  # published 2020; gold's 2019 figures are explicit
    "zj-gwr-to2027-garbled.txt": 2023,
}


@pytest.mark.parametrize(("name", "year"), sorted(SEED_YEARS.items()))
def test_seed_years(name: str, year: int) -> None:
    text = (REPO / "seeds" / name).read_text("utf-8")
    guess = infer_year(clean(text).text)
    assert guess is not None
    assert guess.year == year


@pytest.mark.parametrize(("name", "year"), sorted(DEV_YEARS.items()))
def test_dev_corpus_years(shared: Path, name: str, year: int) -> None:
    text = (shared / "corpus" / "dev" / name).read_text("utf-8")
    guess = infer_year(clean(text).text)
    assert guess is not None
    assert guess.year == year


def test_every_dev_document_is_covered(shared: Path) -> None:
    names = {p.name for p in (shared / "corpus" / "dev").glob("*.txt")}
    assert names == set(DEV_YEARS)


def test_reported_years_leave_out_bases_and_horizons() -> None:
    # the one reading of "a year the text reports" that both the year vote and the
    # repost check use: bases (比, 较, 与…相比, 同期) and horizons (到, 至) are not
    text = ("比2019年增长3%，较2018年提高，与2017年相比，2016年同期，到2025年，至2030年，"
            "截至2022年末，2023年全市，为2014年以来同期最好，是2010年的2.2倍，"
            "从2016年第四季度至今，自2012年起，由2015年的502亿元增加到，"
            "延续2019年年底以来的态势，2018年末以来")
    assert reported_years(text) == [2022, 2023]


def test_a_year_since_a_part_of_which_is_no_year_reported() -> None:
    # 为2010年一季度以来最低: since a quarter, a month or a half of that year, not of it
    text = ("东部地区出口增长5.6%,为2010年一季度以来最低。2019年6月以来,2016年上半年以来,"
            "2015年第三季度以来,2012年一季度,出口增长2%。")
    assert reported_years(text) == [2012]


def test_years_listed_before_one_year_word_are_each_reported() -> None:
    # (a note under a table: the data above are 2021's, the drafts of 2021 and 2022 not)
    text = "上表是2021年的终核数据，此前公布的2021、2022年数据为初步核算数，2019和2020年同。"
    assert reported_years(text) == [2021, 2021, 2022, 2019, 2020]
    assert infer_year(text).year == 2021


@pytest.mark.parametrize(("text", "year"), [
    # a review measuring everything from 2000 is still written in the year it reports
    ("据初步测算，2005年全市地区生产总值将突破3000亿元，比2000年接近翻一番；"
     "投资比2000年增长2倍，收入比2000年增长62%，较2000年增长43%。", 2005),
    # a five-year outline's draft put to the congress with the report: the plan's first year
    ("现在，我代表市人民政府向大会报告工作，请与《某市国民经济和社会发展第十四个五年规划"
     "纲要（草案）》一并审议。这五年，地区生产总值是2015年的1.8倍。", 2021),
    # the target set 在…第一次会议上 is last year's; the session meeting today is the second
    ("全省生产总值增长8.9%，超过年初在某省第十三届人民代表大会第一次会议上提出的目标。"
     "某省第十三届人民代表大会第二次会议今天开幕。", 2019),
], ids=["bases-compared-with", "five-year-outline-draft", "latest-session"])
def test_the_year_written_in_past_what_the_text_only_looks_back_on(text: str,
                                                                  year: int) -> None:
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == year


@pytest.mark.parametrize("said", ["截至", "截止", "截止到", "截至到"])
def test_a_date_reached_is_a_year_reported_and_a_horizon_is_not(said: str) -> None:
    assert reported_years(f"{said}2020年末,全省仍有12个县") == [2020]
    assert reported_years("到2025年,全省GDP达到1万亿元") == []


def test_a_sites_list_of_other_pages_dates_is_no_dateline() -> None:
    # 发布日期:… 浏览次数:… a line each, over the article: other pages' dates; the article
    # names its own year in its body
    side = "".join(f"发布日期:2022-{m:02d}-21浏览次数:{n}\n" for m, n in ((4, 5777), (6, 5707),
                                                                      (10, 2269)))
    text = side + "2022年8月17日,甲省上市公司突破800家。全年新增上市公司99家。"
    assert head_date(text) is None
    guess = infer_year(text)
    assert guess is None or guess.date is None
    # one page's own dateline still dates it
    assert head_date("发布日期:2022-04-21浏览次数:5777\n正文。") == date(2022, 4, 21)


def test_a_year_run_into_the_part_of_it_reported_is_one_reported() -> None:
    # 2021上半年: the year its 年 left out, before the half it reports
    text = ("2020年,全市地区生产总值突破万亿。\n2021上半年,甲区的地区生产总值达到了1910.1亿元。"
            "\n2021上半年,乙区的地区生产总值达到了565.4亿元。")
    assert reported_years(text) == [2020, 2021, 2021]
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2021


def test_a_report_of_a_years_work_and_the_plan_it_ends_is_written_after_it() -> None:
    # 报告分为2020年工作和“十三五”时期发展回顾…: a session's report the year after
    text = ("县长向大会作政府工作报告。\n报告分为2020年工作和“十三五”时期发展回顾、2021年工作安排"
            "两个部分。\n报告指出,2020年是“十三五”的收官之年,全年地区生产总值增长3.8%。")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2021



def test_a_plans_end_named_alone_dates_the_figures_of_a_text_naming_no_year() -> None:
    # “十二五”末，全区生产总值达到202.5亿元 in a summary that names no year: the figures
    # are of 2015, told after it; a text naming years keeps them (十三五末 a base there),
    # and 到十二五末 is a deadline
    guess = infer_year("一、综合实力\n“十二五”末,全区生产总值达到202.5亿元,五年年均增长13.4%。")
    assert guess is not None
    assert (guess.year, guess.of_figures) == (2015, True)
    assert infer_year("到十二五末,全区生产总值达到300亿元。") is None
    guess = infer_year("十三五末,全市生产总值达到5000亿元。2021年,全市生产总值增长8%。")
    assert guess is not None
    assert guess.year == 2021


def test_a_projects_deadline_is_no_year_the_text_reports() -> None:
    # 将于2023年11月建成: the project's deadline; the text reports 2022 (a tie of one
    # mention each would go to the later year)
    text = ("2022年3月份全市项目集中开工。临渭区本次集中开工项目6个,其中某产业园项目将于"
            "2023年11月建成。")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2022
    assert deadline_dates(text) == [(text.index("2023"), text.index("建成"))]
    assert deadline_dates("力争于2025年实现地区生产总值1000亿元。") == []


def test_the_years_whose_sentences_state_figures_outweigh_a_history() -> None:
    # a Q&A page: its answer reports 2019; the background after it names 2015 twice, with
    # no sum nor rate (a count of districts is none), nor in the title
    text = ("常州市哪个区最富裕?\n武进区是最富的。2019年常州实现地区生产总值7400.9亿元,同比增长"
            "6.8%。其中武进区GDP总量为2483.42亿元,增速为6.9%;新北区GDP总量为1543.73亿元,增速为"
            "7.1%;溧阳市GDP总量为1010.54亿元,增速为7.8%。\n拓展资料:\n2015年,撤销常州市武进区和"
            "戚墅堰区,设立新的武进区。\n截至2015年,常州市辖5个市辖区。")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2019


def test_a_later_year_whose_part_is_reported_done_is_the_year_written() -> None:
    # a profile's 2018 figures, named most, then 2019's first three quarters reported
    text = ("2018年芜湖实现GDP3278.53亿元。2018年城镇常住居民人均可支配收入3.84万元。2018年,合肥"
            "实现GDP7822.9亿元。\n2019年前三季度数据\n2019年前三季度安徽实现GDP23783.2亿元,同比"
            "实际增长7.8%。2018年安徽实现GDP30007亿元。")
    guess = infer_year(text)
    assert guess is not None
    assert guess.year == 2019
