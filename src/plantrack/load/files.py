"""Reading a file's bytes, with the OS's refusals turned into InputErrors with a kind."""

from __future__ import annotations

from pathlib import Path

from plantrack.components import LoadOptions
from plantrack.errors import InputError

__all__ = ["read_bytes"]


def read_bytes(path: Path, options: LoadOptions) -> bytes:
    """The bytes of ``path``; InputError (missing, unreadable, too_large) naming it."""
    source = str(path)
    try:
        if path.is_dir():
            raise InputError(source, "is a directory", "unreadable")
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(source, f"too large: {_megabytes(size)} over the limit of "
                                     f"{_megabytes(options.max_bytes)}", "too_large")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file", "missing") from None
    except OSError as exc:
        raise InputError(source, (exc.strerror or str(exc)).lower(), "unreadable") from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
