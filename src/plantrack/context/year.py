"""The document's year: the year its 今年, 全年 and 上半年 mean, decided from evidence.

The evidence, strongest first: the caller's ``--year``; the metadata's ``year``; a cue of
the text that names the year of writing (今年(2024年), 展望2024, 十四届全国人大二次会议,
《…2023…》: :func:`plantrack.text.years.infer_year`); the date the document was
published (metadata, or a dateline at its head); the year the text names most; last,
a weak guess, the year of the latest Party plenum it cites (``data/plenums.tsv``).

A publication date says when a text was printed, not what it reports: a statistical
bulletin published in March 2024 reports 2023, and a repost carries the site's date,
years after the report it copies. So a publication date gives way to the year the
body opens with (2023年，全市…) when that is the year before and the text never speaks
of 今年, and to the years the text names when it names none near the date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from urllib.parse import unquote

from plantrack.bounds import YEARS
from plantrack.datafiles import data_rows
from plantrack.model import Decision, Document
from plantrack.text.periods import find_periods, plan_year_named
from plantrack.text.quantities import find_quantities
from plantrack.text.segment import sentences
from plantrack.text.years import (
    PLAN_NAME,
    YEAR,
    YEAR_SPAN,
    YearGuess,
    infer_year,
    plan_years,
    reported_years,
    reviewed_session_year,
    short_year,
)

__all__ = ["LATER", "PAST_HEADING", "WRITTEN", "decide_year", "first_line", "head_title",
           "heading_year", "is_session_title", "is_year_heading", "names_session_report",
           "opening_on_year_before", "opening_year", "reports_year_before", "run_on_opening",
           "url_date", "written_late"]

# the label of a year the text says it was written in (see plantrack.model.Decision)
WRITTEN = "written"
# the label of a year the text looks back on from the year after (its 去年)
LATER = "written later"

_HEAD = 300
# not a date's year: 2023年5月, 1998年三月五日 (a dateline in words)
_MONTH_AFTER = r"(?! ?(?:\d{1,2}|[一二三四五六七八九十]{1,2}) ?月)"
# a year named as the topic of the body's opening, not a date (2012年3月19日) nor a horizon
_LEAD_YEAR = re.compile(rf"(?<![到至\d])({YEAR}) ?年{_MONTH_AFTER}")
_DEIXIS = ("今年", "明年", "本年")
# an aim reported met (完成省政府年度考核目标, 实现了预期目标): a review's words, not a plan's
_AIM_MET = re.compile(r"(?:完成|实现|达到|超过|高于|低于)[^，,。；;：:\n]{0,12}$")
_UPDATED = re.compile(r" ?(?:更新|修订|发布|版)")  # (2025年更新): when a page changed
_BULLETIN_MONTHS = 4  # bulletins and year-end releases appear by April
_LAST_YEAR = re.compile(r"去年(?!同期|底|末|初)")  # 去年 as the period reported
# 新的一年 after a year's figures (2023年，江门GDP突破4000亿元…新的一年，): the year named is
# behind the writer, as 去年 would say
_PAST_YEAR = re.compile(rf"{_LAST_YEAR.pattern}|新的一年")


_HEADING_YEAR = re.compile(rf"(?<!\d)({YEAR}) ?年{_MONTH_AFTER}")
_BARE_YEAR_TITLE = re.compile(rf"\s*({YEAR}) ?年?\s*")  # 2023年 as a whole line
# a heading opened by a year and a space (2024 新重庆 开新局), as a graphic's text has it
_LEADING_YEAR = re.compile(rf"\s*({YEAR})[ \u3000]+(?=[\u4e00-\u9fff])")
# a title or heading opened by a year run into its words, no 年 (2019中国城市居民收入百强榜,
# 2021任务清单); not a number and its unit (2000万元以上项目) nor a yearbook's name
# (2020中国统计年鉴, whose figures are the year before's)
_RUN_ON_YEAR = re.compile(rf"\s*({YEAR})(?=[\u4e00-\u9fff])(?!年|卷)(?!.*年鉴)")


def _run_on_year(line: str) -> re.Match[str] | None:
    """The year ``line`` opens with, run into its words (:data:`_RUN_ON_YEAR`), unless
    the number engine reads a number and its unit there (2000万元, 2020家)."""
    m = _RUN_ON_YEAR.match(line)
    if m is None or any(q.number_start == m.start(1)
                        for q in find_quantities(line[:m.end() + _UNIT_REACH])):
        return None
    return m


_UNIT_REACH = 6  # characters after the number a unit may take (万元, 平方公里)
# a heading closed by a year and no 年 (湖南各市GDP排名2018), as rankings' pages write it
_TRAILING_YEAR = re.compile(rf"(?<=[\u4e00-\u9fff])({YEAR})\s*$")


# a review's first words naming the year it is about (2019年，是我县…的一年)
_OPENING_YEAR = re.compile(rf"\s*({YEAR}) ?年[，,]?是")
_LATE_MONTHS = 10  # a page of October on may look back on its own year (一年来, in December)
# a congress's session from July on (the yearly sessions sit by March): a new term's first,
# whose review of the term (过去五年, 2016年9月26日在…第一次会议上) runs up to its own year
_LATE_SESSION_MONTHS = 7


def is_year_heading(line: str) -> bool:
    """Whether a whole line is a year alone (2023年), a heading over that year's lines."""
    return _BARE_YEAR_TITLE.fullmatch(line) is not None


def is_session_title(year: int | None, title: str) -> bool:
    """Whether ``title`` names ``year`` and a report a session hears early in it
    (2020年文昌市政府工作报告解读; ``data/session_titles.txt``): then ``year`` is the year
    of writing, not of the figures reviewed."""
    return year is not None and (any(int(m[1]) == year for m in _HEADING_YEAR.finditer(
        title)) or any((m := _run_on_year(part)) is not None and int(m[1]) == year
                       for part in title.split())) and names_session_report(title)


