"""The ``rich`` reporter: tables for the terminal, plain text when piped or with NO_COLOR.

The renderables live in :mod:`plantrack.report.rich_views` and are imported on first
use: every registry loads this plugin, and a program that only extracts should not pay
for importing Rich.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from plantrack.components import Reporter, ReportOptions
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction

if TYPE_CHECKING:
    from rich.console import Group

    from plantrack.report.rich_views import ScorecardView
    from plantrack.track.history import History
    from plantrack.track.scorecard import Scorecard

__all__ = ["RichReporter"]


class RichReporter:
    name = "rich"
    description = "tables for the terminal; plain text when piped or with NO_COLOR"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> Group:
        from plantrack.report.rich_views import extractions_view

        return extractions_view(extractions, options)

    def report_scorecard(self, card: Scorecard, options: ReportOptions) -> ScorecardView:
        from plantrack.report.rich_views import ScorecardView

        return ScorecardView(card, brief=bool(options.extra.get("brief", False)))

    def report_history(self, history: History, options: ReportOptions) -> Group:
        """The periods as a table, the chart of target against result, the arithmetic."""
        from plantrack.report.history_views import history_view

        return history_view(history, options.width or 80)


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(RichReporter())
