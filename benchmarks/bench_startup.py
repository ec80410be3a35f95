"""Start-up: how long the ``plantrack`` command takes for what a user types first.

Each command is run ``--runs`` times in a fresh process (the installed console script,
the page cache warm after a first, uncounted run); the median and the best are printed
in milliseconds. ``python -X importtime -c "import plantrack"`` says where import time
goes; this says what a user waits for.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LINE = "上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"


def _time(command: list[str], runs: int) -> tuple[float, float]:
    subprocess.run(command, capture_output=True, check=False)  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    script = Path(sys.executable).with_name("plantrack")
    plantrack = str(script) if script.exists() else shutil.which("plantrack") or "plantrack"
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.txt"
        one.write_text(LINE, encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import plantrack'": [sys.executable, "-c", "import plantrack"],
            "plantrack --version": [plantrack, "--version"],
            "plantrack --help": [plantrack, "--help"],
            "plantrack extract --help": [plantrack, "extract", "--help"],
            "plantrack extract one-line.txt": [plantrack, "extract", "--year", "2023",
                                               "--format", "json", str(one)],
            "plantrack plugins": [plantrack, "plugins"],
            "plantrack regions Nantong": [plantrack, "regions", "Nantong"],
        }
        print(f"{'command':<34} {'median':>8} {'best':>8}   ({args.runs} runs)")
        for name, command in commands.items():
            median, best = _time(command, args.runs)
            print(f"{name:<34} {median * 1000:>6.0f} ms {best * 1000:>5.0f} ms")


if __name__ == "__main__":
    main()
