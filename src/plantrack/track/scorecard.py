"""The scorecard: one row per target, linked to its best result, with status and sources.

:func:`build_scorecard` is what :func:`plantrack.scorecard` calls; every reporter formats
the same :class:`Scorecard`. This module returns records and imports no Rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from attrs import evolve, frozen

from plantrack.convert import decimal_to_json, fact_to_json
from plantrack.errors import UsageError
from plantrack.formatting import format_quantity
from plantrack.model import Extraction, Goal, Indicator, Measure, Period, Result
from plantrack.track.link import (
    Candidate,
    TargetGroup,
    compared_period,
    disputing_results,
    find_result,
    group_targets,
    indicator_for,
    same_figures,
    scaled_target,
)
from plantrack.track.status import (
    STATUSES,
    Assessment,
    Method,
    Status,
    assess,
    is_estimate,
)

if TYPE_CHECKING:
    from plantrack.catalog import Catalog
    from plantrack.catalog.regions import Gazetteer

__all__ = [
    "Conflict",
    "RegionSummary",
    "ResultConflict",
    "Scorecard",
    "ScorecardRow",
    "Source",
    "build_scorecard",
    "parse_statuses",
    "scorecard_to_json",
]

Role = Literal["target", "restatement", "result", "disputed"]


@frozen
class Source:
    """One document and quote a row's numbers come from."""

    role: Role
    document: str
    quote: str
    start: int
    end: int

    @classmethod
    def of(cls, role: Role, fact: Goal | Result) -> Source:
        p = fact.provenance
        return cls(role, p.document, p.quote, p.start, p.end)


@frozen
class Conflict:
    """Another statement of this target (or of an overlapping one) with a different value
    or comparator. ``status`` is the row's result judged against it instead, when the
    result falls in its period."""

    kind: Literal["restatement", "per_year"]
    target: Goal
    description: str
    status: Status | None = None


@frozen
class ResultConflict:
    """Another document's figure for the row's result (same region, indicator, measure
    and period) that differs from it. ``status`` is the target judged against that figure
    instead, when it can be judged."""

    result: Result
    description: str
    status: Status | None = None


@frozen
class ScorecardRow:
    """One target with its best result, status and the arithmetic behind it."""

    target: Goal
    indicator_name: str
    status: Status
    explanation: str
    result: Result | None = None
    expected: Decimal | None = None
    pace: Decimal | None = None
    compared_period: Period | None = None  # per-year targets: the year the result is in
    compared_target: Decimal | None = None  # the target value for that period
    method: Method | None = None
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    restatements: tuple[Goal, ...] = ()
    result_conflicts: tuple[ResultConflict, ...] = ()
    tolerance: Decimal | None = None  # an approximate (左右) target: how far counts as met
    estimate: bool = False  # the result is an estimate (预计), not a reported figure

    @property
    def disputed(self) -> bool:
        """Do the documents give different figures for the row's result?"""
        return bool(self.result_conflicts)

    @property
    def region(self) -> str | None:
        return self.target.region

    @property
    def region_name(self) -> str:
        return self.target.region_name

    @property
    def indicator(self) -> str:
        return self.target.indicator

    @property
    def measure(self) -> Measure:
        return self.target.measure

    @property
    def period(self) -> Period:
        return self.target.when

    @property
    def per(self) -> str | None:
        return self.target.per


