"""Errors a user can act on. Each message is one line naming the file or argument."""

from __future__ import annotations

__all__ = ["InputError", "PlantrackError", "PluginError", "UsageError"]


class PlantrackError(Exception):
    """Base of every error plantrack raises on purpose; the CLI prints its message alone."""


class InputError(PlantrackError):
    """A file that cannot be read as a document: missing, binary, undecodable, malformed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UsageError(PlantrackError):
    """A bad argument: an unknown format, region, period or plugin name."""


class PluginError(PlantrackError):
    """A plugin contributed something invalid (a duplicate name, a missing method)."""
