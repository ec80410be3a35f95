"""The scorecard on the gold annotations of the seeds and of ../shared/corpus/dev."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from plantrack.api import catalog_of
from plantrack.convert import extraction_from_json
from plantrack.track.scorecard import build_scorecard

TONGZHOU = "320612"


@pytest.fixture(scope="module")
def gold(shared):
    return [extraction_from_json(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((shared / "gold").glob("*.json"))]


@pytest.fixture(scope="module")
def dev(shared):
    return [extraction_from_json(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((shared / "corpus" / "dev").glob("*.json"))]


def rows_by_key(card):
    return {(r.region, r.indicator, r.measure, str(r.period), r.per): r for r in card.rows}


def test_tongzhou_2023_targets_meet_the_2023_results_with_their_pace(gold):
    rows = rows_by_key(build_scorecard(gold, catalog=catalog_of()))
    sci = rows[TONGZHOU, "sci_tech_projects", "level", "2023", None]
    assert sci.status == "on_track"
    assert (sci.expected, sci.pace) == (Decimal(30), Decimal("1.6"))
    assert {s.document for s in sci.sources} == {
        "002_0d6ca765d7ace66e.txt", "004_039654131e6fe34c.txt", "003_2d18ca08180cd2e7.txt"}
    # 180个以上 (mid-year report) against 180个 (round-up): shown, not merged away
    assert [c.kind for c in sci.conflicts] == ["restatement"]
    started = rows[TONGZHOU, "major_projects_started", "level", "2023", None]
    assert started.expected == Decimal("4.5")
    assert started.status == "on_track"
    assert len(started.sources) == 3  # stated twice, one result
    # a 2023 target of 27 against the five-year plan's 30 per year
    assert any(c.kind == "per_year" and "below" in c.description for c in started.conflicts)


def test_five_year_plan_per_year_targets_meet_the_2023_figures(gold):
    rows = rows_by_key(build_scorecard(gold, catalog=catalog_of()))
    signed = rows[TONGZHOU, "major_projects_signed", "level", "2021..2025", "year"]
    started = rows[TONGZHOU, "major_projects_started", "level", "2021..2025", "year"]
    assert str(signed.compared_period) == str(started.compared_period) == "2023"
    assert signed.status == "met"
    assert (started.status, started.expected, started.pace) == ("on_track", 5, Decimal("3.2"))
    assert rows[TONGZHOU, "urban_registered_unemployment_rate", "level", "2021..2025",
                "year"].status == "no_result"


def test_2024_targets_and_the_other_counties_are_no_result_yet(gold):
    card = build_scorecard(gold, catalog=catalog_of())
    tongzhou_2024 = [r for r in card.rows if r.region == TONGZHOU and str(r.period) == "2024"]
    assert len(tongzhou_2024) == 16
    assert {r.status for r in tongzhou_2024} == {"no_result"}
    others = [r for r in card.rows if r.region not in (TONGZHOU, None)]
    assert {r.region_name for r in others} >= {"海安市", "如皋市", "如东县", "启东市",
                                               "海门区", "崇川区"}
    assert {r.status for r in others} == {"no_result"}


def test_region_filter_by_parent_keeps_the_counties(gold):
    nantong = catalog_of().gazetteer.lookup("南通市")[0].code
    card = build_scorecard(gold, catalog=catalog_of(), region=nantong)
    assert len({r.region for r in card.rows}) == 7
    assert build_scorecard(gold, catalog=catalog_of(), region="320685").regions[0].total == 5


def test_seeds_and_dev_together(gold, dev):
    card = build_scorecard([*gold, *dev], catalog=catalog_of())
    rows = rows_by_key(card)
    # the 2024 plan reports 2024: the seeds' 2024 targets now have results
    assert rows[TONGZHOU, "gdp", "growth", "2024", None].status == "met"
    revenue = rows[TONGZHOU, "general_budget_revenue", "growth", "2024", None]
    assert revenue.status == "missed"  # 2024's whole year against 2024's target
    assert "1.3 points" in revenue.explanation
    firms = rows[TONGZHOU, "four_above_enterprises", "increase", "2024", None]
    assert (firms.status, firms.pace) == ("missed", Decimal("0.7925"))
    # the per-year plan target now meets the latest year
    started = rows[TONGZHOU, "major_projects_started", "level", "2021..2025", "year"]
    assert str(started.compared_period) == "2024"
    # 3.2% against 3%左右: within the tolerance, met (the text says so too)
    assert rows["510000", "cpi", "growth", "2019", None].status == "met"
    # Beijing's 通州 is not Nantong's
    assert all(r.region != "110112" for r in card.rows)
    assert card.regions[0].region == "100000"  # the country first, then provinces
    codes = [s.region for s in card.regions]
    assert codes.index("440000") < codes.index("440100")  # 广东省 before 广州市
