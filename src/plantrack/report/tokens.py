"""Tables whose cells never split a token: ``2023-01..2023-06``, ``industrial_value_added``,
``320612`` and ``plantrack-html`` are read whole or not at all.

Rich folds a cell at the column's width, wherever that falls. Giving each column at least
the width of its longest unbreakable run of Latin letters, digits and signs keeps tokens
whole; Chinese text still wraps between characters, as Chinese typesetting does. A table
whose tokens cannot fit the width at all is the caller's to lay out otherwise (fewer
columns, a row per line): :func:`fits` says so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions
    from rich.table import Table

__all__ = ["fits", "keep_tokens_whole", "longest_token"]

# a run of anything but spaces and CJK characters/punctuation: where a line may not break
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]+")


def longest_token(text: str) -> int:
    """The width of the longest run in ``text`` that must not be split."""
    return max((cell_len(m[0]) for m in _TOKEN.finditer(text)), default=0)


def keep_tokens_whole(table: Table) -> Table:
    """Raise each column's ``min_width`` to its longest token (header included)."""
    for column in table.columns:
        texts = [str(column.header)]
        texts += [c.plain if isinstance(c, Text) else str(c) for c in column.cells
                  if isinstance(c, (str, Text))]
        longest = max((longest_token(t) for t in texts), default=0)
        column.min_width = max(column.min_width or 0, longest)
    return table


def fits(console: Console, options: ConsoleOptions, table: Table) -> bool:
    """Does ``table`` render within the width with no cell cut: its narrowest layout
    (every token whole, no-wrap cells whole) fits, and no rendered line is longer?
    (Rich lays out some rows a column or two wider than it was given.)"""
    keep_tokens_whole(table)
    padding = table.padding[1] + table.padding[3]
    narrowest = sum((c.min_width or 0) + padding for c in table.columns)
    if narrowest - (0 if table.pad_edge else padding) > options.max_width:
        return False
    lines = Segment.split_lines(console.render(table, options))
    return all(cell_len("".join(s.text for s in line).rstrip()) <= options.max_width
               for line in lines)
