"""What a file's first bytes say it is: a binary format, an HTML page, a PDF.

Loaders use these in their ``sniff(head)`` so a file is read by its content whatever it
is called, and the text decoder uses :func:`binary_format` to refuse images and archives
with a message naming the format instead of a decoding error.
"""

from __future__ import annotations

import re

__all__ = ["binary_format", "looks_like_html", "looks_like_pdf"]

# Signatures at offset 0 of common binary formats a document folder may hold by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)"),
    (b"PK\x05\x06", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\x1f\x8b", "a GZIP archive"),
    (b"BZh", "a BZIP2 archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"%PDF-", "a PDF"),
)

_UTF8_BOM = b"\xef\xbb\xbf"
# Before the <html> of a saved page: whitespace, a BOM, comments (browsers' "saved from
# url=" mark), an XML declaration (XHTML).
_HTML_PREAMBLE = re.compile(rb"(?:\s+|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)
_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def binary_format(head: bytes) -> str | None:
    """What binary format ``head`` starts with ("a PNG image"), or None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime video"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file"
    return None


def looks_like_html(head: bytes) -> bool:
    """True if ``head`` opens an HTML page (``<!doctype html``, ``<html``) after any BOM,
    whitespace, comments or XML declaration."""
    head = head.removeprefix(_UTF8_BOM)
    preamble = _HTML_PREAMBLE.match(head)
    start = preamble.end() if preamble else 0
    return _HTML_START.match(head, start) is not None


def looks_like_pdf(head: bytes) -> bool:
    """True if ``head`` opens a PDF (``%PDF-``, maybe after whitespace)."""
    return head.lstrip(b"\x00\t\n\r\f ").startswith(b"%PDF-")
