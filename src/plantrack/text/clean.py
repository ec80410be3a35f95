"""The one cleaning layer: from the loaded text to what every reader reads, with one
offset map back to the original.

:func:`clean` makes two texts of one document, in two steps:

1. the **text** (:attr:`CleanText.text`): the original in one script
   (:func:`plantrack.text.script.convert`: simplified, half-width, years in digits;
   a letter O or a full stop typed in a number made its digit or point, 8.O%, 38。02亿元),
   less the characters no reader wants and that would split words and numbers (the CR
   of a CRLF, zero-width characters, a BOM, soft hyphens, the toned pinyin some pages
   print after each character, 國(guó)). Lines, spaces and tabs are kept: the context
   stage finds headings and sections in it, and the table reader columns.
2. the **reading text** (:attr:`CleanText.reading`): the text less what breaks the
   reading of a sentence (web markup and entities, pinyin glosses pasted into garbled
   pages 質(zhì)量, footnote marks 单位[1], quotation marks inside names “四上”企业,
   spaces 627.74 亿元 except one between the phrases of a headline, and the line
   breaks of a wrapped line). The fact reader reads it, cut by
   :mod:`plantrack.text.segment`.

Both texts keep one :class:`OffsetMap` back to the original (the reading text's is the
composition of the two steps' maps), so any span of either is quoted exactly:
``original[start:end]``, in the original script.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from functools import lru_cache

from attrs import frozen

from plantrack.text.script import convert
from plantrack.text.years import YEAR

__all__ = ["NOTE_SOURCE", "CleanText", "OffsetMap", "clean", "clean_line"]


@frozen
class OffsetMap:
    """Where a cleaned text's characters stand in its source: run ``k`` of kept
    characters starts at cleaned offset ``starts[k]`` and source offset ``sources[k]``,
    and runs to the next run's start. The last run is empty and stands at the two
    texts' ends, so the end of the cleaned text maps to the end of the source.

    Runs, not an offset per character: a document has tens of them, and a tuple of one
    int per character cost more to build than every lookup in it."""

    starts: tuple[int, ...]
    sources: tuple[int, ...]

    @classmethod
    def from_runs(cls, runs: list[tuple[int, int]], source_length: int) -> OffsetMap:
        """The map of the text made of ``source[a:b]`` for each of ``runs``."""
        starts, sources, at = [], [], 0
        for a, b in runs:
            if b > a:
                starts.append(at)
                sources.append(a)
                at += b - a
        starts.append(at)
        sources.append(source_length)
        return cls(tuple(starts), tuple(sources))

    @property
    def length(self) -> int:
        """The cleaned text's length."""
        return self.starts[-1]

    def to_source(self, at: int) -> int:
        """The source offset of cleaned offset ``at`` (the end: the source's end)."""
        at = min(at, self.length)
        k = bisect.bisect_right(self.starts, at) - 1
        return self.sources[k] + at - self.starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of cleaned ``[start, end)``: from its first character's
        source to just after its last character's."""
        if end <= start:
            s = self.to_source(start)
            return (s, s)
        return (self.to_source(start), self.to_source(end - 1) + 1)

    def to_cleaned(self, offset: int) -> int:
        """The first cleaned offset whose source is at or after source ``offset``."""
        k = bisect.bisect_right(self.sources, offset) - 1
        if k >= 0:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else self.length
            if offset - self.sources[k] < end - self.starts[k]:
                return self.starts[k] + offset - self.sources[k]  # inside run k
        # before the first run or in the gap after run k: where the next run starts
        return self.starts[k + 1] if k + 1 < len(self.starts) else self.length

    def then(self, outer: OffsetMap) -> OffsetMap:
        """The map from this map's cleaned text to ``outer``'s source, when this map's
        source is ``outer``'s cleaned text: each run cut where ``outer``'s runs end."""
        runs: list[tuple[int, int]] = []
        ends = (*outer.starts[1:], outer.length)
        for k, (start, source) in enumerate(zip(self.starts[:-1], self.sources[:-1],
                                                strict=True)):
            a, b = source, source + self.starts[k + 1] - start
            j = bisect.bisect_right(outer.starts, a) - 1
            while a < b:
                piece_end = min(b, ends[j])  # run j holds a
                runs.append((outer.sources[j] + a - outer.starts[j],
                             outer.sources[j] + piece_end - outer.starts[j]))
                a, j = piece_end, j + 1
        return OffsetMap.from_runs(runs, outer.to_source(outer.length))


