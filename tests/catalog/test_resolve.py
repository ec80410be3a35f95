"""Region resolution: mentions, disambiguation, document subject, titles, headings, deixis.

The snippets are written for these tests (not copied from the seeds).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from plantrack.catalog.regions import Gazetteer, load_region_rows
from plantrack.catalog.resolve import (
    deictic_region,
    disambiguate,
    document_subject,
    find_region_mentions,
    region_for_heading,
    resolve_mentions,
    self_deixis,
    title_region,
)
from plantrack.model import Region
from plantrack.text.clean import clean
from plantrack.text.script import to_simplified

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(load_region_rows())


def codes(gaz: Gazetteer, text: str) -> list[str]:
    return [item.region.code for item in resolve_mentions(text, gaz)]


def test_a_river_holding_a_districts_short_name_is_no_mention(gaz: Gazetteer) -> None:
    # 钱塘江金融港湾: the river, not 钱塘区; the district named so stays
    assert codes(gaz, "运河财富小镇纳入钱塘江金融港湾规划。") == []
    assert codes(gaz, "钱塘区地区生产总值增长8%。") == ["330114"]


def test_mentions_longest_match_and_offsets(gaz: Gazetteer) -> None:
    text = "江苏省南通市通州区今年增长6%，南通的海门也不错。"
    found = find_region_mentions(text, gaz)
    assert [m.surface for m in found] == ["江苏省", "南通市", "通州区", "南通", "海门"]
    assert all(text[m.start:m.end] == m.surface for m in found)
    assert found[2].ambiguous
    assert {r.code for r in found[2].candidates} == {"110112", "320612"}
    assert found[3].via == "alias"
    assert found[0].via == "name"


def test_mentions_skip_non_region_phrases(gaz: Gazetteer) -> None:
    text = "推进中国式现代化，与吉林大学合作，2000亿元大关，区委和政府，惠民生。"
    assert find_region_mentions(text, gaz) == []


def test_an_acting_county_heads_title_is_no_mention_of_daixian(gaz: Gazetteer) -> None:
    # 代县长: the acting county head; 代县 (山西) is named by its own head's title in full
    assert codes(gaz, "在临泉县人民代表大会上 临泉县代县长 张某") == ["341221", "341221"]
    assert codes(gaz, "代县县长 李某") == ["140923"]


def test_a_district_named_by_an_everyday_word_right_after_its_city(gaz: Gazetteer) -> None:
    # 矿区, 城区 and 郊区 alone are words (the mining area, the town); right after their
    # city's name, in full or short, they name its district
    assert codes(gaz, "阳泉市矿区2022年统计公报") == ["140303"]
    assert codes(gaz, "晋城城区经济运行") == ["140502"]
    assert codes(gaz, "城区绿化，矿区治理，郊区农业。") == []
    assert codes(gaz, "阳泉市2022年统计公报，矿区治理") == ["140300"]


def test_a_county_named_with_the_type_it_had_before(gaz: Gazetteer) -> None:
    # 济阳县 became 济阳区 and 即墨市 即墨区: older texts name them by the old type's word,
    # whole (not 济阳 and a stray 县); a name that is a division's own stays that one's
    found = find_region_mentions("济阳县、章丘区和即墨市", gaz)
    assert [(m.surface, m.candidates[0].code) for m in found] == [
        ("济阳县", "370115"), ("章丘区", "370114"), ("即墨市", "370215")]
    # (鼓楼 names four districts: no one of them is 鼓楼县)
    assert [m.surface for m in find_region_mentions("鼓楼县", gaz)] == ["鼓楼"]


def test_places_roll_up_and_parks_are_cues(gaz: Gazetteer) -> None:
    found = find_region_mentions("五接镇和川姜镇的企业进驻南通高新区。", gaz)
    assert [(m.surface, m.candidates[0].code, m.is_region) for m in found] == [
        ("五接镇", "320612", True), ("川姜镇", "320612", True),
        ("南通高新区", "320612", False)]
    assert found[0].place is not None
    assert found[0].place.kind == "town"


def test_tongzhou_in_a_nantong_context(gaz: Gazetteer) -> None:
    text = "南通市各县区上半年成绩亮眼，通州实现地区生产总值880亿元。"
    assert codes(gaz, text)[-1] == "320612"


def test_tongzhou_in_a_jiangsu_context(gaz: Gazetteer) -> None:
    assert codes(gaz, "江苏省委部署后，通州区加快建设。")[-1] == "320612"


def test_tongzhou_in_a_beijing_context(gaz: Gazetteer) -> None:
    assert codes(gaz, "北京市通州区上半年地区生产总值增长4%。")[-1] == "110112"


def test_tongzhou_by_cue_word_alone(gaz: Gazetteer) -> None:
    assert codes(gaz, "城市副中心建设提速，通州区固定资产投资增长。")[-1] == "110112"


def test_nantong_context_outweighs_the_cue_word(gaz: Gazetteer) -> None:
    text = "南通崇川加快任港湾城市副中心建设；南通通州区推进项目。"
    assert codes(gaz, text)[-1] == "320612"


def test_a_district_compared_with_its_province_lies_in_a_sheng(gaz: Gazetteer) -> None:
    # 城中区 is 柳州's (广西, an autonomous region, whose texts say 全区) and 西宁's (青海省):
    # a 城中区 compared with 全省 is 西宁's
    text = "2023年，城中区完成地区生产总值327.03亿元，分别高于全省和全市10.8个和7.5个百分点。"
    assert codes(gaz, text)[0] == "630103"
    assert document_subject(text, gaz) == gaz.get("630103")


def test_tongzhou_by_a_town(gaz: Gazetteer) -> None:
    assert codes(gaz, "五接镇新签项目12个，通州全区项目总投资增长。")[-1] == "320612"


def test_a_round_ups_passing_province_speaks_for_none_of_its_parts(gaz: Gazetteer) -> None:
    # 长春 is one name among many provinces' cities: 西安 stays the prefecture, not the
    # district of 辽源 that shares 长春's province
    text = ("城市排名：长春6800亿元，济南12027亿元，合肥12013亿元，福州12308亿元，"
            "郑州12934亿元，西安11486亿元。")
    assert codes(gaz, text)[-1] == "610100"


def test_a_provinces_own_text_keeps_its_district(gaz: Gazetteer) -> None:
    text = "吉林省辽源市上半年经济运行平稳，长春、四平同步增长，西安实现地区生产总值50亿元。"
    assert codes(gaz, text)[-1] == "220403"


def test_disambiguate_directly(gaz: Gazetteer) -> None:
    both = gaz.lookup("通州")
    assert disambiguate(both, [gaz.by_code["320600"]], gazetteer=gaz).code == "320612"
    assert disambiguate(both, {"110000": 2.0}, gazetteer=gaz).code == "110112"
    assert disambiguate(both, [], "北京城市副中心", gazetteer=gaz).code == "110112"
    jilin = gaz.lookup("吉林")
    assert disambiguate(jilin, [], gazetteer=gaz).code == "220000"  # ties: the higher level
    with pytest.raises(ValueError, match="candidate"):
        disambiguate([], [], gazetteer=gaz)


@pytest.mark.parametrize(("heading", "code"), [
    ("海安市", "320685"),
    ("如皋市", "320682"),
    ("二、如东县", "320623"),
    ("（三）启东市", "320681"),
    ("【崇川区】", "320613"),
    ("海门区：确保经济增速稳居第一方阵", "320614"),
    ("通州区", "320612"),
])
def test_headings_in_a_nantong_round_up(gaz: Gazetteer, heading: str, code: str) -> None:
    region = region_for_heading(heading, gaz, context=[gaz.by_code["320600"]])
    assert region is not None
    assert region.code == code


@pytest.mark.parametrize("heading", [
    "把牢首要任务 抓好5个聚焦", "", "南通高新区", "【竞技场】", "2023年", "一、总体要求"])
def test_non_region_headings(gaz: Gazetteer, heading: str) -> None:
    assert region_for_heading(heading, gaz) is None


def test_heading_in_beijing_context(gaz: Gazetteer) -> None:
    region = region_for_heading("通州区", gaz, context={"110000": 1.0})
    assert region is not None
    assert region.code == "110112"


def test_subject_of_a_county_report(gaz: Gazetteer) -> None:
    text = ("南通通州：项目建设跑出加速度\n上半年，通州区地区生产总值增长7%。通州区"
            "一般公共预算收入41亿元。川姜镇家纺产业回暖，全区增速位居南通前列。")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "320612"


def test_subject_of_a_round_up(gaz: Gazetteer) -> None:
    text = ("南通七县区比拼下半年\n海安市：确保增长6.5%。如皋市：高企突破600家。"
            "如东县：招引项目150个。启东市：科创项目200个。崇川区：主城担当。"
            "通州区：新开工项目27个。海门区：新签约项目30个。南通经济总量破万亿。")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "320600"


def test_subject_of_a_provincial_report_naming_one_city(gaz: Gazetteer) -> None:
    text = "四川省政府工作报告：四川全年增长6%，成都带动作用明显，四川省投资增长。"
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "510000"


def test_subject_of_a_provincial_report_held_in_its_capital(gaz: Gazetteer) -> None:
    # the capital is named once, as the venue; the report speaks of 全省 throughout
    text = ("安徽省政府工作报告\n安徽省人代会在合肥开幕。全省生产总值增长5.8%，"
            "全省一般公共预算收入增长8.2%。")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "340000"


def test_a_city_report_comparing_with_its_province_stays_the_city(gaz: Gazetteer) -> None:
    text = ("宜昌前三季度经济运行\n宜昌市地区生产总值增长5.6%，高于全省0.3个百分点，"
            "宜昌市投资增长，居全省前列。湖北省统计局发布。")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "420500"


def test_subject_of_a_national_report(gaz: Gazetteer) -> None:
    text = "全国人代会在北京开幕。我国国内生产总值增长5%，全国城镇新增就业1200万人。"
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "100000"


def test_subject_with_hint_and_without_mentions(gaz: Gazetteer) -> None:
    haimen = gaz.by_code["320614"]
    assert document_subject("全区地区生产总值增长6%。", gaz) is None
    assert document_subject("全区地区生产总值增长6%。", gaz, hint=haimen) == haimen


def test_a_city_qualifying_its_districts_name_is_one_mention(gaz: Gazetteer) -> None:
    # the footer's 北京市门头沟区 names the district once: 北京 said twice more (the city's
    # statistics office, its 全市 in the notes) does not make the release the city's
    text = ("2022年1-8月工业总产值\n来源:区统计局\n工业总产值增长8.9%。\n"
            "北京统计部门汇总全市规模以上工业统计数据。\n"
            "您访问的链接即将离开“北京市门头沟区人民政府”门户网站")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "110109"


def test_subject_of_the_beijing_sub_centre(gaz: Gazetteer) -> None:
    text = "上半年北京城市副中心地区生产总值增长4%，高于全市。北京城市副中心投资增长。"
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.code == "110112"


# --- titles: not part of the text, the document's own word on what it is about ----------

def code_of(region: Region | None) -> str | None:
    return region.code if region is not None else None


A_DISTRICT_BODY = "全区地区生产总值增长6%，增速居南通第二。全区一般公共预算收入增长5%。"


@pytest.mark.parametrize(("title", "code"), [
    ("海门区2023年经济运行情况", "320614"),
    ("南通市通州区2023年经济运行情况", "320612"),   # a line: the most specific
    ("江苏省南通市海门区工作要点", "320614"),
    ("中国南通海门：项目建设再提速", "320614"),      # the country says nothing
    ("五接镇2023年工作总结", "320612"),              # a town stands for its county
])
def test_title_region_is_the_most_specific_on_one_line(gaz: Gazetteer, title: str,
                                                       code: str) -> None:
    assert code_of(title_region(title, A_DISTRICT_BODY, gaz)) == code


@pytest.mark.parametrize("title", [
    "南通市与苏州市经济运行比较",       # two lines: a comparison
    "海门区、如皋市上半年项目观摩",      # siblings: a round-up
    "全国2023年国民经济运行情况",      # only the country
    "国务院关于2023年工作的报告",
    "关于做好安全生产工作的通知",      # no region
    "南通高新区2023年工作总结",         # a park, not a region
])
def test_title_region_is_none_without_one_line_of_regions(gaz: Gazetteer, title: str) -> None:
    assert title_region(title, A_DISTRICT_BODY, gaz) is None


def test_title_region_judges_an_ambiguous_name_in_the_documents_context(
        gaz: Gazetteer) -> None:
    title = "通州区2023年上半年经济运行情况"
    nantong = title_region(title, "全区工业增长8%，五接镇和川姜镇贡献最大。", gaz)
    beijing = title_region(title, "全区工业增长8%，北京市下达的任务全部完成。", gaz)
    sub_centre = title_region(title, "城市副中心建设提速，全区工业增长8%。", gaz)
    assert code_of(nantong) == "320612"
    assert code_of(beijing) == "110112"
    assert code_of(sub_centre) == "110112"  # a cue word


@pytest.mark.parametrize(("text", "title", "without", "with_title"), [
    # a body that says 全区 and names its city once is the city's; its title says whose
    (A_DISTRICT_BODY, "海门区2023年经济运行情况", "320600", "320614"),
    # the title's region resolves the body's ambiguous names
    ("上半年，通州区地区生产总值增长7%，通州区一般公共预算收入增长5%。",
     "南通市通州区上半年经济运行情况", "110112", "320612"),
    # a part named in passing does not take the subject below the title
    ("全省生产总值增长6%，合肥投资增长8%，全省进出口增长5%。",
     "安徽省2023年经济运行情况", "340100", "340000"),
])
def test_subject_starts_from_the_titles_region(gaz: Gazetteer, text: str, title: str,
                                               without: str, with_title: str) -> None:
    assert code_of(document_subject(text, gaz)) == without
    assert code_of(document_subject(text, gaz, title=title)) == with_title


def test_a_body_about_a_part_still_descends_from_the_title(gaz: Gazetteer) -> None:
    text = "海门区生产总值增长6%。海门区投资增长8%，海门区进出口增长5%。"
    subject = document_subject(text, gaz, title="南通市2023年各地经济运行")
    assert code_of(subject) == "320614"


@pytest.mark.parametrize("title", ["南通市与苏州市经济运行比较", "全国2023年经济运行情况"])
def test_a_title_without_one_region_leaves_the_subject_to_the_body(
        gaz: Gazetteer, title: str) -> None:
    assert document_subject(A_DISTRICT_BODY, gaz, title=title) == document_subject(
        A_DISTRICT_BODY, gaz)


def test_the_callers_hint_wins_over_the_title(gaz: Gazetteer) -> None:
    rugao = gaz.by_code["320682"]
    subject = document_subject(A_DISTRICT_BODY, gaz, hint=rugao, title="海门区工作要点")
    assert subject == rugao


@pytest.mark.parametrize(("word", "subject", "expected"), [
    ("全市", "320612", "320600"),
    ("全市", "320685", "320685"),
    ("全区", "320612", "320612"),
    ("全省", "320612", "320000"),
    ("全国", "320612", "100000"),
    ("全市", "110112", "110000"),
    ("全县", "320623", "320623"),
])
def test_deixis(gaz: Gazetteer, word: str, subject: str, expected: str) -> None:
    region = deictic_region(word, gaz.by_code[subject], gaz)
    assert region is not None
    assert region.code == expected


def test_deixis_unknown_word(gaz: Gazetteer) -> None:
    assert deictic_region("全世界", gaz.by_code["320612"], gaz) is None
    assert deictic_region("全市", None, gaz) is None


def test_retired_names_resolve_to_successors(gaz: Gazetteer) -> None:
    assert codes(gaz, "南通市港闸区")[-1] == "320613"
    assert gaz.lookup("海门市")[0].code == "320614"
    retired = gaz.get("320602")
    assert retired is not None
    assert retired.name == "崇川区"


def test_chongqings_former_counties_and_cities_are_its_districts(gaz: Gazetteer) -> None:
    # 长寿 alone is a word (longevity) and no alias; the county's former full name is one
    assert gaz.lookup("长寿县")[0].code == "500115"
    assert gaz.lookup("璧山县")[0].code == "500120"
    assert gaz.lookup("永川市")[0].code == "500118"
    assert not gaz.lookup("长寿")


def test_lookup(gaz: Gazetteer) -> None:
    assert [r.code for r in gaz.lookup("南通")] == ["320600"]
    assert {r.code for r in gaz.lookup("通州区")} == {"110112", "320612"}
    assert [r.code for r in gaz.lookup("320612")] == ["320612"]
    assert [r.code for r in gaz.lookup("五接镇")] == ["320612"]
    assert gaz.lookup("不存在的地方") == []
    assert [r.name for r in gaz.ancestors("320612")] == ["南通市", "江苏省", "全国"]
    assert gaz.is_within("320612", "320000")
    assert [r.code for r in gaz.children("320600")][:2] == ["320612", "320613"]


def _majority_regions() -> list[tuple[Path, str]]:
    out = []
    for gold in sorted(SHARED.glob("corpus/dev/*.json")):
        doc = json.loads(gold.read_text(encoding="utf-8"))
        counts = Counter(f["region"] for f in doc.get("facts", []) if f.get("region"))
        if counts:
            out.append((gold.with_suffix(".txt"), counts.most_common(1)[0][0]))
    return out


@pytest.mark.corpus
def test_subject_of_dev_documents_agrees_with_the_gold(gaz: Gazetteer) -> None:
    """The subject is the gold's commonest region, or (text never naming it) an ancestor."""
    cases = _majority_regions()
    assert cases, f"no dev corpus under {SHARED}"
    exact = 0
    for path, majority in cases:
        text = clean(path.read_text(encoding="utf-8")).text
        subject = document_subject(text, gaz)
        assert subject is not None
        assert gaz.is_within(majority, subject.code), (path.name, majority, subject.code)
        exact += subject.code == majority
    assert exact >= len(cases) - 1


