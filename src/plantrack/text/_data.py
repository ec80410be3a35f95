"""The text engine's word lists, in ``plantrack/text/data`` (format: :mod:`plantrack.datafiles`)."""

from __future__ import annotations

from plantrack import datafiles
from plantrack.datafiles import alternation

__all__ = ["alternation", "data_rows"]


def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``plantrack/text/data/<name>``, each split on tabs."""
    return datafiles.data_rows("plantrack.text", name)
