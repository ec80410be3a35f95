"""Figures printed in a unit no region's total could have (extract/magnitude.py)."""

from __future__ import annotations

from decimal import Decimal

import plantrack


def _levels(text: str, **options: object) -> tuple[set[tuple[str, Decimal]], list[str]]:
    extraction = plantrack.extract(text, **options)  # type: ignore[arg-type]
    return ({(f.region_name, f.quantity.value) for f in extraction.facts
             if f.measure == "level"}, list(extraction.warnings))


def test_a_header_in_yi_over_cells_in_wan_yi_is_read_in_wan_yi() -> None:
    text = ("2023年各省GDP\n序号 | 省份 | 2023年GDP(亿元) | 增速(%) |\n"
            "1 | 广东 | 13.57 | 4.8 |\n2 | 江苏 | 12.82 | 5.8 |\n3 | 山东 | 9.21 | 6 |\n"
            "4 | 西藏 | 0.24 | 9.5 |\n")
    levels, warnings = _levels(text)
    assert levels == {("广东省", Decimal("13570000000000")), ("江苏省", Decimal("12820000000000")),
                      ("山东省", Decimal("9210000000000")), ("西藏自治区", Decimal("240000000000"))}
    assert any("unit" in w for w in warnings)
    facts = plantrack.extract(text).facts
    assert all("unit" in f.uncertain for f in facts if f.measure == "level")


def test_a_citys_gdp_in_yuan_without_its_yi_is_read_in_yi() -> None:
    text = ("2016年银川GDP为1617.28人民币;2016年石嘴山GDP为513.57人民币;"
            "2016年吴忠GDP为442.40人民币;2016年中卫GDP为339.01人民币。")
    levels, _ = _levels(text, region="640000")
    assert levels == {("银川市", Decimal("161728000000")), ("石嘴山市", Decimal("51357000000")),
                      ("吴忠市", Decimal("44240000000")), ("中卫市", Decimal("33901000000"))}


def test_figures_in_range_a_lone_odd_one_and_an_old_years_small_ones_stay() -> None:
    text = ("2023年各省GDP\n序号 | 省份 | 2023年GDP(亿元) |\n1 | 广东 | 135673 |\n"
            "2 | 江苏 | 128222 |\n3 | 上海 | 447 |\n")
    levels, warnings = _levels(text)
    assert ("上海市", Decimal("44700000000")) in levels  # (a typo, not a unit)
    assert not any("unit" in w for w in warnings)
    old = ("厦门市国内生产总值\n年份 | 国内生产总值(万元) |\n1958 | 12977 |\n1959 | 17010 |\n"
           "1960 | 16635 |\n")
    levels, warnings = _levels(old, region="350200")
    assert ("厦门市", Decimal("129770000")) in levels
    assert not any("unit" in w for w in warnings)
