"""``plantrack evaluate`` and :func:`plantrack.evaluate.evaluate` against the reference
scorer: the same figures, to the last digit, on the seeds and the dev corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.cli import main
from plantrack.evaluate import evaluate, read_gold, read_predictions, summary_lines

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE = SHARED / "tools" / "score.py"
PLANTRACK = [sys.executable, "-m", "plantrack.cli"]

CORPORA = {
    "seeds": (SHARED / "gold", SHARED / "seeds"),
    "dev": (SHARED / "corpus" / "dev", SHARED / "corpus" / "dev"),
}


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False,
                          env=env)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           shared: Path,
           ) -> tuple[Path, Path, Path]:
    """(gold dir, docs dir, predictions file) with plantrack's own extraction."""
    if not SCORE.exists():
        pytest.fail(f"the reference scorer is missing: expected it at {SCORE}")
    gold, docs = CORPORA[request.param]
    names = [json.loads(p.read_text("utf-8"))["document"] for p in sorted(gold.glob("*.json"))]
    out = tmp_path_factory.mktemp(request.param) / "predictions.json"
    done = run(*PLANTRACK, "extract", "--format", "json", *(docs / n for n in names))
    assert done.returncode == 0, done.stderr
    out.write_text(done.stdout, encoding="utf-8")
    return gold, docs, out


# --- Identical to score.py ------------------------------------------------------------

_ROW = re.compile(r"^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$")


def _score_py(gold: Path, predictions: Path, docs: Path) -> tuple[list[tuple[str, ...]], list[str]]:
    done = run(sys.executable, SCORE, gold, predictions, "--docs", docs)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    rows = [m.groups() for line in lines[1:] if (m := _ROW.match(line))]
    summary = [line for line in lines[1:] if not _ROW.match(line)]
    return rows, summary


def test_same_figures_as_score_py(corpus: tuple[Path, Path, Path]) -> None:
    gold, docs, predictions = corpus
    rows, summary = _score_py(gold, predictions, docs)
    done = run(*PLANTRACK, "evaluate", gold, "--docs", docs, "--predictions", predictions,
               "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    ours = [(d["document"][:34], str(d["gold"]), str(d["tp"]), str(d["fp"]), str(d["fn"]),
             f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}")
            for d in report["documents"]]
    assert ours == rows
    assert len(rows) == len(list(gold.glob("*.json")))
    # every number of the summary, in the scorer's own words
    api = evaluate(gold, read_predictions(predictions), docs)
    assert summary_lines(api) == summary
    s = report["summary"]
    assert f"projects: found {s['projects']['found']}/{s['projects']['gold']}, " \
           f"investment right {s['projects']['investment_right']}/{s['projects']['gold']}" \
           in summary
    assert (f"grounding: {s['grounding']['grounded']}/{s['grounding']['quotes']} quotes "
            f"stand at their spans") in summary
    assert summary[-1] == (f"facts F1 {s['f1']:.3f} (P {s['precision']:.3f} "
                           f"R {s['recall']:.3f}) over {s['documents']} documents")


def test_extracting_afresh_scores_like_the_predictions_file(
        corpus: tuple[Path, Path, Path]) -> None:
    gold, docs, predictions = corpus
    fresh = run(*PLANTRACK, "evaluate", gold, "--docs", docs, "--format", "json")
    saved = run(*PLANTRACK, "evaluate", gold, "--docs", docs, "--predictions", predictions,
                "--format", "json")
    assert fresh.returncode == saved.returncode == 0, fresh.stderr + saved.stderr
    assert json.loads(fresh.stdout)["summary"] == json.loads(saved.stdout)["summary"]


def test_the_rich_table_prints_the_scorers_summary(corpus: tuple[Path, Path, Path]) -> None:
    gold, docs, predictions = corpus
    _, summary = _score_py(gold, predictions, docs)
    done = run(*PLANTRACK, "evaluate", gold, "--docs", docs, "--predictions", predictions)
    assert done.returncode == 0, done.stderr
    assert "\x1b[" not in done.stdout  # piped: no escape codes
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert lines[-len(summary):] == summary
    for path in gold.glob("*.json"):
        assert json.loads(path.read_text("utf-8"))["document"] in done.stdout


# --- The scorer's rules, on small made-up gold ------------------------------------------


def fact(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"kind": "result", "indicator": "gdp", "measure": "level",
                               "region": "320612", "value": 100.0, "unit": "CNY",
                               "period": "2023", "comparator": "="}
    return base | fields


