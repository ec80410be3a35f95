"""Periods in text (上半年, 1-7月, 到2025年, 十四五 ...) and the document's own year.

:func:`infer_year` reads the year a document is written in from cues in its text; the
caller's year (``--year``, metadata) always wins over it.
"""

from __future__ import annotations

import re
from collections import Counter

from attrs import frozen

__all__ = ["YearGuess", "infer_year"]

_CUES: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(r"展望(20\d\d)"), 0, "展望{0}"),
    (re.compile(r"(20\d\d)年?全国两会"), 0, "{0}全国两会"),
    (re.compile(r"今年[^。\n]{0,6}?(20\d\d)|(20\d\d)年[^。\n]{0,3}今年"), 0, "今年 {0}"),
)


@frozen
class YearGuess:
    year: int
    cue: str


def infer_year(text: str) -> YearGuess | None:
    """The year the text is written in, and the cue that decided it, or None."""
    for pattern, offset, label in _CUES:
        if m := pattern.search(text):
            year = int(next(g for g in m.groups() if g)) + offset
            return YearGuess(year, label.format(year))
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20[0-4]\d)年", text))
    if years:
        year, _ = years.most_common(1)[0]
        return YearGuess(year, f"most frequent year {year}")
    return None
