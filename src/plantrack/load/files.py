"""Reading a file's bytes, with the OS's refusals turned into InputErrors with a kind."""

from __future__ import annotations

from pathlib import Path

from plantrack.components import LoadOptions
from plantrack.errors import InputError

__all__ = ["read_bytes", "read_head"]


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
            raise InputError(source, f"too large: {_megabytes(size)} over the limit of "
                                     f"{_megabytes(options.max_bytes)} (raise it with "
                                     f"--max-size)", "too_large")
        if limit is None:
            return path.read_bytes()
        with path.open("rb") as stream:
            return stream.read(limit)
    except FileNotFoundError:
        raise InputError(source, "no such file", "missing") from None
    except OSError as exc:
        raise InputError(source, (exc.strerror or str(exc)).lower(), "unreadable") from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
