"""The one range of years plantrack accepts from outside its texts: ``--year``, the API's
``year=``, a sidecar's or front matter's ``year`` and ``published``.

1949..2100: the People's Republic's documents, with room for long-range plans. Periods
a text names around such a year (去年, 十五五, 到2035年) stay inside what a
:class:`~plantrack.model.Period` holds (1900..2200).
"""

from __future__ import annotations

from plantrack.errors import UsageError

__all__ = ["YEARS", "check_year", "years_text"]

YEARS = range(1949, 2101)


def years_text() -> str:
    """The range for a message: ``1949..2100``."""
    return f"{YEARS.start}..{YEARS.stop - 1}"


def check_year(year: int | None, where: str) -> int | None:
    """``year`` if it is None or in :data:`YEARS`; a UsageError naming ``where`` (the
    option or argument it came from) otherwise."""
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int) or year not in YEARS:
        shown = repr(year) if not isinstance(year, int) or abs(year) < 10**12 else "a huge number"
        raise UsageError(f"{where}: {shown} is not a year in {years_text()}")
    return year
