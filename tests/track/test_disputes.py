"""Results restated with different figures: shown as disputed, never silently merged."""

from __future__ import annotations

import json
from decimal import Decimal

from plantrack.track.scorecard import build_scorecard, scorecard_to_json


def card_of(facts, *extractions):
    return build_scorecard(list(extractions), catalog=facts.catalog)


def test_two_documents_with_different_figures_for_one_result_are_a_dispute(facts):
    goal = facts.goal("projects", 30, comparator=">=")
    first = facts.result("projects", 16, period="2023H1", document="mid-year.txt")
    other = facts.result("projects", 12, period="2023H1", document="round-up.txt")
    (row,) = card_of(facts, facts.extraction(goal), facts.extraction(first),
                     facts.extraction(other)).rows
    # the first given is the row's result; the other figure is kept beside it
    assert row.result == first
    assert row.disputed
    (dispute,) = row.result_conflicts
    assert dispute.result == other
    assert dispute.description == (
        "round-up.txt (“" + other.provenance.quote + "”) reports 12个 for 2023H1, "
        "against 16个 in mid-year.txt")
    # 16 of an expected 15 is on track; 12 would be behind (pace 80 %)
    assert (row.status, row.expected, row.pace) == ("on_track", Decimal(15), Decimal("1.0667"))
    assert dispute.status == "behind"
    assert [(s.role, s.document) for s in row.sources] == [
        ("target", "plan.txt"), ("result", "mid-year.txt"), ("disputed", "round-up.txt")]


def test_the_same_figure_in_two_documents_is_agreement_not_dispute(facts):
    goal = facts.goal("projects", 30)
    a = facts.result("projects", 16, period="2023H1", document="a.txt")
    b = facts.result("projects", 16, period="2023H1", document="b.txt")
    (row,) = card_of(facts, facts.extraction(goal, a), facts.extraction(b)).rows
    assert not row.disputed
    assert row.result_conflicts == ()
    assert [(s.role, s.document) for s in row.sources] == [
        ("target", "plan.txt"), ("result", "a.txt"), ("result", "b.txt")]


def test_other_periods_measures_and_regions_are_not_disputes(facts):
    goal = facts.goal("gdp", 1200e8)
    chosen = facts.result("gdp", 630e8, period="2023H1")
    (row,) = card_of(facts, facts.extraction(
        goal, chosen,
        facts.result("gdp", 300e8, period="2023Q1"),                      # earlier period
        facts.result("gdp", 7, measure="growth", period="2023H1"),        # a growth
        facts.result("gdp", 500e8, period="2023H1", region="320685"),     # another county
    )).rows
    assert row.result == chosen
    assert not row.disputed


def test_a_figure_in_another_unit_disputes_too(facts):
    goal = facts.goal("gdp", "6.5", measure="growth")
    chosen = facts.result("gdp", "7", measure="growth", period="2023H1")
    points = facts.result("gdp", "1.5", measure="growth", period="2023H1",
                          unit="percentage_point", document="other.txt")
    (row,) = card_of(facts, facts.extraction(goal, chosen), facts.extraction(points)).rows
    assert row.result == chosen
    assert row.status == "on_track"
    (dispute,) = row.result_conflicts
    assert "1.5个百分点" in dispute.description
    assert dispute.status == "not_comparable"


def test_a_dispute_on_a_row_that_cannot_be_judged_carries_no_status(facts):
    goal = facts.goal("firms", 500, period="2025")
    a = facts.result("firms", 60, measure="increase", period="2025H1", document="a.txt")
    b = facts.result("firms", 65, measure="increase", period="2025H1", document="b.txt")
    (row,) = card_of(facts, facts.extraction(goal, a), facts.extraction(b)).rows
    assert row.status == "not_comparable"
    assert row.result == a
    (dispute,) = row.result_conflicts
    assert (dispute.result, dispute.status) == (b, None)


def test_json_rows_carry_the_disputed_figures(facts):
    goal = facts.goal("projects", 30, comparator=">=", modality="ensure")
    card = card_of(facts, facts.extraction(goal),
                   facts.extraction(facts.result("projects", 16, period="2023H1",
                                                 document="mid-year.txt")),
                   facts.extraction(facts.result("projects", 12, period="2023H1",
                                                 document="round-up.txt")))
    data = json.loads(json.dumps(scorecard_to_json(card), ensure_ascii=False))
    (row,) = data["rows"]
    assert row["modality"] == "ensure"
    assert row["disputed"] is True
    (dispute,) = row["result_conflicts"]
    assert dispute["status"] == "behind"
    assert (dispute["result"]["document"], dispute["result"]["value"],
            dispute["result"]["period"]) == ("round-up.txt", 12, "2023H1")
    assert row["result"]["value"] == 16
    assert [s["role"] for s in row["sources"]] == ["target", "result", "disputed"]


def test_json_rows_without_dispute(facts):
    card = card_of(facts, facts.extraction(facts.goal("projects", 30)))
    (row,) = scorecard_to_json(card)["rows"]
    assert (row["disputed"], row["result_conflicts"], row["modality"]) == (False, [], "plan")
