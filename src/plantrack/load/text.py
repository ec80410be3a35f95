"""The plain-text loader: .txt (and .md) files in any common encoding.

UTF-8 (with or without BOM) is read directly; anything else is identified by
charset-normalizer (GB18030/GBK, Big5, UTF-16 ...). A binary file, or one no encoding
reads cleanly, is refused with an :class:`~plantrack.errors.InputError` naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plantrack.components import LoadOptions, Loader
from plantrack.errors import InputError
from plantrack.hookspecs import hookimpl
from plantrack.model import Document

__all__ = ["TextLoader", "decode_bytes", "read_text_file"]


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` or raise InputError naming ``source``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file (NUL bytes), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "cannot decode: not UTF-8 and no other encoding fits")
    return str(best)


def read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    return decode_bytes(data, str(path))


class TextLoader:
    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text", ".md", "")

    def load(self, path: Path, options: LoadOptions) -> Document:
        text = read_text_file(path)
        if not text.strip():
            raise InputError(str(path), "empty document")
        return Document(name=path.name, text=text, source=str(path))


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    register(TextLoader())
