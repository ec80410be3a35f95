"""Periods in running text: the year, half, quarter or months a sentence speaks of, and
the period a result or a target gets from them.

A :class:`Time` collects the period cues met so far in a sentence (and carried across a
paragraph); :func:`result_period` and :func:`target_period` turn it into a
:class:`~plantrack.model.Period`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from attrs import define

from plantrack.datafiles import alternation
from plantrack.extract.context import AHEAD, DocContext
from plantrack.extract.lexicon import MOVED_ROLES, cues, find_cue, find_roles, has_cue
from plantrack.model import Indicator, Period
from plantrack.text.numbers import parse_number
from plantrack.text.periods import month_span
from plantrack.text.segment import CLAUSE_END_AT, LIST_JOINS, PART_LEAD, SEGMENT_MARKS, Span
from plantrack.text.years import (
    COMPARED_WITH_YEAR,
    MULTIPLE_OF,
    PLAN_NAME,
    SHORT_YEAR,
    YEAR,
    YEAR_SPAN,
    YEARS_SIDE_BY_SIDE,
    deadline_dates,
    plan_years,
    short_year,
)

__all__ = ["Time", "average_span", "carry", "result_period", "target_period", "update_time"]

# 2000年以来 (是2000年以来一季度最高增长水平, 自2020年三季度以来) starts a comparison, not
# the period, and
# 由2017年929家增长到3605家 (从2015年的502亿元增加到…) names a progression's base, and
# 按2020年不变价格计算 a price base, and
# 恢复至2019年同期水平 (比2020年同期增长) the same period of a year compared with.
# The leading lookaheads name the characters a match can start with, so that the
# engine skips other positions in C (an optional group or a lookbehind first hides them).
_YEAR = re.compile(
    rf"(?=[到至截12])(?<!由)(?!(?<=从)\d{{4}}年(?:末|底)?(?:的|\d))"
    rf"(到|至|截至)?({YEAR})(?!年[^，,。；;：:\d]{{0,5}}以来|年?(?:不变价|可比价)|年同期)年?"
    r"(?=年|上半年|下半年|全年|前|底|末|[一二三四]季度|\d{1,2}[-至~]|$)")
# a year in two figures before a part of it (05年上半年, 15年一季度, 98年1-6月)
_SHORT_YEAR = re.compile(rf"({SHORT_YEAR})年(?=上半年|下半年|前|[一二三四1-4]季度|\d{{1,2}}[-至~])")
# a report a year names (2017年政府工作报告, 2016年统计公报): its year is no period's
_REPORT_AFTER = re.compile(r"年?\s*[《“\"]?(?:政府工作报告|国民经济和社会发展统计公报"
                           r"|统计公报|工作报告)")
# 2018年1月至2019年9月: months from one year's into a later one's
_ACROSS_YEARS = re.compile(rf"({YEAR})年(1[0-2]|[1-9])月份?(?:至|到|[-—~～])({YEAR})年"
                           r"(1[0-2]|[1-9])月(?:份|底|末)?")
# 1-7月, 一至九月, 元至九月 (元月 is January)
_MONTH_NUMERAL = r"(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])"
_MONTHS = re.compile(rf"(?<![\d一二三四五六七八九十])({_MONTH_NUMERAL}|元)(?:月)?[-至~—]"
                     rf"({_MONTH_NUMERAL})月")
# 前8月, 前八个月: January to that month (not 提前8个月, ahead of time)
_FIRST_MONTHS = re.compile(rf"(?<![提超])前({_MONTH_NUMERAL}|两)个?月")
_CHINESE_MONTHS = {"元": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_TIMES_BASE = re.compile(rf"年?{MULTIPLE_OF}")
# 分别恢复到2019年的113%、119%: the level a share of which is now reached, no period
_SHARE_BASE = re.compile(r"年?(?:同期)?(?:水平)?的(?:近|约)?\d+(?:\.\d+)?%")
_COMPARED_WITH = re.compile(r"(?:与|比|较|高于|低于|快于|慢于) ?$")
_PAIRED_REACH = 8  # characters from the earlier of two years set side by side to the later
# 首季: the first quarter; 第一季度 read from its 第 (较第一季度: a base compared with)
# (前3季度, 1-3季度, 一至三季度: the first three quarters; 1-2季度: the first half)
# (第一季 without its 度, as Taiwan's and Hong Kong's papers write it: that quarter)
_QUARTER = re.compile(r"第?(前[三3二2]|[1一][-—～~至][2-3二三]|[一二三四1-4])季度"
                      r"|第([一二三四1-4])季|首季度?")
# a bracketed aside, closed (not a year alone in brackets: 收入来源(1997年), a caption's date)
_ASIDE = re.compile(r"[(（](?![ \t]*(?:19|20)\d\d[ \t]*年?[度末底]?[ \t]*[)）])[^()（）]*[)）]")
_QUARTERS_SO_FAR = {"三": "q13", "3": "q13", "二": "h1", "2": "h1"}
# a quarter's figure summed from January (第四季度GDP累计, 二季度累计): to its quarter's end
_SUMMED_SINCE_JANUARY = re.compile(r"[^，,。；;：:\n\d]{0,12}?累计")
_SUMMED_TO: dict[str, tuple[str, str | None]] = {
    "q2": ("half1", None), "q3": ("quarter", "q13"), "q4": ("whole_year", None)}
_ALL_QUARTERS = ("1-4季度", "1—4季度", "1～4季度", "一至四季度")  # 2014年1-4季度: a year
# 9月份, a month opening its clause (4月，规模以上工业增加值…), or a month right after its
# year (今年6月全县实现…, 2010年6月全县…; no date, 6月15日, nor 6月以来) or after 其中 (…,
# 同比增长3.7%,其中6月增速达到8.8%, 其中,3月同比增长6.3%: a month of the months before),
# or a month said to be alone (10月当月增长5.6%): that month alone
@cache
def _month() -> re.Pattern[str]:
    alone = alternation(cues("period_alone"))
    return re.compile(
        rf"(?=[1-9元])(?:(?<![\d\-至~—前])(1[0-2]|[1-9])月(?:份|(?=[，,]|{alone}))"
        rf"|(?:(?<=年)|(?<={PART_LEAD})|(?<={PART_LEAD}[，,]))(1[0-2]|[1-9])月(?![\d日号底末份初中以起至~—\-])"
        r"|(?<![一二三四五六七八九十至~—\-])元月)")  # 元月: January, said anywhere


# 截至5月底, 截至2024年5月末: January to that month
# (or to a day of it: 截至2月25日, the months so far)
_REACHED_LEVEL = re.compile(r"年?(?:末|底)?的(?:\d|$)")
_UNTIL_MONTH = re.compile(rf"(?=截)截[至止](?:{YEAR}年)?(1[0-2]|[1-9])月(?:底|末|[1-3]?\d日)")

_RECURRING_KINDS = ("rate",)
_CLAUSE_ENDS = ",，;；:：。"
_PACKAGE = re.compile(r"\d+[条项招]")


@define
class Time:
    """Period cues met so far in a sentence (carried across a paragraph)."""

    year: int | None = None
    part: str | None = None  # h1, h2, q1..q4, q13, to_date, months
    months: tuple[int, int] | None = None
    until: bool = False
    per_year: bool = False
    span: bool = False
    # 去年 met, and no year since: a part after it (去年一季度) is of the year before
    last_year: bool = False
    # the first year of months that run across years (2018年1月至2019年9月: 2018)
    since: int | None = None
    # the year is a report's (2017年政府工作报告显示): a 去年 after it is the year before
    of_report: bool = False
    # 全年 said, and no part since: the whole year, whatever span the report is of
    whole: bool = False
    # 今年 said, and no year or span since: the year of writing, not a plan's span
    this_year: bool = False

    def copy(self) -> Time:
        return Time(self.year, self.part, self.months, self.until, self.per_year, self.span,
                    self.last_year, self.since, self.of_report, self.whole, self.this_year)


# per_year_basis changes no period: it is scanned so that the 年平均 inside it is no per_year
# (year_goal changes no period either: 全年任务 scanned so that its 全年 is no whole_year)
_TIME_ROLES = ("half1", "half2", "to_date", "this_year", "whole_year", "last_year",
               "per_year", "per_year_basis", "span", "year_goal")


@cache
def _any_event() -> re.Pattern[str]:
    """What every period event needs: a year's digits (_YEAR), 月 (_MONTHS, _MONTH),
    季 (_QUARTER) or a period word. Most sentences have none, and then the six scans
    below (run for every sentence and every quantity) would all find nothing."""
    words = sorted({w for role in _TIME_ROLES for w in cues(role)}, key=len, reverse=True)
    return re.compile("|".join([YEAR, "月", "季", _PLAN_END.pattern,
                                *map(re.escape, words)]))  # (05年上半年:
    # a short year before a part holds the part's word)


def _year_events(text: str, asides: list[tuple[int, int]],
                 ) -> tuple[list[tuple[int, str, object]], list[int]]:
    """The years ``text`` names as periods (not a base compared with, nor one in an aside
    closed before the figure), and where each later year of a pair set side by side
    (1958年与2018年相比) stands: the figures', though a comparison's word comes before it."""
    events: list[tuple[int, str, object]] = []
    paired: list[int] = []
    if "20" not in text and "19" not in text:
        return events, paired
    for m in _YEAR.finditer(text):
        if asides and any(a < m.start() < b for a, b in asides):
            continue
        if _TIMES_BASE.match(text, m.end()) or _SHARE_BASE.match(text, m.end()):
            continue  # 是2015年的1.46倍, 恢复到2019年的113%: a base, not the period
        if m[1] is None and text.endswith(_COMPUTED_ON, 0, m.start()):
            continue  # 按2022年常住人口计算, 按2020年价格: what a figure is counted on
        if m[1] is None and (pair := YEARS_SIDE_BY_SIDE.search(
                text, max(0, m.start() - _PAIRED_REACH), m.end() + _PAIRED_REACH)) is not None and (
                pair.start(2) == m.start() and int(m[2]) > int(pair[1]) and events
                and events[-1][0] == pair.start()):
            events.pop()  # 1958年与2018年相比: the later the figures'
            paired.append(m.start())
        elif m[1] is None and (_COMPARED_WITH.search(text, max(0, m.start() - 4), m.start())
                               or COMPARED_WITH_YEAR.match(text, max(0, m.start() - 1))):
            continue  # 与2019年一季度基本相当, 高于2019年, 同2011年相比: a base compared with
        # (增加到2017年的388.9亿元: the level a progression reached that year, no deadline)
        # (从2011年到2016年，…由65.6亿元增加到120.5亿元: the end of a stretch from a year, no
        # deadline either)
        until = m[1] in ("到", "至") and _REACHED_LEVEL.match(text, m.end()) is None and (
            _FROM_YEAR.search(text, max(0, m.start() - _FROM_YEAR_BACK), m.start()) is None)
        events.append((m.start(), "year", (int(m[2]), until,
                                           _REPORT_AFTER.match(text, m.end()) is not None)))
    return events, paired


_COMPUTED_ON = ("按", "按照")  # before a year whose data a figure is computed on
# the end of a five-year plan opening a clause (“十二五”末，全区…; not 是十一五末的2.84倍 nor
# 比十一五末增长40%, a base, nor 到十二五末, a deadline): its last year
_PLAN_END = re.compile(r"(?<![到至比较是与])“?十([一二三四五六七八九])五”?(?:规划)?(?:时期)?期?末"
                       r"(?=[，,：:])")
_FROM_YEAR = re.compile(rf"[从由自]\s*{YEAR}\s*年(?:底|末)?\s*$")  # 从 2011 年 (到2016年)
_FROM_YEAR_BACK = 12  # characters before a year's 到 its stretch's first year may stand in


def _time_events(text: str) -> list[tuple[int, str, object]]:
    if _any_event().search(text) is None:
        return []
    # each scan below runs only when the text holds what every match of it needs,
    # tested with a C-speed ``in``: most dated sentences give a year or a month, not both
    # (two years and a month said: what a stretch across years needs)
    across = [(m.start(), m.end(), (int(m[1]), int(m[2]), int(m[3]), int(m[4])))
              for m in _ACROSS_YEARS.finditer(text)] if text.count("年") > 1 and (
        "月" in text) else []
    # (一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上: a year in an aside
    # closed before the figure dates nothing after it)
    asides = [m.span() for m in _ASIDE.finditer(text)] if "(" in text or "（" in text else []
    events, paired = _year_events(text, asides)
    if "年" in text:
        events += [(m.start(), "year", (short_year(m[1]), False, False))
                   for m in _SHORT_YEAR.finditer(text)
                   if not any(a < m.start() < b for a, b in asides)]
    if "五" in text:
        # (“十二五”末，全区生产总值达到202.5亿元: the plan's last year)
        events += [(m.start(), "year", (plan_years(m[1])[1], False, False))
                   for m in _PLAN_END.finditer(text)]
    found = find_roles(text, _TIME_ROLES)  # one scan for the eight roles
    if found:
        bases = [(a, b) for a, b, _ in find_cue(text, "comparison_base")]
        found = [(a, b, role) for a, b, role in found
                 if not bases or not any(x <= a < y for x, y in bases)]
        # 今年以来 holds 今年: a word inside a longer one of another role is part of it
        events += [(a, role, None) for a, b, role in found
                   if not any(x <= a and b <= y and y - x > b - a for x, y, _ in found)]
    if "月" in text:
        events += _month_events(text)
    if "季" in text:
        for m in _QUARTER.finditer(text):
            if _PACKAGE.match(text, m.end()):
                continue  # 冲刺四季度20条: the name of a set of measures
            if text.endswith(_ALL_QUARTERS, 0, m.end()):
                events.append((m.start(), "whole_year", None))  # 1-4季度: the whole year
                continue
            which = m[1] or m[2]
            if which is not None and len(which) > 1:  # 前3, 1-3: the quarters so far
                part = _QUARTERS_SO_FAR[which[-1]]
                events.append((m.start(), "half1", None) if part == "h1" else (
                    m.start(), "quarter", part))
                continue
            part = ("q1" if which is None else f"q{which}" if which.isdigit()
                    else f"q{'一二三四'.index(which) + 1}")
            if _SUMMED_SINCE_JANUARY.match(text, m.end()):
                # 第四季度GDP累计同比增长1.3%: the quarters summed to its end (the year's, the
                # first half's, the first three's)
                role, summed = _SUMMED_TO.get(part, ("quarter", part))
                events.append((m.start(), role, summed))
                continue
            events.append((m.start(), "quarter", part))
    if across:
        # 2018年1月至2019年9月: one stretch of months, not a plan until 2019 nor 9月 alone
        events = [e for e in events if not any(a <= e[0] < b for a, b, _ in across)]
        events += [(a, "across_years", value) for a, _, value in across]
    if not events:
        return events
    events += _moved_from_last_year(text, events)
    leads = cues("comparison_lead")
    # a trend word in a clause is in the text: without one, no clause bounds to find
    trend = has_cue(text, "trend")
    left = _left_behind(text)
    events = [(e[0], "year_only", None) if trend and _framing(text, e) and _in_trend(
        text, e[0]) else e for e in events]
    deadlines = deadline_dates(text)
    return sorted((e for e in events if (e[0] in paired or not text.endswith(leads, 0, e[0]))
                   and not (trend and e[1] != "year_only" and _in_trend(text, e[0]))
                   and not any(a <= e[0] < b for a, b in left)
                   and not any(a <= e[0] < b for a, b in deadlines)), key=lambda e: e[0])



def _item_end(text: str, events: list[tuple[int, str, object]]) -> int | None:
    """Where the item the sentence's first year opens ends, when that item is not its
    list's first (…低于目标任务5.5个百分点;2021年R&D经费支出增长0.3%;一般公共预算收入全年
    同比增长2.6%: the year of that item alone, R&D counted a year late; the items after it
    are the list's); else None (2020年A增长5%;2021年B增长6%;C增长7%: a list of years
    carries its last)."""
    at = min((at for at, role, _ in events if role == "year"), default=0)
    if at == 0 or text[at - 1] not in SEGMENT_MARKS:
        return None
    end = min((i for i in (text.find(mark, at) for mark in SEGMENT_MARKS) if i >= 0), default=-1)
    return end if end >= 0 else None


_FROM = "由从"
_MOVE_STOP = re.compile(r"[,，。；;！？!?\n]")


def _moved_from_last_year(text: str, events: list[tuple[int, str, object]]
                          ) -> list[tuple[int, str, object]]:
    """由上年的60.1%提高到61.2%: the year before names the level a change started from,
    and the word it moved by (提高到, 调整为) brings the clause back to the year in view,
    for its second level and for the sentences after it."""
    out: list[tuple[int, str, object]] = []
    for at, role, _ in events:
        if role != "last_year" or at == 0 or text[at - 1] not in _FROM:
            continue
        # (up to its comma: a ratio's colons, 9.1:39.8:51.1, end no clause here)
        stop = _MOVE_STOP.search(text, at)
        moved = find_roles(text[at:stop.start() if stop else len(text)], MOVED_ROLES)
        if moved:
            out.append((at + min(a for a, _, _ in moved), "moved_on", None))
    return out


@cache
def _from_to() -> re.Pattern[str]:
    """由…转为 (从…转为): the stretch a change starts from, before the turn's word."""
    return re.compile(rf"[由从]([^，,。；;]{{1,20}}?)(?:{alternation(cues('turn'))})")


