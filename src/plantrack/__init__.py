"""plantrack: track Chinese government plan targets against reported results.

    >>> import plantrack
    >>> plantrack.parse_number("6032.4億")
    603240000000.0
"""

from __future__ import annotations

from plantrack.api import extract, extract_batch, load_document, scorecard
from plantrack.components import LoadOptions
from plantrack.errors import InputError, PlantrackError, UsageError
from plantrack.model import (
    Document,
    Extraction,
    Failure,
    Goal,
    Indicator,
    Period,
    Project,
    Provenance,
    Quantity,
    Region,
    Result,
    TextRef,
)
from plantrack.text.numbers import parse_number
from plantrack.text.quantities import parse_quantity

__all__ = [
    "Document",
    "Extraction",
    "Failure",
    "Goal",
    "Indicator",
    "InputError",
    "LoadOptions",
    "Period",
    "PlantrackError",
    "Project",
    "Provenance",
    "Quantity",
    "Region",
    "Result",
    "TextRef",
    "UsageError",
    "extract",
    "extract_batch",
    "load_document",
    "parse_number",
    "parse_quantity",
    "scorecard",
]
