"""Bytes to text, and which encoding did it: UTF-8 first, then the Chinese encodings.

The order (see docs/loaders.md): an encoding the caller forces; a byte order mark;
binary signatures and NUL bytes (refused, unless the NULs are BOM-less UTF-16); strict
UTF-8; an encoding the file declares (an HTML page's meta charset); GB18030 or the Big5
family, whichever reads as more common Chinese characters; last, charset-normalizer's
guess. Every decoding is strict and every guess is checked: no replacement characters,
no control characters, no private-use characters. Nothing is decoded by replacement.

UTF-8 files (most of them) never import the detector or build the character tables.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from functools import cache

from attrs import frozen

from plantrack.errors import InputError
from plantrack.load.sniff import binary_format

__all__ = ["Decoded", "codec_name", "decode_bytes"]


@frozen
class Decoded:
    """Text and the normalised name of the codec that decoded it ("utf-8", "gb18030")."""

    text: str
    encoding: str


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# GBK and GB2312 files decode as GB18030: a superset that also reads what they miss.
_GB_FAMILY = frozenset({"gb2312", "gbk", "cp936", "gb18030", "hz"})
# Python's strict big5 lacks Microsoft's and Hong Kong's additions, which real files use.
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")

# Characters no real text document holds: C0 controls other than whitespace, DEL and the
# C1 controls (the mark of Latin-1 read from Chinese bytes), U+FFFD, private use.
_IMPLAUSIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")
_CJK_OR_ASCII = re.compile(
    "[\x00-\x7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003ffff]")

_LATIN = re.compile("[\u1e00-\u1eff]").fullmatch  # beyond U+0300: Latin Extended Additional
_SCORE_SAMPLE = 20_000  # characters scored per candidate: enough, and bounded on big files
_MIN_SCORE = 0.5        # share of common characters a Chinese reading must reach
_MIN_CJK_OR_ASCII = 0.8  # share of a detector's reading that must be CJK or ASCII


def decode_bytes(data: bytes, source: str, encoding: str | None = None, *,
                 declared: str | None = None) -> Decoded:
    """Decode ``data`` (read from ``source``) strictly, or raise InputError naming it.

    ``encoding`` forces the codec (``--encoding``); ``declared`` is what the file says of
    itself (an HTML meta charset), tried after UTF-8. Kinds: ``binary`` (a binary format
    or NUL bytes), ``undecodable`` (an unknown forced encoding, bytes that do not decode
    under it, or no encoding that reads the bytes cleanly).
    """
    if encoding is not None:
        return _forced(data, source, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _forced(data, source, name)
    what = binary_format(data[:64])
    if what is not None:
        raise InputError(source, f"binary file ({what}), not a text document", "binary")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(source, "binary file (NUL bytes), not a text document", "binary")
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    found = _declared(data, declared) or _chinese(data) or _detected(data)
    if found is None:
        raise InputError(source, "cannot decode: not UTF-8, and no encoding reads it cleanly",
                         "undecodable")
    return found


def codec_name(name: str) -> str | None:
    """The normalised name of an encoding ("GBK" → "gbk", "utf8" → "utf-8"), or None."""
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _forced(data: bytes, source: str, name: str) -> Decoded:
    codec = codec_name(name)
    if codec is None:
        raise InputError(source, f"unknown encoding {name!r}", "undecodable")
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"  # the mark is not text
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        raise InputError(source, f"not valid {codec}: byte 0x{byte:02x} at offset "
                                 f"{exc.start} ({exc.reason})", "undecodable") from None
    except LookupError:  # a codec that is not a text encoding (rot13, base64)
        raise InputError(source, f"{name!r} is not a text encoding", "undecodable") from None


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte order mark: NULs (the high bytes of ASCII) on one side."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 9 * even:
        codec = "utf-16-le"
    elif even >= 9 * odd:
        codec = "utf-16-be"
    else:
        return None
    return _strict(data, codec)


def _declared(data: bytes, declared: str | None) -> Decoded | None:
    codec = codec_name(declared) if declared else None
    if codec is None:
        return None
    return _strict(data, "gb18030" if codec in _GB_FAMILY else codec)


def _chinese(data: bytes) -> Decoded | None:
    """GB18030 or the Big5 family: whichever reads more common characters of its script.

    GB18030 decodes almost any bytes and Big5 much of GBK, so decoding is not enough:
    a real text is nearly all common characters, a misreading a fraction of them. On a
    tie (a few characters can read well both ways) GB18030 wins: most sources are
    mainland ones.
    """
    best: tuple[float, Decoded] | None = None
    for codec, common in (("gb18030", _common_gb()), *(
            (name, _common_traditional()) for name in _BIG5_FAMILY)):
        decoded = _strict(data, codec)
        if decoded is None:
            continue
        score = _common_score(decoded.text[:_SCORE_SAMPLE], common)
        if score >= _MIN_SCORE and (best is None or score > best[0]):
            best = (score, decoded)
        if codec != "gb18030":
            break  # one reading of the Big5 family is enough; later ones only add characters
    return best[1] if best else None


def _detected(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess, decoded strictly and checked to be CJK or ASCII."""
    from charset_normalizer import from_bytes  # only for files no Chinese encoding reads

    best = from_bytes(data).best()
    codec = codec_name(best.encoding) if best is not None and best.encoding else None
    if codec is None:
        return None
    decoded = _strict(data, "gb18030" if codec in _GB_FAMILY else codec)
    if decoded is None or not decoded.text:
        return None
    sample = decoded.text[:_SCORE_SAMPLE]
    if len(_CJK_OR_ASCII.findall(sample)) < _MIN_CJK_OR_ASCII * len(sample):
        return None
    return decoded


def _strict(data: bytes, codec: str) -> Decoded | None:
    """``data`` in ``codec`` if it decodes strictly into plausible text, else None."""
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if _IMPLAUSIBLE.search(text):
        return None
    return Decoded(text, codec_name(codec) or codec)


def _common_score(text: str, common: frozenset[str]) -> float:
    """The share of ``text``'s letters (Han, kana, Greek ...) that are common Chinese
    characters. Digits, punctuation, symbols and Latin letters (pinyin's ǎ) are neutral."""
    letters = [ch for ch in text if ch >= "\u0300" and ch.isalpha() and not _LATIN(ch)]
    if not letters:
        return 1.0
    return sum(ch in common for ch in letters) / len(letters)


@cache
def _common_simplified() -> frozenset[str]:
    """GB2312's level-1 characters (B0A1-D7F9): the 3,755 most used in simplified text."""
    return frozenset(_table("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))


@cache
def _common_gb() -> frozenset[str]:
    """What is common in a GB18030 file: simplified, or traditional (GBK has both)."""
    return _common_simplified() | _common_traditional()


@cache
def _common_traditional() -> frozenset[str]:
    """Big5's frequently used characters (A440-C67E): 5,401 in traditional text."""
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    chars = _table("big5", range(0xA4, 0xC6), trails) + _table("big5", [0xC6], range(0x40, 0x7F))
    return frozenset(chars)


def _table(codec: str, leads: Iterable[int], trails: Iterable[int]) -> str:
    """The characters of each (lead, trail) byte pair in ``codec``; unassigned pairs skipped."""
    trails = list(trails)
    return "".join(bytes((lead, trail)).decode(codec, errors="ignore")
                   for lead in leads for trail in trails)
