"""The extraction engine: choose extractors per section, run them, merge their facts.

For each section of a prepared document the engine asks every extractor's ``detect``
for a score and runs, best first, every extractor scoring at least ``MIN_STYLE_SCORE``
and every extractor that sets ``always_run = True`` (the generic fallback, which scores
lowest, and the project finder, since projects appear in every style). Two readings of
one quantity keep the better-scoring extractor's: a style extractor's reading of a
sentence wins over the generic one's. Restatements of one fact (same kind, region, indicator,
measure, period and value, or a value that differs only by rounding: 243.8亿元 then
2437875万元) are kept once, at their first statement; a result's bound its exact figure
holds (突破万亿 beside 12345亿元) is a restatement too. Projects from every
extractor are merged by name and region. An extractor that raises is reported in
``Extraction.warnings`` under its name and the others go on; one that raises on a
sentence loses that sentence only (:mod:`~plantrack.extract.isolate`).

An extractor may also claim spans of a section (``claims(doc)``: original-text spans, as
the table extractor claims its tables): a fact whose number stands in a span another
extractor claims is dropped, whatever its score (a table row read as a sentence runs
its cells together).
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from decimal import Decimal

from plantrack.components import Extractor
from plantrack.errors import describe
from plantrack.extract.isolate import extract_isolated
from plantrack.extract.magnitude import rescaled
from plantrack.model import Extraction, Goal, Project, Result
from plantrack.plugins import trace_exception
from plantrack.text.prepare import PreparedDocument

__all__ = ["MIN_STYLE_SCORE", "first_statements", "run_extractors"]

MIN_STYLE_SCORE = 0.3


def _fact_key(item: Goal | Result) -> tuple[object, ...]:
    q = item.quantity
    # the period as a span: 2011年 and 1-12月, 上半年 and 1-6月 restate one fact
    return (item.kind, item.region, item.indicator, item.indicator_label, item.measure,
            item.period, q.value)


def _reading_key(item: Goal | Result) -> tuple[object, ...]:
    """One quantity (where its quote ends): a better-scoring extractor's reading of it
    stands, whatever indicator, measure or region a weaker one would give it."""
    return (item.provenance.end,)


def _project_key(item: Project) -> tuple[object, ...]:
    return (item.name.removesuffix("项目").removesuffix("項目"), item.region)


def first_statements(facts: Iterable[Goal | Result], projects: Iterable[Project],
                     ) -> tuple[list[Goal | Result], list[Project]]:
    """Each fact and each project once, at its first statement, as within one document
    (for a text read in pieces: a report restates its targets)."""
    first_facts: dict[tuple[object, ...], Goal | Result] = {}
    # the exact values said of one figure, sorted: a value's nearest ones are beside it
    stated: dict[tuple[object, ...], list[Decimal]] = {}
    for fact in facts:
        key = _fact_key(fact)
        if key in first_facts and not _exact_after_bound(first_facts[key], fact):
            continue
        if fact.quantity.comparator == "=":
            said = stated.setdefault(key[:-1], [])
            at = bisect_left(said, fact.quantity.value)
            if any(_rounded_alike(fact.quantity.value, said[i]) for i in (at - 1, at)
                   if 0 <= i < len(said)):
                continue  # 243.8亿元 in a sentence, 2437875万元 in the table after: one figure
            said.insert(at, fact.quantity.value)
        first_facts[key] = fact
    first_projects: dict[tuple[object, ...], Project] = {}
    for project in projects:
        first_projects.setdefault(_project_key(project), project)
    return _bounds_restated(list(first_facts.values()), stated), list(first_projects.values())


_HOLDS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}


def _exact_after_bound(first: Goal | Result, later: Goal | Result) -> bool:
    """Whether ``later`` states exactly the figure ``first`` gave as a result's bound
    (增长6%以上, then 增长6%): the exact statement stands in the bound's place."""
    return (isinstance(first, Result) and first.quantity.comparator in _HOLDS
            and later.quantity.comparator == "=")


def _bounds_restated(facts: list[Goal | Result], stated: Mapping[tuple[object, ...],
                     list[Decimal]]) -> list[Goal | Result]:
    """``facts`` without a result's bound that an exact figure of the same result holds
    (GDP突破万亿 beside 12345亿元, before or after it): a milestone passed restates the
    figure, it is no second fact."""
    out: list[Goal | Result] = []
    for fact in facts:
        holds = _HOLDS.get(fact.quantity.comparator)
        if holds is not None and isinstance(fact, Result) and fact.quantity.value_high is None:
            exact = stated.get(_fact_key(fact)[:-1], [])
            if any(holds(v, fact.quantity.value) for v in exact):
                continue
        out.append(fact)
    return out


def _rounded_alike(value: Decimal, other: Decimal) -> bool:
    """Whether two exact statements of one figure differ only by rounding (2437875万元
    and 243.8亿元): within a thousandth of each other."""
    larger = max(abs(value), abs(other))
    return value != other and bool(larger) and abs(value - other) < _ROUNDING * larger


_ROUNDING = Decimal("0.001")  # the gap rounding to a figure's last stated digit leaves


_REAL = ("实际增长", "實際增長")


