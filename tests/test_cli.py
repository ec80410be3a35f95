"""The CLI: every error is one line naming the file or argument, with a non-zero exit."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.cli import main

SNIPPET = "上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text("2023年7月25日\n" + SNIPPET, encoding="utf-8")
    return path


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_missing_file(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    assert main(["extract", "--format", "json", str(missing)]) == 1
    line = one_error_line(capsys)
    assert str(missing) in line
    assert "no such file" in line


def test_binary_file(capsys, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert main(["extract", "--format", "json", str(binary)]) == 1
    line = one_error_line(capsys)
    assert str(binary) in line
    assert "binary" in line


def test_undecodable_file(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    rng = random.Random(1)
    bad.write_bytes(bytes(rng.randrange(128, 256) for _ in range(400)))
    assert main(["extract", "--format", "json", str(bad)]) == 1
    line = one_error_line(capsys)
    assert str(bad) in line
    assert "cannot decode" in line


def test_big5_file_is_decoded(capsys, tmp_path):
    legacy = tmp_path / "big5.txt"
    legacy.write_bytes("2023年7月25日\n上半年，通州區實現地區生產總值880.5億元。\n".encode("big5"))
    assert main(["extract", "--format", "json", "--region", "320612", str(legacy)]) == 0
    record = json.loads(capsys.readouterr().out)
    fact = next(f for f in record["facts"] if f["value"] == 88050000000)
    text = legacy.read_bytes().decode("big5")
    assert text[fact["span"][0]:fact["span"][1]] == fact["quote"]


def test_gbk_file_is_decoded(capsys, tmp_path):
    legacy = tmp_path / "gbk.txt"
    legacy.write_bytes(("2023年7月25日\n" + SNIPPET * 3).encode("gbk"))
    assert main(["extract", "--format", "json", str(legacy)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert any(f["value"] == 88050000000 for f in record["facts"])


def test_unknown_format(capsys, doc):
    assert main(["extract", "--format", "yaml", str(doc)]) == 2
    line = one_error_line(capsys)
    assert "unknown format 'yaml'" in line
    assert "json" in line


def test_unknown_region(capsys, doc):
    assert main(["extract", "--format", "json", "--region", "亚特兰蒂斯", str(doc)]) == 2
    assert "unknown region: '亚特兰蒂斯'" in one_error_line(capsys)


def test_batch_goes_on_past_a_bad_file(capsys, doc, tmp_path):
    missing = tmp_path / "missing.txt"
    assert main(["extract", "--format", "json", str(missing), str(doc)]) == 1
    captured = capsys.readouterr()
    assert str(missing) in captured.err
    record = json.loads(captured.out)
    # a file outside the current folder is named with its folder: never a bare name
    assert record["document"] == f"{doc.parent.name}/report.txt"


def test_json_for_several_files_is_an_array(capsys, doc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # documents are named by their path from here
    other = tmp_path / "other.txt"
    other.write_text("2024年1月5日\n全年地区生产总值增长6%左右。\n", encoding="utf-8")
    assert main(["extract", "--format", "json", str(doc), str(other)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["document"] for r in records] == ["report.txt", "other.txt"]


def test_jsonl_is_one_object_per_line(capsys, doc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "--format", "jsonl", str(doc), str(doc)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["document"] == "report.txt" for line in lines)


def test_folder_input_reads_what_it_can_and_names_the_rest(capsys, doc):
    (doc.parent / "notes.bin").write_bytes(b"\x00\x01")
    (doc.parent / "sub").mkdir()
    (doc.parent / "sub" / "later.txt").write_text(SNIPPET, encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(doc.parent)]) == 1
    captured = capsys.readouterr()
    documents = [json.loads(line)["document"] for line in captured.out.splitlines()]
    # named by their path from the folder given, never by a bare name two folders share
    folder = doc.parent.name
    assert documents == [f"{folder}/report.txt", f"{folder}/sub/later.txt"]
    errors = captured.err.splitlines()
    assert errors[0] == (f"plantrack: error: {doc.parent / 'notes.bin'}: "
                         "binary file (NUL bytes), not a document")
    # later.txt has no year of its own (report.txt's comes with the fixture): kept, said
    assert errors[1].startswith(f"plantrack: warning: {doc.parent / 'sub' / 'later.txt'}: "
                                "no year found; ")
    assert errors[-1] == "plantrack: 2 of 3 files read; 1 failed (listed above)"


def test_a_document_without_a_year_keeps_its_facts_and_says_how_to_give_one(
        capsys, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("地区生产总值增长5%。", encoding="utf-8")
    assert main(["extract", "--format", "json", str(undated)]) == 0
    captured = capsys.readouterr()
    (fact,) = json.loads(captured.out)["facts"]
    assert fact["period"] is None
    assert fact["uncertain"] == ["year", "region"]  # it names no region either
    (line,) = captured.err.splitlines()
    assert line == (f"plantrack: warning: {undated}: no year found; 1 fact kept without a "
                    f"period (give --year YEAR, or a \"published\" date in "
                    f"{undated}.meta.json)")


def test_folder_of_readable_files_exits_zero(capsys, doc):
    assert main(["extract", "--format", "jsonl", str(doc.parent)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_max_size_refuses_larger_files(capsys, doc):
    assert main(["extract", "--format", "json", "--max-size", "10", str(doc)]) == 1
    line = one_error_line(capsys)
    assert line.startswith(f"plantrack: error: {doc}: too large: ")
    assert main(["extract", "--format", "json", "--max-size", "1M", str(doc)]) == 0


@pytest.mark.parametrize(("text", "size"), [("4096", 4096), ("50M", 50 * 1024**2),
                                            ("1G", 1024**3), ("2kb", 2048), ("1.5MiB", 1572864)])
def test_sizes(text, size):
    from plantrack.cli import parse_size

    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "-5", "0", "lots"])
def test_bad_sizes_are_refused(text):
    from plantrack.cli import parse_size

    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def test_extract_output_on_the_seeds_is_readable_by_score_py(shared, tmp_path):
    out = tmp_path / "pred.json"
    seeds = sorted((shared / "seeds").glob("*.txt"))
    run = subprocess.run([sys.executable, "-m", "plantrack.cli", "extract", "--format", "json",
                          *map(str, seeds)], capture_output=True, text=True, check=True)
    out.write_text(run.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(shared / "tools" / "score.py"),
                            str(shared / "gold"), str(out), "--docs", str(shared / "seeds")],
                           capture_output=True, text=True, check=True)
    assert "facts F1" in score.stdout
    grounding = next(line for line in score.stdout.splitlines() if line.startswith("grounding"))
    done, total = grounding.split()[1].split("/")
    assert done == total
    assert int(total) > 0


def test_piped_output_has_no_escape_codes(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    for command in (["indicators"], ["regions", "320612"], ["plugins"]):
        run = subprocess.run([sys.executable, "-m", "plantrack.cli", *command],
                             capture_output=True, text=True, env=env, check=True)
        assert "\x1b[" not in run.stdout
        assert run.stdout.strip()


def test_no_color_is_honoured_on_a_terminal():
    from rich.console import Console

    from plantrack.cli import _console

    os.environ["NO_COLOR"] = "1"
    try:
        console: Console = _console()
        assert console.no_color
    finally:
        del os.environ["NO_COLOR"]


def test_indicators_and_regions_list_the_catalogues(capsys):
    assert main(["indicators"]) == 0
    out = capsys.readouterr().out
    assert "gdp" in out
    assert "地区生产总值" in out
    assert main(["regions", "320612"]) == 0
    assert "通州区" in capsys.readouterr().out
    assert main(["regions", "不存在的地方"]) == 2
    assert "unknown region" in capsys.readouterr().err


def test_rich_extract_view_names_indicators_in_chinese(capsys, doc, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["extract", "--region", "320612", str(doc)]) == 0
    out = capsys.readouterr().out
    assert "地区生产总值增长" in out
    assert "\x1b[" not in out  # captured output is not a terminal
