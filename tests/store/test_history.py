"""History over the national series: from documents, from saved JSON, from the store."""

from __future__ import annotations

import json

import pytest

import plantrack
from plantrack.cli import main


def test_history_of_national_gdp_growth(national):
    extractions = list(plantrack.extract_batch([national]))
    found = plantrack.api.history(extractions, region="100000", indicator="gdp",
                                  measure="growth")
    by_year = {str(r.period): r for r in found.rows}
    assert list(by_year) == ["2018", "2019", "2020", "2021", "2022", "2023", "2024"]
    assert by_year["2022"].status == "missed"
    assert str(by_year["2022"].target.quantity.value) == "5.5"
    assert str(by_year["2022"].result.quantity.value) == "3.0"
    assert by_year["2022"].tolerance is not None
    assert by_year["2020"].status is None  # a result with no target
    assert by_year["2023"].status == "met"
    frame = found.to_pandas()
    assert list(frame["period"].astype(str)) == list(by_year)
    assert "<table>" in found._repr_html_()


def test_cpi_is_a_ceiling_over_the_years(national):
    extractions = list(plantrack.extract_batch([national]))
    found = plantrack.api.history(extractions, region="全国", indicator="cpi")
    row = next(r for r in found.rows if str(r.period) == "2023")
    assert (row.status, row.method) == ("met", "ceiling")


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_twice_then_history_from_the_store(db, national, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    code, _, err = _run(capsys, "add", str(national), "--db", db)
    assert code == 0
    assert "13 added, 0 replaced, 0 unchanged" in err
    code, _, err = _run(capsys, "add", str(national), "--db", db)
    assert "0 added, 0 replaced, 13 unchanged" in err
    code, out, _ = _run(capsys, "history", "--region", "100000", "--indicator", "gdp",
                        "--measure", "growth", "--db", db)
    assert code == 0
    assert "✗ missed" in out
    assert "░ target  █ result" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    code, out, _ = _run(capsys, "db", "--db", db, "--json")
    assert json.loads(out)["documents"] == 13


def test_scorecard_reads_saved_jsonl_and_writes_outputs(national, capsys, tmp_path):
    import openpyxl
    import pandas as pd

    saved = tmp_path / "saved.jsonl"
    assert main(["extract", str(national), "--format", "jsonl", "-o", str(saved)]) == 0
    csv_path = tmp_path / "card.csv"
    assert main(["scorecard", str(saved), "--format", "csv", "-o", str(csv_path)]) == 0
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(csv_path, encoding="utf-8-sig", dtype={"region": str})
    assert "国内生产总值增长" in " ".join(frame["sources"])
    card = plantrack.scorecard(list(plantrack.extract_batch([national])))
    assert list(card.to_pandas()["status"]) == list(frame["status"])
    xlsx = tmp_path / "card.xlsx"
    assert main(["scorecard", str(saved), "--format", "xlsx", "-o", str(xlsx)]) == 0
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["scorecard"]
    assert book["scorecard"].max_row == len(card.rows) + 1
    assert main(["extract", str(national), "--format", "xlsx", "-o", str(xlsx)]) == 0
    assert openpyxl.load_workbook(xlsx).sheetnames == ["facts", "projects"]


def test_notebook_displays_are_tables(national):
    extraction = next(iter(plantrack.extract_batch([national])))
    assert extraction._repr_html_().startswith("<table>")
    assert "国内生产总值" in extraction._repr_html_() or "地区生产总值" in extraction._repr_html_()
    card = plantrack.scorecard([extraction])
    assert card._repr_html_().startswith("<table>")
    frame = extraction.to_pandas()
    assert len(frame) == len(extraction.facts)
    assert list(frame["quote"]) == [f.provenance.quote for f in extraction.facts]


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_history_in_other_formats(national, capsys, fmt):
    code, out, _ = _run(capsys, "history", str(national), "--region", "100000",
                        "--indicator", "gdp", "--measure", "growth", "--format", fmt)
    assert code == 0
    assert "missed" in out
