"""The region gazetteer: GB/T 2260 divisions from ``data/regions.tsv``, and look-ups.

The built-in plugin registers every row through ``register_regions``;
:class:`Gazetteer` answers "which region is 通州 / 320612 / 南通市" from the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from plantrack.hookspecs import hookimpl
from plantrack.model import Region

__all__ = ["Gazetteer", "load_region_rows", "register_regions"]


@cache
def load_region_rows() -> tuple[Region, ...]:
    text = resources.files("plantrack.catalog").joinpath("data/regions.tsv").read_text(
        encoding="utf-8")
    out = []
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        code, name, level, parent, aliases, full_name = (line.split("\t") + [""] * 6)[:6]
        out.append(Region(code=code, name=name, level=level,  # type: ignore[arg-type]
                          parent=parent or None,
                          aliases=tuple(a for a in aliases.split("|") if a),
                          full_name=full_name))
    return tuple(out)


class Gazetteer:
    """Look-ups over a set of regions: by code, by name or alias, ancestors."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self.by_code: dict[str, Region] = {r.code: r for r in regions}
        self.by_name: dict[str, list[Region]] = {}
        for region in self.by_code.values():
            for name in (region.name, region.full_name, *region.aliases):
                if name:
                    self.by_name.setdefault(name, []).append(region)

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, code: str | None) -> Region | None:
        return self.by_code.get(code) if code else None

    def lookup(self, name_or_code: str) -> list[Region]:
        """Every region with this code, name or alias (a name may be ambiguous: 通州)."""
        key = name_or_code.strip()
        if key in self.by_code:
            return [self.by_code[key]]
        return list(self.by_name.get(key, ()))

    def ancestors(self, code: str) -> list[Region]:
        out: list[Region] = []
        region = self.by_code.get(code)
        while region is not None and region.parent:
            region = self.by_code.get(region.parent)
            if region is not None:
                out.append(region)
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return code == ancestor or any(r.code == ancestor for r in self.ancestors(code))


@hookimpl
def register_regions(register: Callable[[Region], None]) -> None:
    for region in load_region_rows():
        register(region)
