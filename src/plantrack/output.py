"""Where the CLI's records go: written as each document finishes, closed properly when
a batch is interrupted, and a write error (a full disk, a closed pipe) made one line.

JSON Lines and CSV stream a document's records as soon as it is read. JSON streams too:
one document is still written as an object and several as an array, so the first is
held until a second comes (or the batch ends); an interrupted array is closed. Any
other format (rich, markdown, a plugin's) needs every document at once and is written
when the batch ends, or is interrupted, with the documents read by then.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from plantrack.errors import PlantrackError

if TYPE_CHECKING:
    from plantrack.components import Reporter, ReportOptions
    from plantrack.model import Extraction

__all__ = ["OutputError", "Terminated", "record_sink", "stopped_by_signals", "write_out"]


class OutputError(PlantrackError):
    """Standard output cannot be written (a full disk, a closed pipe)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopping a batch as Ctrl-C does."""


def write_out(text: str) -> None:
    """``text`` on standard output, flushed; OutputError if it cannot be written."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        raise output_error(exc) from None


def output_error(exc: OSError) -> OutputError:
    """The one-line error for a failed write, with standard output sent to /dev/null so
    that the interpreter's last flush at exit cannot fail (and print) again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no descriptor: nothing flushes to it
        pass
    reason = "the reader closed the pipe" if isinstance(exc, BrokenPipeError) else (
        (exc.strerror or str(exc)).lower())
    return OutputError(f"cannot write the output: {reason}")


class _Sink:
    """Takes each extraction as its document finishes; ``close`` ends the output."""

    def add(self, extraction: Extraction) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _Collected(_Sink):
    def __init__(self, reporter: Reporter, options: ReportOptions,
                 emit: Callable[[Any], None]) -> None:
        self.reporter, self.options, self.emit = reporter, options, emit
        self.extractions: list[Extraction] = []

    def add(self, extraction: Extraction) -> None:
        self.extractions.append(extraction)

    def close(self) -> None:
        if self.extractions:
            self.emit(self.reporter.report_extractions(self.extractions, self.options))


class _JsonLines(_Sink):
    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write

    def add(self, extraction: Extraction) -> None:
        from plantrack.convert import extraction_to_json
        from plantrack.report.json import dumps

        self.write(dumps(extraction_to_json(extraction), indent=None) + "\n")

    def close(self) -> None:
        pass


class _Csv(_Sink):
    def __init__(self, options: ReportOptions, write: Callable[[str], None]) -> None:
        self.options, self.write = options, write
        self.started = False

    def add(self, extraction: Extraction) -> None:
        from plantrack.report.csv import FACT_COLUMNS, fact_rows

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if not self.started:
            writer.writerow(FACT_COLUMNS)
            self.started = True
        writer.writerows(fact_rows([extraction], self.options))
        self.write(out.getvalue())

    def close(self) -> None:
        pass


class _JsonArray(_Sink):
    """Byte for byte what :class:`JsonReporter` writes for the same documents."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.held: str | None = None  # the first document's object, until a second comes
        self.opened = False

    def add(self, extraction: Extraction) -> None:
        from plantrack.convert import extraction_to_json
        from plantrack.report.json import dumps

        record = dumps(extraction_to_json(extraction))
        if not self.opened and self.held is None:
            self.held = record
            return
        items = [self.held, record] if self.held is not None else [record]
        self.held = None
        text = "".join(("[\n" if not self.opened and i == 0 else ",\n") + _indented(item)
                       for i, item in enumerate(items))
        self.opened = True
        self.write(text)

    def close(self) -> None:
        if self.opened:
            self.write("\n]\n")
        elif self.held is not None:
            self.write(self.held + "\n")


def _indented(record: str) -> str:
    return "\n".join("  " + line for line in record.split("\n"))


def record_sink(reporter: Reporter, options: ReportOptions, emit: Callable[[Any], None],
                write: Callable[[str], None] = write_out) -> _Sink:
    """The sink for ``reporter``: streaming for the built-in JSON, JSON Lines and CSV
    (each record's text to ``write``), else the whole report to ``emit`` at the end."""
    from plantrack.report.csv import CsvReporter
    from plantrack.report.json import JsonLinesReporter, JsonReporter

    if type(reporter) is JsonLinesReporter:
        return _JsonLines(write)
    if type(reporter) is CsvReporter:
        return _Csv(options, write)
    if type(reporter) is JsonReporter:
        return _JsonArray(write)
    return _Collected(reporter, options, emit)


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` (a KeyboardInterrupt) while this runs, so that
    a batch stops as on Ctrl-C: finished records written, worker processes ended."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals to the caller
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
