"""The ``plantrack`` command: extract, scorecard, show, evaluate, plugins, indicators, regions.

Errors are one line on stderr naming the file or argument, with a non-zero exit; in a
batch a bad file is reported and the others still go through. Output is plain text when
stdout is not a terminal or NO_COLOR is set (Rich decides from the console it is given).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from plantrack.errors import PlantrackError, UsageError

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _console(stderr: bool = False) -> Any:
    """One Rich console per invocation: colour only on a terminal and without NO_COLOR."""
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")),
                   highlight=False, soft_wrap=False)


def _error(message: str) -> None:
    sys.stderr.write(f"plantrack: error: {message}\n")


def _emit(rendered: Any, args: argparse.Namespace) -> None:
    from plantrack.cli_store import emit

    emit(rendered, args, _console())


def _reporter(name: str, registry: Any) -> Any:
    reporter = registry.reporters.get(name)
    if reporter is None:
        raise UsageError(f"unknown format {name!r}; choose from "
                         f"{', '.join(sorted(registry.reporters))}")
    return reporter


def _options(paths: Sequence[Path] = ()) -> Any:
    """What reporters may use: the console's width and colour, the source files (for
    reporters that show a quote in its context)."""
    from plantrack.api import indicator_names
    from plantrack.components import ReportOptions

    console = _console()
    return ReportOptions(width=console.width, color=console.is_terminal and not console.no_color,
                         extra={"paths": [str(p) for p in paths]},
                         indicator_names=indicator_names())


def _extract_all(paths: Sequence[Path], args: argparse.Namespace, region: str | None,
                 registry: Any) -> tuple[list[Any], int]:
    """Extract every file (saved ``.json``/``.jsonl`` extractions are read back); report
    each failure on its own line as it happens, go on."""
    from plantrack.cli_store import gather_for
    from plantrack.model import Failure

    extractions, failures = [], 0
    for outcome in gather_for(args, paths, region, registry, load_options(args)):
        if isinstance(outcome, Failure):
            _error(str(outcome))
            failures += 1
        else:
            extractions.append(outcome)
            _warn_undated(outcome)
    total = len(extractions) + failures
    if failures and total > 1:
        sys.stderr.write(f"plantrack: {len(extractions)} of {total} files read; "
                         f"{failures} failed (listed above)\n")
    return extractions, failures


def _warn_undated(extraction: Any) -> None:
    """One line for a document whose year nothing decided: its facts are kept undated."""
    undated = sum(1 for fact in extraction.facts if fact.period is None)
    if undated:
        name = extraction.text.source if extraction.text and extraction.text.source else (
            extraction.document)
        sys.stderr.write(f"plantrack: warning: {name}: no year found; {undated} "
                         f"fact{'s' if undated > 1 else ''} kept without a period (give "
                         f"--year YEAR, or a \"published\" date in {name}.meta.json)\n")


def load_options(args: argparse.Namespace) -> Any:
    from plantrack.components import LoadOptions

    return LoadOptions(encoding=args.encoding, max_bytes=args.max_size)


def parse_size(text: str) -> int:
    """``50M``, ``200MB``, ``1G``, ``4096`` → bytes (argparse type; KiB-based units)."""
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    number = text.strip().upper().removesuffix("B").removesuffix("I")
    unit = number[-1:] if number[-1:] in units else ""
    try:
        value = float(number.removesuffix(unit) if unit else number)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M, 1G)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (must be positive)")
    return int(value * units[unit])


def cmd_extract(args: argparse.Namespace) -> int:
    from plantrack.plugins import get_registry

    registry = get_registry()
    reporter = _reporter(args.format, registry)
    if args.region:
        from plantrack.api import resolve_region

        resolve_region(args.region, registry)
    if not args.paths and args.db is None:
        raise UsageError("give files or folders to read (or --db: the stored documents)")
    extractions, failures = _extract_all(args.paths, args, args.region, registry)
    if not args.paths:  # --db alone: every stored document
        from plantrack.store import open_store

        with open_store(args.db or None) as store:
            extractions = store.extractions()
    if extractions:
        _emit(reporter.report_extractions(extractions, _options(args.paths)), args)
    return EXIT_FAILED if failures else EXIT_OK


def cmd_scorecard(args: argparse.Namespace) -> int:
    from plantrack.api import resolve_region, scorecard, seed_paths
    from plantrack.plugins import get_registry

    registry = get_registry()
    reporter = _reporter(args.format, registry)
    if args.region:
        resolve_region(args.region, registry)
    paths = args.paths or ([] if args.db is not None else seed_paths())
    if not paths and args.db is None:
        raise UsageError("no input given and no bundled seed documents found")
    extractions, failures = _extract_all(paths, args, None, registry)
    card = scorecard(extractions, region=args.region, period=args.period,
                     status=args.status, registry=registry)
    _emit(reporter.report_scorecard(card, _options(paths)), args)
    return EXIT_FAILED if failures else EXIT_OK


def cmd_plugins(args: argparse.Namespace) -> int:
    """List every plugin: name, version, entry point, what it provides, broken or ok.

    Large catalogues are summarised as counts ("40 indicators") unless ``--all``.
    """
    from plantrack.plugins import build_registry, get_plugin_manager, plugin_infos

    pm = get_plugin_manager()
    infos = plugin_infos(pm, build_registry(pm))
    if args.json:
        from plantrack.report.json import dumps

        records = [{
            "name": i.name, "version": i.version, "origin": i.origin,
            "entry_point": i.entry_point, "hooks": list(i.hooks),
            "provides": {kind: (names if args.all or len(names) <= 5 else len(names))
                         for kind, names in i.provided().items()},
            "broken": i.broken, "error": i.error,
        } for i in infos]
        sys.stdout.write(dumps(records) + "\n")
        return EXIT_OK
    from rich.table import Table

    table = Table(title="plantrack plugins")
    columns = ["name", "version", "from", "provides", "status"]
    if args.all:
        columns.insert(4, "hooks")
    for column in columns:
        # names and versions are read whole; the rest may wrap
        table.add_column(column, overflow="fold", no_wrap=column in ("name", "version"))
    for info in infos:
        status = f"BROKEN: {info.error}" if info.broken else "ok"
        provides = info.summary(limit=10**9 if args.all else 5)
        cells = [info.name, info.version or "-", info.origin, "\n".join(provides) or "-"]
        if args.all:
            cells.append("\n".join(info.hooks))
        table.add_row(*cells, status)
    _console().print(table)
    return EXIT_OK


def cmd_indicators(args: argparse.Namespace) -> int:
    from rich.table import Table

    from plantrack.api import catalog_of

    table = Table(title="indicators")
    for column in ("id", "name", "kind", "unit", "better", "aliases"):
        table.add_column(column, overflow="fold")
    for ind in catalog_of().indicators.values():
        table.add_row(ind.id, ind.name, ind.kind, ind.unit, ind.better, " ".join(ind.aliases))
    _console().print(table)
    return EXIT_OK


def cmd_regions(args: argparse.Namespace) -> int:
    from rich.table import Table

    from plantrack.api import catalog_of

    gazetteer = catalog_of().gazetteer
    regions = (gazetteer.lookup(args.query) if args.query
               else [r for r in gazetteer.by_code.values()
                     if r.level in ("country", "province")])
    if args.query and not regions:
        raise UsageError(f"unknown region: {args.query!r}")
    table = Table(title="regions")
    for column in ("code", "name", "level", "parent", "full name", "aliases"):
        table.add_column(column, overflow="fold")
    for r in regions:
        table.add_row(r.code, r.name, r.level, r.parent or "-", r.full_name,
                      " ".join(r.aliases))
    _console().print(table)
    return EXIT_OK


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r} "
                                         f"(0 means one per CPU)")
    return jobs


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of every command that reads a batch of files."""
    add_load_arguments(parser)
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="read N files at a time in worker processes "
                             "(0: one per CPU; default 1)")


