"""Status: how a result stands against a target, with the arithmetic spelled out.

Three ways of comparing, chosen by the indicator's kind and the measure
(see ``docs/scorecard.md``):

- **direct**: growths (``measure: growth``) and rates or indices (``kind: rate/index``)
  compare the result with the target value itself, in the goal's direction.
- **pro-rated**: flow levels and increases (a count of projects signed, a GDP total, a
  net addition of enterprises) are compared with the target scaled by elapsed months:
  a January–June result against half the annual target. ``expected`` is that share of
  the target and ``pace`` is result ÷ expected.
- **stock**: stock levels (high-tech enterprises in total) compare the latest stock with
  the target; there is no baseline, so no pro-rating. A stock is a value at a moment:
  one at the end of the target's period (2024Q4 for 2024) is the outcome.

A **ceiling** (a lower-is-better rate or index with a positive limit: CPI 3%左右,
unemployment 5.5%以内) is judged as a limit: under it is good however far under, so it
gets no pace (3% ÷ 0.2% = 1500% would mean nothing), and the explanation gives the
headroom instead.

When the result covers the target's whole period the outcome is known: ``met`` or
``missed`` (``behind`` is for a period still running). An approximate target (``~``,
左右) states the tolerance it was judged with.

A growth is a change on a year earlier: it is never pro-rated or scaled, and a growth
over several years (a cumulative 十四五 growth) is only compared with a growth over the
same span, while a per-year growth (年均增长) only with growths within one year.

Thresholds are the named constants below, used by every reporter.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, assert_never, get_args

from attrs import frozen

from plantrack.formatting import format_amount, format_number, format_pace, format_quantity
from plantrack.model import Comparator, Direction, Indicator, Measure, Period, Quantity, Result

__all__ = [
    "APPROX_TOLERANCE_PP",
    "APPROX_TOLERANCE_RELATIVE",
    "AT_RISK_MARGIN_PP",
    "AT_RISK_PACE",
    "ESTIMATE_CUES",
    "ON_TRACK_PACE",
    "STATUSES",
    "STATUS_LABELS",
    "STATUS_SYMBOLS",
    "Assessment",
    "Method",
    "Status",
    "assess",
    "goal_direction",
    "is_ceiling",
    "is_estimate",
    "method_for",
    "satisfies",
]

Status = Literal["met", "on_track", "at_risk", "behind", "missed", "no_result",
                 "not_comparable"]
Method = Literal["direct", "ceiling", "pro_rated", "stock"]
STATUSES: tuple[Status, ...] = get_args(Status)

#: Pro-rated and stock comparisons: pace at or above this is on track ...
ON_TRACK_PACE = Decimal("1.00")
#: ... at or above this (and below ON_TRACK_PACE) at risk; below it, behind.
AT_RISK_PACE = Decimal("0.90")
#: Direct comparisons in percent: a result short of the target by at most this many
#: percentage points is at risk; further short, behind.
AT_RISK_MARGIN_PP = Decimal("1.0")
#: ``~`` (左右/约) targets: a percent result within this many points of the value counts.
APPROX_TOLERANCE_PP = Decimal("0.5")
#: ``~`` targets in other units: within this share of the value counts (5 %).
APPROX_TOLERANCE_RELATIVE = Decimal("0.05")

STATUS_LABELS: dict[Status, str] = {
    "met": "met",
    "on_track": "on track",
    "at_risk": "at risk",
    "behind": "behind",
    "missed": "missed",
    "no_result": "no result yet",
    "not_comparable": "not comparable",
}
#: A symbol per status that reads without colour, placed before the label.
STATUS_SYMBOLS: dict[Status, str] = {
    "met": "✔",
    "on_track": "↗",
    "at_risk": "!",
    "behind": "✘",
    "missed": "✗",
    "no_result": "…",
    "not_comparable": "≠",
}

_PLACES = Decimal("0.0001")
#: Words that make a reported figure an estimate (预计全年增长5.2%): flagged on the row.
ESTIMATE_CUES = ("预计", "预估", "估计", "预期", "預計", "預估")


def is_estimate(result: Result) -> bool:
    """Is the result an estimate (预计…) rather than a reported figure?"""
    return any(cue in result.provenance.quote for cue in ESTIMATE_CUES)


@frozen
class Assessment:
    """The outcome of comparing one result with one target."""

    status: Status
    expected: Decimal | None
    pace: Decimal | None
    explanation: str
    method: Method | None = None
    tolerance: Decimal | None = None  # how far a ``~`` target could be missed and count


def goal_direction(comparator: Comparator, better: Direction) -> Direction:
    """Which way is good for this goal: its comparator when it says, else the indicator's."""
    if comparator in (">=", ">"):
        return "up"
    if comparator in ("<=", "<"):
        return "down"
    return better