def _left_behind(text: str) -> list[tuple[int, int]]:
    """由一季度的下降5.6%转为增长1.1% (增速从去年上半年的-17%转为31.1%): the period a
    change started from is over once 转为 is said; a number after it is the report's own
    period's."""
    if ("由" not in text and "从" not in text) or not has_cue(text, "turn"):
        return []
    return [m.span(1) for m in _from_to().finditer(text)]


def _month_number(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else _CHINESE_MONTHS[numeral]


def _month_events(text: str) -> list[tuple[int, str, object]]:
    """1-7月, 截至6月底, 9月份: the months a text names."""
    events: list[tuple[int, str, object]] = []
    for m in _MONTHS.finditer(text):
        events.append((m.start(), "months", (_month_number(m[1]), _month_number(m[2]))))
    if "前" in text:
        for m in _FIRST_MONTHS.finditer(text):
            events.append((m.start(), "months", (1, _month_number(m[1]))))
    if "截" in text:
        for m in _UNTIL_MONTH.finditer(text):  # 截至6月底: the first half's end
            events.append((m.start(1), "half1", None) if m[1] == "6" else
                          (m.start(1), "months", (1, int(m[1]))))
    for m in _month().finditer(text):
        month = int(m[1] or m[2] or 1)
        events.append((m.start(), "months", (month, month)))
    return events


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_ENDS) + 1
    ends = [i for c in _CLAUSE_ENDS if (i := text.find(c, at)) >= 0]
    return start, min(ends, default=len(text))


