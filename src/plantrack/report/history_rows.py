"""A history's rows as cells of text, shared by the table-shaped reporters (Rich, CSV,
Markdown, xlsx). Plain text; no Rich."""

from __future__ import annotations

from attrs import frozen

from plantrack.formatting import format_amount, format_quantity, measure_label
from plantrack.report.rows import modality_mark, status_cell
from plantrack.track.history import History, HistoryRow

__all__ = ["HISTORY_COLUMNS", "HistoryText", "history_cells", "history_table", "title"]

HISTORY_COLUMNS: tuple[str, ...] = (
    "region", "region_name", "indicator", "indicator_name", "measure", "period", "per",
    "target_text", "target_value", "target_value_high", "comparator", "unit",
    "result_value", "result_period", "result_text", "status", "tolerance", "estimate",
    "target_documents", "result_document", "explanation",
)


@frozen
class HistoryText:
    period: str
    target: str
    result: str
    status: str
    documents: str


def title(history: History) -> str:
    measure = measure_label(history.indicator_name, history.measure) if history.measure \
        else history.indicator_name
    return f"{history.region_name or history.region} {history.region} · {measure}"


def history_cells(row: HistoryRow) -> HistoryText:
    targets = " / ".join(modality_mark(t) + format_quantity(t.quantity, t.indicator)
                         for t in row.targets) or "—"
    result = "—"
    if row.result is not None:
        q = row.result.quantity
        result = format_amount(q.value, q.unit, row.result.indicator)
        if row.result.period != row.period:
            result += f" ({row.result.period})"
        if row.estimate:
            result += " 预计"
    documents = list(dict.fromkeys(s.document for s in row.sources))
    return HistoryText(period=str(row.period) + (" 每年" if row.per else ""), target=targets,
                       result=result,
                       status=status_cell(row.status) if row.status else "no target",
                       documents=", ".join(documents))


def _num(value: object) -> str:
    return "" if value is None else f"{value:f}".rstrip("0").rstrip(".") \
        if "." in f"{value:f}" else f"{value:f}"


def history_table(history: History) -> list[list[str]]:
    """One list of cells per row, in :data:`HISTORY_COLUMNS` order."""
    out = []
    for row in history.rows:
        t, target, result = history_cells(row), row.target, row.result
        q = target.quantity if target else None
        unit = q.unit if q else result.quantity.unit if result else ""
        out.append([
            history.region, history.region_name, history.indicator, history.indicator_name,
            row.measure, str(row.period), row.per or "", t.target,
            _num(q.value) if q else "", _num(q.value_high) if q else "",
            q.comparator if q else "", unit,
            _num(result.quantity.value) if result else "",
            str(result.period) if result else "", t.result if result else "",
            row.status or "", _num(row.tolerance), "yes" if row.estimate else "",
            " | ".join(dict.fromkeys(g.provenance.document for g in row.targets)),
            result.provenance.document if result else "", row.explanation,
        ])
    return out
