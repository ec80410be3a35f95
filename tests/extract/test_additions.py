"""Counts of enterprises added in a period (新增, 入库) and the change of the addition
itself: texts written here, in both scripts."""

from __future__ import annotations

from decimal import Decimal

from tests.extract.scripts import InScript

import plantrack


def _facts(text: str) -> set[tuple[str, str, Decimal]]:
    return {(f.indicator, f.measure, f.quantity.value) for f in plantrack.extract(text).facts}


def test_enterprises_entered_into_the_register_are_an_addition(in_script: InScript) -> None:
    # 入库 (entered in the period) adds to the count; 在库 (in the register) is the count
    got = _facts(in_script("2020年1-8月,广元市入库四上企业80个,入库规模以上工业企业22个。"
                           "截至8月底,全市在库四上企业1347个。"))
    assert got == {("four_above_enterprises", "increase", Decimal("80")),
                   ("industrial_enterprises_above_scale", "increase", Decimal("22")),
                   ("four_above_enterprises", "level", Decimal("1347"))}


def test_the_change_of_an_addition_is_no_measure_of_the_count(in_script: InScript) -> None:
    # 同比增加4个, 增长5.2%: more entered than a year before, not the count's change; the
    # total said after (总数达到512家) is the count's level
    assert _facts(in_script("2020年,广元市入库四上企业80个,同比增加4个,增长5.2%。")) == {
        ("four_above_enterprises", "increase", Decimal("80"))}
    assert _facts(in_script("2023年,全市新增高新技术企业86家,同比增长20%,总数达到512家。")) == {
        ("high_tech_enterprises", "increase", Decimal("86")),
        ("high_tech_enterprises", "level", Decimal("512"))}
    # (a count's own growth, no addition named before it, stays)
    assert ("high_tech_enterprises", "growth", Decimal("20")) in _facts(
        in_script("2023年,全市高新技术企业达到512家,增长20%。"))
