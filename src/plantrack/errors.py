"""Errors a user can act on. Each message is one line naming the file or argument."""

from __future__ import annotations

__all__ = ["INPUT_ERROR_KINDS", "InputError", "PlantrackError", "PluginError", "UsageError",
           "describe", "one_line"]

#: Why a file was not read, as InputError.kind (and in batch reports).
INPUT_ERROR_KINDS = (
    "missing",      # no such file
    "unreadable",   # the OS refused (permissions, a directory, an I/O error)
    "binary",       # not text and no loader for its format
    "empty",        # no text at all (or only whitespace, or a PDF without a text layer)
    "undecodable",  # text in no encoding that reads it cleanly
    "too_large",    # above the size limit (LoadOptions.max_bytes, --max-size)
    "unsupported",  # no loader for this type of file
    "malformed",    # a file of the right type that is broken (bad PDF, bad metadata JSON)
    "plugin_error", # a loader or extractor raised something other than InputError
)


class PlantrackError(Exception):
    """Base of every error plantrack raises on purpose; the CLI prints its message alone."""


class InputError(PlantrackError):
    """A file that cannot be read as a document: missing, binary, undecodable, malformed.

    ``kind`` says which, for programs: one of :data:`INPUT_ERROR_KINDS`.
    """

    def __init__(self, source: str, reason: str, kind: str = "unreadable") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind if kind in INPUT_ERROR_KINDS else "unreadable"


class UsageError(PlantrackError):
    """A bad argument: an unknown format, region, period or plugin name."""


class PluginError(PlantrackError):
    """A plugin contributed something invalid (a duplicate name, a missing method)."""


def one_line(text: str, limit: int = 300) -> str:
    """``text`` with its whitespace runs (line breaks too) made one space, cut to ``limit``."""
    return " ".join(text.split())[:limit]


def describe(exc: BaseException) -> str:
    """A plugin's exception as ``Type: message`` on one line, for a message that must stay
    one line (a batch's failure, an extraction warning, a broken plugin)."""
    message = one_line(str(exc))
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