def write_gold(folder: Path, name: str, facts: list[dict[str, object]],
               projects: list[dict[str, object]] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    record = {"document": name, "facts": facts, "projects": projects or []}
    (folder / f"{Path(name).stem}.json").write_text(json.dumps(record, ensure_ascii=False),
                                                    encoding="utf-8")


def test_matching_rules(tmp_path: Path) -> None:
    write_gold(tmp_path, "a.txt", [
        fact(value=1000.0),
        fact(indicator="population", unit="person", value=500, optional=True, period="2022"),
        fact(kind="target", value=2000.0, modality="ensure", comparator=">="),
    ])
    predictions = {"a.txt": {"document": "a.txt", "facts": [
        fact(value=1004.0, period="2023H1"),  # within 0.5 %, same last year
        fact(indicator="population", unit="person", value=500, period="2025"),  # optional
        fact(kind="target", value=2000.0, modality="strive"),  # matched, modality differs
        fact(indicator="not_in_catalogue", value=7.0),  # ignored
        fact(value=1.0),  # a false positive
    ], "projects": []}}
    report = evaluate(tmp_path, predictions, catalogue={"gdp", "population"})
    t = report.totals
    assert (t.tp, t.fp, t.fn) == (2, 1, 0)
    # comparator: the result agrees, the target (>= vs =) not; period: only the target
    assert (t.comparator_ok, t.period_ok, t.modality_ok, t.modality_n) == (1, 1, 0, 1)
    assert t.precision == pytest.approx(2 / 3)
    assert not report.grounding_checked


def test_counts_must_be_exact(tmp_path: Path) -> None:
    write_gold(tmp_path, "a.txt", [fact(indicator="population", unit="person", value=1000)])
    predictions = {"a.txt": {"document": "a.txt", "facts": [
        fact(indicator="population", unit="person", value=1001)]}}
    assert evaluate(tmp_path, predictions, catalogue={"population"}).totals.tp == 0


def test_project_names_match_by_core_either_way(tmp_path: Path) -> None:
    write_gold(tmp_path, "a.txt", [], projects=[
        {"name": "晨光化工项目", "investment": 5e8},
        {"name": "海星医疗器械", "investment": None},
        {"name": "云岭冷链项目", "investment": 1e9},
    ])
    predictions = {"a.txt": {"document": "a.txt", "facts": [], "projects": [
        {"name": "总投资5亿元的晨光化工项目", "investment": 500000000},  # holds the core
        {"name": "海星医疗", "investment": None},  # within the gold name
        {"name": "云岭冷链项目", "investment": 2e9},  # found, investment wrong
    ]}}
    t = evaluate(tmp_path, predictions, catalogue=set()).totals
    assert (t.projects_gold, t.projects_found, t.projects_investment_ok) == (3, 3, 2)


def test_grounding_checks_quotes_at_their_spans(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("地区生产总值100元。", encoding="utf-8")
    write_gold(tmp_path, "a.txt", [fact()])
    good = fact(quote="地区生产总值100元", span=[0, 10])
    bad = fact(quote="地区生产总值", span=[1, 7])
    predictions = {"a.txt": {"document": "a.txt", "facts": [good, bad, fact()]}}
    t = evaluate(tmp_path, predictions, tmp_path, catalogue={"gdp"}).totals
    assert (t.quotes, t.quotes_bad) == (3, 2)


# --- The command: errors, formats, exit codes -------------------------------------------


def test_missing_gold_dir_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["evaluate", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1
    assert "nowhere" in err


def test_malformed_gold_names_the_file_and_the_rest_still_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_gold(tmp_path, "a.txt", [fact()])
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"document": "c.txt"}', encoding="utf-8")
    predictions = tmp_path.parent / f"{tmp_path.name}-p.jsonl"
    predictions.write_text(json.dumps({"document": "a.txt", "facts": [fact()]}) + "\n",
                           encoding="utf-8")
    code = main(["evaluate", str(tmp_path), "--predictions", str(predictions),
                 "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert "b.json" in errors[0]
    assert "c.json" in errors[1]
    assert "facts" in errors[1]
    report = json.loads(captured.out)
    assert report["summary"]["tp"] == 1
    assert [d["document"] for d in report["documents"]] == ["a.txt"]
    assert read_gold(tmp_path)[1] == report["errors"]


def test_a_missing_document_is_reported_and_scored_as_empty(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_gold(tmp_path, "gone.txt", [fact()])
    code = main(["evaluate", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert "gone.txt" in captured.err
    assert json.loads(captured.out)["summary"]["fn"] == 1


def test_min_f1_sets_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_gold(tmp_path, "a.txt", [fact(), fact(value=5.0)])
    predictions = tmp_path.parent / f"{tmp_path.name}-p.json"
    predictions.write_text(json.dumps([{"document": "a.txt", "facts": [fact()]}]),
                           encoding="utf-8")
    args = ["evaluate", str(tmp_path), "--predictions", str(predictions), "--format", "json"]
    assert main([*args, "--min-f1", "0.6"]) == 0  # F1 = 2/3
    assert main([*args, "--min-f1", "0.7"]) == 1
    capsys.readouterr()


def test_verbose_lists_misses_and_extras(tmp_path: Path) -> None:
    write_gold(tmp_path, "a.txt", [fact(quote="地区生产总值100元")],
               projects=[{"name": "晨光化工项目", "investment": None}])
    predictions = tmp_path.parent / f"{tmp_path.name}-p.json"
    predictions.write_text(json.dumps({"document": "a.txt", "facts": [fact(value=3.0)]}),
                           encoding="utf-8")
    done = run(*PLANTRACK, "evaluate", tmp_path, "--predictions", predictions, "--verbose")
    assert "MISSED  a.txt" in done.stdout
    assert "EXTRA   a.txt" in done.stdout
    assert "晨光化工项目 (not found)" in done.stdout


def test_no_color_means_no_escape_codes(tmp_path: Path) -> None:
    write_gold(tmp_path, "a.txt", [fact()])
    predictions = tmp_path.parent / f"{tmp_path.name}-p.json"
    predictions.write_text(json.dumps({"document": "a.txt", "facts": [fact()]}),
                           encoding="utf-8")
    env = {"NO_COLOR": "1", "TERM": "xterm-256color",
           "PATH": "/usr/bin:/bin"}
    done = run(*PLANTRACK, "evaluate", tmp_path, "--predictions", predictions, env=env)
    assert done.returncode == 0, done.stderr
    assert "\x1b[" not in done.stdout
    assert "facts F1 1.000 (P 1.000 R 1.000) over 1 documents" in done.stdout
