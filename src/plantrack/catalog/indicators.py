"""The indicator catalogue: ids, Chinese names and aliases from ``data/indicators.tsv``.

The built-in plugin registers every row through ``register_indicators``; plugins may add
more. :func:`load_indicator_rows` reads the data file and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from plantrack.datafiles import data_rows
from plantrack.hookspecs import hookimpl
from plantrack.model import Indicator

__all__ = ["load_indicator_rows", "register_indicators"]


@cache
def load_indicator_rows() -> tuple[Indicator, ...]:
    _, *rows = data_rows("plantrack.catalog", "indicators.tsv")  # the first row names columns
    return tuple(
        Indicator(id=row[0], name=row[1],
                  aliases=tuple(a for a in row[2].split("|") if a),
                  kind=row[3], unit=row[4], better=row[5])  # type: ignore[arg-type]
        for row in rows
    )


@hookimpl
def register_indicators(register: Callable[[Indicator], None]) -> None:
    for indicator in load_indicator_rows():
        register(indicator)
