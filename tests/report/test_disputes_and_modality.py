"""Every reporter shows a disputed result with both figures and their sources, and the
target's modality in its cell, on a small hand-made scorecard."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.cells import cell_len
from rich.console import Console

from plantrack.components import ReportOptions
from plantrack.plugins import get_registry
from plantrack.report.rows import footnote, legend, row_text

OPTIONS = ReportOptions(width=80)


def reporter(name):
    return get_registry().reporters[name]


def render(card, width):
    console = Console(width=width, record=True, no_color=True, force_terminal=False,
                      highlight=False)
    console.print(reporter("rich").report_scorecard(card, OPTIONS))
    return console.export_text()


def by_indicator(card, indicator):
    return next(r for r in card.rows if r.indicator == indicator)


def test_the_rows_of_the_hand_made_card(hand_card):
    started = by_indicator(hand_card, "major_projects_started")
    assert started.status == "on_track"  # 16 against an expected 15
    assert started.result is not None
    assert started.result.quantity.value == 16
    assert [c.status for c in started.result_conflicts] == ["behind"]  # 12: pace 80 %
    cells = row_text(started)
    assert cells.target == "确保≥30个"
    assert cells.result_conflicts == ("≠ 12个 disputed",)
    assert row_text(by_indicator(hand_card, "rd_intensity")).target == "力争3%"
    assert row_text(by_indicator(hand_card, "gdp")).target == "≥6.5%"  # a plan: no mark


def test_footnote_lists_both_figures_with_their_sources(hand_card):
    note = footnote(by_indicator(hand_card, "major_projects_started"))
    assert "result: mid-year.txt “上半年新开工重大项目16个”" in note
    assert "disputed result: round-up.txt “上半年开工重大项目12个”" in note
    assert ("Disputed: round-up.txt (“上半年开工重大项目12个”) reports 12个 for 2023H1, "
            "against 16个 in mid-year.txt (against it: behind).") in note
    assert "target (确保): plan.txt “确保新开工重大项目30个以上”" in note


def test_legend_explains_the_marks():
    text = legend()
    assert "确保 (ensure)" in text
    assert "力争 (strive)" in text
    assert "disputed" in text


@pytest.mark.parametrize("width", [60, 80, 96, 100, 120, 140])
def test_rich_shows_dispute_and_modality_within_the_width(hand_card, width):
    text = render(hand_card, width)
    assert max(cell_len(line) for line in text.splitlines()) <= width
    for value in ("确保≥30个", "力争3%", "≥6.5%", "16个", "≠ 12个 disputed", "on track",
                  "no result yet"):
        assert value in text, value
    flat = "".join(text.split())
    assert "上半年开工重大项目12个" in flat
    assert "Disputed:round-up.txt" in flat
    line = next(line for line in text.splitlines() if "≠ 12个 disputed" in line)
    if "latest result" in text.splitlines()[1]:  # a table: the dispute under the result
        assert line.index("≠ 12个 disputed") > text.splitlines()[1].index("latest result") - 2
    else:  # too narrow for columns: stacked, the dispute on the row's result line
        before = text.split("≠ 12个 disputed")[0].splitlines()
        assert before[-2].lstrip().startswith("result:")


def test_json_and_jsonl(hand_card):
    data = json.loads(reporter("json").report_scorecard(hand_card, OPTIONS))
    row = next(r for r in data["rows"] if r["indicator"] == "major_projects_started")
    assert (row["disputed"], row["modality"], row["result"]["value"]) == (True, "ensure", 16)
    (dispute,) = row["result_conflicts"]
    assert (dispute["status"], dispute["result"]["value"], dispute["result"]["document"],
            dispute["result"]["quote"]) == ("behind", 12, "round-up.txt", "上半年开工重大项目12个")
    lines = [json.loads(line) for line in
             reporter("jsonl").report_scorecard(hand_card, OPTIONS).splitlines()]
    assert [r["disputed"] for r in lines] == [r.disputed for r in hand_card.rows]
    assert sorted(r["modality"] for r in lines) == ["ensure", "plan", "strive"]


def test_csv(hand_card):
    rows = list(csv.DictReader(io.StringIO(reporter("csv").report_scorecard(hand_card,
                                                                            OPTIONS))))
    started = next(r for r in rows if r["indicator"] == "major_projects_started")
    assert (started["modality"], started["target_text"], started["result_value"],
            started["disputed"]) == ("ensure", "确保≥30个", "16", "yes")
    assert "reports 12个 for 2023H1" in started["result_conflicts"]
    assert "disputed result: round-up.txt" in started["sources"]
    gdp = next(r for r in rows if r["indicator"] == "gdp")
    assert (gdp["modality"], gdp["target_text"], gdp["disputed"],
            gdp["result_conflicts"]) == ("plan", "≥6.5%", "", "")


def test_markdown(hand_card):
    text = reporter("markdown").report_scorecard(hand_card, OPTIONS)
    line = next(line for line in text.splitlines() if line.startswith("| [")
                and "确保≥30个" in line)
    assert "16个 (2023H1)<br>≠ 12个 disputed" in line
    assert "on track" in line
    assert "Disputed: round-up.txt" in text
    assert any("力争3%" in line for line in text.splitlines() if line.startswith("| ["))


@pytest.mark.parametrize("width", range(112, 131))
def test_rich_never_cuts_a_cell_near_the_wide_layouts_width(crowded_card, width):
    # Rich laid the wide table out one column too wide at 120: "… no result ye"
    text = render(crowded_card, width)
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert not [line for line in lines
                if line.rstrip().endswith(("no result ye", "no result y", "on trac"))]
    assert sum("… no result yet" in line for line in lines if line[:4].strip().isdigit()) == 9
    for row in crowded_card.rows:
        for value in (row_text(row).target, row_text(row).status):
            assert value in text, (width, value)
