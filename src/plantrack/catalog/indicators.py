"""The indicator catalogue: ids, Chinese names and aliases from ``data/indicators.tsv``.

The built-in plugin registers every row through ``register_indicators``; plugins may add
more. :func:`load_indicator_rows` reads the data file and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from plantrack.datafiles import data_rows
from plantrack.hookspecs import hookimpl
from plantrack.model import Indicator

__all__ = ["gold_indicator_ids", "load_indicator_rows", "register_indicators", "scored_ids"]


@cache
def load_indicator_rows() -> tuple[Indicator, ...]:
    _, *rows = data_rows("plantrack.catalog", "indicators.tsv")  # the first row names columns
    return tuple(
        Indicator(id=row[0], name=row[1],
                  aliases=tuple(a for a in row[2].split("|") if a),
                  kind=row[3], unit=row[4], better=row[5])  # type: ignore[arg-type]
        for row in rows
    )


@cache
def gold_indicator_ids() -> frozenset[str]:
    """The ids of ``data/gold_indicators.txt``: the catalogue the gold is written against."""
    return frozenset(row[0] for row in data_rows("plantrack.catalog", "gold_indicators.txt"))


def scored_ids(ids: Iterable[str]) -> frozenset[str]:
    """Of ``ids``, those accuracy counts: the gold's catalogue, and any a plugin adds
    (the built-in rows catalogued since the gold was written are left out)."""
    gold = gold_indicator_ids()
    built_in = {row.id for row in load_indicator_rows()}
    return frozenset(i for i in ids if i in gold or i not in built_in)


@hookimpl
def register_indicators(register: Callable[[Indicator], None]) -> None:
    for indicator in load_indicator_rows():
        register(indicator)
