"""CSV: one row per scorecard row, per history period, or per extracted fact (with the
FACTS.md fields, the indicator's Chinese name) and per project (``kind`` project).

Numbers are written as exact decimals (no float rounding), empty when absent. Sources,
conflicts and result conflicts (other documents' figures for the result), which are
lists, are joined with `` | ``; ``disputed`` is ``yes`` when there are result conflicts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from plantrack.components import Reporter, ReportOptions
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction, Goal
from plantrack.report.history_rows import HISTORY_COLUMNS, history_table
from plantrack.report.rows import row_text, source_text
from plantrack.track.history import History
from plantrack.track.scorecard import Scorecard

__all__ = ["FACT_COLUMNS", "SCORECARD_COLUMNS", "CsvReporter"]

FACT_COLUMNS: tuple[str, ...] = (
    "document", "kind", "region", "region_name", "indicator", "indicator_name",
    "indicator_label", "measure", "value", "value_high", "unit", "comparator", "period", "per",
    "modality", "quote", "span_start", "span_end",
    "project_name", "investment", "investment_comparator", "project_status",
)
SCORECARD_COLUMNS: tuple[str, ...] = (
    "region", "region_name", "indicator", "indicator_name", "measure", "period", "per",
    "modality", "comparator", "target_value", "target_value_high", "unit", "target_text",
    "result_value", "result_period", "result_text", "status", "expected", "pace",
    "compared_period", "explanation", "sources", "conflicts", "disputed", "result_conflicts",
    "tolerance", "estimate",
)


def _num(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _write(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def fact_rows(extractions: Sequence[Extraction],
              options: ReportOptions | None = None) -> list[list[str]]:
    """A row per fact, then a row per project (``kind`` project), for each document."""
    names = options or ReportOptions()
    rows = []
    for e in extractions:
        for f in e.facts:
            q, p = f.quantity, f.provenance
            goal = f if isinstance(f, Goal) else None
            rows.append([e.document, f.kind, f.region or "", f.region_name, f.indicator,
                         names.indicator_name(f.indicator, f.indicator_label),
                         f.indicator_label or "", f.measure, _num(q.value), _num(q.value_high),
                         q.unit, q.comparator, str(f.period or ""),
                         (goal.per or "") if goal else "", goal.modality if goal else "",
                         p.quote, str(p.start), str(p.end), "", "", "", ""])
        for project in e.projects:
            p = project.provenance
            rows.append([e.document, "project", project.region or "",
                         project.region_name or "", *[""] * 11, p.quote, str(p.start),
                         str(p.end), project.name, _num(project.investment),
                         project.investment_comparator or "", project.status])
    return rows


def scorecard_rows(card: Scorecard) -> list[list[str]]:
    rows = []
    for row in card.rows:
        t, q, r = row_text(row), row.target.quantity, row.result
        rows.append([
            row.region or "", row.region_name, row.indicator, row.indicator_name, row.measure,
            str(row.period), row.per or "", row.target.modality, q.comparator, _num(q.value),
            _num(q.value_high), q.unit, t.target, _num(r.quantity.value) if r else "",
            t.result_period, t.result if r else "", row.status, _num(row.expected),
            _num(row.pace), str(row.compared_period or ""), row.explanation,
            " | ".join(source_text(s) for s in row.sources),
            " | ".join(c.description for c in row.conflicts),
            "yes" if row.disputed else "",
            " | ".join(c.description for c in row.result_conflicts),
            _num(row.tolerance), "yes" if row.estimate else "",
        ])
    return rows


class CsvReporter:
    name = "csv"
    description = "CSV: a row per scorecard target, or a row per fact with the FACTS.md fields"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        return _write(FACT_COLUMNS, fact_rows(extractions, options))

    def report_scorecard(self, card: Scorecard, options: ReportOptions) -> str:
        return _write(SCORECARD_COLUMNS, scorecard_rows(card))

    def report_history(self, history: History, options: ReportOptions) -> str:
        return _write(HISTORY_COLUMNS, history_table(history))


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(CsvReporter())