def test_scanner_is_fast(gaz: Gazetteer) -> None:
    text = "南通市通州区五接镇推进项目建设，江苏省委部署。" * 2000
    found = find_region_mentions(text, gaz)
    assert len(found) == 4 * 2000


def test_a_zone_named_after_a_region_is_a_park(gaz: Gazetteer) -> None:
    mentions = find_region_mentions("兰州新区和宁波保税区，浦东新区", gaz)
    assert [(m.surface, m.is_region) for m in mentions] == [
        ("兰州新区", False), ("宁波保税区", False), ("浦东新区", True)]


def test_a_metropolitan_area_named_after_its_city_is_no_region(gaz: Gazetteer) -> None:
    mentions = find_region_mentions("成都都市圈和武汉城市圈,成都市", gaz)
    assert [(m.surface, m.is_region) for m in mentions] == [
        ("成都都市圈", False), ("武汉城市圈", False), ("成都市", True)]


def test_the_deixis_climbs_to_the_region_named_not_to_a_short_names_province(
        gaz: Gazetteer) -> None:
    # 新和 (新和县, Xinjiang) read inside 创新和 at the head outweighs one 江西省 further
    # on; the text's 全省 cannot mean a county, and of the provinces it could mean, the
    # one it names is its subject, not the county's own province that it never names
    text = ("全省上下坚持创新和开放，全省经济运行平稳。" + "全省就业形势稳定，物价温和。" * 12
            + "据统计，2023年江西省生产总值增长4.1%。")
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.name == "江西省"


