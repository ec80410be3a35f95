"""Linking: restatements of one target are grouped, and each group meets its best result.

A target's key is (region, indicator, measure, period, per). Statements of the same key
in any of the documents given form one :class:`TargetGroup`; the first statement (in the
order the documents were given) is the group's target, the others its restatements.

A result links to a target when it is for the same region and indicator, its measure
is compatible (the same, or level/increase of a flow), and its period lies inside the
target's: a half-year, quarter or month range inside the target year; a year (or a part
of one) inside a five-year span for a 每年 target; the target year for a 到2025年 stock.
Of several, the latest in the target's unit wins (latest end, then the longest, then the
first given); one in another unit only when there is no other.

Results are restated too: the same figure for the same key (region, indicator, measure,
period) in another document agrees with the chosen one (:func:`same_figures`); a
different figure for that key *disputes* it (:func:`disputing_results`), and the
scorecard shows both, never picking one silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Literal

from attrs import evolve, frozen

from plantrack.model import Extraction, Goal, Indicator, Measure, Period, Quantity, Result

__all__ = [
    "Candidate",
    "TargetGroup",
    "TargetKey",
    "compared_period",
    "disputing_results",
    "find_result",
    "group_targets",
    "indicator_for",
    "same_figures",
    "scaled_target",
]

TargetKey = tuple[str | None, str, str | None, Measure, Period, str | None]


@frozen
class TargetGroup:
    """One target as stated in one or more places; ``statements[0]`` is the target."""

    key: TargetKey
    statements: tuple[Goal, ...]

    @property
    def target(self) -> Goal:
        return self.statements[0]

    @property
    def restatements(self) -> tuple[Goal, ...]:
        return self.statements[1:]


@frozen
class Candidate:
    """The result chosen for a target, and how it relates: ``linked`` when it can be
    scored, otherwise why not (another measure, or periods that overlap without nesting)."""

    result: Result
    relation: Literal["linked", "other_measure", "not_nested"]
    period: Period | None  # the period the target is compared over (per-year: the year)


def key_of(goal: Goal) -> TargetKey:
    label = goal.indicator_label if goal.indicator == "other" else None
    return (goal.region, goal.indicator, label, goal.measure, goal.when, goal.per)


def group_targets(extractions: Sequence[Extraction]) -> list[TargetGroup]:
    """Every distinct target with all its statements, in first-seen order."""
    groups: dict[TargetKey, list[Goal]] = {}
    seen: set[tuple[str, int, int, TargetKey]] = set()
    for extraction in extractions:
        for goal in extraction.goals:
            key = key_of(goal)
            where = (goal.provenance.document, goal.provenance.start, goal.provenance.end, key)
            if where in seen:
                continue
            seen.add(where)
            groups.setdefault(key, []).append(goal)
    return [TargetGroup(key, tuple(goals)) for key, goals in groups.items()]


def indicator_for(indicators: dict[str, Indicator] | None, fact: Goal | Result) -> Indicator:
    """The catalogue entry, or a stand-in for an indicator outside it (``other``)."""
    found = indicators.get(fact.indicator) if indicators else None
    if found is not None:
        return found
    unit = fact.quantity.unit
    return Indicator(id=fact.indicator if fact.indicator != "other" else "other",
                     name=fact.indicator_label or fact.indicator,
                     kind="rate" if unit == "percent" else "flow", unit=unit)


def compatible(target: Measure, result: Measure, indicator: Indicator) -> bool:
    if target == result:
        return True
    return indicator.kind == "flow" and {target, result} == {"level", "increase"}


def compared_period(goal: Goal, period: Period) -> Period | None:
    """The span ``goal`` is judged over for a result of ``period``, or None if it does not
    nest: the goal's period, or for a 每年 target the year(s) the result falls in."""
    if not goal.when.contains(period):
        return None
    if goal.per == "year":
        return Period.years(period.start_year, period.end_year)
    return goal.period


