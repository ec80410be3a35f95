"""The ``html`` reporter: FACTS.md JSON in, one self-contained HTML page out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from plantrack.components import ReportOptions
from plantrack.convert import extraction_to_json
from plantrack.model import Extraction
from plantrack_html.page import extractions_page, scorecard_page
from plantrack_html.sources import SourceTexts

__all__ = ["HtmlReporter"]


class HtmlReporter:
    """A page with a table per document (extractions) or one row per target (scorecard),
    every quote shown highlighted inside a window of its original text."""

    name = "html"
    description = "A self-contained HTML page, each quote shown in its source context"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        """One section per document; accepts Extractions or FACTS.md document objects."""
        records = [e if isinstance(e, Mapping) else extraction_to_json(e)
                   for e in extractions]
        return extractions_page(records, SourceTexts(options))

    def report_scorecard(self, card: Any, options: ReportOptions) -> str:
        """One row per target; ``card`` is a Scorecard or its FACTS.md ``{"rows": ...}``."""
        if not isinstance(card, Mapping):
            from plantrack.track.scorecard import scorecard_to_json

            card = scorecard_to_json(card)
        return scorecard_page(card, SourceTexts(options))

    def report_history(self, history: Any, options: ReportOptions) -> str:
        """The chart as an inline SVG, then a row per period; ``history`` is a History or
        its JSON record."""
        from plantrack_html.history import history_page

        if not isinstance(history, Mapping):
            from plantrack.track.history import history_to_json

            history = history_to_json(history)
        return history_page(history)
