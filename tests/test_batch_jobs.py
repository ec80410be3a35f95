"""Batches read by worker processes (``jobs``): the same outcomes, in the same order."""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from plantrack import api
from plantrack.api import extract_batch
from plantrack.cli import main
from plantrack.components import LoadOptions
from plantrack.convert import extraction_to_json
from plantrack.errors import UsageError
from plantrack.load.files import STDIN, STDIN_NAME
from plantrack.model import Document, Extraction, Failure, Region
from plantrack.plugins import get_registry

REPORT = "2023年7月25日\n上半年，通州区实现地区生产总值{}亿元，同比增长7.8%。\n"


def _folder(tmp_path: Path) -> Path:
    for i in range(6):
        (tmp_path / f"{i}-report.txt").write_text(REPORT.format(800 + i), encoding="utf-8")
    (tmp_path / "3-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "4-picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return tmp_path


def _comparable(outcome: Extraction | Failure) -> object:
    return extraction_to_json(outcome) if isinstance(outcome, Extraction) else outcome


def test_worker_processes_give_the_same_outcomes_in_order(tmp_path: Path):
    folder = _folder(tmp_path)
    one = [_comparable(o) for o in extract_batch([folder], year=2023)]
    two = [_comparable(o) for o in extract_batch([folder], year=2023, jobs=2)]
    assert two == one
    assert sum(isinstance(o, Failure) for o in one) == 2
    assert len(one) == 8


def test_jobs_with_a_registry_of_ones_own_is_refused(tmp_path: Path):
    with pytest.raises(UsageError, match="installed plugins"):
        list(extract_batch([tmp_path], registry=get_registry(), jobs=2))
    with pytest.raises(UsageError, match="jobs"):
        list(extract_batch([tmp_path], jobs=-1))


def test_stdin_is_read_by_the_parent_in_a_parallel_batch(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "a.txt").write_text(REPORT.format(880), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        REPORT.format(990).encode("gb18030"))))
    first, second = extract_batch([STDIN, tmp_path / "a.txt"], jobs=2)
    assert isinstance(first, Extraction)
    assert first.document == STDIN_NAME
    assert "990" in first.facts[0].provenance.quote
    assert isinstance(second, Extraction)


def _die_reading_b(source: Path | Document, year: int | None, region: Region | None,
                   options: LoadOptions | None, name: str | None) -> Extraction | Failure:
    if isinstance(source, Path) and source.name == "b.txt":
        os._exit(3)  # as a worker killed for memory would
    return api._outcome(source, year, region, get_registry(), options, name=name)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the dying worker is patched in by forking the test process")
def test_a_worker_that_dies_fails_one_file_and_the_rest_are_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(REPORT.format(880), encoding="utf-8")
    # the worker looks the function up by name: in a forked worker, the patched one
    monkeypatch.setattr(api, "_outcome_in_worker", _die_reading_b)
    outcomes = list(extract_batch([tmp_path], jobs=2))
    assert len(outcomes) == 4
    failures = [o for o in outcomes if isinstance(o, Failure)]
    assert len(failures) == 1
    assert failures[0].kind == "plugin_error"
    assert "worker process died" in failures[0].reason


def test_the_cli_takes_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = _folder(tmp_path)
    assert main(["extract", "--format", "jsonl", "--year", "2023", str(folder)]) == 1
    sequential = capsys.readouterr()
    assert main(["extract", "--format", "jsonl", "--year", "2023", "-j", "2",
                 str(folder)]) == 1
    parallel = capsys.readouterr()
    assert parallel.out == sequential.out
    assert parallel.err == sequential.err
    assert "6 of 8 files read; 2 failed" in parallel.err


def test_stopping_the_workers_unhooks_a_manager_thread_still_ending() -> None:
    # the pool's manager thread, still ending when the workers are stopped, is taken out
    # of the exit hook's list, whose wake-up would race its pipe's closing; shutdown drops
    # the pool's reference to the thread, so it is read before
    import concurrent.futures.process as pool_module
    import threading

    from plantrack.api import _stop_workers

    release = threading.Event()
    manager = threading.Thread(target=release.wait, daemon=True)
    manager.start()

    class _Pool:
        _processes: dict[int, object] = {}  # noqa: RUF012
        _executor_manager_thread: threading.Thread | None = manager

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            self._executor_manager_thread = None  # as ProcessPoolExecutor.shutdown does

    wakeups = pool_module._threads_wakeups  # type: ignore[attr-defined]
    wakeups[manager] = object()
    try:
        _stop_workers(_Pool())  # type: ignore[arg-type]
        assert manager not in wakeups
    finally:
        wakeups.pop(manager, None)
        release.set()
        manager.join()
