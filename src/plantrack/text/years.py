"""The year a document is written in, read from cues in its text.

A document rarely states its own year. :func:`infer_year` tries the cues of
``data/year_cues.tsv`` strongest first (今年(2024年), 展望2024, 2023全国两会, 十四届全国人大
一次会议, 新中国成立75周年, 二十大开局之年, 兔年伊始, a dateline at the head, 《…2023…》,
未来五年…到2025年, 2024年是…) and falls back to the year the text mentions most. The
caller's year and the document's metadata always win over all of these.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache

from attrs import frozen

from plantrack.text._data import data_rows
from plantrack.text.numbers import TIMES_NUMBER, read_number

__all__ = ["COMPARED_WITH_YEAR", "MULTIPLE_OF", "PLAN_NAME", "YEAR", "YEARS_SIDE_BY_SIDE",
           "YEAR_NAMED", "YEAR_SPAN", "YearGuess", "deadline_dates", "five_year_plan", "infer_year",
           "plan_years", "reported_years"]

#: After a year (and its 年): the base a multiple is of (是2015年底的1.46倍, 是2002年的
#: 近三倍, 是2016年增幅的2.5倍多: that year's measure named), no period a text reports, as
#: a regex fragment.
MULTIPLE_OF = rf"(?:底|末)?[\u4e00-\u9fff]{{0,4}}?的(?:近|约|超过|逾)?{TIMES_NUMBER}倍"

#: A year's four digits as a regex fragment (1900-2099), shared by every module that reads
#: years: the one place to change what counts as a year.
YEAR = r"(?:19|20)\d\d"
#: A year in two figures (05年上半年, 15年一季度) as a regex fragment: read only before a
#: part of that year, where no span of years (近10年) can stand; see :func:`short_year`.
SHORT_YEAR = r"(?<![\d.])\d\d(?=年)"


def short_year(figures: str, today: date | None = None) -> int:
    """The year two figures name: 05 is 2005, 98 is 1998 (one past this year's is the
    last century's)."""
    year = 2000 + int(figures)
    return year - 100 if year > (today or date.today()).year else year
_YEAR = rf"({YEAR})"
_N = r"([0-9一二三四五六七八九十]{1,3})"
# A dateline is the publication date printed above the article: only the head counts.
_HEAD = 300
_FIRST_CONGRESS_YEAR = 2018  # the 13th national people's congress; one every 5 years
_FOUNDING = 1949


@frozen
class YearGuess:
    """The inferred year, the cue that decided it (its rule and the words matched), and
    the document's date when a dateline gave one."""

    year: int
    cue: str
    date: date | None = None
    # the year the figures are of, the text told after it (据2019年数据): no year of writing
    of_figures: bool = False


# 2023年, 1997 年: a year a text names (the four digits captured), not a longer number's
YEAR_NAMED = re.compile(rf"(?<!\d)({YEAR})(?= ?年)")
#: A span of years (2016年~2020年, 2018年—2022年, 2016—2020年): its first and last captured.
YEAR_SPAN = re.compile(rf"(?<!\d)({YEAR}) ?年? ?[~～\-－—–至到] ?({YEAR}) ?年")

# 与1958年相比 (同2012年相比; 和上一年相比 names none): the year a sentence compares with,
# not one of two years set side by side (1958年与2018年相比: YEARS_SIDE_BY_SIDE, the later
# the figures' year, the earlier their base)
_COMPARED_JOIN = "(?:与|和|同|跟)"
COMPARED_WITH_YEAR = re.compile(rf"(?<![年\d]){_COMPARED_JOIN}({YEAR})年(?:末|底)?相比")
YEARS_SIDE_BY_SIDE = re.compile(rf"({YEAR}) ?年{_COMPARED_JOIN}({YEAR}) ?年相比")

# 十四五, 十五五: a five-year plan by its short name (not inside a longer numeral)
PLAN_NAME = re.compile(r"(?<![一二三四五六七八九十])十([一二三四五六七八九])五")


def plan_years(digit: str) -> tuple[int, int]:
    """First and last year of the plan 十<digit>五 names: 四 → (2021, 2025)."""
    return five_year_plan(10 + "一二三四五六七八九".index(digit) + 1)


def five_year_plan(ordinal: int) -> tuple[int, int]:
    """First and last year of the ``ordinal``-th five-year plan: 14 → (2021, 2025).

    The plans run back to back from the 3rd (1966) on, after the 1963-65 adjustment.
    """
    first = 1966 + 5 * (ordinal - 3)
    return first, first + 4


@cache
def _cues() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """(name, rule, a word every match holds or "*", regex) of each year cue."""
    return tuple((name, rule, needs,
                  re.compile(regex.replace("{YEAR}", _YEAR).replace("{N}", _N)))
                 for name, rule, needs, regex in data_rows("year_cues.tsv"))


@cache
def _zodiac() -> dict[str, int]:
    return {animal: int(year) for animal, year in data_rows("zodiac.tsv")}


@cache
def _session_cues() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """The year cues that name a people's congress's session (rule ``congress``)."""
    return tuple(row for row in _cues() if row[1].startswith("congress"))


def said_at_session(cue: str) -> bool:
    """Whether a year's ``cue`` (as :func:`infer_year` gives it) is a people's congress's
    session the text was given at, or a work report's review of the year before, given at
    one: sessions meet in the year's first months."""
    name = cue.partition(":")[0]
    return any(name == row[0] and (row[1].startswith("congress") or row[1] == "review")
               for row in _cues())


# (完成了省十届人大五次会议)确定的主要目标任务: the session that set the aims a review
# reports on, held in the year reviewed
_AIMS_SET = re.compile(r"[^。\n]{0,4}?(?:确定|提出|通过)的[^。\n]{0,8}?(?:目标|任务)")


def reviewed_session_year(text: str) -> int | None:
    """The year of the congress session ``text`` names as having set the aims it
    reports on (…完成了省十届人大五次会议确定的主要目标任务), or None."""
    for _name, rule, needs, pattern in _session_cues():
        if needs not in text:
            continue
        for m in pattern.finditer(text):
            if _AIMS_SET.match(text, m.end()) and (guess := _congress(m, rule, text)):
                return guess.year
    return None


def infer_year(text: str) -> YearGuess | None:
    """The year the text is written in, and the cue that decided it, or None."""
    for name, rule, needs, pattern in _cues():
        haystack = text[:_HEAD] if rule.startswith("dateline") else text
        if needs != "*" and needs not in haystack:
            continue  # no match can be there: one C search instead of a regex scan
        if rule.startswith("dateline") and _a_list_of_dates(pattern, haystack):
            continue
        found = []
        for m in pattern.finditer(haystack):
            guess = _RULES[rule.partition(":")[0]](m, rule, text)
            if guess is not None and 1900 <= guess.year <= 2200:
                found.append(YearGuess(guess.year, f"{name}: {m.group()[:40]}", guess.date,
                                       of_figures=rule in _OF_FIGURES))
                if not rule.startswith("congress"):
                    break
        if found and rule.startswith("congress"):
            # 西藏自治区第十二届人民代表大会第三次会议 reporting 2024年: counted on the
            # country's cycle it would be 2015, before a year the text reports; and a
            # session recalled (参加十三届全国人大一次会议…审议) in a review reporting 2021
            latest = max(reported_years(text), default=0)
            found = [g for g in found if g.year >= latest]
        if found:
            # a report names its own congress session and earlier ones as past (在…第一次
            # 会议上提出的目标): the latest session is the one it is given at
            return max(found, key=lambda g: g.year)
    return _most_frequent(text)


_OF_FIGURES = ("figures", "plan_end_figures")  # rules naming the figures' year, told after it
_LISTED_DATES = 3  # different dates of one form at a text's head that make a list
_LABEL = 5  # characters before a date that label it (发布日期:)


def _a_list_of_dates(pattern: re.Pattern[str], head: str) -> bool:
    """Whether ``pattern`` finds several different dates at the head, each after the same
    label (发布日期:2022-04-21浏览次数:5777 / 发布日期:2022-06-07…: a site's list of other
    pages), none of them the text's own."""
    dates: dict[str, set[str]] = {}
    for m in pattern.finditer(head):
        dates.setdefault(head[max(0, m.start() - _LABEL):m.start()], set()).add(m.group())
    return any(len(found) >= _LISTED_DATES for found in dates.values())


def head_date(text: str) -> date | None:
    """The date a dateline at the text's head gives (2004年02月25日08:07, 2022-07-28 来源:
    …), the day it was published, or None."""
    head = text[:_HEAD]
    for _, rule, needs, pattern in _cues():
        if not rule.startswith("dateline"):
            continue
        if (needs != "*" and needs not in head) or _a_list_of_dates(pattern, head):
            continue
        for m in pattern.finditer(head):
            if (guess := _dateline(m, rule, text)) is not None and guess.date is not None:
                return guess.date
    return None


def _small(text: str) -> int | None:
    reading = read_number(text)
    if reading is None or reading.value % 1 or not 0 < reading.value < 1000:
        return None
    return int(reading.value)


def _captured_year(m: re.Match[str]) -> int:
    """The year a cue's match captured (in whichever of its alternatives matched)."""
    return int(next(g for g in m.groups() if g))


def _explicit(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    return YearGuess(_captured_year(m), "")


def _congress(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    term, session = _small(m[1]), _small(m[2])
    if term is None or session is None or not 1 <= session <= 5:
        return None
    return YearGuess(_FIRST_CONGRESS_YEAR + 5 * (term - 13) + session - 1, "")


def _anniversary(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    n = _small(m[1])
    return None if n is None else YearGuess(_FOUNDING + n, "")


def _review(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    return YearGuess(_captured_year(m) + 1, "")


def _fixed(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    return YearGuess(int(rule.partition(":")[2]), "")


def _plan_year(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    n = _small(m[1])
    if n is None:
        return None
    first, last = five_year_plan(10 + n)
    return YearGuess(first if rule == "plan_start" else last, "")


def _plan_end_alone(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    """The plan's last year, in a text naming no year itself (a plan or review of the
    next one sets its figures beside the years it names: 十三五末 is a base there)."""
    return None if _NAMED_YEAR.search(text) else _plan_year(m, rule, text)


_NAMED_YEAR = re.compile(rf"{YEAR} ?年")


def _zodiac_year(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    """The animal's year nearest the latest year the text mentions (or this decade's)."""
    reference = _zodiac()[m[1]]
    mentioned = [int(y) for y in re.findall(r"(?<!\d)(20[0-4]\d)(?!\d)", text)]
    anchor = max(mentioned) if mentioned else reference
    candidates = (reference + 12 * k for k in range(-10, 11))
    return YearGuess(min(candidates, key=lambda y: (abs(y - anchor), -y)), "")


def _horizon(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    return YearGuess(int(m[1]) - 4, "")


def _dateline(m: re.Match[str], rule: str, text: str) -> YearGuess | None:
    if rule == "dateline:dmy":  # 23.07.2015
        year, month, day = int(m[3]), int(m[2]), int(m[1])
    else:
        year = int(m[1])
        month, day = ([int(g) for g in m.groups()[1:] if g] + [1])[:2]  # 2021年4月: its 1st
    try:
        return YearGuess(year, "", date(year, month, day))
    except ValueError:
        return None


_RULES: dict[str, Callable[[re.Match[str], str, str], YearGuess | None]] = {
    "year": _explicit,
    "figures": _explicit,
    "congress": _congress,
    "anniversary": _anniversary,
    "review": _review,
    "fixed": _fixed,
    "plan_start": _plan_year,
    "plan_end": _plan_year,
    "plan_end_figures": _plan_end_alone,
    "zodiac": _zodiac_year,
    "horizon": _horizon,
    "dateline": _dateline,
}

# A year right after 到/至 is a target (到2025年), not the year of writing, and one after
# 比/较/与 a base compared with (比2000年增长2倍, 与2019年相比, 2019年同期; 按 a price base,
# 按2005年价格计算), however often
# a review measures from it (是2010年的2.2倍), nor is one since which (2014年以来, 2009年底以来,
# 从2016年第四季度至今, 自2020年起) or a progression's start (从2015年的502亿元, 由2015年的…).
# (?=2): skip in C; not a horizon (到2025年, 至2025年) but a date reached (截至2020年末,
# 截止到2020年末)
# (从 also opens where news came from: 从2014年度经济形势新闻发布会上获悉 names the year)
# (a space may stand between the word and the year, as in a page spaced around every
# number: 与 2019 年一季度基本相当)
_NO_BASE_NOR_HORIZON = (r"(?=2)(?<![比较与自由按\d])(?<!(?<!截[止至])到)(?<!(?<!截)至)"
                        r"(?<![比较与自由按] )(?<!(?<!截[止至])到 )(?<!(?<!截)至 )"
                        r"(?!(?<=从)20\d\d ?年(?:的|[^，,。；;]{0,10}?(?:至今|以来|起|开始)))")
# (since a part of it, too: 为2010年一季度以来最低, 2019年6月以来)
_SINCE = r"(?:年?[底末初]|第?[一二三四1-4]季度|[上下]半年|\d{1,2} ?月份?)?以来"
_MENTION = re.compile(rf"{_NO_BASE_NOR_HORIZON}(?<![-－—~～])(20[0-4]\d) ?年"
                      rf"(?!同期|相比|比较|{_SINCE}|{MULTIPLE_OF})")
# 2022、2023年: a year listed before the one whose 年 it shares
_LISTED = re.compile(rf"{_NO_BASE_NOR_HORIZON}(20[0-4]\d)"
                     r"(?=[、和及](?:20[0-4]\d[、和及])*20[0-4]\d ?年)")


# 2018年以来,…。 then 全年地区生产总值完成…: the year the sentence after reports whole (a
# year since which is no year reported, unless its whole follows)
_SINCE_THEN_WHOLE = re.compile(r"(20[0-4]\d) ?年以来[^。\n]{0,200}[。\n]\s*全年")


# 2021上半年, 2023一季度: a year run into the part of it it reports, its 年 left out
_PARTED = re.compile(rf"{_NO_BASE_NOR_HORIZON}(?<![-－—~～\d])(20[0-4]\d)"
                     r"(?=上半年|下半年|前三季度|[一二三四]季度)")


# 图4 2018年—2022年粮食产量: a chart's series, up to the year its page reports
_CHART_SPAN = re.compile(rf"图 ?\d{{1,2}}[:：.]?\s*{YEAR_SPAN.pattern}")


def _reported(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), int(m[1])) for m in _MENTION.finditer(text)]
    if "图" in text and (charts := list(_CHART_SPAN.finditer(text))):
        firsts = {m.start(1) for m in charts}
        found = [f for f in found if f[0] not in firsts]
        found += [(m.start(2), int(m[2])) for m in charts]
    found += [(m.start(), int(m[1])) for m in _LISTED.finditer(text)]
    found += [(m.start(), int(m[1])) for m in _PARTED.finditer(text)]
    found += [(m.start(), int(m[1])) for m in _SINCE_THEN_WHOLE.finditer(text)]
    deadlines = deadline_dates(text)
    return sorted(f for f in found if not any(a <= f[0] < b for a, b in deadlines))


@cache
def _deadline() -> re.Pattern[str]:
    rows = data_rows("deadline_words.tsv")
    leads, verbs = ("|".join(re.escape(w) for r, w in rows if r == role)
                    for role in ("lead", "verb"))
    return re.compile(rf"(?:{leads})于?(?P<date>{YEAR}年"
                      rf"[^，,。；;！？!?\d]{{0,3}}(?:\d{{1,2}}月)?[^，,。；;！？!?\d]{{0,3}}?)"
                      rf"(?:{verbs})")


def deadline_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the dates ahead by which a project reaches a stage (将于2023年11月建成,
    计划2024年底竣工投产: ``data/deadline_words.tsv``): a project's deadline, no year the
    text reports nor any figure's period."""
    if "年" not in text:
        return []
    return [m.span("date") for m in _deadline().finditer(text)]


def reported_years(text: str) -> list[int]:
    """The years ``text`` names as ones it reports on, in order: not a base it compares
    with, nor a horizon it aims at."""
    return [year for _, year in _reported(text)]


# a book's or a report's title: the years in it are its own (《2025-2031年中国科技创新
# 行业…研判报告》, a market report a page advertises twice), not ones the text reports on
_BOOK_TITLE = re.compile(r"《[^《》\n]{0,60}》")
# a sum or a rate stated (7400.9亿元, 6.8%, 416.0万吨), no count of things (5个市辖区)
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)? ?(?:%|‰|[万亿]{1,2}(?:元|美元|吨|千瓦时)|元)")
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_PART_DONE = r"(?:前三季度|上半年|一季度|第[一二三]季度|1 ?[-—至~] ?(?:[2-9]|1[01]) ?月份?)"
_TITLE_REACH = 100  # characters at a text's head its title stands in (a site's name first)


def _figured_years(text: str, mentions: list[tuple[int, int]]) -> Counter[int]:
    """How often each year of ``mentions`` (offset, year) is named in a sentence stating
    a sum or a rate: the text split into sentences once, each mention found by bisection."""
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    ends = [*starts[1:], len(text)]
    figured: dict[int, bool] = {}
    counts: Counter[int] = Counter()
    for at, year in mentions:
        k = bisect_right(starts, at) - 1
        if k not in figured:
            figured[k] = _FIGURE.search(text, starts[k], ends[k]) is not None
        if figured[k]:
            counts[year] += 1
    return counts


def _most_frequent(text: str) -> YearGuess | None:
    titles = [m.span() for m in _BOOK_TITLE.finditer(text)] if "《" in text else []
    mentions = [(at, year) for at, year in _reported(text)
                if not any(a < at < b for a, b in titles)]
    years = Counter(year for _, year in mentions)
    if not years:
        return None
    # ties go to the later year: a review of 2022 is written in 2023, not 2021
    year, count = max(years.items(), key=lambda item: (item[1], item[0]))
    figured = _figured_years(text, mentions)
    if figured and year not in figured and not any(
            y == year and at < _TITLE_REACH for at, y in mentions):
        # (2019年常州实现地区生产总值7400.9亿元 over a Q&A page's history, 2015年，撤销…;
        # 截至2015年，常州市辖5个市辖区: a year no sentence states a sum or a rate of, nor
        # the title, gives way to those that do)
        year, count = max(figured.items(), key=lambda item: (item[1], item[0]))
        return YearGuess(year, f"most frequent year stating figures: {year}年 ×{count}")
    # (四平市2024年全年实现地区生产总值580.58亿元 over a list of its counties' 2023 GDP: a
    # later year the text reports whole is the one it reports, the earlier a list's)
    # (…2019年前三季度安徽实现GDP23783.2亿元 after a profile's 2018 figures: a later year
    # whose part the text reports done is the year it is written in)
    # (…2017年预计实现地区生产总值385亿元 after a profile's 2012 figures: a later year whose
    # results the text estimates is the year it is written in, or just after)
    whole = [y for y in years if y > year
             and re.search(rf"{y} ?年(?:全年|{_PART_DONE}|预计)[^，,。；;\n]{{0,8}}?"
                           r"(?:实现|完成|累计|共|达到)", text) is not None]
    if whole:
        return YearGuess(max(whole), f"reports {max(whole)}年 whole or in part (全年实现, "
                         f"前三季度…实现), beside {year}年 named most ×{count}")
    return YearGuess(year, f"most frequent year: {year}年 ×{count}")
