"""The plain-text loader: .txt (and .md) files in any common encoding, with front matter.

Decoding is :func:`plantrack.load.decode.decode_bytes` (strict UTF-8 first, then the
Chinese encodings); a leading ``---`` front-matter block becomes the document's metadata
and is not part of its text, so every span indexes the body.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from attrs import evolve

from plantrack.components import Loader, LoadOptions
from plantrack.errors import InputError
from plantrack.hookspecs import hookimpl
from plantrack.load.decode import Decoded, decode_bytes
from plantrack.load.files import read_bytes
from plantrack.load.meta import apply_metadata, parse_metadata, split_front_matter
from plantrack.model import Document

__all__ = ["TextLoader", "decode_bytes", "load_text", "read_text_file"]


def read_text_file(path: Path, options: LoadOptions | None = None) -> Decoded:
    """The decoded text of ``path`` and its encoding; InputError naming it if unreadable."""
    options = options or LoadOptions()
    return decode_bytes(read_bytes(path, options), str(path), options.encoding)


def load_text(path: Path, options: LoadOptions | None = None) -> Document:
    """``path`` as a Document: its text after any front matter, which sets metadata."""
    decoded = read_text_file(path, options)
    values, body = split_front_matter(decoded.text)
    if not body.strip():
        reason = "only front matter, no text" if values else "empty document"
        raise InputError(str(path), reason, "empty")
    document = Document(name=path.name, text=body, source=str(path),
                        encoding=decoded.encoding, loader=TextLoader.name)
    if values:
        where = f"{path} (front matter)"
        document = apply_metadata(document, parse_metadata(values, where), where)
        # front matter with no known key still shaped the text: say where it went
        document = evolve(document, metadata_from=document.metadata_from or where)
    return document


class TextLoader:
    """Plain text: .txt, .text, .md and files without a suffix."""

    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text", ".md", "")

    def load(self, path: Path, options: LoadOptions) -> Document:
        return load_text(path, options)


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    register(TextLoader())
