"""plantrack: track Chinese government plan targets against reported results.

    >>> import plantrack
    >>> plantrack.parse_number("6032.4億")
    Decimal('603240000000')

``__version__`` is read from the installed package's metadata on first use.
"""

from __future__ import annotations

from typing import Any

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
    "__version__",
    "extract",
    "extract_batch",
    "load_document",
    "parse_number",
    "parse_quantity",
    "scorecard",
]

def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("plantrack")
        except metadata.PackageNotFoundError:  # a checkout on sys.path, not installed
            return "0+unknown"
    raise AttributeError(f"module 'plantrack' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
