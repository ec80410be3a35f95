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

__all__ = ["counted_in", "gold_indicator_ids", "load_indicator_rows", "register_indicators",
           "scored_ids"]


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
def _counters() -> dict[str, frozenset[str]]:
    _, *rows = data_rows("plantrack.catalog", "counters.tsv")
    return {row[0]: frozenset(row[1].split("|")) for row in rows}


def counted_in(indicator_id: str, unit_text: str) -> bool:
    """Whether a count written with ``unit_text`` (个, 万户, 户) may be one of the
    indicator's: any counter unless ``data/counters.tsv`` lists the indicator's own."""
    own = _counters().get(indicator_id)
    counter = unit_text.lstrip("0123456789.,十百千万亿 ").strip()  # (个以上: its bound after)
    return own is None or not counter or counter.startswith(tuple(own))


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
