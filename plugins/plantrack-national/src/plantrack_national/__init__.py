"""plantrack-national: the national government work report's targets and results.

Installed, it registers the ``national`` extractor through the ``plantrack``
entry-point group (see ``pyproject.toml``); nothing else happens at import time.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Extractor
from plantrack.hookspecs import hookimpl
from plantrack_national.extractor import NationalExtractor

__all__ = ["NationalExtractor", "register_extractors"]
__version__ = "0.1.0"


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Contribute the ``national`` extractor."""
    register(NationalExtractor())
