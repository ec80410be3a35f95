"""Sentences, clauses and sections of normalised text, with their offsets.

Extractors scope context with these: a modal word at a sentence's head governs its
clauses; a section heading (a short line, or a 【…】 marker) sets the region below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

__all__ = ["CLAUSE_CUTS", "LONGEST_SENTENCE", "Section", "Span", "clauses", "lead_ins",
           "sections", "sentence_bounds", "sentences", "windows"]

# A Western full stop ends a sentence only before a space or a line end: 6.5 is a number.
# the leading lookaheads name the characters a match starts with, so a scan skips the
# other positions in C (a group first hides them from the engine)
_SENTENCE_END = re.compile(r"(?=[。！？!?;；\n.…])(?:[。！？!?;；\n]|\.(?=\s|$)|……)+")
_CLAUSE_END = re.compile(r"(?=[，,、：:；;。！？!?\n.…])(?:[，,、：:；;。！？!?\n]|\.(?=\s|$)|……)+")
_MARKER = re.compile(r"【[^】\n]{1,20}】")
_SENTENCE_MARK = re.compile(r"[，,。；;：:！？%]")  # not in a heading
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


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    return [Span(a, b, text[a:b]) for a, b in _bounds(text, pattern, start, end)]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences on Chinese and Western end punctuation and line breaks."""
    return _split(text, _SENTENCE_END, start, len(text) if end is None else end)


def sentence_bounds(text: str, start: int = 0, end: int | None = None
                    ) -> list[tuple[int, int]]:
    """``(start, end)`` of each of :func:`sentences`, for callers that need no slice."""
    return _bounds(text, _SENTENCE_END, start, len(text) if end is None else end)


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


def clauses(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Clauses: sentences further split on commas, enumeration commas and colons."""
    return _split(text, _CLAUSE_END, start, len(text) if end is None else end)


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if _OUTLINE.match(stripped) and len(stripped) <= 40 and "。" not in stripped:
        return True
    return (0 < len(stripped) <= 16 and not stripped.startswith("【")
            and not _SENTENCE_MARK.search(stripped))


def sections(text: str) -> list[Section]:
    """Sections split at heading lines (short lines without sentence punctuation, or
    outline headings such as 一、…) and at 【…】 markers that open a line."""
    out: list[Section] = []
    heading: str | None = None
    heading_start: int | None = None
    marker: str | None = None
    start = 0
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        found = _MARKER.match(line)
        if line_start > 0 and (found or _is_heading(line)):
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
_LEAD_IN_MAX = 60
_ITEM = re.compile(r"\s*(?:——|—|－|·|•|[一二三四五六七八九十]是"
                   r"|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                   r"|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)")


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
        if 0 < len(line) <= _LEAD_IN_MAX and line[-1] in "：:" and i + 1 < len(lines):
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or _ITEM.match(lines[j])):
                j += 1
            if j > i + 1:
                out.append((starts[i], min(starts[j], len(text)), line))
                i = j
                continue
        i += 1
    return out


def markers(text: str) -> list[Span]:
    """【…】 markers, which some round-ups use as sub-headings."""
    return [Span(m.start(), m.end(), m.group()) for m in _MARKER.finditer(text)]