@frozen
class CleanText:
    """A document's text, cleaned: :attr:`text` (lines and spaces kept) and
    :attr:`reading` (for the fact reader), each with its map back to :attr:`original`."""

    original: str
    text: str
    offsets: OffsetMap          # text → original
    reading: str
    reading_offsets: OffsetMap  # reading → original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text ``[start, end)``."""
        return self.offsets.span(start, end)

    def reading_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of reading ``[start, end)``."""
        return self.reading_offsets.span(start, end)

    def to_reading(self, at: int) -> int:
        """The first reading offset at or after text offset ``at``."""
        return self.reading_offsets.to_cleaned(self.offsets.to_source(at))

    def to_text(self, offset: int) -> int:
        """The first text offset at or after original ``offset``."""
        return self.offsets.to_cleaned(offset)

    def with_text(self, text: str) -> CleanText:
        """The same document with ``text`` (of the same length: spans blanked out) in
        place of :attr:`text`, and the reading text made from it."""
        reading, reading_offsets = _reading(text, self.offsets)
        return CleanText(self.original, text, self.offsets, reading, reading_offsets)


def clean(original: str) -> CleanText:
    """The cleaned texts of ``original`` and their maps back to it."""
    runs, last = [], 0
    drops = [m.span() for m in _DROP.finditer(original)]
    toneless = [m.span() for m in _TONELESS.finditer(original)]
    if len(toneless) >= _TONELESS_MIN:
        drops = sorted(drops + toneless)
    if (jammed := _jammer_spans(original)):
        drops = _merged(drops + jammed)
    for start, end in drops:
        runs.append((last, start))
        last = end
    runs.append((last, len(original)))
    text = _LETTER_ZERO.sub("0", convert("".join([original[a:b] for a, b in runs])))
    if len(_STOP_AS_POINT.findall(text)) >= _STOP_AS_POINT_MIN:
        text = _STOP_AS_POINT.sub(".", text)
    offsets = OffsetMap.from_runs(runs, len(original))
    reading, reading_offsets = _reading(text, offsets)
    return CleanText(original, text, offsets, reading, reading_offsets)


# A forum's anti-copy "jammer" (Discuz!): short runs of random ASCII, a space between,
# set among a post's words (美元1 b( Y9 Q3 j: h! u& ~+ ?* S0 t+ U, (沪)$ |* X& [# w. M1 t8 V):
# left in, it cuts a table's rows. Read as one only where its tokens mix letters and
# marks, so that a row of small numbers (1 2 3 4 5 6) stays.
_JAMMER = re.compile(r"(?:(?<![!-~])|(?<=[)\]]))[!-~]{1,2}(?: [!-~]{1,2}){5,}(?![!-~])")
_JAMMER_MIXED = 2  # tokens with a letter, and tokens with a mark, at least
_CLOSING = ")]}>"


def _jammer_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _JAMMER.finditer(text):
        tokens = m.group().split(" ")
        letters = sum(any(c.isalpha() for c in t) for t in tokens)
        marks = sum(any(not c.isalnum() for c in t) for t in tokens)
        if letters >= _JAMMER_MIXED and marks >= _JAMMER_MIXED:
            # (a bracket the text closes right before it, (沪)$ |* X&…, stays the text's)
            out.append((m.start() + (text[m.start()] in _CLOSING), m.end()))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def clean_line(original: str) -> str:
    """Step 1 alone, with no map: the text of a title or a table cell."""
    return convert(_DROP.sub("", original))


# --- step 1: what no reader wants ------------------------------------------------------

# The CR of a CRLF, zero-width characters, BOM, and the pinyin that some web pages
# print after each character (國(guó), 達（dá）): left in, it splits words and numbers
# (12萬(wàn)億元). A residue needs a tone mark, so that ordinary bracketed Latin text
# such as (GDP) or (a) stays. Dropped before the script is converted, so that OpenCC
# sees the words whole.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_ZERO_WIDTH = "\u200b-\u200f\u2060\ufeff\u00ad"
# A question mark or replacement character after a number's decimal point (1417.?63)
# is a character lost in a page's encoding: no number is written so, and left in, it
# cuts the number (and a table's row) in two.
_NOISE = "?？\ufffd"
# A capital O typed for a zero after a number's decimal point (229.O億元, 8.O%), as an
# old bulletin's transcription has it: one character for one, so offsets stay.
_LETTER_ZERO = re.compile(r"(?<=[0-9][.])O(?![A-Za-z])")
# A full stop typed for every decimal point (GDP38。02亿元,增长9。5%), as some county
# pages' transcriptions have it: between digits, before the unit or percent sign that
# ends the number. A sentence may end on a bare number and the next open on a sum
# (…达到3。5亿元资金…), so it is read as a point only where a page writes several. A
# middle dot typed for the point (宁波(17608·6亿元)、杭州(14309·2亿元)) alike; a date's
# middle dot (5·12地震) has no unit after it.
_STOP_AS_POINT = re.compile(r"(?<=[0-9])[。·・](?=[0-9]{1,4}(?:[%‰]|[亿万千]?元|[亿万]))")
_STOP_AS_POINT_MIN = 3
# A converter's glosses in any bracket (亿(繁:億)元, 雷(拼音:léi)山县, 汕{拼音:shàn}头,
# 茂名【míng】, 深圳{zhèn}): a label, or a toned syllable, inside; left in, they cut a name or
# a number from its unit (and a heading's region from its line).
_GLOSS_OPEN = "(（{\\[【《"
_GLOSS_CLOSE = ")）}\\]】》"
_GLOSS_LABELS = "拼音|pinyin|繁体|繁|练|读"
# A picture's placeholder alone on its line, (资料图), (图片来源:网络): a news page's copy
# leaves it between a lead-in and its list (…依次排列为:\n(资料图)\n青山湖区(2466亿元),…),
# and left in, it reads as a heading that ends the lead-in's paragraph. (Dropped before
# the script is converted, so written in both.)
_PICTURE = "资料图|图片|配图|示意图|图源|資料圖|圖片|配圖|示意圖|圖源"
# One character class first, so the regex engine can skip ahead to candidates at C
# speed; the lookarounds then decide which of them are dropped. A space a copy put after
# a number's decimal point in a table's row (江阴市 3083. 3 2880.9, 重庆 10. 5%) cuts one
# number in two, and the row's columns with it: dropped only before a last digit or two
# that end the cell (…增长3. 2019年… is a sentence's end and a year).
_DROP = re.compile(
    f"[\r{_ZERO_WIDTH}{_GLOSS_OPEN}{_NOISE} ]"
    f"(?:(?<=\r)(?=\n)|(?<=[{_ZERO_WIDTH}])|(?<=[0-9][.][{_NOISE}])(?=[0-9])"
    r"|(?<=[0-9][.] )(?=[0-9]{1,2}(?:%|[ \t\n]|$))"
    f"|(?<=[\u3400-\u9fff)）][{_GLOSS_OPEN}])(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}} ?"
    f"[{_GLOSS_CLOSE}]"
    f"|(?<=[{_GLOSS_OPEN}])(?:{_GLOSS_LABELS})[:：][^{_GLOSS_OPEN}{_GLOSS_CLOSE}\n]{{1,8}}"
    f"[{_GLOSS_CLOSE}]"
    f"|(?<=\n[{_GLOSS_OPEN}])(?:{_PICTURE})[^{_GLOSS_OPEN}{_GLOSS_CLOSE}\n]{{0,20}}"
    f"[{_GLOSS_CLOSE}](?=[ \t]*(?:\n|$)))"
)


# Pinyin without tone marks after each character (京(jing)津(jin)冀(ji), 億(yi)(yi)元):
# dropped only where a page has many, so that a lone (a) or (km) stays.
_TONELESS = re.compile(r"[(（](?<=[\u3400-\u9fff)）][(（])[a-z]{1,6}[)）]")  # bracket first: fast
_TONELESS_MIN = 8


# --- step 2: what breaks the reading of a sentence --------------------------------------

# Web residue: tags (<p>, </p>, <br/>), a closing tag whose "<" was lost in a garbled
# page (圖景?/p>), character entities (&nbsp;).
_MARKUP = (r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,80})?/?>"
           r"|(?<![a-zA-Z<])/[a-zA-Z]{1,6}>"
           r"|&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot);")
# Each pattern below opens with a lookahead for the characters its matches can start
# with: the regex engine then skips every other position at C speed instead of trying
# each alternative there (same matches, two to three times faster on a page).
_TAG = re.compile(r"(?=[<&/])(?:" + _MARKUP + ")")
# a note in brackets for the rest of the text (财政收入(一般公共预算收入,下同), 555.41亿元
# (人民币,下同), 23943(四舍五入,取整数,下同)亿元): one aside (read by the clauses too)
NOTE_SOURCE = r"[(（][^()（）。；;\n]{1,20}?[,，、]\s*以?下同[)）]"
# Removed from the reading text (the text keeps them; quotes are cut from the original).
_READING_DROP = re.compile(
    r"(?=[<&/(（\[{【《“”‘’\"「」『』 \t\u00a0,，])(?:" + _MARKUP + "|"
    r"\([a-zA-Z\u00c0-\u024f\u1e00-\u1eff]{1,8}\)"  # pinyin glosses: 質(zhì)
    r"|\[\d{1,2}\]"                                  # footnote marks: 单位[1]
    r"|[(（]以下简称[^()（）\n]{1,12}[)）]"            # a term's short form: (以下简称增长)
    # a note between a number and its unit: 23943(四舍五入,取整数,下同)亿元
    r"|(?<=[0-9])" + NOTE_SOURCE +
    r"|[“”‘’\"「」『』]"                              # quotation marks inside names
    r"|[ \t\u00a0]+"                                 # spaces: 627.74 亿元
    # a comma a converter doubled before another mark (分别为88.36亿元,、64.54亿元;
    # 紧随其后,,分别为): the mark after it is the text's
    r"|[,，](?=[,，、。；;])"
    r")"
)
# A space between two ideographs (or before a year) separates the phrases of a headline
# (规划纲要 2025年地区生产总值…, 集中开工 总投资超300亿元): the view keeps one space
# there, a clause end; every other space is dropped.
_PHRASE_BREAK = re.compile(
    rf"(?=[ \t\u00a0])(?<=[\u4e00-\u9fff])[ \t\u00a0]+(?=[\u4e00-\u9fff]|{YEAR}年)")
_KEPT = re.compile(rb"\x01+")  # a run of kept characters in make_view's mask
_SPACES = " \t\u00a0"


_PROSE_LINE = 60  # characters of a line of prose, not a headline's
_PROSE_MARKS = re.compile(r"[，,。；;]")


def _in_prose(text: str, at: int, lines: dict[int, bool]) -> bool:
    """Whether the space at ``at`` stands in a line of prose (a long line of clauses)
    that a PDF's text layer spaced here and there between ideographs, splitting words
    (农村居民人均可支 配收入 24010 元, 错综复杂 的严峻形势): no phrase is set apart there,
    as a headline's line or a lead's one space (沈阳(800.85亿元 同比增长…) may set one.
    ``lines`` keeps each line's answer by its start: a line is counted once."""
    if _WORD_SPLIT.match(text, at) is None:
        return False
    start = text.rfind("\n", 0, at) + 1
    if start not in lines:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        lines[start] = end - start >= _PROSE_LINE and len(
            _PROSE_MARKS.findall(text, start, end)) >= 2 and (
            (splits := len(_WORD_SPLIT.findall(text, start, end))) >= _SPACED_WORDS
            and splits * _SPLIT_EVERY >= end - start)
    return lines[start]


# spaces between ideographs in a line of prose a text layer spaced: at least three, and one
# in every 70 characters at least (a bulletin's captions and headings run into one line,
# 比重 年末全市常住人口…, 一、综合 初步核算…, are fewer: phrases a space sets apart)
_SPACED_WORDS, _SPLIT_EVERY = 3, 70
# one space between two ideographs (not before a year: 2018-2022年全市生产总值 2018-2022年…,
# a chart's caption run into the text)
_WORD_SPLIT = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u00a0](?=[\u4e00-\u9fff])")


