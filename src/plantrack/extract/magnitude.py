"""Figures whose printed unit no region's total could have: a GDP of 13.57亿元 for a
province (a table whose header says 亿元 over cells in 万亿元), of 1617.28元 for a city
(a page that wrote 人民币 and lost its 亿). When most of a document's GDP levels for regions
of one level stand outside that level's range, and one power of ten thousand brings them
all inside, they are read in that unit, flagged ``uncertain: unit``, with a warning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache

from attrs import evolve

from plantrack.catalog.regions import Gazetteer
from plantrack.datafiles import data_table
from plantrack.model import Goal, Result

__all__ = ["rescaled"]

# (upward only: a figure above its level's range more likely names another region than
# the one read)
_FACTORS = (Decimal(10) ** 4, Decimal(10) ** 8)
_MODERN = 2000  # the ranges are this century's; a figure of a year before it may be a
_EARLIER = Decimal(100)  # hundred times below the range's low end (厦门 1958: 1.3亿元)
_SHARE = Decimal("0.8")  # of a level's figures outside the range before any is rescaled
_MIN_FIGURES = 3  # a lone odd figure is a typo, not a unit


@cache
def _ranges() -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
    return {(row["indicator"], row["level"]): (Decimal(row["low"]), Decimal(row["high"]))
            for row in data_table("plantrack.extract", "magnitudes.tsv")}


def rescaled(facts: Sequence[Goal | Result],
             gazetteer: Gazetteer | None) -> tuple[list[Goal | Result], list[str]]:
    """``facts`` with the levels of a misprinted unit read in the one that fits, and a
    warning for each group rescaled."""
    if gazetteer is None:
        return list(facts), []
    ranges = _ranges()
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if fact.measure != "level" or fact.quantity.unit != "CNY" or fact.region is None:
            continue
        region = gazetteer.get(fact.region)
        if region is not None and (fact.indicator, region.level) in ranges:
            groups[fact.indicator, region.level].append(i)
    out = list(facts)
    warnings: list[str] = []
    for key, members in groups.items():
        high = ranges[key][1]
        low = ranges[key][0] / (_EARLIER if any(
            facts[i].period is None or facts[i].when.start_year < _MODERN
            for i in members) else 1)
        factor = _fitting_factor([facts[i].quantity.value for i in members], low, high)
        if factor is None:
            continue
        for i in members:
            fact = facts[i]
            if not low <= fact.quantity.value <= high:
                out[i] = evolve(fact, quantity=evolve(
                    fact.quantity, value=fact.quantity.value * factor),
                    uncertain=(*fact.uncertain, "unit"))
        warnings.append(f"{key[0]} of a {key[1]} printed in a unit no {key[1]} could have: "
                        f"{len(members)} figures read ×{factor:f} (flagged uncertain: unit)")
    return out, warnings


def _fitting_factor(values: Iterable[Decimal], low: Decimal, high: Decimal) -> Decimal | None:
    """The one factor that brings every figure outside [low, high] inside it, when most of
    them (and at least three) stand outside; else None."""
    values = list(values)
    outside = [v for v in values if not low <= v <= high]
    if len(outside) < _MIN_FIGURES or len(outside) < _SHARE * len(values):
        return None
    fitting = [f for f in _FACTORS if all(low <= v * f <= high for v in outside)]
    return fitting[0] if len(fitting) == 1 else None
