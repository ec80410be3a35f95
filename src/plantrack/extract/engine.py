"""The extraction engine: choose extractors per section, run them, merge their facts.

For each section of a prepared document the engine asks every extractor's ``detect``
for a score, runs the best-scoring style extractor (when it scores at least
``MIN_STYLE_SCORE``) and always the generic one, then drops duplicate facts: the style
extractor's reading wins because it ran first. An extractor that raises is reported in
``Extraction.warnings`` under its name and the others go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from plantrack.components import Extractor
from plantrack.model import Extraction, Goal, Project, Result
from plantrack.text.prepare import PreparedDocument

__all__ = ["GENERIC", "MIN_STYLE_SCORE", "run_extractors"]

GENERIC = "generic"
MIN_STYLE_SCORE = 0.3


def _fact_key(item: Goal | Result) -> tuple[object, ...]:
    q = item.quantity
    return (item.kind, item.region, item.indicator, item.measure, str(item.period), q.value)


def _project_key(item: Project) -> tuple[object, ...]:
    return (item.name.removesuffix("项目").removesuffix("項目"), item.region)


def _choose(doc: PreparedDocument, extractors: Mapping[str, Extractor],
            warnings: list[str]) -> list[Extractor]:
    best: tuple[float, Extractor] | None = None
    for name, extractor in extractors.items():
        if name == GENERIC:
            continue
        try:
            score = float(extractor.detect(doc))
        except Exception as exc:  # noqa: BLE001 (a broken plugin must not stop the rest)
            warnings.append(f"extractor {name}: detect failed: {type(exc).__name__}: {exc}")
            continue
        if score >= MIN_STYLE_SCORE and (best is None or score > best[0]):
            best = (score, extractor)
    chosen = [best[1]] if best else []
    if GENERIC in extractors:
        chosen.append(extractors[GENERIC])
    return chosen


def _scopes(doc: PreparedDocument) -> Iterable[PreparedDocument]:
    yield from (doc.scoped(s.start, s.end, s.heading) for s in doc.sections)


def run_extractors(doc: PreparedDocument,
                   extractors: Mapping[str, Extractor]) -> Extraction:
    """Everything the registered extractors find in ``doc``, duplicates removed."""
    warnings: list[str] = []
    facts: dict[tuple[object, ...], Goal | Result] = {}
    projects: dict[tuple[object, ...], Project] = {}
    used: list[str] = []
    for scope in _scopes(doc):
        for extractor in _choose(scope, extractors, warnings):
            try:
                items = list(extractor.extract(scope))
            except Exception as exc:  # noqa: BLE001
                warnings.append(f"extractor {extractor.name}: {type(exc).__name__}: {exc}")
                continue
            if items and extractor.name not in used:
                used.append(extractor.name)
            for item in items:
                if isinstance(item, Project):
                    projects.setdefault(_project_key(item), item)
                elif isinstance(item, Goal | Result):
                    facts.setdefault(_fact_key(item), item)
    ordered = sorted(facts.values(), key=lambda f: f.provenance.start)
    return Extraction(
        document=doc.name,
        goals=[f for f in ordered if isinstance(f, Goal)],
        results=[f for f in ordered if isinstance(f, Result)],
        projects=sorted(projects.values(), key=lambda p: p.provenance.start),
        year=doc.year, year_cue=doc.year_cue, extractors=used, warnings=warnings,
    )