def scaled_target(goal: Goal, period: Period, indicator: Indicator) -> Quantity:
    """The target's quantity for ``period``: a 每年 count over two years is twice the value;
    growths and rates are never scaled."""
    q = goal.quantity
    years = period.end_year - period.start_year + 1
    if goal.per != "year" or years == 1 or q.unit == "percent" or \
            indicator.kind in ("rate", "index") or goal.measure == "growth":
        return q
    factor = Decimal(years)
    return evolve(q, value=q.value * factor,
                  value_high=q.value_high * factor if q.value_high is not None else None)


def _overlaps(a: Period, b: Period) -> bool:
    return (a.start_year, a.start_month) <= (b.end_year, b.end_month) and \
        (b.start_year, b.start_month) <= (a.end_year, a.end_month)


def _latest_first(result: Result, order: int) -> tuple[int, int, int, int, int]:
    p = result.when
    return (-p.end_year, -p.end_month, p.start_year, p.start_month, order)


def find_result(goal: Goal, results: Iterable[Result], indicator: Indicator
                ) -> Candidate | None:
    """The best result for ``goal`` (see the module docstring), or the nearest one that
    cannot be compared, or None when the documents hold no result for it at all."""
    linked: list[tuple[tuple[int, int, int, int, int], Result, Period]] = []
    other: list[tuple[tuple[int, int, int, int, int], Result, Period]] = []
    loose: list[tuple[tuple[int, int, int, int, int], Result]] = []
    for order, result in enumerate(results):
        if result.region != goal.region or result.indicator != goal.indicator:
            continue
        if goal.indicator == "other" and result.indicator_label != goal.indicator_label:
            continue
        span = compared_period(goal, result.when)
        rank = _latest_first(result, order)
        if span is None:
            if _overlaps(goal.when, result.when):
                loose.append((rank, result))
        elif compatible(goal.measure, result.measure, indicator):
            linked.append((rank, result, span))
        else:
            other.append((rank, result, span))
    if linked:
        # a figure in the target's unit (yuan for a yuan target) before a later one in
        # another unit, which could not be judged
        unit = goal.quantity.unit
        _, result, span = min(linked, key=lambda t: (t[1].quantity.unit != unit, t[0]))
        return Candidate(result, "linked", span)
    if other:
        _, result, span = min(other, key=lambda t: t[0])
        return Candidate(result, "other_measure", span)
    if loose:
        _, result = min(loose, key=lambda t: t[0])
        return Candidate(result, "not_nested", None)
    return None


def _result_key(result: Result) -> tuple[str | None, str, str | None, Measure, Period]:
    label = result.indicator_label if result.indicator == "other" else None
    return (result.region, result.indicator, label, result.measure, result.when)


def _figure(result: Result) -> tuple[Decimal, Decimal | None, str]:
    q = result.quantity
    return (q.value, q.value_high, q.unit)


def _restatements_of(chosen: Result, results: Iterable[Result], *, agreeing: bool
                     ) -> list[Result]:
    key, figure = _result_key(chosen), _figure(chosen)
    seen = {(chosen.provenance.document, chosen.provenance.start)}
    out: list[Result] = []
    for r in results:
        where = (r.provenance.document, r.provenance.start)
        if where in seen or _result_key(r) != key or (_figure(r) == figure) != agreeing:
            continue
        seen.add(where)
        out.append(r)
    return out


def same_figures(chosen: Result, results: Iterable[Result]) -> list[Result]:
    """``chosen`` and every other statement of the same figure for the same region,
    indicator, measure and period (in the order given)."""
    return [chosen, *_restatements_of(chosen, results, agreeing=True)]


def disputing_results(chosen: Result, results: Iterable[Result]) -> list[Result]:
    """Other statements for the same region, indicator, measure and period as ``chosen``
    whose figure differs (another value, range end or unit), in the order given."""
    return _restatements_of(chosen, results, agreeing=False)
