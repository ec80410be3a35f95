"""Rich renderings of the CLI's listings (plugins, indicators, regions) and its console.

Tables are laid out for an 80-column terminal and fold by design below that: codes, ids,
versions and counts never wrap (a token is never split mid-word); only free text (a
name list, an error) wraps, at spaces. The rich reporter renders extractions and
scorecards (:mod:`plantrack.report.rich_views`); this module renders the rest.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from plantrack.catalog.regions import Gazetteer, RetiredRegion
    from plantrack.model import Indicator, Region
    from plantrack.plugin_list import Package

__all__ = ["console", "indicators_table", "packages_table", "regions_table"]


def console() -> Console:
    """One console per invocation: colour and styles only on a terminal without
    ``NO_COLOR`` (no-color.org); with it set, not a single escape code is written."""
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    # no_color alone keeps bold, dim and italic; without a colour system Rich writes
    # no escape code at all, which is what NO_COLOR users (and docs/cli.md) expect
    return Console(no_color=no_color, color_system=None if no_color else "auto",
                   highlight=False, soft_wrap=False)


def _table(title: str | None = None) -> Table:
    from rich import box
    from rich.table import Table

    return Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, title_justify="left")


def _whole(table: Table) -> Table:
    from plantrack.report.tokens import keep_tokens_whole

    return keep_tokens_whole(table)


def packages_table(packages: Sequence[Package], show_all: bool) -> Table:
    """One row per installed package: version, hooks, what it provides (counted)."""
    from plantrack.plugin_list import provides_text

    table = _table()
    table.add_column("package", no_wrap=True)
    table.add_column("version", no_wrap=True)
    table.add_column("hooks", no_wrap=True)
    table.add_column("provides", no_wrap=True)
    for package in packages:
        provides = provides_text(package.provided)
        hooks = [h.removeprefix("register_") for h in package.hooks]
        table.add_row(package.name, package.version or "-", "\n".join(hooks) or "-",
                      "\n".join(provides) or "-")
        notes = [f"BROKEN {e}" for e in package.errors]
        notes += [f"missing: {m}" for m in package.missing] if show_all else []
        for note in notes:
            table.add_row("", "", _wrapped(note), "", end_section=False)
    return _whole(table)


def _wrapped(text: str) -> Any:
    """Free text: wraps at spaces (and between Chinese characters)."""
    from rich.text import Text

    return Text(text, no_wrap=False, overflow="fold")


def indicators_table(indicators: Sequence[Indicator]) -> Table:
    """id, then name, kind, unit, better and the aliases, wrapping at spaces."""
    table = _table("indicators")
    table.add_column("id", no_wrap=True)
    table.add_column("name · kind · unit · better; aliases")
    for ind in indicators:
        text = f"{ind.name} · {ind.kind} · {ind.unit} · {ind.better}"
        if ind.aliases:
            text += "\nalso: " + " ".join(ind.aliases)
        table.add_row(ind.id, _wrapped(text))
    return _whole(table)


def regions_table(regions: Sequence[Region], gazetteer: Gazetteer,
                  retired: Sequence[RetiredRegion] = (), title: str = "regions") -> Table:
    """code, name, level, full name, aliases; retired codes marked obsolete."""
    table = _table(title)
    table.add_column("code", no_wrap=True)
    table.add_column("name", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("full name / aliases")
    for r in regions:
        extra = " ".join(a for a in r.aliases if a != r.name)
        table.add_row(r.code, r.name, r.level,
                      _wrapped(r.full_name + (f"  ({extra})" if extra else "")))
    for old in retired:
        table.add_row(old.region.code, old.region.name, old.region.level,
                      _wrapped(f"obsolete since {old.year}: now {old.successor}"))
    return _whole(table)
