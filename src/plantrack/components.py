"""The shapes of what plugins contribute: loaders, extractors, reporters.

These are :class:`typing.Protocol` classes: a plugin's component needs the attributes
and methods, not a base class. The registry checks them when they are registered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from attrs import field, frozen

from plantrack.model import Document, Extraction, Goal, Project, Result

if TYPE_CHECKING:
    from plantrack.text.prepare import PreparedDocument
    from plantrack.track.scorecard import Scorecard

__all__ = ["DEFAULT_MAX_BYTES", "Extractor", "LoadOptions", "Loader", "ReportOptions", "Reporter"]


DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # files above this are refused unless the caller raises it


@frozen
class LoadOptions:
    """What the caller asks of every loader.

    ``encoding`` forces how a text file's bytes are decoded (``--encoding``); ``None`` means
    strict UTF-8 first, then detection. ``max_bytes`` is the largest file read at all.
    """

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@runtime_checkable
class Loader(Protocol):
    """Reads one kind of file into a :class:`Document`.

    A loader may also define ``sniff(head: bytes) -> bool``: ``True`` when the file's first
    bytes (up to 4 KiB) are its format whatever the file is called (``%PDF-``, ``<html``).
    A loader that sniffs a file reads it before any loader chosen by suffix.
    """

    name: str
    suffixes: tuple[str, ...]

    def load(self, path: Path, options: LoadOptions) -> Document:
        """Read ``path``; raise :class:`plantrack.errors.InputError` naming it if unreadable."""
        ...


@runtime_checkable
class Extractor(Protocol):
    """Finds goals, results and projects in one source style.

    An extractor may also set ``always_run = True`` to be run on every section whatever
    its ``detect`` score (as the generic fallback and the project finder do), and define
    ``claims(doc) -> Iterable[tuple[int, int]]``: the original-text spans of ``doc``'s
    scope that only it reads (the table extractor's tables), where the engine drops the
    other extractors' facts.
    """

    name: str
    description: str

    def detect(self, doc: PreparedDocument) -> float:
        """How well ``doc`` (or the section it is scoped to) fits this style, 0..1."""
        ...

    def extract(self, doc: PreparedDocument) -> Iterable[Goal | Result | Project]:
        """Every fact and project in ``doc``'s scope, each with its provenance."""
        ...


@frozen
class ReportOptions:
    """What a reporter may want to know about where its output goes, and the display
    names it shows (given by the caller, so that no reporter reaches the registry).

    ``indicator_names`` maps indicator ids to their Chinese names (the catalogue's,
    plugins included); an id not in it is shown as it is.
    """

    width: int | None = None
    color: bool = False
    extra: dict[str, Any] = field(factory=dict)  # a plugin's own options
    indicator_names: Mapping[str, str] = field(factory=dict)

    def indicator_name(self, indicator: str, label: str | None = None) -> str:
        """The Chinese name of ``indicator`` (the source's wording ``label`` for ``other``)."""
        return label or self.indicator_names.get(indicator, indicator)


@runtime_checkable
class Reporter(Protocol):
    """Renders extractions and scorecards in one format."""

    name: str
    description: str

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> Any:
        """Return ``str`` or a Rich renderable for these extractions."""
        ...

    def report_scorecard(self, card: Scorecard, options: ReportOptions) -> Any:
        """Return ``str`` or a Rich renderable for this scorecard."""
        ...
