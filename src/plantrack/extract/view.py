"""A cleaned reading view of a prepared document, with offsets back to it.

The normalised text still carries things that break matching: pinyin glosses pasted
into garbled pages (``質(zhì)量``), quotation marks inside names (``“四上”企业``), spaces
between a number and its unit (``627.74 亿元``), footnote marks (``单位[1]``) and line
breaks in the middle of a sentence. The view drops them and remembers, for every view
character, its offset in the normalised text, so a view span maps back to an exact
original quote through :meth:`PreparedDocument.provenance`.
"""

from __future__ import annotations

import bisect
import re
from itertools import chain

from attrs import frozen

__all__ = ["View", "make_view"]

# Web residue: tags (<p>, </p>, <br/>), a closing tag whose "<" was lost in a garbled
# page (圖景?/p>), character entities (&nbsp;).
_MARKUP = (r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,80})?/?>"
           r"|(?<![a-zA-Z<])/[a-zA-Z]{1,6}>"
           r"|&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot);")
# Each pattern below opens with a lookahead for the characters its matches can start
# with: the regex engine then skips every other position at C speed instead of trying
# each alternative there (same matches, two to three times faster on a page).
_TAG = re.compile(r"(?=[<&/])(?:" + _MARKUP + ")")
# Removed outright (the normalised text keeps them; quotes are cut from the original).
_DROP = re.compile(
    r"(?=[<&/(\[“”‘’\"「」『』 \t\u00a0])(?:" + _MARKUP + "|"
    r"\([a-zA-Z\u00c0-\u024f\u1e00-\u1eff]{1,8}\)"  # pinyin glosses: 質(zhì)
    r"|\[\d{1,2}\]"                                  # footnote marks: 单位[1]
    r"|[“”‘’\"「」『』]"                              # quotation marks inside names
    r"|[ \t\u00a0]+"                                 # spaces: 627.74 亿元
    r")"
)
# A space between two ideographs (or before a year) separates the phrases of a headline
# (规划纲要 2025年地区生产总值…, 集中开工 总投资超300亿元): the view keeps one space
# there, a clause end; every other space is dropped.
_PHRASE_BREAK = re.compile(
    r"(?=[ \t\u00a0])(?<=[\u4e00-\u9fff])[ \t\u00a0]+(?=[\u4e00-\u9fff]|20\d\d年)")
_KEPT = re.compile(rb"\x01+")  # a run of kept characters in make_view's mask
_SENTENCE_END = "。！？!?;；\n"
_WRAP_MIN = 30  # a line at least this long that ends mid-sentence was wrapped
_LINE_BREAKS = re.compile(r"\n+")
# a line's last characters that end a sentence and end no tag or entity (> and ; do)
_CLOSED = frozenset("。！？!?；”\"）)】")
_WORD_START = re.compile(r"[\u4e00-\u9fff0-9]")  # a wrapped line goes on with a word
# a line starting so opens a section (一、 (二) 第三章): the break before it is no wrap
_HEADING = re.compile(r"[ \t\u3000]*(?:[(（]?[一二三四五六七八九十]+[)）、]"
                      r"|第[一二三四五六七八九十\d]+[章节部分条])")


@frozen
class View:
    """Cleaned text and where each of its runs of kept characters stands in the
    normalised text: run ``k`` starts at view offset ``starts[k]`` and at normalised
    offset ``sources[k]``, and runs to the next run's start (the last, to the end).

    Runs, not an offset per character: a document has tens of them, and a tuple of one
    int per character cost more to build than every lookup in it."""

    text: str
    starts: tuple[int, ...]
    sources: tuple[int, ...]
    source_length: int

    @property
    def offsets(self) -> tuple[int, ...]:
        """Each view character's offset in the normalised text."""
        ends = (*self.starts[1:], len(self.text)) if self.starts else ()
        return tuple(chain.from_iterable(
            range(src, src + end - start)
            for start, end, src in zip(self.starts, ends, self.sources, strict=True)))

    def _source(self, at: int) -> int:
        k = bisect.bisect_right(self.starts, at) - 1
        return self.sources[k] + at - self.starts[k]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span of view ``[start, end)``."""
        if end <= start:
            s = self._source(start) if start < len(self.text) else self.source_length
            return (s, s)
        return (self._source(start), self._source(end - 1) + 1)

    def to_view(self, offset: int) -> int:
        """The first view offset at or after normalised ``offset``."""
        k = bisect.bisect_right(self.sources, offset) - 1
        if k >= 0:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            if offset - self.sources[k] < end - self.starts[k]:
                return self.starts[k] + offset - self.sources[k]  # inside run k
        # before the first run or in the gap after run k: where the next run starts
        return self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)


def _wrapped_breaks(text: str) -> set[int]:
    """Line breaks that split a sentence: after a long line ending without punctuation,
    not before a numbered heading."""
    out: set[int] = set()
    line_start = 0
    for m in _LINE_BREAKS.finditer(text):
        start, line_start = line_start, m.end()
        if m.start() - start < _WRAP_MIN:
            continue  # cleaning only shortens a line: a short one stays short
        raw = text[start:m.start()].rstrip()
        if raw and raw[-1] in _CLOSED:
            continue  # no tag ends so: the cleaned line ends so too, and is no wrap
        line = _TAG.sub("", raw).strip()
        after = text[m.end():m.end() + 1]
        if (len(line) >= _WRAP_MIN and line[-1] not in _SENTENCE_END + "”\"）)】"
                and after and _WORD_START.match(after)
                and not _HEADING.match(text, m.end())):
            out.update(range(m.start(), m.end()))
    return out


def make_view(text: str) -> View:
    """The cleaned view of normalised ``text``."""
    # a byte per character, cleared by slice assignment and read back in runs: the
    # per-character work stays in C
    keep = bytearray(b"\x01") * len(text)
    for m in _DROP.finditer(text):
        keep[m.start():m.end()] = bytes(m.end() - m.start())
    for m in _PHRASE_BREAK.finditer(text):
        keep[m.start()] = 1
    for i in _wrapped_breaks(text):
        keep[i] = 0
    # whole runs of kept characters, sliced at once: taking the characters one by one
    # made a string and an int object per character
    runs = [m.span() for m in _KEPT.finditer(keep)]
    starts, at = [], 0
    for a, b in runs:
        starts.append(at)
        at += b - a
    return View("".join([text[a:b] for a, b in runs]), tuple(starts),
                tuple(a for a, _ in runs), len(text))
