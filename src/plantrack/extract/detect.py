"""Text features the style extractors score a document (or a section) by.

Counts of cue words per role, never file names or seed sentences: a style's ``detect``
combines them into a 0..1 score, mostly from the whole document (a section alone is
too short to tell its style) and partly from the section itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from attrs import frozen

from plantrack.extract.context import DocContext, context_of
from plantrack.extract.lexicon import count_cue, cue_pattern, programme_names
from plantrack.text.prepare import PreparedDocument
from plantrack.text.years import YEAR

__all__ = ["Features", "blend", "features"]

_UNTIL = re.compile(rf"到{YEAR}年")
_MARKER = re.compile(r"【[^】\n]{1,12}】")
_OUTLOOK_YEAR = re.compile(rf"展望{YEAR}")  # the other outlook and review words are cues


@frozen
class Features:
    """Cue counts over some text, per thousand characters where it says density."""

    length: int
    targets: int      # 确保/力争/将/目标 …
    results: int      # 已/累计/同比/截至 …
    half1: int        # 上半年/1-6月/期中
    spans: int        # 未来五年/十四五/到2025年/每年
    outlook: int      # 展望2024/预期目标
    review: int       # 执行情况/成绩单
    markers: int      # 【…】
    region_headings: int

    @property
    def target_share(self) -> float:
        return self.targets / (self.targets + self.results + self.half1 + 1)


_ROLES = ("ensure", "strive", "plan", "not_target", "result", "half1", "span",
          "span_closing", "per_year", "per_year_basis", "multi_year_average", "outlook",
          "review")
_PATTERNS = {"until": _UNTIL, "outlook_year": _OUTLOOK_YEAR, "marker": _MARKER}


def _pattern(name: str) -> re.Pattern[str] | None:
    """The pattern counted for ``name`` other than a cue role's words (a programme's
    name, 启动“六大倍增”计划, whose plan word is no plan)."""
    return programme_names() if name == "programme" else _PATTERNS.get(name)


def features(doc: PreparedDocument, *, whole: bool = True) -> Features:
    """Features of the whole document (``whole``) or of ``doc``'s scope."""
    # every style extractor asks for the same features of every section: count once
    ctx = context_of(doc)
    key = ("features", None if whole else doc.scope)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _features(doc, ctx, whole=whole)
    assert isinstance(found, Features)
    return found


def _count(text: str, name: str) -> int:
    pattern = _pattern(name)
    return len(pattern.findall(text)) if pattern is not None else count_cue(text, name)


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    pattern = _pattern(name) or cue_pattern(name)
    return [m.span() for m in pattern.finditer(text)]


_Matches = dict[str, tuple[list[int], list[int]]]  # per cue role or pattern: starts, ends


def _document_matches(ctx: DocContext) -> _Matches:
    """Where each role's words and each pattern match in the document's reading text, found
    once: a section's counts are read from them."""
    found = ctx.memo.get("cue matches")
    if found is None:
        matches: _Matches = {}
        for name in (*_ROLES, *_PATTERNS, "programme"):
            spans = _spans(ctx.text, name)
            matches[name] = ([a for a, _ in spans], [b for _, b in spans])
        found = ctx.memo["cue matches"] = matches
    return found  # type: ignore[return-value]


def _part_count(text: str, start: int, end: int, name: str, matches: _Matches) -> int:
    """The matches of ``name`` in ``text[start:end]``: the document's that lie inside it.
    Cue words and patterns are plain (no lookaround, no anchor), so a scan of the part
    finds the same ones, unless a match of the document runs across an end of the part:
    then the part is scanned, as a shorter word may match there."""
    starts, ends = matches[name]
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
        return _count(text[start:end], name)
    return j - i


def _features(doc: PreparedDocument, ctx: DocContext, *, whole: bool) -> Features:
    text = ctx.text
    matches = _document_matches(ctx)
    if whole:
        counts = {name: len(starts) for name, (starts, _) in matches.items()}
        length = len(text)
    else:
        lo, hi = doc.to_reading(doc.scope[0]), doc.to_reading(doc.scope[1])
        counts = {name: _part_count(text, lo, hi, name, matches) for name in matches}
        length = hi - lo
    return Features(
        length=length,
        targets=(counts["ensure"] + counts["strive"] + counts["plan"] - counts["not_target"]
                 - counts["programme"]),
        results=counts["result"],
        half1=counts["half1"],
        # each basis (年平均汇率) and each multi-year average (两年平均) holds one 年平均 that
        # is no plan's yearly rate; each plan's closing (“十三五”规划收官) one plan's name
        # that sets no span
        spans=(counts["span"] + counts["until"] + counts["per_year"] - counts["per_year_basis"]
               - counts["multi_year_average"] - counts["span_closing"]),
        outlook=counts["outlook_year"] + counts["outlook"],
        review=counts["review"],
        markers=counts["marker"],
        region_headings=len(ctx.headings) if whole else 0,
    )


def blend(doc_score: float, section_score: float) -> float:
    """A style is mostly the document's; a section may lean it a little."""
    return max(0.0, min(1.0, 0.75 * doc_score + 0.25 * section_score))
