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


_ROLES = ("ensure", "strive", "plan", "not_target", "result", "half1", "span", "per_year",
          "outlook", "review")
_PATTERNS = {"until": _UNTIL, "outlook_year": _OUTLOOK_YEAR, "marker": _MARKER}


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


def _counts(text: str, known: dict[str, int] | None = None) -> dict[str, int]:
    """Matches in ``text`` per cue role and per pattern. With ``known``, the counts of
    a text that ``text`` is part of, a name with none there is not searched for: cue
    words and patterns are plain (no lookaround), so a part holds a match only if the
    whole does."""
    out = {role: count_cue(text, role) if known is None or known[role] else 0
           for role in _ROLES}
    for name, pattern in _PATTERNS.items():
        out[name] = len(pattern.findall(text)) if known is None or known[name] else 0
    return out


def _document_counts(ctx: DocContext) -> dict[str, int]:
    found = ctx.memo.get("cue counts")
    if found is None:
        found = ctx.memo["cue counts"] = _counts(ctx.view.text)
    return found  # type: ignore[return-value]


def _features(doc: PreparedDocument, ctx: DocContext, *, whole: bool) -> Features:
    text = ctx.view.text
    counts = _document_counts(ctx)
    if not whole:
        text = text[ctx.view.to_view(doc.scope[0]):ctx.view.to_view(doc.scope[1])]
        counts = _counts(text, counts)
    return Features(
        length=len(text),
        targets=counts["ensure"] + counts["strive"] + counts["plan"] - counts["not_target"],
        results=counts["result"],
        half1=counts["half1"],
        spans=counts["span"] + counts["per_year"] + counts["until"],
        outlook=counts["outlook_year"] + counts["outlook"],
        review=counts["review"],
        markers=counts["marker"],
        region_headings=len(ctx.headings) if whole else 0,
    )


def blend(doc_score: float, section_score: float) -> float:
    """A style is mostly the document's; a section may lean it a little."""
    return max(0.0, min(1.0, 0.75 * doc_score + 0.25 * section_score))
