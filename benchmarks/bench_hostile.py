"""Pathological input through the whole pipeline: is the time linear in the size?

    .venv/bin/python benchmarks/bench_hostile.py [--repeat 3] [--scale 1.0] [--only NAME]

Each input below runs at its full size and at half of it, one :func:`plantrack.extract`
call (year given, so every extractor reads it). The table gives seconds (best of
``--repeat``), characters per second, the ratio of the two times (about 2 when the time
is linear; 4 would be quadratic) and the peak RSS of a process that ran only that
input (each run is a fresh subprocess, so one input's memory does not hide another's).
The idle row is the same process extracting one short sentence: the interpreter, the
catalogues and OpenCC. This is a benchmark, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from _timing import best_of

SCRIPT = Path(__file__).resolve()


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _controls(size: int) -> str:
    """Control, zero-width and BOM characters mixed into short facts."""
    rng = random.Random(1)
    junk = [0, 1, 7, 8, 11, 12, 27, 127, 0x200B, 0x200D, 0xFEFF]
    return _repeat("".join(chr(rng.choice(junk)) + "增长5%" for _ in range(997)), size)


# name -> (full size in characters, builder)
INPUTS: dict[str, tuple[int, Callable[[int], str]]] = {
    "digits": (1_000_000, lambda n: _repeat("1", n)),
    "line without punctuation": (200_000, lambda n: _repeat(
        "全市地区生产总值增长六点五个百分点投资一万二千亿元新建项目三十个", n)),
    "万 repeated": (1_000_000, lambda n: _repeat("万", n)),
    "3万 repeated": (1_000_000, lambda n: _repeat("3万", n)),
    "control characters": (240_000, _controls),
    "zero-width interleaved": (240_000, lambda n: _repeat("增\u200b长\u200d5\ufeff%\u200b", n)),
    "lone surrogates": (240_000, lambda n: _repeat("\ud800GDP增长6.5%\udfff", n)),
    "sentence without full stop": (200_000, lambda n: _repeat(
        "确保GDP增长6.5%以上，投资1.2万亿元", n)),
    "facts, one per sentence": (200_000, lambda n: _repeat("地区生产总值增长5%。", n)),
}
IDLE = "idle (one short sentence)"


def measure(name: str, size: int, repeat: int) -> dict[str, float]:
    """Run in a fresh process: seconds of the best run and the process's peak RSS."""
    from plantrack import extract

    warm = "地区生产总值增长5%。"
    extract(warm, year=2023)  # catalogues and OpenCC load outside the timing
    text = warm if name == IDLE else INPUTS[name][1](size)
    facts = len(extract(text, year=2023).facts)
    seconds = best_of(repeat, lambda: extract(text, year=2023))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"chars": len(text), "seconds": seconds, "rss_mb": rss_mb, "facts": facts}


def _child(name: str, size: int, repeat: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCRIPT), "--child", name, "--size", str(size),
                          "--repeat", str(repeat)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every full size")
    parser.add_argument("--only", help="run only the input of this name")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.size, args.repeat)))
        return
    idle = _child(IDLE, 0, 1)
    print(f"idle process peak RSS: {idle['rss_mb']:.0f} MB\n")
    print("| input | chars | seconds | chars/s | ratio full/half | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (full, _) in INPUTS.items():
        if args.only and name != args.only:
            continue
        size = int(full * args.scale)
        half = _child(name, size // 2, args.repeat)
        whole = _child(name, size, args.repeat)
        ratio = whole["seconds"] / half["seconds"]
        for row in (half, whole):
            chars, secs = int(row["chars"]), row["seconds"]
            mark = f"{ratio:.2f}" if row is whole else ""
            print(f"| {name} | {chars:,} | {secs:.3f} | {chars / secs:,.0f} | {mark} "
                  f"| {row['rss_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
