"""What a number is about: look-alikes of catalogue names, the open vocabulary
(``other`` with its wording), absolute changes and approximations, in both scripts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from tests.extract.scripts import InScript, traditional

from plantrack.api import catalog_of, extract
from plantrack.catalog.indicators import gold_indicator_ids, load_indicator_rows
from plantrack.datafiles import data_rows
from plantrack.model import Goal, Result
from plantrack.text.script import to_simplified

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _both(text: str) -> list[str]:
    return [text, traditional(text)]


def _facts(text: str, year: int = 2023) -> list[Goal | Result]:
    return list(extract(text, year=year, region="320600").facts)


def _read(text: str) -> set[tuple[str, str | None, str, Decimal]]:
    return {(f.indicator, f.indicator_label, f.measure, f.quantity.value)
            for f in _facts(text)}


# --- look-alikes: a name inside a longer indicator is not its indicator ------------------

LOOKALIKES = [
    # (text, parent indicator it must not be read as, value)
    ("全年人均地区生产总值88806元，比上年增长3.1%。", "gdp", Decimal("3.1")),
    ("全市人均GDP达到15万元。", "gdp", Decimal(150000)),
    ("全员劳动生产率增长6.2%。", "gdp", Decimal("6.2")),
    ("第三产业对GDP增长的贡献率为60.5%。", "gdp", Decimal("60.5")),
    ("全年第三产业增加值4500亿元，增长6%。", "gdp", Decimal(450000000000)),
    ("民营经济增加值增长7.5%。", "gdp", Decimal("7.5")),
    ("全市海洋生产总值近2500亿元。", "gdp", Decimal(250000000000)),
    ("核心CPI上涨0.7%。", "cpi", Decimal("0.7")),
    ("固定资产投资价格下降1.2%。", "fixed_asset_investment", Decimal("-1.2")),
    ("跨境电商进出口额增长25%。", "foreign_trade", Decimal(25)),
    ("企业研发投入占比达到2.1%。", "rd_intensity", Decimal("2.1")),
    ("限额以上消费品零售额增长8.1%。", "retail_sales", Decimal("8.1")),
    ("第二产业固定资产投资增长13.5%。", "fixed_asset_investment", Decimal("13.5")),
    ("全县非公有制经济增加值57.3亿元，增长5.4%。", "gdp", Decimal("5.4")),
    ("规模以上工业企业主营业务收入增长11.3%。", "industrial_enterprises_above_scale",
     Decimal("11.3")),
    ("规模以上工业出口产品交货值135.39亿元，增长0.2%。", "exports", Decimal("0.2")),
    ("全年石油工业投资134亿元，下降0.7%。", "industrial_investment", Decimal("-0.7")),
    ("电力工业增加值增长9.2%。", "industrial_value_added", Decimal("9.2")),
    ("全省全口径一般公共预算收入1009.99亿元，增长7.3%。", "general_budget_revenue",
     Decimal("7.3")),
    ("一季度全区大口径财政收入4.98亿元，同比增长11.2%。", "general_budget_revenue",
     Decimal("11.2")),
]


@pytest.mark.parametrize(("text", "parent", "value"), LOOKALIKES)
def test_a_lookalike_is_not_its_parent(
        in_script: InScript, text: str, parent: str, value: Decimal) -> None:
    text = in_script(text)
    facts = _facts(text)
    assert not [f for f in facts if f.indicator == parent], text
    assert any(f.quantity.value == value for f in facts), text  # still read, as its own


@pytest.mark.parametrize("text", _both("全市人均地区生产总值12.5万元，固定资产投资价格上涨2%，"
                                       "社会消费品零售总额增长6%。"))
def test_the_parent_itself_is_still_read(text: str) -> None:
    read = _read(text)
    assert ("gdp_per_capita", None, "level", Decimal(125000)) in read
    assert ("fai_price", None, "growth", Decimal(2)) in read
    assert ("retail_sales", None, "growth", Decimal(6)) in read


@pytest.mark.parametrize("text", _both("全市人均工业增加值增长9%。"))
def test_an_uncatalogued_lookalike_is_other_with_its_wording(text: str) -> None:
    assert _read(text) == {("other", "人均工业增加值", "growth", Decimal(9))}


@pytest.mark.parametrize("text", _both("全县工业GDP为42亿元，工业战略性新兴产业增加值增长12.8%。"))
def test_a_qualifier_of_one_indicator_leaves_the_others_alone(text: str) -> None:
    read = _read(text)
    assert not any(r[0] == "gdp" for r in read)
    assert ("strategic_emerging_value_added", None, "growth", Decimal("12.8")) in read


@pytest.mark.parametrize("text", _both("全市全口径工业开票销售1710亿元，增长19.8%。"))
def test_the_whole_scope_qualifies_revenue_alone(text: str) -> None:
    # 全口径 widens a budget's revenue; a firm's sales are every firm's anyway
    read = _read(text)
    assert ("industrial_sales", None, "level", Decimal(171000000000)) in read


@pytest.mark.parametrize("text", _both("全省房地产业生产总值1358.7亿元，金融业生产总值1200亿元，"
                                       "地区生产总值20000亿元。"))
def test_a_sectors_product_is_no_gdp(text: str) -> None:
    # 房地产业生产总值: a sector named before the whole's name (any name ending in 业,
    # 产业 the longer word) is its product, not the region's
    assert {r for r in _read(text) if r[0] == "gdp"} == {
        ("gdp", None, "level", Decimal(2000000000000))}


def test_qualifiers_are_data_with_known_sides_and_measures() -> None:
    header, *rows = data_rows("plantrack.catalog", "qualifiers.tsv")
    assert header == ("side", "word", "class", "as", "of")
    assert rows
    ids = set(catalog_of().indicators)
    for side, word, _, how, *of in rows:
        assert side in ("before", "after", "partner", "partners_led", "within")
        assert word
        assert how in ("parent", "rate", "index")
        assert set(",".join(of).split(",")) <= ids | {""}
    assert len({(r[0], r[1]) for r in rows}) == len(rows)


# --- every test corpus: no look-alike of the issue read as its parent -------------------

_PARENT_LOOKALIKES = {
    "gdp": ("人均地区生产总值", "人均生产总值", "人均GDP", "全员劳动生产率", "贡献率", "拉动",
            "第一产业增加值", "第二产业增加值", "第三产业增加值", "民营经济增加值", "海洋生产总值"),
    "cpi": ("核心CPI",),
    "fixed_asset_investment": ("固定资产投资价格", "第二产业固定资产投资",
                               "第三产业固定资产投资"),
    "foreign_trade": ("跨境电商",),
    "rd_intensity": ("企业研发投入",),
    "retail_sales": ("限额以上",),
}


def _corpus() -> list[Path]:
    folders = [SHARED / "seeds", SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2",
               *sorted((REPO / "tests" / "extract").glob("*/"))]
    return [p for folder in folders for p in sorted(folder.glob("*.txt"))]


def test_no_lookalike_is_read_as_its_parent_in_any_test_corpus() -> None:
    paths = _corpus()
    if not paths:
        pytest.skip("no corpus beside the checkout")
    wrong = []
    for path in paths:
        for fact in extract(path).facts:
            words = _PARENT_LOOKALIKES.get(fact.indicator, ())
            quote = to_simplified(fact.provenance.quote)
            # the part of the quote up to its number: the words the indicator was read from
            head = quote[:max(quote.rfind(c) for c in "0123456789%")] if quote else quote
            wrong += [(path.name, fact.indicator, quote) for w in words if w in head]
    assert wrong == []


# --- open vocabulary ---------------------------------------------------------------------


@pytest.mark.parametrize("text", _both("全年一般公共预算支出不算,全市森林覆盖率达到35%，"
                                       "完成区级财政收入215亿元，同比增长10.6%。"))
def test_an_uncatalogued_indicator_is_other_with_its_wording(text: str) -> None:
    read = _read(text)
    assert ("other", "区级财政收入", "level", Decimal(21500000000)) in read
    assert ("other", "区级财政收入", "growth", Decimal("10.6")) in read


@pytest.mark.parametrize("text", _both("全年夏粮产量7327吨，增长2.1%；稻谷产量26765吨。"))
def test_labels_are_simplified_and_a_growth_goes_on_about_them(text: str) -> None:
    read = _read(text)
    assert read == {("other", "夏粮产量", "level", Decimal(7327)),
                    ("other", "夏粮产量", "growth", Decimal("2.1")),
                    ("other", "稻谷产量", "level", Decimal(26765))}


@pytest.mark.parametrize("text", [
    "项目总建筑面积8000平方米。",            # a building's, not a region's
    "某公司营业收入增长20%。",               # an enterprise's
    "新增102个投资10亿元以上项目。",           # a count
    "交通运输、仓储和邮政业增加值增长7.7%。",   # one item of a list sharing its head
    "全年完成投资额3亿元。",                  # no name before the head
])
def test_no_wording_where_no_region_indicator_is_named(text: str) -> None:
    assert not [f for f in _facts(text) if f.indicator == "other"], text


@pytest.mark.parametrize("text", _both("制造业增加值占地区生产总值比重达37%。"))
def test_a_share_of_a_catalogued_whole_is_named_from_its_part(text: str) -> None:
    assert _read(text) == {("other", "制造业增加值占地区生产总值比重", "level", Decimal(37))}


# --- measures and numbers --------------------------------------------------------------


@pytest.mark.parametrize("text", _both("年末全市高新技术企业1270家，比上年增加166家。"))
def test_an_absolute_change_on_last_year_is_an_increase(text: str) -> None:
    read = _read(text)
    assert ("high_tech_enterprises", None, "level", Decimal(1270)) in read
    assert ("high_tech_enterprises", None, "increase", Decimal(166)) in read


@pytest.mark.parametrize("text", _both("全年粮食产量1270万吨，比上年增加166万吨。"))
def test_a_flows_change_on_last_year_is_no_increase(text: str) -> None:
    # FACTS.md: an increase is a net addition to a stock; a year's harvest is a flow
    assert _read(text) == {("grain_output", None, "level", Decimal(12700000))}


@pytest.mark.parametrize("text", _both("年末常住人口1300万人，比上年减少2.5万人。"))
def test_a_fall_is_a_negative_increase(text: str) -> None:
    read = _read(text)
    assert ("resident_population", None, "increase", Decimal(-25000)) in read


@pytest.mark.parametrize("text", _both("全年一般公共预算收入一千多亿元，接待游客超过一千万人次。"))
def test_chinese_numerals_and_approximations(text: str) -> None:
    facts = {f.indicator: f.quantity for f in _facts(text)}
    assert facts["general_budget_revenue"].value == Decimal(100000000000)
    assert facts["general_budget_revenue"].comparator == ">"
    assert facts["tourist_visits"].value == Decimal(10000000)
    assert facts["tourist_visits"].comparator == ">"


# --- the catalogue -------------------------------------------------------------------------


def test_the_catalogue_covers_a_bulletin_and_keeps_the_gold_ids_first() -> None:
    rows = load_indicator_rows()
    assert len(rows) >= 120
    assert [r.id for r in rows[:39]] == sorted(gold_indicator_ids(), key=[
        r.id for r in rows].index)
    assert len(gold_indicator_ids()) == 39


def test_every_name_has_its_traditional_form() -> None:
    for indicator in load_indicator_rows():
        names = set(indicator.names)
        for name in names:
            assert traditional(name) in names, (indicator.id, name)


def test_a_trade_partner_makes_a_breakdown_not_the_total() -> None:
    from plantrack import extract

    text = ("全年全省对外贸易进出口总值848.96亿元，比上年增长20.8%。其中，出口总值297.67亿元；"
            "对香港出口38.57亿元，增长30.1%；自东盟进口10亿元。")
    facts = extract(text, year=2018, region="460000").facts
    ids = [(f.indicator, f.indicator_label) for f in facts]
    assert ("foreign_trade", None) in ids  # 对外 is no partner
    assert ("exports", None) in ids
    assert ("other", "对香港出口") in ids
    assert ("other", "自东盟进口") in ids
    assert sum(1 for f in facts if f.indicator == "exports") == 1


def test_a_space_between_a_qualifier_and_its_name_still_qualifies() -> None:
    from plantrack import extract

    text = "2012年，全市生产总值12885亿元，人均 生产总值1.48万美元。"
    facts = extract(text, region="120000").facts
    assert [(f.indicator, str(f.quantity.value)) for f in facts if f.indicator == "gdp"] == [
        ("gdp", "1288500000000")]


def test_a_category_with_its_own_clause_does_not_inherit_a_wording() -> None:
    from plantrack import extract

    text = ("上半年，家用电器和音像器材类商品零售额同比增长15.4%，建筑及装潢材料类增长15.0%。"
            "限额以上单位粮油、食品类，家具类，新能源汽车类商品零售额分别增长12.4%、10.9%、30.1%。")
    got = [(f.indicator_label, str(f.quantity.value)) for f in extract(
        text, year=2024, region="370000").facts if f.indicator == "other"]
    assert ("家用电器和音像器材类商品零售额", "15.4") in got
    assert all(v not in ("15.0", "12.4", "10.9") for _, v in got)
    assert ("新能源汽车类商品零售额", "30.1") in got


def test_a_grouping_of_regions_is_no_region() -> None:
    text = ("湖南2019年地区生产总值39752.1亿元，比上年增长7.6%。长株潭地区生产总值16835.0亿元，"
            "比上年增长8.0%；大湘西地区生产总值6667.5亿元，增长7.9%。")
    facts = list(extract(text, year=2019, region="湖南省").facts)
    assert {f.quantity.value for f in facts if f.indicator == "gdp"} == {
        Decimal("3975210000000"), Decimal("7.6")}


@pytest.mark.parametrize("text", _both(
    "2017年，德阳市城镇居民实现人均可支配收入32100元，同比增长8.5%；"
    "农村居民实现人均可支配收入15207元，同比增长9%。"))
def test_residents_income_with_a_verb_inside_its_name(text: str) -> None:
    got = {(f.indicator, f.quantity.value) for f in _facts(text, year=2017)}
    assert ("urban_disposable_income", Decimal("32100")) in got
    assert ("rural_disposable_income", Decimal("9")) in got


def test_the_enterprises_above_the_size_line_are_the_catalogues_scope() -> None:
    # 企业 before a name makes it a narrower scope, but not after 规模以上工业
    assert _read("全市922家规模以上工业企业完成工业产值2292.70亿元。") >= {
        ("industrial_output", None, "level", Decimal("229270000000.00"))}
    assert not any(i == "industrial_output" for i, *_ in _read("全市企业完成工业产值2292.70亿元。"))


@pytest.mark.parametrize("text", _both("全年每人平均地区生产总值107139元，比上年增长6.7%。"))
def test_every_persons_average_is_per_capita_not_the_total(text: str) -> None:
    # 每人平均 is 人均 written out (older bulletins): no GDP of 107139 yuan
    assert _read(text) == {("gdp_per_capita", None, "level", Decimal("107139")),
                           ("gdp_per_capita", None, "growth", Decimal("6.7"))}


@pytest.mark.parametrize("text", _both("全年工农业总产值为321.9亿元；农业总产值为77.0亿元。"))
def test_industry_and_agriculture_together_are_no_agricultural_output(text: str) -> None:
    read = _read(text)
    assert ("agricultural_output", None, "level", Decimal("7700000000")) in read
    assert not any(f[0] == "agricultural_output" and f[3] == Decimal("32190000000")
                   for f in read)


@pytest.mark.parametrize(("text", "indicator"), [
    ("全市一般公共收入下降10.4%。", "general_budget_revenue"),
    ("全县规模工业年产值突破200亿元。", "industrial_output"),
])
def test_short_and_annual_forms_of_catalogue_names(text: str, indicator: str) -> None:
    assert {f[0] for f in _read(text)} == {indicator}


def test_urban_and_rural_income_without_residents_word() -> None:
    read = _read("上半年，城镇人均可支配收入21000元，农村人均可支配收入3210元，同比增长13.9%。")
    assert ("urban_disposable_income", None, "level", Decimal(21000)) in read
    assert ("rural_disposable_income", None, "level", Decimal(3210)) in read


def test_farmers_and_herders_income_is_rural_and_a_bare_per_head_income_all_residents() -> None:
    read = _read("全区农牧民人均可支配收入增长13%以上。全市人均可支配收入32000元。")
    assert ("rural_disposable_income", None, "growth", Decimal(13)) in {
        (i, r, m, v) for i, r, m, v in read}
    assert ("disposable_income", None, "level", Decimal(32000)) in read


@pytest.mark.parametrize("text", _both(
    "主要预期目标是：城镇和乡村居民人均可支配收入分别增长6.5%、8%。"))
def test_rural_residents_called_xiangcun(text: str) -> None:
    # 乡村居民 (the bulletins' newer word for 农村居民): the rural income, in a list too
    got = {(f.indicator, f.quantity.value) for f in _facts(text)}
    assert got == {("urban_disposable_income", Decimal("6.5")),
                   ("rural_disposable_income", Decimal("8"))}


def test_a_sum_averaged_over_a_regions_parts_is_no_total() -> None:
    # 县均 / 平均为: an average of the counties' or districts' sums; the rate stays
    text = ("2023年，某某省83个县(市)实现GDP占全省51.2%。县均实现GDP42.25亿元，较上年增加"
            "9.84亿元。24个区GDP平均为132.87亿元。全省地区生产总值5000亿元，增长6%。")
    got = {(f.measure, f.quantity.value) for f in _facts(text) if f.indicator == "gdp"}
    assert got == {("level", Decimal("500000000000")), ("growth", Decimal("6"))}


@pytest.mark.parametrize("text", _both("2023年末，全县“四上”总量达到588家，同比增长6.5%。"))
def test_the_count_of_four_above_units_said_as_their_total(text: str) -> None:
    got = {(f.indicator, f.measure, f.quantity.value) for f in _facts(text)}
    assert got == {("four_above_enterprises", "level", Decimal("588")),
                   ("four_above_enterprises", "growth", Decimal("6.5"))}


def test_a_milestone_passed_before_the_figure_reached_is_no_figure() -> None:
    # 突破1000亿元大关，达到1084.30亿元: the figure is the one reached; a milestone said
    # alone, or one year's milestone before another year's figure, stays
    text = "2023年，全市工业总产值首次突破1000亿元大关，达到1084.30亿元。"
    assert [f.quantity.value for f in _facts(text)] == [Decimal("108430000000")]
    text = "全县地区生产总值2018年突破百亿元大关，预计2020年实现120亿元。"
    assert Decimal("10000000000") in [f.quantity.value for f in _facts(text)]


def test_a_seasons_harvest_is_no_years_grain() -> None:
    # 春收粮食产量: the spring harvest, a part of the year's grain (worded as it stands)
    text = "2022年，某某区春收粮食产量0.22万吨，下降5.1%。全年粮食产量8.69万吨。"
    got = {(f.indicator, f.quantity.value) for f in _facts(text)}
    assert ("grain_output", Decimal("86900")) in got
    assert not any(i == "grain_output" and v == Decimal("2200") for i, v in got)


def test_enterprises_raised_to_the_threshold_are_an_increase() -> None:
    # 培育规上工业企业85家: enterprises brought up to the threshold this year
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in _facts("2023年，全市培育规上工业企业85家。")}
    assert got == {("industrial_enterprises_above_scale", "increase", Decimal("85"))}


def test_the_figure_after_a_milestone_passed_is_the_indicators() -> None:
    # 迈上千亿台阶，接近1300亿元: the clause after the milestone gives the figure
    got = [(f.indicator, f.quantity.value, f.quantity.comparator) for f in _facts(
        "2015年，全市工业总产值迈上千亿台阶，接近1300亿元。")]
    assert got == [("industrial_output", Decimal("130000000000"), "~")]


@pytest.mark.parametrize("text", _both("全市实现社消总额1266.9亿元，比上年增长7.9%。")
                         + _both("全市实现社消1266.9亿元，比上年增长7.9%。")
                         + _both("全市实现社消零1266.9亿元，比上年增长7.9%。"))
def test_the_short_names_of_retail_sales_are_retail_sales(text: str) -> None:
    assert ("retail_sales", None, "level", Decimal("126690000000")) in _read(text)
    assert ("retail_sales", None, "growth", Decimal("7.9")) in _read(text)


@pytest.mark.parametrize("text", _both("“十一五”主要目标:到2010年,万元GDP能源消耗降低20%,"
                                       "研究与开发经费占GDP比重达到1.6%。"))
def test_older_names_of_energy_and_research_intensity(text: str) -> None:
    got = _read(text)
    assert ("energy_intensity", None, "growth", Decimal(-20)) in got
    assert ("rd_intensity", None, "level", Decimal("1.6")) in got


@pytest.mark.parametrize("text", _both("2021年，全市预算收入280亿元，增长7.7%。"))
def test_budget_revenue_named_alone_is_the_general_budgets(text: str) -> None:
    assert ("general_budget_revenue", None, "level", Decimal("28000000000")) in _read(text)


def test_budget_revenue_beside_another_budget_names_none() -> None:
    text = "2021年，全市预算收入280亿元，增长7.7%；政府性基金预算收入90亿元。"
    assert all(f.indicator != "general_budget_revenue" for f in _facts(text))


@pytest.mark.parametrize("text", _both("全市地方一般性公共预算收入353.8亿元，增长6.2%。"))
def test_budget_revenue_said_with_a_general_nature_is_budget_revenue(text: str) -> None:
    assert ("general_budget_revenue", None, "level", Decimal("35380000000")) in _read(text)


@pytest.mark.parametrize("text", _both("全区一般地方公共预算收入45.5亿元，增长17.5%。"))
def test_budget_revenue_with_local_after_general_is_budget_revenue(text: str) -> None:
    # 一般地方公共预算收入: Guangdong's districts put 地方 after 一般
    assert ("general_budget_revenue", None, "level", Decimal("4550000000")) in _read(text)


@pytest.mark.parametrize("text", _both(
    "社消总额的下降让人意外，毕竟一季度全市的旅游成绩不错，国内游客量同比增长14%，"
    "国内旅游消费同比增长14.5%。"))
def test_a_growth_of_tourists_is_not_the_retail_sales_named_before(text: str) -> None:
    assert not [f for f in _facts(text) if f.indicator == "retail_sales"]


@pytest.mark.parametrize("text", _both(
    "2025年1-8月,地方财政收入位居全省第三的是邯郸市,累计金额为300.1亿元。"))
def test_a_cumulative_amount_after_a_regions_label_is_the_indicators(text: str) -> None:
    got = {(f.region, f.indicator, f.quantity.value)
           for f in extract(text, year=2025, region="130000").facts}
    assert got == {("130400", "general_budget_revenue", Decimal("30010000000"))}


@pytest.mark.parametrize("text", _both(
    "2024年1-5月财政收入位居全市首位的是市本级,金额达到了17.77亿元。"
    "省本级一般公共预算收入完成434.9亿元,增长17.1%。"))
def test_a_governments_own_budget_level_is_no_regions_figure(text: str) -> None:
    assert not extract(text, year=2024, region="440900").facts


def test_a_level_said_before_its_budget_is_no_regions_figure(in_script: InScript) -> None:
    # 省级一般公共预算收入 (the province's own level, its word running into the budget's
    # name) beside 全省's, and a city's own level (市级) likewise
    text = in_script("甲省预算执行情况\n2014年，全省一般公共预算收入5026.71亿元，增长10.2%。"
                     "省级一般公共预算收入200.70亿元，比上年增长3.7%。"
                     "2015年市级公共财政预算收入安排19.4亿元。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="370000").facts}
    assert got == {("general_budget_revenue", "level", Decimal("502671000000")),
                   ("general_budget_revenue", "growth", Decimal("10.2"))}


@pytest.mark.parametrize("text", _both("2020年前三季度,全市gdp249.84亿元,人均gdp增长5%。"))
def test_a_latin_name_in_lower_case_is_the_catalogues_name(text: str) -> None:
    got = _read(text)
    assert ("gdp", None, "level", Decimal("24984000000")) in got
    assert ("gdp_per_capita", None, "growth", Decimal("5")) in got


def test_a_percent_after_an_increase_word_is_a_growth_rate(in_script: InScript) -> None:
    text = in_script("2025年1-4月,丽水全市完成进出口总额540.2亿元,同比增加了11.2%。其中出口总额"
                     "达到了470.3亿元,同比增加率为9.6%。全市地区生产总值增加值占比45.3%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="331100").facts}
    assert got == {("foreign_trade", "level", Decimal("54020000000")),
                   ("foreign_trade", "growth", Decimal("11.2")),
                   ("exports", "level", Decimal("47030000000")),
                   ("exports", "growth", Decimal("9.6"))}


def test_a_rates_base_with_its_note_and_a_nominal_increase_are_growth(
        in_script: InScript) -> None:
    noted = in_script("2015年郫县实现地区生产总值426亿元,同比2014年(下同)增长8.5%。")
    nominal = in_script("2021年一季度郑州GDP2969.8亿,比2020年同期名义增加了20.25%。")
    assert {(f.measure, f.quantity.value) for f in extract(noted, region="510117").facts} == {
        ("level", Decimal("42600000000")), ("growth", Decimal("8.5"))}
    assert {(f.measure, f.quantity.value) for f in extract(nominal, region="410100").facts} == {
        ("level", Decimal("296980000000")), ("growth", Decimal("20.25"))}


def test_the_public_finance_budget_named_alone_is_its_revenue_not_its_spending(
        in_script: InScript) -> None:
    text = in_script("2016年,黄岛区完成公共财政预算212.4亿元,同比增长11.3%;崂山区完成131.1亿元,"
                     "同比增长10.2%。全年公共财政预算总支出300.5亿元。")
    got = {(f.region, f.measure, f.quantity.value)
           for f in extract(text, region="370200").facts
           if f.indicator == "general_budget_revenue"}
    assert got == {("370211", "level", Decimal("21240000000")),
                   ("370211", "growth", Decimal("11.3")),
                   ("370212", "level", Decimal("13110000000")),
                   ("370212", "growth", Decimal("10.2"))}


def test_a_profiles_bulleted_rows_of_label_unit_and_figure_with_its_labelled_year(
        in_script: InScript) -> None:
    text = in_script("阿坝县\n- 所属地区 四川省阿坝藏族羌族自治州\n- 统计年度 2019\n"
                     "- GDP(亿元) 16.6\n- 城镇居民人均可支配收入(万元) 3.626\n"
                     "阿坝县隶属四川省,2018年末人口7.7万人。\n地区生产总值(亿元)425.974246\n")
    got = {(f.region, f.indicator, str(f.period), f.quantity.value)
           for f in extract(text).facts}
    assert got == {("513231", "gdp", "2019", Decimal("1660000000")),
                   ("513231", "urban_disposable_income", "2019", Decimal("36260"))}


def test_a_planning_block_of_counties_owns_its_figures_none_of_its_counties(
        in_script: InScript) -> None:
    text = in_script("2022年,丽水县域经济稳进提质。缙云县GDP增长5.2%。遂松发展区块GDP总量首次突破"
                     "300亿元,达到315.73亿元;市域发展核心带GDP总量达到1064.08亿元。")
    got = {(f.region, f.quantity.value) for f in extract(text, region="331100").facts}
    assert got == {("331122", Decimal("5.2"))}


def test_an_income_groups_figure_is_no_figure_of_all_residents(in_script: InScript) -> None:
    text = in_script("2022年全国居民人均可支配收入36883元。按全国居民五等份收入分组,低收入组人均"
                     "可支配收入8601元,高收入组人均可支配收入90116元。城镇低收入户人均可支配收入"
                     "7572元。")
    got = {(f.indicator, f.quantity.value)
           for f in extract(text, region="100000", year=2022).facts}
    assert got == {("disposable_income", Decimal("36883")), ("other", Decimal("8601")),
                   ("other", Decimal("90116")), ("other", Decimal("7572"))}


def test_the_median_income_is_another_measure_than_the_mean(in_script: InScript) -> None:
    text = in_script("2022年,全市城镇居民人均可支配收入45000元,增长5%;城镇居民人均可支配收入"
                     "中位数40000元,增长4.5%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="320500", year=2022).facts}
    assert got == {("urban_disposable_income", "level", Decimal("45000")),
                   ("urban_disposable_income", "growth", Decimal("5")),
                   ("other", "level", Decimal("40000")), ("other", "growth", Decimal("4.5"))}


def test_a_growth_on_a_base_two_years_back_is_no_growth(in_script: InScript) -> None:
    # (the base's decline word is its number's: 比2019年同期下降10.8%)
    text = in_script("嘉定区2021年1-10月经济运行\n1-10月,全区规模以上工业实现总产值4317.1亿元,"
                     "同比增长1.6%,比2019年同期下降10.8%。")
    got = {(f.measure, f.quantity.value) for f in extract(text, region="310114").facts}
    assert got == {("level", Decimal("431710000000")), ("growth", Decimal("1.6"))}


def test_the_enterprises_a_district_owns_and_an_industry_are_no_districts_figures(
        in_script: InScript) -> None:
    text = in_script("嘉定区2021年1-10月经济运行\n其中,区属规模以上工业实现产值2421.0亿元,同比增长"
                     "12.0%。全区汽车产业实现工业产值2821.7亿元,同比下降3.4%。全区“在线新经济”"
                     "总产出2784.9亿元,同比增长30.9%。全年区属城镇新增就业人数5269人。")
    got = {(f.indicator, f.quantity.value) for f in extract(text, region="310114").facts
           if f.indicator != "other"}
    assert got == {("urban_jobs_new", Decimal("5269"))}


def test_a_countys_own_account_exports_are_its_exports(in_script: InScript) -> None:
    text = in_script("2015年,慈溪市自营出口42亿美元,同比下降0.2%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("exports", "level", Decimal("4200000000")),
                   ("exports", "growth", Decimal("-0.2"))}


def test_a_size_before_a_kind_of_enterprise_names_a_class(in_script: InScript) -> None:
    text = in_script("2000年岳阳县概况\n工业总产值 500万元以上的乡镇企业27个。")
    assert not [f for f in extract(text, region="430621").facts if f.indicator != "other"]


def test_an_average_price_per_ton_is_no_level_of_the_trade(in_script: InScript) -> None:
    # (a unit price after the trade's name: 进口均价, 出口单价, and its rise)
    text = in_script("2021年上半年,安徽进口1342.8亿元,增长27.7%。铜矿砂进口182.5万吨,增加2.9%;"
                     "进口均价为每吨15028.5元,上涨36.1%。出口单价为每辆8.2万元。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="340000").facts if f.indicator != "other"}
    assert got == {("imports", "level", Decimal("134280000000")),
                   ("imports", "growth", Decimal("27.7"))}


def test_the_trade_partners_listed_as_a_subject_are_no_regions_trade(
        in_script: InScript) -> None:
    text = in_script("上半年,安徽进出口3205.7亿元。数据显示,上半年安徽对外贸易伙伴中,"
                     "欧盟、美国、东盟,位居前三,进出口值分别为418.9亿元、418.5亿元、363.1亿元。")
    got = {(f.indicator, f.quantity.value)
           for f in extract(text, region="340000", year=2021).facts if f.indicator != "other"}
    assert got == {("foreign_trade", Decimal("320570000000"))}


def test_a_nominal_and_a_two_year_average_growth_are_no_gdp_growth(
        in_script: InScript) -> None:
    text = in_script("2021年安徽GDP总量达到42959.2亿元,实际增速8.3%,两年的平均增长6%,"
                     "名义增速11.06%。全省社会消费品零售总额名义增长17.1%。")
    got = {(f.indicator, f.measure, f.quantity.value)
           for f in extract(text, region="340000", year=2021).facts if f.indicator != "other"}
    assert got == {("gdp", "level", Decimal("4295920000000")), ("gdp", "growth", Decimal("8.3")),
                   ("retail_sales", "growth", Decimal("17.1"))}


def test_a_technology_contracts_turnover_in_its_other_wordings(in_script: InScript) -> None:
    text = in_script("2014年,全市技术合同成交总金额0.35亿元。"
                     "截至目前,技术合同成交金额达到7034.24万元。技术合同年成交额保持在1亿元以上。")
    got = {(f.indicator, f.quantity.value)
           for f in extract(text, region="610200", year=2014).facts}
    assert got == {("tech_contract_turnover", Decimal("35000000")),
                   ("tech_contract_turnover", Decimal("70342400")),
                   ("tech_contract_turnover", Decimal("100000000"))}


def test_a_technology_markets_turnover_and_the_sellers_is_the_contracts_turnover(
        in_script: InScript) -> None:
    # (the contracts registered, sold from the region: 输出; bought into it, 吸纳, is no
    # turnover of the region's own)
    text = in_script("2022年,全市技术市场交易成交额135.74亿元,输出技术成交额88.13亿元,"
                     "吸纳技术成交额10.19亿元。全年技术交易总额达到265.36亿元。")
    got = {(f.indicator, f.quantity.value)
           for f in extract(text, region="610100", year=2022).facts if f.indicator != "other"}
    assert got == {("tech_contract_turnover", Decimal("13574000000")),
                   ("tech_contract_turnover", Decimal("8813000000")),
                   ("tech_contract_turnover", Decimal("26536000000"))}


def test_gdp_misspelt_gpd_is_gdp(in_script: InScript) -> None:
    # reposts misspell GDP as GPD (湖南上半年GPD為22777.69億元)
    got = {(f.indicator, f.quantity.value) for f in _facts(in_script(
        "2021年上半年,湖南GPD为22777.69亿元,人均GPD为3.4万元。"), 2021)}
    assert got == {("gdp", Decimal("2277769000000.00")), ("gdp_per_capita", Decimal("34000.0"))}


def test_a_trades_or_a_markets_retail_sales_are_parts_of_the_total(in_script: InScript) -> None:
    # the bulletin's breakdown by urban and rural market and by trade (批发业实现零售额…):
    # parts of the region's retail sales, not the total
    text = in_script("2018年上半年济南消费\n上半年,济南市实现社会消费品零售总额2079.99亿元,"
                     "同比增长10.04%。其中,城镇消费品市场实现零售额1891.33亿元,同比增长10.8%;"
                     "乡村消费品市场实现零售额188.67亿元。分行业看,批发业实现零售额439.59亿元,"
                     "餐饮业实现零售额293.29亿元。")
    got = {(f.indicator, f.quantity.value) for f in extract(text).facts
           if f.indicator == "retail_sales"}
    assert got == {("retail_sales", Decimal("207999000000.00")),
                   ("retail_sales", Decimal("10.04"))}


def test_the_urban_or_rural_part_said_with_the_verb_is_a_part_of_the_total(
        in_script: InScript) -> None:
    # 城镇实现零售额 / 乡村实现零售额: the market's name shortened to the area's
    text = in_script("2020年上半年某县消费\n上半年,全县实现社会消费品零售总额31.2亿元,增长8.1%。"
                     "从城乡看,城镇实现零售额20.5亿元,增长7.9%;乡村实现零售额10.7亿元,增长8.4%。")
    got = {f.quantity.value for f in extract(text).facts if f.indicator == "retail_sales"}
    assert got == {Decimal("3120000000"), Decimal("8.1")}


def test_a_figure_per_unit_of_land_named_after_the_total_is_no_total(
        in_script: InScript) -> None:
    # 地区生产总值地均集约度30.14亿元: output per square kilometre, named after the GDP
    text = in_script("2015年某区经济\n前三季度,全区地区生产总值2370.5亿元,地区生产总值地均集约度"
                     "30.14亿元。")
    got = {f.quantity.value for f in extract(text).facts if f.indicator == "gdp"}
    assert got == {Decimal("237050000000")}


def test_an_industrys_own_industrial_output_is_a_part_of_the_total(
        in_script: InScript) -> None:
    # 规模以上工业医药产业工业总产值: one industry's output, not the county's
    text = in_script("2023年某县统计公报\n全县规模以上工业总产值增长8.2%。"
                     "全年全县规模以上工业医药产业工业总产值比上年增长10.0%。")
    got = {f.quantity.value for f in extract(text).facts if f.indicator == "industrial_output"}
    assert got == {Decimal("8.2")}


def test_names_of_exports_and_new_jobs_as_county_reports_write_them(
        in_script: InScript) -> None:
    # 贸易出口总额 is the exports (a list's third item, its growth the third after 分别);
    # 城镇新就业 the new urban jobs; 非食品价格 no food price
    text = in_script("2019年某县经济\n固定资产投资71.5亿元、社会消费品零售总额64.4亿元、"
                     "贸易出口总额2.4亿美元,分别比增2.3%、9.3%和3.8%。全年城镇新就业2.32万人。"
                     "食品价格上涨0.7%,非食品价格上涨0.4%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("fixed_asset_investment", "level", Decimal("7150000000")),
                   ("fixed_asset_investment", "growth", Decimal("2.3")),
                   ("retail_sales", "level", Decimal("6440000000")),
                   ("retail_sales", "growth", Decimal("9.3")),
                   ("exports", "level", Decimal("240000000")),
                   ("exports", "growth", Decimal("3.8")),
                   ("urban_jobs_new", "level", Decimal("23200")),
                   ("food_price", "growth", Decimal("0.7")), ("other", "growth", Decimal("0.4"))}


def test_trade_by_a_mode_or_through_a_bonded_zone_is_a_part_of_the_total(
        in_script: InScript) -> None:
    text = in_script("2021年1-5月某省外贸\n1-5月，四川进出口总值3407.9亿元，增长14.9%。"
                     "四川以加工贸易方式进出口2064.6亿元，增长7.4%；以一般贸易方式进出口790.7亿元。"
                     "成都实现进出口2992.3亿元，其中成都高新综保区进出口2273.7亿元，增长10.8%。")
    got = {(f.region, f.quantity.value) for f in extract(text).facts
           if f.indicator == "foreign_trade"}
    assert got == {("510000", Decimal("340790000000")), ("510000", Decimal("14.9")),
                   ("510100", Decimal("299230000000"))}


def test_a_figure_by_which_a_region_ranks_before_the_indicators_name(
        in_script: InScript) -> None:
    # 青岛市以6584.5亿元社会消费品零售总额蝉联榜首: the figure of the name right after it,
    # with 的 or without
    text = in_script("2024年山东各市消费\n青岛市以6584.5亿元社会消费品零售总额蝉联榜首,"
                     "烟台凭借3757.51亿元的社会消费品零售总额排名第三。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "retail_sales"}
    assert got == {("青岛市", Decimal("658450000000.0")), ("烟台市", Decimal("375751000000.00"))}


@pytest.mark.parametrize("name", ["社会消费零售总额", "社会消费总额"])
def test_retail_sales_named_without_its_pin_is_retail_sales(name: str,
                                                             in_script: InScript) -> None:
    # 社会消费零售总额: a county release's wording that leaves 品 out; 社会消费总额, a Hong
    # Kong paper's, which leaves out 品零售 too
    text = in_script(f"某县2010年1-7月经济运行\n1-7月全县{name}31385万元,比上年增长9.6%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("retail_sales", "level", Decimal("313850000")),
                   ("retail_sales", "growth", Decimal("9.6"))}


@pytest.mark.parametrize(("name", "indicator"), [
    ("平均可支配收入", "disposable_income"),
    ("居民人均收入", "disposable_income"),
    ("农民人均收入", "rural_disposable_income"),
])
def test_an_income_named_short_is_the_residents_disposable_income(
        name: str, indicator: str, in_script: InScript) -> None:
    # 全国平均可支配收入为39218元, 苏州的居民人均收入达到25887元: news leaves out 居民人均
    # or 可支配; 农民人均收入 is still the rural residents'. (A bare 可支配收入 or 人均收入
    # stays no name: a yearbook's column or caption under 城镇居民家庭 says whose.)
    text = in_script(f"2023年各市收入\n2023年,苏州{name}为74076元,增长5%。")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in extract(text).facts}
    assert got == {("苏州市", indicator, Decimal(74076)), ("苏州市", indicator, Decimal(5))}


def test_a_list_of_figures_by_which_regions_rank_before_the_indicators_name(
        in_script: InScript) -> None:
    # 分别以6544万吨和5590万吨的粮食产量: each figure of the list after 以 is of the name
    # after the last, the i-th the i-th region's listed before 分别 (with their count, 两省)
    text = in_script("2023年各省粮食产量排名\n黑龙江居首。河南和山东两省分别以6544万吨和5590万吨的"
                     "粮食产量位居第二和第三。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "grain_output"}
    assert got == {("河南省", Decimal(65440000)), ("山东省", Decimal(55900000))}


def test_a_list_after_yi_whose_regions_name_their_indicator_before_keeps_them(
        in_script: InScript) -> None:
    text = in_script("前三季度广东地区生产总值78397.07亿元,同比增长0.7%。\n"
                     "深圳、广州GDP总量超1万亿,分别以19786.98亿元、17475.86亿元GDP总量排名第一和第二。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "gdp" and 10**12 < f.quantity.value < 2 * 10**12}
    assert got == {("深圳市", Decimal("1978698000000.00")), ("广州市", Decimal("1747586000000.00"))}


def test_a_regions_rate_by_which_it_ranks_is_of_the_indicator_before(
        in_script: InScript) -> None:
    # 分省份看,重庆最高为涨2.7%; 西藏涨幅最高,为3.7%: each region leading its clause, its
    # rank by its rate, then the rate: of the indicator the text was about (CPI)
    text = in_script("2022年12月各省份CPI\n2022年12月,全国居民消费价格指数(CPI)同比上涨1.8%。"
                     "分省份看,重庆最高为涨2.7%,陕西最低涨1.0%。其中,西藏涨幅最高,为3.7%;"
                     "天津降幅最大,为0.5%。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "cpi"}
    assert got == {("全国", Decimal("1.8")), ("重庆市", Decimal("2.7")),
                   ("陕西省", Decimal("1.0")), ("西藏自治区", Decimal("3.7")),
                   ("天津市", Decimal("-0.5"))}


def test_regions_tied_in_a_ranking_share_the_rate_or_bound_after_a_comma(
        in_script: InScript) -> None:
    # 涨幅最低的是北京、上海,为1.2%; 江苏、浙江涨幅较小,为1.6%; …,达2.9%: regions tied in
    # a ranking each have the rate after the comma (of the indicator the text was about);
    # 潍坊、淄博,均超2000亿元: each passed the bound
    text = in_script("2019年4月各省份CPI\n4月份,全国居民消费价格同比上涨2.5%。分省份看,"
                     "涨幅最低的是北京、上海,为1.2%;江苏、浙江涨幅较小,为1.6%;"
                     "涨幅最高的为天津、河北与安徽,达2.9%。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "cpi"}
    assert got == {("全国", Decimal("2.5")), ("北京市", Decimal("1.2")), ("上海市", Decimal("1.2")),
                   ("江苏省", Decimal("1.6")), ("浙江省", Decimal("1.6")),
                   ("天津市", Decimal("2.9")), ("河北省", Decimal("2.9")),
                   ("安徽省", Decimal("2.9"))}
    bound = in_script("2016年上半年山东各市GDP\n上半年,潍坊、淄博、济宁、临沂,均超2000亿元。")
    got_bound = {(f.region_name, f.quantity.comparator, f.quantity.value)
                 for f in extract(bound).facts if f.indicator == "gdp"}
    assert got_bound == {(name, ">", Decimal(200000000000))
                         for name in ("潍坊市", "淄博市", "济宁市", "临沂市")}


def test_energy_per_unit_of_output_named_without_its_unit_and_falls_listed(
        in_script: InScript) -> None:
    # 生产总值能耗 (no 单位 or 万元) is still energy per unit of GDP; 生产总值电耗 is
    # electricity, no GDP; the fall named before 分别为 is each item's; a fall right after
    # the regions listed (宝安、龙岗下降幅度要达到21%) is each one's
    text = in_script("2017年各地区能耗\n2017年,河南生产总值能耗下降7.9%,北京、天津、河北三地区"
                     "生产总值能耗下降幅度分别为3.99%、6.24%、4.42%。北京、山东两地区生产总值电耗"
                     "分别下降2.01%、6.17%。深圳单位生产总值能耗下降19.5%,其中宝安、龙岗下降幅度"
                     "要达到21%。")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in extract(text).facts
           if f.indicator != "other"}
    assert got == {("河南省", "energy_intensity", Decimal("-7.9")),
                   ("北京市", "energy_intensity", Decimal("-3.99")),
                   ("天津市", "energy_intensity", Decimal("-6.24")),
                   ("河北省", "energy_intensity", Decimal("-4.42")),
                   ("深圳市", "energy_intensity", Decimal("-19.5")),
                   ("宝安区", "energy_intensity", Decimal("-21")),
                   ("龙岗区", "energy_intensity", Decimal("-21"))}


def test_each_province_before_a_list_refers_back_to_the_provinces_listed_before(
        in_script: InScript) -> None:
    # 广东、江苏…是就业大省。…各省城镇新增就业分别为132万、…: 各省 refers back to the
    # provinces the sentence before listed, the i-th figure the i-th one's
    text = in_script("2023年各省就业目标\n广东、江苏、浙江是城镇新增就业大省。2022年,各省城镇新增"
                     "就业分别为132万、130万、115.6万人。全国城镇新增就业1206万人。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "urban_jobs_new"}
    assert got == {("广东省", Decimal(1320000)), ("江苏省", Decimal(1300000)),
                   ("浙江省", Decimal(1156000)), ("全国", Decimal(12060000))}


def test_listed_companies_counted_each_and_quoted_with_the_name_after(
        in_script: InScript) -> None:
    # 浙江新增了17家A股公司: A股公司 is listed companies, and the quote runs on to the name
    # after the count; 杭州和宁波各新增4家: a count each region listed has
    text = in_script("2022年前5个月浙江上市公司\n前5个月浙江新增了17家A股公司。嘉兴市新增了5家A股"
                     "公司,杭州和宁波各新增4家,绍兴、台州各新增1家。")
    facts = [f for f in extract(text).facts if f.indicator == "listed_companies"]
    assert {(f.region_name, f.measure, f.quantity.value) for f in facts} == {
        ("浙江省", "increase", Decimal(17)), ("嘉兴市", "increase", Decimal(5)),
        ("杭州市", "increase", Decimal(4)), ("宁波市", "increase", Decimal(4)),
        ("绍兴市", "increase", Decimal(1)), ("台州市", "increase", Decimal(1))}
    first = next(f for f in facts if f.quantity.value == 17)
    assert first.provenance.quote.endswith(in_script("17家A股公司"))


def test_a_clause_of_an_adverb_and_its_verb_goes_on_about_the_indicator_before(
        in_script: InScript) -> None:
    # …企业数量持续壮大,已达到12379家: 已 (已经, 共有) names no subject of its own
    text = in_script("2022年四川高新技术企业\n"
                     "截至目前,全省高新技术企业数量持续壮大,已达到12379家。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts
           if f.indicator == "high_tech_enterprises"}
    assert got == {("四川省", Decimal(12379))}


def test_a_counted_groups_sum_and_rate_are_no_one_regions(in_script: InScript) -> None:
    # 长沙、岳阳、郴州三市进出口3850.1亿元,增长23.8%: the three cities' total and its rate;
    # with 均 or 分别 the figures are each one's
    text = in_script("2021年湖南外贸\n2021年,长沙、岳阳、郴州三市进出口3850.1亿元,增长23.8%。"
                     "南京、苏州两市GDP均增长8%。北京、天津两地区生产总值能耗分别下降3.99%、6.24%。")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in extract(text).facts
           if f.indicator != "other"}
    assert got == {("南京市", "gdp", Decimal(8)), ("苏州市", "gdp", Decimal(8)),
                   ("北京市", "energy_intensity", Decimal("-3.99")),
                   ("天津市", "energy_intensity", Decimal("-6.24"))}


def test_a_counted_groups_sum_said_after_a_qualified_name_is_no_one_regions(
        in_script: InScript) -> None:
    # …等5地输出技术合同成交额合计1800.01亿元: 输出 qualifies the name, 合计 says the
    # figure is the five cities' sum; 武汉市's own figure after it stays its own
    text = in_script("2023年湖北技术市场\n武汉、鄂州、黄石、黄冈、咸宁等5地输出技术合同成交额"
                     "合计1800.01亿元,同比增长30.98%。武汉市技术合同成交额1357.41亿元。")
    got = {(f.region_name, f.quantity.value) for f in extract(text).facts}
    assert got == {("武汉市", Decimal("135741000000.00"))}


def test_an_average_named_after_a_counted_group_gives_the_rate_to_no_one(
        in_script: InScript) -> None:
    # …等15省份的…增速高于全国平均增速3.3%: 平均 is no 均 (each), the rate is the country's
    text = in_script("2019年上半年各省财政收入\n上半年,山西、河北、浙江等3省份的一般公共预算收入"
                     "增速高于全国平均增速3.3%。")
    assert not [f for f in extract(text).facts if f.region_name in ("山西省", "河北省", "浙江省")]


def test_an_expectation_beside_a_result_is_its_goal(in_script: InScript) -> None:
    # 好于下降7%的预期, 控制在预期4.2%以内: the work report's expectation, said beside the
    # result it was beaten by, is the year's goal
    text = in_script("山西省2017年政府工作报告\n2016年,一般公共预算收入下降5.2%,好于下降7%的预期;"
                     "城镇登记失业率3.52%,控制在预期4.2%以内。")
    got = {(type(f).__name__, f.indicator, f.quantity.value, f.quantity.comparator)
           for f in extract(text).facts}
    assert got == {("Result", "general_budget_revenue", Decimal("-5.2"), "="),
                   ("Goal", "general_budget_revenue", Decimal("-7"), "="),
                   ("Result", "urban_registered_unemployment_rate", Decimal("3.52"), "="),
                   ("Goal", "urban_registered_unemployment_rate", Decimal("4.2"), "<=")}


def test_the_funds_in_place_for_the_investment_are_no_investment(in_script: InScript) -> None:
    # 固定资产投资实际到位资金 (the funds that financed it) is another measure than the
    # fixed-asset investment made, named right before it
    text = in_script("2016年1-7月,全省固定资产投资20621.46亿元,增长12.8%。"
                     "固定资产投资实际到位资金20368.81亿元,增长11.5%;到位资金增长9.1%。")
    got = {(f.indicator, f.quantity.value) for f in extract(text).facts}
    assert ("fixed_asset_investment", Decimal("2062146000000.00")) in got
    assert ("fixed_asset_investment", Decimal("12.8")) in got
    assert not {v for i, v in got if i == "fixed_asset_investment"} & {
        Decimal("2036881000000.00"), Decimal("11.5")}


def test_a_factor_taken_out_of_a_change_is_no_figure_of_its_own(in_script: InScript) -> None:
    # 剔除减税降费因素，同口径增长5.7%: the revenue's growth without the cuts, no growth of
    # the cuts; the cuts said on their own stay theirs
    text = in_script("全区一般公共预算收入完成30亿元,剔除减税降费因素,同口径增长5.7%。"
                     "全年新增减税降费12亿元。")
    got = {(f.indicator, f.quantity.value) for f in extract(text).facts}
    assert {v for i, v in got if i == "tax_fee_cuts"} == {Decimal("1200000000")}


def test_a_trades_balance_is_no_trade_total(in_script: InScript) -> None:
    # 进出口相抵贸易顺差128.4亿元, 进出口顺差: exports less imports, another measure than
    # the trade's total named right before it
    text = in_script("1-4月,全市进出口总额452.6亿元,增长5.1%,进出口相抵贸易顺差128.4亿元。"
                     "全年进出口顺差120亿元。")
    got = {(f.indicator, f.quantity.value) for f in extract(text).facts}
    assert {v for i, v in got if i == "foreign_trade"} == {
        Decimal("45260000000.0"), Decimal("5.1")}


def test_a_goal_set_to_a_figure_is_the_goal_of_a_year_past_too(in_script: InScript) -> None:
    # 预期增长目标设为7%左右 in 2015, told in 2016's report: the figure is the goal a
    # verb set (设为, 预设为, 确定为), not what the year reached
    text = in_script("2016年政府工作报告解读\n中国经济于2015年首次调低车速,预期增长目标设为7%左右;"
                     "2016年国内生产总值增长目标预设为6.5%~7%。")
    got = {(type(f).__name__, str(f.period), f.quantity.value) for f in extract(text).facts
           if f.indicator == "gdp"}
    assert got == {("Goal", "2015", Decimal("7")), ("Goal", "2016", Decimal("6.5"))}


def test_the_above_scale_industrys_growth_is_its_value_addeds(in_script: InScript) -> None:
    # 规模工业增长7.2%: the statistics bureaus' short word for the value added's growth,
    # only with the growth right after it (not 规模工业完成总产值…,增长10.1%, the output's)
    text = in_script("甲省2022年计划执行情况\n2022年，全省地区生产总值增长4.5%，规模工业增长7.2%，"
                     "规模以上工业同比增长8%。规模工业完成总产值2165亿元，增长10.1%。")
    got = {(f.indicator, f.quantity.value) for f in extract(text).facts
           if f.measure == "growth" and f.indicator != "industrial_output"}
    assert got == {("gdp", Decimal("4.5")), ("industrial_value_added", Decimal("7.2")),
                   ("industrial_value_added", Decimal("8"))}


def test_bi_zeng_is_a_growth_on_last_year(in_script: InScript) -> None:
    text = in_script("甲县政府工作报告\n2019年，全县工业增加值11.8亿元，比增7.5%；"
                     "固定资产投资62.4亿元，比增19.6%。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("industrial_value_added", "level", Decimal("1180000000")),
                   ("industrial_value_added", "growth", Decimal("7.5")),
                   ("fixed_asset_investment", "level", Decimal("6240000000")),
                   ("fixed_asset_investment", "growth", Decimal("19.6"))}


def test_the_revenue_a_budget_arranges_is_its_goal(in_script: InScript) -> None:
    text = in_script("甲省预算执行情况\n2014年，全省地方一般公共预算收入5026.71亿元，增长10.2%。"
                     "2015年全省地方一般公共预算收入安排5504.25亿元，比上年增长9.5%。")
    got = {(type(f).__name__, str(f.period)) for f in extract(text).facts
           if f.measure == "level"}
    assert got == {("Result", "2014"), ("Goal", "2015")}


def test_a_part_of_what_was_added_is_an_addition_too(in_script: InScript) -> None:
    # 其中 after 新增…: a part of the additions; after a change on a base (比上年末增加), a
    # part of the level
    text = in_script("甲省工作回顾\n2018年，全省新增四上企业6500多家，"
                     "其中规模以上工业企业近2000家。"
                     "年末全省有高新技术企业5000家，比上年末增加800家，其中规模以上工业企业3000家。")
    got = {(f.quantity.value, f.measure) for f in extract(text).facts
           if f.indicator == "industrial_enterprises_above_scale"}
    assert got == {(Decimal("2000"), "increase"), (Decimal("3000"), "level")}


def test_retail_sales_without_its_total_and_the_refunds_of_tax_cuts(
        in_script: InScript) -> None:
    # 社会消费品零售92.2亿元 (总额 left out); 退减缓各项税费, 退税减税降费: the tax and fee cuts
    text = in_script("甲县工作回顾\n2019年，全县社会消费品零售92.2亿元，比增8.5%；"
                     "退减缓各项税费超10亿元；全年退税减税降费8亿元。")
    got = {(f.indicator, f.measure, f.quantity.value) for f in extract(text).facts}
    assert got == {("retail_sales", "level", Decimal("9220000000")),
                   ("retail_sales", "growth", Decimal("8.5")),
                   ("tax_fee_cuts", "level", Decimal("1000000000")),
                   ("tax_fee_cuts", "level", Decimal("800000000"))}
