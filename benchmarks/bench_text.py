"""Throughput of the text engine, in characters per second, on one core.

    .venv/bin/python benchmarks/bench_text.py [--mb 5] [--repeat 3]

The five seed documents are repeated to at least ``--mb`` megabytes of text and timed:

* ``regex digit scan``   the floor: ``re.finditer(r"\\d+")`` over the same text
* ``opencc t2s``         OpenCC's traditional-to-simplified conversion alone
* ``clean``              plantrack's cleaning layer (OpenCC, the reading text, the offset maps)
* ``find_quantities``    recognition on already cleaned text (the goal: >= 5 M chars/s)
* ``clean + find``       both, what an extractor pays per document

Each figure is the best of ``--repeat`` runs. This is a benchmark, not a test: nothing
here asserts a speed.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _timing import best_of

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> str:
    seeds = "\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copies = int(megabytes * 1_000_000 // len(seeds)) + 1
    return "\n".join([seeds] * copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="text size in millions of chars")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from plantrack.text.clean import clean
    from plantrack.text.quantities import find_quantities
    from plantrack.text.script import to_simplified

    text = corpus(args.mb)
    normalised = clean(text).text
    digits = re.compile(r"\d+")
    found = len(find_quantities(normalised))
    rows = [
        ("regex digit scan", lambda: sum(1 for _ in digits.finditer(text))),
        ("opencc t2s", lambda: to_simplified(text)),
        ("clean", lambda: clean(text)),
        ("find_quantities", lambda: find_quantities(normalised)),
        ("clean + find", lambda: find_quantities(clean(text).text)),
    ]
    print(f"{len(text):,} characters (seeds x {len(text) // 50_000}), "
          f"{found:,} quantities found, best of {args.repeat}")
    print(f"{'stage':<20}{'seconds':>10}{'M chars/s':>12}")
    for name, run in rows:
        seconds = best_of(args.repeat, run)
        print(f"{name:<20}{seconds:>10.3f}{len(text) / seconds / 1e6:>12.2f}")


if __name__ == "__main__":
    main()