def _spaced_out(text: str, start: int, end: int) -> bool:
    """Whether the space ``text[start:end]`` spaces a word out (提 高 到 2011 年 的, a
    justified line's copy): an ideograph standing alone beside it, not a phrase's end."""
    before = start >= 2 and text[start - 2] in _SPACES
    after = end + 1 < len(text) and text[end + 1] in _SPACES
    return before or after


_SENTENCE_END = "。！？!?;；\n"
_WRAP_MIN = 30  # a line at least this long that ends mid-sentence was wrapped
_LINE_BREAKS = re.compile(r"\n+")
# a line's last characters that end a sentence and end no tag or entity (> and ; do)
# (and a cell's bar, the end of a table's row: 全国 | 24393.1 | 2.40 |, no wrapped line)
_ROW_END = "|｜"
_CLOSERS = "”\"）)】" + _ROW_END  # a quote's, a bracket's or a row's end
_CLOSED = frozenset("。！？!?；" + _CLOSERS)
# the marks between a sentence's segments, a list's items (text.segment splits by them)
SEGMENT_MARKS = ";；"
# a wrapped line goes on with a word, or with the mark a width's wrap pushed to its start
# (实际利用外资7000万元 / 、增长324.2%)
_WORD_START = re.compile(r"[\u4e00-\u9fff0-9、，,]")
# a line starting so opens a section (一、 (二) 第三章): the break before it is no wrap
_HEADING = re.compile(r"[ \t\u3000]*(?:[(（]?[一二三四五六七八九十]+[)）、]"
                      r"|第[一二三四五六七八九十\d]+[章节部分条])")


