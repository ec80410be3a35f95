"""What a whole document says about every fact in it: year, report period, plan span,
subject region, region headings, and where each region is mentioned.

Built once per document (the engine scopes extractors to sections, but a section's facts
still need the document's year and subject) and cached by the cleaned text. Offsets
are in the reading text (:attr:`plantrack.text.clean.CleanText.reading`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from attrs import evolve, field, frozen

from plantrack.catalog.regions import Gazetteer, read_table
from plantrack.catalog.resolve import (
    COUNTDOWN,
    PLACE,
    Mention,
    ResolvedMention,
    deictic_region,
    is_deixis,
    region_for_heading,
    resolve_mentions,
)
from plantrack.catalog.roles import NOT_THE_SUBJECT, mention_role
from plantrack.context.year import LATER, WRITTEN, first_line, reports_year_before, url_date
from plantrack.datafiles import alternation
from plantrack.extract.lexicon import (
    cue_values,
    cues,
    find_cue,
    find_indicators,
    find_indicators_in,
    has_cue,
)
from plantrack.model import Indicator, Period, Region
from plantrack.text.prepare import PreparedDocument
from plantrack.text.segment import CLAUSE_END_AT, STOP_AT, lines_at, sentence_start
from plantrack.text.years import PLAN_NAME, YEAR, head_date, plan_years, said_at_session

if TYPE_CHECKING:
    from collections.abc import Iterable

    from plantrack.catalog import Catalog

__all__ = ["BARE_FIGURE", "NAME_JOINS", "ROW_END", "DocContext", "RegionMention", "context_of"]

# The year of writing is the text engine's (plantrack.text.years, data/year_cues.tsv).
_ISO_DATE = re.compile(rf"(?<!\d)({YEAR})-(\d{{1,2}})-(\d{{1,2}})(?!\d)")
# (?=[1-9]): the first character, so the scan skips other positions in C
_DAY = re.compile(r"(?=[1-9])(?<!\d)(1[0-2]|[1-9])月(?:[1-9]|[12]\d|3[01])日")
_HEADING_MAX = 24
_SENTENCE_MARK = re.compile(r"[，,。；;！？%]")  # not in a region heading


def _start(item: tuple[int, object] | tuple[int, int, object]) -> int:
    return item[0]


_T = TypeVar("_T")


def _innermost(ranges: tuple[tuple[int, int, _T], ...], at: int) -> _T | None:
    """The value of the last-starting of ``ranges`` (sorted by start) that holds ``at``:
    a lead-in's list inside a section says more than the section."""
    for _, end, value in reversed(ranges[:bisect_right(ranges, at, key=_start)]):
        if at < end:
            return value
    return None


@frozen
class RegionMention:
    """A region (or park) named at reading ``[start, end)``."""

    start: int
    end: int
    region: Region
    is_region: bool
    deictic: bool = False
    weak: bool = False  # an ambiguous name the evidence did not single out


