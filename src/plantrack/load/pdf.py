"""The PDF loader: the text layer of a PDF, page by page, with its title.

pypdf (pure Python) is an optional dependency (``pip install 'plantrack[pdf]'``) imported
only when a PDF is read. Pages are joined by a blank line; ``Document.pages`` holds where
each page starts in the text. A scanned PDF has no text layer and is refused as empty:
plantrack does no OCR.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plantrack.components import Loader, LoadOptions
from plantrack.errors import InputError, one_line
from plantrack.hookspecs import hookimpl
from plantrack.load.files import read_bytes
from plantrack.load.quiet import quiet
from plantrack.load.sniff import looks_like_pdf
from plantrack.model import Document

__all__ = ["PAGE_SEPARATOR", "PdfLoader", "load_pdf"]

PAGE_SEPARATOR = "\n\n"
# What PDF writers put in the title when nobody gave one.
_PLACEHOLDER_TITLES = frozenset({"untitled", "untitled document", "无标题", "無標題"})


def load_pdf(path: Path, options: LoadOptions | None = None) -> Document:
    """The text of every page of the PDF at ``path``, its page offsets, title and date."""
    options = options or LoadOptions()
    source = str(path)
    data = read_bytes(path, options)
    pypdf = _pypdf(source)
    # pypdf raises many kinds of exception on a broken file, not only its own PdfReadError,
    # and warns (and logs) about repairs: a broken PDF is the file's fault, said in one line.
    try:
        with quiet("pypdf"):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(source, "an encrypted PDF (it needs a password)", "malformed")
            texts = [(page.extract_text() or "").rstrip() for page in reader.pages]
            title = _title(reader)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(source, f"a PDF pypdf cannot read: {_reason(exc)}",
                         "malformed") from None
    if not any(text.strip() for text in texts):
        raise InputError(source, "no text layer (a scanned PDF?)", "empty")
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return Document(name=path.name, text=PAGE_SEPARATOR.join(texts), source=source,
                    loader=PdfLoader.name, pages=tuple(starts), title=title)


def _pypdf(source: str) -> Any:
    try:
        import pypdf
    except ImportError:
        raise InputError(source, "reading PDF needs the optional extra: "
                                 "pip install 'plantrack[pdf]'", "unsupported") from None
    return pypdf


def _title(reader: Any) -> str | None:
    """The title the PDF's document information states, if any.

    Its creation date is not taken as the publication date: a PDF is often made (or
    re-saved) long after the text was published, and a wrong date would override the
    text's own year cues. A ``.meta.json`` sidecar gives the date when it matters.
    """
    info = reader.metadata
    if info is None:
        return None
    title = " ".join(str(info.title or "").split()) or None
    if title is not None and title.lower() in _PLACEHOLDER_TITLES:
        title = None
    return title


def _reason(exc: Exception) -> str:
    message = one_line(str(exc)) or type(exc).__name__
    return message[0].lower() + message[1:]


class PdfLoader:
    """PDF files with a text layer: .pdf, or any file that opens with ``%PDF-``."""

    name = "pdf"
    suffixes: tuple[str, ...] = (".pdf",)

    def sniff(self, head: bytes) -> bool:
        return looks_like_pdf(head)

    def load(self, path: Path, options: LoadOptions) -> Document:
        return load_pdf(path, options)


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    register(PdfLoader())