def _in_trend(text: str, at: int) -> bool:
    """延续一季度地区生产总值增长态势: a period naming a trend, not the one reported."""
    return has_cue(text[at:_clause_bounds(text, at)[1]], "trend")




def _in_last_years_clause(text: str, at: int) -> bool:
    """Whether the part at ``at`` stands right after a 去年, or after 去年的 in its
    clause (去年的海南一季度; not a column's 去年同期累计 before 1-8月)."""
    words = tuple(cues("last_year"))
    if text.endswith(words, 0, at):
        return True
    said = max(((i, w) for w in words if (i := text.rfind(w, 0, at)) >= 0), default=None)
    return said is not None and text.startswith("的", said[0] + len(said[1])) and (
        CLAUSE_END_AT.search(text, said[0], at) is None)


_PARTS = {"half1": "h1", "half2": "h2", "to_date": "to_date"}
_THIS_YEAR_WORDS = ("今年", "本年")  # a to_date word opened by one (今年以来) names the year


def _framing(text: str, event: tuple[int, str, object]) -> bool:
    """今年以来继续保持良好发展态势，1—6月…: in a trend's clause, 今年 still says the
    figures after it are the document's year's (its part, 以来, and any other period
    there, 延续一季度增长态势, are the trend's)."""
    return event[1] in ("to_date", "this_year") and text.startswith(_THIS_YEAR_WORDS, event[0])


