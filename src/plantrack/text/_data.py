"""Reading the tab-separated word lists in ``plantrack/text/data``.

Cue words live in data files, not code: a row is one tab-separated line, ``#`` starts a
comment line, blank lines are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["alternation", "data_rows"]


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>``, each split on tabs."""
    text = resources.files("plantrack.text").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
