"""A region's indicator over the years: one row per period with the target(s), the
result, the status and the sources, across every document given or stored.

Built on the scorecard's linking and status rules (:mod:`plantrack.track.scorecard`), so
a year reads the same in both; a period with a result and no target is a row too (status
None), so the results' line has no holes. Returns records; imports no reporter.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from attrs import frozen

from plantrack.errors import UsageError
from plantrack.model import Extraction, Goal, Measure, Period, Result
from plantrack.track.scorecard import Source, build_scorecard
from plantrack.track.status import Method, Status

if TYPE_CHECKING:
    from plantrack.catalog import Catalog

__all__ = ["History", "HistoryRow", "build_history", "history_to_json"]


@frozen
class HistoryRow:
    """One period: its target (and other statements of it), the result, how it stands."""

    period: Period
    per: str | None
    measure: Measure
    targets: tuple[Goal, ...]  # the first statement, then restatements with other values
    result: Result | None
    status: Status | None  # None: a result with no target for the period
    explanation: str
    method: Method | None = None
    tolerance: Decimal | None = None
    estimate: bool = False
    sources: tuple[Source, ...] = ()

    @property
    def target(self) -> Goal | None:
        return self.targets[0] if self.targets else None


@frozen
class History:
    """The rows of one region's indicator (and measure), oldest period first."""

    region: str
    region_name: str
    indicator: str
    indicator_name: str
    measure: Measure | None
    rows: tuple[HistoryRow, ...]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per period (needs the ``pandas`` extra)."""
        from plantrack.frames import history_frame

        return history_frame(self)

    def _repr_html_(self) -> str:
        from plantrack.notebook import history_html

        return history_html(self)

    def __rich__(self) -> Any:
        from plantrack.notebook import history_rich

        return history_rich(self)


def _distinct(goals: Sequence[Goal]) -> tuple[Goal, ...]:
    seen, out = set(), []
    for goal in goals:
        q = goal.quantity
        key = (q.value, q.value_high, q.comparator, q.unit)
        if key not in seen:
            seen.add(key)
            out.append(goal)
    return tuple(out)


def _latest_results(extractions: Sequence[Extraction], region: str, indicator: str,
                    measure: Measure | None) -> dict[tuple[Period, Measure], Result]:
    """The first-given result per (period, measure): results with no target."""
    out: dict[tuple[Period, Measure], Result] = {}
    for extraction in extractions:
        for result in extraction.results:
            if (result.region, result.indicator) != (region, indicator) or \
                    result.period is None or (measure and result.measure != measure):
                continue
            out.setdefault((result.period, result.measure), result)
    return out


def build_history(extractions: Sequence[Extraction], *, region: str, indicator: str,
                  measure: Measure | None = None, catalog: Catalog | None = None) -> History:
    """Every target of ``region``'s ``indicator`` (one measure, or all) with its result,
    and every whole-year result with no target, oldest first. ``region`` is a code."""
    indicators = dict(catalog.indicators) if catalog is not None else {}
    if catalog is not None and indicator not in indicators:
        raise UsageError(f"unknown indicator {indicator!r} (try `plantrack indicators`)")
    card = build_scorecard(extractions, catalog=catalog)
    rows: list[HistoryRow] = []
    covered: set[tuple[Period, Measure]] = set()
    region_name = ""
    for row in card.rows:
        if (row.region, row.indicator) != (region, indicator) or \
                (measure and row.measure != measure):
            continue
        region_name = region_name or row.region_name
        covered.add((row.period, row.measure))
        if row.result is not None:
            covered.add((row.result.when, row.result.measure))
        rows.append(HistoryRow(
            period=row.period, per=row.per, measure=row.measure,
            targets=_distinct([row.target, *row.restatements]),
            result=row.result, status=row.status, explanation=row.explanation,
            method=row.method, tolerance=row.tolerance, estimate=row.estimate,
            sources=row.sources))
    for (period, result_measure), result in _latest_results(
            extractions, region, indicator, measure).items():
        if (period, result_measure) in covered or period.month_count != 12:
            continue
        region_name = region_name or result.region_name
        rows.append(HistoryRow(period=period, per=None, measure=result_measure, targets=(),
                               result=result, status=None,
                               explanation="a result with no target for the period",
                               sources=(Source.of("result", result),)))
    rows.sort(key=lambda r: (r.period.end_year, r.period.end_month, r.period.month_count,
                             r.measure, r.per or ""))
    name = indicators[indicator].name if indicator in indicators else indicator
    return History(region=region, region_name=region_name, indicator=indicator,
                   indicator_name=name, measure=measure, rows=tuple(rows))


def history_to_json(history: History) -> dict[str, Any]:
    """``{"region", "indicator", ..., "rows": [...]}``: each row's targets and result as
    FACT records with their ``document``."""
    from plantrack.track.scorecard import fact_with_document, number

    return {
        "region": history.region, "region_name": history.region_name,
        "indicator": history.indicator, "indicator_name": history.indicator_name,
        "measure": history.measure,
        "rows": [{
            "period": str(r.period), "per": r.per, "measure": r.measure,
            "targets": [fact_with_document(t) for t in r.targets],
            "result": fact_with_document(r.result), "status": r.status,
            "method": r.method, "tolerance": number(r.tolerance), "estimate": r.estimate,
            "explanation": r.explanation,
            "sources": [{"role": s.role, "document": s.document, "quote": s.quote,
                         "span": [s.start, s.end]} for s in r.sources],
        } for r in history.rows],
    }