_PART_ROLES = frozenset((*_PARTS, "months", "quarter"))


# the events after which a 今年 said before no longer holds (a year, a span, a plan's rate)
_LEAVES_THIS_YEAR = ("year", "across_years", "span", "per_year", "last_year")


def update_time(time: Time, text: str) -> None:
    """Apply the period cues in ``text`` to ``time``, in the order they stand."""
    events = _time_events(text)
    end = _item_end(text, events) if events else None
    if end is None:
        _apply(time, text, events)
        return
    # the item the year opens: the time before it, back after it
    opening = min(at for at, role, _ in events if role == "year")
    _apply(time, text, [e for e in events if e[0] < opening])
    before = (time.year, time.until, time.part, time.months)
    _apply(time, text, [e for e in events if opening <= e[0] < end])
    time.year, time.until, time.part, time.months = before
    _apply(time, text, [e for e in events if e[0] > end])


# a plan named as the frame of a year (“十五五”开局之年, 十四五规划的收官之年, 十三五的第一年):
# the year is the period, the plan no span
_FRAMED_YEAR = re.compile(r"十[一二三四五六七八九]五”?(?:规划)?(?:实施)?的?(?:开局|收官|起步|第一|"
                          r"最后一)(?:起步)?之?年")


def _apply(time: Time, text: str, events: list[tuple[int, str, object]]) -> None:
    """Apply the period cues ``events`` of ``text`` to ``time``, in their order."""
    parts = _PARTS
    for at, role, value in events:
        if role in _PART_ROLES and time.last_year and not _in_last_years_clause(text, at):
            # 去年经济总量突破3000亿元的宜宾，一季度…: a part said apart from 去年 is this
            # year's; only one right after it (去年一季度), or in its clause (在去年的海南
            # 一季度经济形势分析会上), is of the year before
            time.last_year = False
        if role == "across_years" and isinstance(value, tuple):
            time.since, time.months = int(value[0]), (int(value[1]), int(value[3]))
            time.year, time.part, time.until = int(value[2]), "months", False
            time.per_year = time.span = time.last_year = False
            continue
        time.since = None
        time.whole = role == "whole_year" or (time.whole and role not in _PART_ROLES)
        time.this_year = role == "this_year" or (time.this_year and role not in _LEAVES_THIS_YEAR)
        if role == "year" and isinstance(value, tuple):
            time.year, time.until = int(value[0]), bool(value[1])
            time.part, time.months = None, None
            time.of_report = bool(value[2])
            # 年均增长6%，到2025年GDP达到… / 十四五…到2025年: the year ends the span cues
            time.per_year = time.span = time.last_year = False
        elif role in parts:
            time.part = parts[role]
            if role == "to_date" and text.startswith(_THIS_YEAR_WORDS, at):
                # 2012年全市实现…。今年以来，1—6月…: 今年以来 is back in the document's year
                time.year, time.until, time.months, time.last_year = None, False, None, False
        elif role == "this_year":  # 今年: back to the document's year
            time.year, time.until, time.part, time.months = None, False, None, None
            # (今年是“十四五”开局之年，…提出了今年的预期性指标: this year's, not the span's)
            time.last_year = time.span = time.per_year = False
        elif role == "year_only":  # 今年 in a trend's clause: the year, no part
            time.year, time.until, time.last_year = None, False, False
        elif role == "whole_year":  # 全年: the whole of the year in view
            time.part, time.months = None, None
        elif role == "last_year" and time.year is None:
            time.part, time.last_year = "last", True
        elif role == "moved_on":  # …提高到61.2%: the year the 上年 before it left
            time.last_year = False
            time.part = None if time.part == "last" else time.part
        elif role == "last_year" and time.year is not None and time.of_report:
            # 该省2017年政府工作报告显示，山西去年GDP…: the year before the report's
            time.year, time.part, time.months, time.of_report = time.year - 1, None, None, False
        elif role == "months" and isinstance(value, tuple):
            time.part, time.months = "months", (int(value[0]), int(value[1]))
        elif role == "quarter":
            time.part = str(value)
        elif role == "per_year":
            time.per_year = True
        elif role == "span" and _FRAMED_YEAR.match(text, at):
            continue  # 2026年是“十五五”开局之年，…主要预期目标为: the year's, not the plan's
        elif role == "span":  # 每年…，五年累计完成…: a total over the span, not a year's
            time.span, time.per_year = True, False
            if text.startswith(AHEAD, at):
                # 过去五年…。今后五年…主要预期指标: the years ahead, not the last one's
                time.year, time.last_year, time.part, time.months = None, False, None, None