def test_a_level_set_beside_the_country_is_no_self_deixis() -> None:
    # 快于全国、全省; 全国全省领先: yardsticks named together, not the text's own 全省
    text = ("市委、市政府统筹推进各项工作。经济增长快于全国全省领先。地区生产总值增长8.0%,"
            "增长速度分别快于全国、全省1.3、0.3个百分点。")
    assert self_deixis(text) is None
    assert self_deixis("全省上下齐心协力,全省经济稳中向好。") == "全省"


def test_a_word_starting_with_its_last_character_is_no_self_deixis() -> None:
    # 本区域 is "its own area", 全市场 "the whole market": a province's news that says them
    # calls itself no district and no city
    for text in ("浙江省重大项目集中开工仪式举行,主会场设在杭州市,各市在本区域重大项目开工现场设"
                 "分会场。这次,参加浙江省集中开工活动的重大项目,杭州市有90个,宁波市有71个,"
                 "温州市有40个。",
                 "浙江省重大項目集中開工儀式舉行,主會場設在杭州市,各市在本區域重大項目開工現場設"
                 "分會場。這次,參加浙江省集中開工活動的重大項目,杭州市有90個,寧波市有71個,"
                 "溫州市有40個。"):
        assert self_deixis(to_simplified(text)) is None
    assert self_deixis("浙江省股权交易中心全市场挂牌企业增长10%。") is None


