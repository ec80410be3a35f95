"""``show`` and ``evaluate``: the commands that check what plantrack read. Kept out of
:mod:`plantrack.cli` to keep it small; each imports its library module only when run,
so ``plantrack --help`` stays fast."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from plantrack import cliparams

__all__ = ["COMMANDS"]


@click.command(short_help="The text spans and quotes index.")
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE|-")
@click.option("--span", type=cliparams.SPAN,
              help="Print only text[START:END] and the line it is on.")
@click.option("--raw", is_flag=True,
              help="Print the text exactly, nothing added (offsets are its indices).")
@click.option("--json", "as_json", is_flag=True,
              help="The text and where it came from, as one JSON object.")
@cliparams.load_options
def show(*, file: Path, span: tuple[int, int] | None, raw: bool, as_json: bool,
         **load: Any) -> int:
    """The text plantrack reads from FILE (what every span and quote indexes), each line
    after the offset it starts at; - reads standard input."""
    from plantrack.components import LoadOptions
    from plantrack.errors import UsageError
    from plantrack.show import show as run

    if sum(map(bool, (span, raw, as_json))) > 1:
        raise UsageError("--span, --raw and --json cannot be combined; give one")
    options = LoadOptions(encoding=load["encoding"], max_bytes=load["max_size"])
    return run(file, options, span=span, raw=raw, as_json=as_json)


@click.command(short_help="Precision and recall against gold files.")
@click.argument("gold", type=click.Path(path_type=Path), metavar="GOLD_DIR")
@click.option("--docs", type=click.Path(path_type=Path), metavar="DIR",
              help="Folder of the source texts (default: GOLD_DIR).")
@click.option("--predictions", type=click.Path(path_type=Path), metavar="FILE",
              help="plantrack JSON output to score instead of extracting afresh.")
@click.option("--verbose", is_flag=True,
              help="List every missed gold fact, extra prediction and missed project.")
@click.option("--min-f1", type=click.FloatRange(0, 1), metavar="X",
              help="Exit 1 when the overall fact F1 is below X.")
@click.option("--format", "format_", type=click.Choice(["rich", "json"], case_sensitive=False),
              default="rich", help="rich or json.  [default: rich]")
def evaluate(*, gold: Path, docs: Path | None, predictions: Path | None, verbose: bool,
             min_f1: float | None, format_: str) -> int:
    """Precision, recall and F1 against the FACTS.md gold files in GOLD_DIR, with the
    reference scorer's rules."""
    from plantrack.evaluate import run_evaluation

    return run_evaluation(gold, docs, predictions, verbose=verbose, min_f1=min_f1,
                          as_json=format_.lower() == "json")


COMMANDS = (show, evaluate)
