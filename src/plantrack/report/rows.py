"""The scorecard as cells of text: what every table-shaped reporter shows for a row.

Rich, CSV and Markdown all format the same :class:`~plantrack.track.scorecard.ScorecardRow`
through these functions, so a value reads the same in each. Plain text; no Rich.
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from plantrack.formatting import (
    format_amount,
    format_number,
    format_pace,
    format_quantity,
    measure_label,
)
from plantrack.model import Goal, Result
from plantrack.track.scorecard import (
    Conflict,
    RegionSummary,
    ResultConflict,
    ScorecardRow,
    Source,
)
from plantrack.track.status import (
    AT_RISK_MARGIN_PP,
    AT_RISK_PACE,
    ON_TRACK_PACE,
    STATUS_LABELS,
    STATUS_SYMBOLS,
    STATUSES,
    Status,
)

__all__ = [
    "RowText",
    "conflict_cell",
    "footnote",
    "legend",
    "modality_mark",
    "period_cell",
    "progress_bar",
    "result_conflict_cell",
    "row_text",
    "status_cell",
    "summary_line",
]

BAR_WIDTH = 10
_ROLE_WORDS = {"target": "target", "restatement": "restated", "result": "result",
               "disputed": "disputed result"}
#: The target cell starts with the target's wording when it is firmer than a plan.
MODALITY_MARKS = {"ensure": "确保", "strive": "力争"}
DISPUTED_WORD = "disputed"


@frozen
class RowText:
    """Every cell of one row, as text."""

    indicator: str
    target: str
    period: str
    result: str
    result_period: str
    expected: str
    pace: str
    status: str
    conflicts: tuple[str, ...]
    result_conflicts: tuple[str, ...] = ()


def modality_mark(goal: Goal) -> str:
    """``确保`` (ensure) or ``力争`` (strive) for the target cell; empty for a plan."""
    return MODALITY_MARKS.get(goal.modality, "")


def period_cell(goal: Goal) -> str:
    return f"{goal.period} 每年" if goal.per == "year" else str(goal.period)


def _result_value(result: Result) -> str:
    q = result.quantity
    comparator = q.comparator if q.comparator in (">", ">=", "~", "<", "<=") else "="
    return format_quantity(q, result.indicator, comparator)


def status_cell(status: Status) -> str:
    """The status as a symbol and a word: ``✔ met``, ``… no result yet``."""
    return f"{STATUS_SYMBOLS[status]} {STATUS_LABELS[status]}"


def progress_bar(row: ScorecardRow, width: int = BAR_WIDTH) -> str:
    """A bar that reads without colour: ``██████░░░░``, full at pace 100 % and above."""
    if row.pace is None:
        return ""
    share = max(min(row.pace, Decimal(1)), Decimal(0))
    filled = int((share * width).to_integral_value())
    return "█" * filled + "░" * (width - filled)


def conflict_cell(row: ScorecardRow, conflict: Conflict) -> str:
    """A short marker of a disagreeing statement, for the target cell: ``≠ 180个``."""
    other = conflict.target
    amount = format_quantity(other.quantity, other.indicator)
    if conflict.kind == "restatement":
        return f"≠ {amount} (restated)"
    if other.per == "year":
        return f"≠ {amount}/年 ({other.period})"
    return f"≠ {amount} ({other.period})"


def result_conflict_cell(conflict: ResultConflict) -> str:
    """A short marker of another document's figure for the result: ``≠ 45个 disputed``."""
    other = conflict.result
    return f"≠ {_result_value(other)} {DISPUTED_WORD}"


def row_text(row: ScorecardRow) -> RowText:
    goal = row.target
    result = row.result
    return RowText(
        indicator=measure_label(row.indicator_name, goal.measure),
        target=modality_mark(goal) + format_quantity(goal.quantity, goal.indicator),
        period=period_cell(goal),
        result=_result_value(result) if result is not None else "—",
        result_period=str(result.period) if result is not None else "",
        expected=(format_amount(row.expected, goal.quantity.unit, goal.indicator)
                  if row.expected is not None else "—"),
        pace=format_pace(row.pace) if row.pace is not None else "—",
        status=status_cell(row.status),
        conflicts=tuple(conflict_cell(row, c) for c in row.conflicts),
        result_conflicts=tuple(result_conflict_cell(c) for c in row.result_conflicts),
    )


def source_text(source: Source, modality: str = "") -> str:
    role = _ROLE_WORDS[source.role]
    return f"{role}{f' ({modality})' if modality else ''}: {source.document} “{source.quote}”"


def footnote(row: ScorecardRow) -> str:
    """Where every number of the row comes from, and why it has its status."""
    cells = row_text(row)
    parts = [f"{cells.indicator} {cells.period}, {cells.status}."]
    modality = modality_mark(row.target)
    parts.extend(source_text(s, modality if s.role == "target" else "") + ";"
                 for s in row.sources)
    parts.append(f"Why: {row.explanation}.")
    for conflict in row.conflicts:
        judged = (f" (against it: {STATUS_LABELS[conflict.status]})"
                  if conflict.status is not None else "")
        parts.append(f"Disagrees: {conflict.description}{judged}.")
    for dispute in row.result_conflicts:
        judged = (f" (against it: {STATUS_LABELS[dispute.status]})"
                  if dispute.status is not None else "")
        parts.append(f"Disputed: {dispute.description}{judged}.")
    return " ".join(parts)


def summary_line(summary: RegionSummary) -> str:
    """``江苏省南通市通州区 320612: ✔ 2 met · ↗ 3 on track · …``"""
    counts = " · ".join(f"{STATUS_SYMBOLS[s]} {summary.count(s)} {STATUS_LABELS[s]}"
                        for s in STATUSES
                        if s != "not_comparable" or summary.count(s))
    return f"{summary.name} {summary.region or ''}".rstrip() + f": {counts}"


def legend() -> str:
    """The statuses and the thresholds between them, in one line."""
    return (f"{status_cell('met')}: the result satisfies the target · "
            f"{status_cell('on_track')}: pace ≥ {format_pace(ON_TRACK_PACE)} · "
            f"{status_cell('at_risk')}: pace ≥ {format_pace(AT_RISK_PACE)}, or growth/rate "
            f"at most {format_number(AT_RISK_MARGIN_PP)} point short · "
            f"{status_cell('behind')}: below that · {status_cell('missed')}: the period is "
            f"over and the target missed · {status_cell('no_result')} · "
            f"{status_cell('not_comparable')}. Ceilings (CPI, unemployment) have no pace; "
            "左右 targets count within the stated tolerance. "
            f"Targets marked {MODALITY_MARKS['ensure']} (ensure) or {MODALITY_MARKS['strive']} "
            "(strive) are worded so; others are plans. ≠ under a target: another statement "
            f"of it; ≠ … {DISPUTED_WORD} under a result: another document's figure for it. "
            "Pace = result ÷ expected, expected = target × elapsed months ÷ period months "
            "(flows); growths and rates compare directly; stocks against the target.")
