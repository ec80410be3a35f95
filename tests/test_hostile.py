"""Hostile input: FIFOs, symlink loops, unreadable and very deep folders, non-UTF-8 names,
full disks, closed pipes, signals, out-of-range years. Each case runs the real command in
a subprocess with a timeout, so that a regression fails instead of hanging the suite."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

import plantrack
from plantrack.api import walk_paths
from plantrack.errors import UsageError
from plantrack.load.files import walk

GOOD = "2023年上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"
TIMEOUT = 30  # seconds any one command may take; all of these take about one


def run(*args: str | Path, cwd: Path | None = None, prefix: tuple[str, ...] = (),
        stdout: object = subprocess.PIPE, timeout: float = TIMEOUT,
        ) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run([*prefix, sys.executable, "-m", "plantrack.cli", *map(str, args)],
                          stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, env=env,
                          timeout=timeout, check=False)


def errors(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return err.splitlines()


def documents(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return [json.loads(line)["document"] for line in result.stdout.decode().splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_fifos_are_named_and_skipped(folder: Path) -> None:
    os.mkfifo(folder / "b.txt")
    os.mkfifo(folder / "z.txt.meta.json")
    result = run("extract", "--format", "jsonl", folder, folder / "b.txt")
    assert result.returncode == 1
    assert documents(result) == [f"{folder.name}/a.txt"]
    lines = errors(result)
    assert f"plantrack: error: {folder / 'b.txt'}: is a FIFO (named pipe), not a regular " \
           "file: skipped" in lines
    assert any(f"{folder / 'z.txt.meta.json'}: is a FIFO" in line for line in lines)


def test_a_socket_is_named_and_skipped(tmp_path: Path) -> None:
    import socket

    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.txt"))
        outcomes = list(walk([tmp_path]))
    assert [str(o) for o in outcomes] == [f"{tmp_path / 's.txt'}: is a socket, not a "
                                          "regular file: skipped"]


def test_a_device_named_directly() -> None:
    result = run("extract", "/dev/zero")
    assert result.returncode == 1
    assert errors(result) == ["plantrack: error: /dev/zero: is a character device, "
                              "not a regular file: skipped"]


def test_symlink_loops_walk_each_folder_once(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text(GOOD, encoding="utf-8")
    for name in ("l1", "l2", "sub/up"):
        (folder / name).symlink_to(folder if name != "sub/up" else "..")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    names = [p.relative_to(folder).as_posix() for p in walk_paths([folder])]
    assert names == ["a.txt", "dangling.txt", "sub/c.txt", "z.txt"]
    result = run("extract", "--format", "jsonl", folder)
    assert documents(result) == [f"{folder.name}/{n}" for n in ("a.txt", "sub/c.txt", "z.txt")]
    assert len(errors(result)) == 2  # the dangling link, and the count


def test_a_very_deep_folder(tmp_path: Path) -> None:
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(1100):  # beyond Python's recursion limit
        os.mkdir("d", dir_fd=fd)
        fd, parent = os.open("d", os.O_RDONLY, dir_fd=fd), fd
        os.close(parent)
    os.close(fd)
    deep = tmp_path.joinpath(*["d"] * 1100)
    (deep / "deep.txt").write_text(GOOD, encoding="utf-8")
    assert list(walk_paths([tmp_path])) == [deep / "deep.txt"]
    try:
        result = run("extract", "--format", "jsonl", tmp_path)
    finally:  # bottom up, here: pytest's own clean-up recurses, and this is too deep for it
        (deep / "deep.txt").unlink()
        for level in range(1100, 0, -1):
            tmp_path.joinpath(*["d"] * level).rmdir()
    assert result.returncode == 0, result.stderr
    assert documents(result) == ["/".join([tmp_path.name, *["d"] * 1100, "deep.txt"])]


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder others may enter (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="plantrack-test-"))
    path.chmod(0o755)
    yield path
    for root, dirs, _ in os.walk(path):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    shutil.rmtree(path)


def _without_override_rights() -> tuple[str, ...]:
    """A command prefix that runs without the right to read any folder: nothing as an
    ordinary user; as root, setpriv dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: root reads any "
                    "folder, so an unreadable one cannot be made")
    return (setpriv, "--bounding-set", "-dac_override,-dac_read_search")