def method_for(kind: str, measure: Measure) -> Method:
    if measure == "growth" or kind in ("rate", "index"):
        return "direct"
    if kind == "stock" and measure == "level":
        return "stock"
    return "pro_rated"


def tolerance(target: Decimal, unit: str) -> Decimal:
    """How far a ``~`` target may be missed and still count."""
    if unit in ("percent", "percentage_point"):
        return APPROX_TOLERANCE_PP
    return abs(target) * APPROX_TOLERANCE_RELATIVE


def satisfies(value: Decimal, target: Quantity, direction: Direction) -> bool:
    """Does ``value`` satisfy the target's comparator (in the goal's direction)?"""
    t = target.value
    match target.comparator:
        case ">=":
            return value >= t
        case ">":
            return value > t
        case "<=":
            return value <= t
        case "<":
            return value < t
        case "~":
            beyond = value > t if direction == "up" else value < t
            return beyond or abs(value - t) <= tolerance(t, target.unit)
        case "between":
            high = target.value_high if target.value_high is not None else t
            return t <= value <= high or (value > high if direction == "up" else value < t)
        case _:
            return value >= t if direction == "up" else value <= t


def ratio(value: Decimal, target: Decimal, direction: Direction) -> Decimal | None:
    """Above 1 when ``value`` is better than ``target`` in ``direction``, below when worse."""
    towards_up = (direction == "up") == (target > 0)
    numerator, denominator = (value, target) if towards_up else (target, value)
    if denominator == 0:
        return None
    out = numerator / denominator
    if out < 0 and (value < target if direction == "down" else value > target):
        return None  # e.g. prices falling against a ceiling: better, but not a ratio
    return out.quantize(_PLACES)


def _shortfall(value: Decimal, target: Quantity, direction: Direction) -> Decimal:
    """How far ``value`` is on the wrong side of the target, in the target's unit."""
    if target.comparator == "between" and target.value_high is not None:
        return max(target.value - value, value - target.value_high, Decimal(0))
    return target.value - value if direction == "up" else value - target.value


def _fmt(value: Decimal, unit: str, indicator: str) -> str:
    return format_amount(value, unit, indicator)


def is_ceiling(target: Quantity, direction: Direction) -> bool:
    """A limit not to be passed: lower is better and the limit is positive (CPI 3%左右,
    unemployment 5.5%以内), as opposed to a fall to reach (能耗下降3%: growth −3)."""
    return direction == "down" and target.value > 0


def _tolerance_text(target: Quantity) -> str:
    """``; 左右: within 0.5 points counts`` for an approximate target, else empty."""
    if target.comparator != "~":
        return ""
    allowed = tolerance(target.value, target.unit)
    unit = " points" if target.unit in ("percent", "percentage_point") else ""
    amount = format_number(allowed) + unit if unit else _fmt(allowed, target.unit, "")
    return f"; approximate (左右): within {amount} counts"


def _judged(assessment: Assessment, target: Quantity) -> Assessment:
    """The assessment with the tolerance an approximate target was judged with."""
    if target.comparator != "~":
        return assessment
    return Assessment(assessment.status, assessment.expected, assessment.pace,
                      assessment.explanation, assessment.method,
                      tolerance(target.value, target.unit))


