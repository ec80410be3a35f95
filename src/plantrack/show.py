"""``plantrack show FILE``: the loaded text every span indexes, with its offsets.

Spans and quotes refer to the *loaded* text (a page's main text, a PDF's joined pages,
a file's decoded characters after any front matter), not to the bytes on disk. This
command prints that text so a reader can check ``text[start:end]`` by eye or by program.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from plantrack.components import LoadOptions
from plantrack.errors import UsageError
from plantrack.model import Document

__all__ = ["header_lines", "numbered_lines", "parse_span", "show"]


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (without its line break) with the offset it starts at."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            if start < len(text):
                yield start, text[start:]
            return
        yield start, text[start:end]
        start = end + 1


def header_lines(document: Document) -> list[str]:
    """What the text is and where it came from, one ``# key: value`` line each."""
    ref = document.text_ref
    fields: list[tuple[str, object]] = [
        ("source", ref.source), ("loader", ref.loader), ("encoding", ref.encoding),
        ("title", ref.title), ("published", ref.published), ("url", ref.url),
        ("metadata from", ref.metadata_from),
        ("pages start at", ", ".join(map(str, ref.pages)) if ref.pages else None),
        ("chars", ref.chars), ("sha256", ref.sha256),
    ]
    return [f"# {key}: {value}" for key, value in fields if value is not None]


def parse_span(text: str) -> tuple[int, int]:
    """``START:END`` → (start, end); ValueError when it is not one."""
    start, sep, end = text.partition(":")
    try:
        span = int(start), int(end)
    except ValueError:
        raise ValueError(f"not a span: {text!r} (e.g. 198:212)") from None
    if not sep or span[0] < 0 or span[1] < span[0]:
        raise ValueError(f"not a span: {text!r} (START:END, START <= END)")
    return span


def _show_span(document: Document, span: tuple[int, int]) -> str:
    start, end = span
    text = document.text
    if end > len(text):
        raise UsageError(f"{document.source}: span {start}:{end} is past the end of the "
                         f"text ({len(text)} characters)")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    width = len(str(len(text)))
    return (f"{start}:{end} {text[start:end]}\n"
            f"{line_start:>{width}} │ {text[line_start:line_end]}\n")


def show(file: Path, options: LoadOptions, *, span: tuple[int, int] | None = None,
         raw: bool = False, as_json: bool = False) -> int:
    """Write the text of ``file`` (see the module's docstring); the exit code."""
    from plantrack.api import load_document

    document = load_document(file, options=options)
    out = sys.stdout
    if raw:
        out.write(document.text)
    elif as_json:
        from plantrack.convert import text_ref_to_json

        record = {**text_ref_to_json(document.text_ref), "text": document.text}
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    elif span:
        out.write(_show_span(document, span))
    else:
        out.write("\n".join(header_lines(document)) + "\n")
        width = len(str(len(document.text)))
        for offset, line in numbered_lines(document.text):
            out.write(f"{offset:>{width}} │ {line}\n")
    return 0
