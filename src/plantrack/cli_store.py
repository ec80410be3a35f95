"""The commands and options of the store, the history and the output files: ``add``,
``db``, ``history``; ``--db``, ``-o FILE`` and ``-q`` on ``extract`` and ``scorecard``.

Kept apart from :mod:`plantrack.cli` so that its wiring can move (to click) on its own:
each function parses nothing itself beyond its arguments, calls the library and hands
the result to a reporter.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from plantrack.errors import UsageError

__all__ = ["add_db_argument", "add_output_arguments", "emit", "gather_for", "register_command",
           "tracked", "utf8_streams"]

T = TypeVar("T")
#: Formats whose files are written for Excel: UTF-8 with a byte-order mark.
BOM_FORMATS = ("csv",)


def utf8_streams() -> None:
    """stdout and stderr in UTF-8 whatever the platform's default (a Windows console, a
    ``> file`` under a legacy code page), so that Chinese never crashes a run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") \
                != "utf8":
            reconfigure(encoding="utf-8", errors="replace")


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write to FILE instead of standard output (CSV gets a UTF-8 "
                             "byte-order mark for Excel; xlsx needs it)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar on standard error")


def add_db_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--db", nargs="?", const="", default=None, metavar="PATH|URL",
                        help=f"{help_text} (a file, or postgresql://…; alone: $PLANTRACK_DB "
                             "or the default file, see `plantrack db`)")


def emit(rendered: Any, args: argparse.Namespace, console: Any) -> None:
    """Write a reporter's output: text, bytes (xlsx) or a Rich renderable, to ``-o FILE``
    or standard output."""
    output: Path | None = getattr(args, "output", None)
    fmt = getattr(args, "format", "")
    if isinstance(rendered, bytes):
        if output is None and sys.stdout.isatty():
            raise UsageError(f"--format {fmt} writes a binary file: give -o FILE")
        if output is None:
            sys.stdout.buffer.write(rendered)
        else:
            _write(output, lambda f: f.write(rendered), binary=True)
        return
    if not isinstance(rendered, str):
        if output is None:
            console.print(rendered)
            return
        from rich.console import Console

        with output.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=console.width, no_color=True, highlight=False,
                    soft_wrap=False).print(rendered)
        return
    if output is None:
        sys.stdout.write(rendered)
    else:
        encoding = "utf-8-sig" if fmt in BOM_FORMATS else "utf-8"
        _write(output, lambda f: f.write(rendered), encoding=encoding)


def _write(path: Path, write: Any, *, binary: bool = False, encoding: str = "utf-8") -> None:
    try:
        if binary:
            with path.open("wb") as handle:
                write(handle)
        else:
            with path.open("w", encoding=encoding, newline="") as handle:
                write(handle)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None


