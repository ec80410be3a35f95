"""The projects extractor, on snippets written for these tests (no seed text)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack import extract
from plantrack.api import catalog_of
from plantrack.extract.projects import (
    ProjectExtractor,
    _cut_finder,
    _skip_leads,
    cues,
    find_projects,
)
from plantrack.model import PROJECT_STATUSES, Document, Project
from plantrack.plugins import get_registry
from plantrack.testing import run_extractor
from plantrack.text.prepare import prepare


def projects(text: str, **options: object) -> list[Project]:
    """Every project the extractor finds, section by section, quotes checked."""
    return list(run_extractor("projects", text, **options).projects)  # type: ignore[arg-type]


def one(text: str, **options: object) -> Project:
    found = projects(text, **options)
    assert len(found) == 1, [p.name for p in found]
    return found[0]


# --- Names, investment, comparator ---------------------------------------------------


def test_investment_before_the_name() -> None:
    text = "3月8日，总投资32亿元的华芯半导体封测项目在海门区正式开工。"
    p = one(text)
    assert p.name == "华芯半导体封测项目"
    assert p.investment == Decimal("3200000000")
    assert p.investment_comparator == "="
    assert p.status == "started"
    assert (p.region, p.region_name) == ("320614", "海门区")
    assert p.provenance.quote == "总投资32亿元的华芯半导体封测项目在海门区正式开工"


@pytest.mark.parametrize(("phrase", "value", "comparator"), [
    ("总投资约45亿元", "4500000000", "~"),
    ("总投资近8亿元", "800000000", "~"),
    ("总投资超120亿元", "12000000000", ">"),
    ("计划总投资6800万元", "68000000", "="),
])
def test_investment_comparators(phrase: str, value: str, comparator: str) -> None:
    p = one(f"去年，{phrase}的晨光精细化工项目签约落户。")
    assert p.investment == Decimal(value)
    assert p.investment_comparator == comparator
    assert p.status == "signed"


def test_traditional_text_keeps_its_script() -> None:
    text = "如東縣\n\n總投資超過80億元的宏遠新能源電池項目日前簽約落戶。"
    p = one(text)
    assert p.name == "宏遠新能源電池項目"
    assert p.investment == Decimal("8000000000")
    assert p.investment_comparator == ">"
    assert (p.region, p.status) == ("320623", "signed")
    start, end = p.provenance.span
    assert text[start:end] == p.provenance.quote
    assert "總投資" in p.provenance.quote


def test_investment_after_the_name() -> None:
    p = one("海安市\n\n青禾实验学校于去年9月建成，总投资2.6亿元，可容纳学生2000名。")
    assert p.name == "青禾实验学校"
    assert p.investment == Decimal("260000000")
    assert p.status == "completed"
    assert p.region_name == "海安市"


def test_a_company_named_by_its_investment() -> None:
    p = one("总投资12亿元的蓝田化纤有限公司正在调试设备，计划年底试生产。")
    assert p.name == "蓝田化纤有限公司"
    assert p.status == "trial"  # 试生产 is planned; 调试 is now


def test_usd_investment_is_not_yuan() -> None:
    p = one("总投资3亿美元的海星医疗器械项目顺利投产。")
    assert p.investment is None
    assert p.investment_comparator is None
    assert p.status == "in_production"


# --- Lists, facilities, recurring subjects --------------------------------------------


def test_a_list_before_deng_names_each_project() -> None:
    found = projects("瑞丰精工、博远智能装备、澄江光电等先进制造业项目竣工投产。")
    assert [p.name for p in found] == ["瑞丰精工", "博远智能装备", "澄江光电"]
    assert {p.status for p in found} == {"completed"}
    assert all(p.investment is None for p in found)


@pytest.mark.parametrize(("text", "names"), [
    # an upgrade (升级) is the work a project is, not a grade of project (省级项目)
    ("完工投产瑞丰汽车北区工厂置换及绿色智能升级、博远新城产业园基础设施配套等20个项目。",
     ["瑞丰汽车北区工厂置换及绿色智能升级", "博远新城产业园基础设施配套"]),
    # 优化 inside a name (结构优化升级) cuts nothing
    ("澄钢结构优化升级一期、瑞丰精品钢基地一期等钢铁项目建成。",
     ["澄钢结构优化升级一期", "瑞丰精品钢基地一期"]),
])
def test_a_listed_upgrade_is_a_project(text: str, names: list[str]) -> None:
    assert [p.name for p in projects(text)] == names


def test_research_and_airport_works_with_a_strong_stage_are_projects() -> None:
    found = projects("澄江实验室、瑞丰大学交叉研究院启动建设，博远机场T3航站楼基本建成，"
                     "第四跑道建成投用。")
    assert [p.name for p in found] == [
        "澄江实验室", "瑞丰大学交叉研究院", "博远机场T3航站楼", "第四跑道"]
    assert [p.status for p in found][1:] == ["started", "completed", "completed"]
    # a research institute named with no stage is no project
    assert projects("瑞丰大学交叉研究院发布了年度报告。") == []


def test_an_industrys_project_sized_by_its_own_investment_is_one_project() -> None:
    found = one("总投资5亿元的瑞丰铝型材加工产业项目开工。")
    assert (found.name, found.investment) == ("瑞丰铝型材加工产业项目", Decimal(500000000))
    # a kind of project stays a kind, sized or not
    assert projects("总投资5亿元的文旅产业项目开工。") == []
    assert projects("总投资5亿元的传统基础设施项目开工。") == []


def test_a_sized_facility_named_by_a_lines_ends_joined_by_a_dash() -> None:
    found = one("其中，总投资165亿元的瑞丰—澄江高速公路是投资额最大的项目。")
    assert (found.name, found.investment) == ("瑞丰—澄江高速公路", Decimal(16500000000))


@pytest.mark.parametrize(("text", "name", "amount"), [
    ("瑞丰集团投资50亿元在谷城建设钛铁矿资源综合利用项目。", "钛铁矿资源综合利用项目", 5e9),
    ("我市签订博远集团总投资66亿元建设的博远大健康产业基地项目。", "博远大健康产业基地项目",
     6.6e9),
])
def test_a_sum_that_builds_the_name_after_it_is_its_investment(
        text: str, name: str, amount: float) -> None:
    found = one(text)
    assert (found.name, found.investment) == (name, Decimal(str(int(amount))))


def test_the_largest_project_named_after_wei() -> None:
    found = one("当天开工投资额最大的项目为瑞丰港转型升级项目。")
    assert found.name == "瑞丰港转型升级项目"


def test_a_list_of_kinds_or_companies_is_not_projects() -> None:
    assert projects("招引文旅、康养、教育等服务业项目，推动消费升级。") == []
    assert projects("集聚了远帆科技、汇川精密等一批龙头企业和科创项目，产值增长迅猛。") == []


def test_a_guaranteed_start_is_still_planned() -> None:
    found = projects("确保总投资超30亿元的星河储能、澜海新材料等项目年内开工建设。")
    assert [p.name for p in found] == ["星河储能", "澜海新材料"]
    assert {p.status for p in found} == {"planned"}
    # the total is the list's, not each project's
    assert all(p.investment is None for p in found)


def test_a_facility_followed_by_a_stage_word() -> None:
    p = one("8月2日，位于开发区的南湖智造产业园竣工验收，首批企业已入驻。")
    assert p.name == "南湖智造产业园"
    assert p.status == "completed"


def test_a_company_the_text_keeps_naming() -> None:
    text = ("锐拓激光是一家专精特新企业。去年锐拓激光与园区签订协议。"
            "锐拓激光仅用三个月就正式投产，订单排到了年底。")
    p = one(text)
    assert p.name == "锐拓激光"
    assert p.status == "in_production"


# --- Stage ----------------------------------------------------------------------------


def test_the_most_advanced_stage_in_the_sentence_wins() -> None:
    p = one("远航精密轴承项目去年3月开工，目前主体已封顶。")
    assert p.status == "under_construction"
    assert p.provenance.quote == "远航精密轴承项目去年3月开工，目前主体已封顶"


def test_a_stage_word_before_the_name() -> None:
    found = projects("市领导来到重大项目建设现场，察看了云帆数据中心项目、"
                     "青峰生物医药项目。")
    assert [p.name for p in found] == ["云帆数据中心项目", "青峰生物医药项目"]
    assert {p.status for p in found} == {"under_construction"}


def test_one_project_mentioned_twice_is_one_with_its_investment() -> None:
    text = "观摩了星途光电项目。星途光电项目总投资1.5亿元，二期正加快建设。"
    p = one(text)
    assert p.investment == Decimal("150000000")
    assert p.status == "under_construction"
    assert p.provenance.quote.startswith("星途光电项目总投资1.5亿元")


# --- What is not a project ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "全年新开工重大项目30个以上，完成投资120亿元。",
    "当天，全区21个产业项目集中开工，总投资达56.4亿元。",
    "深入实施项目观摩活动，坚持每季度集中开工一批项目。",
    "建立健全重大项目落户研判机制，为项目落地投产保驾护航。",
    "四期项目建设正酣。该项目总投资10亿元。",
    "在一座船厂，一艘起重船开工建造。",
])
def test_generic_projects_are_not_named_projects(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize("text", [
    "确保全年新开工亿元以上重大项目27个。",
    "全年新开工10亿元以上产业项目35个。",
    "力争新签约10亿元以上项目20个。",
    "上半年全市新开工亿元以上项目56个，完成投资120亿元。",
    "新开工5亿元以上项目32个，康辉新材料等项目竣工投产。",
    "签约落户超亿元项目12个。",
    "新开工总投资10亿元以上项目8个。",
    "新签约5000万元以上项目18个，千万美元以上外资项目4个。",
    "簽約落戶超億元項目12個，新開工10億元及以上項目3個。",
])
def test_a_count_of_projects_of_a_size_names_no_project(text: str) -> None:
    # X亿元以上项目 is a kind of project, as X重大项目 is (康辉新材料 is the one named here)
    assert [p.name for p in projects(text)] in ([], ["康辉新材料"])


def test_no_region_when_none_is_named() -> None:
    p = one("总投资5亿元的云岭冷链物流项目开工。")
    assert p.region is None
    assert p.region_name is None


def test_a_town_rolls_up_to_its_county() -> None:
    p = one("在五接镇，总投资18亿元的海纳新材料项目建设现场，塔吊林立。")
    assert (p.region, p.region_name) == ("320612", "通州区")


def test_the_callers_region_when_the_text_names_none() -> None:
    p = one("总投资5亿元的云岭冷链物流项目开工。", region="320685")
    assert p.region == "320685"


# --- The extractor and its data -------------------------------------------------------


def test_registered_as_a_builtin_extractor() -> None:
    assert isinstance(get_registry().extractors["projects"], ProjectExtractor)


def test_detect_scores_project_news_above_the_engine_threshold() -> None:
    news = ("总投资50亿元的华芯半导体封测项目正式开工。当天，全区12个项目集中开工。"
            "总投资20亿元的晨光化工项目、总投资8亿元的海星医疗项目相继签约落户。")
    plan = ("2024年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
            "城乡居民收入增长与经济增长同步，居民消费价格涨幅3%左右。")
    extractor = ProjectExtractor()

    def score(text: str) -> float:
        return extractor.detect(prepare(Document(name="t", text=text), catalog=catalog_of()))

    assert score(news) >= 0.3
    assert score(plan) < 0.1


def test_find_projects_runs_on_any_prepared_document() -> None:
    doc = prepare(Document(name="t", text="总投资9亿元的晨光化工项目竣工。"),
                  catalog=catalog_of())
    assert [p.name for p in find_projects(doc)] == ["晨光化工项目"]


def test_the_api_returns_projects_from_project_news() -> None:
    text = ("总投资50亿元的华芯半导体封测项目正式开工。总投资20亿元的晨光化工项目、"
            "总投资8亿元的海星医疗项目相继签约落户。")
    names = [p.name for p in extract(text, year=2024).projects]
    assert names == ["华芯半导体封测项目", "晨光化工项目", "海星医疗项目"]


def test_cue_data_is_well_formed() -> None:
    c = cues()
    assert {stage for _, stage, _ in c.status} <= set(PROJECT_STATUSES)
    words = [w for w, _, _ in c.status]
    assert len(words) == len(set(words)), "a stage word is listed twice"
    for group in (c.investment, c.anchors, c.facilities, c.companies, c.cut, c.lead):
        assert len(group) == len(set(group))
        assert all(word and "\t" not in word for word in group)
    # no name-ending word may also be a generic word or a cut word, or names die
    assert not set(c.facilities) & (c.generic | set(c.cut))


def test_an_engineering_works_named_by_its_investment() -> None:
    text = "此外，总投资8.5亿元的佛堂镇老旧小区改造提升工程也同步开工。"
    p = one(text)
    assert p.name == "佛堂镇老旧小区改造提升工程"
    assert p.investment == Decimal("850000000")
    assert p.status == "started"


@given(st.lists(st.sampled_from([*cues().cut, "项目", "的", "甲", "，"]), max_size=12)
       .map("".join))
def test_one_scan_names_every_cut_word_in_a_span(text: str) -> None:
    """The cut words the single lookahead scan reports (with the words each starts
    with) are exactly those the span holds, overlapping ones too."""
    finder, prefixes = _cut_finder()
    found = {w for longest in finder.findall(text) for w in prefixes[longest]}
    assert found == {w for w in cues().cut if w in text}


def _strip_leads_word_by_word(text: str, start: int, end: int) -> int:
    """Leading connectives as first written: each lead word tried in turn."""
    changed = True
    while changed and start < end:
        changed = False
        for word in cues().lead:
            if text.startswith(word, start, end) and start + len(word) < end:
                start += len(word)
                changed = True
                break
    return start


@given(st.lists(st.sampled_from([*cues().lead, "甲", "项目"]), max_size=8).map("".join),
       st.data())
def test_leads_are_stripped_as_word_by_word(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _skip_leads(text, start, end) == _strip_leads_word_by_word(text, start, end)


# --- Ceremonies, lists and web copy (issue 13, part 5) ----------------------------------


def test_a_signing_ceremony_lists_projects_with_their_investment() -> None:
    text = ("现场集中签约项目12个，总投资86亿元。其中，星澜光电项目总投资15亿元；"
            "锦程物流园项目投资8亿元；云杉医药项目，总投资近6亿元。")
    found = projects(text)
    assert [(p.name, p.investment, p.investment_comparator) for p in found] == [
        ("星澜光电项目", Decimal("1500000000"), "="),
        ("锦程物流园项目", Decimal("800000000"), "="),
        ("云杉医药项目", Decimal("600000000"), "~"),
    ]
    assert {p.status for p in found} == {"signed"}


def test_a_start_up_ceremony_names_its_projects_without_investment() -> None:
    found = projects("当天集中开工项目20个，其中青松精密铸造项目、远洋冷链仓储项目开工。")
    assert [p.name for p in found] == ["青松精密铸造项目", "远洋冷链仓储项目"]
    assert {p.status for p in found} == {"started"}
    assert all(p.investment is None for p in found)


def test_named_projects_in_a_list_without_deng() -> None:
    found = projects("星河储能项目、澜海新材料项目、青禾轮胎项目建设稳步推进。")
    assert [p.name for p in found] == ["星河储能项目", "澜海新材料项目", "青禾轮胎项目"]
    assert {p.status for p in found} == {"under_construction"}


def test_signed_between_a_company_and_a_county_in_traditional_web_copy() -> None:
    text = ("遠航控股有限公司和豐城市政府簽約智慧物(wù)流產(chǎn)業(yè)園項(xiàng)目，"
            "青嵐集團(tuán)和豐城市政府簽約新型建材項(xiàng)目等。")
    found = projects(text)
    # the name as written (FACTS.md), the page's pinyin glosses too
    assert [p.name for p in found] == ["智慧物(wù)流產(chǎn)業(yè)園項(xiàng)目",
                                       "新型建材項(xiàng)目"]
    for p in found:
        start, end = p.provenance.span
        assert text[start:end] == p.provenance.quote
        assert (p.status, p.region_name) == ("signed", "丰城市")


def test_a_name_alone_on_its_line_under_a_start_up_ceremony() -> None:
    text = ("某省第四季度重大项目集中开工\n\n>>项目一览\n宜昌市青石湾数据中心项目二期\n"
            "项目占地120亩，主要建设机房和配套设施。\n")
    p = one(text)
    assert p.name == "宜昌市青石湾数据中心项目二期"
    assert p.status == "started"
    assert p.region_name == "宜昌市"  # a prefecture when no county is named
    assert p.investment is None


def test_a_facility_that_is_the_object_of_a_signing() -> None:
    p = one("今年8月，远帆物流与当地签约设立华拓国际物流中心，作为区域基地。")
    assert p.name == "华拓国际物流中心"
    assert p.status == "signed"


def test_a_planned_line_that_is_to_be_started() -> None:
    p = one("市长提出，要开工建设东港至西城机场联络线。")
    assert p.name == "东港至西城机场联络线"
    assert p.status == "planned"


def test_an_investment_stated_by_its_cost_clauses_later() -> None:
    p = one("开工的云栖湖文旅小镇项目位于新城东侧，占地约300亩，耗资近12亿元，是特色小镇。")
    assert p.investment == Decimal("1200000000")
    assert p.investment_comparator == "~"
    assert p.status == "started"


def test_once_built_is_no_stage() -> None:
    p = one("青川大道改造项目总投资2亿元，项目建成后将改善通行条件。")
    assert p.status != "completed"


@pytest.mark.parametrize("text", [
    "一产项目16个，签约金额26亿元；二产项目116个，签约金额132亿元。",
    "电力项目签约金额达45亿元，项目数量为8个，名列签约金额和项目数量榜首。",
    "新材料、新能源等项目13个，总投资366亿元。",
    "新签约超亿元项目248个，完成投资120亿元。",
    "新簽約超億元項目248個，其中內聯項目56個。",
    "本届博览会内联合作集中项目签约仪式在会展中心举行。",
    "完成投资120亿元的基础上，全年新开工项目35项。",
])
def test_counts_and_kinds_of_projects_are_not_named(text: str) -> None:
    assert projects(text) == []


def test_a_list_whose_items_each_have_an_investment() -> None:
    text = ("此次开工的项目中，既有投资5.2亿元的云岭装配式建筑项目，投资3亿元的禾丰智能温室大棚、"
            "投资1.5亿元的通达测绘仪器等战略性新兴产业项目，也有投资2亿元的泰和家具等传统产业项目。")
    found = {p.name: p.investment for p in projects(text)}
    assert found == {"云岭装配式建筑项目": Decimal("5.2e8"), "禾丰智能温室大棚": Decimal("3e8"),
                     "通达测绘仪器": Decimal("1.5e8"),
                     # one item before 等: its sum may be the list's, so not given to it
                     "泰和家具": None}


def test_phrases_about_projects_are_not_names() -> None:
    text = "全市上下持续为项目服务，把工作重心向项目倾斜，这批项目的开工将带动就业。"
    assert projects(text) == []


def test_names_with_dashes_lists_after_an_anchor_and_no_time_words() -> None:
    text = ("此次华电2×66万千瓦热电联产项目、库车—阿拉尔—巴楚750千伏输变电工程集中开工。"
            "一季度项目完成投资2.2万亿元。经开区公立学校建设项目、灞桥区教育综合提升工程、"
            "大兴新区第二学校、长安区中小学建设项目等开工建设。")
    names = [p.name for p in projects(text)]
    assert "华电2×66万千瓦热电联产项目" in names
    assert "库车—阿拉尔—巴楚750千伏输变电工程" in names
    assert "灞桥区教育综合提升工程" in names
    assert "大兴新区第二学校" in names
    assert not any("季度" in n for n in names)


def test_named_examples_before_a_counted_kind_of_project() -> None:
    text = ("其中，光伏硅材料制造、熊猫二代高端盖板玻璃生产线等工业项目447个、投资1761亿元，"
            "现代农业产业园、高标准农田建设等农业项目140个。")
    assert [p.name for p in projects(text)] == ["光伏硅材料制造", "熊猫二代高端盖板玻璃生产线"]
    assert projects("一产项目16个，投资20亿元。") == []


def test_companies_listed_before_a_count_of_their_projects() -> None:
    text = "东莞普航电子、上海曼雅电器、信阳轩鸿电子共3个重点企业项目进行了现场集中签约。"
    assert [p.name for p in projects(text)] == ["东莞普航电子", "上海曼雅电器", "信阳轩鸿电子"]
    assert projects("集聚了远帆科技、汇川精密等一批龙头企业和科创项目。") == []


def test_lines_listed_before_their_opening_share_its_stage() -> None:
    text = "2020年，太焦铁路、郑州机场至郑州南站城际铁路通车运营，郑州地铁3号线一期建成通车。"
    found = {p.name: p.status for p in projects(text)}
    assert found == {"太焦铁路": "completed", "郑州机场至郑州南站城际铁路": "completed",
                     "郑州地铁3号线一期": "completed"}


def test_the_sum_of_a_counted_group_is_not_its_examples() -> None:
    # 开竣工: a ceremony of starts and completions (竣工 inside it is no completion)
    text = ("1月10日，全省一季度重大项目集中开竣工。钦州市有甲港环珠东大街工程、乙新材料产业基地"
            "项目等50个项目开竣工，总投资约395亿元。")
    found = {p.name: p for p in projects(text)}
    assert "甲港环珠东大街工程" in found or any(n.endswith("甲港环珠东大街工程") for n in found)
    assert all(p.investment is None for p in found.values())
    assert {p.status for p in found.values()} == {"started"}


def test_the_items_a_count_of_projects_lists() -> None:
    text = ("1至11月份，全省计划竣工项目42项。其中提前竣工3项，为甲市老城保护建设项目，"
            "乙市运城至灵宝高速公路黄河大桥，省电力公司的丙电厂三期送出工程；"
            "未按期竣工2项，为丁市中药饮片加工基地项目，戊县采煤沉陷区治理二期工程。")
    found = {p.name: p.status for p in projects(text)}
    assert found.get("丙电厂三期送出工程") == "completed"
    assert any(n.endswith("运城至灵宝高速公路黄河大桥") and s == "completed"
               for n, s in found.items())
    # 未按期竣工: not completed
    assert found.get("戊县采煤沉陷区治理二期工程", "completed") != "completed"
    assert all(s != "completed" for n, s in found.items() if "中药饮片" in n)


def test_names_listed_before_their_count() -> None:
    # 甲、乙、丙5个项目: a count right after the last name closes the list, as 等 does
    text = ("其中，十大产业项目进展较快，邵虹基板玻璃、涟钢冷轧硅钢、吉利新能源乘用车及电池"
            "3个项目年度计划投资完成率超100%；岳阳乙烯炼化一体化、广汽埃安新能源车等2个项目"
            "完成率超90%。")
    names = {p.name for p in projects(text)}
    assert {"邵虹基板玻璃", "涟钢冷轧硅钢", "吉利新能源乘用车及电池", "岳阳乙烯炼化一体化"} <= names
    # a count of a kind after 等 or 共 is no list's end of its own
    assert not any(n.endswith("等") for n in names)


def test_a_structures_progress_and_a_place_in_brackets() -> None:
    text = ("本报讯 (记者王某)甲乙客专丙江特大桥合龙、丁江航电枢纽1号机组完成安装调试……"
            "截至8月底，戊己高速公路庚江特大桥左幅贯通，辛壬220千伏输变电工程(南康区)建成投运。")
    found = {p.name: p.status for p in projects(text)}
    assert found.get("甲乙客专丙江特大桥") == "under_construction"
    assert found.get("戊己高速公路庚江特大桥") == "under_construction"
    assert found.get("辛壬220千伏输变电工程") == "in_production"


def test_a_list_with_yiji_and_a_quoted_word() -> None:
    text = ("2022年，全省将推动甲风光基地、乙高铁、丙抽水蓄能以及700余公里高速公路等重大基础设施"
            "项目建设，加快丁清洁能源装备基地、“戊一号”星座组网、己中医药产业园等重大项目开工或投产。")
    names = {p.name for p in projects(text)}
    assert {"丙抽水蓄能", "700余公里高速公路", "丁清洁能源装备基地", "“戊一号”星座组网"} <= names


def test_every_project_a_size_floor_lists_is_of_that_size() -> None:
    text = ("总投资10亿元以上的项目有：福清市的甲海鲜世界文化旅游项目、"
            "罗源县的乙热塑板生产建设项目、丙国际航空物流项目等。")
    found = {p.name: (p.investment, p.investment_comparator) for p in projects(text)}
    assert found.get("丙国际航空物流项目") == (Decimal("1000000000"), ">=")
    assert found.get("甲海鲜世界文化旅游项目") == (Decimal("1000000000"), ">=")


def test_a_count_of_projects_then_respectively_opens_their_list() -> None:
    text = ("我县共4个项目列入省重点建设项目。4个项目分别是甲省道乙镇至丙镇段公路改建工程、"
            "丁县二中迁建工程、戊县香菇市场迁建项目、己县水电站扩容工程。")
    names = [p.name for p in projects(text)]
    assert names == ["甲省道乙镇至丙镇段公路改建工程", "丁县二中迁建工程", "戊县香菇市场迁建项目",
                     "己县水电站扩容工程"]


def test_lines_with_works_going_on_are_under_construction() -> None:
    text = ("为加快重大项目建设进度，发挥项目的投资拉动作用，今年确定省列重大项目。甲至乙铁路、"
            "丙至丁客运专线正在进行路基、桥梁、隧道施工。")
    found = {p.name: p.status for p in projects(text)}
    assert found == {"甲至乙铁路": "under_construction", "丙至丁客运专线": "under_construction"}


def test_a_bracketed_count_after_the_kind_opens_a_list_with_asides() -> None:
    text = ("1.续建项目(3个):甲市滨海新区开发项目、乙县交通圈项目(乙大桥部分)、"
            "丙市清澜大桥(主体工程、至文清大道连接线)。")
    names = [p.name for p in projects(text)]
    assert names == ["甲市滨海新区开发项目", "乙县交通圈项目", "丙市清澜大桥"]


def test_a_headings_list_of_projects_one_a_line() -> None:
    text = ("甲区2021年重大项目集中开竣工\n3月30日，甲区举行重大项目集中开竣工活动。\n"
            "部分重大开工项目一览\n电科云(桂林)国际大数据发展中心\n1、北流市新世纪教育城项目\n"
            "平果500万吨再生铝循环经济产业园\n\n记者 张三\n")
    projects = extract(text, region="450000").projects
    found = {(p.name, p.status, p.region_name) for p in projects}
    assert found == {("电科云(桂林)国际大数据发展中心", "started", "桂林市"),
                     ("北流市新世纪教育城项目", "started", "北流市"),
                     ("平果500万吨再生铝循环经济产业园", "started", "平果市")}
    for p in projects:
        assert text[p.provenance.start:p.provenance.end] == p.provenance.quote == p.name


def test_a_list_with_a_blank_line_after_each_name_and_a_signing_heading() -> None:
    text = ("乙市重大项目集中签约\n签约项目名单：\n\n甲公司新能源电池项目\n\n"
            "乙集团智能制造产业园\n\n本次签约项目总投资120亿元，涵盖新能源、智能制造等领域。\n")
    found = {(p.name, p.status) for p in extract(text, region="320100").projects}
    assert {("甲公司新能源电池项目", "signed"), ("乙集团智能制造产业园", "signed")} <= found
    assert not any("本次签约" in name for name, _ in found)


def test_a_count_of_projects_and_their_sum_is_no_project_and_one_of_a_kind_is_cut() -> None:
    text = ("甲区2023年计划执行情况\n市场化机制引进北京资源落地项目95个,总投资641.2亿元。"
            "作为全省集中开工重大项目之一成都地铁18号线节点工程开工。")
    found = {(p.name, p.investment) for p in extract(text, region="120116").projects}
    assert found == {("成都地铁18号线节点工程", None)}


@pytest.mark.parametrize(("text", "names"), [
    # a projects noun and 包括 open a list closed by 等: names with no name-ending word
    ("本次集中开工的重大项目包括临港物流枢纽中心(一期)、滨江智慧冷链产业园(二期)等，"
     "总投资52亿元。", ["临港物流枢纽中心(一期)", "滨江智慧冷链产业园(二期)"]),
    ("产业类项目主要有：甲光源二期(线站工程)、乙研发楼扩建二期工程。",
     ["甲光源二期(线站工程)", "乙研发楼扩建二期工程"]),
    # one item and no 等: what a project holds, not a list of projects
    ("该项目包括新建标准厂房3万平方米，总投资5亿元。", []),
])
def test_a_projects_noun_opens_a_list_of_names(text: str, names: list[str]) -> None:
    found = projects(text)
    assert [p.name for p in found if p.investment is None] == names


@pytest.mark.parametrize("text", [
    # places a ceremony is held in (等地), not projects
    "某县在甲河镇、乙山镇、丙桥镇等地同时举行四场重大项目集中开工仪式。",
    # a year word, a quantifier, a verb whose object is projects, a list's opening verb
    "山西省今年57个央企入晋项目投产。一些项目进展缓慢。某县始终将项目建设放在重要位置，先后举行"
    "集中开工。“双十”重大工程包括10个在建项目和10个新开工项目。",
])
def test_places_years_and_phrases_about_projects_name_none(text: str) -> None:
    assert [p.name for p in projects(text)] == []


def test_words_about_a_ceremony_name_no_project() -> None:
    # the verbs of holding a ceremony (举办, 举行, 并为…奠基) stand before a name, never in
    # it; a season's or a kind's batch (秋季项目, 部分重点招商引资项目) is no project
    text = ("7月12日，某某市2017年下半年重点项目集中开工仪式举行。这是今年以来我市第二次"
            "举办项目集中开工活动，市长出席仪式并为康源电路项目奠基。全市建立包抓联系项目"
            "机制。某某市举行秋季项目集中开工，2022年部分重点招商引资项目集中签约。")
    names = [p.name for p in extract(text, year=2017, region="130500").projects]
    assert names == ["康源电路项目"]


def test_a_plans_list_of_key_projects_one_a_line_with_its_place() -> None:
    # 《…省级重点建设计划》 in the head: a list of names, one a line, each with its place
    # in brackets, are planned projects of those places
    text = ("甲市35个省级重点项目公布\n湖北省发改委发布了《湖北省2019年省级重点建设计划》。\n"
            "01先进制造业(18个)\n\n高德红外军民融合项目 (襄城区)\n\n"
            "湖北卡为智能终端制造产业园项目(襄州区)\n")
    got = {(p.name, p.region, p.status) for p in extract(text, region="420600").projects}
    assert got == {("高德红外军民融合项目", "420602", "planned"),
                   ("湖北卡为智能终端制造产业园项目", "420607", "planned")}