def _wrapped_breaks(text: str) -> set[int]:
    """Line breaks that split a sentence: after a long line ending without punctuation,
    not before a numbered heading (or after a shorter one, in a text wrapped at one width
    throughout, as a PDF's text layer is: see :func:`_wrap_width`)."""
    lines = _mid_sentence_lines(text)
    return _wrapped(lines, _wrap_width([line for _, _, line in lines]))


def _mid_sentence_lines(text: str) -> list[tuple[int, int, str]]:
    """Each line that ends mid-sentence, a word going on after it: its break and its
    text cleaned."""
    lines: list[tuple[int, int, str]] = []
    line_start = 0
    for m in _LINE_BREAKS.finditer(text):
        start, line_start = line_start, m.end()
        if m.start() - start < _WRAP_FLOOR:
            continue  # cleaning only shortens a line: a short one stays short
        raw = text[start:m.start()].rstrip()
        if raw and raw[-1] in _CLOSED:
            continue  # no tag ends so: the cleaned line ends so too, and is no wrap
        if m.end() - m.start() > 1:
            continue  # a blank line between: a paragraph's end, whatever mark it lost
        line = _without_pictographs(_TAG.sub("", raw).strip())
        after = text[m.end():m.end() + 1]
        if (line and line[-1] not in _SENTENCE_END + _CLOSERS
                and after and _WORD_START.match(after)
                and not _HEADING.match(text, m.end())):
            lines.append((m.start(), m.end(), line))
    return lines


