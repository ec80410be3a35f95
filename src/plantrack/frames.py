"""pandas DataFrames of extractions, scorecards and histories (the ``pandas`` extra;
imported only when a frame is asked for). The columns are the CSV reporter's, with
numbers as numbers: ``pd.read_csv`` of the CSV and ``to_pandas()`` agree."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from plantrack.errors import UsageError

if TYPE_CHECKING:
    from plantrack.components import ReportOptions
    from plantrack.model import Extraction
    from plantrack.track.history import History
    from plantrack.track.scorecard import Scorecard

__all__ = ["extractions_frame", "history_frame", "scorecard_frame"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise UsageError("DataFrames need pandas: pip install 'plantrack[pandas]'") from None
    return pandas


def _frame(text: str) -> Any:
    """The CSV reporter's text as a frame: one parser for both, so they agree."""
    return _pandas().read_csv(io.StringIO(text), dtype={"region": str, "document": str},
                              keep_default_na=False, na_values=[""])


def extractions_frame(extractions: Sequence[Extraction],
                      options: ReportOptions | None = None) -> Any:
    """One row per fact and per project (``kind`` project)."""
    from plantrack.components import ReportOptions
    from plantrack.report.csv import CsvReporter

    return _frame(CsvReporter().report_extractions(extractions, options or ReportOptions()))


def scorecard_frame(card: Scorecard) -> Any:
    from plantrack.components import ReportOptions
    from plantrack.report.csv import CsvReporter

    return _frame(CsvReporter().report_scorecard(card, ReportOptions()))


def history_frame(history: History) -> Any:
    from plantrack.components import ReportOptions
    from plantrack.report.csv import CsvReporter

    return _frame(CsvReporter().report_history(history, ReportOptions()))
