"""The ``national`` extractor: the State Council's government work report (政府工作报告).

The style has two parts that matter here:

- the target list, ``今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人
  左右；…。``: every item is a target for the report's year;
- the review of the year before, ``过去一年，…国内生产总值增长5.2%，城镇新增就业1244万人…``:
  every figure is a result for the year before the report's.

Every fact is about the whole country (region ``100000``). The report's year is the one
its title names (``2024年政府工作报告``), else the document's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from plantrack.model import Goal, Indicator, Measure, Modality, Period, Quantity, Region, Result
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import QuantityMatch, find_quantities

__all__ = ["NATIONAL", "NationalExtractor"]

NATIONAL = "100000"

_TARGETS = re.compile(r"(?:主要)?预期目标(?:是|为)?:")
_REVIEW = re.compile(r"过去一年|去年|上一年")
_REPORT_YEAR = re.compile(r"(20\d\d)年(?:国务院)?政府工作报告")
_ITEM_END = re.compile(r"[;。\n]")
_LOCAL = re.compile(r"地区生产总值|全省|全市|全区|全县")
_GROWTH = ("增长", "增速", "提高", "上涨", "涨幅")
_SPAN_WORDS = ("年均", "五年", "十年")


def report_year(doc: PreparedDocument) -> int | None:
    """The year the report is for: its title's, else the document's."""
    if m := _REPORT_YEAR.search(doc.text):
        return int(m[1])
    return doc.year


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _target_span(text: str) -> tuple[int, int] | None:
    """From the colon of ``主要预期目标是：`` to the end of that sentence."""
    m = _TARGETS.search(text)
    if m is None:
        return None
    end = min(i for i in (text.find("。", m.end()), _paragraph_end(text, m.end())) if i >= 0)
    return m.end(), end


def _review_span(text: str, targets: tuple[int, int] | None) -> tuple[int, int] | None:
    """From ``过去一年`` to the target list (or to the end of its paragraph)."""
    m = _REVIEW.search(text)
    if m is None:
        return None
    if targets is not None and targets[0] > m.start():
        return m.start(), targets[0]
    return m.start(), _paragraph_end(text, m.start())


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``;``/``。``-separated items of ``text[start:end]``."""
    pos = start
    for m in _ITEM_END.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _nearest_indicator(doc: PreparedDocument, start: int,
                       end: int) -> tuple[int, int, Indicator] | None:
    """The indicator name ending closest before ``end`` within ``text[start:end]``."""
    if doc.catalog is None:
        return None
    window = doc.text[start:end]
    best: tuple[int, int, Indicator] | None = None
    for name, indicator in doc.catalog.indicator_names:
        i = window.rfind(name)
        if i >= 0 and (best is None or start + i + len(name) > best[1]):
            best = (start + i, start + i + len(name), indicator)
    return best


def _measure(indicator: Indicator, between: str, match: QuantityMatch) -> Measure:
    if indicator.kind == "index" or match.decline or any(w in between for w in _GROWTH):
        return "growth"
    if "新增" in between or "净增" in between:
        return "increase"
    return "level"


def _fits(indicator: Indicator, measure: Measure, quantity: Quantity) -> bool:
    if measure == "growth" or indicator.unit == "percent":
        return quantity.unit == "percent"
    if indicator.unit in ("count", "person"):
        return quantity.unit in ("count", "person")
    return quantity.unit == indicator.unit


def _modality(text: str) -> Modality:
    if "确保" in text:
        return "ensure"
    if any(w in text for w in ("力争", "争取", "努力")):
        return "strive"
    return "plan"


class NationalExtractor:
    """Targets and last year's results of the national government work report."""

    name = "national"
    description = "National government work report: 主要预期目标 list and 过去一年 review."

    def detect(self, doc: PreparedDocument) -> float:
        """0 for a local text (地区生产总值, 全省 …, or a region the document-context stage
        decided it is about: a province's report says 国内生产总值 too); else up to 1 from
        national cues."""
        text = doc.text
        if _LOCAL.search(text) or (doc.region is not None and doc.region.code != NATIONAL):
            return 0.0
        score = 0.4 if "国内生产总值" in text else 0.0
        score += 0.3 if _TARGETS.search(text) else 0.0
        score += 0.2 if re.search(r"全国|我国|国务院", text) else 0.0
        score += 0.1 if "政府工作报告" in text else 0.0
        return round(score, 2)

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result]:
        """Every target in the list and every result in the review, within the scope."""
        year = report_year(doc)
        if year is None:
            return
        region = self._region(doc)
        targets = _target_span(doc.text)
        review = _review_span(doc.text, targets)
        for span, kind in ((targets, "target"), (review, "result")):
            if span is None:
                continue
            for start, end in _items(doc.text, *span):
                if doc.scope[0] <= start < doc.scope[1]:
                    yield from self._item(doc, (start, end), kind, year, region)

    @staticmethod
    def _region(doc: PreparedDocument) -> Region:
        found = doc.catalog.gazetteer.get(NATIONAL) if doc.catalog else None
        return found or Region(code=NATIONAL, name="全国", level="country")

    def _item(self, doc: PreparedDocument, span: tuple[int, int], kind: str, year: int,
              region: Region) -> Iterator[Goal | Result]:
        """The facts of one list item or review sentence: an indicator, then a number."""
        text = doc.text
        start, end = span
        previous_end = start
        for match in find_quantities(text[start:end]):
            q_start, q_end = start + match.start, start + match.end
            found = _nearest_indicator(doc, start, q_start)
            lead_start, previous_end = previous_end, q_end
            if found is None:
                continue
            i_start, i_end, indicator = found
            # the words since the indicator or the previous number: 增长 in
            # 国内生产总值超过126万亿元，增长5.2% makes the second number a growth
            measure = _measure(indicator, text[max(i_end, lead_start):q_start], match)
            if any(w in text[start:q_start] for w in _SPAN_WORDS):
                continue
            if not _fits(indicator, measure, match.quantity):
                continue
            common: dict[str, Any] = {
                "region": region.code, "region_name": region.name,
                "indicator": indicator.id, "measure": measure,
                "quantity": match.quantity, "provenance": doc.provenance(i_start, q_end),
            }
            if kind == "target":
                yield Goal(period=Period.year(year), modality=_modality(text[start:q_start]),
                           **common)
            else:
                yield Result(period=Period.year(year - 1), **common)
