"""A table's total column, found by its sums: the column whose value is, row after row, the
sum of three others (地区生产总值 = 第一产业 + 第二产业 + 第三产业).

A yearbook's copy may lose its header's spans (words over the wrong columns, or none
left at all); the sums still say which column is the whole the breakdown adds up to.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

__all__ = ["sum_column"]

_PARTS = 3  # a whole and its three sectors
_ROWS_MIN = 3  # rows that must all add up: a sum met by chance in fewer is no evidence
_SLACK_UNITS = 2  # units of the last decimal place rounding may leave between the sums


def _values(row: Sequence[str]) -> list[Decimal] | None:
    """A row's cells as numbers (1,237,048 is 1237048); None if any is not one."""
    out: list[Decimal] = []
    for text in row:
        try:
            value = Decimal(text.replace(",", "").strip())
        except InvalidOperation:
            return None
        if not value.is_finite():
            return None
        out.append(value)
    return out


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def sum_column(rows: Sequence[Sequence[str]]) -> int | None:
    """The index of the first column that is the sum of the same three other columns in
    every row whose cells are all numbers (at least three rows; a row cut short or holding
    a dash is passed over), within what rounding to the cells' decimals leaves; None if no
    column is."""
    width = max((len(row) for row in rows), default=0)
    table = [values for row in rows if len(row) == width and (values := _values(row))]
    if len(table) < _ROWS_MIN or width <= _PARTS:
        return None
    slack = Decimal(_SLACK_UNITS).scaleb(-max(_places(v) for row in table for v in row))
    for total in range(width):
        others = [k for k in range(width) if k != total]
        for parts in itertools.combinations(others, _PARTS):
            if all(row[total] != 0 and abs(row[total] - sum(row[k] for k in parts)) <= slack
                   for row in table):
                return total
    return None