def carry(text: str, s: Span, carried: Time) -> Time:
    time = carried.copy()
    update_time(time, s.text[:_base_aside(s.text)])
    # (全年 is not carried: said in one sentence, 全年粮食有望丰收, it leaves the next ones to
    # the span the report is of)
    return Time(time.year, time.part, time.months, last_year=time.last_year, since=time.since)


def listed_periods(text: str, lo: int, at: int) -> tuple[int, list[str]]:
    """Where the periods listed side by side right before ``at`` (a 分别) start, and each
    one's words, in order (地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%:
    the i-th figure after it is the i-th period's; 第一、第二季度: 季度 shared by both);
    ``(at, [])`` unless two or more."""
    out: list[str] = []
    first = at
    end = at
    while end > lo:
        join = max(text.rfind(j, lo, end) for j in LIST_JOINS)
        item = text[max(join + 1, lo):end]
        tail = _shared_tail(out[-1]) if out else ""
        for words in (item, item + tail) if tail else (item,):
            # (a period near the item's end, said whole or with the tail it shares)
            starts = [e[0] for e in _time_events(words)]
            if starts and len(item) - max(starts) <= _PERIOD_ITEM_MAX:
                break
        else:
            break
        if join >= lo and min(starts) == 0 and len(item) <= _PERIOD_ITEM_MAX:
            out.append(words)  # (an item that is a period alone)
            first, end = join + 1, join
            continue
        # the first item, after the indicator's name it follows: from its last period on
        out.append(words[max(starts):])
        first = end - len(item) + max(starts)
        break
    return (first, out[::-1]) if len(out) > 1 else (at, [])