@frozen
class DocContext:
    """Document-wide facts the clause-level reading depends on."""

    text: str  # the reading text
    year: int | None
    published_month: int | None  # the metadata's, when of the document's year
    dateline_month: int | None  # the text's head's dateline's, when of the document's year
    # names the year before as one it reports, its own only in dates (2018年2月23日…2017年…)
    reports_year_before: bool
    at_session: bool  # given at a people's congress's session (held January to March)
    report_period: Period | None  # the span a report of results covers (上半年 …)
    plan_span: Period | None      # the span a multi-year plan covers (十四五 …)
    written_later: bool  # published after the year it is about (a review of it)
    subject: Region | None
    mentions: tuple[RegionMention, ...]
    headings: tuple[tuple[int, Region], ...]  # (reading offset, region) of region headings
    # (reading start, end, year) and (reading start, end, kind) of the context stage's sections
    year_headings: tuple[tuple[int, int, int], ...]
    section_kinds: tuple[tuple[int, int, str], ...]
    indicators: tuple[Indicator, ...]
    gazetteer: Gazetteer | None
    # Work the engine would otherwise redo for every extractor and every section (style
    # features, sentence readings): keyed by what it was computed for, lives as long as
    # the cached context does, i.e. one document.
    memo: dict[object, object] = field(factory=dict, eq=False, repr=False)

    @property
    def month(self) -> int | None:
        """The month the document was written in: its publication date (metadata, which
        wins as the year does), else a dateline in the text. 截至目前 runs to it. The
        text is searched on first use only: few documents need it, and the search for
        dates costs a scan of the whole text."""
        if self.published_month is not None:
            return self.published_month
        if "month" not in self.memo:
            self.memo["month"] = _month(self.text, self.year)
        found = self.memo["month"]
        assert found is None or isinstance(found, int)
        return found

    @property
    def dated_month(self) -> int | None:
        """The month the document's date or the dateline at its head says it was written
        in; not a date in its body (2010年5月15日, a day it tells of), as ``month`` may be."""
        return self.published_month if self.published_month is not None else (
            self.dateline_month)

    def written_by(self, month: int) -> bool:
        """Whether the document was written by ``month`` of its year: its publication
        date says so, or it was given at a congress's session, which meets by March."""
        if self.at_session and month >= _SESSIONS_END:
            return True
        return self.published_month is not None and self.published_month <= month

    def dated_by(self, month: int) -> bool:
        """Whether the document was written by ``month`` of its year, as ``written_by``
        says or as the dateline at its head does (a repost's page, no metadata)."""
        return self.written_by(month) or (
            self.dateline_month is not None and self.dateline_month <= month)

    def reports_back_by(self, month: int) -> bool:
        """Whether the document was written by ``month`` of its year, as ``written_by``
        says, or as its dateline does when it reports the year before (a news story of
        February on last year's figures, naming its own year only in its date)."""
        return self.written_by(month) or (self.reports_year_before and self.dated_by(month))

    def mentions_starting(self, lo: int, hi: int) -> tuple[RegionMention, ...]:
        """The mentions starting in reading ``[lo, hi)``, in order: a bisect of the
        document's mentions (sorted by start), where a scan of them all for every
        quantity cost time in proportion to the document."""
        starts = self.memo.get("mention starts")
        if starts is None:
            starts = self.memo["mention starts"] = [r.start for r in self.mentions]
        assert isinstance(starts, list)
        return self.mentions[bisect_left(starts, lo):bisect_left(starts, hi)]

    def heading_region(self, at: int) -> Region | None:
        """The region of the last region heading at or before reading offset ``at``."""
        i = bisect_right(self.headings, at, key=_start)
        return self.headings[i - 1][1] if i else None

    def heading_year(self, at: int) -> int | None:
        """The year the innermost section holding reading offset ``at`` names."""
        return _innermost(self.year_headings, at)

    def year_section_opens(self, lo: int, hi: int) -> bool:
        """Whether a section naming a year starts inside reading offsets ``(lo, hi)``."""
        i = bisect_right(self.year_headings, lo, key=_start)
        return i < len(self.year_headings) and self.year_headings[i][0] < hi

    def section_kind(self, at: int) -> str | None:
        """The kind (results, targets) the innermost section holding ``at`` gives."""
        return _innermost(self.section_kinds, at)

    def region_at(self, at: int) -> Region | None:
        """The region the text at reading offset ``at`` is about, by its section or subject."""
        return self.heading_region(at) or self.subject


def _stated_date(doc: PreparedDocument) -> date | None:
    """The document's publication date its metadata or its address states."""
    return doc.document.published or (
        url_date(doc.document.url) if doc.document.url else None)


def _published_month(published: date | None, year: int | None) -> int | None:
    """The month of the document's publication date, when it is of the document's year."""
    if published is not None and (year is None or published.year == year):
        return published.month
    return None


def _dateline_month(doc: PreparedDocument, year: int | None) -> int | None:
    """The month of the dateline at the text's head (2004年02月25日08:07), when of the
    document's year."""
    dated = head_date(doc.text)
    return dated.month if dated is not None and dated.year == year else None


def _written_later(doc: PreparedDocument, year: int | None, published: date | None) -> bool:
    """Whether the document was published after its year (``published``, its metadata's
    date or its address's, or a date at its head): it looks back on that year."""
    if year is None or doc.context.year.label == WRITTEN:
        return False  # (2012年2月1日在…会议上, reposted 2022: written in its year)
    if doc.context.year.label == LATER:
        return True  # (…2018年度…, 去年全市实现…: told the year after)
    if published is not None:
        return published.year > year
    head = _ISO_DATE.search(doc.text[:_HEAD_DATE])  # (the reading text drops spaces)
    return head is not None and int(head[1]) > year


_HEAD_DATE = 400  # where a page's dateline stands
_SESSIONS_END = 3  # the month the people's congresses' yearly sessions end by


