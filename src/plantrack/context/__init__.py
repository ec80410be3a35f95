"""The document-context stage: between normalising a text and reading facts from it.

It gathers a document's evidence (its title, metadata and dateline, the years it names,
its headings, where regions are mentioned and in what role) and decides, once, for the
whole document and each of its sections:

- the **year** it is written in (:mod:`.year`), which 今年, 全年 and 上半年 mean;
- the **region** it is about (:mod:`.region`), which a bare 全市 or 全区 means;
- its **kind** (:mod:`.kind`): a review's results or a plan's targets.

Each decision carries a confidence and the cue that made it
(:class:`plantrack.model.Decision`); the extraction's JSON holds them under
``context``, so a user can see why a fact got its year and region. Extractors read them
from :attr:`plantrack.text.prepare.PreparedDocument.context`; a clause's own year
(2022年…, 上年), region or kind still overrides them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from plantrack.context.kind import heading_kind
from plantrack.context.region import decide_region
from plantrack.context.year import decide_year
from plantrack.model import Decision, Document, DocumentContext, Region, SectionContext
from plantrack.text.script import NormalisedText, normalise
from plantrack.text.segment import sections

if TYPE_CHECKING:
    from plantrack.catalog import Catalog

__all__ = ["decide_context"]

_HEADING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d) ?年(?! ?\d{1,2} ?月)")
_UNDECIDED_KIND = Decision(None, 0.0, "no heading or title says")


def decide_context(document: Document, normalised: NormalisedText, *,
                   year: int | Decision | None = None, region: Region | None = None,
                   catalog: Catalog | None = None) -> tuple[DocumentContext, Region | None]:
    """The decisions for ``document`` (``year`` and ``region``: the caller's, which win),
    and the subject region itself."""
    text = normalised.text
    title = normalise(document.title).text if document.title else None
    year_decision = year if isinstance(year, Decision) else decide_year(text, document, year)
    subject: Region | None = region
    if catalog is not None and len(catalog.gazetteer):
        subject, region_decision = decide_region(text, catalog.gazetteer, given=region,
                                                 title=title if region is None else None)
    elif region is not None:
        region_decision = Decision(region.code, 1.0, "given by the caller", region.name)
    else:
        region_decision = Decision(None, 0.0, "no gazetteer to resolve regions with")
    parts = tuple(_sections(normalised))
    kind = _document_kind(title or _first_line(text), parts)
    return DocumentContext(year_decision, region_decision, kind, parts), subject


def _sections(normalised: NormalisedText) -> list[SectionContext]:
    out: list[SectionContext] = []
    for section in sections(normalised.text):
        if section.heading is None:
            continue
        kind = heading_kind(section.heading)
        m = _HEADING_YEAR.search(section.heading)
        year = Decision(int(m[1]), 0.8, f"heading: {section.heading[:30]}") if m else None
        if kind is None and year is None:
            continue
        start, end = normalised.original_span(section.start, section.end)
        out.append(SectionContext(start, end, section.heading, kind, year))
    return out


_TITLE_MAX = 60


def _first_line(text: str) -> str | None:
    """A plain text's first line, when it reads as a title (short, no full stop)."""
    line = text.lstrip().partition("\n")[0].strip()
    return line if 0 < len(line) <= _TITLE_MAX and "。" not in line else None


def _document_kind(title: str | None, parts: tuple[SectionContext, ...]) -> Decision:
    if title and (kind := heading_kind(title)) is not None:
        return Decision(kind.value, 0.9, f"title: {kind.cue.removeprefix('heading: ')}")
    kinds = Counter(str(p.kind.value) for p in parts if p.kind is not None)
    if not kinds:
        return _UNDECIDED_KIND
    if len(kinds) > 1:
        return Decision("mixed", 0.7, "headings of reviews and of plans: "
                        + ", ".join(sorted(kinds)))
    (only, _), = kinds.items()
    return Decision(only, 0.7, "every kind-bearing heading says so")
