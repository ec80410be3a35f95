"""The indicator catalogue: ids, Chinese names and aliases from ``data/indicators.tsv``.

The built-in plugin registers every row through ``register_indicators``; plugins may add
more. :func:`load_indicator_rows` reads the data file and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

from plantrack.hookspecs import hookimpl
from plantrack.model import Indicator

__all__ = ["load_indicator_rows", "register_indicators"]


@cache
def load_indicator_rows() -> tuple[Indicator, ...]:
    text = resources.files("plantrack.catalog").joinpath("data/indicators.tsv").read_text(
        encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
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
