"""Periods in text (上半年, 1-7月, 到2025年, 十四五 ...) and the document's own year.

:func:`find_periods` finds every period expression in normalised text and resolves it
against the document year (今年, 全年, 上半年 need one; 2023年, 十四五 do not).
:func:`infer_year` reads the year a document is written in from cues in its text; the
caller's year (``--year``, metadata) always wins over it (see :func:`~.prepare.prepare`).
The words are read from ``data/periods.tsv``; year cues from ``data/year_cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from attrs import frozen

from plantrack.model import Period
from plantrack.text._data import alternation, data_rows
from plantrack.text.numbers import read_number
from plantrack.text.years import (
    SHORT_YEAR,
    YEAR,
    YearGuess,
    infer_year,
    plan_years,
    short_year,
)

__all__ = ["PeriodMatch", "YearGuess", "find_periods", "infer_year", "month_span",
           "parse_period", "plan_year_named"]

#: A month range that ends before it starts (12-2月) crosses the year end when it is
#: this short (winter, a heating season); a longer one (3-1月) is a slip, not read.
LONGEST_WRAP = 6

_YEAR = YEAR
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
_RANGE = r" ?(?:-|—|–|~|～|至|到) ?"
# 前8月, 前八个月: January to that month (not 提前8个月, ahead of time)
_FIRST_MONTHS = rf"(?<![提超])前(?P<fm>{_MONTH}|两)个?月份?"


@frozen
class PeriodMatch:
    """A period expression at ``[start, end)`` of the text, and the period it names.

    ``recurring`` marks 每年/年均: the quantity holds for each year of a span (FACTS.md
    ``per: "year"``); ``period`` is then the document year, which the caller widens to
    the plan's span when the context gives one.
    """

    period: Period
    start: int
    end: int
    text: str
    recurring: bool = False


@frozen
class _Words:
    by_kind: dict[str, dict[str, int]]

    def words(self, *kinds: str) -> str:
        return alternation(w for k in kinds for w in self.by_kind.get(k, {}))

    def arg(self, word: str, *kinds: str) -> int:
        for kind in kinds:
            if word in self.by_kind.get(kind, {}):
                return self.by_kind[kind][word]
        raise KeyError(word)


@cache
def _words() -> _Words:
    by_kind: dict[str, dict[str, int]] = {}
    for word, kind, arg in data_rows("periods.tsv"):
        by_kind.setdefault(kind, {})[word] = int(arg)
    return _Words(by_kind)


def plan_year_named(text: str) -> int | None:
    """Which year of a five-year plan a word of ``text`` names (开局: 1, 收官: 5), the
    first such word's; None when none does."""
    words = _words()
    pattern = words.words("plan_year")
    m = re.search(pattern, text) if pattern else None
    return words.arg(m[0], "plan_year") if m else None


_Builder = Callable[[re.Match[str], int | None, date | None], PeriodMatch | None]


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], _Builder], ...]:
    w = _words()
    parts = w.words("half", "quarter", "first_months")
    part = (rf"(?P<part>{parts}|(?P<m1>{_MONTH})月?{_RANGE}(?P<m2>{_MONTH})月份?"
            rf"|{_FIRST_MONTHS})")
    part_ahead = rf"(?:{parts}|{_MONTH}月?{_RANGE}{_MONTH}月|前(?:{_MONTH}|两)个?月)"
    return (
        # 2021年至2025年, 2021-2025年
        (re.compile(rf"(?P<y1>{_YEAR}) ?年?{_RANGE}(?P<y2>{_YEAR}) ?年"), _year_span),
        # 截至2月底, 截至2023年6月末
        (re.compile(rf"(?:{w.words('until')}) ?(?:(?P<y>{_YEAR}) ?年)?"
                    rf"(?P<m>{_MONTH})月(?:底|末|份)"), _until),
        # 截至目前, 至今
        (re.compile(w.words("to_date")), _to_date),
        # 2023年上半年, 去年一季度, 1-7月, 到2025年, 2024年
        # (05年上半年: a year in two figures, before a part of it only; 10年 alone is a span)
        (re.compile(rf"(?:(?P<by>{w.words('by')}) ?)?(?:(?P<y>{_YEAR}) ?年? ?(?={part_ahead})"
                    rf"|(?P<yy>{SHORT_YEAR})年(?={part_ahead})"
                    rf"|(?P<ey>{_YEAR}) ?年(?:底|末)?(?! ?\d{{1,2}}月\d)"
                    rf"|(?P<rel>{w.words('year')}))?(?:{part})?"),
         _year_part),
        # 十四五, “十四五”期间, 第十四个五年规划
        (re.compile(rf"(?<![一二三四五六七八九十])“?十(?P<n>[一二三四五六七八九])五”?"
                    rf"(?:{w.words('plan_suffix')}|规划(?:{w.words('plan_suffix')})?)?"
                    rf"|第十(?P<n2>[一二三四五六七八九])个五年规划(?:{w.words('plan_suffix')})?"),
         _plan),
        (re.compile(w.words("recurring")), _recurring),
        (re.compile(w.words("horizon")), _horizon),
    )


