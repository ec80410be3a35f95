"""Standard input as a document: ``plantrack extract -`` and ``extract(Path("-"))``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.load.samples import ARTICLE, news_page

from plantrack import extract
from plantrack.api import extract_batch
from plantrack.components import LoadOptions
from plantrack.errors import InputError
from plantrack.load.files import STDIN, STDIN_NAME
from plantrack.model import Extraction, Failure

PLAN = "今年，确保全年新开工重大项目27个以上，地区生产总值增长6.5%左右。"


def _cli(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "plantrack.cli", *args], input=stdin,
                          capture_output=True, check=False)


def _feed(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_text_on_stdin_is_extracted_and_named_stdin():
    run = _cli(PLAN.encode(), "extract", "--format", "json", "--year", "2024", "-")
    assert run.returncode == 0, run.stderr.decode()
    record = json.loads(run.stdout)
    assert record["document"] == STDIN_NAME
    assert record["text"]["source"] == STDIN_NAME
    quotes = [f["quote"] for f in record["facts"] if f["kind"] == "target"]
    assert "确保全年新开工重大项目27个以上" in quotes
    assert all(PLAN[g["span"][0]:g["span"][1]] == g["quote"] for g in record["facts"])


def test_stdin_in_a_legacy_encoding_is_decoded(monkeypatch: pytest.MonkeyPatch):
    _feed(monkeypatch, PLAN.encode("gb18030"))
    extraction = extract(STDIN, year=2024)
    assert extraction.text is not None
    assert extraction.text.encoding == "gb18030"
    assert [g.quantity.value for g in extraction.goals][:1] == [27]


def test_an_html_page_on_stdin_is_read_by_the_html_loader(monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("trafilatura")
    _feed(monkeypatch, news_page().encode())
    extraction = extract(STDIN, year=2023)
    assert extraction.text is not None
    assert extraction.text.loader == "html"
    assert extraction.document == STDIN_NAME
    assert any(r.provenance.quote in ARTICLE[0] for r in extraction.results)


@pytest.mark.parametrize(("data", "kind"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 10, "binary"),
])
def test_unreadable_stdin_is_a_one_line_failure_naming_stdin(monkeypatch, data, kind):
    _feed(monkeypatch, data)
    with pytest.raises(InputError) as info:
        extract(STDIN)
    assert info.value.source == STDIN_NAME
    assert info.value.kind == kind
    assert "plantrack-" not in str(info.value)  # never the spool file's name
    assert "\n" not in str(info.value)


def test_stdin_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch):
    _feed(monkeypatch, b"x" * 100)
    with pytest.raises(InputError) as info:
        extract(STDIN, options=LoadOptions(max_bytes=99))
    assert info.value.kind == "too_large"
    assert "99 bytes" in info.value.reason


def test_stdin_and_files_in_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    good = tmp_path / "a.txt"
    good.write_text(PLAN, "utf-8")
    _feed(monkeypatch, b"")
    outcomes = list(extract_batch([STDIN, good], year=2024))
    assert isinstance(outcomes[0], Failure)
    assert outcomes[0].source == STDIN_NAME
    assert isinstance(outcomes[1], Extraction)
    assert outcomes[1].goals


def test_the_cli_reports_bad_stdin_in_one_line_and_exits_1():
    run = _cli(b"", "extract", "-")
    assert run.returncode == 1
    assert run.stderr.decode().strip() == f"plantrack: error: {STDIN_NAME}: empty document"


def test_show_prints_stdin_text_exactly():
    run = _cli(PLAN.encode(), "show", "--raw", "-")
    assert run.returncode == 0
    assert run.stdout.decode() == PLAN
