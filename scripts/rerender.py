"""Read the annotated table documents' barred tables again, cut another way.

    .venv/bin/python scripts/rerender.py GOLD_DIR DOCS_DIR [GOLD_DIR DOCS_DIR ...]
        [--renderings tabs,unbarred,spaces,cells,traditional] [--drop 0.05]

A table's meaning does not hang on how a copy cuts its cells, so plantrack should read
the same facts from it however it is rendered. For every gold document (FACTS.md, in a
``GOLD_DIR``) whose text (in the ``DOCS_DIR`` beside it) holds three or more lines cut by
bars (``| 地区 | 总量 |``), this script writes the text again with those lines cut
another way, scores plantrack on each copy against the same gold (the scorer matches
facts on kind, indicator, measure, region, period and value; a quote's place does not
count) and prints each rendering's figures beside the barred original's, with the
documents whose F1 falls by more than ``--drop``:

- ``tabs``: the cells cut by tabs (a spreadsheet's copy), the rule line (|---|) dropped;
- ``unbarred``: the outer bars dropped (``地区 | 总量``);
- ``spaces``: the cells cut by runs of spaces, an empty cell written ``-``;
- ``cells``: one cell a line, an empty cell an empty line;
- ``traditional``: the whole text in traditional characters (OpenCC ``s2t``).

The copies are written to a temporary folder and removed after: the texts are others'
and never enter the project. Exit status 0; the figures are for docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from plantrack.evaluate import EvaluationReport, evaluate, predict

_RULE_CELL = re.compile(r":?-+:?")
_BARRED_MIN = 3  # lines cut by bars that make a text a table document here


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return [cell.strip() for cell in line.split("|")]


def _barred(line: str) -> bool:
    return line.count("|") >= 2


def _recut(join: Callable[[list[str]], list[str]]) -> Callable[[str], str]:
    def render(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if not _barred(line):
                out.append(line)
                continue
            cells = _cells(line)
            if all(_RULE_CELL.fullmatch(cell) for cell in cells):
                continue  # |---|---|: a rule only bars draw
            out.extend(join(cells))
        return "\n".join(out)
    return render


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


RENDERINGS: dict[str, Callable[[str], str]] = {
    "tabs": _recut(lambda cells: ["\t".join(cells)]),
    "unbarred": _recut(lambda cells: [" | ".join(cells)]),
    "spaces": _recut(lambda cells: ["  ".join(cell or "-" for cell in cells)]),
    "cells": _recut(lambda cells: cells),
    "traditional": _traditional,
}


def _table_documents(pairs: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """(gold file, text) of every gold document whose text has barred lines."""
    out = []
    for gold_dir, docs_dir in pairs:
        for gold in sorted(gold_dir.glob("*.json")):
            source = docs_dir / json.loads(gold.read_text(encoding="utf-8"))["document"]
            if source.is_file() and sum(_barred(line) for line in source.read_text(
                    encoding="utf-8").split("\n")) >= _BARRED_MIN:
                out.append((gold, source))
    return out


def _score(documents: list[tuple[Path, Path]], render: Callable[[str], str] | None,
           folder: Path) -> EvaluationReport:
    gold_dir, docs_dir = folder / "gold", folder / "docs"
    for path in (gold_dir, docs_dir):
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
    for gold, source in documents:
        shutil.copy(gold, gold_dir / gold.name)
        text = source.read_text(encoding="utf-8")
        (docs_dir / source.name).write_text(render(text) if render else text,
                                            encoding="utf-8")
        sidecar = source.with_name(source.name + ".meta.json")
        if sidecar.is_file():
            shutil.copy(sidecar, docs_dir / sidecar.name)
    predictions, _ = predict(gold_dir, docs_dir)
    return evaluate(gold_dir, predictions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="GOLD_DIR DOCS_DIR pairs")
    parser.add_argument("--renderings", default=",".join(RENDERINGS))
    parser.add_argument("--drop", type=float, default=0.05)
    args = parser.parse_args(argv)
    if len(args.folders) % 2:
        parser.error("give the folders in pairs: GOLD_DIR DOCS_DIR")
    names = [name for name in args.renderings.split(",") if name]
    if unknown := [name for name in names if name not in RENDERINGS]:
        parser.error(f"no such rendering: {', '.join(unknown)}")
    pairs = list(zip(args.folders[::2], args.folders[1::2], strict=True))
    documents = _table_documents(pairs)
    with tempfile.TemporaryDirectory() as tmp:
        base = _score(documents, None, Path(tmp))
        barred = {d.document: d.totals.f1 for d in base.documents}
        t = base.totals
        print(f"{'barred':12} {len(documents):4} documents  tp {t.tp:5} fp {t.fp:4} "
              f"fn {t.fn:5}  F1 {t.f1:.3f}")
        for name in names:
            report = _score(documents, RENDERINGS[name], Path(tmp))
            t = report.totals
            print(f"{name:12} {len(documents):4} documents  tp {t.tp:5} fp {t.fp:4} "
                  f"fn {t.fn:5}  F1 {t.f1:.3f}")
            for doc in report.documents:
                if barred.get(doc.document, 0.0) - doc.totals.f1 > args.drop:
                    print(f"    {doc.document}: {barred[doc.document]:.3f} -> "
                          f"{doc.totals.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
