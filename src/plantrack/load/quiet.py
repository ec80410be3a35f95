"""Third-party readers kept quiet: their log records, warnings and stray prints would
land on stderr beside plantrack's one line about the file (pypdf logs "EOF marker not
found" before it raises), or on stdout among the records."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout

__all__ = ["quiet"]


@contextmanager
def quiet(*loggers: str) -> Iterator[None]:
    """Silence the named loggers (and their children), warnings and prints while this runs."""
    saved = [(logger, logger.level) for logger in map(logging.getLogger, loggers)]
    for logger, _ in saved:
        logger.setLevel(logging.CRITICAL + 1)  # children left at NOTSET inherit it
    try:
        with warnings.catch_warnings(), redirect_stdout(io.StringIO()), \
                redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)