def test_an_unreadable_folder_is_named_and_skipped(shared_tmp: Path) -> None:
    prefix = _without_override_rights()
    (shared_tmp / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = shared_tmp / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(GOOD, encoding="utf-8")
    (shared_tmp / "z.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    result = run("extract", "--format", "jsonl", shared_tmp, prefix=prefix)
    assert result.returncode == 1
    assert documents(result) == [f"{shared_tmp.name}/a.txt", f"{shared_tmp.name}/z.txt"]
    assert errors(result)[0] == (f"plantrack: error: {locked}: cannot list this folder: "
                                 "permission denied: skipped")


def test_non_utf8_names_are_escaped(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/r\xe9port\xff.txt"
    with open(raw, "wb") as stream:
        stream.write(GOOD.encode())
    with open(os.fsencode(tmp_path) + b"/bad\xfe.bin", "wb") as stream:
        stream.write(b"\x00\x01")
    result = run("extract", "--format", "json", tmp_path)  # stdout strict UTF-8
    assert result.returncode == 1
    text = result.stdout.decode("utf-8")  # valid UTF-8
    record = json.loads(text)
    assert "\\udce9" in text
    assert os.fsencode(record["text"]["source"]) == raw  # the raw bytes come back
    assert any("bad\\xfe.bin" in line for line in errors(result))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "rich"])
def test_a_full_disk_is_one_line(folder: Path, fmt: str) -> None:
    with open("/dev/full", "wb") as full:
        result = run("extract", "--format", fmt, folder, stdout=full)
    assert result.returncode == 1
    assert errors(result) == ["plantrack: error: cannot write the output: no space left "
                              "on device"]


def test_a_closed_pipe_is_one_line(folder: Path) -> None:
    for i in range(30):
        (folder / f"m{i:02d}.txt").write_text(GOOD * 50, encoding="utf-8")
    reader = subprocess.Popen(["head", "-c1"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)
    assert reader.stdin is not None
    result = run("extract", "--format", "jsonl", folder, stdout=reader.stdin)
    reader.stdin.close()
    reader.wait(timeout=TIMEOUT)
    assert result.returncode == 1
    assert errors(result) == ["plantrack: error: cannot write the output: the reader "
                              "closed the pipe"]


def test_json_streams_an_array_like_the_reporter(folder: Path) -> None:
    result = run("extract", "--format", "json", folder)
    records = json.loads(result.stdout)
    assert [r["document"] for r in records] == [f"{folder.name}/a.txt", f"{folder.name}/z.txt"]
    one = run("extract", "--format", "json", folder / "a.txt")
    assert json.loads(one.stdout)["document"] == f"{folder.name}/a.txt"  # one: an object


@pytest.mark.parametrize(("jobs", "signum"), [("2", signal.SIGINT), ("1", signal.SIGINT),
                                              ("2", signal.SIGTERM)])
def test_a_signal_stops_a_batch_keeping_finished_records(tmp_path: Path, jobs: str,
                                                         signum: int) -> None:
    text = (GOOD * 400)
    for i in range(300):
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    with tempfile.TemporaryFile() as out:
        _stop_midway(tmp_path, jobs, signum, out)


def _stop_midway(folder: Path, jobs: str, signum: int, out: IO[bytes]) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "plantrack.cli", "extract", "-j", jobs, str(folder),
         "--format", "json"], stdout=out, stderr=subprocess.PIPE, env=env,
        start_new_session=True)
    deadline = time.monotonic() + TIMEOUT
    while out.tell() == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        out.seek(0, os.SEEK_END)
    sent = time.monotonic()
    os.killpg(process.pid, signum)  # the whole group, as a terminal's Ctrl-C does
    try:
        _, err = process.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"SIG{signal.Signals(signum).name} with -j {jobs} did not stop it in 5 s")
    assert time.monotonic() - sent < 2.5
    assert process.returncode == 128 + signum
    assert b"Traceback" not in err, err.decode()
    out.seek(0)
    records = json.loads(out.read())  # the array was closed
    assert 1 <= len(records) < 300


@pytest.mark.parametrize("year", ["3000", "0", "1800", "-5"])
def test_an_out_of_range_year_is_one_usage_error(folder: Path, year: str) -> None:
    result = run("extract", f"--year={year}", folder)
    assert result.returncode == 2
    assert errors(result) == [f"plantrack: error: --year: {year} is not a year in 1949..2100"]


def test_an_out_of_range_year_in_the_api() -> None:
    with pytest.raises(UsageError, match=r"^year: 0 is not a year in 1949\.\.2100$"):
        plantrack.extract(GOOD, year=0)
    with pytest.raises(UsageError, match="year: 3000"):
        list(plantrack.extract_batch([], year=3000))


@pytest.mark.parametrize(("sidecar", "reason"), [
    ('{"published": "1800-01-01"}', "bad metadata 'published': '1800-01-01' is not in the "
                                    "years 1949..2100"),
    ('{"year": 3000}', "bad metadata 'year': 3000 is not a year between 1949 and 2100"),
    ('{"year": ' + "9" * 5000 + "}", "bad JSON: a number too long to read"),
    ("[" * 100_000, "bad JSON: nested too deeply"),
    (" " * (1024 * 1024 + 1), "too large: 1.0 MB over the limit of 1.0 MB"),
])
def test_a_bad_sidecar_is_named(tmp_path: Path, sidecar: str, reason: str) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text(sidecar, encoding="utf-8")
    result = run("extract", doc)
    assert result.returncode == 1
    assert errors(result) == [f"plantrack: error: {doc}.meta.json: {reason}"]


def test_an_out_of_range_front_matter_date(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("---\npublished: 1800-01-01\n---\n" + GOOD, encoding="utf-8")
    result = run("extract", doc)
    assert result.returncode == 1
    assert errors(result) == [f"plantrack: error: {doc} (front matter): bad metadata "
                              "'published': '1800-01-01' is not in the years 1949..2100"]