def _wrapped(lines: list[tuple[int, int, str]], width: int) -> set[int]:
    """The breaks of ``lines`` (each ending mid-sentence) that wrap a sentence, in a text
    wrapped at ``width`` (0: not at one width)."""
    out: set[int] = set()
    for start, end, line in lines:
        if len(line) >= _WRAP_MIN or (width and _display_width(line) >= width) or (
                _CUT_ITEM.search(line)):
            out.update(range(start, end))
    return out


def _item_breaks(text: str, margin: int) -> set[int]:
    """In a text wrapped at one width (whose lines reach ``margin``; 0: not so wrapped),
    the breaks after a line that reaches it and ends with an item's mark: wrapped there
    too (一般公共预算收入10.18亿元,增长1.22%; / 一般公共预算支出…: the paragraph goes on)."""
    out: set[int] = set()
    if not margin or not any(mark + "\n" in text for mark in SEGMENT_MARKS):
        return out
    line_start = 0
    for m in _LINE_BREAKS.finditer(text):
        start, line_start = line_start, m.end()
        if m.end() - m.start() > 1 or not _WORD_START.match(text, m.end()):
            continue
        line = _TAG.sub("", text[start:m.start()]).strip()
        if line and line[-1] in SEGMENT_MARKS and (
                margin <= _display_width(line) <= margin * (1 + 2 * _WRAP_SPREAD)):
            out.update(range(m.start(), m.end()))
    return out


