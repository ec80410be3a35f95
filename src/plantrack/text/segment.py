"""The one segmentation of a text: sentences, segments, clauses and sections.

Every reader of a document cuts it with these, so the context stage (which reads
sections and their headings) and the fact reader (which reads sentences, and clauses
inside them) see the same units:

- a **sentence** ends at 。！？!? or a line end (the reading text of
  :mod:`plantrack.text.clean` has joined wrapped lines, so a line end there is a
  paragraph's), a Western full stop before a space or a line end (6.5 is a number), or
  an ellipsis ……;
- a **segment** is a sentence's stretch between semicolons (；;): the pieces of a
  sentence that list several results, each with its own subject;
- a **clause** is a segment's stretch between commas and colons (，,：:) or a
  phrase-break space (a headline's 规划纲要 2025年…, the only space the reading text
  keeps). The list mark 、 ends no clause: the items of a list share their clause's
  words (城镇、农村居民人均可支配收入);
- a **section** runs from one heading line (or 【…】 marker) to the next.

A sentence longer than :data:`LONGEST_SENTENCE` is read in bounded :func:`windows`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import frozen

from plantrack.text.clean import NOTE_SOURCE, SEGMENT_MARKS, joined_breaks
from plantrack.text.years import YEAR

__all__ = [
    "BULLETS",
    "CLAUSE_CUTS",
    "CLAUSE_END_AT",
    "CLAUSE_MARKS",
    "FULL_STOPS",
    "ITEM_MARK",
    "ITEM_NUMBER",
    "LIST_JOINS",
    "LONGEST_SENTENCE",
    "NUMBER_MARK",
    "PART_LEAD",
    "SEGMENT_MARKS",
    "SENTENCE_ENDS",
    "STOP_AT",
    "Section",
    "Span",
    "clause_end",
    "clause_start",
    "clauses",
    "lead_ins",
    "lines_at",
    "markers",
    "past_blanks",
    "sections",
    "segment_bounds",
    "segment_start",
    "sentence_start",
    "sentences",
    "windows",
]

#: the marks that open a bulleted line (●2023年…, •集宁区:265.62亿元)
BULLETS = "●•·▪■◆◇▲►★☆※➤➢▶"
FULL_STOPS = "。！？!?"  # and a line end, a Western full stop before a space, ……
#: the marks a sentence ends with, plainly: a full stop or a line end (no Western full
#: stop, no ……)
SENTENCE_ENDS = FULL_STOPS + "\n"
#: where a sentence ends, plainly: one of ``SENTENCE_ENDS``
STOP_AT = re.compile(f"[{SENTENCE_ENDS}]")
CLAUSE_MARKS = ",，:："  # and, in the reading text, a phrase-break space
# the leading lookaheads name the characters a match starts with, so a scan skips the
# other positions in C (a group first hides them from the engine)
# (a half-width ? before a small Latin letter ends nothing: a copy's mojibake, 以?xún),
# or an address's query, ?id=)
_SENTENCE_END = re.compile(r"(?=[。！？!?\n.…])(?:[。！？\n]|!|\?(?![a-z])|\.(?=\s|$)|……)")
_SEGMENT_END = re.compile(
    r"(?=[。！？!?;；\n.…])(?:[。！？;；\n]|!|\?(?![a-z])|\.(?=\s|$)|……)+")
# within a sentence; a full stop ends a clause too, so that a caller asking from the
# text's start (clause_start(text, 0, at)) never reaches into the sentence before
# (not a thousands separator's comma, a digit before and three after: 19,156元)
_CLAUSE_END = re.compile(r"[，:： ;；。！？!?\n]|(?<!\d),|,(?!\d{3}(?!\d))")
# what joins the items of a coordinated list (names, periods), one character
LIST_JOINS = "、和及与"
# what opens a clause about a part of the figure before (其中规模以上工业企业近2000家,
# 其中5月份增长14.9%)
PART_LEAD = "其中"
CLAUSE_END_AT = _CLAUSE_END  # for readers that count clause ends in a stretch
_MARKER = re.compile(r"【[^】\n]{1,20}】")
_SENTENCE_MARK = re.compile(r"[，,。；;：:！？%|]")  # not in a heading (| : a table's cell)
# Longer than any sentence of a real document (the longest in the corpora has 333
# characters). A longer one is a text without full stops (a wall of digits, a page of
# control characters), and the extractors, whose work per quantity grows with its
# sentence, read it in windows of at most this length, so that their time stays linear.
LONGEST_SENTENCE = 1000
CLAUSE_CUTS = "，,、：:；; \t"  # where a window of a long sentence may end
# Outline headings: 一、…, (一)…, 第一章 … on a line of their own.
_OUTLINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
                      r"|第[一二三四五六七八九十]{1,3}[章节部分])")


@frozen
class Span:
    start: int
    end: int
    text: str


@frozen
class Section:
    """A stretch of text under one heading (``heading`` is None before the first one).

    A 【…】 marker at a line's head opens a new section under the same heading, with
    the marker in ``marker``: in a round-up the heading names the county and the
    markers (【競技場】, 【施工圖】) its parts.
    """

    start: int
    end: int
    heading: str | None
    heading_start: int | None = None
    marker: str | None = None


def _bounds(text: str, pattern: re.Pattern[str], start: int, end: int
            ) -> list[tuple[int, int]]:
    """The spans between ``pattern``'s matches in ``text[start:end]`` that hold more
    than white space."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos and not text[pos:m.start()].isspace():
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end and not text[pos:end].isspace():
        out.append((pos, end))
    return out


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` that hold more than white space; one longer
    than :data:`LONGEST_SENTENCE` (a text without full stops) in bounded windows."""
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for stop, after in [*((m.start(), m.end()) for m in _SENTENCE_END.finditer(text, start, end)),
                        (end, end)]:
        if stop - pos > LONGEST_SENTENCE:
            out += [Span(a, b, text[a:b]) for a, b in windows(text, pos, stop)
                    if text[a:b].strip()]
        elif stop > pos and not (chunk := text[pos:stop]).isspace():
            out.append(Span(pos, stop, chunk))
        pos = after
    return out


def segment_bounds(text: str, start: int = 0, end: int | None = None
                   ) -> list[tuple[int, int]]:
    """``(start, end)`` of each segment of ``text[start:end]`` that holds more than
    white space: the sentences cut again at semicolons."""
    return _bounds(text, _SEGMENT_END, start, len(text) if end is None else end)


def sentence_start(text: str, at: int) -> int:
    """Just after the last sentence end (``SENTENCE_ENDS``) before ``at``, else 0: where
    the sentence holding ``at`` starts."""
    return max(text.rfind(mark, 0, at) for mark in SENTENCE_ENDS) + 1


def segment_start(text: str, lo: int, at: int) -> int:
    """Just after the last semicolon in ``text[lo:at]``, else ``lo`` (``at`` if
    ``at <= lo``): where the segment holding ``at`` starts, in a sentence from ``lo``."""
    if at <= lo:
        return at
    # the last segment end in [lo, at), found in C (one rfind per mark), not char by
    # char; spelled out, as a generator cost more than the searches
    return max(lo, text.rfind(";", lo, at) + 1, text.rfind("；", lo, at) + 1)


_CLAUSE_ENDS: dict[str, tuple[str, list[int]]] = {}


def _clause_ends(text: str) -> list[int]:
    """Where ``text``'s clause ends are, found once for the last text asked about (a
    reading asks about one document's text many times in a row)."""
    last = _CLAUSE_ENDS.get("last")
    if last is not None and last[0] is text:
        return last[1]
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    if "下同" in text:
        notes = [m.span() for m in _NOTE.finditer(text)]
        ends = [e for e in ends if not any(a < e < b for a, b in notes)]
    _CLAUSE_ENDS["last"] = (text, ends)
    return ends


_NOTE = re.compile(NOTE_SOURCE)  # a note for the rest of the text: its comma ends no clause


def clause_start(text: str, lo: int, at: int) -> int:
    """Just after the last clause end in ``text[lo:at]``, else ``lo`` (``at`` if
    ``at <= lo``): where the clause holding ``at`` starts, in a sentence from ``lo``.
    A bisect of the text's clause ends: walking back character by character cost the
    whole sentence per quantity, quadratic in a sentence without commas."""
    if at <= lo:
        return at
    ends = _clause_ends(text)
    i = bisect_left(ends, at) - 1
    return ends[i] + 1 if i >= 0 and ends[i] >= lo else lo


def clauses(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The clauses of each sentence of ``text[start:end]``."""
    out: list[Span] = []
    for s in sentences(text, start, end):
        out += [Span(a, b, text[a:b]) for a, b in _bounds(text, _CLAUSE_END, s.start, s.end)]
    return out


def windows(text: str, start: int, end: int, limit: int = LONGEST_SENTENCE,
            cuts: Sequence[str] = (CLAUSE_CUTS,)) -> list[tuple[int, int]]:
    """``[start, end)`` cut into spans of at most ``limit`` characters: itself when it is
    short enough, else each cut just after the last character of the first group of
    ``cuts`` found in the second half of the window (so a clause, or with
    ``cuts=("\n", "。")`` a line, stays whole where it can), or at the limit."""
    out: list[tuple[int, int]] = []
    while end - start > limit:
        half, full = start + limit // 2, start + limit
        cut = 0
        for group in cuts:
            cut = max(text.rfind(c, half, full) for c in group) + 1
            if cut:
                break
        cut = cut or full
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


_HEADING_MAX = 24  # characters of a heading without an outline number, at most
_YEARS = re.compile(rf"{YEAR} ?年")  # the years a heading may name (2020年工作回顾)
# a site's code glued to a line (工作回顾hd9): Latin letters before its digits, no figure
_LATIN_CODE = re.compile(r"[A-Za-z]+\d+")


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if _OUTLINE.match(stripped) and len(stripped) <= 40 and "。" not in stripped:
        # (报告分为三部分: 一、2019年工作回顾; 二、奋力做好2020年工作;: a list of the
        # parts, its items closed by semicolons, heads none of the lines after it)
        return not stripped.endswith((";", "；"))
    if _HEADLINE.fullmatch(stripped):
        return True  # 过去四年，六安发展站上新的历史起点: a digest's headline of two parts
    if _YEAR_LEAD.fullmatch(stripped):
        return True  # 2004年: alone on its line, over that year's items
    if not stripped or _SENTENCE_MARK.search(stripped) or stripped.startswith("【"):
        return False
    if stripped.startswith(_CONJUNCTIONS):
        return False  # 及 2023 年…计划草案的报告: a title's second line, wrapped before 及
    if _CAPTION.search(stripped):
        return False  # 2022年统计图: a picture's caption, over no lines of its own
    # a longer line bare of marks and of figures other than its years (“十三五”发展成就和
    # 2020年工作回顾): a heading too; a line of figures is a table's row
    return len(stripped) <= 16 or (len(stripped) <= _HEADING_MAX and not any(
        c.isdigit() for c in _LATIN_CODE.sub("", _YEARS.sub("", stripped))))


_YEAR_LEAD = re.compile(r"(?:19|20)\d\d ?年[:：]")
# the conjunctions a line opening with goes on from the line before it
_CONJUNCTIONS = ("及", "以及", "暨")
_WORDLESS = re.compile(r"[^\u4e00-\u9fffA-Za-z]*")  # no character of a word


def _numbers_a_heading(line: str, after: list[str]) -> bool:
    """Whether a heading-like ``line`` heads a section: one of words does; one of no
    words (02, 28) only when it numbers the title line right after it (02 / 广州2023年GDP
    力争突破3万亿), not when a sentence follows (28 / 核心提示:…: a page's count of views)."""
    if not _WORDLESS.fullmatch(line.strip()):
        return True
    title = after[0].strip() if after else ""
    return 0 < len(title) <= _HEADING_MAX and not _SENTENCE_MARK.search(title)
_CAPTION = re.compile(r"(?:统计|示意|走势|趋势|对比|排[名行]|数据)[图圖]$")
# two short phrases of words alone, parted by one comma, no figure: a headline, not a
# sentence (a sentence that short and bare states nothing the reader takes)
_HEADLINE = re.compile(r"[\u4e00-\u9fff“”]{2,12}[，,][\u4e00-\u9fff“”]{2,16}")


def sections(text: str) -> list[Section]:
    """Sections split at heading lines (short lines without sentence punctuation, or
    outline headings such as 一、…) and at 【…】 markers that open a line."""
    out: list[Section] = []
    heading: str | None = None
    heading_start: int | None = None
    marker: str | None = None
    start = 0
    pos = 0
    joined = joined_breaks(text)  # (a line a sentence goes on into is no heading)
    lines = text.split("\n")
    for k, line in enumerate(lines):
        line_start, pos = pos, pos + len(line) + 1
        found = _MARKER.match(line)
        if line_start > 0 and line_start - 1 not in joined and (found or (
                _is_heading(line) and _numbers_a_heading(line, lines[k + 1:k + 2]))):
            if line_start > start:
                out.append(Section(start, line_start, heading, heading_start, marker))
            if found:
                marker = found.group()
            else:
                heading, heading_start, marker = line.strip(), line_start, None
            start = line_start
    out.append(Section(start, len(text), heading, heading_start, marker))
    return out


# A lead-in: a line that ends in a colon and opens a list (《纲要》明确了具体目标：), and
# the marks its items start with (——, 一是, (一), 1., ·).
LEAD_IN_MAX = 60  # characters of a line that opens a list below it
_NUMBERED = r"(\d{1,2})[.．、](?!\d)"  # 1. 2、 (not 1.5): an item's number, in a group
# (1), (一), 1., 一、: an item's number, in digits or in words
NUMBER_MARK = (rf"[(（][一二三四五六七八九十\d]{{1,3}}[)）]|{_NUMBERED}"
               rf"|[一二三四五六七八九十]{{1,3}}、")
ITEM_MARK = re.compile(rf"\s*(?:——|—|－|·|•|[一二三四五六七八九十]是|{NUMBER_MARK})")
# an item numbered in digits (2.第三产业增加值比重): group 1 its number
ITEM_NUMBER = re.compile(rf"\s*{_NUMBERED}")


# an unmarked item: a short line with no sentence's end, no lead-in's colon
_BARE_ITEM = re.compile(r"[ \t\u3000]*[^\s。！？；;：:][^\n。！？；;]{0,38}(?<![：:])[ \t\u3000]*")
_BARE_ITEMS_MIN = 2  # unmarked lines that make a list, at least
_INLINE_LEAD = re.compile(r"[^。！？\n]{0,30}?(?:预期目标|主要目标|目标任务)(?:是|为)?[:：]")


def lead_ins(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, line)`` of each lead-in line and the list of items it opens: from
    the line to the end of its last item (the first line that is no item ends it)."""
    out: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if (m := _INLINE_LEAD.match(line)) and len(line) > m.end():
            # 今年的主要预期目标是：GDP增长6.5%…。一般公共预算收入增长5%…: the line's
            # sentences after the colon are the list
            out.append((starts[i], starts[i] + len(lines[i]), m.group()))
            i += 1
            continue
        if 0 < len(line) <= LEAD_IN_MAX and line[-1] in "：:" and i + 1 < len(lines):
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or ITEM_MARK.match(lines[j])):
                j += 1
            if j == i + 1:
                # 2020年成就: over 实现生产总值2.62万亿元 / 固定资产投资增长4.1%: items on
                # lines of their own, unmarked, each a phrase with no sentence's end
                while j < len(lines) and _BARE_ITEM.fullmatch(lines[j]):
                    j += 1
                j = j if j - i > _BARE_ITEMS_MIN else i + 1
            if j > i + 1:
                out.append((starts[i], min(starts[j], len(text)), line))
                i = j
                continue
        i += 1
    return out


def clause_end(text: str, at: int, end: int) -> int:
    """Where the clause holding ``at`` ends: its comma, colon or full stop, else ``end``."""
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


def past_blanks(text: str, at: int, end: int) -> int:
    """``at``, past the blanks that open ``text[at:end]``."""
    return end - len(text[at:end].lstrip())


def lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def markers(text: str) -> list[Span]:
    """【…】 markers, which some round-ups use as sub-headings."""
    return [Span(m.start(), m.end(), m.group()) for m in _MARKER.finditer(text)]
