"""Linking across documents, restatements and conflicts, filters, order, JSON."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from plantrack.errors import UsageError
from plantrack.track.scorecard import build_scorecard, scorecard_to_json


def card_of(facts, *extractions, **filters):
    return build_scorecard(list(extractions), catalog=facts.catalog, **filters)


def test_latest_result_wins_across_documents(facts):
    goal = facts.goal("projects", 30, comparator=">=")
    card = card_of(facts,
                   facts.extraction(goal, document="plan.txt"),
                   facts.extraction(facts.result("projects", 5, period="2023Q1"),
                                    facts.result("projects", 12, period="2023H1",
                                                 document="h1.txt"),
                                    facts.result("projects", 9, period="2023-01..2023-05"),
                                    document="reports.txt"))
    (row,) = card.rows
    assert row.result is not None
    assert str(row.result.period) == "2023H1"
    assert row.status == "behind"  # 12 of an expected 15: pace 80 %
    assert [s.role for s in row.sources] == ["target", "result"]
    assert row.sources[1].document == "h1.txt"


def test_restatements_become_one_row_and_disagreements_are_kept(facts):
    first = facts.goal("projects", 180, comparator=">=", document="mid-year.txt")
    same = facts.goal("projects", 180, comparator=">=", document="again.txt")
    other = facts.goal("projects", 180, document="round-up.txt")
    card = card_of(facts, facts.extraction(first), facts.extraction(same),
                   facts.extraction(other),
                   facts.extraction(facts.result("projects", 48, period="2023-01..2023-02")))
    (row,) = card.rows
    assert row.target == first
    assert row.restatements == (same, other)
    assert [(s.role, s.document) for s in row.sources] == [
        ("target", "mid-year.txt"), ("restatement", "again.txt"),
        ("restatement", "round-up.txt"), ("result", "report.txt")]
    (conflict,) = row.conflicts
    assert conflict.kind == "restatement"
    assert conflict.target == other
    assert "180个" in conflict.description
    assert "≥180个" in conflict.description
    assert conflict.status == "on_track"
    assert (row.expected, row.pace) == (Decimal(30), Decimal("1.6"))


def test_per_year_target_meets_a_result_in_one_year_of_its_span(facts):
    plan = facts.goal("projects", 30, comparator=">=", period="2021..2025", per="year")
    card = card_of(facts, facts.extraction(plan),
                   facts.extraction(facts.result("projects", 16, period="2023-01..2023-02"),
                                    facts.result("projects", 20, period="2022H1")))
    (row,) = card.rows
    assert str(row.compared_period) == "2023"
    assert row.compared_target == 30
    assert (row.expected, row.pace, row.status) == (Decimal(5), Decimal("3.2"), "on_track")
    assert "for 2023" in row.explanation


def test_per_year_target_over_two_years_doubles(facts):
    plan = facts.goal("projects", 30, comparator=">=", period="2021..2025", per="year")
    card = card_of(facts, facts.extraction(plan,
                                           facts.result("projects", 50, period="2021..2022")))
    (row,) = card.rows
    assert row.compared_target == 60
    assert row.status == "missed"


def test_a_years_target_below_the_plans_per_year_target_is_a_conflict_on_both(facts):
    plan = facts.goal("projects", 30, comparator=">=", period="2021..2025", per="year",
                      document="plan.txt")
    year = facts.goal("projects", 27, period="2023", document="mid-year.txt")
    card = card_of(facts, facts.extraction(plan), facts.extraction(year),
                   facts.extraction(facts.result("projects", 16, period="2023-01..2023-02")))
    by_period = {str(r.period): r for r in card.rows}
    yearly, planned = by_period["2023"], by_period["2021..2025"]
    assert [c.kind for c in yearly.conflicts] == ["per_year"]
    assert "below" in yearly.conflicts[0].description
    assert yearly.conflicts[0].target == plan
    assert planned.conflicts[0].target == year
    # each row is judged against its own target: the disagreement is shown, not merged
    assert yearly.expected == Decimal("4.5")
    assert planned.expected == Decimal(5)


def test_rows_are_grouped_parents_before_children_with_summaries(facts):
    card = card_of(facts, facts.extraction(
        facts.goal("projects", 30, region="320685"),
        facts.goal("projects", 30, region="320612"),
        facts.goal("projects", 30, region="320600"),
        facts.goal("gdp", 5, measure="growth", region="320600", period="2022"),
        facts.result("gdp", 6, measure="growth", region="320600", period="2022"),
    ))
    assert [r.region for r in card.rows] == ["320600", "320600", "320612", "320685"]
    assert [s.region for s in card.regions] == ["320600", "320612", "320685"]
    nantong = card.regions[0]
    assert nantong.name == "江苏省南通市"
    assert (nantong.count("met"), nantong.count("no_result"), nantong.total) == (1, 1, 2)
    assert card.regions[1].depth == nantong.depth + 1


def test_filters(facts):
    extraction = facts.extraction(
        facts.goal("projects", 30, region="320612"),
        facts.goal("projects", 30, region="320685", period="2024"),
        facts.goal("projects", 30, region="110112"),
        facts.goal("projects", 30, region="320612", period="2021..2025", per="year"),
        facts.result("projects", 30, region="320612"),
    )
    parent = card_of(facts, extraction, region="320600")
    assert {r.region for r in parent.rows} == {"320612", "320685"}
    assert {r.region for r in card_of(facts, extraction, region="320612").rows} == {"320612"}
    in_2023 = card_of(facts, extraction, period="2023")
    assert sorted(str(r.period) for r in in_2023.rows) == ["2021..2025", "2023", "2023"]
    met = card_of(facts, extraction, statuses=["met"])
    assert [r.status for r in met.rows] == ["met", "met"]
    no_result = card_of(facts, extraction, statuses=["no-result"])
    assert len(no_result.rows) == 2
    assert [s.total for s in no_result.regions] == [1, 1]


@pytest.mark.parametrize("bad", [{"statuses": ["done"]}, {"period": "next year"}])
def test_bad_filters_are_usage_errors(facts, bad):
    with pytest.raises(UsageError):
        card_of(facts, facts.extraction(facts.goal("projects", 1)), **bad)


def test_json_rows_have_the_facts_md_shape(facts):
    card = card_of(facts,
                   facts.extraction(facts.goal("projects", 180, comparator=">="),
                                    facts.goal("projects", 180, document="other.txt")),
                   facts.extraction(facts.result("projects", 48, period="2023-01..2023-02")))
    data = json.loads(json.dumps(scorecard_to_json(card), ensure_ascii=False))
    (row,) = data["rows"]
    for key in ("region", "region_name", "indicator", "measure", "period", "per", "target",
                "result", "status", "expected", "pace", "sources", "conflicts"):
        assert key in row
    assert row["target"]["kind"] == "target"
    assert row["target"]["comparator"] == ">="
    assert row["target"]["document"] == "plan.txt"
    assert row["result"]["value"] == 48
    assert row["result"]["period"] == "2023-01..2023-02"
    assert (row["status"], row["expected"], row["pace"]) == ("on_track", 30, 1.6)
    assert [s["role"] for s in row["sources"]] == ["target", "restatement", "result"]
    assert row["conflicts"][0]["target"]["document"] == "other.txt"
    assert data["regions"][0]["counts"]["on_track"] == 1
