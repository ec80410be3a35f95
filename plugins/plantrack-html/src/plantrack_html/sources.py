"""Finding the original text a quote comes from, to show it in its context.

Facts carry a document name, a quote and a span into the document's original text, but
not the text itself. :class:`SourceTexts` looks for it, in this order:

1. ``ReportOptions.extra["texts"]``: a mapping of document name to original text (what
   a Python caller passes; exact and fastest);
2. ``ReportOptions.extra["paths"]``: the files that were extracted (matched by name);
3. the folders in ``ReportOptions.extra["source_dirs"]`` and in the environment variable
   ``PLANTRACK_HTML_SOURCES`` (separated by ``os.pathsep``), then the current folder;
4. the bundled seed documents (what ``plantrack scorecard`` reads by default).

Files are read with the loader plantrack registered for their suffix, so spans index the
same text the extractor saw. A text is used only when the quote stands at its span;
otherwise the quote is shown alone, marked "context unavailable".
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from attrs import frozen

from plantrack.components import ReportOptions
from plantrack.errors import PlantrackError

__all__ = ["ENV", "Context", "SourceTexts", "texts_of"]

ENV = "PLANTRACK_HTML_SOURCES"
WINDOW = 60  # characters of context on each side of a quote


@frozen
class Context:
    """A quote with the text around it: ``before + quote + after``."""

    before: str
    quote: str
    after: str


class SourceTexts:
    """The original texts a report's quotes come from, found once each and cached."""

    def __init__(self, options: ReportOptions) -> None:
        extra = options.extra
        self._texts: dict[str, str | None] = dict(extra.get("texts") or {})
        self._paths: dict[str, Path] = {}
        for raw in extra.get("paths") or ():
            path = Path(raw)
            self._paths.setdefault(path.name, path)
            self._paths.setdefault(str(raw), path)
        self._dirs = [Path(d) for d in _dirs(extra.get("source_dirs") or ())]

    def text(self, document: str) -> str | None:
        """The original text of ``document``, or None when it cannot be found."""
        if document not in self._texts:
            self._texts[document] = self._find(document)
        return self._texts[document]

    def context(self, document: str | None, quote: str, span: Iterable[int] | None,
                window: int = WINDOW) -> Context | None:
        """The quote with ``window`` characters either side, if its text is found."""
        if not document or span is None:
            return None
        start, end = list(span)[:2]
        text = self.text(document)
        if text is None or text[start:end] != quote:
            return None
        before = text[max(0, start - window):start]
        after = text[end:end + window]
        return Context(("…" if start > window else "") + before, quote,
                       after + ("…" if end + window < len(text) else ""))

    def _find(self, document: str) -> str | None:
        for path in self._candidates(document):
            if path.is_file():
                try:
                    return _load(path)
                except PlantrackError:
                    continue
        return None

    def _candidates(self, document: str) -> Iterable[Path]:
        if document in self._paths:
            yield self._paths[document]
        name = Path(document).name
        if name in self._paths:
            yield self._paths[name]
        for folder in self._dirs:
            yield folder / name
        yield Path(document)
        from plantrack.api import seed_paths

        yield from (p for p in seed_paths() if p.name == name)


def _dirs(given: Iterable[str | Path]) -> list[str | Path]:
    from_env = [d for d in os.environ.get(ENV, "").split(os.pathsep) if d]
    return [*given, *from_env]


def _load(path: Path) -> str:
    from plantrack.api import load_document

    return load_document(path).text


def texts_of(documents: Mapping[str, str]) -> ReportOptions:
    """ReportOptions carrying these original texts (a convenience for Python callers)."""
    return ReportOptions(extra={"texts": dict(documents)})
