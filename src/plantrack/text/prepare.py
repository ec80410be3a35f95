"""A document made ready for extractors: cleaned text, offsets, sections, context.

:func:`prepare` runs the two stages before extraction: cleaning the text
(:mod:`plantrack.text.clean`) and deciding its context (:mod:`plantrack.context`: the
year, region and kind, with their cues). Extractors read
:attr:`PreparedDocument.text` (simplified, half-width, lines kept) or
:attr:`PreparedDocument.reading` (the fact reader's) and turn spans of them into
:class:`~plantrack.model.Provenance` with :meth:`PreparedDocument.provenance` or
:meth:`PreparedDocument.reading_provenance`, which always quote the original text
exactly.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from attrs import define, field

from plantrack.context import decide_context
from plantrack.model import Decision, Document, DocumentContext, Provenance, Region
from plantrack.text.clean import CleanText, clean
from plantrack.text.segment import Section, sections

if TYPE_CHECKING:
    from plantrack.catalog import Catalog

__all__ = ["PreparedDocument", "prepare"]


@define(frozen=True, slots=False)  # slots=False: cached_property needs a __dict__
class PreparedDocument:
    """One document (or one section of it: see :attr:`scope`) ready for extraction."""

    document: Document
    cleaned: CleanText
    context: DocumentContext  # the year, region and kind decided for the whole document
    scope: tuple[int, int] = field()  # the span of text extractors should read
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
        """The cleaned text, lines and spaces kept (whole document; read within
        :attr:`scope`)."""
        return self.cleaned.text

    @property
    def reading(self) -> str:
        """The reading text: :attr:`text` less markup, quotation marks, spaces and
        wrapped lines (whole document; :meth:`to_reading` maps :attr:`scope` into it)."""
        return self.cleaned.reading

    def to_reading(self, at: int) -> int:
        """The first reading offset at or after text offset ``at``."""
        return self.cleaned.to_reading(at)

    @property
    def scoped_text(self) -> str:
        return self.text[self.scope[0]:self.scope[1]]

    @cached_property
    def sections(self) -> list[Section]:
        return sections(self.text)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.cleaned.original_span(start, end)

    def provenance(self, start: int, end: int) -> Provenance:
        """The provenance of text ``[start, end)``: its exact original quote."""
        return self._quote(*self.original_span(start, end))

    def reading_provenance(self, start: int, end: int) -> Provenance:
        """The provenance of reading ``[start, end)``: its exact original quote."""
        return self._quote(*self.cleaned.reading_span(start, end))

    def _quote(self, start: int, end: int) -> Provenance:
        return Provenance(document=self.name, start=start, end=end,
                          quote=self.original[start:end])

    def scoped(self, start: int, end: int, heading: str | None = None) -> PreparedDocument:
        """The same document, scoped to one section (built directly: ``attrs.evolve``
        inspects every field each time, and the engine scopes every section)."""
        return PreparedDocument(self.document, self.cleaned, self.context,
                                (start, end), heading, self.catalog, self.region)


def prepare(document: Document, *, year: int | Decision | None = None,
            catalog: Catalog | None = None, region: Region | None = None) -> PreparedDocument:
    """Clean ``document``'s text and decide its context; ``year`` and ``region`` are the
    caller's, which win over the metadata's and the text's (a :class:`Decision` for the
    year: one already made, as for the later pieces of a text read in pieces)."""
    cleaned = clean(document.text)
    context, subject = decide_context(document, cleaned, year=year, region=region,
                                      catalog=catalog)
    return PreparedDocument(document=document, cleaned=cleaned, context=context,
                            scope=(0, len(cleaned.text)), catalog=catalog,
                            region=subject)
