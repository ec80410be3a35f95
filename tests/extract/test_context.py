"""The document context's subject region: the body's mentions, the caller's region and
the document's title (which is not part of the text).

The snippets are written for these tests (not copied from the seeds).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.extract.scripts import InScript

from plantrack import extract
from plantrack.model import Document

# says 全区 of itself and names its city once, as a yardstick
DISTRICT = ("2023年全区地区生产总值增长6.5%，增速居南通第二。\n"
            "2024年全区一般公共预算收入力争增长5%。\n")
TONGZHOU = "上半年，通州区地区生产总值增长7.2%。通州区规上工业增加值增长9%。\n"


def regions(text: str, title: str | None = None, region: str | None = None) -> list[str]:
    extraction = extract(Document(name="t.txt", text=text, title=title, year=2023),
                         region=region)
    assert extraction.facts
    return sorted({f.region or "" for f in extraction.facts})


def test_a_title_naming_a_district_gives_the_facts_its_code() -> None:
    # without it, 全区 names a district the text never names: no region, not its city's
    assert regions(DISTRICT) == [""]
    assert regions(DISTRICT, title="海门区2023年计划执行情况与2024年计划") == ["320614"]


def test_a_title_naming_city_and_district_resolves_the_bodys_ambiguous_name() -> None:
    assert regions(TONGZHOU) == ["110112"]  # as without a title: Beijing's
    assert regions(TONGZHOU, title="南通市通州区上半年经济运行情况") == ["320612"]


@pytest.mark.parametrize("title", [
    "南通市与苏州市经济运行比较", "全国上半年经济运行情况", "国务院关于上半年工作的报告",
    "上半年经济运行情况"])
def test_a_title_without_one_region_leaves_the_subject_to_the_body(title: str) -> None:
    assert regions(DISTRICT, title=title) == [""]
    assert regions(TONGZHOU, title=title) == ["110112"]


def test_the_callers_region_wins_over_the_title() -> None:
    assert regions(DISTRICT, title="海门区2023年计划执行情况", region="320682") == ["320682"]


def test_the_title_is_not_part_of_the_text() -> None:
    plain = extract(Document(name="t.txt", text=DISTRICT, year=2023))
    titled = extract(Document(name="t.txt", text=DISTRICT, year=2023,
                              title="海门区2023年计划执行情况"))
    spans = [(f.provenance.start, f.provenance.end, f.provenance.quote) for f in plain.facts]
    assert [(f.provenance.start, f.provenance.end, f.provenance.quote)
            for f in titled.facts] == spans
    assert all(DISTRICT[s:e] == quote for s, e, quote in spans)


def test_a_projects_county_is_resolved_near_the_titles_region() -> None:
    text = ("2023年3月，通州区举行重大项目集中开工活动。"
            "其中，智能装备产业园项目总投资12亿元。\n")
    plain = extract(Document(name="t.txt", text=text, year=2023))
    titled = extract(Document(name="t.txt", text=text, year=2023,
                              title="南通市通州区重大项目集中开工"))
    assert [p.region for p in plain.projects] == ["110112"]
    assert [p.region for p in titled.projects] == ["320612"]


def test_a_report_dated_at_its_congress_and_reposted_years_later_reviews_the_year_before(
        ) -> None:
    # the page's 发布日期 (2022) is a repost's; the text says it was delivered in 2012, so
    # its 过去的一年 is 2011, not the year a later publication would look back on
    text = ("发布日期: 2022-06-02 11:24\n2012年政府工作报告\n"
            "——2012年2月1日在余杭区第一届人民代表大会第三次会议上\n一、2011年工作回顾\n"
            "过去的一年,全区上下奋力拼搏,实现了又好又快发展。全区生产总值620.5亿元,增长13.8%。\n")
    extraction = extract(text)
    assert extraction.context.year.value == 2012
    assert extraction.context.year.label == "written"
    assert {str(f.period) for f in extraction.facts} == {"2011"}


@pytest.mark.parametrize("given", [
    "——2015年1月20日在合肥市第十五届人民代表大会第三次会议上",
    "2015年1月20日,在合肥市第十五届人民代表大会第三次会议上,市长在会上作了政府工作报告:",
], ids=["dash", "comma"])
def test_a_work_report_given_at_its_session_reviews_the_year_before(given: str) -> None:
    # a title naming no year: the session's date says the report is written in 2015, so
    # a paragraph opening 过去的一年, and the figures after it, review 2014
    text = (f"合肥市政府工作报告\n{given}\n各位代表:\n一、工作回顾\n"
            "过去的一年,我们积极应对复杂多变的宏观环境。\n"
            "预计,全市生产总值5100亿元以上、增长10%左右。\n")
    extraction = extract(text)
    assert extraction.context.year.value == 2015
    assert extraction.context.year.label == "written"
    assert {str(f.period) for f in extraction.facts} == {"2014"}


def test_an_anaphor_names_the_region_of_its_level_named_last() -> None:
    text = ("无锡一季度实现生产总值3391.8亿元。常州去年实现地区生产总值9550亿元，有望成为"
            "江苏下一个万亿之城。一季度，该市实现生产总值2184.2亿元，增长5.7%。")
    facts = extract(text, year=2023).facts
    assert {(f.region, f.measure, f.quantity.value) for f in facts} >= {
        ("320200", "level", Decimal(339180000000)), ("320400", "level", Decimal(955000000000)),
        ("320400", "level", Decimal(218420000000)), ("320400", "growth", Decimal("5.7"))}


@pytest.mark.parametrize(("text", "code"), [
    ("2024年,江宁区坚持稳中求进。\n根据南京市统一核算结果,2024年上半年,"
     "我区地区生产总值1600.5亿元,同比增长5.1%。\n", "320115"),
    ("2023年,沛县聚焦项目建设。\n据徐州市统计局核算,本县全年实现地区生产总值"
     "980.2亿元,增长6.3%。\n", "320322"),
], ids=["我区", "本县"])
def test_a_self_reference_means_the_writers_region_not_the_city_named_before_it(
        text: str, code: str) -> None:
    # 我区 and 本县 say the subject as 全区 and 全县 do: the city a framing clause names
    # (根据南京市…核算结果) is not the figures' region
    facts = extract(Document(name="x.txt", text=text)).facts
    assert {(f.indicator, f.region) for f in facts} == {("gdp", code)}
    assert len(facts) == 2


def test_a_region_heading_with_a_converters_glosses_heads_its_figures() -> None:
    text = ("贵州各县生产总值\n\n88.雷(拼音:léi)山县\n\nGDP 28.11亿元\n\n"
            "87.丹(练:dān)寨县\n\nGDP 28.83亿(繁体:億)元\n")
    facts = extract(text, year=2016, region="520000").facts
    assert {(f.region_name, f.quantity.value) for f in facts if f.indicator == "gdp"} == {
        ("雷山县", Decimal("2811000000")), ("丹寨县", Decimal("2883000000"))}


def test_a_regions_line_of_its_figures_heads_the_paragraph_that_reports_them() -> None:
    text = ("2011年前三季度各省区市GDP。\n★直辖市:\n北京 11404.3亿元 8%\n"
            "前三季度,全市实现地区生产总值11404.3亿元,比上年同期增长8%。\n"
            "天津 8006.26亿元 16.5%\n前三季度,全市生产总值完成8006.26亿元,比去年同期增长16.5%。\n"
            "重庆 7003.73亿元 16.5%\n前三季度,累计GDP达到7003.73亿元,同比增长16.5%。\n")
    facts = extract(text, year=2011, region="100000").facts
    assert {(f.region, f.measure, f.quantity.value) for f in facts} == {
        ("110000", "level", Decimal("1140430000000")), ("110000", "growth", Decimal("8")),
        ("120000", "level", Decimal("800626000000")), ("120000", "growth", Decimal("16.5")),
        ("500000", "level", Decimal("700373000000")), ("500000", "growth", Decimal("16.5"))}


def test_a_countdowns_rank_before_a_headings_region_and_a_bracketed_national_rank() -> None:
    text = ("全国各省区市财政收入占GDP比重排行榜\n\nNo.1:上海市\n\n"
            "2017年GDP30134亿(全国11),财政收入6642亿(全国3)。\n\nNo.2:北京市\n\n"
            "2017年GDP28000亿(全国12)。\n\nNo.3:海南省\n\n2017年GDP4463亿(全国28)。\n")
    facts = extract(text, region="100000").facts
    assert {(f.region, f.indicator, f.quantity.value) for f in facts if f.indicator == "gdp"} == {
        ("310000", "gdp", Decimal("3013400000000")), ("110000", "gdp", Decimal("2800000000000")),
        ("460000", "gdp", Decimal("446300000000"))}
    assert {f.region for f in facts} == {"310000", "110000", "460000"}


def test_a_countdowns_one_heading_left_by_a_page_cut_short_still_heads_its_section(
        in_script: InScript) -> None:
    # the first item's region stands in its own line's sentence; the page was cut after
    # the second, whose heading is the only one
    text = ("福建九地市最新排名出来了\n\nNO.1:泉州2020年前三季度GDP:7472.25亿元 , 实际增速1.5%\n"
            "泉州经济总量已连续21年保持全省第一。\nNO.2:福州\n"
            "2020年前三季度GDP:6759.34亿元 , 实际增速3.1%\n福州是福建省省会。\n")
    text = in_script(text)
    facts = extract(text).facts
    assert {(f.region, f.measure, f.quantity.value) for f in facts} == {
        ("350500", "level", Decimal("747225000000")), ("350500", "growth", Decimal("1.5")),
        ("350100", "level", Decimal("675934000000")), ("350100", "growth", Decimal("3.1"))}


def test_a_places_words_and_a_colon_before_a_headings_region(in_script: InScript) -> None:
    # 第一:南京 alone on its line heads the figures on the lines under it, as 第一名 does
    text = ("2019年江苏城市GDP排行榜\n第一:苏州\n2019年GDP1.92万亿元,实际增长5.6%。\n"
            "第二:南京\n2019年GDP1.40万亿元,实际增长7.8%。\n第三:无锡\n"
            "2019年GDP1.18万亿元,实际增长6.7%。\n")
    facts = extract(in_script(text)).facts
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts} == {
        ("苏州市", "level", Decimal("1920000000000")), ("苏州市", "growth", Decimal("5.6")),
        ("南京市", "level", Decimal("1400000000000")), ("南京市", "growth", Decimal("7.8")),
        ("无锡市", "level", Decimal("1180000000000")), ("无锡市", "growth", Decimal("6.7"))}


def test_a_ranked_heading_naming_the_subject_and_a_latin_name_beside_the_chinese() -> None:
    # the magazine's city is the subject; its heading is a ranking's item all the same
    text = ("北京一家杂志发布城市财政收入榜单。\nNo.1 Shanghai 上海\n2013年财政收入:4109.5亿元\n"
            "No.2 Beijing 北京\n2013年财政收入:3661.1亿元\nNo.3 天津 Tianjin\n"
            "2013年财政收入:2078亿元\n")
    facts = extract(text).facts
    assert {(f.region_name, f.quantity.value) for f in facts} == {
        ("上海市", Decimal("410950000000")), ("北京市", Decimal("366110000000")),
        ("天津市", Decimal("207800000000"))}


@pytest.mark.parametrize(("text", "indicator"), [
    # named alone: the general budget revenue, as rankings by 财政收入 mean it
    ("2013年,苏州市财政收入1331.03亿元,增长10%。", "general_budget_revenue"),
    ("2013年,苏州市地方财政收入1331.03亿元,增长10%。", "general_budget_revenue"),
    # beside the total or the budget's own name, another sum: no catalogue indicator
    ("2013年,苏州市财政收入1331.03亿元,增长10%;财政总收入2400亿元。", "other"),
    ("2013年,苏州市财政收入1331.03亿元,增长10%;一般公共预算支出1400亿元。", "other"),
    # 地方财政收入 beside the total is its local part: the budget revenue
    ("2013年,苏州市财政总收入2400亿元,其中地方财政收入1331.03亿元,增长10%。",
     "general_budget_revenue"),
    # beside the budget revenue in one sentence, another sum; in another sentence, or as
    # a piece of the budget's own name, the budget revenue called by a shorter name
    ("2013年,苏州市财政收入1331.03亿元,增长10%,其中一般公共预算收入900亿元。", "other"),
    ("2013年,苏州市一般公共预算收入增长10%。\n全市财政收入1331.03亿元。",
     "general_budget_revenue"),
    ("各市公共财政收入大比拼\n2013年,苏州市财政收入1331.03亿元。", "general_budget_revenue"),
])
def test_a_bare_fiscal_revenue_is_the_budget_revenue_unless_set_against_another(
        text: str, indicator: str) -> None:
    facts = [f for f in extract(text).facts if f.quantity.value == Decimal("133103000000")]
    assert [f.indicator for f in facts] == [indicator]


def test_a_numbered_heading_with_its_regions_figure_in_brackets_heads_its_section() -> None:
    text = ("省会城市GDP盘点\n一、广州(2.3万亿)\n2018年,广州市地区生产总值2.3万亿元。"
            "人民生活水平不断提高,城乡居民人均可支配收入分别增长8%和10%。\n"
            "二、武汉(1.48万亿)\n2018年,武汉地区生产总值14847.29亿元,增速高全国1.4个百分点。"
            "按常住地分,城镇常住居民人均可支配收入47359元。\n")
    facts = extract(text).facts
    assert {(f.region_name, f.indicator, f.quantity.value) for f in facts
            if f.indicator != "gdp"} == {
        ("广州市", "urban_disposable_income", Decimal("8")),
        ("广州市", "rural_disposable_income", Decimal("10")),
        ("武汉市", "urban_disposable_income", Decimal("47359"))}


def test_a_bare_fiscal_revenue_glossed_in_brackets_is_the_sum_its_gloss_names() -> None:
    # the gloss names the budget revenue beside the word; its comma ends no clause
    text = ("2024年1-5月,全市共实现财政收入(一般公共预算收入,下同)52.34亿元,同比增长5%。"
            "\n电白区财政收入10.07亿元。化州市财政收入也超过了5亿元,达到了58094万元。")
    got = {(f.region, f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="440900").facts}
    assert got == {("440900", "general_budget_revenue", "level", Decimal("5234000000")),
                   ("440900", "general_budget_revenue", "growth", Decimal("5")),
                   ("440904", "general_budget_revenue", "level", Decimal("1007000000")),
                   ("440982", "general_budget_revenue", "level", Decimal("580940000"))}


def test_a_gloss_of_one_loose_word_names_the_indicator_by_its_shorter_word_too() -> None:
    text = ("2024年1-4月财政收入20强城市出炉\n一般公共预算收入(即地方财政收入)更为重要,"
            "而财政收入则可以取之于民。上海、北京、杭州、苏州、重庆、宁波位居前列。\n"
            "1-4月上海地方财政收入完成3491.73亿元。"
            "重庆财政收入同比增长13.7%。")
    got = {(f.region, f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("310000", "general_budget_revenue", "level", Decimal("349173000000")),
                   ("500000", "general_budget_revenue", "growth", Decimal("13.7"))}


def test_regions_listed_right_before_the_indicator_share_out_its_figures_after_fenbie(
        ) -> None:
    text = ("2024年全国城市GDP排名出炉\n上海、北京、深圳位居前三。天津和广州GDP也都超过"
            "七百亿元,分别完成792.3亿元和700.4亿元。南京、武汉GDP分别增长5%、6%。")
    got = {(f.region, f.measure, f.quantity.value) for f in extract(text).facts
           if f.indicator == "gdp" and f.quantity.comparator == "="}
    assert got == {("120000", "level", Decimal("79230000000")),
                   ("440100", "level", Decimal("70040000000")),
                   ("320100", "growth", Decimal("5")), ("420100", "growth", Decimal("6"))}


def test_a_walk_through_a_subjects_parts_goes_on_about_the_part_its_sentence_opened_with(
        ) -> None:
    text = ("2022年一季度河北省实现GDP9559.8亿元,同比增长5.2%。\n\n"
            "唐山在第一季度依旧坐稳全省头把交椅。规模以上工业增加值增长6.3%。\n\n"
            "沧州、邯郸、保定三地的GDP都在千亿左右。邯郸在一季度位居全省第三。"
            "规模以上工业增加值增长6.7%。\n\n"
            "今年以来,唐山港货物吞吐量稳步增长。规模以上工业增加值增长5.9%。")
    got = {(f.region, f.quantity.value) for f in extract(text).facts
           if f.indicator == "industrial_value_added"}
    # (the last paragraph opens with no region: its figure is the subject's)
    assert got == {("130200", Decimal("6.3")), ("130400", Decimal("6.7")),
                   ("130000", Decimal("5.9"))}


def test_a_heading_naming_the_subject_among_others_headings_heads_its_section() -> None:
    # the subject (given here, as a page's mentions of a temple's 青羊 made it) heads its
    # section once other districts' headings stand before it: its GDP is not 金牛区's
    text = ("成都各区县谁最有钱\n\n龙泉驿区\n\n2015年GDP:1002.1亿元\n\n金牛区\n\n"
            "2015年GDP:875.4亿元\n\n青羊区\n\n2015年GDP:1102亿元\n")
    got = {(f.region_name, f.quantity.value) for f in extract(text, region="510105").facts}
    assert got == {("龙泉驿区", Decimal("100210000000")), ("金牛区", Decimal("87540000000")),
                   ("青羊区", Decimal("110200000000"))}


def test_a_paragraph_opening_with_qizhong_goes_on_about_the_paragraph_befores_region() -> None:
    # 其中… breaks down what the paragraph before told of 成都, not of the subject the
    # page's other mentions make (here given: 青羊区)
    text = ("成都各区县谁最有钱\n\n"
            "据市统计局,成都2015年实现地区生产总值10801.2亿元,在全国排名第8位。\n\n"
            "其中城镇居民人均可支配收入达到33476元,同比增长8.0%。\n")
    facts = extract(text, region="510105", year=2015).facts
    assert {f.region_name for f in facts if f.indicator == "urban_disposable_income"} == {
        "成都市"}


def test_a_round_up_of_regions_paragraphs_reads_a_sentence_naming_none_as_its_paragraphs(
        in_script: InScript) -> None:
    # a page about no one region, a paragraph each: a sentence naming no region goes on
    # about the region its paragraph told of before it
    text = in_script(
        "省会城市经济盘点\n\n"
        "2018年成都市实现地区生产总值15342.77亿元,比2017年增长8.0%。\n\n"
        "2018年,广州市经济质量效益稳步提升,预计地区生产总值2.3万亿元,同比增长6.5%左右。"
        "人民生活水平不断提高,城乡居民人均可支配收入分别增长8%和10%。\n\n"
        "2018年,武汉地区生产总值14847.29亿元,比上年增长8.0%,增速高湖北0.2个百分点。"
        "按常住地分,城镇常住居民人均可支配收入47359元,增长9.1%。\n\n"
        "城镇常住居民人均可支配收入40000元。")
    got = {(f.region, f.indicator, f.quantity.value) for f in extract(text).facts
           if f.indicator.endswith("disposable_income")}
    # (the last paragraph tells no region before its figure: it is the page's subject's,
    # the country its capitals are compared within)
    assert got == {("440100", "urban_disposable_income", Decimal("8")),
                   ("440100", "rural_disposable_income", Decimal("10")),
                   ("420100", "urban_disposable_income", Decimal("47359")),
                   ("420100", "urban_disposable_income", Decimal("9.1")),
                   ("100000", "urban_disposable_income", Decimal("40000"))}


def test_a_provinces_short_name_right_before_an_indicator_is_that_province(
        in_script: InScript) -> None:
    # (a lone short form far from the subject may be a word's piece, 环濠河南大街; right
    # before an indicator's name it is the place the figure is of)
    texts = ["北京GDP增长7%;上海GDP增长8%。环濠河南大街改造完成。",
             "北京单位GDP能耗要下降17%;天津单位GDP能耗要下降18%。"]
    got = {(f.region, f.quantity.value) for text in texts
           for f in extract(in_script(text)).facts}
    assert got == {("110000", Decimal("7")), ("310000", Decimal("8")),
                   ("110000", Decimal("-17")), ("120000", Decimal("-18"))}