def _shared_tail(period: str) -> str:
    """The word a later item of a list of periods shares with the ones before it (第二季度:
    季度, for 第一、第二季度), if one."""
    return next((w for w in _SHARED_TAILS if period.endswith(w)), "")


_SHARED_TAILS = ("季度", "月份", "月")
_PERIOD_ITEM_MAX = 6  # characters of one listed period (前三季度, 1-10月)


def _base_aside(text: str) -> int:
    """Where a closing aside on the same months of the year before starts, the last
    period the sentence names (出口增长29.7%，去年同期为下降3.6%。7个省份…: the next
    sentence is back in the months reported, not in the year before); else its end."""
    if "同期" not in text:
        return len(text)  # (a C-speed test first: most sentences have no such aside)
    events = _time_events(text)
    if not events:
        return len(text)
    at, role, _ = max(events, key=lambda e: e[0])
    return at if role == "last_year" and has_cue(text[at:at + _ASIDE_WORD], "same_period") and (
        any(e[0] < at for e in events)) else len(text)


_ASIDE_WORD = 4  # characters of 去年同期, 上年同期


def result_period(ctx: DocContext, time: Time, year: int, *,
                  named_year: bool = False) -> Period:
    """The period a result is for. ``named_year``: a year a table's column names alone
    (2018 | 2017 in a report of three quarters) is the report's span in that year."""
    if time.part == "h1":
        return Period.half(year, 1)
    if time.part == "h2":
        return Period.half(year, 2)
    if time.part == "months" and time.months:
        first, last = time.months
        if time.since is not None and time.since < year:
            return Period(time.since, first, year, last)  # 2018年1月至2019年9月
        if first == last:
            return Period(year, first, year, last)
        span = month_span(year, first, last)
        if span is None:  # 3-1月: the engine skips this sentence with a warning
            raise ValueError(f"month range {first}-{last}月 ends before it starts")
        return span
    if time.part and time.part.startswith("q"):
        return Period(year, 1, year, 9) if time.part == "q13" else Period.quarter(
            year, int(time.part[1]))
    if time.part == "to_date":
        # 今年以来 in a half-year report published on 7月20日: its half year, not to July
        report = ctx.report_period
        if report is not None and report.start_year == report.end_year == year and (
                report.start_month == 1):
            return report
        return Period.months(year, 1, ctx.month) if ctx.month else Period.year(year)
    if time.part == "last":  # 去年: the reading has already stepped ``year`` back
        return Period.year(year)
    report = ctx.report_period
    if report is not None and not time.whole and (
            time.year is None or (named_year and time.part is None)):
        if report.last_year == year:
            return report
        if (named_year and year < report.start_year == report.end_year
                and report.month_count < 12):
            # 2018 | 2017 in a report of three quarters of 2018: the 2017 column is the
            # same three quarters, the base the report compares with
            return Period(year, report.start_month, year, report.end_month)
    return Period.year(year)


