"""The values the ``plantrack`` command's options take, each checked where it is parsed.

Every invalid value is one usage error naming the option (exit 2), raised before any
file is read: a bad ``--encoding`` over a folder is one line, not one per file. Values
that need the plugin registry (a ``--format`` a plugin adds, a ``--region`` from the
gazetteer) are checked by the command once the registry is built, with the same kind of
error (see :mod:`plantrack.cli`).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from plantrack.bounds import YEARS, years_text

__all__ = [
    "ENCODING", "JOBS", "PERIOD", "SIZE", "SPAN", "YEAR", "batch_options", "db_option",
    "load_options", "output_options", "parse_size", "read_options",
]

_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def parse_size(text: str) -> int:
    """``50M``, ``200MB``, ``1G``, ``4096`` → bytes (KiB-based units); ValueError if not."""
    number = text.strip().upper().removesuffix("B").removesuffix("I")
    unit = number[-1:] if number[-1:] in _SIZE_UNITS else ""
    try:
        value = float(number.removesuffix(unit) if unit else number)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (e.g. 50M, 1G)") from None
    if value <= 0:
        raise ValueError(f"not a size: {text!r} (must be positive)")
    return int(value * _SIZE_UNITS[unit])


class _Checked(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.3
    """A parameter type from a function that returns the value or raises ValueError."""

    def __init__(self, name: str, metavar: str) -> None:
        self.name = name
        self._metavar = metavar

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return self._metavar

    def check(self, text: str) -> Any:
        raise NotImplementedError

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value  # a default, already converted
        try:
            return self.check(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class _Size(_Checked):
    def check(self, text: str) -> int:
        return parse_size(text)


class _Year(_Checked):
    def check(self, text: str) -> int:
        try:
            year = int(text.strip())
        except ValueError:
            raise ValueError(f"{text!r} is not a year (e.g. 2023)") from None
        if year not in YEARS:
            shown = text.strip() if len(text.strip()) < 13 else "a huge number"
            raise ValueError(f"{shown} is not a year in {years_text()}")
        return year


class _Period(_Checked):
    """The FACTS.md notation (2023, 2023H1, 2021..2025) or a Chinese name (十四五)."""

    def check(self, text: str) -> str:
        from plantrack.model import Period
        from plantrack.text.periods import parse_period

        try:
            period = Period.parse(text)
        except ValueError as exc:
            if "ends before it starts" in str(exc):
                start, _, end = text.strip().partition("..")
                raise ValueError(f"{text.strip()} ends before it starts "
                                 f"(did you mean {end}..{start}?)") from None
            named = parse_period(text, None)
            if named is None or named.period is None:
                raise ValueError(f"not a period: {text!r} (e.g. 2023, 2023H1, "
                                 f"2021..2025, 十四五)") from None
            period = named.period
        return str(period)


class _Encoding(_Checked):
    def check(self, text: str) -> str:
        try:
            return codecs.lookup(text.strip()).name
        except LookupError:
            raise ValueError(f"unknown encoding {text!r} (e.g. utf-8, gb18030, big5)"
                             ) from None


class _Jobs(_Checked):
    def check(self, text: str) -> int:
        try:
            jobs = int(text)
        except ValueError:
            jobs = -1
        if jobs < 0:
            raise ValueError(f"not a number of processes: {text!r} (0 means one per CPU)")
        return jobs


class _Span(_Checked):
    def check(self, text: str) -> tuple[int, int]:
        from plantrack.show import parse_span

        return parse_span(text)


SIZE = _Size("size", "SIZE")
YEAR = _Year("year", "YEAR")
PERIOD = _Period("period", "PERIOD")
ENCODING = _Encoding("encoding", "ENCODING")
JOBS = _Jobs("jobs", "N")
SPAN = _Span("span", "START:END")


# --- Options shared by several commands -------------------------------------------------


def load_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--encoding`` and ``--max-size``: every command that reads files."""
    from plantrack.components import DEFAULT_MAX_BYTES

    command = click.option("--encoding", type=ENCODING,
                           help="Decode text files with this encoding (default: UTF-8, "
                                "else detected).")(command)
    return click.option("--max-size", type=SIZE, default=DEFAULT_MAX_BYTES,
                        show_default="100M",
                        help="Refuse files larger than this (e.g. 50M, 1G).")(command)


def read_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The load options, ``-j`` and ``--year``: commands that read batches of files."""
    command = load_options(command)
    command = click.option("-j", "--jobs", type=JOBS, default=1,
                           help="Read N files at a time in worker processes "
                                "(0: one per CPU).  [default: 1]")(command)
    return click.option("--year", type=YEAR,
                        help="The year the documents are written in, when the text "
                             "does not say (1949..2100).")(command)


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The read options and ``--format``: commands that read batches and report them."""
    command = read_options(command)
    return click.option("--format", "format_", metavar="FORMAT",
                        help="Output format: rich, json, jsonl, csv, markdown, xlsx (with "
                             "-o), or a plugin's (any case).  [default: -o FILE's suffix "
                             "if a format's, else rich]")(command)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``-o FILE`` and ``-q``: commands that write a report after reading files."""
    command = click.option("-q", "--quiet", is_flag=True,
                           help="No progress bar on standard error.")(command)
    return click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
                        metavar="FILE",
                        help="Write to FILE instead of standard output (CSV gets a UTF-8 "
                             "byte-order mark for Excel; xlsx needs it).")(command)


def db_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--db [PATH|URL]``: alone, the database of ``$PLANTRACK_DB`` or the default file
    (given as ``""``); absent, ``None``."""
    return click.option("--db", is_flag=False, flag_value="", default=None,
                        metavar="[PATH|URL]",
                        help=f"{help_text} (a file, or postgresql://…; alone: $PLANTRACK_DB "
                             "or the default file, see `plantrack db`).")
