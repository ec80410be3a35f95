"""plantrack: track Chinese government plan targets against reported results.

    >>> import plantrack
    >>> plantrack.parse_number("6032.4億")
    603240000000.0
"""

from __future__ import annotations

from plantrack.api import extract, scorecard
from plantrack.errors import InputError, PlantrackError, UsageError
from plantrack.model import (
    Document,
    Extraction,
    Goal,
    Indicator,
    Period,
    Project,
    Provenance,
    Quantity,
    Region,
    Result,
)
from plantrack.text.numbers import parse_number
from plantrack.text.quantities import parse_quantity

__all__ = [
    "Document",
    "Extraction",
    "Goal",
    "Indicator",
    "InputError",
    "Period",
    "PlantrackError",
    "Project",
    "Provenance",
    "Quantity",
    "Region",
    "Result",
    "UsageError",
    "extract",
    "parse_number",
    "parse_quantity",
    "scorecard",
]