def _month(text: str, year: int | None) -> int | None:
    months = [int(m[1]) for m in _DAY.finditer(text)]
    iso = [int(m[2]) for m in _ISO_DATE.finditer(text[:400]) if year and int(m[1]) == year]
    return max(iso or months) if (iso or months) else None


def _report_period(text: str, year: int | None) -> Period | None:
    if year is None:
        return None
    # 增速比上半年加快: a half that is the base of a comparison is not the report's
    leads = cues("comparison_lead")
    # 前三季度 (a report of three quarters) before 上半年, which such a report compares with
    first_three = [m.start() for m in _FIRST_THREE.finditer(text)
                   if not text.endswith(leads, 0, m.start())
                   and not _in_breakdown(text, m.start())]
    if len(first_three) >= 2 or any(a < _HEAD_DATE // 2 for a in first_three):
        return Period(year, 1, year, 9)
    found = [a for a, _, _ in find_cue(text, "half1") if not text.endswith(leads, 0, a)
             and not _in_breakdown(text, a)]
    if len(found) >= 2 or any(a < 200 for a in found):
        return Period.half(year, 1)
    # (a first quarter named later may be a part of a longer report's: 一季度增长…, 二季度…)
    if any(not text.endswith(leads, 0, m.start()) and not _in_breakdown(text, m.start())
           and not _later_parts_listed(text, m.end())
           for m in _FIRST_QUARTER.finditer(text, 0, _HEAD_DATE // 2)):
        return Period.quarter(year, 1)
    # (1月至2月, 1-2月 at the head: a report of the year's first months, by the last)
    months = [m for m in _FIRST_MONTHS.finditer(text, 0, _HEAD_DATE // 2)
              if not text.endswith(leads, 0, m.start()) and not _in_breakdown(text, m.start())]
    if months:
        return Period.months(year, 1, int(months[0][1]))
    return None


def _in_breakdown(text: str, at: int) -> bool:
    """Whether ``at`` stands in a sentence that breaks a period into its parts (全年…。
    分季度看，一季度…，上半年…，前三季度…): parts of the report's period, not it."""
    start = max(text.rfind(end, 0, at) for end in "。；;\n") + 1
    return any(w in text[start:at] for w in cues("period_breakdown"))


def _later_parts_listed(text: str, at: int) -> bool:
    """Whether the sentence goes on from ``at`` (a first quarter's end) to later parts of
    the year (第一季度GDP累计增长3.0%，第二季度…累计增长2.4%): the parts listed one after
    another, not the report's period (but not one compared with: 一季度…增长5%，比去年四
    季度加快1个百分点)."""
    ends = [e for e in (text.find(end, at) for end in "。；;\n") if e >= 0]
    return any(not _COMPARED_PART.search(text, max(at, m.start() - 4), m.start())
               for m in _LATER_PART.finditer(text, at, min(ends, default=len(text))))


_FIRST_THREE = re.compile(r"前三季度|1-9月|1～9月|1至9月")
_FIRST_QUARTER = re.compile(r"第?一季度|1-3月|1～3月|1至3月")
_LATER_PART = re.compile(r"第?[二三四]季度|上半年|前三季度")
_COMPARED_PART = re.compile(r"[比较于]|去年|上年")
_FIRST_MONTHS = re.compile(r"(?<!\d)1月?\s*(?:-|—|～|~|至)\s*(1[0-2]|[2-9])月")




AHEAD = ("今后", "未来")  # a span of the years ahead (今后五年, 未来五年)


def _plan_span(text: str, year: int | None, published_month: int | None) -> Period | None:
    """The five-year plan a document sets out: of the plans it names, the one its year
    falls in (a 2026 report on the 15th plan names the 14th as the past), else the
    first named, unless all named have ended and the text speaks of the years ahead;
    else the five years from the writing's (今后五年), or from the next year's when
    written in its last quarter (a congress elected in December sets out the five years
    of its term, whatever plan it names)."""
    ahead = year is not None and any(w in text for w in cues("span") if w.startswith(AHEAD))

    def late() -> bool:  # (the month is read from the text only when it matters)
        month = (published_month or _month(text, year)) if year is not None else None
        return month is not None and month >= _LAST_QUARTER

    plans = [Period.years(*plan_years(m[1])) for m in PLAN_NAME.finditer(text)]
    if plans:
        current = [p for p in plans if year is not None and p.start_year <= year <= p.end_year]
        if current and not (ahead and late()):
            return current[0]
        if not current and not (year is not None and ahead and all(
                p.end_year < year for p in plans)):
            return plans[0]
        # “十二五”期间…翻番 in a text of 2016 setting out 今后五年的主要奋斗目标, 实现“十四五”
        # 良好开局 in December 2021 beside 今后五年…力争: the years ahead are the ones the
        # text sets out
    if any(w in text for w in cues("span")):
        targets = [int(y) for y in re.findall(rf"到({YEAR})年", text)]
        if targets:
            last = max(targets)
            return Period.years(last - 4, last)
        if year is not None:
            first = year + 1 if late() else year
            return Period.years(first, first + 4)
    return None


_LAST_QUARTER = 10


#: A line ending in two numbers (9 南平市 1792.51 6.6): a table's row, never a heading
#: (the table finder's sign of a table cut by spaces, too).
ROW_END = r"-?\d[\d,]*(?:\.\d+)?%?[ \t]+[-+−]?\d[\d,]*(?:\.\d+)?%?[ \t]*$"
_ROW_END = re.compile(ROW_END)


# a countdown's rank before a heading's region (No.1:上海市, TOP3:南阳)
# (or a place's words: 第一名 滨海新区, 第一:上海)
_RANK_LEAD = re.compile(
    rf"^(?:{COUNTDOWN}\s*[:：.、]|{PLACE}(?:[名位][:：、]?|[:：、]))\s*")
# a region's name and its figures alone on a line (北京 11404.3亿元 8%), heading the
# paragraph that reports them
_FIGURED_HEADING = re.compile(
    r"([\u4e00-\u9fff]{2,10})[ \t\u3000]+(?:[-+]?\d[\d,]*(?:\.\d+)?(?:[亿万]?元|%)[ \t\u3000]*)+")


# a numbered heading's region with its figure in brackets (三、武汉(1.4847万亿); not a
# line a copy broke out of a sentence, 被↵全州县(44.82亿元)↵反超了)
_FIGURE_BRACKET = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]$")
# (and a numbered heading, No.2 北京, 3、天津, 二、武汉, is an item of a ranking, whichever
# region it names: the document's subject too)
_NUMBERED = re.compile(rf"(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,3}}[、.．]|{COUNTDOWN})")
# a region's name in Latin letters beside its Chinese one (No.1 Shanghai 上海)
_LATIN_NAME = re.compile(r"(?<=\s)[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*)*\s+"
                         r"(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+[A-Za-z][A-Za-z'’ -]*$")


def _headings(doc: PreparedDocument, gazetteer: Gazetteer,
              subject: Region | None) -> tuple[tuple[int, Region], ...]:
    """Region headings: short lines naming just a region, kept when there are two or
    more (a round-up); a lone line naming a region is a caption, not a section."""
    # (where each heading stands in the reading, its region, and whether it makes a
    # round-up: another region's, or a numbered one)
    found: list[tuple[int, Region, bool]] = []
    counted_down = False
    context = {subject.code: 5.0} if subject else {}
    lines = lines_at(doc.text)
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()  # (the cleaned text's: 88.雷(拼音:léi)山县 is 88.雷山县 there)
        # (1 青岛,家底指数:87.25: a numbered heading whose region a comma ends; 北京
        # 11404.3亿元 8%: a region's line of its figures, over its paragraph)
        lead = re.split(r"[，,:：]", _RANK_LEAD.sub("", stripped), maxsplit=1)[0]
        if (figured := _FIGURED_HEADING.fullmatch(stripped)) is not None:
            lead = figured[1]
        if not stripped or len(stripped) > _HEADING_MAX or _SENTENCE_MARK.search(lead) or (
                "。" in stripped) or _ROW_END.search(stripped):
            continue
        if _NUMBERED.match(stripped):
            lead = _FIGURE_BRACKET.sub("", lead)
        region = region_for_heading(_LATIN_NAME.sub("", lead), gazetteer, context)
        # (7 / 南澳县 / 35.93: a name's cell of a table one cell a line, no heading)
        if region is not None and not _cell_of_column(lines, k):
            counted_down = counted_down or _RANK_LEAD.match(stripped) is not None
            found.append((doc.to_reading(start), region, subject is None or (
                region.code != subject.code) or _NUMBERED.match(stripped) is not None))
    # (热门站点 / 遂宁 / 南充 / 好店入驻: a site's menu of places, no figure under any but
    # the last, over the whole text; a heading over no figure before the next one heads no
    # section)
    reading = doc.reading
    found = [h for k, h in enumerate(found) if k == len(found) - 1 or _FIGURE.search(
        reading, reading.find("\n", h[0]), found[k + 1][0])]
    others = {region.code for _, region, rounds_up in found if rounds_up}
    # (an unnumbered heading naming the subject heads its own section only among others'
    # headings: 金牛区 / … / 青羊区, the subject, after them; alone it is a caption)
    if len(others) < 2 and not counted_down:
        return ()  # (but NO.2:福州 is a ranking's item, whatever the page kept of the rest)
    return tuple((at, region) for at, region, _ in found)


BARE_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?")  # 35.93, -1.6, 8%: a cell's value
_FIGURE = re.compile(r"\d")


def _cell_of_column(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` has a bare figure on the next line with text: the name's cell of
    a table's row printed one cell a line (7 / 南澳县 / 35.93 / 1.3), no heading."""
    k += 1
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    return k < len(lines) and BARE_FIGURE.fullmatch(lines[k][1].strip()) is not None


def _section_kinds(doc: PreparedDocument) -> tuple[tuple[int, int, str], ...]:
    """The context stage's section kinds (in original offsets), in reading offsets; a
    title's kind (统计公报: results) is the outermost, what no heading inside overrides."""
    to_reading = doc.cleaned.reading_offsets.to_cleaned
    whole = doc.context.kind
    outer = ((0, len(doc.reading), str(whole.value)),) if (
        whole.value in ("results", "targets") and whole.cue.startswith("title:")) else ()
    return outer + tuple((to_reading(s.start), to_reading(s.end), str(s.kind.value))
                         for s in doc.context.sections if s.kind is not None)


def _year_headings(doc: PreparedDocument) -> tuple[tuple[int, int, int], ...]:
    """The context stage's section years (2023年工作回顾, “十四五”实施情况), in reading
    offsets."""
    to_reading = doc.cleaned.reading_offsets.to_cleaned
    return tuple((to_reading(s.start), to_reading(s.end), int(s.year.value))
                 for s in doc.context.sections
                 if s.year is not None and isinstance(s.year.value, int))


_WORDLIKE_ALIAS = 2  # characters of a short form that may be a piece of a word


def _names_its_indicator(doc: PreparedDocument, m: Mention,
                         indicators: tuple[Indicator, ...]) -> bool:
    """Whether a catalogue name starts right after the mention (中国国内生产总值, 中国GDP):
    the region the figure is of, no piece of a word."""
    at = doc.to_reading(m.end)
    return any(n.start == at for n in find_indicators_in(doc.reading, indicators, at,
                                                         at + _NAME_REACH))


_NAME_REACH = 12  # characters after a mention where the indicator's name it owns ends


def _leads_its_change(doc: PreparedDocument, m: Mention) -> bool:
    """Whether the mention opens its clause and a change and its figure follow it (…增长
    29.7%。湖北增长8.1%,湖南同比下降1.1%): the region the figure is of, no piece of a word."""
    text = doc.reading
    start, end = doc.to_reading(m.start), doc.to_reading(m.end)
    if start > 0 and CLAUSE_END_AT.match(text, start - 1) is None:
        return False
    digit = _DIGIT.search(text, end, end + _CHANGE_REACH)
    return digit is not None and has_cue(text[end:digit.start()], "growth")


_DIGIT = re.compile(r"\d")
_CHANGE_REACH = 6  # characters of a change's words before its figure (同比下降, 比上年增长)


def _mentions(doc: PreparedDocument, gazetteer: Gazetteer, subject: Region | None,
              indicators: tuple[Indicator, ...] = ()) -> tuple[RegionMention, ...]:
    out: list[RegionMention] = []
    items = resolve_mentions(doc.text, gazetteer, subject)
    settled = not doc.context.region.weak
    surfaces = Counter(item.mention.surface for item in items)
    named = Counter(item.region.code for item in items)
    for n, item in enumerate(items):
        m = item.mention
        region = item.region
        again = named[region.code] if region.level != "country" else surfaces[m.surface]
        if (m.via == "alias" and again < 2 and subject is not None and not is_deixis(m.surface)
                and (settled or len(m.surface) <= _WORDLIKE_ALIAS)
                and subject.level != "country" and region.code[:2] != subject.code[:2]
                and not _listed_with(doc.text, items, n)
                and not _names_its_indicator(doc, m, indicators)
                and not _leads_its_change(doc, m)):
            continue  # a lone short form far from the subject is a word (环濠河南大街);
            # a place the text names again, in any form (天津 and 天津市), is the place
            # (the country's 中国 only by that word: 中国特色… is no mention; any short
            # form right before an indicator's name, 上海GDP, is the place); beside a
            # subject few mentions agree on (西安, 榆林, 乌鲁木齐, 兰州), only a short
            # form of two characters is likely a word's piece (规模以上高技术: 上高); a
            # word the text calls a region by (我国) is never one
        if m.place is not None and m.is_region:
            region = gazetteer.get(m.place.code) or region  # towns roll up to the county
        out.append(RegionMention(doc.to_reading(m.start), doc.to_reading(m.end), region,
                                 m.is_region, weak=item.weak))
    for start, end, word in find_cue(doc.reading, "whole"):
        out.append(RegionMention(start, end, Region("000000", word, "country"), True, True))
    out.sort(key=lambda r: r.start)
    return _with_anaphors(doc.reading, out)


_ANAPHOR_REACH = 200  # characters back an anaphor (该市) looks for the region it means


#: what stands between two regions' names listed side by side: a list mark, after a
#: short bracket of the first one's (its figure, 西藏(33.3%)、贵州; its scope, 綦江(不含万盛)
#: 、大足) or none (山西、北京和天津)
NAME_JOINS = re.compile(r"(?:[(（][^()（）,，。;；]{1,10}[)）])?(?:、|和|及|与|以及)")


def _listed_with(text: str, items: list[ResolvedMention], n: int) -> bool:
    """Whether ``items[n]`` is listed side by side with a region of its level, only a
    list mark (and its bracketed figure) between them: a list of places, no word's piece."""
    level = items[n].region.level
    here = items[n].mention
    before = items[n - 1] if n else None
    after = items[n + 1] if n + 1 < len(items) else None
    return (before is not None and before.region.level == level
            and NAME_JOINS.fullmatch(text, before.mention.end, here.start) is not None) or (
        after is not None and after.region.level == level
        and NAME_JOINS.fullmatch(text, here.end, after.mention.start) is not None)


def _with_anaphors(text: str, mentions: list[RegionMention]) -> tuple[RegionMention, ...]:
    """``mentions`` and a mention for each 该市 / 该区 / 该县: the region of its level the
    text named last (常州…有望成为江苏…。一季度，该市: 常州), within a short reach."""
    levels = dict(cue_values("anaphor"))
    starts = [m.start for m in mentions]
    found: list[RegionMention] = []
    for start, end, word in find_cue(text, "anaphor"):
        at = bisect_left(starts, start)
        last = next((m for m in reversed(mentions[:at]) if m.is_region and not m.deictic
                     and m.region.level in levels[word].split("|")), None)
        if last is not None and start - last.end <= _ANAPHOR_REACH:
            found.append(RegionMention(start, end, last.region, True, weak=last.weak))
    return tuple(sorted([*mentions, *found], key=lambda r: r.start))




def resolve_deictic(ctx: DocContext, mention: RegionMention, at: int) -> Region | None:
    """全市 / 全区 at ``at``: relative to the section's region or the subject."""
    if not mention.deictic:
        return mention.region
    base = ctx.region_at(at)
    if ctx.gazetteer is None:
        return base
    # 宿迁统计局官网公布其1-6月主要经济指标,全市实现地区生产总值…, in a text about 连云港
    # too: the city its sentence named before it, of the level of the text's own (not a
    # county-level city named in a prefecture's text, 汉川市…，全市…; nor one left out or
    # compared with: 除长垣外，全市粮食产量…)
    sentence = sentence_start(ctx.text, mention.start)
    named = [r for r in fitting(ctx, mention.region.name, [
        r for r in ctx.mentions_starting(sentence, mention.start) if r.end <= mention.start
        and mention_role(ctx.text, r.start, r.end) not in NOT_THE_SUBJECT])
        if base is None or r.level == base.level]
    if named:
        return named[-1]
    found = deictic_region(mention.region.name, base, ctx.gazetteer)
    if found is None:
        # 太康县，…。2022年，全县地区生产总值…, in a text about 周口市: 全县 can be no city,
        # it is the county its paragraph named last
        # (or, named nowhere there, the one the title names: 我市 in 上半年菏泽高新技术产业
        # 发展稳步增长, a city's page on its province's figures that says 我省 more often)
        paragraph = ctx.text.rfind("\n", 0, at) + 1
        named = fitting(ctx, mention.region.name,
                        [r for r in ctx.mentions_starting(paragraph, at) if r.end <= at])
        line = first_line(ctx.text)
        title = fitting(ctx, mention.region.name, ctx.mentions_starting(
            0, ctx.text.find(line) + len(line))) if line else []
        found = named[-1] if named else title[0] if title else None
    return found or base


def fitting(ctx: DocContext, word: str, mentions: Iterable[RegionMention]) -> list[Region]:
    """The regions of ``mentions`` named by name, not by deixis, that ``word`` (全县) can
    mean of itself, in order."""
    if ctx.gazetteer is None:
        return []
    return [r.region for r in mentions if r.is_region and not r.deictic
            and deictic_region(word, r.region, ctx.gazetteer) == r.region]



_INDICATORS: dict[str, tuple[Catalog, tuple[Indicator, ...]]] = {}


def _indicators(catalog: Catalog, subject: Region | None = None,
                text: str = "") -> tuple[Indicator, ...]:
    """The catalogue's indicators, one tuple per catalogue (and per set of regional names
    the subject adds: 失业率 in Taiwan's tables; and per short forms the text defines:
    一般公共预算收入(以下简称财政收入)): the indicator-name index is cached by that
    tuple, and a new tuple per document made it hash every indicator."""
    extra = _regional_names(subject.code[:2]) if subject is not None else ()
    defined = (*_short_forms(catalog, text), *_loose_names(text))
    extra = (*extra, *defined)
    key = "last" + (subject.code[:2] if subject is not None and extra else "") + "".join(
        f"|{word}={ind}" for word, ind in defined)
    last = _INDICATORS.get(key)
    if last is None or last[0] is not catalog:
        indicators = tuple(catalog.indicators.values())
        if extra:
            words: dict[str, list[str]] = {}
            for word, indicator_id in extra:
                words.setdefault(indicator_id, []).append(word)
            indicators = tuple(evolve(i, aliases=(*i.aliases, *words[i.id]))
                               if i.id in words else i for i in indicators)
        last = _INDICATORS[key] = (catalog, indicators)
    return last[1]


# 全省一般公共预算收入(以下简称财政收入): the short form a text defines for a name
_SHORT_FORM = re.compile(r"[(（]以下简称([\u4e00-\u9fff]{2,8})[)）]")
_SHORT_FORM_REACH = 16  # characters before the bracket where the long name may stand


def _short_forms(catalog: Catalog, text: str) -> tuple[tuple[str, str], ...]:
    """(short form, indicator id) of each short form ``text`` defines for a catalogue
    name written right before it; the short form, a name of its own for the rest of the
    text (财政收入 there is the budget revenue, not the total fiscal revenue)."""
    if "以下简称" not in text:
        return ()
    out: list[tuple[str, str]] = []
    names = tuple(catalog.indicators.values())
    for m in _SHORT_FORM.finditer(text):
        head = text[max(0, m.start() - _SHORT_FORM_REACH):m.start()]
        named = [n for n in find_indicators(head, names) if n.end == len(head)]
        if named and (m[1], named[-1].indicator.id) not in out:
            out.append((m[1], named[-1].indicator.id))
    return tuple(out)


def _loose_names(text: str) -> tuple[tuple[str, str], ...]:
    """(word, indicator id) of each word of loose_names.tsv ``text`` uses and sets against
    none of the names that would make it another sum: anywhere in the text (财政收入 and
    财政总收入), or in a sentence holding the word on its own, not as a piece of the other
    name (财政收入增长9.4%，一般公共预算收入…; not 公共财政收入 alone); and, for a word that
    is the indicator's only in a text about it, that names it (完成投资 where 固定资产投资
    is named). A text that glosses
    one of an indicator's loose words by its name (一般公共预算收入(即地方财政收入)) names
    it by each of them, its shorter 财政收入 too."""
    table = [row for row in _loose_table() if row.word in text]
    glossed = {row.indicator for row in table if _glossed(text, row.word, row.beside)}
    sentences: list[str] = []  # (split once, when a word's test first needs them)

    def set_beside(row: _LooseName) -> bool:
        if not row.beside:
            return False
        if not sentences:
            sentences.extend(STOP_AT.split(text))
        return any(row.beside_pattern.search(s) and row.word in row.beside_pattern.sub("", s)
                   for s in sentences)

    return tuple((row.word, row.indicator) for row in table if row.indicator in glossed or (
        row.unless.search(text) is None and not set_beside(row)
        and (row.only_with is None or row.only_with.search(text) is not None)))


def _glossed(text: str, word: str, names: tuple[str, ...]) -> bool:
    """Whether ``text`` says in brackets which sum ``word`` means, by one of ``names``,
    after the word (财政收入(一般公共预算收入,下同)) or the word after the name (一般公共
    预算收入(即地方财政收入)): that sum, whatever else the text names."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if text.startswith(("(", "（"), after) and any(
                text.startswith(name, after + 1) and _GLOSS_END.match(text, after + 1 + len(name))
                for name in names):
            return True
        if text.startswith((")", "）"), after) and any(
                text.endswith(lead, 0, at) and text.endswith(names, 0, at - len(lead))
                for lead in _GLOSS_LEADS):
            return True
        at = text.find(word, after)
    return False


_GLOSS_END = re.compile(r"[,，、]?\s*(?:以?下同)?[)）]")
# the bracket opening before the word a name is glossed by (一般公共预算收入(即地方财政收入))
_GLOSS_LEADS = tuple(b + w for b in "(（" for w in ("即", "也称", "又称", "亦称", "简称", ""))


@frozen
class _LooseName:
    """A row of loose_names.tsv: the word, its indicator, the names that leave it unnamed
    anywhere in a text, and those that do in a sentence holding it (words and pattern)."""

    word: str
    indicator: str
    unless: re.Pattern[str]
    beside: tuple[str, ...]
    beside_pattern: re.Pattern[str]
    only_with: re.Pattern[str] | None  # names one of which the text must use, if any


@cache
def _loose_table() -> tuple[_LooseName, ...]:
    rows = []
    for row in read_table("loose_names.tsv"):
        beside = tuple(w for w in row["unless_beside"].split("|") if w)
        rows.append(_LooseName(row["word"], row["indicator"], re.compile(row["unless"]),
                               beside, re.compile(alternation(beside)),
                               re.compile(row["only_with"]) if row.get("only_with") else None))
    return tuple(rows)


@cache
def _regional_names(prefix: str) -> tuple[tuple[str, str], ...]:
    """(word, indicator id) of the names a region's statistics use (regional_names.tsv)."""
    return tuple((row["word"], row["indicator"]) for row in read_table("regional_names.tsv")
                 if prefix.startswith(row["prefix"]))


def _build(doc: PreparedDocument) -> DocContext:
    year = doc.year
    catalog = doc.catalog
    gazetteer = catalog.gazetteer if catalog is not None else None
    subject = doc.region  # decided by the context stage (plantrack.context)
    indicators = _indicators(catalog, subject, doc.text) if catalog is not None else ()
    mentions: tuple[RegionMention, ...] = ()
    headings: tuple[tuple[int, Region], ...] = ()
    if gazetteer is not None and len(gazetteer):
        mentions = _mentions(doc, gazetteer, subject, indicators)
        headings = _headings(doc, gazetteer, subject)
    published = _stated_date(doc)
    published_month = _published_month(published, year)
    return DocContext(
        text=doc.reading, year=year, published_month=published_month,
        dateline_month=_dateline_month(doc, year),
        reports_year_before=year is not None and reports_year_before(doc.reading, year),
        at_session=said_at_session(doc.context.year.cue),
        written_later=_written_later(doc, year, published),
        report_period=_report_period(doc.reading, year),
        plan_span=_plan_span(doc.reading, year, published_month), subject=subject,
        mentions=mentions,
        headings=headings, year_headings=_year_headings(doc),
        section_kinds=_section_kinds(doc),
        indicators=indicators, gazetteer=gazetteer)


_CACHE: dict[int, tuple[object, object, DocContext]] = {}
# The engine reads one document at a time, so two entries serve every hit; more would
# keep whole texts alive (a 200,000-character piece of a huge file costs tens of MB).
_CACHE_SIZE = 2


def context_of(doc: PreparedDocument) -> DocContext:
    """The (cached) context of ``doc``'s whole document."""
    key = id(doc.cleaned)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is doc.cleaned and hit[1] is doc.catalog:
        return hit[2]
    ctx = _build(doc)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (doc.cleaned, doc.catalog, ctx)
    return ctx
