"""A sentence as the unit of failure: an extractor that raises on one sentence of a
section loses that sentence only, never the rest of the section.

When an extractor raises on a section, each sentence of it is read alone to find the
ones it raises on; the section is then read again with those sentences blanked out
(spaces of the same length, so every offset, quote and span stays as it was), and each
blanked sentence is named in a warning with the document and its text. Should the
section still raise (an error that no sentence shows alone), what each sentence yields
alone is kept. This runs only after a failure: a section that reads cleanly costs
nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from plantrack.components import Extractor
from plantrack.errors import describe, one_line
from plantrack.model import Goal, Project, Result
from plantrack.plugins import trace_exception
from plantrack.text.prepare import PreparedDocument
from plantrack.text.segment import segment_bounds

__all__ = ["extract_isolated"]

Item = Goal | Result | Project
QUOTE_CHARS = 60  # of the offending sentence, in its warning


def extract_isolated(extractor: Extractor, scope: PreparedDocument,
                     warnings: list[str]) -> list[Item]:
    """What ``extractor`` finds in ``scope``, losing only the sentences it raises on
    (each named in ``warnings``)."""
    try:
        return list(extractor.extract(scope))
    except Exception as exc:
        trace_exception(exc)
        first = exc
    start, end = scope.scope
    bounds = segment_bounds(scope.text, start, end)
    alone: list[list[Item]] = []
    bad: list[tuple[int, int, Exception]] = []
    for a, b in bounds:
        try:
            alone.append(list(extractor.extract(scope.scoped(a, b, scope.heading))))
        except Exception as exc:
            bad.append((a, b, exc))
            alone.append([])
    if len(bad) == len(bounds) and _raises_on_nothing(extractor, scope):  # it is broken
        warnings.append(f"extractor {extractor.name}: {describe(first)}")
        return []
    if bad:
        try:
            items = list(extractor.extract(_blanked(scope, [(a, b) for a, b, _ in bad])))
        except Exception:  # the error needs context that blanking took away
            items = [item for found in alone for item in found]
        warnings += (_warning(scope, extractor.name, a, b, why) for a, b, why in bad)
        return items
    # no sentence fails alone: keep what each yields alone, and say the section failed
    warnings.append(_warning(scope, extractor.name, start, end, first))
    return [item for found in alone for item in found]


def _raises_on_nothing(extractor: Extractor, scope: PreparedDocument) -> bool:
    """Whether ``extractor`` raises on an empty scope: then no sentence is at fault."""
    try:
        list(extractor.extract(scope.scoped(scope.scope[0], scope.scope[0], scope.heading)))
    except Exception:
        return True
    return False


def _blanked(scope: PreparedDocument, spans: Sequence[tuple[int, int]]) -> PreparedDocument:
    """``scope`` with the text of ``spans`` made spaces (same length), and its reading
    text made again."""
    text = scope.text
    parts, pos = [], 0
    for a, b in sorted(spans):
        parts += [text[pos:a], " " * (b - a)]
        pos = b
    parts.append(text[pos:])
    return evolve(scope, cleaned=scope.cleaned.with_text("".join(parts)))


def _warning(scope: PreparedDocument, name: str, start: int, end: int,
             exc: Exception) -> str:
    quote = one_line(scope.provenance(start, end).quote)
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "…"
    return (f"{scope.name}: extractor {name} skipped «{quote}»: {describe(exc)}")

