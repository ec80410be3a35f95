"""plantrack-html: ``--format html``, one self-contained page per invocation.

Installed, it registers the ``html`` reporter through the ``plantrack`` entry-point
group (see ``pyproject.toml``); nothing else happens at import time.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Reporter
from plantrack.hookspecs import hookimpl
from plantrack_html.reporter import HtmlReporter

__all__ = ["HtmlReporter", "register_reporters"]
__version__ = "0.1.0"


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    """Contribute the ``html`` reporter."""
    register(HtmlReporter())
