"""The store's commands and the output options: ``add``, ``db`` and ``history``; where a
report goes (``-o FILE``), progress bars (``-q``), and reading files through the store
(``--db`` on ``extract``, ``scorecard`` and ``history``). Kept out of :mod:`plantrack.cli`
to keep it small; each command imports the store (SQLAlchemy) only when run.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import click

from plantrack import cliparams
from plantrack.errors import UsageError
from plantrack.output import OutputError, write_out

if TYPE_CHECKING:
    from plantrack.components import LoadOptions
    from plantrack.model import Extraction, Failure, Measure
    from plantrack.plugins import Registry

__all__ = ["COMMANDS", "Output", "gather_for", "utf8_streams"]

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


class Output:
    """Where a report goes: standard output, or the file of ``-o FILE``, opened before any
    document is read (a path that cannot be written is a usage error) and written in
    UTF-8, with a byte-order mark for CSV so that Excel shows the Chinese."""

    def __init__(self, path: Path | None, format_: str) -> None:
        self.path, self.format = path, format_.lower()
        self._bom = self.format in BOM_FORMATS
        self._file: IO[bytes] | None = None
        if path is not None:
            try:
                self._file = path.open("wb")
            except OSError as exc:
                raise UsageError(f"-o {path}: cannot write: {_reason(exc)}") from None

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError as exc:
                if kind is None:
                    raise self._error(exc) from None

    def write(self, text: str) -> None:
        """Text as it comes (a streamed record)."""
        if self._file is None:
            write_out(text)
            return
        data = text.encode("utf-8")
        if self._bom and data:
            data, self._bom = codecs.BOM_UTF8 + data, False
        self._put(data)

    def emit(self, rendered: Any) -> None:
        """A reporter's whole output: text, bytes (xlsx) or a Rich renderable."""
        if isinstance(rendered, bytes):
            if self._file is not None:
                self._put(rendered)
            elif sys.stdout.isatty():
                raise UsageError(f"--format {self.format} writes a binary file: give -o FILE")
            else:
                self._put_stdout(rendered)
        elif self._file is None:
            from plantrack.cli import _emit

            _emit(rendered)
        elif isinstance(rendered, str):
            self.write(rendered)
        else:
            self.write(_plain(rendered))

    def _put(self, data: bytes) -> None:
        assert self._file is not None
        try:
            self._file.write(data)
        except OSError as exc:
            raise self._error(exc) from None

    def _put_stdout(self, data: bytes) -> None:
        from plantrack.output import output_error

        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except OSError as exc:
            raise output_error(exc) from None

    def _error(self, exc: OSError) -> OutputError:
        return OutputError(f"{self.path}: cannot write: {_reason(exc)}")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _plain(rendered: Any) -> str:
    """A Rich renderable as the text it prints, at the console's width, without colour."""
    import io

    from rich.console import Console

    from plantrack.cli import _console

    out = io.StringIO()
    Console(file=out, width=_console().width, no_color=True, color_system=None,
            highlight=False, soft_wrap=False).print(rendered)
    return out.getvalue()


def tracked(items: Iterable[T], count: Callable[[], int], label: str,
            quiet: bool) -> Iterator[T]:
    """``items``, with a progress bar on standard error when it is a terminal, and not
    ``quiet``, and ``count()`` (called only then) is more than one. Never with
    ``NO_COLOR`` set: a bar is drawn with escape codes, and then none is written."""
    if quiet or not sys.stderr.isatty() or os.environ.get("NO_COLOR"):
        yield from items
        return
    total = count()
    if total < 2:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _counter(paths: Sequence[Path]) -> Callable[[], int]:
    from plantrack.api import walk_named

    return lambda: sum(1 for _ in walk_named(paths))


def gather_for(paths: Sequence[Path], *, db: str | None, stored: bool, quiet: bool,
               year: int | None, region: str | None, registry: Registry | None,
               options: LoadOptions, jobs: int) -> Iterator[Extraction | Failure]:
    """The outcomes a command reads: every file (documents, and saved ``.json``/``.jsonl``
    extractions: :func:`plantrack.api.gather`); with ``db`` (a path or URL, ``""`` for
    the default) the files through the store (stored ones not read again, new ones
    stored), then with ``stored`` every other document the store holds."""
    if db is None:
        from plantrack.api import gather

        yield from tracked(gather(paths, year=year, region=region, registry=registry,
                                  options=options, jobs=jobs),
                           _counter(paths), "reading", quiet)
        return
    from plantrack.store import add_paths, open_store

    with open_store(db or None) as store:
        seen = set()
        for added in tracked(add_paths(store, paths, year=year, region=region,
                                       registry=registry, options=options, jobs=jobs,
                                       keep=True),
                             _counter(paths), "reading", quiet):
            seen.add(added.path)
            outcome = added.failure or added.extraction
            if outcome is not None:
                yield outcome
        if stored:
            yield from (e for e in store.extractions() if e.document not in seen)


# --- Commands -------------------------------------------------------------------------


@click.command(short_help="Extract files into the database.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path),
                metavar="FILE|DIR...")