def names_session_report(title: str) -> bool:
    """Whether ``title`` names a report a session hears early in its year (政府工作报告)."""
    return any(word in title for word in _session_words())


@cache
def _words(role: str) -> tuple[str, ...]:
    """The year decision's words of ``role`` (aim, ahead, past, looking_back):
    ``data/year_words.tsv``."""
    return tuple(word for kind, word in data_rows("plantrack.context", "year_words.tsv")[1:]
                 if kind == role)


@cache
def _session_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("plantrack.context", "session_titles.txt"))


def opening_year(line: str, written: int | None, document: Document) -> Decision | None:
    """The year a paragraph that opens by looking back (一年来，…; 过去一年，…) reports:
    the year before ``written``, as under a heading of the past; not on a page dated late
    in its year, whose 一年来 may be that year."""
    head = line.lstrip()
    word = next((w for w in _words("looking_back") if head.startswith(w)), None)
    if written is None or word is None or head[len(word):len(word) + 1] not in ("，", ","):
        return None
    published, _ = _publication(document, None)
    if published is not None and published.year == written and (
            published.month >= _LATE_MONTHS):
        return None
    return Decision(written - 1, 0.7, f"a paragraph reviews the past: {head[:len(word) + 1]}")


def written_late(text: str, document: Document, written: int | None) -> bool:
    """Whether ``text`` (normalised) says, at its head or by its metadata or address, it
    was written late in ``written`` (October on; a session held from July on), when its
    past (过去四年, 一年来) runs up to that year."""
    if written is None:
        return False
    if (session := _SESSION_DAY.search(text, 0, _HEAD)) is not None:
        return int(session[1]) == written and int(session[2]) >= _LATE_SESSION_MONTHS
    guess = infer_year(text[:_HEAD])
    published, _ = _publication(document, guess)
    return published is not None and published.year == written and (
        published.month >= _LATE_MONTHS)


# ——2021年12月8日在…人民代表大会第一次会议上: the day the session heard the report
_SESSION_DAY = re.compile(rf"({YEAR}) ?年 ?(1[0-2]|[1-9]) ?月 ?[1-3]?\d ?日 ?在"
                          r"[^。]{0,60}?会议上")


def opening_on_year_before(line: str, year: int) -> Decision | None:
    """The year before ``year`` when a paragraph opens on it (2019年是…的一年 in a text of
    2020): a review of that year; else None."""
    m = _OPENING_YEAR.match(line)
    if m is None or int(m[1]) != year - 1:
        return None
    return Decision(year - 1, 0.7, f"a paragraph opens on the year before: {m[0].strip()}")


@cache
def _run_on_opening() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("looking_back"))
    return re.compile(rf"[ \t\u3000]+(?=(?:{words})[，,])")


def run_on_opening(line: str) -> int | None:
    """Where a paragraph that opens by looking back starts inside ``line``, after a space:
    a copy that joined its paragraphs with spaces (…负重前行 过去一年,是…); None if none."""
    m = _run_on_opening().search(line)
    return m.end() if m is not None else None


def _uncompared(heading: str, word: str) -> str:
    """``heading`` without ``word`` where a comparison's word stands right before it (比上年)."""
    for compared in _words("compared"):
        heading = heading.replace(compared + word, "")
    return heading


_TERM_AHEAD = 4  # a term of five years counts the year of writing as its first


# the cue of a heading's year counted back from the writing's (一年来的主要工作): the year
# before, as sure as the writing's year is
PAST_HEADING = "heading reviews the past"


def heading_year(heading: str, written: int | None = None,
                 opening: str = "", *, late: bool = False) -> Decision | None:
    """The year a heading names (2023年工作回顾), not a date (2023年3月): for a heading
    naming a five-year plan (“十四五”规划实施情况), the plan's last year; for a review of
    the past (过去五年工作回顾), the year its section's ``opening`` line says it is about
    (2019年，是…的一年), else the year before ``written``, the year of writing."""
    if m := YEAR_SPAN.search(heading):
        # 2016年~2020年生产总值及其增长速度 (a chart's caption over five years), 2016—2020年
        # 主要发展目标: a series or a plan ending in that year, as a plan's heading does
        return Decision(int(m[2]), 0.7, f"heading names a span of years: {heading[:30]}")
    if m := (_HEADING_YEAR.search(heading) or _LEADING_YEAR.match(heading)
             or _TRAILING_YEAR.search(heading) or _run_on_year(heading)):
        return Decision(int(m[1]), 0.8, f"heading: {heading[:30]}")
    # 去年同期累计 (a table's column of the same period a year back) reviews nothing, nor
    # does 比上年增长 (a column of changes on it)
    past = [word for word in _words("past")
            if word in _uncompared(heading, word).replace(f"{word}同期", "")]
    if written is not None and past:
        if m := _OPENING_YEAR.match(opening):
            return Decision(int(m[1]), 0.8, f"heading reviews the past, its section opens "
                                            f"with {m[0].strip()}")
        if late and not any(word in _words("last_year") for word in past):
            # 一、过去四年工作回顾 in a report given in December: the years up to this one
            return Decision(written, 0.7, f"{PAST_HEADING}, written late in {written}: "
                                          f"{heading[:30]}")
        return Decision(written - 1, 0.7, f"{PAST_HEADING}: {heading[:30]}")
    if written is not None and any(word in heading for word in _words("five_ahead")):
        # 今后五年的重点目标: a government term's goals, its last year the fifth from now
        return Decision(written + _TERM_AHEAD, 0.7, f"heading looks five years ahead: "
                                                    f"{heading[:30]}")
    if written is not None and "今年" in heading:
        # 全面加大今年各项工作力度，实现“十一五”发展良好开局: this year's work, whatever plan
        # it opens
        return Decision(written, 0.8, f"heading speaks of 今年: {heading[:30]}")
    if m := PLAN_NAME.search(heading):
        first, last = plan_years(m[1])
        if (nth := plan_year_named(heading[m.end():])) is not None:
            # “十四五”开局江西“开门红”: the plan's first year, not its span's end
            return Decision(first + nth - 1, 0.8,
                            f"heading names a year of a five-year plan: {heading[:30]}")
        return Decision(last, 0.7, f"heading names a five-year plan: {heading[:30]}")
    return None


