"""Every bad option value is one usage line and exit 2; regions as people type them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import plantrack
from plantrack.api import catalog_of
from plantrack.catalog.find import find_regions
from plantrack.cli import main


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text("2023年7月25日\n上半年，通州区实现地区生产总值880.5亿元。\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("args", "message"), [
    (["extract", "--encoding", "bogus", "{doc}"],
     "--encoding: unknown encoding 'bogus' (e.g. utf-8, gb18030, big5)"),
    (["extract", "--year", "99999", "{doc}"], "--year: 99999 is not a year in 1949..2100"),
    (["extract", "--year", "soon", "{doc}"], "--year: 'soon' is not a year (e.g. 2023)"),
    (["scorecard", "--period", "2025..2021", "{doc}"],
     "--period: 2025..2021 ends before it starts (did you mean 2021..2025?)"),
    (["scorecard", "--period", "someday", "{doc}"],
     "--period: not a period: 'someday' (e.g. 2023, 2023H1, 2021..2025, 十四五)"),
    (["scorecard", "--status", "late", "{doc}"], "--status: unknown status 'late'; choose from "
     "met, on_track, at_risk, behind, missed, no_result, not_comparable"),
    (["extract", "--region", "通州区", "{doc}"],
     "ambiguous region '通州区': 北京市通州区 (110112), 江苏省南通市通州区 (320612); "
     "give its parent too (北京市通州区) or the code"),
    (["extract"], "give at least one FILE, DIR or - (standard input) "
     "(see `plantrack extract --help`)"),
])
def test_one_usage_line_and_exit_2(capsys, doc, args, message):
    assert main([a.replace("{doc}", str(doc)) for a in args]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"plantrack: error: {message}\n"
    assert captured.out == ""


def test_an_unknown_option_names_the_help_to_read(capsys, doc):
    assert main(["extract", "--bogus", str(doc)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("plantrack: error: no such option")
    assert line.endswith("(see `plantrack extract --help`)")


def test_an_encoding_error_over_a_folder_is_one_line(capsys, doc):
    for n in range(20):
        (doc.parent / f"copy{n}.txt").write_text("x", encoding="utf-8")
    assert main(["extract", "--encoding", "bogus", str(doc.parent)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_format_in_any_case_and_a_plan_name_as_period(capsys, doc):
    assert main(["extract", "--format", "JSON", str(doc)]) == 0
    assert json.loads(capsys.readouterr().out)["document"] == f"{doc.parent.name}/report.txt"
    assert main(["scorecard", "--period", "十四五", "--format", "Json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    plan = plantrack.Period.parse("2021..2025")
    assert rows
    assert all(plan.contains(plantrack.Period.parse(r["period"])) for r in rows)


def test_version_help_and_bare_command(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"plantrack {plantrack.__version__}\n"
    assert main([]) == 0
    assert "Commands:" in capsys.readouterr().out
    for command in ("extract", "scorecard", "show", "evaluate", "plugins", "regions"):
        assert main([command, "--help"]) == 0
        assert f"Usage: plantrack {command}" in capsys.readouterr().out


def test_evaluate_refuses_a_folder_without_gold(capsys, tmp_path):
    assert main(["evaluate", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (f"plantrack: error: {tmp_path}: no gold files "
                                       f"(<document>.json) in this folder\n")


@pytest.mark.parametrize(("query", "codes"), [
    ("320612", ["320612"]),
    ("南通市通州区", ["320612"]),
    ("江苏南通通州", ["320612"]),
    ("北京市通州区", ["110112"]),
    ("通州区", ["110112", "320612"]),
    ("Nantong", ["320600"]),
    ("Beijing", ["110000"]),
    ("Nantong Tongzhou", ["320612"]),
    ("Inner Mongolia", ["150000"]),
    ("Shaanxi", ["610000"]),
    ("Shanxi", ["140000"]),
    ("亚特兰蒂斯", []),
])
def test_regions_as_people_type_them(query, codes):
    gazetteer = catalog_of().gazetteer
    assert sorted(r.code for r in find_regions(gazetteer, query)) == codes


def test_regions_lists_children_and_marks_obsolete_codes(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["regions", "南通市"]) == 0
    out = capsys.readouterr().out
    assert "320612" in out
    assert "320602" in out
    assert "obsolete since 2020: now 320613" in out
