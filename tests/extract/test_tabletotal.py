"""The total column a table's sums give (plantrack.extract.tabletotal)."""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from plantrack.extract.tabletotal import sum_column

_CELL = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)


def _is_sum(rows: list[list[str]], total: int) -> bool:
    width = len(rows[0])
    return any(all(Decimal(r[total]) == sum(Decimal(r[k]) for k in parts) for r in rows)
               for parts in combinations([k for k in range(width) if k != total], 3))


@given(parts=st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL), min_size=3, max_size=8),
       at=st.integers(min_value=0, max_value=4))
def test_the_column_of_the_parts_sum_is_found(
        parts: list[tuple[Decimal, Decimal, Decimal, Decimal]], at: int) -> None:
    # three parts, an unrelated figure (a per-head value), and their sum put at ``at``
    rows = []
    for a, b, c, other in parts:
        cells = [str(a), str(b), str(c), str(other)]
        cells.insert(at, str(a + b + c))
        rows.append(cells)
    found = sum_column(rows)
    assert found is not None
    assert found <= at
    assert _is_sum(rows, found)


def test_rounded_parts_still_add_up_and_short_rows_are_passed_over() -> None:
    rows = [["9.54", "7.06", "1.27", "1.21", "79"],
            ["12.73", "8.39", "2.42", "1.92", "102"],
            ["22.03", "12.31", "5.20", "4.53", "154"],  # 22.04 by the parts: rounding
            ["28.81", "13.48"]]  # a row the copy cut short
    assert sum_column(rows) == 0


def test_no_column_is_a_sum_or_too_few_rows_say_so() -> None:
    assert sum_column([["1", "2", "3", "4"], ["5", "6", "7", "8"], ["9", "1", "2", "3"]]) is None
    assert sum_column([["6", "1", "2", "3"], ["9", "2", "3", "4"]]) is None  # two rows only
    assert sum_column([["6", "1", "2", "—"], ["9", "2", "3", "4"], ["1", "x", "0", "1"]]) is None
