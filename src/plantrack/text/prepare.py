"""A document made ready for extractors: normalised text, offsets, sections, year.

Extractors read :attr:`PreparedDocument.text` (simplified, half-width) and turn spans of
it into :class:`~plantrack.model.Provenance` with :meth:`PreparedDocument.provenance`,
which always quotes the original text exactly.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from attrs import define, field

from plantrack.model import Document, Provenance, Region
from plantrack.text.periods import YearGuess, infer_year
from plantrack.text.script import NormalisedText, normalise
from plantrack.text.segment import Section, sections

if TYPE_CHECKING:
    from plantrack.catalog import Catalog

__all__ = ["PreparedDocument", "prepare"]


@define(frozen=True, slots=False)  # slots=False: cached_property needs a __dict__
class PreparedDocument:
    """One document (or one section of it: see :attr:`scope`) ready for extraction."""

    document: Document
    normalised: NormalisedText
    year: int | None
    year_cue: str | None
    scope: tuple[int, int] = field()  # the normalised span extractors should read
    heading: str | None = None
    catalog: Catalog | None = None  # indicators and gazetteer, set by the pipeline
    region: Region | None = None  # the region the caller says the document is about

    @property
    def name(self) -> str:
        return self.document.name

    @property
    def original(self) -> str:
        return self.document.text

    @property
    def text(self) -> str:
        """The normalised text (whole document; read within :attr:`scope`)."""
        return self.normalised.text

    @property
    def scoped_text(self) -> str:
        return self.text[self.scope[0]:self.scope[1]]

    @cached_property
    def sections(self) -> list[Section]:
        return sections(self.text)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.normalised.original_span(start, end)

    def provenance(self, start: int, end: int) -> Provenance:
        """The provenance of normalised ``[start, end)``: its exact original quote."""
        o_start, o_end = self.original_span(start, end)
        return Provenance(document=self.name, start=o_start, end=o_end,
                          quote=self.original[o_start:o_end])

    def scoped(self, start: int, end: int, heading: str | None = None) -> PreparedDocument:
        """The same document, scoped to one section (built directly: ``attrs.evolve``
        inspects every field each time, and the engine scopes every section)."""
        return PreparedDocument(self.document, self.normalised, self.year, self.year_cue,
                                (start, end), heading, self.catalog, self.region)


def prepare(document: Document, *, year: int | None = None, catalog: Catalog | None = None,
            region: Region | None = None) -> PreparedDocument:
    """Normalise ``document`` and settle its year: ``year``, else its metadata, else cues."""
    normalised = normalise(document.text)
    cue: str | None
    if year is not None:
        cue = "given by the caller"
    elif document.year is not None:
        year, cue = document.year, "document metadata"
    elif document.published is not None:
        year, cue = document.published.year, "publication date"
    else:
        guess: YearGuess | None = infer_year(normalised.text)
        year, cue = (guess.year, guess.cue) if guess else (None, None)
    return PreparedDocument(document=document, normalised=normalised, year=year,
                            year_cue=cue, scope=(0, len(normalised.text)),
                            catalog=catalog, region=region)
