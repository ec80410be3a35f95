"""``--format xlsx``: an Excel workbook with one sheet per table (facts and projects;
the scorecard; the history), the CSV reporter's columns, numbers as numbers. Needs the
``xlsx`` extra (openpyxl), imported when a workbook is written. Returns bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from plantrack.components import Reporter, ReportOptions
from plantrack.errors import UsageError
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction
from plantrack.report.csv import FACT_COLUMNS, SCORECARD_COLUMNS, fact_rows, scorecard_rows
from plantrack.report.history_rows import HISTORY_COLUMNS, history_table
from plantrack.track.history import History
from plantrack.track.scorecard import Scorecard

__all__ = ["XlsxReporter"]

NUMERIC = frozenset({"value", "value_high", "target_value", "target_value_high",
                     "result_value", "expected", "pace", "tolerance", "investment",
                     "span_start", "span_end"})
_PROJECT_COLUMNS = ("document", "region", "region_name", "project_name", "investment",
                    "investment_comparator", "project_status", "quote")

Table = tuple[str, Sequence[str], Sequence[Sequence[str]]]


def _workbook(tables: Sequence[Table]) -> bytes:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise UsageError("--format xlsx needs openpyxl: pip install 'plantrack[xlsx]'") \
            from None
    book = Workbook()
    book.remove(book.active)
    for title, columns, rows in tables:
        sheet = book.create_sheet(title)
        sheet.append(list(columns))
        numeric = [column in NUMERIC for column in columns]
        for row in rows:
            sheet.append([float(cell) if is_number and cell else (cell or None)
                          for cell, is_number in zip(row, numeric, strict=True)])
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class XlsxReporter:
    name = "xlsx"
    description = "an Excel workbook, one sheet per table (needs plantrack[xlsx]; use -o)"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> bytes:
        rows = fact_rows(extractions, options)
        kind = FACT_COLUMNS.index("kind")
        facts = [r[:FACT_COLUMNS.index("project_name")] for r in rows if r[kind] != "project"]
        picks = [FACT_COLUMNS.index(c) for c in _PROJECT_COLUMNS]
        projects = [[r[i] for i in picks] for r in rows if r[kind] == "project"]
        return _workbook([("facts", FACT_COLUMNS[:FACT_COLUMNS.index("project_name")], facts),
                          ("projects", _PROJECT_COLUMNS, projects)])

    def report_scorecard(self, card: Scorecard, options: ReportOptions) -> bytes:
        return _workbook([("scorecard", SCORECARD_COLUMNS, scorecard_rows(card))])

    def report_history(self, history: History, options: ReportOptions) -> bytes:
        return _workbook([("history", HISTORY_COLUMNS, history_table(history))])


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(XlsxReporter())
