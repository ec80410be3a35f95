"""Text features the style extractors score a document (or a section) by.

Counts of cue words per role, never file names or seed sentences: a style's ``detect``
combines them into a 0..1 score, mostly from the whole document (a section alone is
too short to tell its style) and partly from the section itself.
"""

from __future__ import annotations

import re

from attrs import frozen

from plantrack.extract.context import DocContext, context_of
from plantrack.extract.lexicon import count_cue
from plantrack.text.prepare import PreparedDocument

__all__ = ["Features", "blend", "features"]

_UNTIL = re.compile(r"到20\d\d年")
_MARKER = re.compile(r"【[^】\n]{1,12}】")
_OUTLOOK_YEAR = re.compile(r"展望20\d\d")  # the other outlook and review words are cues


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


def _count(text: str, *roles: str) -> int:
    return sum(count_cue(text, role) for role in roles)


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


def _features(doc: PreparedDocument, ctx: DocContext, *, whole: bool) -> Features:
    text = ctx.view.text
    if not whole:
        text = text[ctx.view.to_view(doc.scope[0]):ctx.view.to_view(doc.scope[1])]
    return Features(
        length=len(text),
        targets=_count(text, "ensure", "strive", "plan") - _count(text, "not_target"),
        results=_count(text, "result"),
        half1=_count(text, "half1"),
        spans=_count(text, "span", "per_year") + len(_UNTIL.findall(text)),
        outlook=len(_OUTLOOK_YEAR.findall(text)) + _count(text, "outlook"),
        review=_count(text, "review"),
        markers=len(_MARKER.findall(text)),
        region_headings=len(ctx.headings) if whole else 0,
    )


def blend(doc_score: float, section_score: float) -> float:
    """A style is mostly the document's; a section may lean it a little."""
    return max(0.0, min(1.0, 0.75 * doc_score + 0.25 * section_score))
