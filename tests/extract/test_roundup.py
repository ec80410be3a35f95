"""Round-up style: a city lead, then county sections under their headings."""

from __future__ import annotations

from plantrack.testing import run_extractor

ROUNDUP = ("上半年南通实现地区生产总值5000亿元,形成各县市区比学赶超格局。\n"
           "如东县\n"
           "【竞技场】某新能源有限公司三期项目投产,园区累计完成规上工业产值90亿元。\n"
           "【施工图】如东县委明确,下半年将聚焦项目建设:\n"
           "全年招引科创项目不少于120个。\n"
           "啟東市\n"
           "【任務狀】啟東市委書記:確保全年淨增高企50家。\n")


def test_headings_set_the_region_and_markers_the_kind() -> None:
    extraction = run_extractor("round-up", ROUNDUP, year=2023)
    facts = {f.indicator: f for f in extraction.facts}
    assert (facts["gdp"].kind, facts["gdp"].region) == ("result", "320600")
    projects = facts["sci_tech_projects"]
    assert (projects.kind, projects.region, projects.quantity.comparator) == (
        "target", "320623", ">=")
    net = facts["high_tech_enterprises"]
    assert (net.region, net.measure, net.modality) == ("320681", "increase", "ensure")


def test_parks_numbers_are_not_region_facts() -> None:
    extraction = run_extractor("round-up", ROUNDUP, year=2023)
    assert all(f.indicator != "industrial_output" for f in extraction.facts)
