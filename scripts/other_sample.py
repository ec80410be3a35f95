"""Regenerate the hand-checked sample of ``other`` facts and report its precision.

    .venv/bin/python scripts/other_sample.py [--size 120] [--seed 13] [--check]

plantrack reads the real documents the sample may be drawn from (the seeds, the dev and
dev2 corpora, and the pool documents that have gold, in ``tests/corpus_gold/pool/batch1``,
``batch2`` and ``batch3``: their texts are ``../shared/corpus/pool/<name>.txt``; the
other pool documents are never read), collects every fact of indicator ``other``, and
draws ``--size`` of them (all, when fewer). ``tests/corpus_gold/other_sample.tsv``
keeps one row per drawn fact: document, span, label, value, verdict (``ok``, ``wrong``
or ``?`` for a fact not judged yet), note. A fact already judged (same document, span,
label and value) is always drawn and keeps its verdict; the rest of the sample is drawn
from the facts not judged yet with a fixed seed. The texts are never copied. Precision
is ok / (ok + wrong).

``--check`` writes nothing: it exits 1 when a drawn fact has no verdict or the precision
is below the goal (0.85).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import plantrack

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "tests" / "corpus_gold" / "other_sample.tsv"
POOL_GOLD = REPO / "tests" / "corpus_gold" / "pool"
BATCHES = ("batch1", "batch2", "batch3")
COLUMNS = ("document", "span", "label", "value", "verdict", "note")
GOAL = 0.85


def documents() -> list[Path]:
    """The texts the sample may be drawn from (never a pool document without gold)."""
    found = [*sorted((SHARED / "seeds").glob("*.txt")),
             *sorted((SHARED / "corpus" / "dev").glob("*.txt")),
             *sorted((SHARED / "corpus" / "dev2").glob("*.txt"))]
    found += [SHARED / "corpus" / "pool" / f"{gold.stem}.txt"
              for batch in BATCHES for gold in sorted((POOL_GOLD / batch).glob("*.json"))]
    return [path for path in found if path.is_file()]


def other_facts() -> list[dict[str, str]]:
    rows = []
    for path in documents():
        for fact in plantrack.extract(path).facts:
            if fact.indicator != "other":
                continue
            rows.append({"document": path.name,
                         "span": f"{fact.provenance.start}-{fact.provenance.end}",
                         "label": fact.indicator_label or "",
                         "value": f"{fact.measure} {fact.quantity.comparator} "
                                  f"{fact.quantity.value} {fact.quantity.unit}",
                         "verdict": "?", "note": ""})
    return rows


def _key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["document"], row["span"], row["label"], row["value"])


def read_sample() -> dict[tuple[str, ...], dict[str, str]]:
    if not SAMPLE.is_file():
        return {}
    with SAMPLE.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return {_key(row): row for row in csv.DictReader(lines, delimiter="\t")}


def draw(rows: list[dict[str, str]], size: int, seed: int,
         judged: set[tuple[str, ...]] = frozenset()) -> list[dict[str, str]]:
    """Every already judged fact, then a seeded draw of the others up to ``size``."""
    if len(rows) <= size:
        return rows
    kept = [i for i, row in enumerate(rows) if _key(row) in judged]
    rest = [i for i, row in enumerate(rows) if _key(row) not in judged]
    more = random.Random(seed).sample(rest, max(0, min(len(rest), size - len(kept))))
    return [rows[i] for i in sorted([*kept, *more])]


def precision(rows: list[dict[str, str]]) -> tuple[int, int, int]:
    ok = sum(row["verdict"] == "ok" for row in rows)
    wrong = sum(row["verdict"] == "wrong" for row in rows)
    return ok, wrong, len(rows) - ok - wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=120)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    judged = read_sample()
    drawn = draw(other_facts(), args.size, args.seed, set(judged))
    rows = [judged.get(_key(row), row) for row in drawn]
    if not args.check:
        with SAMPLE.open("w", encoding="utf-8", newline="") as f:
            f.write("# Hand-checked 'other' facts: scripts/other_sample.py draws them; a verdict\n"
                    "# says whether the label names the indicator the number is stated for\n"
                    "# (in the region's scope), with the right value and measure.\n")
            writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    ok, wrong, open_ = precision(rows)
    share = ok / (ok + wrong) if ok + wrong else 0.0
    print(f"{len(rows)} other facts drawn from {len(documents())} documents: "
          f"{ok} ok, {wrong} wrong, {open_} not judged; precision {share:.3f}")
    return 1 if args.check and (open_ or share < GOAL) else 0


if __name__ == "__main__":
    sys.exit(main())