def add_load_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of every command that reads files."""
    from plantrack.components import DEFAULT_MAX_BYTES

    parser.add_argument("--encoding", help="decode text files with this encoding "
                                           "(default: UTF-8, else detected)")
    parser.add_argument("--max-size", type=parse_size, default=DEFAULT_MAX_BYTES,
                        metavar="SIZE", help="refuse files larger than this "
                                             "(default 100M; e.g. 50M, 1G)")


def _formats() -> str:
    return "rich|json|jsonl|csv|markdown|xlsx (or a plugin's)"


def build_parser() -> argparse.ArgumentParser:
    from plantrack import cli_store

    parser = argparse.ArgumentParser(
        prog="plantrack",
        description="Track Chinese government plan targets against reported results.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract targets, results and projects from files")
    p.add_argument("paths", nargs="*", type=Path, metavar="FILE|DIR",
                   help="files and folders to read (folders recursively); - reads stdin")
    p.add_argument("--format", default="rich", help=_formats())
    p.add_argument("--year", type=int, help="the year the documents are written in")
    p.add_argument("--region", help="the region the documents are about (name or code)")
    add_batch_arguments(p)
    cli_store.add_db_argument(p, "read stored documents from the database and store new ones")
    cli_store.add_output_arguments(p)
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser("scorecard", help="targets against results (default: bundled seeds)")
    p.add_argument("paths", nargs="*", type=Path, metavar="FILE|DIR")
    p.add_argument("--region", help="a region name or code; a parent selects its children")
    p.add_argument("--period", help="only targets for this period, e.g. 2023 or 2021..2025")
    p.add_argument("--status", action="append",
                   help="only rows with this status (repeatable)")
    p.add_argument("--format", default="rich", help=_formats())
    p.add_argument("--year", type=int, help="the year the documents are written in")
    add_batch_arguments(p)
    cli_store.add_db_argument(p, "score every document in the database (files given are "
                                 "stored first)")
    cli_store.add_output_arguments(p)
    p.set_defaults(handler=cmd_scorecard)

    p = sub.add_parser("plugins", help="list plugins: what each provides, where from")
    p.add_argument("--all", action="store_true",
                   help="also show the hooks each implements, and every catalogue entry")
    p.add_argument("--json", action="store_true",
                   help="machine-readable output (provides: names, or a count past 5)")
    p.set_defaults(handler=cmd_plugins)

    p = sub.add_parser("indicators", help="list the indicator catalogue")
    p.set_defaults(handler=cmd_indicators)

    p = sub.add_parser("regions", help="list provinces, or look a region up")
    p.add_argument("query", nargs="?", help="a name, short form or code")
    p.set_defaults(handler=cmd_regions)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[Any], None]]:
    """Commands defined in their own modules (kept out of this one to keep it small)."""
    from plantrack import cli_store, evaluate, show

    return [evaluate.register_command, show.register_command, cli_store.register_command]


def main(argv: Sequence[str] | None = None) -> int:
    from plantrack.cli_store import utf8_streams

    utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except PlantrackError as exc:
        _error(str(exc))
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FAILED
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