def _nominal_first(facts: list[Goal | Result]) -> list[Goal | Result]:
    """Without a real growth (扣除价格因素实际增长7.6%) whose quote holds a nominal
    growth of the same indicator (同比增长10.4%，…): the nominal is the figure stated
    first, and the one a table of the indicator would list; a real growth stated alone
    (居民人均可支配收入26858元，实际增长2.4%) stands."""
    growths = [f for f in facts if f.measure == "growth"]
    out: list[Goal | Result] = []
    for fact in facts:
        p = fact.provenance
        if fact.measure == "growth" and any(w in p.quote for w in _REAL) and any(
                o is not fact and o.kind == fact.kind and o.indicator == fact.indicator
                and o.indicator_label == fact.indicator_label and o.region == fact.region
                and o.period == fact.period and p.start <= o.provenance.start
                and o.provenance.end < p.end
                and not any(w in o.provenance.quote for w in _REAL) for o in growths):
            continue
        out.append(fact)
    return out


def _choose(doc: PreparedDocument, extractors: Mapping[str, Extractor],
            warnings: list[str]) -> list[Extractor]:
    """Extractors to run on ``doc``, best score first: every one scoring at least
    ``MIN_STYLE_SCORE``, and those that ask to run everywhere (``always_run``)."""
    scored: list[tuple[float, str, Extractor]] = []
    for name, extractor in extractors.items():
        try:
            score = float(extractor.detect(doc))
        except Exception as exc:
            _failed(warnings, f"extractor {name}: detect failed", exc)
            continue
        if score >= MIN_STYLE_SCORE or getattr(extractor, "always_run", False):
            scored.append((score, name, extractor))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [extractor for _, _, extractor in scored]


def _failed(warnings: list[str], what: str, exc: Exception) -> None:
    """An extractor raised: a one-line warning, the traceback under PLANTRACK_TRACE."""
    warnings.append(f"{what}: {describe(exc)}")
    trace_exception(exc)


def _claims(scope: PreparedDocument, chosen: list[Extractor],
            warnings: list[str]) -> list[tuple[str, int, int]]:
    """(extractor name, start, end) of every span a chosen extractor claims in ``scope``."""
    out: list[tuple[str, int, int]] = []
    for extractor in chosen:
        claims = getattr(extractor, "claims", None)
        if claims is None:
            continue
        try:
            out += [(extractor.name, a, b) for a, b in claims(scope)]
        except Exception as exc:
            _failed(warnings, f"extractor {extractor.name}: claims failed", exc)
    return out


def _claimed(item: Goal | Result, name: str, claims: list[tuple[str, int, int]]) -> bool:
    """Whether ``item``'s number (its quote's end) stands in a span another extractor
    than ``name`` claims."""
    at = item.provenance.end - 1
    return any(owner != name and a <= at < b for owner, a, b in claims)


def _scopes(doc: PreparedDocument) -> Iterable[PreparedDocument]:
    yield from (doc.scoped(s.start, s.end, s.heading) for s in doc.sections)


def run_extractors(doc: PreparedDocument,
                   extractors: Mapping[str, Extractor]) -> Extraction:
    """Everything the registered extractors find in ``doc``, duplicates removed."""
    warnings: list[str] = []
    readings: set[tuple[object, ...]] = set()
    read: list[Goal | Result] = []
    found: list[Project] = []
    used: list[str] = []
    for scope in _scopes(doc):
        chosen = _choose(scope, extractors, warnings)
        claims = _claims(scope, chosen, warnings)
        for extractor in chosen:
            items = extract_isolated(extractor, scope, warnings)
            if items and extractor.name not in used:
                used.append(extractor.name)
            fresh: set[tuple[object, ...]] = set()
            for item in items:
                if isinstance(item, Project):
                    found.append(item)
                elif isinstance(item, Goal | Result):
                    reading = _reading_key(item)
                    if reading in readings or (claims and _claimed(item, extractor.name,
                                                                   claims)):
                        continue  # another extractor read (or claims) this quantity
                    fresh.add(reading)
                    read.append(item)
            readings |= fresh
    facts, projects = first_statements(read, found)
    assumed = _unit_assumed(facts)
    facts, odd_units = rescaled(facts, doc.catalog.gazetteer if doc.catalog else None)
    ordered = _nominal_first(sorted(facts, key=lambda f: f.provenance.start))
    return Extraction(
        document=doc.name,
        goals=[f for f in ordered if isinstance(f, Goal)],
        results=[f for f in ordered if isinstance(f, Result)],
        projects=sorted(projects, key=lambda p: p.provenance.start),
        year=doc.year, year_cue=doc.year_cue, extractors=used,
        warnings=[*warnings, *odd_units, *assumed, *_undated(facts)], context=doc.context,
    )


def _unit_assumed(facts: Iterable[Goal | Result]) -> list[str]:
    """One warning for the facts read in a unit their text does not print (a table with
    no unit anywhere: 亿元 for regions' sums, else the indicator's own): kept, flagged."""
    n = sum(1 for fact in facts if "unit" in fact.uncertain)
    if not n:
        return []
    return [f"no unit printed: {n} fact{'s' if n > 1 else ''} read in an assumed unit "
            "(flagged uncertain: unit)"]


def _undated(facts: Iterable[Goal | Result]) -> list[str]:
    """One warning for the facts whose year nothing decided: they are kept, undated. (A
    fact without a region is flagged ``uncertain``; FACTS.md allows a null region.)"""
    n = sum(1 for fact in facts if fact.period is None)
    if not n:
        return []
    return [f"no year found: {n} fact{'s' if n > 1 else ''} without a period "
            "(give the year with --year, or a published date in a <file>.meta.json)"]
