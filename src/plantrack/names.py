"""File names that are not valid UTF-8, on the way out.

Python reads such a name with ``surrogateescape``: each byte that does not decode
becomes a lone surrogate, U+DC80..U+DCFF (byte 0xNN → U+DCNN). Lone surrogates cannot
be encoded, so every output says them differently but recoverably: a message on stderr
shows the byte as ``\\xNN``; JSON writes the escape ``\\udcNN`` (valid JSON and valid
UTF-8; ``os.fsencode(json.loads(...))`` gives the raw bytes back); any other output shows
``\\udcNN`` as text.
"""

from __future__ import annotations

import re
import sys

__all__ = ["escaped", "json_escaped", "unreadable_names_escaped"]

_SURROGATE = re.compile("[\udc80-\udcff]")


def escaped(text: str) -> str:
    """``text`` with each undecodable byte of a file name shown as ``\\xNN``."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def json_escaped(text: str) -> str:
    """JSON text with each lone surrogate written as the JSON escape ``\\udcNN``."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def unreadable_names_escaped() -> None:
    """Make standard output and error write a lone surrogate as ``\\udcNN`` rather than
    fail (strict UTF-8) or write the raw, invalid byte (C locale's surrogateescape)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