@frozen
class RegionSummary:
    """A region's heading and how many of its rows have each status."""

    region: str | None
    name: str
    depth: int
    counts: tuple[tuple[Status, int], ...]

    def count(self, status: Status) -> int:
        return dict(self.counts).get(status, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@frozen
class Scorecard:
    """Rows grouped by region (parents before children), and a summary per region."""

    rows: tuple[ScorecardRow, ...]
    regions: tuple[RegionSummary, ...]

    def rows_for(self, region: str | None) -> tuple[ScorecardRow, ...]:
        return tuple(r for r in self.rows if r.region == region)

    def to_pandas(self) -> Any:
        """A pandas DataFrame with the CSV's columns (needs the ``pandas`` extra)."""
        from plantrack.frames import scorecard_frame

        return scorecard_frame(self)

    def _repr_html_(self) -> str:
        from plantrack.notebook import scorecard_html

        return scorecard_html(self)

    def __rich__(self) -> Any:
        from plantrack.notebook import scorecard_rich

        return scorecard_rich(self)


# --- Building ---------------------------------------------------------------------------


def _evaluate(goal: Goal, result: Result, indicator: Indicator
              ) -> tuple[Assessment, Period, Decimal] | None:
    span = compared_period(goal, result.when)
    if span is None:
        return None
    target = scaled_target(goal, span, indicator)
    return assess(target, span, result, indicator, per_year=goal.per == "year"), span, \
        target.value


def _restatement_conflicts(group: TargetGroup, result: Result | None,
                           indicator: Indicator) -> list[Conflict]:
    first = group.target
    out: list[Conflict] = []
    for other in group.restatements:
        a, b = first.quantity, other.quantity
        if (a.value, a.value_high, a.comparator, a.unit) == (b.value, b.value_high,
                                                               b.comparator, b.unit):
            continue
        text = (f"restated as {format_quantity(b, first.indicator)} in "
                f"{other.provenance.document} (“{other.provenance.quote}”), against "
                f"{format_quantity(a, first.indicator)} in {first.provenance.document}")
        judged = _evaluate(other, result, indicator) if result is not None else None
        out.append(Conflict("restatement", other, text, judged[0].status if judged else None))
    return out


def _per_year_conflicts(group: TargetGroup, groups: Sequence[TargetGroup],
                        result: Result | None, indicator: Indicator) -> list[Conflict]:
    """A year's target against a 每年 target of a span that holds the year, both ways."""
    goal = group.target
    out: list[Conflict] = []
    for other_group in groups:
        other = other_group.target
        if other_group is group or (other.region, other.indicator, other.measure) != \
                (goal.region, goal.indicator, goal.measure):
            continue
        if goal.per == "year" and other.per is None and goal.when.contains(other.when) \
                and other.when.month_count == 12:
            yearly, plan = other, goal
        elif goal.per is None and other.per == "year" and other.when.contains(goal.when) \
                and goal.when.month_count == 12:
            yearly, plan = goal, other
        else:
            continue
        a, b = yearly.quantity, plan.quantity
        if (a.value, a.comparator) == (b.value, b.comparator):
            continue
        low = a.value < b.value
        relation = "below" if low else ("above" if a.value > b.value else "worded differently from")
        text = (f"the {yearly.period} target of {format_quantity(a, goal.indicator)} "
                f"({yearly.provenance.document}) is {relation} the "
                f"{format_quantity(b, goal.indicator)} per year for {plan.period} "
                f"({plan.provenance.document})")
        judged = _evaluate(other, result, indicator) if result is not None else None
        # one entry per conflicting target: its restatements are listed on its own row
        out.append(Conflict("per_year", other, text, judged[0].status if judged else None))
    return out


def _result_conflicts(goal: Goal, chosen: Result, results: Sequence[Result],
                      indicator: Indicator, *, linked: bool) -> list[ResultConflict]:
    """Every other figure given for the chosen result's key, with the status the target
    would have against it."""
    out: list[ResultConflict] = []
    mine = format_quantity(chosen.quantity, chosen.indicator, "=")
    for other in disputing_results(chosen, results):
        theirs = format_quantity(other.quantity, other.indicator, "=")
        text = (f"{other.provenance.document} (“{other.provenance.quote}”) reports "
                f"{theirs} for {other.period}, against {mine} in "
                f"{chosen.provenance.document}")
        judged = _evaluate(goal, other, indicator) if linked else None
        out.append(ResultConflict(other, text, judged[0].status if judged else None))
    return out


def _explain_missing(goal: Goal, indicator: Indicator, candidate: Candidate | None) -> str:
    what = f"{goal.region_name or goal.region or '?'} {indicator.name}"
    span = f"{goal.period}{' (per year)' if goal.per else ''}"
    if candidate is None:
        return f"no result yet: no {what} figure for a period inside {span} in the documents"
    r = candidate.result
    if candidate.relation == "other_measure":
        return (f"the only {what} result inside {span} is a {r.measure} ({r.period}), "
                f"not a {goal.measure}: not comparable")
    return f"the {what} result for {r.period} overlaps {span} without nesting in it"


def _row(group: TargetGroup, groups: Sequence[TargetGroup], results: Sequence[Result],
         indicators: dict[str, Indicator] | None) -> ScorecardRow:
    goal = group.target
    indicator = indicator_for(indicators, goal)
    candidate = find_result(goal, results, indicator)
    linked = candidate.result if candidate and candidate.relation == "linked" else None
    sources = [Source.of("target", goal)] + [Source.of("restatement", g)
                                             for g in group.restatements]
    conflicts = _restatement_conflicts(group, linked, indicator) + \
        _per_year_conflicts(group, groups, linked, indicator)
    common: dict[str, Any] = {"target": goal, "indicator_name": indicator.name,
                              "conflicts": tuple(conflicts),
                              "restatements": group.restatements}
    if candidate is not None:
        disputes = _result_conflicts(goal, candidate.result, results, indicator,
                                     linked=linked is not None)
        common["result_conflicts"] = tuple(disputes)
        sources.extend(Source.of("result", r) for r in same_figures(candidate.result, results))
        sources.extend(Source.of("disputed", d.result) for d in disputes)
    if linked is None:
        status: Status = "no_result" if candidate is None else "not_comparable"
        return ScorecardRow(status=status, sources=tuple(sources),
                            result=candidate.result if candidate else None,
                            explanation=_explain_missing(goal, indicator, candidate), **common)
    evaluated = _evaluate(goal, linked, indicator)
    assert evaluated is not None  # find_result only links nested results
    assessment, span, value = evaluated
    estimate = is_estimate(linked)
    explanation = assessment.explanation + ("; the result is an estimate (预计), not a "
                                            "reported figure" if estimate else "")
    return ScorecardRow(status=assessment.status, explanation=explanation,
                        result=linked, expected=assessment.expected, pace=assessment.pace,
                        compared_period=span, compared_target=value,
                        method=assessment.method, sources=tuple(sources),
                        tolerance=assessment.tolerance, estimate=estimate, **common)


# --- Filters and order -------------------------------------------------------------------


def parse_statuses(statuses: Iterable[str] | None) -> frozenset[Status] | None:
    """``on_track``/``on-track``/``on track``; UsageError naming the choices otherwise."""
    if statuses is None:
        return None
    out: set[Status] = set()
    for raw in statuses:
        for part in raw.split(","):
            name = part.strip().lower().replace("-", "_").replace(" ", "_")
            if name == "no_result_yet":
                name = "no_result"
            if name not in STATUSES:
                raise UsageError(f"unknown status {part!r}; choose from {', '.join(STATUSES)}")
            out.add(name)
    return frozenset(out)


def _parse_period(period: str | Period | None) -> Period | None:
    if period is None or isinstance(period, Period):
        return period
    try:
        return Period.parse(period)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _period_matches(goal: Goal, wanted: Period) -> bool:
    """A target inside the wanted period, or a 每年 target whose span holds it."""
    return wanted.contains(goal.when) or (goal.per == "year" and
                                            goal.when.contains(wanted))


def _path(code: str | None, gazetteer: Gazetteer | None) -> tuple[str, ...]:
    if code is None:
        return ("~",)  # rows with no region come last
    if gazetteer is None:
        return (code,)
    return (*(r.code for r in reversed(gazetteer.ancestors(code))), code)


def _region_name(code: str | None, fallback: str, gazetteer: Gazetteer | None) -> str:
    region = gazetteer.get(code) if gazetteer is not None else None
    if region is not None:
        return region.full_name or region.name
    return fallback or "(region unknown)"


def build_scorecard(extractions: Sequence[Extraction], *, catalog: Catalog | None = None,
                    region: str | None = None, period: str | Period | None = None,
                    statuses: Iterable[str] | None = None) -> Scorecard:
    """Link every target in ``extractions`` with its best result and score it.

    ``region`` (a code) keeps that region and every region within it; ``period`` keeps
    targets inside it (and 每年 targets whose span holds it); ``statuses`` keeps rows with
    those statuses. Summaries count the rows kept.
    """
    indicators = dict(catalog.indicators) if catalog is not None else None
    gazetteer = catalog.gazetteer if catalog is not None else None
    # an undated fact (its year undecided) has no period to link or judge over
    extractions = [evolve(e, goals=[g for g in e.goals if g.period is not None],
                          results=[r for r in e.results if r.period is not None])
                   for e in extractions]
    wanted_period = _parse_period(period)
    wanted_statuses = parse_statuses(statuses)
    results = [r for e in extractions for r in e.results]
    groups = group_targets(extractions)
    order = {ind: i for i, ind in enumerate(indicators or {})}

    def keep(group: TargetGroup) -> bool:
        goal = group.target
        if region is not None:
            if goal.region is None:
                return False
            if gazetteer is not None and not gazetteer.is_within(goal.region, region):
                return False
            if gazetteer is None and goal.region != region:
                return False
        return wanted_period is None or _period_matches(goal, wanted_period)

    rows = [_row(g, groups, results, indicators) for g in groups if keep(g)]
    if wanted_statuses is not None:
        rows = [r for r in rows if r.status in wanted_statuses]
    rows.sort(key=lambda r: (_path(r.region, gazetteer), r.period.end_year, r.period.end_month,
                             r.period.start_year, r.period.start_month, r.per or "",
                             order.get(r.indicator, len(order)), r.indicator, r.measure))
    return Scorecard(rows=tuple(rows), regions=tuple(_summaries(rows, gazetteer)))


def _summaries(rows: Sequence[ScorecardRow], gazetteer: Gazetteer | None
               ) -> list[RegionSummary]:
    out: list[RegionSummary] = []
    for row in rows:
        if out and out[-1].region == row.region:
            continue
        mine = [r.status for r in rows if r.region == row.region]
        counts = tuple((s, mine.count(s)) for s in STATUSES)
        out.append(RegionSummary(region=row.region,
                                 name=_region_name(row.region, row.region_name, gazetteer),
                                 depth=len(_path(row.region, gazetteer)) - 1, counts=counts))
    return out


# --- JSON ---------------------------------------------------------------------------------


def number(value: Decimal | None) -> int | float | None:
    return decimal_to_json(value) if value is not None else None


def fact_with_document(fact: Goal | Result | None) -> dict[str, Any] | None:
    """A FACT record with its ``document``; None for None."""
    if fact is None:
        return None
    return {"document": fact.provenance.document, **fact_to_json(fact)}


def row_to_json(row: ScorecardRow) -> dict[str, Any]:
    """One FACTS.md scorecard row (plus ``indicator_name``, ``explanation``, the compared
    period and value, the target's ``modality``, the ``tolerance`` an approximate target
    was judged with, ``estimate`` (the result is 预计), and ``disputed`` with
    ``result_conflicts``: other documents' different figures for the result)."""
    return {
        "region": row.region,
        "region_name": row.region_name,
        "indicator": row.indicator,
        "indicator_name": row.indicator_name,
        "measure": row.measure,
        "period": str(row.period),
        "per": row.per,
        "modality": row.target.modality,
        "target": fact_with_document(row.target),
        "result": fact_with_document(row.result),
        "status": row.status,
        "expected": number(row.expected),
        "pace": number(row.pace),
        "compared_period": str(row.compared_period) if row.compared_period else None,
        "compared_target": number(row.compared_target),
        "method": row.method,
        "tolerance": number(row.tolerance),
        "estimate": row.estimate,
        "explanation": row.explanation,
        "sources": [{"role": s.role, "document": s.document, "quote": s.quote,
                     "span": [s.start, s.end]} for s in row.sources],
        "conflicts": [{"kind": c.kind, "description": c.description, "status": c.status,
                       "target": fact_with_document(c.target)} for c in row.conflicts],
        "disputed": row.disputed,
        "result_conflicts": [{"description": c.description, "status": c.status,
                              "result": fact_with_document(c.result)}
                             for c in row.result_conflicts],
    }


def scorecard_to_json(card: Scorecard) -> dict[str, Any]:
    """``{"rows": [...], "regions": [...]}``: the FACTS.md shape, with region summaries."""
    return {
        "rows": [row_to_json(r) for r in card.rows],
        "regions": [{"region": s.region, "name": s.name, "depth": s.depth,
                     "counts": dict(s.counts)} for s in card.regions],
    }
