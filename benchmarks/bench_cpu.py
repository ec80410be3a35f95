"""CPU time of the whole extraction on the team's real documents, for comparing commits
on a shared machine (wall-clock time swings with other work there; CPU time far less).

    python benchmarks/bench_cpu.py [--rounds 3] [--repeat 4]

Reads the seeds and ../shared/corpus/dev and dev2 (beside the checkout), extracts every
text ``--repeat`` times in one process per round, and prints each round's CPU seconds and
the best round's characters per second. Run it alternately on two commits
(``PYTHONPATH=other-checkout/src python benchmarks/bench_cpu.py``) to compare them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from plantrack import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()
    paths = [*sorted((SHARED / "seeds").glob("*.txt")),
             *sorted((SHARED / "corpus" / "dev").glob("*.txt")),
             *sorted((SHARED / "corpus" / "dev2").glob("*.txt"))]
    if not paths:
        raise SystemExit(f"no texts under {SHARED}: the team's corpora are needed")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    extract(texts[0])  # the registry and catalogues, built once, are not timed
    rounds = []
    for _ in range(args.rounds):
        start = time.process_time()
        for _ in range(args.repeat):
            for text in texts:
                extract(text)
        rounds.append(time.process_time() - start)
    chars = sum(map(len, texts)) * args.repeat
    print(f"{len(texts)} documents x {args.repeat}: CPU seconds per round "
          + ", ".join(f"{r:.3f}" for r in rounds)
          + f"; best {chars / min(rounds):,.0f} chars/s")


if __name__ == "__main__":
    main()
