"""A document made ready for extractors: normalised text, offsets, sections, context.

:func:`prepare` runs the two stages before extraction: normalising the text
(:mod:`plantrack.text.script`) and deciding its context (:mod:`plantrack.context`: the
year, region and kind, with their cues). Extractors read
:attr:`PreparedDocument.text` (simplified, half-width) and turn spans of it into
:class:`~plantrack.model.Provenance` with :meth:`PreparedDocument.provenance`, which
always quotes the original text exactly.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from attrs import define, field

from plantrack.context import decide_context
from plantrack.model import Decision, Document, DocumentContext, Provenance, Region
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
    context: DocumentContext  # the year, region and kind decided for the whole document
    scope: tuple[int, int] = field()  # the normalised span extractors should read
    heading: str | None = None
    catalog: Catalog | None = None  # indicators and gazetteer, set by the pipeline
    region: Region | None = None  # the subject region the context stage decided

    @property
    def year(self) -> int | None:
        """The year the document is written in (None: undecided; see :attr:`context`)."""
        value = self.context.year.value
        return value if isinstance(value, int) else None

    @property
    def year_cue(self) -> str | None:
        return self.context.year.cue if self.year is not None else None

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
        return PreparedDocument(self.document, self.normalised, self.context,
                                (start, end), heading, self.catalog, self.region)


def prepare(document: Document, *, year: int | Decision | None = None,
            catalog: Catalog | None = None, region: Region | None = None) -> PreparedDocument:
    """Normalise ``document`` and decide its context; ``year`` and ``region`` are the
    caller's, which win over the metadata's and the text's (a :class:`Decision` for the
    year: one already made, as for the later pieces of a text read in pieces)."""
    normalised = normalise(document.text)
    context, subject = decide_context(document, normalised, year=year, region=region,
                                      catalog=catalog)
    return PreparedDocument(document=document, normalised=normalised, context=context,
                            scope=(0, len(normalised.text)), catalog=catalog,
                            region=subject)
