"""Throughput of the whole extraction pipeline, beside jionlp's money extractor.

    .venv/bin/python benchmarks/bench_extract.py [--mb 5] [--repeat 3] [--jobs N] [--profile]

The seed documents and the dev corpus (``../shared/corpus/dev`` beside the checkout,
when present) are copied until the copies hold at least ``--mb`` megabytes of UTF-8, and
processed as that many separate documents, one call each, as a batch run would:

* ``plantrack extract``  :func:`plantrack.extract` on each document: load nothing (the
  text is in memory), normalise, settle the year, split sections, run every extractor
  the engine chooses (facts and projects), merge; the whole pipeline.
* ``plantrack extract_batch``  (with ``--jobs N``) the same documents written to files in
  a temporary folder and read back by :func:`plantrack.extract_batch`, once in this
  process and once with ``N`` worker processes: what a batch run of the command costs,
  and what spreading it over CPUs buys. Not the goal's figure: jionlp uses one process.
* ``jionlp extract_money``  ``jionlp.ner.extract_money`` on the same documents: a peer
  that finds only sums of money (no indicators, periods, regions or projects).

Each copy gets a distinct name and a distinct last line, so no cache keyed by content can
serve one copy from another. Figures are characters per second, best of ``--repeat``.
The goal is plantrack >= 1.5 x jionlp's throughput. ``--profile`` runs plantrack once
under cProfile and prints the 25 costliest functions.

jionlp is a heavy, benchmark-only dependency (it pulls numpy and a segmenter): install
it into the venv by hand (``.venv/bin/pip install jionlp``); it is not among plantrack's
dependencies. Without it the jionlp row is skipped. This is a benchmark, not a test:
nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from _timing import best_of

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "seeds", REPO.parent / "shared" / "corpus" / "dev")


def documents(megabytes: float) -> list[tuple[str, str]]:
    """(name, text) pairs: the source texts, copied to at least ``megabytes`` MB."""
    texts = [(p.name, p.read_text("utf-8")) for folder in SOURCES if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit("no source texts found (seeds/ or ../shared/corpus/dev)")
    out: list[tuple[str, str]] = []
    size, copy = 0, 0
    while size < megabytes * 1_000_000:
        for name, text in texts:
            body = f"{text}\n（第{copy}份）\n"
            out.append((f"{copy:04d}-{name}", body))
            size += len(body.encode("utf-8"))
        copy += 1
    return out


def run_plantrack(docs: Sequence[tuple[str, str]]) -> Callable[[], int]:
    from plantrack import extract
    from plantrack.model import Document
    from plantrack.plugins import get_registry

    registry = get_registry()
    batch = [Document(name=name, text=text) for name, text in docs]
    extract(batch[0], registry=registry)  # build the catalogue and load OpenCC first

    def run() -> int:
        return sum(len(extract(d, registry=registry).facts) for d in batch)

    return run


def run_batch(folder: Path, jobs: int) -> Callable[[], int]:
    from plantrack import extract_batch
    from plantrack.model import Extraction

    def run() -> int:
        return sum(len(o.facts) for o in extract_batch([folder], jobs=jobs)
                   if isinstance(o, Extraction))

    return run


def run_jionlp(docs: Sequence[tuple[str, str]]) -> Callable[[], int] | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # it prints a banner on import
            import jionlp
    except ImportError:
        return None
    texts = [text for _, text in docs]
    jionlp.ner.extract_money(texts[0])  # warm up its lazily built parser

    def run() -> int:
        return sum(len(jionlp.ner.extract_money(t)) for t in texts)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of UTF-8 text")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1,
                        help="also time extract_batch over files with N worker processes")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    docs = documents(args.mb)
    chars = sum(len(text) for _, text in docs)
    size = sum(len(text.encode("utf-8")) for _, text in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {size / 1e6:.2f} MB UTF-8")

    ours = run_plantrack(docs)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(ours)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    rows = [("plantrack extract (facts + projects)", best_of(args.repeat, ours))]
    if args.jobs > 1:
        with tempfile.TemporaryDirectory() as folder:
            for name, text in docs:
                Path(folder, name).write_text(text, "utf-8")
            for jobs in (1, args.jobs):
                label = f"plantrack extract_batch, files, {jobs} proc"
                rows.append((label, best_of(args.repeat, run_batch(Path(folder), jobs))))
    peer = run_jionlp(docs)
    if peer is not None:
        rows.append(("jionlp extract_money (money only)", best_of(args.repeat, peer)))
    print(f"| {'pipeline':38} | {'seconds':>8} | {'chars/s':>12} |")
    print(f"|{'-' * 40}|{'-' * 10}|{'-' * 14}|")
    for label, seconds in rows:
        print(f"| {label:38} | {seconds:8.2f} | {chars / seconds:12,.0f} |")
    if peer is not None:
        print(f"plantrack / jionlp throughput: {rows[-1][1] / rows[0][1]:.2f}x (goal >= 1.5x)")
    else:
        print("jionlp is not installed: .venv/bin/pip install jionlp")


if __name__ == "__main__":
    main()
