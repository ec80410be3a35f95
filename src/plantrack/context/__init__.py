"""The document-context stage: between cleaning a text and reading facts from it.

It gathers a document's evidence (its title, metadata and dateline, the years it names,
its headings, where regions are mentioned and in what role) and decides, once, for the
whole document and each of its sections:

- the **year** it is written in (:mod:`.year`), which 今年, 全年 and 上半年 mean;
- the **region** it is about (:mod:`.region`), which a bare 全市 or 全区 means;
- its **kind** (:mod:`.kind`): a review's results or a plan's targets.

Each decision carries a confidence and the cue that made it
(:class:`plantrack.model.Decision`); the extraction's JSON holds them under
``context``, so a user can see why a fact got its year and region. Extractors read them
from :attr:`plantrack.text.prepare.PreparedDocument.context`; a clause's own year
(2022年…, 上年), region or kind still overrides them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath
from typing import TYPE_CHECKING

from plantrack.context.columns import column_cells
from plantrack.context.kind import heading_kind, looks_back, title_kind
from plantrack.context.region import decide_region
from plantrack.context.year import (
    LATER,
    PAST_HEADING,
    WRITTEN,
    decide_year,
    first_line,
    head_title,
    heading_year,
    is_session_title,
    is_year_heading,
    names_session_report,
    opening_on_year_before,
    opening_year,
    run_on_opening,
    written_late,
)
from plantrack.model import Decision, Document, DocumentContext, Region, SectionContext
from plantrack.text.clean import CleanText, clean_line
from plantrack.text.segment import ITEM_NUMBER, Section, lead_ins, sections
from plantrack.text.years import YEAR_NAMED

if TYPE_CHECKING:
    from plantrack.catalog import Catalog

__all__ = ["decide_context"]

_UNDECIDED_KIND = Decision(None, 0.0, "no heading or title says")


def decide_context(document: Document, cleaned: CleanText, *,
                   year: int | Decision | None = None, region: Region | None = None,
                   catalog: Catalog | None = None) -> tuple[DocumentContext, Region | None]:
    """The decisions for ``document`` (``year`` and ``region``: the caller's, which win),
    and the subject region itself."""
    text = cleaned.text
    named = document.title or file_title(document.name)
    title = clean_line(named) if named else None
    year_decision = year if isinstance(year, Decision) else decide_year(text, document, year,
                                                                       title=title)
    subject: Region | None = region
    if catalog is not None and len(catalog.gazetteer):
        subject, region_decision = decide_region(text, catalog.gazetteer, given=region,
                                                 title=title if region is None else None,
                                                 url=document.url, name=document.name)
    elif region is not None:
        region_decision = Decision(region.code, 1.0, "given by the caller", region.name)
    else:
        region_decision = Decision(None, 0.0, "no gazetteer to resolve regions with")
    written = year_decision.value if isinstance(year_decision.value, int) else None
    titles = " ".join(filter(None, (title, first_line(text), head_title(text))))
    # (合肥市政府工作报告 over ——2015年1月20日在…会议上: a session's report the text says
    # was given in its year, though its title names none)
    session = is_session_title(written, titles) or (
        written is not None and year_decision.label == WRITTEN and names_session_report(titles))
    named_kind = title or head_title(text) or first_line(text)
    # (a text told the year after the one it reports: its past headings, 过去一年工作回顾,
    # count back from the year it was written in)
    writing = written + 1 if written is not None and year_decision.label == LATER else written
    parts = tuple(_sections(cleaned, writing, document, writing=written if session else None,
                            reviewed=_reviewed_then_planned(titles, written)))
    kind = _document_kind(named_kind, parts)
    return DocumentContext(year_decision, region_decision, kind, parts), subject


_CJK = re.compile(r"[\u4e00-\u9fff]")


def file_title(name: str) -> str | None:
    """A file name its saver wrote in Chinese (海门区2023年计划执行情况.txt) says what a
    title would; a name without Chinese (report-3.txt, a download's hash) says nothing."""
    stem = PurePath(name).stem
    return stem if len(_CJK.findall(stem)) >= _FILE_TITLE_MIN else None


_FILE_TITLE_MIN = 4  # Chinese characters in a file name that make it a title


_OPENING = 200  # characters of a section's start that may say what year it reviews


def _reviewed_then_planned(title: str | None, written: int | None) -> int | None:
    """The year ``title`` (the title lines, joined) of a whole year's review and the next
    year's plan (2022年…计划执行情况和2023年…计划草案) reviews, the plan's being the year of
    writing."""
    if title is None or written is None or _PART_OF_YEAR.search(title) or (
            (kind := title_kind(title)) is None or kind.value != "mixed"):
        return None
    years = sorted({int(y) for y in YEAR_NAMED.findall(title)})
    return years[0] if years == [written - 1, written] else None


def _sections(cleaned: CleanText, written: int | None, document: Document, *,
              writing: int | None, reviewed: int | None = None) -> list[SectionContext]:
    """The stretches a heading gives a kind or a year: from a heading that names one to
    the next heading that names one (a sub-heading naming neither, (一)经济运行, is part
    of its parent's); and the lists a lead-in line opens (具体目标：, then ——… items),
    which lie inside them and say more; and the cells of a table of tasks and their
    progress, each of its column's kind. ``reviewed``: the year a title of a review and a
    plan (…执行情况与…计划草案) reviews, its first part's, however that part's heading reads."""
    text = cleaned.text
    marks: list[tuple[int, str, Decision | None, Decision | None]] = []
    late = written_late(text, document, written)  # (a session held in December)
    first = text.partition("\n")[0]
    if is_year_heading(first) and (year := heading_year(first, written)) is not None:
        marks.append((0, first.strip(), None, year))  # 2023年 over the lines of that year
    parts = sections(text)
    for section in parts:
        if section.heading is None:
            continue
        opening = text[section.start:section.start + _OPENING].partition("\n")[2]
        heading = section.heading
        if _BARE_ORDINAL.fullmatch(heading):
            # 02 / 广州2023年GDP力争突破3万亿: a number alone over its section's title line
            title = opening.partition("\n")[0].strip()
            heading = f"{heading} {title}"
        kind = heading_kind(heading)
        year = heading_year(heading, written, opening, late=late)
        if writing is not None and is_session_title(writing, section.heading):
            year = None  # 2026年…政府工作报告 as a heading: the writing's year, no section's
        if reviewed is not None and kind is None and year is None and (
                _TOP_LEVEL.match(heading)) and not any(m[2] is not None for m in marks):
            # 一、冲云拨雾，国民经济稳步发展 opening a report on a plan's execution and the
            # next plan: its first part, the review of the year before the plan's
            kind = _FIRST_PART
            year = Decision(reviewed, 0.6, f"the first part of a review and a plan: "
                                           f"{heading[:30]}")
        if kind is not None or year is not None:
            marks.append((section.start, section.heading, kind, year))
    marks = _inherited_years(_plans_after_reviews(marks))
    out: list[SectionContext] = []
    for i, (start, heading, kind, year) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.append(_section(cleaned, start, end, heading, kind=kind, year=year))
    out += _reviews(cleaned, parts, writing, document, out, year_of=written)
    for start, end, line in lead_ins(text):
        kind, year = heading_kind(line), heading_year(line, written)
        named = _named_year_at(out, cleaned.original_span(start, start)[0]) if (
            year is not None and year.cue.startswith(PAST_HEADING)) else None
        if named is not None:
            # 一年来的主要工作和成效是: under 一、2016年和本届政府工作回顾: the year its section
            # names, not one counted back from a year of writing the text may never state
            year = named
        if kind is not None or year is not None:
            out.append(_section(cleaned, start, end, line, kind=kind, year=year))
    for cell in column_cells(text):
        out.append(_section(cleaned, cell.start, cell.end, text[cell.start:cell.end],
                            kind=cell.kind, year=None))
    out.sort(key=lambda s: s.start)
    return out


# a heading of a section's number alone (02, 三、), its title on the next line
_BARE_ORDINAL = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]?\s*")
# a part of a year a heading names (上半年工作回顾, 前三季度): no review of a whole year
_PART_OF_YEAR = re.compile(r"上半年|下半年|季度|\d{1,2}\s*月|[一二三四五六七八九十]+月")


def _plans_after_reviews(marks: list[tuple[int, str, Decision | None, Decision | None]],
                         ) -> list[tuple[int, str, Decision | None, Decision | None]]:
    """A heading of targets naming no year (202*年主要预期目标, its year masked; 今后工作
    安排) after the heading of a whole year's review (2022年工作回顾): the year after the
    one reviewed, as a work report plans the year after the one it looks back on."""
    out = []
    reviewed: int | None = None
    for start, heading, kind, named in marks:
        year = named
        if kind is not None and kind.value == "results" and named is not None and isinstance(
                named.value, int) and _PART_OF_YEAR.search(heading) is None and looks_back(
                heading):
            reviewed = named.value
        elif (kind is not None and kind.value == "targets" and named is None
              and reviewed is not None and _PART_OF_YEAR.search(heading) is None):
            year = Decision(reviewed + 1, 0.6, f"a plan after the review of {reviewed}")
        out.append((start, heading, kind, year))
    return out


# an outline's first level (一、) and the levels under it ((一), 1. or 1、, (1)): a heading
# of a lower level belongs to the first-level one above it
_TOP_LEVEL = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")
_SUB_LEVEL = re.compile(
    rf"\s*[(（](?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})[)）]|{ITEM_NUMBER.pattern}")


def _inherited_years(marks: list[tuple[int, str, Decision | None, Decision | None]],
                     ) -> list[tuple[int, str, Decision | None, Decision | None]]:
    """A lower-level heading of the parent's kind naming no year ((一)京津冀协同发展成效
    显著, 1. 主要指标完成情况 under 一、2023年…计划执行情况) is of its parent's year: it
    ends the parent's stretch, so it must carry the year on."""
    out = []
    parent: tuple[Decision | None, Decision | None] | None = None
    for start, heading, kind, named in marks:
        year = named
        if _TOP_LEVEL.match(heading):
            parent = (kind, named)
        elif (named is None and parent is not None and parent[1] is not None
              and _SUB_LEVEL.match(heading) and kind is not None and (
                  parent[0] is None or parent[0].value == kind.value)):
            year = parent[1]
        out.append((start, heading, kind, year))
    return out


def _named_year_at(sections: list[SectionContext], at: int) -> Decision | None:
    """The year the innermost of ``sections`` holding original offset ``at`` names itself
    (not one counted back from the writing's), if any."""
    holding = [s for s in sections if s.start <= at < s.end and s.year is not None]
    last = max(holding, key=lambda s: s.start, default=None)
    return last.year if last is not None and last.year is not None and not (
        last.year.cue.startswith(PAST_HEADING)) else None


_REVIEW = Decision("results", 0.7, "a paragraph reviews the past")
_FIRST_PART = Decision("results", 0.6, "the first part of a review and a plan")


def _reviews(cleaned: CleanText, parts: list[Section], written: int | None,
             document: Document, marks: list[SectionContext], *,
             year_of: int | None = None) -> list[SectionContext]:
    """A paragraph that opens by looking back (一年来，…) under no heading of a year: a
    review of the year before ``written``, the year the text says it was written in
    (not one its figures are counted most often in), to the end of its section; or one
    that opens on the year before ``year_of``, the document's (2019年是…的一年 in a news
    of a session of 2020), whatever the text says of its writing."""
    text = cleaned.text
    if written is None and year_of is None:
        return []
    out: list[SectionContext] = []
    dated = [(m.start, m.end) for m in marks if m.year is not None]
    for section in parts:
        at = section.start
        while at < section.end:
            end = text.find("\n", at, section.end)
            end = section.end if end < 0 else end
            line = text[at:end]
            year = opening_year(line, written, document) if written is not None else None
            if year is None and written is not None and (
                    inner := run_on_opening(line)) is not None:
                at, line = at + inner, line[inner:]  # (its paragraphs joined by spaces)
                year = opening_year(line, written, document)
            if year is None and year_of is not None:
                year = opening_on_year_before(line, year_of)
            if year is not None:
                o_start, _ = cleaned.original_span(at, at)
                if not any(a <= o_start < b for a, b in dated):
                    out.append(_section(cleaned, at, section.end, line[:_OPENING_SHOWN],
                                        kind=_REVIEW, year=year))
                break
            at = end + 1
    return out


_OPENING_SHOWN = 20  # characters of a paragraph's opening that stand for its heading


def _section(cleaned: CleanText, start: int, end: int, heading: str, *,
             kind: Decision | None, year: Decision | None) -> SectionContext:
    o_start, o_end = cleaned.original_span(start, end)
    return SectionContext(o_start, o_end, heading, kind, year)


def _document_kind(title: str | None, parts: tuple[SectionContext, ...]) -> Decision:
    if title and (kind := title_kind(title)) is not None:
        return kind
    kinds = Counter(str(p.kind.value) for p in parts if p.kind is not None)
    if not kinds:
        return _UNDECIDED_KIND
    if len(kinds) > 1:
        return Decision("mixed", 0.7, "headings of reviews and of plans: "
                        + ", ".join(sorted(kinds)))
    (only, _), = kinds.items()
    return Decision(only, 0.7, "every kind-bearing heading says so")
