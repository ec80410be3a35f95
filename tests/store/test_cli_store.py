"""The store's commands on the click CLI: --db on extract and scorecard, -o, usage errors,
and what the walk could not read, counted by add."""

from __future__ import annotations

import json
import os

from plantrack.cli import main


def test_extract_db_alone_lists_stored_documents_and_scorecard_scores_them(
        db, national, capsys):
    assert main(["add", str(national), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["extract", "--db", db, "--format", "jsonl"]) == 0
    documents = [json.loads(line)["document"] for line in capsys.readouterr().out.splitlines()]
    assert len(documents) == 13
    assert all(d.startswith("national/") for d in documents)
    assert main(["scorecard", "--format", "json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert any(r["status"] == "missed" for r in rows)


def test_usage_errors_are_one_line_before_any_file_is_read(national, capsys, tmp_path):
    assert main(["history", str(national), "--indicator", "gdp"]) == 2
    assert capsys.readouterr().err == ("plantrack: error: missing option '--region' "
                                       "(see `plantrack history --help`)\n")
    missing = tmp_path / "no" / "card.csv"
    assert main(["scorecard", str(national), "--format", "csv", "-o", str(missing)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"plantrack: error: -o {missing}: cannot write: no such file or directory"


def test_add_names_a_fifo_and_counts_it_failed(tmp_path, national, capsys):
    os.mkfifo(national / "pipe.txt")
    assert main(["add", str(national), "--db", str(tmp_path / "t.db")]) == 1
    err = capsys.readouterr().err
    assert "pipe.txt: is a FIFO (named pipe), not a regular file: skipped" in err
    assert "13 added, 0 replaced, 0 unchanged, 1 failed" in err


def test_the_output_file_suffix_chooses_the_format(national, capsys, tmp_path):
    """README: `plantrack scorecard saved.jsonl -o card.csv`, a CSV for Excel."""
    saved = tmp_path / "saved.jsonl"
    assert main(["extract", str(national), "-o", str(saved)]) == 0
    assert len(saved.read_text(encoding="utf-8").splitlines()) == 13
    card = tmp_path / "card.csv"
    assert main(["scorecard", str(saved), "-o", str(card)]) == 0
    assert card.read_bytes().startswith(b"\xef\xbb\xbfregion,region_name,")
    notes = tmp_path / "card.txt"
    assert main(["scorecard", str(saved), "-o", str(notes)]) == 0
    assert "\x1b" not in notes.read_text(encoding="utf-8")