_TITLE_MAX = 60


# a line that ends in a comma goes on in the next (2023年，\n江门GDP成功突破4000亿元，):
# a sentence broken over lines, no title
_GOES_ON = ("，", ",", "、", "；", ";")


# a line opened by a year, bracketed or not (【1995年】唐山GDP为…, 2005年：…)
_ROW_YEAR = re.compile(rf"\s*([【\[(（]?)({YEAR}) ?年")
_YEAR_ROWS_MIN = 2  # lines after the first opened as it is, each by another year
_YEAR_ROWS_REACH = 6  # lines after the first looked at


def first_line(text: str) -> str | None:
    """A plain text's first line, when it reads as a title (short, no full stop, not a
    sentence's first part, not the first row of a list by year)."""
    line = text.lstrip().partition("\n")[0].strip()
    return (line if 0 < len(line) <= _TITLE_MAX and "。" not in line
            and not line.endswith(_GOES_ON) and not _opens_year_rows(text) else None)


def _opens_year_rows(text: str) -> bool:
    """Whether the text's first line is the first of lines each opened by another year
    (【1995年】唐山GDP为…, 【2005年】唐山GDP为…): a list's row, whose year is its own."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    first = _ROW_YEAR.match(lines[0]) if lines else None
    if first is None:
        return False
    years = {first[2]}
    for line in lines[1:1 + _YEAR_ROWS_REACH]:
        if (m := _ROW_YEAR.match(line)) is not None and m[1] == first[1]:
            years.add(m[2])
    return len(years) > _YEAR_ROWS_MIN


# a document's own title below a site's menu lines (莆田市2006年国民经济和社会发展统计公报
# under 加入收藏 | 会员中心): a line of the head that its document's kind closes
# (or the last item of a breadcrumb, which a site may cut short: …统计公)
# (and a note of the text's extent after it, 政府工作报告(全文), 工作报告（摘要）, or of the
# day it was given, 绥阳县2023年政府工作报告(20230107))
_TITLE_END = re.compile(r"(?:统计公报?|工作报告?|的报告|执行情况|完成情况|公报)"
                        r"(?:[(（](?:全文|摘要|摘登|节选|20\d{6})[)）])?\s*$")
_CRUMB = re.compile(r"\s*[»›>]\s*")
# a numbered heading (一、2022年计划执行情况): a section's, no title
_NUMBERED = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]")


def head_title(text: str) -> str | None:
    """A line of the head after the first that reads as the document's title and names
    its year."""
    for line in text[:_HEAD].split("\n")[1:]:
        s = _CRUMB.split(line)[-1].strip()
        if (0 < len(s) <= _TITLE_MAX and "。" not in s and _TITLE_END.search(s)
                and (_HEADING_YEAR.search(s) or _run_on_year(s)) and not _NUMBERED.match(s)):
            return s
    return None


@cache
def _data_year() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words("data_year"))
    return re.compile(rf"(?:{words})[ \t]*[:：]?[ \t]*({YEAR})(?:年|年度)?[ \t]*$", re.MULTILINE)


def _data_year_label(text: str) -> Decision | None:
    """The year a label line gives the figures (统计年度 2019 in a county profile's rows)."""
    m = _data_year().search(text)
    if m is None:
        return None
    return Decision(int(m[1]), 0.85, f"its figures' year is labelled: {m[0].strip()}")


# a work report's title with the day it was given in brackets (湘潭县2023年政府工作报告
# (20221223), 2023年广德市政府工作报告(2022年12月29日))
_GIVEN_ON = re.compile(r"(20\d\d) ?年[^()（）\n]{0,20}?工作报告[^()（）\n]{0,6}?[(（]\s*"
                       r"(20\d\d)[.\-/年]?\s*(1[0-2]|0?[1-9])[.\-/月]?\s*([0-3]?\d)日?\s*[)）]")
_DECEMBER = 12


def _given_the_december_before(head: str) -> Decision | None:
    """A work report named for a year but given in the December before it: its 今年 and
    全年 (今年以来…预计全年) are the year it was given in, its aims the next year's."""
    m = _GIVEN_ON.search(head)
    if m is None or int(m[2]) != int(m[1]) - 1 or int(m[3]) != _DECEMBER:
        return None
    return Decision(int(m[2]), 0.9, f"title: {m[0][:40]}, given the December before",
                    WRITTEN)


def decide_year(text: str, document: Document, caller: int | None = None, *,
                title: str | None = None) -> Decision:
    """The year of ``document`` (normalised ``text``), how sure, and the cue. ``title``:
    its normalised title (else its metadata's, else the text's first line if a title)."""
    if caller is not None:
        return Decision(caller, 1.0, "given by the caller")
    if document.year is not None:
        return Decision(document.year, 0.95, "document metadata")
    guess = infer_year(text)
    # the year the text says it is written in (今年(2024年), 十四届全国人大二次会议): not a
    # dateline's, not the year it names most, and not one its page's date comes before
    # (第十三届人大第五次会议 counted from the first session's year, a congress that met
    # twice in one year)
    written = guess if guess is not None and guess.date is None and not _by_frequency(
        guess) and not _published_before(document, guess.year) else None
    if (given := _given_the_december_before(" ".join(filter(None, (
            title or document.title, text[:_HEAD]))))) is not None:
        return given
    if (title := title or document.title or first_line(text)) is not None:
        named = [int(m[1]) for m in _HEADING_YEAR.finditer(title)
                 if not title.startswith("远景", m.end())
                 and not _UPDATED.match(title, m.end())]
        if not named and (m := _run_on_year(title)):
            named = [int(m[1])]  # 2019中国城市居民收入百强榜: the year its figures are of
        if named and _BARE_YEAR_TITLE.fullmatch(title):
            # 2023年 as the whole first line, then a heading 2024 新重庆 开新局: a heading of
            # a review, and the text written in the year it looks ahead to
            later = [int(m[1]) for line in text.split("\n")[1:]
                     if len(line.strip()) <= _TITLE_MAX and (
                         m := _LEADING_YEAR.match(line) or _BARE_YEAR_TITLE.fullmatch(line))]
            if later and max(later) > max(named):
                return Decision(max(later), 0.8, f"headings of {max(named)} and "
                                f"{max(later)}: written in the later")
        if named and not (written is not None and written.year + 1 < max(named)):
            # 关于2022年计划执行情况与2023年计划草案的报告: written in the plan's year (the
            # year after the one it reviews, 2020年是“十三五”收官之年); not a horizon further
            # ahead than that (我国经济总量2020年超90万亿 over a report of 十三五's 开局之年)
            return Decision(max(named), 0.85, f"title: {title[:40]}")
    if (labelled := _data_year_label(text)) is not None:
        return labelled
    if written is not None:
        return Decision(written.year, 0.9, written.cue,
                        LATER if written.of_figures else WRITTEN)
    if (line := head_title(text)) is not None:
        named = [int(m[1]) for m in _HEADING_YEAR.finditer(line)] or [
            int(m[1]) for m in (_run_on_year(line),) if m is not None]  # 2018政府工作报告
        return Decision(max(named), 0.8, f"title line: {line[:40]}")
    if guess is None and (book := _yearbook_year(text, document.url)) is not None:
        return book
    if guess is not None and _by_frequency(guess) and (
            book := _yearbook_year(text, None)) is not None:
        # 首页 出版 双流年鉴 2022 / …五年来…: the yearbook's head says which year its
        # pages report, not the year a review names most (2016年, its start)
        return book
    if (cited := _CITED_YEARBOOK.search(text)) is not None and (
            guess is None or guess.date is not None or guess.year <= int(cited[1] or cited[2])):
        # 根据2017年《贵州省统计年鉴》来看一看各地的生产总值: the figures of the yearbook's
        # year before, whatever day a repost of the text is dated (unless the text names a
        # later year most: 根据《2021年城市建设统计年鉴》… 2022年全区实现…, figures of its own)
        edition = int(cited[1] or cited[2])
        return Decision(edition - 1, 0.7, f"its figures are from {cited[0].strip()}, which "
                        f"reports {edition - 1}")
    published, cue = _publication(document, guess)
    if published is not None and (session := reviewed_session_year(text)) is not None and (
            published.year > session + 1):
        # a repost's date years after the session whose aims the text reports on
        # (完成了省十届人大五次会议确定的主要目标任务): the text looks back on its year
        return Decision(session, 0.6, f"reports on the aims of the session of {session}, "
                        f"not the page's date ({published.isoformat()})", LATER)
    if published is not None:
        in_text = (guess is not None and guess.date is not None and document.published is None
                   and not _updated_on(text, guess.date.year))
        return _from_publication(text, published, cue, dateline=in_text)
    if guess is not None:
        if (f"{guess.year}年度" in text and _LAST_YEAR.search(text)
                and not any(word in text for word in _DEIXIS)):
            # 2014年度经济形势新闻发布会…去年，全市实现…: the year it reviews is 去年, and
            # what it reports without a year is that year's
            return Decision(guess.year, 0.5, f"reviews {guess.year}年度 as 去年", LATER)
        if _whole_year_past(text, guess.year):
            # 今年一季度… and 宿迁2022年GDP为4112亿元: a year's whole figure in a report of
            # this year's part is last year's
            return Decision(guess.year + 1, 0.5, f"{guess.year}年's whole-year figure "
                            f"beside 今年's part-year ones: written in {guess.year + 1}")
        return Decision(guess.year, 0.5, guess.cue)
    if m := _CAPTION_DATE.search(text):
        year = int(m[1] or m[2])
        return Decision(year, 0.5, f"a table's caption dated {m[0].strip(' |').split()[0]}")
    if _TWO_YEAR_AVERAGE in text:
        return Decision(_TWO_YEAR_AVERAGE_YEAR, 0.3, f"{_TWO_YEAR_AVERAGE} (a growth on 2019 "
                        f"that releases of {_TWO_YEAR_AVERAGE_YEAR} gave), no year named")
    if (base := _same_period_base().search(text)) is not None:
        # 1-5月…较2020年同期(下同)增长14.9%: the period reported is the same one a year on
        # from the base it is compared with (a text of 2021 that compares with 2019 says
        # 两年平均, read above)
        return Decision(int(base[1]) + 1, 0.3, f"compares with the same period of "
                        f"{base[1]} ({base[0]}), no year named")
    if (outline := _OUTLINE_EXAMINED.search(text)) is not None:
        # 审查…第十五个五年规划纲要草案: a congress examines a plan's outline at its session
        # early in the plan's first year, and looks back on the plan before
        first = plan_years(outline[1] or outline[2])[0]
        return Decision(first, 0.4, f"examines the outline of the plan starting {first} "
                        f"({outline[0][:30]}); no year named")
    if (plenum := _latest_plenum(text)) is not None:
        name, held = plenum
        return Decision(held.year, 0.3, f"cites {name} (held {held:%Y-%m}), the latest plenum "
                        "it names; no year named")
    if document.url and (stamped := _stamped_on(document.url)) is not None:
        if (part := _latest_part(text, stamped.year)) is not None and (
                part > stamped.month and not _sets_aims(text)):
            # 上半年… on a page stamped in February: a part of a year is reported after it
            # ends, so it is the year before's
            return Decision(stamped.year - 1, 0.3, f"reports a part of a year to month "
                            f"{part}, on a page stamped {stamped.isoformat()}; no year named")
        return Decision(stamped.year, 0.3, f"a page named by the time it was stamped "
                        f"({stamped.isoformat()}); no year named")
    if document.url and (addressed := _address_year(document.url)) is not None:
        return Decision(addressed, 0.3, f"a year its address names ({document.url[:60]}); "
                        "no year named in the text")
    if (short := _SHORT_YEAR_OF_FIGURES.search(text)) is not None:
        year = short_year(short[1])
        return Decision(year, 0.3, f"a year written in two figures ({short[0]}); no year "
                        "named in full")
    return Decision(None, 0.0, "no year found in the text or its metadata")


# 南宁18年实现GDP总量…, 国家统计局18年公布: a year in two figures before its figures' verb
# (not a span of years: 连续18年, 近18年, 18年来, 第18年)
_SHORT_YEAR_OF_FIGURES = re.compile(
    r"(?<![\d.第续近去时已这多前用余的])(\d\d)年(?=实现|完成|公布|全年|的?(?:GDP|经济|地区生产总值))")


_ADDRESS_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _address_year(url: str) -> int | None:
    """The one year a page's path names (/subject/2025gsjjbnblxcl/), a last resort when
    nothing else names one; None for none or several (an article's number may hold one)."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url.split("?", 1)[0])
    years = {int(m[1]) for m in _ADDRESS_YEAR.finditer(path)} & set(YEARS)
    return years.pop() if len(years) == 1 else None


# 两年平均增长8.9%: the average growth over two years that the statistics bureaus reported
# beside each change in 2021, measured on 2019 to look past 2020's fall (国家统计局, 2021
# releases, 两年平均增长); a text that names no year and says it is of 2021, a guess flagged
# by its low confidence
_TWO_YEAR_AVERAGE = "两年平均"
_TWO_YEAR_AVERAGE_YEAR = 2021


# 十九届二中、三中、四中全会: the Central Committee's plenary sessions a text names, the
# last of a list being the latest
_PLENUMS = re.compile(r"(十[五六七八九]|二十)[届屆]((?:[一二三四五六七]中[、和及]?)+)全[会會]")


@cache
def _plenum_months() -> dict[tuple[str, str], date]:
    return {(committee, session): date(int(held[:4]), int(held[5:7]), 1)
            for committee, session, held in data_rows("plantrack.context", "plenums.tsv")}


def _latest_plenum(text: str) -> tuple[str, date] | None:
    """The latest plenary session ``text`` names (十九届四中全会) and the month it was held:
    the text was written after it."""
    held = _plenum_months()
    named = [(f"{m[1]}届{session}中全会", held[m[1], session])
             for m in _PLENUMS.finditer(text) for session in re.findall("[一二三四五六七]", m[2])
             if (m[1], session) in held]
    return max(named, key=lambda pair: pair[1]) if named else None


# this year's part as a text's period (今年一季度, 今年上半年, 今年1-5月)
_THIS_YEARS_PART = re.compile(
    r"今年(?:以来|一季度|第[一二三]季度|上半年|前三季度|前\d{1,2}个?月|1 ?[-—~至] ?\d{1,2}月"
    # or this year's aims (将今年GDP增速目标设定在6%以上, 今年经济增速将达8%左右)
    r"|[^。，,；;\n]{0,12}?(?:目标|预期|将))")
# a named year's part, or a date in it (2022年一季度, 2022年5月): no whole year; nor a
# meeting of that year (7月27日召开的2015年广西年中工作会议: held in the year written)
_YEARS_PART = re.compile(r" ?(?:一季度|第[一二三]季度|上半年|前三季度|前\d|\d{1,2} ?[月\-—~至])"
                         r"|[^，,。；;\n]{0,12}?(?:会议|大会|座谈会|发布会)")


def _whole_year_past(text: str, year: int) -> bool:
    """Whether ``text`` reports a part of 今年 (or sets its aims) and names ``year`` for
    whole years only
    (宿迁2022年GDP为4112亿元), never for a part or a meeting: then ``year`` is the one
    before the text's."""
    if _THIS_YEARS_PART.search(text) is None or _PAST_YEAR.search(text) is None:
        return False
    named = [m.end() for m in re.finditer(rf"(?<!\d){year} ?年", text)]
    return bool(named) and not any(_YEARS_PART.match(text, end) for end in named)


# a table's caption dated in figures alone before its unit (20203 单位:元, 2020.09 单位：
# 亿元), as a spreadsheet prints a year and month, or a monthly table's caption cell
# (…指标 | 全县 | 2010.6 |) over its 本月 and 累计 columns: its year, when nothing else
# names one
_CAPTION_DATE = re.compile(
    rf"^[ \t\u3000]*({YEAR})[.\-/]?(?:0?[1-9]|1[0-2])?[ \t\u3000]+单位 ?[:：]"
    rf"|\|[ \t]*({YEAR})\.(?:0?[1-9]|1[0-2])[ \t]*\|[^\n]*\n[^\n]*(?:本月|累计)", re.M)


# a statistical yearbook's edition (统计年鉴2006, tjnj/nj2016, njnj_2017) or a yearbook's
# volume (2017卷): it reports the year before the one it is named for
_YEARBOOK = re.compile(rf"(?:年鉴|tjnj|nj)[\s_/\-(（]{{0,2}}({YEAR})(?!\d)|(?<!\d)({YEAR}) ?卷")


# a yearbook the text takes its figures from, named with its edition (2017年《贵州省统计年
# 鉴》, 《2017贵州统计年鉴》): it reports the year before
_CITED_YEARBOOK = re.compile(rf"(?<!\d)({YEAR}) ?年?《[^《》\n]{{0,16}}统计年鉴》"
                             rf"|《({YEAR}) ?年?[^《》\n]{{0,16}}统计年鉴》")


# 更新时间:2024-05-10 at a page's head: when the site last touched the page, which a
# repost carries years after the report it copies, not the text's own dateline
_UPDATE_STAMP = re.compile(rf"(?:更新|修改|修订)(?:时间|日期|于)? ?[:：]? ?({YEAR})")


def _updated_on(text: str, year: int) -> bool:
    """Whether the head's dateline of ``year`` is a page's update stamp."""
    return any(int(m[1]) == year for m in _UPDATE_STAMP.finditer(text, 0, _HEAD))


def _yearbook_year(text: str, url: str | None) -> Decision | None:
    """The year a text that names none reports, when its page is a yearbook's."""
    head = text[:_HEAD]
    for where, found in (("text", _YEARBOOK.search(head)),
                         ("URL", _YEARBOOK.search(unquote(url or "").lower()))):
        if found is not None and (edition := int(found[1] or found[2])) - 1 in YEARS:
            year = edition - 1
            return Decision(year, 0.6, f"a yearbook of {edition} (its {where}) reports "
                            f"{year}", LATER)  # (written after the year it reports)
    return None


def _by_frequency(guess: YearGuess) -> bool:
    return guess.cue.startswith("most frequent")


def _published_before(document: Document, year: int) -> bool:
    """Whether the document's own date (its metadata's, else its address's) is in a year
    before ``year``."""
    published, _ = _publication(document, None)
    return published is not None and published.year < year


def _publication(document: Document, guess: YearGuess | None) -> tuple[date | None, str]:
    """The document's date and its cue: its metadata's, else a dateline the text gives
    (``guess``'s), else its address's."""
    if document.published is not None:
        return document.published, f"publication date {document.published.isoformat()}"
    if guess is not None and guess.date is not None:
        return guess.date, guess.cue
    if document.url and (day := url_date(document.url)) is not None:
        return day, f"the date in its URL ({day.isoformat()})"
    return None, ""


# Dates as news and government sites write them into their addresses: /2011-04/15/,
# /2009/07/10/, /2010/01-12/, /202303/t20230321_, /20180727/, /2021-03-03/,
# /20210602214016/, /art/2025/5/27/.
_URL_DATES = (
    re.compile(rf"/({YEAR})[-/]([01]\d)[-/]([0-3]\d)(?=[/_.]|$)"),
    re.compile(rf"/({YEAR})_([01]\d)/(?:\d\d_([0-3]\d)/)?"),  # /2023_10/23_08/: a CMS's
    re.compile(rf"/({YEAR})/([01]\d)-?([0-3]\d)/"),
    re.compile(rf"/({YEAR})([01]\d)/(?:t?{YEAR}[01]\d([0-3]\d)(?!\d))?"),
    # /20180727/, and a folder stamped to the second (/20210602214016/)
    re.compile(rf"/({YEAR})([01]\d)([0-3]\d)(?:[0-2]\d[0-5]\d[0-5]\d)?(?=[/_])"),
    # /html/2011/guonei_0729/: a year's folder, then a section's of the month and day
    re.compile(rf"/({YEAR})/[a-z]+_([01]\d)([0-3]\d)/"),
    # /art/2025/5/27/art_1229386516_5523784.html: a CMS's (Zhejiang's government sites),
    # its month and day unpadded
    re.compile(rf"/art/({YEAR})/(1[0-2]|[1-9])/(3[01]|[12]\d|[1-9])/"),
    # /2015080209540141610.htm: a page named by the time it was stamped, to the second,
    # with or without an extension (/detail/20160901151557000001)
    re.compile(rf"/({YEAR})([01]\d)([0-3]\d)[0-2]\d[0-5]\d[0-5]\d\d*(?:\.[a-z]{{3,5}})?$"),
    # ?date=2022-01-24, an e-paper's &idate=2_2022-01-24: the day its query asks for
    re.compile(rf"[?&][a-z_]*date=[^&=]*?({YEAR})-?([01]\d)-?([0-3]\d)(?![\d])", re.I),
    # /16/1123/08/C6HTKM0F000786FS.html: NetEase's (163.com) year in two figures, month and
    # day, hour, then the article's sixteen-character id
    re.compile(r"/([12]\d)/([01]\d)([0-3]\d)/[0-2]\d/[0-9A-Z]{16}\.html"),
)


# the day at a news text's head on which what it reports took place (10月19日，南宁市召开
# 新闻发布会; 15日 alone names no month): a date no year goes with, then a past event's verb
_EVENT_DAY = re.compile(r"(?<![\d年])(1[0-2]|[1-9])月([1-3]?\d)日(?:上午|下午|晚上?)?[,，]?"
                        r"[^，,。；;将拟]{0,24}?"
                        r"(?:召开|举行|举办|发布|通报|公布|获悉|开幕)")
_EVENT_REACH = 120  # characters of a text's head where its event's day stands


def _event_day(text: str) -> tuple[int, int] | None:
    """The (month, day) of the event at the head of ``text``, if it names one."""
    m = _EVENT_DAY.search(text, 0, _EVENT_REACH)
    return (int(m[1]), int(m[2])) if m and 1 <= int(m[2]) <= 31 else None


# 全年 as the period a text reports; 比去年全年加快 compares a quarter with last year's
_WHOLE_YEAR = re.compile(r"(?<!去年)(?<!上年)全年")


# 审查镇康县国民经济和社会发展第十五个五年规划纲要草案, 审议“十五五”规划纲要(草案): a
# session examining a five-year plan's outline (the draft, before it is adopted)
_OUTLINE_EXAMINED = re.compile(
    r"(?:审查|审议|讨论|審查|審議|討論)[^。\n]{0,30}?(?:第十([一二三四五六七八九])[个個]五年"
    r"|“?十([一二三四五六七八九])五”?)(?:规划|規劃)[^。\n]{0,16}?(?:纲要|綱要)[(（]?草案")


# /news/1727314806191438.shtml: a page named by the Unix time it was stamped, in seconds
# (the ten digits of 2004-11 to 2027-01), then its milliseconds or a counter
_UNIX_STAMP = re.compile(r"/(1[1-7]\d{8})\d{0,6}(?:\.[a-z]{3,5})?/?$")


def _stamped_on(url: str) -> date | None:
    """The day a page's address names as a Unix time, if it names one: a last resort,
    read only when nothing in the text names a year (an article's number may look so)."""
    m = _UNIX_STAMP.search(url.split("?", 1)[0])
    return datetime.fromtimestamp(int(m[1]), tz=UTC).date() if m else None


# /qiye/201409182416.htm, /cjzx/20230223431922.shtml: a page named by its day and a
# counter of that day's pages (three digits or more: /2015080209.htm may be an id), its
# last characters letters in some CMSs (/202212090100268817KT.shtml)
_DATED_NAME = re.compile(rf"/({YEAR})([01]\d)([0-3]\d)\d{{3,}}[A-Za-z]{{0,3}}\.[a-z]{{3,5}}$")
_FOLDER_YEAR = re.compile(rf"/({YEAR})/")


def url_date(url: str) -> date | None:
    """The publication date a page's address holds, if it holds one."""
    path = url.split("?", 1)[0]
    dated = _DATED_NAME.search(path)
    if dated is not None and any(y != dated[1] for y in _FOLDER_YEAR.findall(path)):
        dated = None  # (/daynews/2020/20031230803.htm: the folder's year, no 2003)
    for m in (*(pattern.search(url) for pattern in _URL_DATES), dated):
        if m is None:
            continue
        try:
            year = int(m[1])
            day = date(year + 2000 if year < 100 else year, int(m[2]), int(m[3] or 1))
        except ValueError:
            continue
        if day.year in YEARS:
            return day
    return None


def _latest_part(text: str, year: int) -> int | None:
    """The last month of the latest part of ``year`` from January (1-11月, 前三季度,
    上半年) whose change ``text`` reports, not counting last year's (去年1-11月)."""
    months = [found.period.end_month for found in find_periods(text, year)
              if found.period.start_year == found.period.end_year == year
              and found.period.start_month == 1 < found.period.end_month < 12
              and text[max(0, found.start - 2):found.start] not in ("去年", "上年")
              and _CHANGE_REPORTED.match(text, found.end)]
    return max(months, default=None)


# a change reported for the part just named (1-11月，规上工业增加值同比增长9.1%), not an
# event of it (一季度“开门红”动员大会)
_CHANGE_REPORTED = re.compile(r"[^。；;\n]{0,40}?(?:同比|比上年|增长|下降|增速)"
                              r"|[^。；;\n]{0,40}[。；;][^。；;\n]{0,40}?(?:同比|比上年|增长|下降)")


def _sets_aims(text: str) -> bool:
    """Whether ``text`` speaks of an aim other than as one met."""
    return any(_aim_unmet(text, m.start())
               for word in _words("aim") for m in re.finditer(word, text))


def _aim_unmet(text: str, at: int, lo: int = 0) -> bool:
    """Whether the aim word at ``at`` is said as an aim, not one a figure met or is set
    against (完成…目标, 高于年初预期目标), in the words from ``lo``."""
    return not _AIM_MET.search(text, max(lo, at - _AIM_MET_BACK), at)


_AIM_MET_BACK = 14  # characters before an aim word its verb of meeting may stand in


def _speaks_of_now(text: str, year: int) -> bool:
    """Whether a text published in ``year`` speaks of its own time: 今年, or aims ahead
    (今后五年…年均增长11%), but not the aims a sentence sets for the year before
    (2017年年初，…主要预期目标是：…), which a review of that year recalls, nor an aim a
    figure is reported against (增速高于年初预期目标(7.0%))."""
    if any(word in text for word in _DEIXIS):
        return True
    aims = [word for word in _words("ahead") if word in text]
    before = f"{year - 1}年"
    return bool(aims) and any(
        before not in s.text and any(
            _aim_unmet(text, s.start + m.start(), s.start)
            for word in aims for m in re.finditer(word, s.text))
        for s in sentences(text))


def _headline_of_last_year(text: str) -> bool:
    """Whether a title-like line of the head (short, no full stop) opens with 去年 as the
    period it reports."""
    return any(len(s) <= _TITLE_MAX and "。" not in s and _LAST_YEAR.match(s)
               for line in text[:_HEAD].split("\n") if (s := line.strip()))


@cache
def _same_period_base() -> re.Pattern[str]:
    """较2020年同期, 相较于2020年同期, 对比2020年同期: a base of the same period, by the
    comparison words of ``year_words.tsv`` (role compared)."""
    words = "|".join(map(re.escape, _words("compared")))
    return re.compile(rf"(?:{words})于?({YEAR}) ?年同期")


def _names_year(text: str, year: int) -> bool:
    """Whether ``text`` names ``year`` other than in a date (进入2017年, 2017年一季度; not
    2017年2月23日 nor 2017年度)."""
    return re.search(rf"{year} ?年(?!度){_MONTH_AFTER}", text) is not None


def reports_year_before(text: str, year: int) -> bool:
    """Whether ``text``, written in ``year``, reports on the year before: it names that
    year as one it reports on, and its own only in dates (2018年2月23日，…获悉，2017年，
    郑州GDP…): its figures that name no year are the year before's."""
    return not _names_year(text, year) and year - 1 in reported_years(text)


def _from_publication(text: str, published: date, cue: str, *,
                      dateline: bool = False) -> Decision:
    """``dateline``: the date is printed in the text, not the site's (metadata, URL),
    which a repost carries years after what it copies."""
    year = published.year
    # (the years the text reports, read once: each scan is the length of the text)
    reported = reported_years(text)
    if not dateline and reported and min(reported) > year and not _sets_aims(text):
        # (2020年,面对新冠肺炎疫情冲击…全年实现地区生产总值 on a mirror whose address holds
        # 20180105…: a page cannot report only years after its site's date, which is no
        # publication's; a plan's aims, 2035年远景目标, may lie after it; a date printed in
        # the text is its own, whatever a sidebar's teaser names)
        latest = max(reported)
        return Decision(latest, 0.6, f"latest year named ({latest}年); the date "
                                     f"({published.isoformat()}, {cue}) is earlier than "
                                     "anything it reports")
    lead = _LEAD_YEAR.search(text, 0, _HEAD)
    # 今年 or aims (今后五年…年均增长11%): a report written in the year it plans for
    speaks_of_now = _speaks_of_now(text, year)
    # a dateline is the text's own date when the text speaks of its time (今年, 去年);
    # one that nothing ties the text to may be a repost site's stamp (2023-06-15
    # 04:10:38 over 各县相继发布2020年主要经济数据)
    # (or the text's own event falls on the dateline's day: 5月18日上午,…会议…开幕 under
    # 2020-05-18, the day the page was written)
    repost_possible = not dateline or not (speaks_of_now or _LAST_YEAR.search(text) or (
        _event_day(text) == (published.month, published.day)))
    # (进入2017年, 2017年一季度: the year printed in, named other than in a date)
    names_now = _names_year(text, year)
    if lead is not None and int(lead[1]) == year - 1 and not names_now and (
            not speaks_of_now or _OPENING_YEAR.match(text, text.rfind("\n", 0, lead.start()) + 1)):
        # (a paragraph that opens 2007年是…之年 reviews it, whatever aims it says were met)
        return Decision(year - 1, 0.8, f"reports on {lead[1]}年, published {year} ({cue})",
                        LATER)
    if not names_now and not reported and _headline_of_last_year(text):
        # 去年研发经费投入超千亿元省(市)达12个 over a body that names no year: the page
        # reports the year before the one it is dated in
        return Decision(year - 1, 0.7, f"its headline reports 去年, published {year} ({cue})")
    if not names_now and (day := _event_day(text)) is not None and day[0] > published.month:
        # 10月19日，南宁市召开新闻发布会 on a page dated 2008-09-18: the event is months after
        # the page's date in its year, so it took place a year before (or more: the year
        # before is the nearest the text allows). A month, not a day: an address often
        # names only its month (/202108/), or a time for a day
        return Decision(year - 1, 0.6, f"an event on {day[0]}月{day[1]}日 at its head, a "
                                       f"later month than the page's date ({cue})")
    if (not names_now and (part := _latest_part(text, year)) is not None
            and part > published.month and not _sets_aims(text)):
        # 1-11月 printed in January: a part of a year is reported after it ends, so it is
        # the year before's
        return Decision(year - 1, 0.7, f"reports a part of a year to month {part}, "
                        f"published {published.isoformat()} ({cue})")
    if (published.month <= _BULLETIN_MONTHS and not speaks_of_now and _WHOLE_YEAR.search(text)
            and not _sets_aims(text)
            and not re.search(rf"{year} ?年(?!度| ?\d{{1,2}} ?月 ?\d{{1,2}} ?日)", text)):
        # 全年…比上年 printed in the first months: a year cannot be whole in January, so it
        # is last year's (a bulletin's section, a year-end release), unless it sets aims
        # or names the year it is printed in (2022年一季度…开工, 为全年…) other than in the
        # date it is printed on (2020年3月25日)
        return Decision(year - 1, 0.7, f"reports a whole year (全年), published "
                                       f"{published.isoformat()} ({cue})")
    # a base compared with (比2019年同期) or a horizon aimed at (到2018年) is no year
    # the text reports
    named = set(reported)
    if (repost_possible and named and year not in named and year - 1 not in named
            and max(named) < year and not (speaks_of_now and reported.count(max(named)) < 2)):
        # a repost: the site's date, years after the report it copies (but a text of now
        # that names an old year once in passing is none: 今年以来…超过…的2008年)
        latest = max(named)
        return Decision(latest, 0.6, f"latest year named ({latest}年); the publication "
                                     f"date ({year}) is later than anything it reports")
    if (published.month <= _BULLETIN_MONTHS and named and max(named) == year - 1
            and not speaks_of_now and not _sets_aims(text)):
        # 山东省…2021年达71067.5亿元 on a page of 2022-02-15 that names no year of its own:
        # early in a year, what a text reports of the year just ended is that year's
        return Decision(year - 1, 0.6, f"latest year named ({year - 1}年), published "
                        f"{published.isoformat()}, early in the year after ({cue})")
    return Decision(year, 0.8, cue)
