"""A province's cities' targets and a sample of cities' figures as news round-ups and
research notes give them: texts written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

import plantrack

_OPENING = "1月上旬,湖南14个市州人代会相继开幕,审议当地政府工作报告。"


def _facts(text: str) -> set[tuple[str, str | None, str, str, Decimal, str]]:
    return {(type(f).__name__, f.region, f.indicator, f.quantity.comparator,
             f.quantity.value, str(f.period)) for f in plantrack.extract(text).facts}


def test_cities_listed_before_their_kind_and_a_year_share_the_target(in_script: InScript) -> None:
    text = in_script(_OPENING + "除长沙以外,株洲、湘潭、衡阳等市也将2024年GDP增速目标定为6.5%。\n")
    assert _facts(text) == {("Goal", code, "gdp", "=", Decimal("6.5"), "2024")
                            for code in ("430200", "430300", "430400")}


def test_cities_after_another_ones_target_keep_their_own(
        in_script: InScript) -> None:
    text = in_script(_OPENING + "岳阳2024年GDP增速目标为6%左右,常德、益阳则是6.5%以上,"
                     "郴州是7%左右。\n")
    assert _facts(text) == {("Goal", "430600", "gdp", "~", Decimal("6"), "2024"),
                            ("Goal", "430700", "gdp", ">=", Decimal("6.5"), "2024"),
                            ("Goal", "430900", "gdp", ">=", Decimal("6.5"), "2024"),
                            ("Goal", "431000", "gdp", "~", Decimal("7"), "2024")}


def test_many_places_share_no_figure_of_the_whole(in_script: InScript) -> None:
    assert _facts(in_script(_OPENING + "多地均将2024年GDP增速目标拟定为6%及以上。\n")) == set()


def test_a_figure_right_after_last_year_is_last_years(in_script: InScript) -> None:
    text = in_script(_OPENING + "而永州市则将2024年GDP增速目标明确为5.5%,较上年6.5%的目标"
                     "增速有所下调。\n")
    assert _facts(text) == {("Goal", "431100", "gdp", "=", Decimal("5.5"), "2024"),
                            ("Goal", "431100", "gdp", "=", Decimal("6.5"), "2023")}


def test_a_samples_largest_city_and_median(in_script: InScript) -> None:
    # the largest city named after 最大的为, its size in the next clause; the sample's
    # median and where most cities lie are no city's figure
    text = in_script(
        "华中地区40个样本中,2019年GDP体量最大的为武汉,规模达1.62万亿,中位数为2010亿元。"
        "华中地区GDP规模多处于1000-3000亿元,占比60%。2019年一般公共预算收入最大的为武汉市,"
        "为1585亿元,华中地区40个样本中一般公共预算收入的中位数为150亿元。\n")
    assert _facts(text) == {
        ("Result", "420100", "gdp", "=", Decimal("1620000000000.00"), "2019"),
        ("Result", "420100", "general_budget_revenue", "=", Decimal("158500000000"), "2019")}
