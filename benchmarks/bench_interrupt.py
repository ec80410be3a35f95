"""Ctrl-C in the middle of a batch: how long until plantrack has exited, and what it left.

    .venv/bin/python benchmarks/bench_interrupt.py [--runs 20] [--jobs 4] [--signal INT]

Each run starts ``plantrack extract -j JOBS FOLDER --format jsonl`` in a process group of
its own (as a shell does), waits until it has written its first records, then sends the
signal to the whole group, as a terminal's Ctrl-C does (every worker gets it too). It
reports, per run, the seconds from the signal to the exit, the exit code, the records on
stdout (each must be a whole JSON line) and whether stderr holds a traceback. The folder
is 400 copies of the bundled seed documents, made once in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[1]
PLANTRACK = [sys.executable, "-m", "plantrack.cli"]


def corpus(folder: Path, copies: int = 80) -> Path:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            shutil.copy(seed, folder / f"{i:03d}_{seed.name}")
    return folder


def one_run(folder: Path, jobs: int, signum: int, budget: float = 10.0) -> dict[str, object]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        return _interrupted(folder, jobs, signum, budget, out=out, err=err)


def _interrupted(folder: Path, jobs: int, signum: int, budget: float, *,
                 out: IO[bytes], err: IO[bytes]) -> dict[str, object]:
    process = subprocess.Popen(
        [*PLANTRACK, "extract", "-j", str(jobs), "--year", "2023", str(folder),
         "--format", "jsonl"], stdout=out, stderr=err, start_new_session=True)
    deadline = time.monotonic() + 60
    while out.tell() == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # until the first record is out: the batch is under way
        out.seek(0, os.SEEK_END)
    sent = time.monotonic()
    os.killpg(process.pid, signum)
    try:
        code = process.wait(timeout=budget)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        code = process.wait()
    seconds = time.monotonic() - sent
    out.seek(0)
    err.seek(0)
    lines = out.read().decode("utf-8").splitlines()
    whole = all(isinstance(json.loads(line), dict) for line in lines)
    stderr = err.read().decode("utf-8", "replace")
    return {"seconds": round(seconds, 3), "exit": code, "records": len(lines),
            "whole_lines": whole, "traceback": "Traceback" in stderr}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--signal", default="INT", choices=("INT", "TERM"))
    args = parser.parse_args()
    signum = signal.SIGINT if args.signal == "INT" else signal.SIGTERM
    with tempfile.TemporaryDirectory(prefix="plantrack-interrupt-") as tmp:
        folder = corpus(Path(tmp))
        results = [one_run(folder, args.jobs, signum) for _ in range(args.runs)]
    for i, result in enumerate(results, 1):
        print(i, json.dumps(result))
    times = sorted(float(str(r["seconds"])) for r in results)
    within = sum(t <= 2.0 for t in times)
    clean = sum(not r["traceback"] and r["whole_lines"] for r in results)
    print(f"SIG{args.signal} with -j {args.jobs}: exited within 2 s in {within} of "
          f"{len(results)} runs (median {times[len(times) // 2]:.2f} s, max {times[-1]:.2f} s); "
          f"no traceback and whole records in {clean} of {len(results)}")


if __name__ == "__main__":
    main()