def find_periods(text: str, year: int | None, *, today: date | None = None
                 ) -> list[PeriodMatch]:
    """Every period expression in ``text``, left to right, not overlapping.

    ``year`` resolves relative words (今年, 全年, 上半年); without it only expressions
    naming their own year are returned. ``today`` (the document's date) resolves
    截至目前.
    """
    found: list[PeriodMatch] = []
    for pattern, build in _patterns():
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            match = build(m, year, today)
            if match is not None:
                found.append(match)
    # the longest match wins where two overlap (2023年上半年 over 2023年 and 上半年)
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[PeriodMatch] = []
    for match in found:
        if not out or match.start >= out[-1].end:
            out.append(match)
    return out


def parse_period(expr: str, year: int | None, *, today: date | None = None
                 ) -> PeriodMatch | None:
    """The period ``expr`` names when it is one period expression and nothing else.

    >>> str(parse_period("上半年", 2023).period)
    '2023H1'
    >>> str(parse_period("十四五期间", None).period)
    '2021..2025'
    """
    text = expr.strip()
    matches = find_periods(text, year, today=today)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(text):
        return matches[0]
    return None


def _month(text: str) -> int | None:
    reading = read_number(text)
    if reading is None or not 1 <= reading.value <= 12 or reading.value % 1:
        return None
    return int(reading.value)


def month_span(year: int, first: int, last: int) -> Period | None:
    """The months ``first``-``last`` of a text written of ``year``: 1-7月 in it; 12-2月
    from December of the year before (a range across the year end, at most
    :data:`LONGEST_WRAP` months); None for a range that can only be a slip (3-1月) or
    that leaves the years a Period holds."""
    start_year = year if first <= last else year - 1
    if first > last and 12 - first + last + 1 > LONGEST_WRAP:
        return None
    try:
        return Period(start_year, first, year, last, as_months=True)
    except ValueError:  # a year out of Period's range
        return None


def _match(m: re.Match[str], period: Period | None, recurring: bool = False
           ) -> PeriodMatch | None:
    if period is None:
        return None
    return PeriodMatch(period, m.start(), m.end(), m.group(), recurring)


def _year_span(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    first, last = int(m["y1"]), int(m["y2"])
    return _match(m, Period.years(first, last) if first <= last else None)


def _until(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    in_year = int(m["y"]) if m["y"] else year
    month = _month(m["m"])
    if in_year is None or month is None:
        return None
    return _match(m, Period.months(in_year, 1, month))


def _to_date(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    if today is None:
        return None
    return _match(m, Period.months(today.year, 1, today.month))


def _year_part(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    w = _words()
    if m["y"] or m["ey"]:
        in_year: int | None = int(m["y"] or m["ey"])
    elif m["yy"]:
        in_year = short_year(m["yy"], today)  # 05年上半年: 2005
    elif m["rel"]:
        in_year = None if year is None else year + w.arg(m["rel"], "year")
    else:
        in_year = year
    if in_year is None or not 1900 <= in_year <= 2200:
        return None
    if m["fm"]:
        final = 2 if m["fm"] == "两" else _month(m["fm"])
        return None if final is None else _match(m, Period.months(in_year, 1, final))
    if m["m1"]:
        first, last = _month(m["m1"]), _month(m["m2"])
        if first is None or last is None:
            return None
        return _match(m, month_span(in_year, first, last))
    part = m["part"]
    if part is None:
        return _match(m, Period.year(in_year)) if (m["ey"] or m["rel"]) else None
    if part in w.by_kind["half"]:
        return _match(m, Period.half(in_year, w.arg(part, "half")))
    if part in w.by_kind["quarter"]:
        return _match(m, Period.quarter(in_year, w.arg(part, "quarter")))
    return _match(m, Period(in_year, 1, in_year, w.arg(part, "first_months")))


def _plan(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    first, last = plan_years(m["n"] or m["n2"])
    return _match(m, Period.years(first, last))


def _recurring(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    return _match(m, None if year is None else Period.year(year), recurring=True)


def _horizon(m: re.Match[str], year: int | None, today: date | None) -> PeriodMatch | None:
    """未来五年 from the year it is written in; written in a plan's eve (2020, 2025), the
    next five-year plan."""
    if year is None:
        return None
    length = _words().arg(m.group(), "horizon")
    first = year + 1 if (length == 5 and year % 5 == 0) else year
    return _match(m, Period.years(first, first + length - 1))