@click.option("--db", metavar="PATH|URL",
              help="The database: a file, or postgresql://… (default: $PLANTRACK_DB, else "
                   "the file `plantrack db` names).")
@click.option("--region", metavar="REGION",
              help="The region the documents are about: a name or a code (320612).")
@click.option("-v", "--verbose", is_flag=True, help="Name every file added or replaced.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on standard error.")
@cliparams.read_options
def add(*, paths: tuple[Path, ...], db: str | None, region: str | None, verbose: bool,
        quiet: bool, year: int | None, jobs: int, encoding: str | None,
        max_size: int) -> int:
    """Extract FILEs and folders (recursively) into the database; files it holds
    unchanged are not read again, changed ones replace their older version."""
    from plantrack.cli import EXIT_FAILED, EXIT_OK, _error, _region, _registry
    from plantrack.components import LoadOptions
    from plantrack.store import add_paths, open_store

    registry = _registry()
    code = _region(region, registry)
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
    with open_store(db) as store:
        for added in tracked(add_paths(store, paths, year=year, region=code,
                                       registry=registry, jobs=jobs,
                                       options=LoadOptions(encoding=encoding,
                                                           max_bytes=max_size)),
                             _counter(paths), "adding", quiet):
            counts[added.status] += 1
            if added.failure is not None:
                _error(str(added.failure))
            elif added.status != "unchanged" and verbose:
                sys.stderr.write(f"{added.status}: {added.path}\n")
        sys.stderr.write(f"plantrack: {store.url}: {counts['added']} added, "
                         f"{counts['replaced']} replaced, {counts['unchanged']} unchanged"
                         + (f", {counts['failed']} failed" if counts["failed"] else "") + "\n")
    return EXIT_FAILED if counts["failed"] else EXIT_OK


@click.command("db", short_help="What the database holds, where it is.")
@click.option("--db", metavar="PATH|URL",
              help="The database (default: $PLANTRACK_DB, else the default file).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object, machine-readable.")
def db_command(*, db: str | None, as_json: bool) -> int:
    """Where the database is, its schema, and what it holds: documents, facts, projects,
    years and regions."""
    from plantrack.store import open_store

    with open_store(db) as store:
        summary = store.summary()
    if as_json:
        from plantrack.report.json import dumps

        record = {"url": summary.url, "schema": list(summary.migrations),
                  "documents": summary.documents, "versions": summary.versions,
                  "facts": summary.facts, "projects": summary.projects,
                  "years": {str(y): n for y, n in summary.years},
                  "regions": [{"region": r, "name": name, "facts": n}
                              for r, name, n in summary.regions]}
        write_out(dumps(record) + "\n")
        return 0
    lines = [f"database   {summary.url}",
             f"schema     {', '.join(summary.migrations)}",
             f"documents  {summary.documents} ({summary.versions - summary.documents} "
             "replaced versions kept)",
             f"facts      {summary.facts}",
             f"projects   {summary.projects}",
             "years      " + (", ".join(f"{y or 'undated'}: {n}" for y, n in summary.years)
                              or "—"),
             "regions    " + (", ".join(f"{name or '?'} {r or ''} ({n})"
                                        for r, name, n in summary.regions[:10]) or "—")]
    write_out("\n".join(lines) + "\n")
    return 0


@click.command(short_help="A region's indicator over the years.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[FILE|DIR...]")
@click.option("--region", required=True, metavar="REGION",
              help="A region name or code (100000 or 全国: China); only its own facts.")
@click.option("--indicator", required=True, metavar="ID",
              help="An indicator id (see `plantrack indicators`).")
@click.option("--measure", type=click.Choice(["level", "growth", "increase"]),
              help="Keep one measure.")
@cliparams.db_option("Also read every document in the database")
@cliparams.output_options
@cliparams.batch_options
def history(*, paths: tuple[Path, ...], region: str, indicator: str, measure: str | None,
            db: str | None, output: Path | None, quiet: bool, format_: str | None,
            year: int | None, **load: Any) -> int:
    """REGION's INDICATOR year by year: targets, results, met or missed, and a chart, from
    FILEs (documents or saved extractions) or, with none, the database."""
    from plantrack.api import history as build
    from plantrack.cli import (
        EXIT_FAILED,
        EXIT_OK,
        _extract_all,
        _options,
        _region,
        _registry,
        _reporter,
    )

    registry = _registry()
    reporter = _reporter(format_, registry, output)
    if not hasattr(reporter, "report_history"):
        raise UsageError(f"format {reporter.name!r} cannot show a history")
    code = _region(region, registry)
    if not paths and db is None:
        db = ""  # no files: the database
    with Output(output, reporter.name) as out:
        extractions, failures = _extract_all(paths, load, year=year, region=None,
                                            registry=registry, db=db, stored=True,
                                            quiet=quiet)
        found = build(extractions, region=code or region, indicator=indicator,
                      measure=cast("Measure | None", measure), registry=registry)
        out.emit(reporter.report_history(found, _options(paths)))
    return EXIT_FAILED if failures else EXIT_OK


COMMANDS = (add, db_command, history)
