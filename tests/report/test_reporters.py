"""Each reporter on real rows (the gold of the seeds and the dev corpus): structure and
key values, at 80 columns and wide, through the registry and the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from rich.cells import cell_len
from rich.console import Console

from plantrack.components import ReportOptions
from plantrack.plugins import get_registry
from plantrack.report.rows import row_text
from plantrack.track.status import STATUS_LABELS

OPTIONS = ReportOptions(width=80)
SGR_COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7]|38;)[0-9;]*m")


def reporter(name):
    return get_registry().reporters[name]


def render(renderable, width):
    console = Console(width=width, record=True, no_color=True, force_terminal=False,
                      highlight=False)
    console.print(renderable)
    return console.export_text()


def row_values(row):
    t = row_text(row)
    values = [t.target, STATUS_LABELS[row.status], t.result if row.result else None,
              t.result_period or None, *t.result_conflicts]
    return [v for v in values if v]


@pytest.mark.parametrize("width", [80, 96, 100, 119, 120, 121, 125, 140])
def test_rich_scorecard_keeps_every_rows_values_within_the_width(card, width):
    text = render(reporter("rich").report_scorecard(card, OPTIONS), width)
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    flat = "".join(text.split())
    for number, row in enumerate(card.rows, start=1):
        for value in row_values(row):
            assert value in text, (number, value)
        assert f"[{number}]" in text
        for source in row.sources:  # every quote, in the row's footnote
            assert "".join(source.quote.split()) in flat
        assert "".join(row.explanation.split()) in flat
    for summary in card.regions:
        assert f"{summary.name}  {summary.region}" in text


def test_rich_wide_layout_has_bars_and_expected(card):
    text = render(reporter("rich").report_scorecard(card, OPTIONS), 140)
    header = next(line for line in text.splitlines() if "indicator" in line)
    for column in ("period", "expected", "pace", "status"):
        assert column in header
    sci = next(r for r in card.rows if r.region == "320612"
               and r.indicator == "sci_tech_projects" and str(r.period) == "2023")
    line = next(line for line in text.splitlines() if "≥180个" in line)
    assert "██████████ 160%" in line
    assert "30个" in line
    assert "on track" in line
    assert sci.status == "on_track"
    assert "≠ 180个 (restated)" in text


def test_rich_narrow_layout_folds_columns_into_cells(card):
    text = render(reporter("rich").report_scorecard(card, OPTIONS), 80)
    header = next(line for line in text.splitlines() if "indicator" in line)
    assert "expected" not in header
    assert "period" not in header
    assert "expected 30个" in text
    assert "pace 160%" in text


def test_rich_extractions_show_facts_with_quotes(extractions):
    text = render(reporter("rich").report_extractions(extractions[:3], OPTIONS), 120)
    for e in extractions[:3]:
        assert e.document in text
        for fact in e.facts:
            assert "".join(fact.provenance.quote.split())[:8] in "".join(text.split())
    assert "880.5亿元" in text


def test_json_scorecard_rows(card):
    data = json.loads(reporter("json").report_scorecard(card, OPTIONS))
    assert len(data["rows"]) == len(card.rows)
    statuses = {r["status"] for r in data["rows"]}
    assert statuses >= {"met", "on_track", "no_result"}
    assert statuses & {"behind", "missed"}
    row = next(r for r in data["rows"] if r["indicator"] == "sci_tech_projects"
               and r["period"] == "2023" and r["region"] == "320612")
    assert (row["expected"], row["pace"], row["status"]) == (30, 1.6, "on_track")
    assert row["target"]["quote"] == "新招引科創項目180個以上"
    assert row["result"]["value"] == 48
    assert row["conflicts"][0]["target"]["comparator"] == "="
    lines = reporter("jsonl").report_scorecard(card, OPTIONS).splitlines()
    assert [json.loads(line)["status"] for line in lines] == [r.status for r in card.rows]


def test_csv_scorecard_rows(card):
    rows = list(csv.DictReader(io.StringIO(reporter("csv").report_scorecard(card, OPTIONS))))
    assert len(rows) == len(card.rows)
    row = next(r for r in rows if r["indicator"] == "major_projects_started"
               and r["period"] == "2023")
    assert (row["status"], row["expected"], row["pace"], row["target_text"]) == (
        "on_track", "4.5", "3.5556", "确保27个")
    assert (row["modality"], row["disputed"], row["result_conflicts"]) == ("ensure", "", "")
    assert "below" in row["conflicts"]
    assert "通州16个产业项目集中开工" in row["sources"]
    assert row["result_period"] == "2023-01..2023-02"


def test_csv_extractions_one_row_per_fact_and_per_project(extractions):
    text = reporter("csv").report_extractions(extractions, OPTIONS)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(len(e.facts) + len(e.projects) for e in extractions)
    projects = [r for r in rows if r["kind"] == "project"]
    assert len(projects) == sum(len(e.projects) for e in extractions)
    assert all(r["project_name"] and r["project_status"] for r in projects)
    first = rows[0]
    assert set(first) >= {"kind", "region", "indicator", "measure", "value", "unit",
                          "comparator", "period", "quote", "span_start", "span_end"}
    gdp = next(r for r in rows if r["quote"] == "通州實現地區生產總值880.5億元")
    assert (gdp["value"], gdp["unit"], gdp["period"]) == ("88050000000", "CNY", "2023H1")


def test_markdown_scorecard_and_extractions(card, extractions):
    text = reporter("markdown").report_scorecard(card, OPTIONS)
    assert text.count("\n## ") == len(card.regions)
    table_rows = [line for line in text.splitlines() if line.startswith("| [")]
    assert len(table_rows) == len(card.rows)
    assert any("≥180个<br>≠ 180个 (restated)" in line and "on track" in line
               for line in table_rows)
    assert f"\n{len(card.rows)}. " in text  # the last footnote
    facts = reporter("markdown").report_extractions(extractions[:1], OPTIONS)
    assert facts.count("\n| target |") == len(extractions[0].facts)


# --- through the command line ---------------------------------------------------------


def run_cli(*args, **env):
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full |= {"COLUMNS": "80", **env}
    return subprocess.run([sys.executable, "-m", "plantrack.cli", *args], env=full,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_cli_scorecard_piped_has_no_escape_codes():
    done = run_cli("scorecard")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "[1]" in done.stdout
    assert "no result yet" in done.stdout
    assert max(cell_len(line) for line in done.stdout.splitlines()) <= 80


def test_cli_honours_no_color_on_a_terminal():
    coloured = run_cli("scorecard", FORCE_COLOR="1")
    assert SGR_COLOUR.search(coloured.stdout)
    plain = run_cli("scorecard", FORCE_COLOR="1", NO_COLOR="1")
    assert not SGR_COLOUR.search(plain.stdout)


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "rich"])
def test_cli_formats_and_filters(fmt):
    done = run_cli("scorecard", "--format", fmt, "--status", "no_result")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    if fmt == "json":
        assert {r["status"] for r in json.loads(done.stdout)["rows"]} <= {"no_result"}


def test_rich_header_shows_a_written_year_with_how_it_was_read():
    import plantrack

    text = ("湖北省十三届人大五次会议开幕，省长作政府工作报告。\n"
            "2021年湖北的主要预期目标是，地区生产总值增长10%以上。")
    extraction = plantrack.extract(text)
    shown = render(reporter("rich").report_extractions([extraction], OPTIONS), 100)
    assert "year: 2021 (written)" in shown
    assert extraction.context.year.label == "written"