def tracked(items: Iterable[T], total: int, label: str, quiet: bool) -> Iterator[T]:
    """``items``, with a progress bar on standard error when it is a terminal (and not
    ``quiet``) and there is more than one."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _count(paths: Sequence[Path]) -> int:
    from plantrack.api import walk_paths

    return sum(1 for _ in walk_paths(paths))


def gather_for(args: argparse.Namespace, paths: Sequence[Path], region: str | None,
               registry: Any, load_options: Any) -> Iterator[Any]:
    """The outcomes a command reads: every file (documents and saved extractions), and
    with ``--db`` the files through the store (stored ones not read again) and then every
    other document the store holds."""
    from plantrack.api import gather

    db = getattr(args, "db", None)
    quiet = getattr(args, "quiet", False)
    if db is None:
        yield from tracked(gather(paths, year=args.year, region=region, registry=registry,
                                  options=load_options, jobs=args.jobs),
                           _count(paths), "reading", quiet)
        return
    from plantrack.store import add_paths, open_store

    with open_store(db or None) as store:
        seen = set()
        for added in tracked(add_paths(store, paths, year=args.year, region=region,
                                       registry=registry, options=load_options,
                                       jobs=args.jobs, keep=True),
                             _count(paths), "reading", quiet):
            seen.add(added.path)
            yield added.failure or added.extraction
        if args.command == "scorecard":
            yield from (e for e in store.extractions() if e.document not in seen)


# --- commands ------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    from plantrack.cli import EXIT_FAILED, EXIT_OK, load_options
    from plantrack.plugins import get_registry
    from plantrack.store import add_paths, open_store

    registry = get_registry()
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
    with open_store(args.db or None) as store:
        for added in tracked(add_paths(store, args.paths, year=args.year, region=args.region,
                                       registry=registry, options=load_options(args),
                                       jobs=args.jobs),
                             _count(args.paths), "adding", args.quiet):
            counts[added.status] += 1
            if added.failure is not None:
                sys.stderr.write(f"plantrack: error: {added.failure}\n")
            elif added.status != "unchanged" and args.verbose:
                sys.stderr.write(f"{added.status}: {added.path}\n")
        sys.stderr.write(f"plantrack: {store.url}: {counts['added']} added, "
                         f"{counts['replaced']} replaced, {counts['unchanged']} unchanged"
                         + (f", {counts['failed']} failed" if counts["failed"] else "") + "\n")
    return EXIT_FAILED if counts["failed"] else EXIT_OK


def cmd_db(args: argparse.Namespace) -> int:
    from plantrack.cli import EXIT_OK
    from plantrack.store import open_store

    with open_store(args.db or None) as store:
        summary = store.summary()
    if args.json:
        from plantrack.report.json import dumps

        record = {"url": summary.url, "schema": list(summary.migrations),
                  "documents": summary.documents, "versions": summary.versions,
                  "facts": summary.facts, "projects": summary.projects,
                  "years": {str(y): n for y, n in summary.years},
                  "regions": [{"region": r, "name": name, "facts": n}
                              for r, name, n in summary.regions]}
        sys.stdout.write(dumps(record) + "\n")
        return EXIT_OK
    lines = [f"database   {summary.url}",
             f"schema     {', '.join(summary.migrations)}",
             f"documents  {summary.documents} ({summary.versions - summary.documents} "
             "replaced versions kept)",
             f"facts      {summary.facts}",
             f"projects   {summary.projects}",
             "years      " + (", ".join(f"{y or 'undated'}: {n}" for y, n in summary.years)
                              or "—"),
             "regions    " + (", ".join(f"{name or '?'} {r or ''} ({n})".replace(" (", " (", 1)
                                        for r, name, n in summary.regions[:10]) or "—")]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from plantrack.api import history, resolve_region
    from plantrack.cli import EXIT_FAILED, EXIT_OK, _console, _options, _reporter, load_options
    from plantrack.model import Failure
    from plantrack.plugins import get_registry

    registry = get_registry()
    reporter = _reporter(args.format, registry)
    if not hasattr(reporter, "report_history"):
        raise UsageError(f"format {args.format!r} cannot show a history")
    region = resolve_region(args.region, registry)
    if not args.paths and args.db is None:
        args.db = ""  # no files: the store
    args.command = "scorecard"  # every stored document, not only the files given
    extractions, failures = [], 0
    for outcome in gather_for(args, args.paths, None, registry, load_options(args)):
        if isinstance(outcome, Failure):
            sys.stderr.write(f"plantrack: error: {outcome}\n")
            failures += 1
        else:
            extractions.append(outcome)
    found = history(extractions, region=region.code, indicator=args.indicator,
                    measure=args.measure, registry=registry)
    emit(reporter.report_history(found, _options(args.paths)), args, _console())
    return EXIT_FAILED if failures else EXIT_OK


def register_command(sub: Any) -> None:
    """Add ``add``, ``db`` and ``history`` to the ``plantrack`` command's subparsers."""
    from plantrack.cli import add_batch_arguments

    p = sub.add_parser("add", help="extract files into the database (what it has is skipped)")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    p.add_argument("--db", default=None, metavar="PATH|URL",
                   help="the database (a file, or postgresql://…; default $PLANTRACK_DB, "
                        "else the file `plantrack db` names)")
    p.add_argument("--year", type=int, help="the year the documents are written in")
    p.add_argument("--region", help="the region the documents are about (name or code)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="name every file added or replaced")
    add_batch_arguments(p)
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("db", help="what the database holds, where it is, its schema")
    p.add_argument("--db", default=None, metavar="PATH|URL", help="the database")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_db)

    p = sub.add_parser("history", help="a region's indicator over the years: targets, "
                                       "results, met or missed, and a chart")
    p.add_argument("paths", nargs="*", type=Path, metavar="FILE|DIR",
                   help="documents or saved extractions (default: the database)")
    p.add_argument("--region", required=True, help="a region name or code (100000: China)")
    p.add_argument("--indicator", required=True, help="an indicator id (plantrack indicators)")
    p.add_argument("--measure", choices=("level", "growth", "increase"))
    p.add_argument("--format", default="rich", help="rich|json|jsonl|csv|markdown|xlsx|html")
    p.add_argument("--year", type=int, help="the year the documents are written in")
    add_db_argument(p, "also read every document in the database")
    add_output_arguments(p)
    add_batch_arguments(p)
    p.set_defaults(handler=cmd_history)