def test_a_province_said_as_anothers_is_no_self_deixis() -> None:
    # 十强省份,其省内…的城市: the province of each named before, not the text's own
    text = ("作为中国大陆GDP十强省份,其省内人均收入超过全国平均水平的城市数量有多少个呢?"
            "江苏10个:苏州74076元、南京72112元。")
    assert self_deixis(text) is None
    assert self_deixis(to_simplified(text.replace("其省内", "省内"))) == "省内"


def test_a_word_ending_in_its_quan_is_no_self_deixis(gaz: Gazetteer) -> None:
    # 建立健全县处级领导…: 健全 holds the 全 of what reads as 全县; a district's news that
    # never calls itself 全县 keeps its district
    text = ("上半年银川市金凤区地区生产总值增长12.7%。建立健全县处级领导包抓项目工作机制，"
            "金凤区新增市场主体9450户，金凤区社会消费品零售总额增长14.5%。")
    assert self_deixis(text) is None
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.name == "金凤区"


@pytest.mark.parametrize(("text", "found", "not_found"), [
    ("建设美丽幸福清徐,奋力开创新局面。", "清徐", "福清"),
    ("全年完成县本级固定资产投资94.9亿元。", None, "成县"),
    ("加快形成都市圈发展新格局。", None, "成都"),
    # 北岸 (a water's north bank): a word its last character starts ends no name
    ("金鳞湖北岸2000亩用地,湖北省新增企业。", "湖北省", "湖北"),
    ("横港北岸产业园开工。", None, "港北"),
    ("加快三科农商城建设,既要引凤凰,更要栽梧桐。", None, "商城"),
    ("既要引凤凰,更要栽梧桐。", None, "凤凰"),
])
def test_no_name_starts_inside_a_word(gaz: Gazetteer, text: str, found: str | None,
                                      not_found: str) -> None:
    # 幸福, 完成, 形成: a word's last character opens no region's name (北岸 closes none)
    surfaces = [m.surface for m in find_region_mentions(text, gaz)]
    assert not_found not in surfaces
    if found is not None:
        assert found in surfaces


