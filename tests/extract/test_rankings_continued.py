"""A ranking listed in parts (第1-5名:…, 此外,第6-10名:…, 剩下,第11-14名:…) with asides
between them: every part is of the indicator and period the first part's sentence named,
whatever an aside between says. Texts written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

import plantrack

_TEXT = (
    "江西省2022年上半年经济观察\n"
    "根据2022年上半年江西各市GDP数据,我们整理了11个设区市的排名,前3名:南昌(3431.6亿元)、"
    "赣州(2139.5亿元)、九江(1863.2亿元)。南昌依旧领先,这两个城市的差距也在缩小。"
    "此外,第4-6名:宜春(1591.7亿元)、上饶(1547.3亿元)、吉安(1174.0亿元)。\n"
    "去年,抚州居民人均可支配收入达到3.1万元,同比增长8.2%。\n"
    "剩下,第7-8名:抚州(908.2亿元)、萍乡(547.9亿元)。\n")


def test_a_rankings_later_places_are_of_its_first_places_indicator(
        in_script: InScript) -> None:
    facts = plantrack.extract(in_script(_TEXT)).facts
    gdp = {(f.region, f.quantity.value, str(f.period)) for f in facts if f.indicator == "gdp"}
    assert gdp == {
        ("360100", Decimal("343160000000.0"), "2022H1"),
        ("360700", Decimal("213950000000.0"), "2022H1"),
        ("360400", Decimal("186320000000.0"), "2022H1"),
        ("360900", Decimal("159170000000.0"), "2022H1"),
        ("361100", Decimal("154730000000.0"), "2022H1"),
        ("360800", Decimal("117400000000.0"), "2022H1"),
        ("361000", Decimal("90820000000.0"), "2022H1"),
        ("360300", Decimal("54790000000.0"), "2022H1"),
    }
    # the aside's own figures stay its own
    assert {f.indicator for f in facts} == {"gdp", "disposable_income"}


def test_a_region_opening_its_clause_before_paiming_is_the_one_ranked(
        in_script: InScript) -> None:
    # 广州排名第二，GDP总量…: the region ranked, whose figure follows, not a frame the
    # ranking is in (深圳GDP…，全国排名第三 names the nation as the frame)
    text = in_script("2020年前三季度广东各市GDP\n深圳排名第一,GDP总量19997.65亿元。广州排名第二,"
                     "GDP总量17209.54亿元。佛山排名第三,GDP总量7483.98亿元。")
    got = {(f.region_name, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("深圳市", Decimal("1999765000000.00")), ("广州市", Decimal("1720954000000.00")),
                   ("佛山市", Decimal("748398000000.00"))}
    framed = in_script("2020年前三季度深圳GDP\n深圳GDP总量19997.65亿元,全国排名第三。")
    assert {f.region_name for f in plantrack.extract(framed).facts} == {"深圳市"}


def test_a_bound_shared_by_counted_regions_is_each_named_ones(in_script: InScript) -> None:
    # 有5个区县…超过五千亿，分别为南山区、…: the count's members, named after the bound,
    # each pass it; a count whose members go unnamed (有3座城市…) gives no region's figure
    text = in_script(
        "2023年广东各区县经济\n全省有3个区县经济总量超过五千亿，分别为南山区、天河区和福田区。"
        "全国有3座城市经济总量处于3万亿-4万亿之间。"
        "湖南GDP超过2000亿元的市州有2个，分别是长沙市、岳阳市。")
    facts = plantrack.extract(text).facts
    got = sorted((f.region, f.quantity.value, f.quantity.comparator) for f in facts)
    assert got == [("430100", Decimal("200000000000"), ">"),
                   ("430600", Decimal("200000000000"), ">"),
                   ("440106", Decimal("500000000000"), ">"),
                   ("440304", Decimal("500000000000"), ">"),
                   ("440305", Decimal("500000000000"), ">")]  # none 广东's own
    assert all(f.indicator == "gdp" and str(f.period) == "2023" for f in facts)


def test_members_a_clause_after_a_count_names_for_a_list_have_its_figures(
        in_script: InScript) -> None:
    # 12个省份同比均增长 counts the members; the clause after names two of them for a list
    # of rates, each its own (the count's clause alone gives no region's figure)
    text = in_script("2020年6月份西部地区工业\n2020年6月份,西部地区规模以上工业增加值同比增长4.6%。"
                     "12个省份同比均增长,增速较快的新疆、西藏分别增长12.2%和11.2%。")
    got = sorted((f.region, f.quantity.value) for f in plantrack.extract(text).facts)
    assert got == [("540000", Decimal("11.2")), ("650000", Decimal("12.2"))]


def test_a_second_respectively_list_after_a_counted_list_of_regions_is_theirs_one_by_one(
        in_script: InScript) -> None:
    # 山西、安徽、江西三省的…分别为…亿元，比上年分别增长…: the rates after the second 分别
    # are the regions' one by one, as the sums are, not the last rate shared by all
    text = in_script("2008年上半年中部地区工业\n山西、安徽、江西三省的规模以上工业增加值分别为"
                     "1695.2亿元、1535.3亿元、1051.1亿元,按可比价格计算,"
                     "比上年同期分别增长17.8%、24.9%、22.6%。")
    got = sorted((f.region, f.quantity.value) for f in plantrack.extract(text).facts
                 if f.quantity.unit == "percent")
    assert got == [("140000", Decimal("17.8")), ("340000", Decimal("24.9")),
                   ("360000", Decimal("22.6"))]


def test_a_rankings_bracketed_counts_are_of_the_count_named_before(
        in_script: InScript) -> None:
    # 排名前三位的分别是四川(6254个)…: counts in brackets, as sums are, are the regions'
    # figures of the indicator the sentence before named (a count's unit, 个)
    text = in_script("2021年1-11月老旧小区改造\n2021年1~11月,全国新开工改造城镇老旧小区5.47万个。"
                     "其中,开工数排名前三位的分别是四川(6254个)、河南(3853个)、陕西(3634个)。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator == "old_communities_renovated"}
    assert got == {("100000", Decimal("54700.00")), ("510000", Decimal("6254")),
                   ("410000", Decimal("3853")), ("610000", Decimal("3634"))}


def test_regions_listed_before_yi_and_their_rates_listed_after_it(
        in_script: InScript) -> None:
    # 甘肃、天津、青海以9.42%、8.41%、7.94%的降低率排名前三: the i-th rate the i-th region's,
    # of the indicator named before; a rate of fall (降低率) a decline
    text = in_script("2016年各省能耗\n万元地区GDP能耗均呈下降趋势,其中甘肃、天津、青海以"
                     "9.42%、8.41%、7.94%的降低率排名前三。2016年各省GDP增速\n"
                     "江苏、浙江分别以7.8%和7.5%的增速领先。万元地区GDP电耗则不同,"
                     "青海、甘肃以10.29%、9.93%的降低率名列前二。")
    # (万元地区GDP电耗: a quantity per unit of GDP, no GDP's figure)
    got = {(f.region, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator != "other"}
    assert got == {("620000", "energy_intensity", Decimal("-9.42")),
                   ("120000", "energy_intensity", Decimal("-8.41")),
                   ("630000", "energy_intensity", Decimal("-7.94")),
                   ("320000", "gdp", Decimal("7.8")), ("330000", "gdp", Decimal("7.5"))}


def test_regions_listed_with_and_others_and_their_count_have_the_values_after_fenbie(
        in_script: InScript) -> None:
    # 南昌县、青山湖区、西湖区等3个县区…超500亿元,分别完成…: each its own value, in order
    # (no sum of theirs); a list with an item no region names (高新区) gives no guess
    text = in_script("2018年南昌市经济\n南昌县、青山湖区、西湖区等3个县区地区生产总值超500亿元,"
                     "分别完成811.63亿元、562.74亿元、527.71亿元。东湖区、高新区、新建区等3个县区"
                     "地区生产总值超300亿元,分别完成413.05亿元、364.49亿元、301.2亿元。")
    got = {(f.region, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("360121", Decimal("81163000000.00")), ("360111", Decimal("56274000000.00")),
                   ("360103", Decimal("52771000000.00"))}


def test_regions_listed_before_geyou_have_as_many_values_one_by_one(
        in_script: InScript) -> None:
    # 各有 before as many values as regions gives them out in order, as 分别 does; one value
    # after 各有 is each one's
    text = in_script("2017年各省上市公司数量\n北京和上海的上市公司数量也不少,各有290家和256家。"
                     "天津和重庆的上市公司各有50多家。")
    got = {(f.region, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("110000", Decimal("290"), "="), ("310000", Decimal("256"), "="),
                   ("120000", Decimal("50"), ">"), ("500000", Decimal("50"), ">")}


def test_an_approximate_figure_after_a_rank_clause_is_the_indicators(
        in_script: InScript) -> None:
    # 居于第三位,约为7.65万亿元: the clause of the rank names no subject of its own, and the
    # figure after it, said with 约为, is the region's total
    text = in_script("2018年各省GDP\n甲地之后,山东省GDP总量居于第三位,约为7.65万亿元。")
    got = {(f.region, f.indicator, f.quantity.value, f.quantity.comparator)
           for f in plantrack.extract(text).facts}
    assert got == {("370000", "gdp", Decimal("7650000000000"), "~")}


def test_a_numbered_items_list_of_regions_and_figures_goes_on_with_the_item_before(
        in_script: InScript) -> None:
    # 2、江苏3个:苏州…、南京…: the second numbered item opens with a region and names no
    # indicator, so it goes on with the first's (可支配收入, bare); each region of its 、
    # list owns the figure right after it, not only the first
    text = in_script(
        "2023年各省入围城市\n"
        "1、浙江11个:最次的丽水可支配收入为47182元。\n\n"
        "2、江苏3个:苏州74076元、南京72112元、无锡69016元,入围城市占省内城市数量的23%;\n")
    got = {(f.region_name, f.indicator, f.quantity.value)
           for f in plantrack.extract(text).facts if f.quantity.unit == "CNY"}
    assert got == {("丽水市", "disposable_income", Decimal("47182")),
                   ("苏州市", "disposable_income", Decimal("74076")),
                   ("南京市", "disposable_income", Decimal("72112")),
                   ("无锡市", "disposable_income", Decimal("69016"))}


def test_regions_named_once_leading_their_clause_with_a_change_each_own_it(
        in_script: InScript) -> None:
    # a short form named once, far from the document's region, may be a piece of a word
    # (河南大街); one opening its clause with a change and its figure is the place (湖北
    # 增长8.1%), a fall said before the figure (同比下降) as much as a rise
    text = in_script("2015年1-2月中部出口情况\n1-2月,中部地区出口304亿美元,同比增长29.7%。"
                     "湖北增长8.1%,湖南增长1.1%。吉林同比下降8.1%。")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts
           if f.region_name != "全国"}
    assert got == {("湖北省", "exports", Decimal("8.1")), ("湖南省", "exports", Decimal("1.1")),
                   ("吉林省", "exports", Decimal("-8.1"))}


def test_a_list_after_a_lead_in_naming_no_indicator_goes_on_with_the_paragraph_before(
        in_script: InScript) -> None:
    # 财力从高到低依次排列为: leads in to the list and names no catalogue indicator: the
    # list's figures are of the one named above it (财政收入)
    text = in_script(
        "安徽各市一季度财政收入\n\n今天我们来了解一下安徽各市2023年一季度财政收入是多少。\n\n"
        "财力从高到低依次排列为:\n\n合肥市285亿元,芜湖市104亿元,滁州市91.4亿元。\n")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts}
    assert got == {("合肥市", "general_budget_revenue", Decimal("28500000000")),
                   ("芜湖市", "general_budget_revenue", Decimal("10400000000")),
                   ("滁州市", "general_budget_revenue", Decimal("9140000000"))}


def test_a_paragraph_naming_no_indicator_goes_on_with_the_one_above(
        in_script: InScript) -> None:
    # 收入增速来看,…南平和三明…增速分别为…: a paragraph that names no indicator at all
    # goes on with the one above; not past a numbered heading (三、县区增速), nor in a
    # breakdown by kinds (分类别看), nor where a name out of the catalogue stands
    # (限上单位零售额: the units above the quota's sales, no retail total)
    text = in_script(
        "2017年福建各市收入\n2017年厦门居民人均可支配收入46630元。\n"
        "收入增速来看,南平和三明高于全省平均水平,增速分别为9.1%和8.9%。\n"
        "2017年,全市社会消费品零售总额增长5%。\n三、县区增速正负各半\n"
        "其中,泉州增长4.7%,福州增长4.4%。\n"
        "2017年,宁德社会消费品零售总额增长6%。\n分类别看,鲜果类涨幅较高,龙岩增长30.9%。\n"
        "2017年,莆田社会消费品零售总额增长7%。\n限上单位零售额中,漳州增长3.1%。\n")
    got = {(f.region_name, f.indicator, f.quantity.value) for f in plantrack.extract(text).facts
           if f.indicator != "other"}
    assert got == {("厦门市", "disposable_income", Decimal(46630)),
                   ("南平市", "disposable_income", Decimal("9.1")),
                   ("三明市", "disposable_income", Decimal("8.9")),
                   ("宁德市", "retail_sales", Decimal(6)), ("莆田市", "retail_sales", Decimal(7)),
                   ("漳州市", "retail_above_quota", Decimal("3.1")),
                   ("", "retail_sales", Decimal(5))}  # (全市 of a page naming no city: none)


def test_a_rankings_long_lead_frames_the_regions_of_the_indicator_named_before(
        in_script: InScript) -> None:
    # the lead (湖北13城的制造实力排名依次为) names no indicator and no part of one: each
    # bracketed figure is its region's, of the indicator the clause before named
    text = ("2021年,根据最新的规上工业总产值数据,湖北13城的制造实力排名依次为武汉(6521.3亿元)、"
            "宜昌(3020.5亿元)、襄阳(2870.1亿元)。\n")
    facts = plantrack.extract(in_script(text)).facts
    assert {(f.region, f.indicator, f.quantity.value) for f in facts} == {
        ("420100", "industrial_output", Decimal("652130000000.0")),
        ("420500", "industrial_output", Decimal("302050000000.0")),
        ("420600", "industrial_output", Decimal("287010000000.0")),
    }


def test_a_regions_scope_in_brackets_keeps_it_first_of_the_list_before_fenbie(
        in_script: InScript) -> None:
    # 儋州(含洋浦)、海口、三亚…分别: the bracket is 儋州's scope, and 儋州 the first region
    text = ("2023年,儋州(含洋浦)、海口、三亚3大外贸重点市分别进出口1075.7亿元、790.1亿元和"
            "242.3亿元,分别增长13.1%、30.5%和13.1%。\n")
    facts = plantrack.extract(in_script(text)).facts
    assert {(f.region, f.quantity.value) for f in facts if f.indicator == "foreign_trade"} == {
        ("460400", Decimal("107570000000.0")), ("460100", Decimal("79010000000.0")),
        ("460200", Decimal("24230000000.0")), ("460400", Decimal("13.1")),
        ("460100", Decimal("30.5")), ("460200", Decimal("13.1"))}