def assess(target: Quantity, period: Period, result: Result, indicator: Indicator, *,
           per_year: bool = False) -> Assessment:
    """Compare ``result`` with ``target`` for ``period`` (for a per-year target: the
    year or years the result falls in, with ``target`` already scaled to them)."""
    q = result.quantity
    if q.unit != target.unit:
        return Assessment("not_comparable", None, None,
                          f"the target is in {target.unit} but the result in {q.unit}")
    method = method_for(indicator.kind, result.measure)
    direction = goal_direction(target.comparator, indicator.better)
    final = result.period == period  # the result covers the whole period: it is the outcome
    if result.measure == "growth" and (result.when.month_count > 12 if per_year else
                                       not final and period.month_count > 12):
        return Assessment("not_comparable", None, None, _growth_spans(result, period,
                                                                      per_year=per_year))
    match method:
        case "direct" | "ceiling":
            if is_ceiling(target, direction):
                return _judged(_ceiling(target, result, indicator, final=final,
                                        period=period), target)
            return _judged(_direct(target, result, indicator, direction, final=final,
                                   period=period), target)
        case "stock":
            # a stock at the end of the period is the period's outcome
            ends = (result.when.end_year, result.when.end_month) == \
                (period.end_year, period.end_month)
            return _judged(_stock(target, result, indicator, direction, final or ends), target)
        case "pro_rated":
            return _judged(_pro_rated(target, period, result, indicator, direction=direction,
                                      final=final, per_year=per_year), target)
        case _:  # pragma: no cover
            assert_never(method)


def _growth_spans(result: Result, period: Period, *, per_year: bool) -> str:
    """Why a growth over one span cannot be set against a growth target over another."""
    if per_year:
        return (f"the result is a growth over {result.when} ({result.when.month_count} "
                f"months), the target a growth per year: not comparable without compounding")
    return (f"the target is a growth over {period} ({period.month_count} months) and the "
            f"result a growth over {result.period}: growths over different spans are not "
            "comparable")


def _not_over(result: Result, period: Period) -> str:
    """Why a result that satisfies the target so far is not yet the outcome."""
    if (result.when.end_year, result.when.end_month) == (period.end_year,
                                                             period.end_month):
        return f"the result covers only {result.period} of {period}"
    return "the period is not over"


def _direct(target: Quantity, result: Result, indicator: Indicator, direction: Direction,
            *, final: bool, period: Period) -> Assessment:
    r = result.quantity.value
    ind = indicator.id
    pace = ratio(r, target.value, direction)
    said = (f"{_fmt(r, target.unit, ind)} ({result.period}) against "
            f"{format_quantity(target, ind)}, compared directly"
            f"{'' if direction == 'up' else ', lower is better'}{_tolerance_text(target)}")
    pace_text = f" (ratio {format_pace(pace)})" if pace is not None else ""
    if satisfies(r, target, direction):
        if final:
            return Assessment("met", target.value, pace, f"{said}: target met{pace_text}",
                              "direct")
        return Assessment("on_track", target.value, pace,
                          f"{said}: satisfied so far{pace_text}, "
                          f"{_not_over(result, period)}",
                          "direct")
    short = _shortfall(r, target, direction)
    short_text = _points(short, target.unit)
    if final:
        return Assessment("missed", target.value, pace,
                          f"{said}: the period is over and the target missed by {short_text}",
                          "direct")
    if target.unit in ("percent", "percentage_point"):
        at_risk = short <= AT_RISK_MARGIN_PP
        rule = f"short by {short_text}; at risk within {format_number(AT_RISK_MARGIN_PP)} point"
    else:
        at_risk = pace is not None and pace >= AT_RISK_PACE
        rule = f"short by {short_text}; at risk from {format_pace(AT_RISK_PACE)}"
    status: Status = "at_risk" if at_risk else "behind"
    return Assessment(status, target.value, pace, f"{said}: {rule}{pace_text}", "direct")


def _points(amount: Decimal, unit: str) -> str:
    return f"{format_number(amount)} points" if unit == "percent" else format_number(amount)