def test_levels_set_side_by_side_and_a_rank_among_parts_are_no_deixis() -> None:
    # 同全国、全省、全市同步: levels in a list after the country's; 在全市各县区中率先: a rank
    # among the city's parts, the text one of them
    text = "同全国、全省、全市同步全面建成小康社会。经济总量在全市各县区中率先突破500亿元。"
    assert self_deixis(text) is None


def test_a_deixis_word_used_only_as_a_yardstick_climbs_to_no_region(gaz: Gazetteer) -> None:
    # 高于全省: 全省 never said of the text itself, however often 贵州省 is named
    text = "七星关区位于贵州省西北部,是贵州省人口大区。地区生产总值增速高于全省。"
    subject = document_subject(text, gaz)
    assert subject is not None
    assert subject.name == "七星关区"



def test_a_banner_calls_itself_quanqi(gaz: Gazetteer) -> None:
    # 全旗, 我旗: a banner's (旗, a county of Inner Mongolia) word for itself
    text = "全旗地区生产总值增长6.5%左右,我旗固定资产投资增长15%,全旗社会消费品零售总额增长5.5%。"
    assert self_deixis(text) == "全旗"
    banner = gaz.get("150726")
    assert banner is not None
    assert deictic_region("全旗", banner, gaz) == banner
    province = gaz.get("150000")
    assert province is not None
    assert deictic_region("全旗", province, gaz) is None
