"""Reading a file's bytes (or standard input's), with the OS's refusals turned into
InputErrors with a kind."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from plantrack.components import LoadOptions
from plantrack.errors import InputError

__all__ = ["STDIN", "STDIN_NAME", "document_name", "read_bytes", "read_head", "read_stdin"]

#: The path that means standard input on the command line and in the API. A file named
#: ``-`` is given by a longer path, such as its absolute one (``Path("./-")`` is ``-``).
STDIN = Path("-")
STDIN_NAME = "<stdin>"


def read_bytes(path: Path, options: LoadOptions) -> bytes:
    """The bytes of ``path``; InputError (missing, unreadable, too_large) naming it."""
    return _read(path, options, None)


def read_head(path: Path, options: LoadOptions, size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (what a loader's ``sniff`` sees), after the
    same checks as :func:`read_bytes`."""
    return _read(path, options, size)


def _read(path: Path, options: LoadOptions, limit: int | None) -> bytes:
    source = str(path)
    try:
        if path.is_dir():
            raise InputError(source, "is a directory", "unreadable")
        size = path.stat().st_size
        if size > options.max_bytes:
            raise _too_large(source, f"{_megabytes(size)} over", options)
        if limit is None:
            return path.read_bytes()
        with path.open("rb") as stream:
            return stream.read(limit)
    except FileNotFoundError:
        raise InputError(source, "no such file", "missing") from None
    except OSError as exc:
        raise InputError(source, (exc.strerror or str(exc)).lower(), "unreadable") from None


def read_stdin(options: LoadOptions) -> bytes:
    """Standard input's bytes, read up to the size limit (a pipe has no size to check
    first: one byte more than the limit tells it is too large)."""
    try:
        data = sys.stdin.buffer.read(options.max_bytes + 1)
    except (OSError, AttributeError, ValueError) as exc:  # closed, or not a byte stream
        raise InputError(STDIN_NAME, f"cannot read standard input: {exc}", "unreadable") from None
    if len(data) > options.max_bytes:
        raise _too_large(STDIN_NAME, "over", options)
    return data


def _too_large(source: str, how: str, options: LoadOptions) -> InputError:
    return InputError(source, f"too large: {how} the limit of "
                              f"{_megabytes(options.max_bytes)} (raise it with --max-size)",
                      "too_large")


def _megabytes(size: int) -> str:
    """A size for a message: MB with one decimal, or bytes below a tenth of a MB."""
    return f"{size / 1024 / 1024:.1f} MB" if size >= 104_858 else f"{size:,} bytes"


def document_name(path: Path, given: Path) -> str:
    """What a batch calls the file ``path`` found under the argument ``given``: its path
    relative to the current directory when it lies inside it, else relative to the
    parent of the folder given (``/data/reports`` → ``reports/2022/plan.txt``), or of
    the folder holding a file given by itself (``seeds/plan.txt``). Never a bare file
    name that two folders can share, and the same whatever the argument's spelling
    (``./a/../a/plan.txt`` is ``a/plan.txt``). Standard input is ``<stdin>``."""
    if path == STDIN:
        return STDIN_NAME
    here = Path(os.path.abspath(path))
    cwd = Path.cwd()
    if here.is_relative_to(cwd):
        return here.relative_to(cwd).as_posix()
    anchor = Path(os.path.abspath(given))
    anchor = anchor.parent if anchor.is_dir() else anchor.parent.parent
    return here.relative_to(anchor).as_posix() if here.is_relative_to(anchor) else \
        here.as_posix()