def _ceiling(target: Quantity, result: Result, indicator: Indicator, *, final: bool,
             period: Period) -> Assessment:
    """A limit not to be passed: the headroom under it, or how far over; no pace."""
    r = result.quantity.value
    limit = target.value_high if target.comparator == "between" and target.value_high \
        else target.value
    said = (f"{_fmt(r, target.unit, indicator.id)} ({result.period}) against the ceiling "
            f"{format_quantity(target, indicator.id)}{_tolerance_text(target)}")
    if satisfies(r, target, "down"):
        room = limit - r
        where = (f"{_points(room, target.unit)} under it" if room > 0 else
                 "at it" if room == 0 else f"over it by {_points(-room, target.unit)}, "
                 "within the tolerance")
        if final:
            return Assessment("met", target.value, None, f"{said}: {where}, target met",
                              "ceiling")
        return Assessment("on_track", target.value, None,
                          f"{said}: {where} so far, {_not_over(result, period)}", "ceiling")
    over = _points(r - limit, target.unit)
    if final:
        return Assessment("missed", target.value, None,
                          f"{said}: the period is over and the ceiling passed by {over}",
                          "ceiling")
    at_risk = target.unit in ("percent", "percentage_point") and \
        r - limit <= AT_RISK_MARGIN_PP
    status: Status = "at_risk" if at_risk else "behind"
    return Assessment(status, target.value, None,
                      f"{said}: over it by {over}; at risk within "
                      f"{format_number(AT_RISK_MARGIN_PP)} point", "ceiling")


def _stock(target: Quantity, result: Result, indicator: Indicator, direction: Direction,
           final: bool) -> Assessment:
    r = result.quantity.value
    ind = indicator.id
    pace = ratio(r, target.value, direction)
    said = (f"latest stock {_fmt(r, target.unit, ind)} ({result.period}) against "
            f"{format_quantity(target, ind)}{_tolerance_text(target)}")
    pace_text = f", {format_pace(pace)} of the target" if pace is not None else ""
    if satisfies(r, target, direction):
        return Assessment("met", target.value, pace, f"{said}: target reached{pace_text}",
                          "stock")
    if final:
        return Assessment("missed", target.value, pace,
                          f"{said}: the period is over and the target not reached{pace_text}",
                          "stock")
    status: Status = "at_risk" if pace is not None and pace >= AT_RISK_PACE else "behind"
    return Assessment(status, target.value, pace,
                      f"{said}{pace_text} (a stock has no baseline to pro-rate; at risk from "
                      f"{format_pace(AT_RISK_PACE)})", "stock")


def _pro_rated(target: Quantity, period: Period, result: Result, indicator: Indicator, *,
               direction: Direction, final: bool, per_year: bool) -> Assessment:
    r = result.quantity.value
    ind = indicator.id
    months, total = result.when.month_count, period.month_count
    expected = (target.value * months / total).quantize(_PLACES)
    pace = ratio(r, expected, direction)
    target_text = format_quantity(target, ind)
    whole = format_amount(target.value, target.unit, ind)
    share = (f"the whole {whole}" if months == total else
             f"{whole} × {months}/{total} months = {_fmt(expected, target.unit, ind)}")
    said = (f"{_fmt(r, target.unit, ind)} in {result.period} against "
            f"{target_text}{' for ' + str(period) if per_year else ''}; expected {share}"
            f"{_tolerance_text(target)}")
    pace_text = f", pace {format_pace(pace)}" if pace is not None else ""
    if satisfies(r, target, direction):
        return Assessment("met", expected, pace,
                          f"{said}{pace_text}: the whole target is already reached",
                          "pro_rated")
    if final:
        return Assessment("missed", expected, pace,
                          f"{said}{pace_text}: the period is over and the target missed",
                          "pro_rated")
    if pace is None:
        return Assessment("not_comparable", expected, None,
                          f"{said}: no pace can be computed", "pro_rated")
    status: Status
    if pace >= ON_TRACK_PACE:
        status, rule = "on_track", f"≥ {format_pace(ON_TRACK_PACE)}"
    elif pace >= AT_RISK_PACE:
        status, rule = "at_risk", f"< {format_pace(ON_TRACK_PACE)}, ≥ {format_pace(AT_RISK_PACE)}"
    else:
        status, rule = "behind", f"< {format_pace(AT_RISK_PACE)}"
    return Assessment(status, expected, pace, f"{said}{pace_text} {rule}", "pro_rated")
