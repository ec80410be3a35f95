"""The generic extractor: an indicator name, then a quantity, in one sentence.

It fits no particular source style, so it runs on every section as the fallback:
a quantity becomes a fact when an indicator name from the catalogue stands before it
in the same sentence, with a compatible unit. Target or result, modality and period
come from cue words in the sentence (see ``data/cues.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

from plantrack.components import Extractor
from plantrack.hookspecs import hookimpl
from plantrack.model import Goal, Indicator, Measure, Period, Project, Quantity, Result
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import QuantityMatch, find_quantities
from plantrack.text.segment import sentences

__all__ = ["GenericExtractor"]


@cache
def cue_words() -> dict[str, tuple[str, ...]]:
    """Cue words by role (``ensure``, ``strive``, ``target``, ``growth``, ...)."""
    text = resources.files("plantrack.extract").joinpath("data/cues.tsv").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            role, word = line.split("\t")[:2]
            table.setdefault(role, []).append(word)
    return {role: tuple(words) for role, words in table.items()}


def _compatible(indicator: Indicator, measure: Measure, quantity: Quantity) -> bool:
    if measure == "growth":
        return quantity.unit in ("percent", "percentage_point")
    if indicator.kind == "rate" or indicator.unit == "percent":
        return quantity.unit == "percent"
    units = {"count", "person"} if indicator.unit in ("count", "person") else {indicator.unit}
    return quantity.unit in units


def _nearest_indicator(doc: PreparedDocument, start: int,
                       end: int) -> tuple[int, int, Indicator] | None:
    """The indicator name ending closest before ``end`` in ``text[start:end]``."""
    if doc.catalog is None:
        return None
    window = doc.text[start:end]
    best: tuple[int, int, Indicator] | None = None
    for name, indicator in doc.catalog.indicator_names:
        i = window.rfind(name)
        if i >= 0 and (best is None or start + i + len(name) > best[1]):
            best = (start + i, start + i + len(name), indicator)
    return best


def _has(text: str, role: str) -> bool:
    return any(word in text for word in cue_words().get(role, ()))


class GenericExtractor:
    name = "generic"
    description = "Any text: an indicator name followed by a quantity in one sentence."

    def detect(self, doc: PreparedDocument) -> float:
        return 0.1

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        start, end = doc.scope
        for sentence in sentences(doc.text, start, end):
            yield from self._sentence(doc, sentence.start, sentence.end)

    def _sentence(self, doc: PreparedDocument, s_start: int,
                  s_end: int) -> Iterator[Goal | Result]:
        text = doc.text
        for match in find_quantities(text[s_start:s_end]):
            q_start, q_end = s_start + match.start, s_start + match.end
            found = _nearest_indicator(doc, s_start, q_start)
            if found is None:
                continue
            i_start, i_end, indicator = found
            between = text[i_end:q_start]
            fact = self._fact(doc, indicator, between, match, text[s_start:q_start],
                              i_start, q_end)
            if fact is not None:
                yield fact

    def _fact(self, doc: PreparedDocument, indicator: Indicator, between: str,
              match: QuantityMatch, head: str, start: int,
              end: int) -> Goal | Result | None:
        measure: Measure = "level"
        if match.decline or _has(between, "growth"):
            measure = "growth"
        elif _has(between, "increase"):
            measure = "increase"
        if not _compatible(indicator, measure, match.quantity) or doc.year is None:
            return None
        region = doc.region
        common = {
            "region": region.code if region else None,
            "region_name": region.name if region else "",
            "indicator": indicator.id,
            "measure": measure,
            "quantity": match.quantity,
            "provenance": doc.provenance(start, end),
        }
        if _has(head, "ensure") or _has(head, "strive") or _has(head, "target"):
            modality = ("ensure" if _has(head, "ensure")
                        else "strive" if _has(head, "strive") else "plan")
            return Goal(period=Period.year(doc.year), modality=modality, **common)
        period = Period.half(doc.year, 1) if _has(head, "first_half") else Period.year(doc.year)
        return Result(period=period, **common)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(GenericExtractor())
