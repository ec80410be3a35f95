"""Reading a file's bytes (or standard input's), and walking folders, with the OS's
refusals turned into InputErrors with a kind.

Only regular files are opened: a FIFO would block the reader forever, a device never
end. The walk is iterative (no depth limit), enters each real folder once (symlink
loops end there) and names a folder it cannot list instead of stopping.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from plantrack.components import LoadOptions
from plantrack.errors import InputError

__all__ = ["STDIN", "STDIN_NAME", "document_name", "read_bytes", "read_head", "read_regular",
           "read_stdin", "walk"]

_SIDECAR_SUFFIX = ".meta.json"  # as load.meta.SIDECAR_SUFFIX (which imports this module)
_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISDIR, "a directory"))

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
    return read_regular(path, str(path), options.max_bytes, limit,
                        hint=" (raise it with --max-size)")


def read_regular(path: Path, source: str, max_bytes: int, limit: int | None = None, *,
                 hint: str = "") -> bytes:
    """The bytes of ``path`` (the first ``limit`` if given) when it is a regular file of
    at most ``max_bytes``; InputError naming ``source`` otherwise.

    It is opened non-blocking and checked on the open descriptor, so a FIFO put in
    its place after a walk saw a file is refused, not waited on.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(source, "no such file", "missing") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory", "unreadable") from None
    except OSError as exc:
        raise InputError(source, _reason(exc), "unreadable") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = file_kind(info.st_mode)
            raise InputError(source, f"is {kind}, not a regular file: skipped",
                             "unreadable" if kind == "a directory" else "unsupported")
        if info.st_size > max_bytes:
            raise InputError(source, f"too large: {_megabytes(info.st_size)} over the "
                                     f"limit of {_megabytes(max_bytes)}{hint}", "too_large")
        with open(fd, "rb", closefd=False) as stream:
            return stream.read() if limit is None else stream.read(limit)
    except OSError as exc:
        raise InputError(source, _reason(exc), "unreadable") from None
    finally:
        os.close(fd)


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, for a message: ``a FIFO (named pipe)``."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def walk(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files as given, and for a folder every file under it, depth first, sorted by name;
    an InputError in its place for what cannot be read (a FIFO, socket or device, a
    folder that cannot be listed).

    Hidden files and folders and ``*.meta.json`` sidecars are left out of folders.
    Symlinks are followed, each real folder entered once: a link back up the tree is
    not walked again. The walk keeps its own stack, so depth has no limit.
    """
    for path in paths:
        if path == STDIN:
            yield path
            continue
        try:
            info = path.stat()
        except OSError:
            yield path  # missing or unreadable: reading it says why
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, info)
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield _special(path, info.st_mode)


def _walk_folder(top: Path, info: os.stat_result) -> Iterator[Path | InputError]:
    seen = {(info.st_dev, info.st_ino)}
    stack: list[Iterator[Path]] = []
    listed = _listing(top)
    if isinstance(listed, InputError):
        yield listed
        return
    stack.append(iter(listed))
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        try:
            mode = (child_info := child.stat()).st_mode
        except OSError:
            yield child  # a dangling link, or a file that went: reading it says why
            continue
        if stat.S_ISDIR(mode):
            key = (child_info.st_dev, child_info.st_ino)
            if key in seen:
                continue  # a folder already walked (a symlink loop, or two links to it)
            seen.add(key)
            listed = _listing(child)
            if isinstance(listed, InputError):
                yield listed
            else:
                stack.append(iter(listed))
        elif stat.S_ISREG(mode):
            yield child
        else:
            yield _special(child, mode)


def _listing(folder: Path) -> list[Path] | InputError:
    """The entries of ``folder`` a walk reads, sorted; an InputError if it cannot list it."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as exc:
        return InputError(str(folder), f"cannot list this folder: {_reason(exc)}: skipped",
                          "unreadable")
    return [folder / name for name in names
            if not name.startswith(".") and not name.endswith(_SIDECAR_SUFFIX)]


def _special(path: Path, mode: int) -> InputError:
    return InputError(str(path), f"is {file_kind(mode)}, not a regular file: skipped",
                      "unsupported")


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
