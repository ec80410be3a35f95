"""JSON and JSON Lines: the FACTS.md records, and the scorecard's rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from plantrack.components import Reporter, ReportOptions
from plantrack.convert import extraction_to_json
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction
from plantrack.names import json_escaped

__all__ = ["JsonLinesReporter", "JsonReporter", "dumps"]


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """JSON text, UTF-8 unescaped; a file name's undecodable bytes as ``\\udcNN``
    (:mod:`plantrack.names`)."""
    return json_escaped(json.dumps(data, ensure_ascii=False, indent=indent))


class JsonReporter:
    name = "json"
    description = "FACTS.md JSON: one object per document, an array for several"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        records = [extraction_to_json(e) for e in extractions]
        return dumps(records[0] if len(records) == 1 else records) + "\n"

    def report_scorecard(self, card: Any, options: ReportOptions) -> str:
        from plantrack.track.scorecard import scorecard_to_json

        return dumps(scorecard_to_json(card)) + "\n"

    def report_history(self, history: Any, options: ReportOptions) -> str:
        from plantrack.track.history import history_to_json

        return dumps(history_to_json(history)) + "\n"


class JsonLinesReporter:
    name = "jsonl"
    description = "FACTS.md JSON Lines: one document (or scorecard row) per line"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        return "".join(dumps(extraction_to_json(e), indent=None) + "\n" for e in extractions)

    def report_scorecard(self, card: Any, options: ReportOptions) -> str:
        from plantrack.track.scorecard import scorecard_to_json

        rows = scorecard_to_json(card)["rows"]
        return "".join(dumps(row, indent=None) + "\n" for row in rows)

    def report_history(self, history: Any, options: ReportOptions) -> str:
        from plantrack.track.history import history_to_json

        record = history_to_json(history)
        rows = record.pop("rows")
        return "".join(dumps(record | row, indent=None) + "\n" for row in rows)


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(JsonReporter())
    register(JsonLinesReporter())