def _margin(lines: list[str]) -> int:
    """The width most lines ending mid-sentence reach, when they are many (the upper
    quartile's, less its spread: a PDF's lines beside its title's and heading's); 0 when
    they are few."""
    if len(lines) < _WRAPPED_LINES:
        return 0
    widths = sorted(_display_width(line) for line in lines)
    return math.ceil(widths[len(widths) * 3 // 4] * (1 - _WRAP_SPREAD))


# a line that stops inside the next item of a list of figures, a few words past its mark
# (…增长9.4%;农村常住 / 居民人均可支配收入14632元: a PDF's line cut in a name)
_CUT_ITEM = re.compile(r"\d[%％]?[；;、][\u4e00-\u9fff]{1,8}$")


def _without_pictographs(line: str) -> str:
    """``line`` without the pictographs a post ends its lines with after the full stop
    (…向大家汇报2024年的工作报告。🌟, 成绩单📈): symbols, no words a sentence goes on in."""
    end = len(line)
    while end and (unicodedata.category(line[end - 1]) == "So" or line[end - 1] in _EMOJI_MARKS):
        end -= 1
    return line[:end].rstrip()


_EMOJI_MARKS = "\ufe0f\u200d"  # an emoji's variation selector and joiner, no symbols of their own
_WRAP_FLOOR = 16  # a line shorter than this is never taken for a wrapped one
_WRAPPED_LINES = 5  # lines ending mid-sentence that show a text wrapped at one width
_WRAP_SPREAD = 0.15  # how far their widths' quartiles may lie from their median, at most


def _display_width(line: str) -> int:
    """A line's width in half-width columns (a Chinese character two, a digit one): a text
    wrapped at one width is so, however many digits and spaces its lines hold."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _wrap_width(lines: list[str]) -> int:
    """The least width of a wrapped line in a text wrapped at one width, from its lines that
    end mid-sentence, when they are many and of one width (two thirds of them within 15 %
    of their median: a PDF's lines, 12 月 25 日,东宝区第八届…隆 / 重开幕。区委副书记…
    《政府); 0 when they are not (a list's items, one a line, differ in length)."""
    if len(lines) < _WRAPPED_LINES:
        return 0
    widths = sorted(_display_width(line) for line in lines)
    median = widths[len(widths) // 2]
    low, high = widths[len(widths) // 6], widths[-1 - len(widths) // 6]
    floor = median * (1 - _WRAP_SPREAD)
    if low < floor or high > median * (1 + _WRAP_SPREAD):
        return 0
    return math.ceil(floor)  # (the last lines of a paragraph, often shorter, stay apart)


# a number on a line of its own inside a sentence, as a PDF's text layer sets it apart
# (…地区生产总值增长\n3.5%\n左右。, 减税降费\n322\n亿元。): its line goes on the words
# before it, and the words after it go on it when they start with its unit or a mark
# (a table's one cell a line goes on with another cell or a row's name, never so)
# (each opens with its line break, so that the engine scans for it in C; the character
# before the break, no sentence's end, is tested after a match)
_NUMBER_LINE = re.compile(
    r"\n(?=[ \t]*-?\d[\d.,]*%?[ \t]*\n"
    r"(?:左右|以上|以下|以内|亿|万|千|元|个|倍|年(?:以来|来|前|内)|家|项|户|人|%|、|，|,|。|；|;))")
_NOT_GOING_ON = frozenset("\n\r\t\f\v \xa0\u3000。！？!?；;：:|")
_NOT_GOING_ON_FIGURE = _NOT_GOING_ON | {"%"}


# a label on a line of its own over its figure's line, as an infographic's copy sets them
# (全年GDP\n增长5.3%左右, 城镇和农村居民人均可支配收入\n分别增长4.5%、8.5%左右): one
# statement broken by the layout, the second line opening with a change and its number
_CHANGE_WORDS = ("增长", "下降", "增加", "减少")  # a change said before its number
_CHANGE = "(?:" + "|".join(_CHANGE_WORDS) + ")"
_FIGURE_LINE = re.compile(rf"\n(?=(?:分别)?(?:同比)?{_CHANGE}-?\d)")
# a minus sign ending a line after a word, its number opening the next (增长-\n39.7%): one
# figure the layout broke after its sign
_SIGNED_LINE = re.compile(r"(?<=[\u4e00-\u9fff]-)\n(?=\d)")
# a change's word ending a line, its number opening the next (规上工业增加值增长\n9%;, 预计
# 分别增 长\n5.8% 、5%): one clause the layout broke before its figure
_CHANGE_LINE = re.compile(
    "(?:" + "|".join(r"[ \t\u3000]?".join(word) for word in _CHANGE_WORDS) + ")"
    + r"\n(?=[ \t\u3000]*-?\d)")
# the same with a blank line between each phrase (全省实现地区生产总值 / (blank) / 27146.76亿元
# / (blank) / 同比增长7.3%): a figure alone on its line, or a change and its number
_SPACED_FIGURE = re.compile(
    r"\n[ \t\u3000]*\n(?=[ \t\u3000]*(?:-?\d[\d.,]*(?:万亿|亿|万|千)?(?:元|人|吨|个|家|户|项)?%?"
    r"[,，]?[ \t\u3000]*\n|(?:分别)?(?:同比)?" + _CHANGE + r"-?\d))")
# …and a phrase ending in a comma, a blank line after it (7423.26亿元, / (blank) / 按可比价
# 计算,同比增长6.0%。): no paragraph ends with a comma
_SPACED_CLAUSE = re.compile(r"(?<=[,，])[ \t\u3000]*\n[ \t\u3000]*\n")


# a money unit a wrap split after its magnitude (地区生产总值 385 亿 / 元 , 增长 9.8%)
_SPLIT_UNIT = re.compile(r"\d[ \t]*[万亿][ \t]*\n(?=[ \t]*(?:元|美元))")


def _number_line_breaks(text: str) -> frozenset[int]:
    """The breaks before and after each number a PDF's copy set on a line of its own
    (``text`` a cleaned text), which the reading text drops: no heading follows them."""
    out: set[int] = set()
    if "\n" not in text:
        return frozenset()
    out.update(m.start() for m in _FIGURE_LINE.finditer(text)
               if m.start() > 0 and text[m.start() - 1] not in _NOT_GOING_ON_FIGURE)
    out.update(m.start() for m in _SIGNED_LINE.finditer(text))
    out.update(m.end() - 1 for m in _CHANGE_LINE.finditer(text))
    for m in _SPACED_FIGURE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in _NOT_GOING_ON_FIGURE:
            out.update(i for i in range(m.start(), m.end()) if text[i] == "\n")
    for m in _SPACED_CLAUSE.finditer(text):
        out.update(i for i in range(m.start(), m.end()) if text[i] == "\n")
    out.update(m.end() - 1 for m in _SPLIT_UNIT.finditer(text))
    for m in _NUMBER_LINE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _NOT_GOING_ON:
            continue
        out.add(m.start())
        out.add(text.index("\n", m.end()))
        # the line before the number's may itself go on a word the line above broke
        # (…预计全年地区生\n产总值增长\n3.5%)
        above = text.rfind("\n", 0, m.start())
        if above > 0 and text[above - 1] not in _SENTENCE_END + "”\"）)】|:：" and (
                _WORD_START.match(text, above + 1)) and not _HEADING.match(text, above + 1):
            out.add(above)
    return frozenset(out)


@lru_cache(maxsize=4)
def joined_breaks(text: str) -> frozenset[int]:
    """The line breaks inside a sentence that the reading text drops (``text`` a cleaned
    text): a wrapped line's and a number's set on a line of its own. The line after one is
    no heading. (Cached: cleaning and sectioning both ask, of the same text.)"""
    lines = _mid_sentence_lines(text)
    texts = [line for _, _, line in lines]
    width = _wrap_width(texts)
    return frozenset(_wrapped(lines, width) | _number_line_breaks(text)
                     | _item_breaks(text, width or _margin(texts)))


# a document site's page seam inside a sentence (…人均可支配收入分别增长\n\n2、6.3%、9.2%:
# a shared document's text cut into pages, each opened by its number and 、): no item
# opens with a number right after its mark, so the mark and the blank line go
_PAGE_SEAM = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*\d{1,3}、(?=\d)")


def _reading_mask(text: str) -> bytearray:
    """1 for each character of ``text`` the reading text keeps, 0 for one it drops: a
    byte per character, cleared by slice assignment and read back in runs, so the
    per-character work stays in C."""
    keep = bytearray(b"\x01") * len(text)
    for m in _READING_DROP.finditer(text):
        keep[m.start():m.end()] = bytes(m.end() - m.start())
    prose: dict[int, bool] = {}
    for m in _PHRASE_BREAK.finditer(text):
        if not _spaced_out(text, m.start(), m.end()) and not _in_prose(text, m.start(), prose):
            keep[m.start()] = 1
    for i in joined_breaks(text):
        keep[i] = 0
    for m in _PAGE_SEAM.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in _SENTENCE_END + _CLOSERS + ":：":
            keep[m.start():m.end()] = bytes(m.end() - m.start())
    return keep


def _reading(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """The reading text of ``text`` and its map to the original (``offsets``: the
    text's)."""
    keep = _reading_mask(text)
    # whole runs of kept characters, sliced at once: taking the characters one by one
    # made a string and an int object per character
    runs = [m.span() for m in _KEPT.finditer(keep)]
    reading = "".join([text[a:b] for a, b in runs])
    return reading, OffsetMap.from_runs(runs, len(text)).then(offsets)