def target_period(five_year: bool, ctx: DocContext, time: Time, year: int, *,
                   indicator: Indicator, headed: int | None = None, at_end: bool = False,
                   ) -> tuple[Period, Literal["year"] | None]:
    """A target's period and whether it holds for each year of it; ``headed``: the year
    the clause's section heading names when the clause names none; ``at_end``: a flow's
    level said over a span without a sum's word (今后五年…总量突破1600亿元), the span's
    last year's."""
    span = ctx.plan_span
    if time.per_year:
        # 年均增长6% in a plan to 2025 (its year said before: 到2025年…, 年均…): every year
        # of the span the plan ends with
        ends_span = span is not None and time.year == span.end_year
        return (span, "year") if span and (five_year or time.year is None or ends_span) and (
            not time.until or ends_span) else (Period.year(year), None)
    # (a heading of one year in a plan's text, 2021年目标: over 生产总值增长6.5%左右, not
    # the plan's heading, “十四五”目标:, whose year is the plan's last)
    dated = time.until or time.this_year or (
        time.year is not None and time.year != ctx.year) or (
        headed is not None and (span is None or headed != span.end_year))
    if dated and not time.span:
        return Period.year(year), None
    if time.part == "h2":
        return Period.half(year, 2), None
    # 十四五期间累计… said after the year (到2025年…；十四五期间累计): the span's
    if span is not None and (time.span or (five_year and time.year is None)):
        if indicator.kind in _RECURRING_KINDS:
            return span, "year"
        if indicator.kind == "stock" or at_end:
            return Period.year(span.end_year), None
        return span, None
    return Period.year(year), None


