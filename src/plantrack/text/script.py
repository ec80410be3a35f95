"""One script for simplified and traditional text, character for character.

:func:`convert` is the cleaning layer's (:mod:`plantrack.text.clean`) one step that
changes characters rather than dropping them: simplified script (through OpenCC's
``t2s``), half-width digits, letters and signs, years in digits. It keeps the text's
length, so offsets need no map.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

__all__ = ["HAN", "convert", "fold_numerals", "to_simplified"]

#: one Chinese character (of the CJK Unified Ideographs block the texts write in)
HAN = re.compile(r"[\u4e00-\u9fff]")

# Full-width ASCII block (！..～) to half-width; the ideographic space to a space.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20
# Small form variants (﹔ in People's Daily copy) read as the punctuation they stand for.
_FULL_WIDTH.update({ord(a): ord(b) for a, b in zip("﹐﹑﹔﹕﹖﹗", "，、；：？！", strict=True)})
# Numeral variants, read like their plain forms: financial, traditional, and 〇.
_NUMERAL_FOLD = str.maketrans({
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "叄": "三", "肆": "四",
    "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十",
    "佰": "百", "仟": "千", "萬": "万", "億": "亿", "兩": "两", "負": "负", "點": "点",
    "餘": "余", "幾": "几", **{chr(k): chr(v) for k, v in _FULL_WIDTH.items()},
})
# A text-art table's box drawing (│ between cells, ─┼─ rules: an old yearbook page's
# tables) read as the bars and dashes of a pipe table, in the same one-for-one pass (a
# number's own folding, above, never meets them)
_FULL_WIDTH.update({ord(c): ord("|") for c in "│┃┆┇┊┋║┼┬┴├┤┌┐└┘╋┳┻┣┫┏┓┗┛╬╦╩╠╣╔╗╚╝"})
_FULL_WIDTH.update({ord(c): ord("-") for c in "─━┄┅┈┉═"})
# Kangxi radicals and CJK compatibility ideographs (⼴州, 同⽐: a page copied out of a PDF)
# read as the unified ideographs they stand for, their Unicode compatibility (NFKC) form
# of one character (the radicals supplement's few that have one too)
_FULL_WIDTH.update({
    code: ord(form) for code in (*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00))
    if len(form := unicodedata.normalize("NFKC", chr(code))) == 1 and form != chr(code)})
# The characters _FULL_WIDTH folds: a few in a thousand of a page's characters, so a
# regex that replaces only them is ten times faster than a str.translate, which looks
# every character up in the table (see _fold_width).
_WIDE = re.compile("[" + "".join(re.escape(chr(code)) for code in _FULL_WIDTH) + "]")
_WIDE_TO_NARROW = {chr(k): chr(v) for k, v in _FULL_WIDTH.items()}
# Variant forms OpenCC's t2s leaves as they are, read as their standard form (陜西 is
# 陕西 in garbled reposts; the forms of the Unicode variant tables, kJapanese/kSemantic).
# (増长8.5%: the Japanese form of 增, in a repost's copy)
_VARIANT_FOLD = str.maketrans({"陜": "陕", "峯": "峰", "羣": "群", "鑛": "矿", "増": "增"})
_VARIANT = re.compile("[" + "".join(chr(k) for k in _VARIANT_FOLD) + "]")
# A lone surrogate (from a bad decode, or a str built by hand) cannot be encoded, so
# OpenCC would raise on it: normalise reads it as U+FFFD, one character for one, so
# offsets stay exact and quotes, cut from the original, keep it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# OpenCC turns the financial 參 (3) into 参, which is also the 参 of 参加: it is read as
# 叁 only next to other numeral characters (貳萬參仟).
_NUMERAL_NEIGHBOURS = frozenset("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")


def _narrow(match: re.Match[str]) -> str:
    return _WIDE_TO_NARROW[match.group()]


_DENSITY_SAMPLE = 4096


def _fold_width(text: str) -> str:
    """``text.translate(_FULL_WIDTH)``, done the fastest way for the density of wide
    characters at the text's head (either way gives the same text): a regex replacing
    the few there are (a page), else the table (a text of full-width digits, where a
    call per character would cost seven times more)."""
    head = text[:_DENSITY_SAMPLE]
    if len(_WIDE.findall(head)) * 8 > len(head):
        return text.translate(_FULL_WIDTH)
    return _WIDE.sub(_narrow, text)


def fold_numerals(text: str) -> str:
    """Full-width digits and traditional/financial numerals to plain ones (length kept)."""
    return text.translate(_NUMERAL_FOLD)


@cache
def _converter() -> Any:
    import opencc  # a C++ extension: imported on first use only

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC's traditional-to-simplified conversion of ``text``."""
    result: str = _converter().convert(text)
    return result


def _convert_same_length(text: str) -> str:
    """t2s, kept to the original length so offsets stay aligned.

    OpenCC almost always maps character for character; where a phrase rule changes a
    line's length, that line is converted character by character instead.
    """
    converted = to_simplified(text)
    if len(converted) == len(text):
        return converted
    lines = text.split("\n")
    out = []
    for line in lines:
        c = to_simplified(line)
        if len(c) != len(line):
            c = "".join(ch2 if len(ch2 := to_simplified(ch)) == 1 else ch for ch in line)
        out.append(c)
    return "\n".join(out)


# A year written digit by digit in characters (二○二六年, 二00七年, 一九九八年, 二〇二五):
# four characters become four digits, so offsets stay exact. Only runs that start as a
# year does (一九, 二〇 or 二0) and stand apart from other numerals are read: 二十, 一九九
# in a larger number, and counts such as 一二三四 stay as they are.
_CHARACTER_YEAR = re.compile(
    "(?<![零〇○0-9一二三四五六七八九十百千万亿点两])"
    "(?:一九|二[〇○零0])[〇○零0-9一二三四五六七八九]{2}"
    "(?![零〇○0-9一二三四五六七八九十百千万亿点两])")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _digit_years(text: str) -> str:
    if "○" in text:
        text = text.replace("○", "〇")  # the circle (U+25CB) that copy uses for zero
    if "〇" not in text and "○" not in text and "零" not in text and "一九" not in text \
            and "二0" not in text:
        return text  # no year in characters can be there: one C scan per character set
    return _CHARACTER_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), text)


def _restore_financial_three(text: str) -> str:
    if "参" not in text:
        return text
    pieces: list[str] = []
    last = 0
    i = text.find("参")
    while i >= 0:
        if (i and text[i - 1] in _NUMERAL_NEIGHBOURS) or text[i + 1:i + 2] in _NUMERAL_NEIGHBOURS:
            pieces += (text[last:i], "叁")
            last = i + 1
        i = text.find("参", i + 1)
    pieces.append(text[last:])
    return "".join(pieces)


def convert(text: str) -> str:
    """``text`` in the one script every reader reads, character for character (the
    result has ``text``'s length): half-width digits, letters and signs, simplified
    characters (OpenCC ``t2s``), the financial 叁, years written in characters as
    digits (二○二六年 → 2026年), U+FFFD for a lone surrogate."""
    folded = _fold_width(text)
    if _SURROGATE.search(folded):
        folded = _SURROGATE.sub("\ufffd", folded)
    simplified = _convert_same_length(folded)
    if _VARIANT.search(simplified):
        simplified = simplified.translate(_VARIANT_FOLD)
    return _digit_years(_restore_financial_three(simplified))
