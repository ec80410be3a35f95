"""Target against result over the years, as lines of plain text (a bar per value), so
that it reads in any terminal at 80 columns, without colour, and in a Markdown code
block. The HTML reporter draws the same data as SVG."""

from __future__ import annotations

from decimal import Decimal

from plantrack.formatting import format_amount, format_quantity
from plantrack.track.history import History, HistoryRow
from plantrack.track.status import STATUS_LABELS, STATUS_SYMBOLS

__all__ = ["RESULT_MARK", "TARGET_MARK", "chart_lines"]

TARGET_MARK = "░"  # a target's bar: its value (the low end of a range)
RESULT_MARK = "█"  # a result's bar
_LABEL = 9  # "2021..2025" fits with a space


def _scale(history: History) -> Decimal:
    values = [abs(v) for r in history.rows for v in _values(r)]
    return max(values, default=Decimal(1)) or Decimal(1)


def _values(row: HistoryRow) -> list[Decimal]:
    out = [t.quantity.value_high or t.quantity.value for t in row.targets[:1]]
    if row.result is not None:
        out.append(row.result.quantity.value)
    return out


def _bar(value: Decimal, top: Decimal, width: int, mark: str) -> str:
    cells = int((abs(value) / top * width).to_integral_value())
    return (mark * cells if value >= 0 else "-" + mark * max(cells - 1, 0)).ljust(width)


def chart_lines(history: History, width: int = 80) -> list[str]:
    """Two bars a period, the target's (░) above the result's (█), each with its value,
    and the status after the result: ``2022 target ░░░░ ~5.5%`` / ``result ███ 3% ✗ missed``."""
    if not history.rows:
        return []
    bar_width = max(10, width - _LABEL - 7 - 24)
    top = _scale(history)
    lines = [f"{'':{_LABEL}}{TARGET_MARK} target  {RESULT_MARK} result"]
    for row in history.rows:
        label = str(row.period) + (" 每年" if row.per else "")
        target = row.target
        if target is not None:
            value = target.quantity.value_high or target.quantity.value
            lines.append(f"{label:<{_LABEL}}target {_bar(value, top, bar_width, TARGET_MARK)} "
                         f"{format_quantity(target.quantity, target.indicator)}")
            label = ""
        if row.result is not None:
            q = row.result.quantity
            status = (f"  {STATUS_SYMBOLS[row.status]} {STATUS_LABELS[row.status]}"
                      if row.status is not None else "")
            estimate = " 预计" if row.estimate else ""
            lines.append(f"{label:<{_LABEL}}result {_bar(q.value, top, bar_width, RESULT_MARK)} "
                         f"{format_amount(q.value, q.unit, row.result.indicator)}"
                         f"{estimate}{status}")
        elif target is not None:
            lines.append(f"{'':<{_LABEL}}result {'':{bar_width}} —  "
                         f"{STATUS_SYMBOLS['no_result']} {STATUS_LABELS['no_result']}")
    return [line.rstrip() for line in lines]