# the years an average over years (年均) is taken over, said before it in its sentence:
# 十二五期间, 2015年至2019年, 近5年, 五年来, 三年间
_YEAR_COUNT = re.compile(r"(?:近|过去|这)([两二三四五六七八九十\d]{1,2})年|"
                         r"([两二三四五六七八九十\d]{1,2})年(?:来|以来|间|中)")


def average_span(text: str, start: int, end: int, year: int) -> Period | None:
    """The span of years ending with ``year`` that an average over years said at ``end``
    (年均增长7.2%) is over, named in ``text[start:end]`` (近5年…年均增长7.2%: the five
    years to ``year``); None when no span is named."""
    words = text[start:end]
    if (m := PLAN_NAME.search(words)) is not None:  # “十二五”期间…年均增长10.5%
        first, last = plan_years(m.group(1))
        return Period(first, 1, last, 12) if last == year else None
    if (m := YEAR_SPAN.search(words)) is not None:
        first, last = int(m.group(1)), int(m.group(2))
        return Period(first, 1, last, 12) if first < last else None
    if (m := _YEAR_COUNT.search(words)) is not None:
        count = parse_number(m.group(1) or m.group(2))
        if count is not None and 1 < count <= 10:
            return Period(year - int(count) + 1, 1, year, 12)
    return None
