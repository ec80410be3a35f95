"""An entry point whose hook raises."""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Reporter
from plantrack.hookspecs import hookimpl


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    raise RuntimeError("fixture: register_reporters failed")
