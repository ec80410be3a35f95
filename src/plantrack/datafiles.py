"""Reading the data files plantrack ships: word lists and tables, tab-separated.

Cue words, aliases and the gazetteer live in data files, not code. Every file follows
one format: a row is one tab-separated line, a line starting with ``#`` is a comment,
blank lines are skipped. Tables (:func:`data_table`) take their column names from their
first row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["alternation", "data_rows", "data_table"]


@cache
def data_rows(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``<package>/data/<name>``, each split on tabs."""
    text = resources.files(package).joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def data_table(package: str, name: str) -> list[dict[str, str]]:
    """The rows of a data file as dicts keyed by its first row (short rows padded)."""
    header, *rows = data_rows(package, name)
    return [dict(zip(header, (*row, *[""] * (len(header) - len(row))), strict=True))
            for row in rows]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
