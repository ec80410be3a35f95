"""The subject region: mentions that are really regions, weighed (plantrack.context.region)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from tests.extract.scripts import traditional

from plantrack import extract
from plantrack.catalog.resolve import resolve_mentions
from plantrack.catalog.roles import mention_role
from plantrack.context.region import decide_region
from plantrack.model import Document
from plantrack.plugins import get_registry
from plantrack.text.clean import clean


def _gazetteer():  # type: ignore[no-untyped-def]
    from plantrack.api import catalog_of

    return catalog_of(get_registry()).gazetteer


def _surfaces(text: str) -> list[str]:
    return [m.mention.surface for m in resolve_mentions(text, _gazetteer())]


def test_a_dateline_a_venue_and_a_person_make_no_mention() -> None:
    assert "北京" not in _surfaces("新华社北京3月5日电 江苏省今年地区生产总值预期增长5%。")
    assert "北京" not in _surfaces("会议在北京人民大会堂开幕。")
    assert "长宁" not in _surfaces("市统计局局长宁某某介绍，全市经济稳中向好。")


def test_a_month_run_into_a_provinces_name_makes_no_county_of_them() -> None:
    # 前5个月湖南: 月湖 (月湖区's short form) read across the month and 湖南 hid the province
    assert _surfaces("前5个月湖南多项经济指标高出全国平均水平") == ["湖南", "全国"]
    assert _surfaces("1至5月湖北经济运行平稳") == ["湖北"]


@pytest.mark.parametrize("site", ["央广网", "人民网"])
@pytest.mark.parametrize("in_script", [str, traditional])
def test_a_sites_name_on_the_line_above_a_title_makes_no_dateline_of_it(
        site: str, in_script: Callable[[str], str]) -> None:
    # 央广网 / (blank) / 山西省5月经济运行…: the page's site over its headline, no dateline
    text = in_script(f"{site}\n\n山西省5月经济运行情况发布\n\n全省一般公共预算收入204.9亿元。")
    result = extract(text)
    assert result.context.region.value == "140000"
    assert {f.region for f in result.facts} == {"140000"}


@pytest.mark.parametrize(("text", "names"), [
    ("据湖南省长沙市统计局消息,全市地区生产总值增长7.5%。", ["湖南省", "长沙市"]),
    ("據湖南省長沙市統計局消息,全市地區生產總值增長7.5%。", ["湖南省", "长沙市"]),
    ("山西省长治市、河北省石家庄市长安区的地区生产总值", ["山西省", "长治市", "河北省",
                                                     "石家庄市", "长安区"]),
])
def test_a_name_right_after_its_provinces_or_citys_is_read_across_no_title(
        text: str, names: list[str]) -> None:
    # 湖南省长沙市: 省 ends 湖南省, no 省长 stands before 沙市; 石家庄市长安区: no 市长
    assert [m.region.name for m in resolve_mentions(clean(text).text, _gazetteer())] == names
    # a title after a name that is no region's still reads a person (湖南省长许某某)
    assert "长宁区" not in [m.region.name for m in resolve_mentions(
        "湖南省长宁某某介绍，全省经济稳中向好。", _gazetteer())]


@pytest.mark.parametrize("whole", ["全县", "全縣"])
def test_a_whole_word_no_subject_fits_is_the_region_its_paragraph_named(whole: str) -> None:
    # 全县 in a text about 周口市 can be no city: the county the paragraph named last
    text = ("周口市各县GDP排名\n2022年周口市实现地区生产总值3616.99亿元,在河南省各市中位列第5名。"
            "周口市下辖1个县级市、7个县。\n太康县第二\n太康县,一个你可能没听说过的地方。"
            f"2022年,{whole}地区生产总值(GDP)完成418.59亿元,在周口下辖的县(市)中位列第2名。\n")
    got = {(f.region, f.quantity.value) for f in extract(text).facts}
    assert ("411627", Decimal("41859000000")) in got


def test_a_sites_name_and_menu_make_no_mention() -> None:
    text = ("广东资讯网 广东资讯网\n首页 | 国际新闻 | 深圳新闻 | 珠海新闻 | 广州新闻\n\n"
            "政府工作报告极简版来了\n\n十三届全国人大三次会议在北京人民大会堂开幕。\n"
            "■ 国内生产总值达到99.1万亿元,增长6.1%。\n")
    assert [s for s in _surfaces(text) if s != "全国"] == []
    assert {f.region for f in extract(text).facts} == {"100000"}
    # a menu's word after a name in prose is the region's
    assert "深圳" in _surfaces("深圳新闻出版业增加值增长5%。")


def test_the_superior_named_in_its_directives_is_not_the_subject() -> None:
    # a county-level city's own report, traditional script: 全市 is 启东, not 南通
    text = ("全市上下認真貫徹落實中央、省和南通市的決策部署，"
            "緊緊圍繞南通市委的新要求和賦予啟東的新定位，全市實現地區生產總值1230億元。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "启东市"
    assert decision.value == "320681"


def test_a_subject_the_text_cannot_call_itself_is_weak() -> None:
    # 全区 of itself, and its city named only as a yardstick: which district is unknown
    text = ("全区上下奋力拼搏，全区地区生产总值增长3.1%，高于南通平均水平，居全市第一方阵。"
            "全区规上工业增加值增长7%。")
    _, decision = decide_region(text, _gazetteer())
    assert decision.weak
    extraction = extract(text, year=2022)
    assert extraction.facts
    assert all("region" in f.uncertain for f in extraction.facts)


def test_a_county_run_as_a_zone_under_its_own_reports_title() -> None:
    # 全区 of itself, but the text opens with the county's own bulletin's title: its region
    text = ("2019年平潭县国民经济和社会发展统计公报 一、综合 全年实现生产总值200.5亿元,"
            "比上年增长8.0%。全区人均生产总值50000元。")
    region, decision = decide_region(text, _gazetteer())
    assert region is not None
    assert region.code == "350128"
    assert "title" in decision.cue
    # not so when the county is named later in the text, not in its title
    later = ("全区上下奋力拼搏,全区地区生产总值增长6.0%。" + "协作推进各项工作," * 8
             + "与平潭县合作。")
    assert decide_region(later, _gazetteer())[0] is None


def test_a_citys_report_ranking_itself_in_its_province_and_naming_a_county_once() -> None:
    # 全省第一, 全省首个: ranks in the province, no 全省 of its own; 全市上下 once, the city
    # named twice (in a park's and a dish's names) and one of its counties once
    text = ("各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n2024年全市上下奋发进取\n"
            "过去的一年,我们全面落实党中央、国务院和省委、省政府决策部署,在市委的坚强领导下,"
            "较好完成了市十六届人大五次会议确定的主要目标任务。\n"
            "(一)经济实力实现新跃升。地区生产总值增长6.1%,增速居全省第一;一般公共预算收入"
            "增长0.9%,增速显著高于全省平均水平。获得国债资金97.4亿元,全省首个超百亿元水利工程"
            "开工。签约项目507个、全省第一,湖州数字经济产业园落地。消费增速连续8个月全省第一,"
            "“湖州名宴”走红,安吉竹乡等景区火爆。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "湖州市"
    assert decision.value == "330500"


def test_a_citys_review_comparing_itself_with_its_province_is_the_citys() -> None:
    # 全省 eight times, each a yardstick (全省第7位, 高于全省, 超过全省, 全省(5.2%)); 全市
    # once, its own; the province named once for a leader's visit: the host's city
    text = ("一季度,市委、市政府深入贯彻习近平总书记在辽宁考察时的重要讲话精神。\n"
            "一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位;同比增长5.5%,"
            "增速全省第7位,分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点,"
            "连续6个季度超过全国,5个季度超过全省。第一产业增加值增长3.4%,全省第8位。\n")
    subject, decision = decide_region(clean(text).text, _gazetteer(),
                                      url="https://www.chaoyang.gov.cn/html/1.html")
    assert subject is not None
    assert subject.name == "朝阳市", decision.cue


def test_a_region_before_an_equal_growth_is_a_yardstick() -> None:
    text = "海门区上半年地区生产总值增长5.8%，和南通增速持平；社会消费品零售总额增幅0.3%。"
    regions = {f.region_name for f in extract(text, year=2025).facts}
    assert regions == {"海门区"}


@pytest.mark.parametrize("lead", ["长沙市湖南省省会，", "长沙市是湖南省的省会。"])
def test_the_province_a_city_is_the_capital_of_is_no_subject(lead: str) -> None:
    text = lead + "经济总量由1978年的16.85亿元上升至2010年的4547.06亿元。"
    regions = {f.region_name for f in extract(text).facts}
    assert regions == {"长沙市"}


def test_an_ambiguous_name_with_nothing_to_tell_is_resolved_and_flagged() -> None:
    # 通州 alone: Beijing's by default, flagged; with its city or 城市副中心, sure
    (bare,) = extract("上半年，通州区地区生产总值增长7.2%。", year=2023).facts
    assert (bare.region, bare.uncertain) == ("110112", ("region",))
    (nantong,) = extract("上半年，南通市通州区地区生产总值增长7.2%。", year=2023).facts
    assert (nantong.region, nantong.uncertain) == ("320612", ())
    (beijing,) = extract("上半年，北京城市副中心通州区地区生产总值增长7.2%。", year=2023).facts
    assert (beijing.region, beijing.uncertain) == ("110112", ())


def test_a_chinese_file_name_speaks_as_a_title() -> None:
    from plantrack.model import Document

    text = "2023年全区地区生产总值增长6.5%，增速居南通第二。"
    (named,) = extract(Document(name="海门区2023年计划执行情况.txt", text=text)).facts
    assert (named.region_name, named.uncertain) == ("海门区", ())
    (plain,) = extract(Document(name="plan-3f9a.txt", text=text)).facts
    assert (plain.region, plain.uncertain) == (None, ("region",))


def _weakly_from(text: str, **where: str) -> str | None:
    """The subject's name ``where`` (url, name) gives ``text``, asserted to be a weak
    decision that says where it came from; None when nothing decides."""
    subject, decision = decide_region(clean(text).text, _gazetteer(), **where)  # type: ignore[arg-type]
    if subject is None:
        return None
    assert decision.weak
    assert ("host" if "url" in where else "file") in decision.cue
    return subject.name


def test_a_districts_report_on_its_citys_portal_is_named_by_the_addresss_initials() -> None:
    # gz.gov.cn/…/gqgzbg/lwq/…: a report saying 全区 of itself, naming no district, on the
    # city portal's channel of its districts' reports: lwq spells 荔湾区; a path spelling
    # no district of the city (zwgk) or a text saying 全市 (the city's own) is no district's
    text = "过去一年,全区经济平稳增长。全年完成地区生产总值871.49亿元,增长12.7%。"
    url = "https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/lwq/content/post_3089612.html"
    assert _weakly_from(text, url=url) == "荔湾区"
    assert _weakly_from(text, url=url.replace("/lwq/", "/abc/")) is None
    assert _weakly_from(text.replace("全区", "全市"), url=url) == "广州市"


def test_a_banners_customary_short_name_names_it() -> None:
    # 土右旗 (土默特右旗) in its own conference's news on its city's paper's site
    text = ("土右旗确定2023年地区生产总值目标\n来源:包头新闻网\n"
            "近日,土右旗召开全旗经济工作会议,确定了今年地区生产总值增长15%以上。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "150221"


@pytest.mark.parametrize(("short", "code"), [
    ("察右后旗", "150928"), ("科左中旗", "150521"), ("东乌旗", "152525"), ("达茂旗", "150223"),
    ("伊旗", "150627"), ("莫旗", "150722")])
def test_the_customary_short_names_of_banners_name_them(short: str, code: str) -> None:
    # a banner's own work report names itself by the short form its region's press uses
    # (察哈尔右翼后旗 as 察右后旗) and by 全旗 after it
    text = (f"政府工作报告\n——2023年1月15日在{short}第十六届人民代表大会第二次会议上\n"
            "过去一年,全旗地区生产总值完成82亿元,增长9.5%。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == code


def test_a_region_the_texts_own_whole_cannot_be_bounds_no_host() -> None:
    # a county's report on its government's host, naming 全县 and, as words, a fungus
    # (林芝, the city's name) and a firm's home province: the host's county
    text = ("2022年,全县地区生产总值同比增长4.3%。发展林下经济,种植林芝1万段;"
            "引进黑龙江某某农庄食品有限公司,全县固定资产投资完成11.54亿元。")
    assert _weakly_from(text, url="http://mulan.gov.cn/hebmlx/ghxx/c01_936175.shtml") == "木兰县"


def test_a_government_site_outweighs_one_mention_of_another_region() -> None:
    # a city's own report on its government's host, whose one region name is a firm's home
    # in a list of projects started (珠海某某制药…等120个项目开工): the host's city
    text = ("2019年,全市实现地区生产总值1033.7亿元,同比增长7.5%。珠海某某制药、某某新材料二期"
            "等120个亿元以上项目开工建设。")
    assert _weakly_from(text, url="http://jingmen.gov.cn/art/2020/11/30/art_1.html") == "荆门市"
    # (on another host the firm's home is still no subject: the text's 全市 stays undecided)
    subject, decision = decide_region(clean(text).text, _gazetteer(),
                                      url="http://news.example.com/art_1.html")
    assert subject is None
    assert "珠海市" in decision.cue


@pytest.mark.parametrize("figures", [("-3.5%", "0.7%", "-0.6%"), ("8.0%", "4.5%", "-2.6%")])
def test_the_others_listed_beside_the_texts_own_city_are_no_subject(
        figures: tuple[str, str, str]) -> None:
    # 其他省辖市增幅分别为: the cities beside 我市, each with its figure (a minus sign right
    # after a name is no dash joining two names): none is the subject, the host names it
    a, b, c = figures
    text = ("1—5月份，我市一般公共预算收入完成458795万元，下降5.2%。我市增幅在豫北五市排第4位，"
            f"其他省辖市增幅分别为：安阳{a}，鹤壁{b}，新乡{c}。")
    assert _surfaces(text) == ["安阳", "鹤壁", "新乡"]
    assert _weakly_from(text, url="https://caizheng.puyang.gov.cn/m/1.html") == "濮阳市"


def test_a_page_host_names_the_region_the_text_never_does() -> None:
    # a county paper's page (jinri<county>.com) that says 全县 and names only its city
    text = "前三季度，全县上下围绕十堰市委部署，全县完成生产总值56.7亿元，增长7.5%。"
    assert _weakly_from(text, url="http://szb.jinrifangxian.com/content/1.html") == "房县"
    # (not a name's pinyin inside an English word: edutainingadventures holds taining)
    assert _weakly_from("全年全县地区生产总值245.61亿元。",
                        url="https://edutainingadventures.com/thuadong/658.html") is None
    # (nor a name's pinyin opening a label whose rest spells no syllable: hongheiku, a
    # bulletin collection's, is no 红河; but jinri + fangxian is pinyin throughout)
    assert _weakly_from("全年全县地区生产总值245.61亿元。",
                        url="https://tjgb.hongheiku.com/xjtjgb/xj2020/32060.html") is None
    # a government host whose label is a short name's pinyin whole (汨罗: five letters, a
    # county-level city's own site); on another host so short a name says nothing
    assert _weakly_from("全市完成地区生产总值418.3亿元。",
                        url="http://miluo.gov.cn/25221/content_1.html") == "汨罗市"
    assert _weakly_from("全市完成地区生产总值418.3亿元。",
                        url="http://miluo.news.com/content_1.html") is None
    # a host's pinyin two regions share (hengshan: 衡山县, 横山区): the one 全县 fits by its
    # own name, not the district by its former name (横山县 until 2015)
    assert _weakly_from("1-6月，全县一般公共预算收入完成55069万元。",
                        url="http://www.hengshan.gov.cn/xczj/20201201/i2223028.html") == "衡山县"
    # a government host abbreviating its prefecture and itself (黔东南 丹寨)
    assert _weakly_from("全县地区生产总值增长13.1%。",
                        url="https://www.qdndz.gov.cn/zwgk/t1.html") == "丹寨县"
    # …or its province and itself (江西 丰城: a county-level city under 宜春)
    assert _weakly_from("全市地区生产总值增长6.1%。",
                        url="https://www.jxfc.gov.cn/tjxx/1.shtml") == "丰城市"
    # …or its own full name (岳阳楼区: yylq)
    assert _weakly_from("区人民政府向大会报告工作。地区生产总值增长8.1%。",
                        url="http://yylq.gov.cn/21487/21496/content_1.html") == "岳阳楼区"
    # a province's government host by its short name's initials (cq: 重庆), not where
    # two provinces share them (hb: 河北, 湖北)
    assert _weakly_from("本市生产总值7925.58亿元。",
                        url="http://tjj.cq.gov.cn/zwgk_233/tjnj/2011/2/2-13.htm") == "重庆市"
    assert _weakly_from("全省生产总值增长7%。", url="http://tjj.hb.gov.cn/tjsj/1.html") is None
    # a province's name in pinyin making a whole label, short as it is (hebei: 河北)
    assert _weakly_from("我省规模以上工业增加值同比增长12.1%。",
                        url="http://heb.hebei.com.cn/system/2013/06/11/1.shtml") == "河北省"
    # a city's host whose initials a province shares (gz: 广州, not 贵州), by the list
    # of known government hosts
    assert _weakly_from("本市生产总值增长2.7%。",
                        url="https://tjj.gz.gov.cn/datav/www_nj/2022/01-16.htm") == "广州市"
    # a provincial bureau's host no name's pinyin or initials make (hetj: 河北省统计局)
    assert _weakly_from("地区生产总值(亿元)   183.06 203.22",
                        url="http://www.hetj.gov.cn/extra/col20/2011/0114.htm") == "河北省"
    # a prefecture's name spelled whole, which a district elsewhere shares (changzhou:
    # 常州市, 长洲区): the prefecture; two prefectures (taizhou: 泰州, 台州) stay open
    assert _weakly_from("地区生产总值(亿元)   94.87 369.70",
                        url="https://tjj.changzhou.gov.cn/uploadfile/4-8.zip") == "常州市"
    assert _weakly_from("地区生产总值(亿元)   94.87 369.70",
                        url="http://tjj.taizhou.gov.cn/art/1.html") is None



@pytest.mark.parametrize("in_script", [str, traditional])
def test_a_national_portals_provincial_channel_names_the_region(
        in_script: Callable[[str], str]) -> None:
    # a release that says only 全省, on a portal's channel named by the province's alpha
    # code (ah: 安徽, ISO 3166-2:CN) or by the portal's own label (sina's sx is 陕西)
    text = in_script("一季度全省生产总值7065.7亿元，比去年同期增长7.7%，高于全国1.3个百分点。")
    assert _weakly_from(text, url="http://ah.sina.com.cn/news/2019-04-20/1.shtml") == "安徽省"
    assert _weakly_from(text, url="http://hn.people.com.cn/n2/2019/0420/1.html") == "湖南省"
    assert _weakly_from(text, url="http://sx.sina.com.cn/news/b/2019-04-20/1.shtml") == "陕西省"
    assert _weakly_from(text, url="http://sx.news.163.com/19/0420/1.html") == "山西省"
    # (the codes are heard only on the portals' hosts: ah.example.com says nothing)
    assert _weakly_from(text, url="http://ah.example.com/news/1.html") is None
    assert _weakly_from(text, url="http://www.sina.com.cn/news/1.shtml") is None


def test_a_file_name_in_pinyin_names_the_region_a_text_never_does() -> None:
    text = "今年以来，全区上下攻坚克难，全区完成地区生产总值1500亿元，增长6%。"
    assert _weakly_from(text, name="nt-haimen-2022-plan.txt") == "海门区"
    # a name the text's own deixis cannot mean (全区, not a county), or a word of another
    # reading (plan), or a text that names its region: the name is not heard
    assert _weakly_from("全县完成地区生产总值增长6%。", name="haimen.txt") is None
    assert _weakly_from(text, name="plan-2022.txt") is None
    named = "如东县今年以来，全县完成地区生产总值增长6%。"
    assert decide_region(clean(named).text, _gazetteer(),
                         name="haimen.txt")[0].name == "如东县"  # type: ignore[union-attr]


def test_a_papers_byline_names_the_region_its_text_calls_itself() -> None:
    # 全省 of itself, 全国 for a comparison: the paper of the byline is the province's
    text = ("湖南日报讯:省统计局9月18日发布：1—8月，全省规模以上工业增加值增长7.6%，"
            "增速高于全国平均水平2.0个百分点。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert (subject.name, decision.weak) == ("湖南省", True)
    assert "湖南日报" in decision.cue
    # a paper of no place names none; a paper named inside the text is no byline
    assert decide_region(clean(text.replace("湖南日报", "某某日报")).text,
                         _gazetteer())[0] is None
    assert decide_region(clean("据报道，" + text).text, _gazetteer())[0] is None


@pytest.mark.parametrize("source", ["来源:武义新闻网", "来源：武义县融媒体中心", "来源: 武义日报"])
def test_a_local_outlet_on_the_source_line_names_the_region(source: str) -> None:
    # 全县 alone in the body: the outlet the page names as its source at its head is
    # named after the county (not a paper's name inside the text, nor one of no place)
    text = (f"更新时间:2021-03-10 16:11:06\n{source}\n"
            "2020年全县生产总值(GDP)271.33亿元，比上年增长3.7%。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "武义县"
    assert decide_region(clean(text.replace("武义", "某某")).text, _gazetteer())[0] is None


def test_a_source_line_far_from_the_head_names_no_region() -> None:
    inside = "2020年全县生产总值增长3.7%。" * 20 + "来源:武义新闻网"
    assert decide_region(clean(inside).text, _gazetteer())[0] is None


@pytest.mark.parametrize(("text", "name"), [
    ("楚天都市报讯 记者日前从全省科技工作会议上获悉,去年我省技术合同成交额突破千亿元。", "湖北省"),
    ("楚天都市報訊 記者日前從全省科技工作會議上獲悉,去年我省技術合同成交額突破千億元。", "湖北省"),
    ("齐鲁晚报讯 今年以来,全省规模以上工业增加值增长7.6%。", "山东省"),
])
def test_a_papers_byline_names_its_region_where_its_name_holds_no_place(
        text: str, name: str) -> None:
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert (subject.name, decision.weak) == (name, True)


@pytest.mark.parametrize(("text", "name"), [
    ("新增城镇就业91.6万人,留鄂来鄂高校毕业生42.4万人,地区生产总值增长4.7%。", "湖北省"),
    ("新增城鎮就業91.6萬人,留鄂來鄂高校畢業生42.4萬人,地區生產總值增長4.7%。", "湖北省"),
    ("今年以来,来湘投资的企业超过300家,全省规模以上工业增加值增长7.6%,高于全国1个百分点。",
     "湖南省"),
])
def test_a_provinces_short_name_after_a_verb_of_coming_names_its_region(
        text: str, name: str) -> None:
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert (subject.name, decision.weak) == (name, True)
    assert "short name" in decision.cue


@pytest.mark.parametrize("text", [
    "在鄂尔多斯召开的会议上,地区生产总值增长4.7%。",  # a city's name, not 鄂
    "来鄂投资的企业和在湘企业合计300家,地区生产总值增长4.7%。",  # two provinces
    "新增城镇就业91.6万人,地区生产总值增长4.7%。",  # no short name
])
def test_a_short_name_opening_a_place_or_disagreeing_names_no_province(text: str) -> None:
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is None or subject.level != "province", decision.cue


def test_a_host_is_not_heard_over_the_text_nor_against_its_deixis() -> None:
    text = "海门区地区生产总值增长5.8%，全区规上工业增加值增长7%。"
    subject, _ = decide_region(text, _gazetteer(), url="http://www.fangxian.gov.cn/1.html")
    assert subject is not None
    assert subject.name == "海门区"
    # 全省 cannot mean a county the host names: it means the county's province
    subject, _ = decide_region("全省地区生产总值增长7.8%。", _gazetteer(),
                               url="http://www.fangxian.gov.cn/1.html")
    assert subject is not None
    assert subject.name == "湖北省"
    # and a city's host its city's (zhengzhou.…: 河南)
    subject, decision = decide_region("全省社会消费品零售总额1223.37亿元。", _gazetteer(),
                                      url="https://zhengzhou.example.com/xinwen/1")
    assert subject is not None
    assert subject.name == "河南省"
    assert "points to 河南省" in decision.cue
    # a host with no place in it (xian alone is too short to count)
    subject, _ = decide_region("全县地区生产总值增长7.8%。", _gazetteer(),
                               url="http://news.xian.example.com/1.html")
    assert subject is None


def test_a_text_calling_itself_by_a_provinces_word_is_the_provinces() -> None:
    # 全省 three times, one of its cities named for a project: the province's bulletin
    text = ("全年全省进出口总值848.96亿元。全省实际利用外资7.33亿美元。"
            "在三亚市建设研究院。全省新增高新技术企业183家，全省专利授权增长。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "海南省"


def test_parts_listed_side_by_side_make_their_parents_report() -> None:
    # one mention of the city (its bureau) and two of its districts: no one district's
    text = "舟山市统计局发布。\n地区生产总值增长10.3%。\n定海区增长-2.1%\n普陀区增长-3.3%\n"
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "舟山市"
    assert "side by side" in decision.cue


def test_a_city_saying_its_own_word_is_not_its_province_for_naming_a_sibling() -> None:
    # the city's bureau, 全市, then its province and a sibling city as yardsticks: the
    # siblings outnumber nothing a province's report would say 全市 of
    text = ("乌鲁木齐市统计局\n2022年，全市实现地区生产总值3893亿元，增长0.3%。"
            "新疆增长3.2%，昌吉州增长5.1%。\n")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "乌鲁木齐市", decision.cue


def test_a_slogan_with_a_new_countys_short_name_inside_is_no_mention() -> None:
    # 统筹发展和安全: 和安 (和安县, 2024) is not meant
    text = "某市统计局\n全市上下统筹发展和安全，乌鲁木齐市地区生产总值增长0.3%。\n"
    assert not any(item.region.name == "和安县"
                   for item in resolve_mentions(clean(text).text, _gazetteer()))


def test_a_host_in_any_reading_names_a_county_its_yardstick_city_contains() -> None:
    # 天长 is read tianchang on its host (长: chang or zhang); its text names only the
    # city it ranks itself in (居滁州第1位)
    text = ("2020年，全市生产总值549.3亿元，同比增长4.5%，居滁州第1位；服务业增加值174.2亿元，"
            "增速居滁州第1位。")
    subject, decision = decide_region(clean(text).text, _gazetteer(),
                                      url="http://www.tianchang.gov.cn/public/1.html")
    assert subject is not None
    assert subject.name == "天长市"
    assert "host" in decision.cue


def test_the_office_that_computed_a_figure_is_not_its_region() -> None:
    text = ("大连市统计局\n2023年，大连市经济运行平稳向好。\n"
            "经辽宁省统计局统一核算，全年地区生产总值8752.9亿元，比上年增长6.0%。")
    facts = extract(text).facts
    assert facts
    assert {f.region_name for f in facts} == {"大连市"}


def test_numbered_headings_that_name_a_city_before_a_comma() -> None:
    text = ("江苏13市家底比拼\n2016-04-28 来源:扬子晚报\n"
            "1 苏州,家底指数:87.25\n2015年GDP 14504.07亿元,全省第1名。\n"
            "2 南京,家底指数:83.33\n2015年GDP 9720.77亿元,全省第2名。\n")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts}
    assert ("苏州市", Decimal("1450407000000")) in got
    assert ("南京市", Decimal("972077000000")) in got


def test_the_regions_a_place_borders_are_neighbours_not_its_parts_side_by_side() -> None:
    # a gazetteer's description: the neighbours named once each, the place itself often
    text = ("九江，江西省地级市，北与黄冈市毗邻，东邻景德镇市，南与南昌市、宜春市相连，"
            "西接咸宁市。九江市下辖3个市辖区。2022年，九江市地区生产总值增长4.7%。"
            "九江工业门类齐全。")
    surfaces = {m.mention.surface: m.mention.role
                for m in resolve_mentions(clean(text).text, _gazetteer())}
    assert surfaces["黄冈市"] == surfaces["景德镇市"] == "neighbour"
    assert surfaces["南昌市"] == surfaces["宜春市"] == "neighbour"  # the list after 与
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "九江市"


def test_a_neighbour_named_with_its_city_and_across_a_river_is_no_subject() -> None:
    # a yearbook's profile: neighbours named with their city (通辽市开鲁县), across a
    # river (隔河相望), most of them in the subject's own city
    text = ("巴林右旗位于赤峰市北部。东与阿鲁科尔沁旗相连,南与通辽市开鲁县、赤峰市翁牛特旗"
            "隔河相望,西与林西县接壤。全旗总人口17万人。2016年,全旗地区生产总值100.2亿元,"
            "增长7%。全旗财政收入3亿元。")
    roles = [(m.mention.surface, m.mention.role)
             for m in resolve_mentions(clean(text).text, _gazetteer())]
    assert ("开鲁县", "neighbour") in roles
    assert ("翁牛特旗", "neighbour") in roles
    assert roles.count(("赤峰市", "neighbour")) == 1  # (位于赤峰市: its own city)
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "巴林右旗"


def test_a_mountain_range_named_for_a_county_is_no_mention_of_it() -> None:
    # 地处祁连山南麓: the range, no 祁连县, and no 山南市 read across 山南麓
    text = "我县地处祁连山南麓,生态地位重要。全县完成地区生产总值21.5亿元,同比增长5%。"
    surfaces = [m.mention.surface for m in resolve_mentions(clean(text).text, _gazetteer())]
    assert "祁连" not in surfaces
    assert "山南" not in surfaces


def test_the_province_a_city_compares_itself_with_is_not_its_own_word() -> None:
    # 领先全省, 居全省前列, 对全省的贡献率: yardsticks; the city is named throughout
    text = ("据了解，上半年九江市坚持稳中求进，经济运行整体向好，主要指标领先全省。"
            "规模以上工业增加值增长9.5%，稳居全省前列，对全省的贡献率达21%，超全省同期增速"
            "3个百分点。社会消费品零售总额占全省的12%，对全省贡献突出。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "九江市"


def test_a_pages_list_of_truncated_links_makes_no_mention() -> None:
    # a site's sidebar of other pages' links, each cut short with ..., above the article
    text = ("推荐公告\n南昌市红谷滩区道路维修...\n南昌市公交专用道保险...\n赣江新区大桥改造...\n"
            "九江规模工业增速领跑全省\n1至4月，我市规模工业完成增加值251.8亿元，同比增长12.5%。")
    assert "南昌市" not in _surfaces(clean(text).text)
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "九江市"


def test_a_countdowns_numbered_headings_name_each_citys_section() -> None:
    text = ("江西省统计局发布各设区市生产总值。\n江西各市gdp排行榜\n\n"
            "NO.11 鹰潭市\n\n2016年GDP总值695.35亿元,排名第11\n\n"
            "NO.10 景德镇市\n\n2016年GDP总值840.15亿元,排名第10\n\n"
            "NO.9 萍乡市\n\n2016年GDP总值998.28亿元,排名第9\n")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts}
    assert got == {("鹰潭市", Decimal("69535000000")), ("景德镇市", Decimal("84015000000")),
                   ("萍乡市", Decimal("99828000000"))}


def test_a_region_named_only_as_a_yardstick_is_no_subject() -> None:
    # a province's summary that never names itself: 全国 is only compared with or ranked
    # against, so the subject is left undecided, not the country
    text = ("2025年，地区生产总值增长5.5%，成为全国第三个过10万亿元的省份；规上工业增加值"
            "增长7.6%，高于全国1.7个百分点。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is None
    assert decision.value is None
    assert "yardstick" in decision.cue
    national = "2025年，全国地区生产总值增长5.0%，规上工业增加值增长5.9%。"
    subject, _ = decide_region(clean(national).text, _gazetteer())
    assert subject is not None
    assert subject.level == "country"


def test_an_epidemic_reports_double_zero_is_no_district() -> None:
    assert "双清" not in _surfaces("确诊病例、疑似病例“双清零”，全市无病例死亡。")
    assert "双清区" in _surfaces("双清区地区生产总值增长4.1%。")


def test_a_countys_slogan_is_no_county() -> None:
    # 生态富县，生态富民: to enrich the county, not 富县 (陕西); 工业兴县, not 兴县 (山西)
    assert "富县" not in _surfaces("坚持生态富县、生态富民，全县地区生产总值增长8.1%。")
    assert "兴县" not in _surfaces("实施工业兴县战略，全县规模以上工业增加值增长9%。")
    assert "富县" in _surfaces("富县地区生产总值增长6.2%。")


def test_an_idiom_holding_a_countys_short_name_is_no_county() -> None:
    assert "杂多" not in _surfaces("全省工业战线积极应对复杂多变形势，继续保持较快增长。")
    assert "杂多县" in _surfaces("杂多县地区生产总值增长6.1%。")


def test_a_news_sites_name_in_its_byline_is_no_region() -> None:
    text = "来源:天山网-新疆日报原创\n天山网-新疆日报记者 高峰\n全区地区生产总值增长8.8%。"
    assert "天山" not in _surfaces(text)
    # a region named before 网上 (online sales) is still the region
    assert "全国" in _surfaces("全国网上零售额增长12%。")


def test_a_spirit_named_for_a_place_and_the_word_for_plains_are_no_regions() -> None:
    text = "大庆精神、铁人精神得到传承。推动平原半平原绿化全面完成，全省森林覆盖率达到47.3%。"
    assert _surfaces(text) == []
    assert "平原县" in _surfaces("平原县地区生产总值增长6%。")


def test_a_short_form_outside_the_subject_named_again_in_full_is_the_region() -> None:
    import plantrack

    text = ("河北省各市2021年GDP\n天津实现地区生产总值15695.1亿元，增长6.6%。\n"
            "城市 | GDP(亿元)\n---|---\n石家庄市 | 6490.3\n唐山市 | 8230.6\n保定市 | 3725\n"
            "天津市 | 15695.05\n")
    facts = plantrack.extract(text, year=2021).facts
    assert {f.region for f in facts if f.quantity.value == Decimal("6.6")} == {"120000"}


def test_a_short_name_after_a_title_and_a_surname_is_a_persons() -> None:
    # 主任沈丹阳: 丹阳 is the director's given name; 市长到丹阳 is still the city
    assert "丹阳" not in _surfaces("国务院研究室主任沈丹阳表示，经济增长目标是两句话。")
    assert "丹阳" in _surfaces("副主任在丹阳调研时指出，经济持续向好。")


def test_a_name_before_a_brand_and_an_organisations_word_or_a_dash_is_no_mention() -> None:
    text = ("首届中国-亚欧博览会签约仪式举行，吸引了中国庆华集团、中国华能集团、江苏沙钢集团等"
            "企业到新疆投资，南京农业大学参会。")
    assert _surfaces(text) == ["新疆"]


def test_a_national_census_or_title_is_no_mention_of_the_country() -> None:
    text = ("根据第四次全国经济普查以及省统计局对我市地区生产总值的初步修订结果，全市地区生产"
            "总值增长8.6%；成功入选全国文明城市。")
    assert "全国" not in _surfaces(text)


def test_a_release_of_a_central_body_that_names_no_region_is_the_countrys() -> None:
    text = ("国家统计局发布2019年5月份社会消费品零售总额数据\n"
            "5月份，社会消费品零售总额32956亿元，同比名义增长8.6%。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == decision.value == "100000"
    assert "国家统计局" in decision.cue
    assert decision.weak
    # a portal's repost sources the release to the bureau's site
    text = ("2019年5月份社会消费品零售总额增长8.6%\n来源: 统计局网站\n"
            "5月份，社会消费品零售总额32956亿元，同比名义增长8.6%。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "100000"
    # a province's survey office of the bureau is no central issuer; a region named wins
    for text in ("国家统计局某某调查总队发布数据\n5月份，社会消费品零售总额329亿元。",
                 "国家统计局发布\n江苏省5月份社会消费品零售总额3295亿元。"):
        subject, _ = decide_region(clean(text).text, _gazetteer())
        assert subject is None or subject.code != "100000"


def test_a_text_naming_no_region_that_speaks_of_the_countrys_economy_is_the_countrys() -> None:
    text = ("政府工作报告提出,今年发展主要预期目标是:\n\n国内生产总值增长6%左右;\n\n"
            "城镇新增就业1000万人以上。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == decision.value == "100000"
    assert "国内生产总值" in decision.cue
    assert decision.weak
    # a text calling its own region 全省 is a province's, though it names none
    text = "全省国内生产总值增长7%,全省城镇新增就业40万人。"
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is None or subject.code != "100000"


def test_a_region_the_pages_path_names_when_the_text_names_none() -> None:
    url = ("https://example.org/yearbooks/%e6%96%b0%e7%96%86%e7%bb%9f%e8%ae%a1%e5%b9%b4"
           "%e9%89%b42012/html/0701.htm")  # …/新疆统计年鉴2012/html/0701.htm
    text = "7-1 主要年份地方财政一般预算收入\n年份 收入\n2011 7205759\n"
    subject, decision = decide_region(clean(text).text, _gazetteer(), url=url)
    assert subject is not None
    assert subject.code == decision.value == "650000"
    assert "address" in decision.cue
    # the text's own region wins over the address's
    subject, _ = decide_region(clean("甘肃省" + text).text, _gazetteer(), url=url)
    assert subject is not None
    assert subject.code == "620000"


def test_a_zone_named_after_its_city_and_a_new_area_are_no_regions() -> None:
    text = ("2022年6月28日\n河北省1-5月经济运行\n1-5月，全省固定资产投资增长8.5%。"
            "雄安新区完成固定资产投资增长37.5%，廊坊临空经济区增长15.7%。\n")
    facts = extract(text, region="130000").facts
    assert {(f.region, f.quantity.value) for f in facts} == {("130000", Decimal("8.5"))}


def test_a_policy_zone_named_after_its_city_is_no_mention_of_the_city() -> None:
    # 宝安紧紧抓住…深圳先行示范区“双区驱动”机遇，…增长6.8%: the district's figures, the
    # city named only in its zone's name
    text = ("某区人大会议召开\n2019年是深圳建设先行示范区开局之年。一年来，宝安紧紧抓住深圳"
            "先行示范区“双区驱动”重大历史机遇，经济社会持续健康发展，社会消费品零售总额增长"
            "6.8%，一般公共预算收入增长2.7%。")
    assert {f.region for f in extract(text).facts} == {"440306"}
    assert "上海" not in _surfaces("依托上海自贸试验区，全区经济稳中向好。")


def test_the_only_one_of_a_city_ranks_within_it() -> None:
    # 获评温州唯一的全省先进市,…增长10.2%: the county-level city's figures, its city the
    # scope of a ranking
    text = ("瑞安市政府工作报告\n2018年，全市经济持续健康发展。蝉联全国工业百强县，获评温州唯一的"
            "全省先进市，规上工业产值增长10.2%，社会消费品零售总额增长11%。")
    assert {f.region for f in extract(text).facts} == {"330381"}


def test_the_congress_a_report_was_given_at_names_its_region() -> None:
    # ——…在海盐县第十五届人民代表大会第四次会议上 at the head: the county's report, whatever
    # regions its body names more often (上海, 嘉兴)
    text = ("2020年4月21日在海盐县第十五届人民代表大会第四次会议上\n县长 某某\n各位代表:\n"
            "2019年，全县实现生产总值539.65亿元。与上海闵行区合作，签约来自上海项目37个，新增与"
            "上海医疗合作项目4个，开通至嘉兴南站直达公交专线。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "330424"
    assert decision.confidence >= 0.8


def test_a_route_opened_and_an_intercity_railway_name_no_region() -> None:
    # 开通海盐至嘉兴南站: no 通海县; 沪平盐城际铁路: no 盐城
    assert "通海" not in _surfaces("开通海盐至高铁嘉兴南站直达公交专线。")
    assert "盐城" not in _surfaces("沪平盐城际铁路规划已报国家部委。")


def test_a_text_naming_only_a_park_of_a_district_and_saying_quanshi_is_the_citys() -> None:
    # 横琴合作区建设取得新进展…全市地区生产总值: the park's district is never named, and the
    # text's own 全市 is the city it lies in
    text = ("政府工作报告\n横琴合作区建设取得新进展，横琴成功承办首届论坛。全市地区生产总值"
            "4573.1亿元、同比增长2.7%，规模以上工业增加值增长4.1%。")
    assert {f.region for f in extract(text).facts} == {"440400"}


def test_a_sites_menu_of_places_heads_no_section() -> None:
    # 热门站点 / 遂宁 / 南充 / 好店入驻 over a county's report: a menu, no figure under its
    # first place; the report's figures stay the county's
    text = ("热门站点\n遂宁\n南充\n好店入驻\n发布信息\n2020年大竹县政府工作报告\n"
            "在大竹县第十八届人民代表大会第五次会议上\n一、2019年工作回顾\n一年来，全县实现"
            "地区生产总值370.9亿元、同比增长8%，规模以上工业增加值增长10%。")
    assert {f.region for f in extract(text).facts} == {"511724"}


def test_an_event_named_after_its_host_city_makes_no_mention() -> None:
    assert "杭州" not in _surfaces("成功举办G20杭州峰会，全省经济稳中向好。")
    assert "南宁市" in _surfaces("南宁市地区生产总值增长6%。")


def test_a_provinces_summary_hosting_a_summit_in_its_capital_is_the_provinces() -> None:
    text = ("政府工作报告(摘要)\n一、2016年主要工作和成效\n"
            "在中共浙江省委的领导下，全省经济稳中向好。预计全年生产总值4.6万亿元、增长7.5%左右。\n(一)成功筹办G20杭州峰会\n"
            "把筹办G20杭州峰会作为重大政治任务。"
            "把筹办G20杭州峰会作为新实践，展现了杭州的独特韵味。"
            "把筹办G20杭州峰会作为展示浙江的窗口。")
    facts = extract(Document(name="d.txt", text=text)).facts
    assert {f.region for f in facts} == {"330000"}


def test_a_rank_in_the_citys_class_of_counties_is_a_yardstick() -> None:
    # a county-level city's release that names its prefecture only to rank itself in it
    text = ("二季度，全市生产总值完成120.5亿元，增长6.1%，高于宜春0.1个百分点，列宜春一类县第2；"
            "固定资产投资增长8.5%，列宜春一类县第1。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert (subject, decision.value) == (None, None)
    assert "yardstick" in decision.cue
    hosted, _ = decide_region(clean(text).text, _gazetteer(),
                              url="https://www.jxfc.gov.cn/tjxx/1.shtml")
    assert hosted is not None
    assert hosted.name == "丰城市"


def test_a_slogan_holding_a_county_name_is_no_mention() -> None:
    # 除险固安 (remove dangers, secure safety) holds 固安 (a county in Hebei)
    text = "全县上下突出稳进增效、除险固安，全年实现地区生产总值411.5亿元。"
    subject, _ = decide_region(clean(text).text, _gazetteer(),
                                      url="https://www.cqfj.gov.cn/ghxx/1.html")
    assert subject is not None
    assert subject.name == "奉节县"


def test_a_superiors_visit_followed_is_not_the_figures_region() -> None:
    # 视察重庆重要讲话: the directives a county follows, not the county's figures' region
    text = ("甲县\n2024年，全县上下深化落实总书记视察重庆重要讲话重要指示精神，"
            "全年实现地区生产总值411.5亿元、增长6.6%。")
    facts = extract(text, year=2024, region="500236").facts
    assert {f.region for f in facts} == {"500236"}
    # (考察调研山西重要讲话: a leader's tour the same)
    text = ("甲区\n认真落实习近平总书记考察调研山西重要讲话重要指示精神，"
            "全年地区生产总值完成102.46亿元，增长2.3%。")
    facts = extract(text, year=2022, region="140110").facts
    assert {f.region for f in facts} == {"140110"}
    # (对贵州对毕节的重要指示: the places a leader's directives were about)
    text = ("甲区\n认真贯彻总书记对贵州对毕节的重要指示批示精神，"
            "全年地区生产总值完成556亿元，增长6.2%。")
    facts = extract(text, year=2021, region="520502").facts
    assert {f.region for f in facts} == {"520502"}


def test_a_countys_honours_and_ranks_among_the_provinces_counties_are_not_its_own() -> None:
    # a district's review naming no place of its own: its honours (“全省教育强区”, 湖南省
    # 著名商标, 中国驰名商标), a rank among the province's counties (全省县区中首创) and a
    # bank named after its city (岳阳农村商业银行) say nothing of its region; its
    # government's host does (yylq.gov.cn: 岳阳楼区)
    text = ("区政府2016年度工作报告\n各位代表:\n我代表区人民政府向大会报告工作。\n"
            "过去四年工作回顾\n四年来,先后获得“全省经济快进县区”“全省教育强区”等荣誉,"
            "新增中国驰名商标6个、湖南省著名商标11个,支持了岳阳农村商业银行组建,在全省县区中"
            "首创“大城管”模式。地区生产总值从2012年的383亿元增长到2016年的566亿元。")
    facts = extract(Document(name="d.txt", text=text,
                             url="http://yylq.gov.cn/21487/21496/content_1.html")).facts
    assert facts
    assert {f.region for f in facts} == {"430602"}


def test_the_places_of_a_directive_with_its_slogan_are_authorities() -> None:
    # 对包头“一个创新、三个实现”重要指示: the directive's slogan quoted before its word;
    # the places it was about are the district's superiors, not its figures' region
    text = ("深入贯彻总书记对内蒙古重要指示精神和对包头“一个创新、三个实现”重要指示，"
            "全区经济社会发展取得重大成果。预计全年地区生产总值增长7.5%左右。")
    roles = {(m.mention.surface, m.mention.role)
             for m in resolve_mentions(clean(text).text, _gazetteer())}
    assert roles == {("内蒙古", "authority"), ("包头", "authority")}


def test_a_superiors_strategy_carried_out_is_not_the_figures_region() -> None:
    # 落实银川市“工业强市”战略: a district carries out its city's strategy; the figures
    # of the sentence are the district's
    text = ("上半年银川市金凤区地区生产总值增长12.7%。\n金凤区认真落实银川市“工业强市”战略，"
            "上半年规上工业增加值同比增长30.8%。")
    facts = extract(text, year=2021).facts
    assert {f.region for f in facts} == {"640106"}


def test_regions_a_figure_is_better_than_are_yardsticks() -> None:
    # 好于全区、全国: the list after 好于, its deictic first item too, only compared with
    text = ("甲市\n上半年，全市规模以上工业增加值同比增长4.5%，好于全区、全国，"
            "工业投资同比增长17.3%。")
    facts = extract(text, year=2020, region="450100").facts
    assert [(f.indicator, f.region) for f in facts] == [
        ("industrial_value_added", "450100"), ("industrial_investment", "450100")]


@pytest.mark.parametrize("corps", ["新疆生产建设兵团", "新疆兵团"])
def test_the_production_corps_is_not_xinjiang(corps: str) -> None:
    # the corps keeps statistics of its own and has no GB/T 2260 code: no region decided
    text = f"今年上半年，{corps}实现生产总值203.92亿元，比上年同期增长13.1%。"
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert (subject, decision.value) == (None, None)


def test_a_province_and_its_city_named_together_as_a_venue() -> None:
    # 在广东深圳举办的洽谈会上: where the fair was held, not whose projects were signed
    text = ("甲市\n酒泉市在广东深圳举办的合作项目洽谈会上，签约项目21个，签约额达136.34亿元。")
    facts = extract(text, year=2015).facts
    assert {f.region for f in facts} == {"620900"}


def test_a_counties_short_form_met_once_names_no_subject() -> None:
    # 新和 (新和县) inside 更新和: the one region word of a national list
    text = ("十四五成就\n- 实施大规模设备更新和消费品以旧换新行动\n"
            "- 2024年社会消费品零售总额规模达到48.3万亿元\n")
    extraction = extract(Document(name="t.txt", text=text))
    assert extraction.context.region.value is None
    assert {f.region for f in extraction.facts} == {None}


def test_a_counties_short_form_owning_what_follows_in_a_text_saying_quanxian_is_its_subject(
        ) -> None:
    text = ("2016年,县委、政府团结带领全县各族人民,为伊吾的改革开放和经济社会发展做出了"
            "积极的努力。\n一、综合\n经测算,地区生产总值445636万元,同比增长11.0%。")
    assert {f.region for f in extract(Document(name="t.txt", text=text)).facts} == {"650522"}
    # a verb's object (来陕来安考察) is no name, however the text speaks of itself
    text = ("2020年统计公报\n全县深入学习贯彻习近平总书记来陕来安考察重要讲话精神。\n"
            "全县生产总值为23.16亿元,同比下降2.9%。")
    assert {f.region for f in extract(Document(name="t.txt", text=text)).facts} == {None}


def test_a_lone_long_short_form_beside_a_weak_subject_is_a_place() -> None:
    # a page comparing four cities: its subject is a weak guess, 乌鲁木齐 (named once by
    # its short form, another province's) is a city all the same
    text = ("2025年上半年西北城市GDP排名\n- 西安GDP总量6500亿元。\n- 榆林GDP总量3300亿元,"
            "榆林增长5%。\n- 乌鲁木齐GDP总量2410.47亿元。\n- 兰州GDP总量1800亿元。")
    got = {(f.region, f.quantity.value) for f in extract(text).facts
           if f.measure == "level"}
    assert ("650100", Decimal("241047000000")) in got
    # and a two-character short form inside a word stays a word (规模以上高技术: 上高)
    text = ("2023年一季度全省经济运行\n全省规模以上高技术制造业增加值增长11.4%。"
            "郑州增长5%,洛阳增长4%。")
    assert all(f.region != "360923" for f in extract(text).facts)


def test_a_region_after_shi_that_a_description_of_the_subject_follows_is_a_yardstick(
        ) -> None:
    text = ("贵州省各市经济实力大比拼\n2.1 贵阳市\n贵阳市2023年GDP达到4000亿元。\n"
            "2.2 遵义市\n遵义市是贵州省重要的工业基地,2023年GDP达到3500亿元。\n")
    got = {(f.region, f.quantity.value) for f in extract(text).facts}
    assert ("520300", Decimal("350000000000")) in got
    assert all(r != "520000" for r, _ in got)


def test_a_provincial_capital_named_after_shenghui_is_no_person() -> None:
    # 省会长沙: the capital 长沙, not 会长 read across the name; a title before it still is
    text = "湖南各市2023年上半年GDP\n上半年,省会长沙的GDP已经突破了6000亿元。"
    assert {f.region for f in extract(text).facts} == {"430100"}
    assert mention_role("商会会长沙某某表示", 3, 5) == "person"


def test_venues_listed_for_a_ceremony_held_at_once_are_no_subject() -> None:
    # 仪式在长沙市、岳阳市、益阳市同步举行: every venue listed, not the last one, is no
    # mention; the count after them (11个重大项目集中开工: the name right after it) is
    # the province's
    for text in ("湖南重大项目开工\n1月3日上午,2024年湖南全省重大项目集中开工仪式在长沙市、岳阳市、"
                 "益阳市同步举行,11个重大项目集中开工,总投资达872亿元。",
                 "湖南重大項目開工\n1月3日上午,2024年湖南全省重大項目集中開工儀式在長沙市、岳陽市、"
                 "益陽市同步舉行,11個重大項目集中開工,總投資達872億元。"):
        got = {(f.region, f.indicator, f.quantity.value) for f in extract(text).facts}
        assert got == {("430000", "major_projects_started", Decimal(11))}
    text = "仪式在长沙市、岳阳市、益阳市同步举行"
    assert [mention_role(text, text.find(n), text.find(n) + 3)
            for n in ("长沙市", "岳阳市", "益阳市")] == ["venue"] * 3


def test_the_country_named_with_its_own_gdp_is_not_heard_over_by_a_host_spelling_a_place(
        ) -> None:
    # paper.xinmin.cn: 新民晚报's host spells 新民 (新民市); 全国 with 国内生产总值, the
    # country's own name of its GDP, is the country
    url = "https://paper.xinmin.cn/html/xmwb/2021-03-05/1-24/97567.html"
    text = "全年国内生产总值增长2.3%,全国城镇调查失业率降到5.2%。"
    subject, _ = decide_region(text, _gazetteer(), url=url)
    assert subject is not None
    assert subject.code == "100000"
    # a county's own words on that host still let the host speak
    subject, _ = decide_region("全市地区生产总值增长2.3%。", _gazetteer(), url=url)
    assert subject is not None
    assert subject.name == "新民市"



@pytest.mark.parametrize("in_script", [str, traditional])
def test_a_province_named_once_beside_the_countrys_figures_is_what_its_own_word_means(
        in_script: Callable[[str], str]) -> None:
    # the country's figures named three times, the province once, in the headline: the
    # text's 全省 can only be the province
    text = in_script(
        "前4个月湖南经济运行情况\n\n1至4月,全国规模以上工业增加值增长5.6%,全国社会消费品"
        "零售总额增长8.1%,全国固定资产投资增长6.2%。全省规模以上工业增加值增长6.1%;全省"
        "社会消费品零售总额4012.3亿元。")
    result = extract(text)
    assert result.context.region.value == "430000"
    assert {f.region for f in result.facts if f.quantity.value in {
        Decimal("6.1"), Decimal("401230000000")}} == {"430000"}
    assert {f.region for f in result.facts if f.quantity.value == Decimal("5.6")} == {"100000"}


def test_a_counties_short_form_closing_a_quoted_slogan_is_its_subject() -> None:
    # 全区上下…围绕“智造绿都、和合任泽”建设目标: the district's short name once, closing a
    # quoted slogan, in a text saying 全区 of itself: the district, no word's piece
    text = ("2021年,全区上下紧紧围绕“智造绿都、和合任泽”建设目标,全区经济平稳增长。\n"
            "一、综合\n初步核算,全区生产总值完成719183万元,同比增长6.7%。")
    subject, decision = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "130505"
    assert decision.confidence > 0
    assert {f.region for f in extract(traditional(text)).facts} == {"130505"}


def test_a_provinces_own_press_host_names_the_province_its_text_calls_quansheng() -> None:
    # hnrb.voc.com.cn: 湖南日报's e-paper; its text says only 全省, and one county's short
    # form (上高) that is rather a word bounds nothing
    text = "1-8月,全省规模工业增加值同比增长7.2%。全省固定资产投资增长3.4%,其中上高速公路投资增长。"
    assert _weakly_from(text, url="https://hnrb.voc.com.cn/hnrb_epaper/html/2024-09/19/"
                                  "content_1.htm") == "湖南省"
    assert _weakly_from(text, url="https://news.example.com/2024-09/19/content_1.htm") is None


def test_anhuis_own_press_names_anhui_for_a_text_saying_quansheng() -> None:
    # 市场星报 (ahscb.com), of 安徽日报报业集团: a release it reports says 全省 and 省统计局
    # only; the paper's province is the subject
    text = ("星报讯 7月19日,省统计局发布2024年上半年全省经济运行情况,"
            "上半年全省地区生产总值23967亿元,同比增长5.3%。")
    assert _weakly_from(text, url="http://ahscb.com/html/2024-07/22/content_1.htm") == "安徽省"
    assert _weakly_from(text, url="http://www.ahwang.cn/html/2024-07/22/content_1.htm") == (
        "安徽省")


def test_a_firm_named_after_its_home_is_no_subject() -> None:
    # 北京忠和酒业二期项目 in a county's news of its projects started, which names the county
    # twice at its end: the firm's home, a short trade name and 酒业 after it, is a mention
    # but not the subject; a name with no trade name after it (北京公司) is no firm's
    text = ("北京忠和酒业二期项目开工\n城区老旧片区改造项目开工\n"
            "今年第一季度集中开工的重大项目共有12个。\n"
            "房县举行了2021年春季重大项目集中开工仪式\n房县本次集中开工项目12个")
    assert mention_role(text, 0, 2) == "firm"
    assert mention_role("北京公司开业", 0, 2) is None
    # (北京和上海的上市公司: the regions' listed companies, no firm's)
    assert mention_role("北京和上海的上市公司数量", 3, 5) is None
    assert mention_role("上海上市公司数量", 0, 2) is None
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "420325"


def test_rankings_conferences_and_institutes_named_after_a_region_are_not_its() -> None:
    # 四川民营企业100强 and 中国企业500强 (a ranking's name), 重庆英才大会 (a conference's),
    # 浙江清华长三角研究院 and 浙江理工大学 (an institute's): no subject of the text; the
    # county's own 人民代表大会, a place an institute is built in and a region's 大学生 are
    text = "跻身四川民营企业100强第4位、中国企业500强，纳入重庆英才大会活动"
    for name, role in (("四川", "event"), ("中国", "event"), ("重庆", "event")):
        at = text.find(name)
        assert mention_role(text, at, at + 2) == role
    text = "与浙江清华长三角研究院、浙江理工大学合作"
    assert [mention_role(text, a, a + 2) for a in (1, text.find("浙江理工"))] == [
        "firm", "firm"]
    assert mention_role("甲县人民代表大会第一次会议", 0, 2) is None
    assert mention_role("在三亚市建设研究院", 1, 4) is None
    assert mention_role("甲县大学生就业创业", 0, 2) is None


def test_a_name_in_a_list_of_projects_is_a_projects() -> None:
    # 甲乙聚甲醛、广州乐禾等项目: a firm's project in a list of projects, named after its
    # home, is no subject; 全县重点项目 is the county's
    text = "推进甲乙聚甲醛、广州乐禾等项目建设"
    assert mention_role(text, text.find("广州"), text.find("广州") + 2) == "project"
    assert mention_role("全县重点项目完成投资", 0, 2) is None


def test_a_place_in_a_photos_caption_is_no_subject() -> None:
    # a province's quarterly review whose photo captions name a county three times: the
    # places a picture was taken in are mentions, but the review is its province's
    text = ("一季度新疆经济运行稳中有进\n"
            "4月25日,工人在巴里坤公路建设项目工地施工。该工程北起巴里坤哈萨克自治县大河镇,"
            "南至巴里坤县城。新疆日报记者王某摄\n"
            "一季度,自治区经济运行总体平稳,全区实现生产总值3975亿元,同比增长7.0%。")
    start = text.find("巴里坤")
    assert mention_role(text, start, start + 3) == "caption"
    # (a line ending in no photographer's credit is no caption)
    assert mention_role("巴里坤公路建设项目开工。", 0, 3) is None
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "650000"


def test_a_forum_users_name_in_an_edit_note_is_no_mention() -> None:
    # 本帖最后由 凉城无爱 于…编辑: a forum user named after a county, no mention of it
    text = ("2017年武进区预计实现地区生产总值2245亿元\n"
            "本帖最后由 凉城无爱 于 2017-12-27 16:53 编辑\n"
            "今年以来，全区经济运行总体平稳。预计全年完成地区生产总值2245亿元，可比价增长8%。")
    start = text.find("凉城")
    assert mention_role(text, start, start + 2) == "person"
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "武进区"


def test_a_county_named_by_the_name_it_had_before_it_became_a_district() -> None:
    # 上饶县 (广信区 since 2019) in its 2018 report, which says 全县 of itself: the county's
    # former name is its name, no word, and 全县 fits the type it then had
    text = ("上饶县第十七届人民代表大会第四次会议开幕\n2018年，全县完成生产总值237.2亿元，"
            "增长9.4%；全县一般公共预算收入16.6亿元。")
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.code == "361104"


@pytest.mark.parametrize(("former", "code"), [
    ("盘县", "520281"), ("郫县", "510117"), ("富阳市", "330111"), ("香格里拉县", "533401")])
def test_former_county_names_of_the_2010s_renames_are_read(former: str, code: str) -> None:
    # 盘县 became 盘州市 in 2017: a text of 2014 names it so, beside another county
    text = (f"日前，百强县榜单发布，{former}和仁怀市入围。{former}2014年地区生产总值达426亿元；"
            "仁怀市2014年地区生产总值达441亿元。")
    regions = [(f.region, f.quantity.value) for f in extract(text).facts]
    assert (code, Decimal("42600000000")) in regions


def test_the_whole_a_share_is_of_is_a_yardstick_after_zhandao() -> None:
    # …占到全国进出口总额61986亿元的7.5%。其中进口和出口分别增长12.4%和22.8%: the country
    # the city's share is of is no subject of the breakdown after it
    text = ("苏州市一季度实现进出口总额4661.8亿元，同比增长16.6%，占到全国进出口总额61986亿元的"
            "7.5%。其中进口和出口分别增长12.4%和22.8%。")
    start = text.find("全国")
    assert mention_role(text, start, start + 2) == "yardstick"
    facts = extract(text).facts
    assert {f.region for f in facts if f.indicator in ("imports", "exports")} == {"320500"}
    # (the whole's own total, right after its name in the share's clause, stays its own)
    assert {(f.region, f.quantity.value) for f in facts if f.indicator == "foreign_trade"
            and f.measure == "level"} == {("320500", Decimal("466180000000.0")),
                                         ("100000", Decimal("6198600000000"))}


def test_the_whole_a_region_ranks_high_in_is_a_yardstick() -> None:
    # 主要经济指标增速保持全国同类城市前列，预计地区生产总值增长8%左右: the country the city
    # ranks high in is no subject of the city's figures after it
    text = ("2018年，武汉市坚持高位求进，主要经济指标增速保持全国同类城市前列，"
            "预计地区生产总值增长8%左右，全社会固定资产投资增长10.5%左右。")
    start = text.find("全国")
    assert mention_role(text, start, start + 2) == "yardstick"
    assert {f.region for f in extract(text).facts} == {"420100"}


def test_a_name_opening_with_a_vowel_does_not_close_a_host_label() -> None:
    # guanchang (官场) is no gu + anchang (广昌 by a rare reading of 广), jiusongjiankang no
    # …ji + ankang (安康): pinyin marks such a join with an apostrophe a host cannot write
    text = "全年全县地区生产总值115亿元，同比增长7%。"
    assert _weakly_from(text, url="https://guanchang.qwyd.net/zhengfugongzuobaogao/1.html") is None
    assert _weakly_from(text, url="https://www.jiusongjiankang.com/health/news/1.html") is None
    assert _weakly_from(text, url="http://szb.jinrifangxian.com/content/1.html") == "房县"


def test_words_that_read_across_a_county_name_make_no_mention() -> None:
    # 监督和县政协, 市政府和县委: 和 joining bodies; 主席台前排: the rostrum; 红山文化: a culture
    text = ("政府工作报告\n——2018年12月22日在建平县第十八届人民代表大会第二次会议上\n"
            "在县人大的依法监督和县政协的民主监督下，在市委、市政府和县委的坚强领导下，"
            "领导在主席台前排就座。红山文化研究中心投入使用。"
            "全县地区生产总值完成115亿元。")
    assert _surfaces(text) == ["建平县"]
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "建平县"
    # (和县's own bodies stay the county: 和县县委, 和县人民政府)
    assert _surfaces("马鞍山市和县县委、和县人民政府召开会议。") == ["马鞍山市", "和县", "和县"]


def test_words_of_a_bulletins_prose_name_no_county() -> None:
    # 在固定资产投资中 (no 资中县), 开通城乡班线 (no 通城县), 其中国道 (no 中国)
    text = ("全年固定资产投资下降8.8%。在固定资产投资中,工业投资增长18.6%。"
            "全县公路里程2271.83公里,其中国道136.75公里。开通城乡班线29条。")
    assert _surfaces(text) == []
    assert _surfaces("尤其中国经济稳中向好。") == ["中国"]


def test_a_word_ending_in_zheng_before_he_names_no_zhenghe() -> None:
    # 深入践行民本岳阳的执政和发展理念: 执政 and 和, no 政和县 read across them
    assert _surfaces("全县深入践行民本岳阳的执政和发展理念，行政和事业单位改革推进。") == ["岳阳"]


def test_funds_arranged_and_a_healthy_pace_name_no_county() -> None:
    # 市财政预算和债券资金安排3500万元: 资金 and 安排, no 金安区 read across them; the city
    # named in its party committee stays the report's
    text = ("2016年，在中共黄石市委的坚强领导下，全市上下推动新发展。"
            "市财政预算和债券资金安排3500万元，支持模具钢产业转型升级。")
    assert _surfaces(text) == ["黄石市"]
    # (全区经济社会发展总体呈现韧性强大、健康平稳态势: 健康 and 平稳, no 康平县)
    assert _surfaces("全区经济呈现健康平稳态势。2020年达川区实现地区生产总值300.4亿元。") == [
        "达川区"]
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "黄石市"


def test_a_provinces_literary_name_and_an_event_named_by_place_and_date() -> None:
    # 向三湘父老交出…答卷 / 全省上下…: 三湘 is 湖南; 长沙“4·29”特别重大…事故 names an event by
    # its place and date, no mention of 长沙
    text = ("奋斗2022\n向三湘父老交出了一份合格的好答卷\n2022年，全省上下认真贯彻落实。"
            "深刻汲取长沙“4·29”特别重大居民自建房倒塌事故教训。全省地区生产总值近5万亿元。")
    start = text.find("长沙")
    assert mention_role(text, start, start + 2) == "event"
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "湖南省"



def test_a_region_a_year_is_told_of_after_shi_is_the_subject() -> None:
    # 2021年是丹东转型的第20个年头: the year is told of the city, no description of a
    # subject in a wider region (遵义市是贵州省重要的…); 全省 after 居 is a yardstick
    text = ("各位代表,刚刚过去的2021年是丹东转型的第20个年头。这一年,我们坚决贯彻"
            "辽宁振兴发展的部署。地区生产总值增长6.5%,企业年报公示率居全省首位。")
    roles = [(m.mention.surface, m.mention.role)
             for m in resolve_mentions(clean(text).text, _gazetteer())]
    assert ("丹东", None) in roles
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "丹东市"


def test_superiors_named_before_a_text_of_its_own_are_authorities() -> None:
    # 视察江西和赣州重要讲话; 按照省、赣州市、瑞金市党代会部署: the province and the city
    # a county-level city's report follows, the city itself last
    text = ("今年政府工作的总体要求是:持续深入贯彻习近平总书记视察江西和赣州重要讲话精神,"
            "按照省、赣州市、瑞金市党代会部署要求,坚持稳中求进。主要预期目标是:"
            "地区生产总值增长8.2%以上。")
    roles = {(m.mention.surface, m.mention.role)
             for m in resolve_mentions(clean(text).text, _gazetteer())}
    assert {("江西", "authority"), ("赣州", "authority"), ("赣州市", "authority"),
            ("瑞金市", None)} <= roles
    subject, _ = decide_region(clean(text).text, _gazetteer())
    assert subject is not None
    assert subject.name == "瑞金市"


def test_the_one_region_named_within_the_mentions_that_its_own_word_can_mean() -> None:
    # a district's report on its city's channel: 全区 cannot be 石家庄市, named most; of the
    # regions named within it only 藁城区 can be
    text = ("长城网石家庄频道欢迎您\n石家庄频道 >> 专题库\n2018政府工作报告\n"
            "过去的一年,我们以建设“经济强区、魅力藁城”为目标,扎实开展各项工作。"
            "全区地区生产总值完成670亿元。石家庄经济技术开发区建设加快。\n")
    extracted = extract(text)
    assert extracted.context.region.value == "130109"
    assert {f.region for f in extracted.facts} == {"130109"}


def test_the_places_a_delegation_went_to_are_not_the_figures_region() -> None:
    # 赴深圳、上海、北京招商: where the district went to seek investment, a venue
    text = ("甲区\n招商引资不断拓展,赴深圳、上海、北京招商活动取得积极成效,"
            "全年新签约项目163个。")
    facts = extract(text, year=2017, region="320509").facts
    assert {(f.region, f.indicator) for f in facts} == {("320509", "major_projects_signed")}
