"""Catalogues: the indicators that can be tracked and the regions they belong to."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from attrs import define

from plantrack.catalog.regions import Gazetteer
from plantrack.model import Indicator
from plantrack.text.script import to_simplified

__all__ = ["Catalog"]


@define(frozen=True, slots=False)  # slots=False: cached_property needs a __dict__
class Catalog:
    """What extractors look facts up in: indicators by id, and the gazetteer."""

    indicators: Mapping[str, Indicator]
    gazetteer: Gazetteer

    @cached_property
    def indicator_names(self) -> list[tuple[str, Indicator]]:
        """Every name and alias with its indicator, longest first (for matching the
        normalised text, which is simplified: a traditional alias is left out)."""
        pairs = [(name, ind) for ind in self.indicators.values() for name in ind.names
                 if to_simplified(name) == name]
        return sorted(pairs, key=lambda p: len(p[0]), reverse=True)
