"""What a table's columns hold, read from its header: the indicator's name, the unit, a
target, a result, a growth rate, or nothing to read.

The header words live in ``data/table_columns.tsv``. A header cell's role is the role of
the longest word it holds (预计完成 is a result, 完成率 nothing to read); a value column's
kind is its longest target or result word's, and a growth column with neither takes the
kind and period of the nearest value column to its left (1-11月完成 | 增长% : the
growth of the result, over its months).
Header rows are merged column by column first, an empty upper cell standing under the
merged cell to its left (| 2023年 |  | over | 目标 | 完成 | is 2023年目标, 2023年完成).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Literal

from attrs import frozen

from plantrack.datafiles import alternation, data_rows
from plantrack.model import Kind
from plantrack.text.quantities import find_quantities
from plantrack.text.years import YEAR

__all__ = [
    "BARE_MONTHS",
    "BARE_YEAR",
    "BRACKETED_YEAR",
    "SAME_PERIOD_BEFORE",
    "YEAR_SPAN",
    "Column",
    "Header",
    "header_role",
    "is_names_header",
    "is_period_header",
    "is_region_header",
    "is_year_name",
    "opens_with_period",
    "read_header",
    "respan",
    "sector_parts",
    "table_words",
    "unit_in",
]

# (nominal: a growth at current prices, an income's growth and no output's)
Role = Literal["indicator", "unit", "target", "result", "growth", "skip", "nominal"]
_VALUE_ROLES = ("target", "result")
# a unit written in a header or a name: 完成(亿元), 增长(%), 增长%, 地区生产总值(亿元)
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
_BRACKETED = re.compile(r"[(\[]([^()\[\]\d]{1,6})[)\]]")


@cache
def table_words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in ``data/table_columns.tsv``, longest first."""
    words = {row[1] for row in data_rows("plantrack.extract", "table_columns.tsv")
             if row[0] == role}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def sector_parts() -> dict[str, str]:
    """The parts a yearbook prints under a sector (工业 under 第二产业), each to its
    sector: the ``sector_part`` rows of ``data/table_columns.tsv``."""
    return {row[2]: row[1] for row in data_rows("plantrack.extract", "table_columns.tsv")
            if row[0] == "sector_part"}


@cache
def _words() -> tuple[re.Pattern[str], dict[str, Role]]:
    roles: dict[str, Role] = {}
    order: tuple[Role, ...] = ("indicator", "unit", "target", "result", "growth", "skip",
                               "nominal")
    for role in order:
        for word in table_words(role):
            roles.setdefault(word, role)
    # a lookahead finds every word at every place, overlapping ones too (预计完成, 完成)
    return re.compile(f"(?=({alternation(roles)}))"), roles


def _found(text: str) -> list[tuple[str, Role]]:
    """The header words in ``text``, read without its spaces (指   标 is 指标)."""
    pattern, roles = _words()
    key = _SPACE.sub("", text)
    # (a unit's word opens its header: 计量单位, 单位(亿元); 国有单位职工收入 heads values;
    # a names word opens its header or nearly fills it: 项目名称, 各项指标, but
    # 协议外商直接投资项目 is a row's name)
    return [(m[1], roles[m[1]]) for m in pattern.finditer(key)
            if (m.start() == 0 and not (roles[m[1]] == "unit" and key.startswith(
                table_words("per_unit"), len(m[1])))) or (roles[m[1]] != "unit" and (
                roles[m[1]] != "indicator" or len(key) <= len(m[1]) + _NAMES_WORD_SLACK))]


_NAMES_WORD_SLACK = 2  # characters a names word may have before it (各项指标, 主要项目)


def header_role(text: str) -> Role | None:
    """The role of the longest header word in ``text``, if any."""
    found = _found(text)
    return max(found, key=lambda f: len(f[0]))[1] if found else None


def is_region_header(text: str) -> bool:
    """Whether ``text`` is a region column's header as a whole (市县, 市    县, 地区): the
    rows of its table are regions. Never a piece of a longer header (地区生产总值)."""
    key = _SPACE.sub("", text).replace("（", "(").replace("）", ")")
    words = table_words("region")
    # 各省市, 各城市: "each" before a region column's word; 编辑行政区: a wiki's edit link
    # run into the table's first cell by its copy
    return bool(key) and (key in words or (key.startswith("各") and key[1:] in words)
                          or any(key.startswith(link) and key[len(link):] in words
                                 for link in table_words("edit_link")))


def is_scope_header(text: str) -> bool:
    """Whether ``text`` heads a column of each row's scope (统计口径: 全市, 市级)."""
    return _SPACE.sub("", text) in table_words("scope_column")


def is_period_header(text: str) -> bool:
    """Whether ``text`` heads a column of years (年份, 年 度): the rows are periods."""
    return _SPACE.sub("", text) in table_words("period")


def unit_of(text: str) -> str | None:
    """A unit text that a number can take (亿元, %, 万人, 个, 平方公里), else None: the
    number engine's own units, one place to learn a new one."""
    text = text.strip()
    if not text or len(text) > _UNIT_MAX:
        return None
    found = find_quantities("1" + text)
    return text if found and found[0].end == len(text) + 1 else None


_UNIT_MAX = 6  # characters of a unit written alone (千瓦时, 平方公里)


def unit_in(text: str) -> str | None:
    """A unit a header or a name writes with it: (亿元), (%), or a trailing %. A bracket
    of Latin letters names, it is no unit (地区生产总值(GDP)(亿元)), nor one of prices
    ((当年价格)); money in a column of
    dollars (美元(亿元), GDP(百万元)美元) is in dollars, and a column of dollars with no
    bracket (人均GDP美元) is in 美元."""
    for m in _BRACKETED.finditer(text):
        if _LATIN_NAME.fullmatch(m[1].strip()) or PRICE_BRACKET.fullmatch(m.group()):
            continue  # (GDP) names; (当年价格), (可比价) say the prices, not the unit
        unit = m[1].strip().lstrip("±+-").strip() or None  # (±%): a percent
        if unit is not None and (split := _CURRENCY_PER.fullmatch(unit)) is not None:
            # (本币/百万), (美元/百万), (本币/元): a currency and the size of its unit
            currency = "美元" if "美元" in split[1] else "元"
            unit = currency if split[2] == "元" else split[2] + currency
        dollars = unit is not None and unit.startswith(_DOLLAR_SIGNS)
        if unit is not None and unit.startswith(_CURRENCY_SIGNS):
            unit = unit[1:].strip() or None  # (¥亿元): the sign says the 元 again
        if unit is not None and (dollars or "美元" in text[:m.start()] + text[m.end():]) and (
                unit.endswith("元") and "美元" not in unit):
            # 美元(亿元), ($亿元), GDP(百万元) over 本币 | 美元: in dollars
            unit = unit[:-1] + "美元"
        return unit
    if text.rstrip().endswith("%"):
        return "%"
    if (said := _UNIT_AFTER_WORD.fullmatch(text)) is not None:
        return said[1]  # 单 位:亿元, a column headed by its unit said after the word
    return "美元" if text.rstrip().endswith("美元") else None


_LATIN_NAME = re.compile(r"[A-Za-z]+")
#: 单位:, 单 位： (a caption's or a column's unit said after the word)
UNIT_SAID = re.compile(r"单\s*位\s*[:：]")
_UNIT_AFTER_WORD = re.compile(rf"\s*{UNIT_SAID.pattern}\s*([^\s()（）\d]{{1,6}})\s*")
#: a bracket naming the prices a figure is at ((当年价格), (2000年不变价), (可比价)): no
#: unit, and its year is the prices', not the figure's period
PRICE_BRACKET = re.compile(r"[(（][^()（）]*价[^()（）]*[)）]")
_CURRENCY_PER = re.compile(r"(本币|人民币|美元)\s*/\s*(百万|千万|千|万|亿|元)")
_DOLLAR_SIGNS = ("$", "＄")
_CURRENCY_SIGNS = ("¥", "￥", "$", "＄")


@frozen
class Column:
    """One column of a table, as its header says."""

    index: int
    header: str  # the merged header text
    role: Role | None
    kind: Kind | None = None  # a value column's: target or result
    growth: bool = False  # its values are growth rates
    unit: str | None = None  # a unit the header writes: 完成(亿元), 增长%
    # a growth word's column: the index of the column of levels right before it whose
    # growth it is (人口(亿) | 增率), when no period or result word says whose
    of: int | None = None


@frozen
class Header:
    """A table's columns: where each row's name and unit stand, and its value columns."""

    columns: tuple[Column, ...]
    name: int  # the column of each row's indicator name (or region's)
    unit: int | None  # the column of each row's unit, if the table has one
    regions: bool = False  # the name column holds regions, the caption the indicator

    @property
    def values(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.kind is not None)


def respan(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Header rows whose spans a text copy lost, laid out again over the table's width:
    the last row's cells, written from the left, stand over the value columns on the
    right (the rowspanned name and unit columns hold nothing there), and each of a row
    above's cells past those spans the same number of them (| 指标名称 | 计量单位 | 北京市 |
    西城区 | over | 本期 | ±% | 本期 | ±% |). Rows that fill the width, or leave blanks
    inside, are left as they are."""
    width = max((len(r) for r in rows), default=0)
    out = [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows]
    if len(out) < 2:
        return out
    last = [c for c in out[-1] if c]
    n = len(last)
    if not 0 < n < width or any(out[-1][n:]):
        return out
    if len(out) == 2 and (spanned := _one_spanning(out[0], last, width)) is not None:
        return spanned
    if len(out) > 2 and (whole := _packed_under(out[0], out[1])) is not None:
        out = [whole, *out[2:]]
    lead = width - n
    out[-1] = [""] * lead + last
    for k, row in enumerate(out[:-1]):
        filled = [c for c in row if c]
        if any(row[len(filled):]):
            continue
        if len(filled) == n and not _names_column(filled[0]):
            # a row of as many cells as the last and no name column's word: over the
            # same columns (社会消费品零售总额 | 增长 over (亿元) | (%))
            out[k] = [""] * lead + filled
            continue
        groups = len(filled) - lead
        if groups > 0 and not n % groups:
            out[k] = filled[:lead] + [c for c in filled[lead:] for _ in range(n // groups)]
    return out


def _one_spanning(upper: list[str], last: list[str], width: int) -> list[list[str]] | None:
    """| 指标 | 单位 | 1季度累计 | 增速 | 2016年 | 完成年度计划(%) | over | 计划目标值 | 比上年
    增长(%) |: the upper row's one period cell (2016年) spans the lower row's cells, and
    the cells after it stand one column on per extra cell."""
    filled = [c for c in upper if c]
    n = len(last)
    if any(upper[len(filled):]) or len(filled) + n - 1 != width:
        return None
    periods = [i for i, c in enumerate(filled) if i > 0 and opens_with_period(c)]
    # (2022年 计划目标 | 2022年实绩 over 绝对值 | 增速(%): of a target's and a result's
    # period cells, the result's spans the level and its growth; a plan's aim is one
    # cell, 增长7%左右)
    results = [i for i, c in enumerate(filled) if i > 0 and header_role(c) == "result"]
    if periods:
        spanning = [i for i in results if i in periods]
        k = spanning[0] if len(spanning) == 1 and len(periods) > 1 else periods[0]
    elif len(results) == 1 and any(header_role(c) in ("growth", "result") for c in last):
        # (人代会目标 | 完成情况 | 全市排名 over 增幅 | 绝对值 | 评价: with no period cell,
        # the one result's cell spans the measures of what was achieved)
        k = results[0]
    else:
        return None
    return [filled[:k] + [filled[k]] * n + filled[k + 1:],
            [""] * k + last + [""] * (width - k - n)]


def _packed_under(top: list[str], below: list[str]) -> list[str] | None:
    """| 城市名称 | 年 底 | 国内生产总值 | 工 业 | 客运总量 | 地方财政 | over | 总人口 |
    (当年价格) | 总产值 | 预算内收入 |: a header line whose rowspanned blanks a text copy
    lost, packed to the left. Each of its words goes on the next top cell whose name is
    not whole (工 业 + 总产值), a bracketed one (当年价格) on the next cell whatever it
    is; the top row with them, when the words and the unfinished cells are as many."""
    filled = [c for c in below if c]
    if not all(top) or not filled or any(below[len(filled):]) or len(filled) >= len(top) - 1:
        return None
    ends = table_words("name_end")
    unfinished = [i for i, t in enumerate(top)
                  if not (_SPACE.sub("", t).endswith(ends) or _names_column(t))]
    if len(unfinished) != sum(not _BRACKETED.fullmatch(f) for f in filled):
        return None
    out, at = list(top), 0
    for word in filled:
        if not _BRACKETED.fullmatch(word):
            at = next((i for i in unfinished if i >= at), len(top))
        if at >= len(top):
            return None
        out[at] = _SPACE.sub("", out[at]) + word
        at += 1
    return out


def is_names_header(text: str) -> bool:
    """Whether a cell is the word over a table's names (项目, 指标, 地区, 年份)."""
    return header_role(text) == "indicator" or is_region_header(text) or is_period_header(text)


def _names_column(text: str) -> bool:
    """Whether a header cell heads the rows' names or units (指标, 地区, 单位)."""
    return is_region_header(text) or header_role(text) in ("indicator", "unit")


def merge_rows(rows: Sequence[Sequence[str]]) -> list[str]:
    """Header rows merged column by column; an empty cell of a row above the last stands
    under the merged cell to its left (colspan), an empty lower one adds nothing (rowspan)."""
    width = max((len(r) for r in rows), default=0)
    merged = [""] * width
    for k, row in enumerate(rows):
        last = ""
        for i in range(width):
            cell = row[i].strip() if i < len(row) else ""
            if not cell and k < len(rows) - 1 and i > 0:
                cell = last  # spanned from the left
            last = cell
            merged[i] += cell
    return merged


def _unit_cell(parts: Sequence[str]) -> str | None:
    """A header cell that is a unit alone (a units row: |  | 亿元 | % |)."""
    for part in (p.strip() for p in parts):
        if part and len(part) <= 6 and not re.search(r"\d", part):
            found = find_quantities("1" + part)
            if found and found[0].start == 0 and found[0].end == len(part) + 1:
                return part
    return None


# a header led by its period (2018年8月, 2022年GDP(亿元), 1-3月, 3月 同比±%), never a value
# (a year alone over its columns: 2008 over 社会消费品零售总额 | 增长)
_PERIOD_LEAD = re.compile(rf"{YEAR}(?: ?年|(?!\d|\.\d))|\d{{1,2}} ?(?:[-－—~至] ?\d{{1,2}} ?)?月")
_QUARTER_ALONE = re.compile(r"第?[1-4一二三四] ?季度")  # 年份 | 1季度 | 2季度: a quarter's column


# a year and its months, words lost in the copy (20221-8 or 2024年1- 4 for 2022年1-8月)
_RUN_MONTHS = re.compile(rf"({YEAR})年?((?:1[0-2]|[1-9])[-－—~至](?:1[0-2]|[1-9]))")


def spelled_period(text: str) -> str:
    """``text``, a year and its months that lost their words (20221-8, 2024年1- 4) given
    them back (2022年1-8月)."""
    m = _RUN_MONTHS.fullmatch(_SPACE.sub("", text))
    return f"{m[1]}年{m[2]}月" if m else text


def opens_with_period(text: str) -> bool:
    """Whether a cell opens with a year or a month: a header, not a value."""
    return _PERIOD_LEAD.match(_SPACE.sub("", spelled_period(text))) is not None


def is_period_named(text: str) -> bool:
    """Whether a cell is a period and a name (2020年GDP, 1-9月增速, 20221-8): a column's
    header; a period alone (2020) may be a row's name in a table of years."""
    key = _SPACE.sub("", spelled_period(text))
    m = _PERIOD_LEAD.match(key)
    return m is not None and re.search(r"[\u4e00-\u9fffA-Za-z]", key[m.end():]) is not None


#: a cell holding a year alone (2020, 2021年): a column's year, or a row's under 年份
BARE_YEAR = re.compile(rf"{YEAR}年?")
# a year row's note in brackets (2002(旧口径)(Old caliber), 2020年(调整后))
_ROW_NOTE = re.compile(r"[(（].*$")


def is_year_name(text: str) -> bool:
    """Whether a row's name is a year, with or without a note in brackets after it."""
    return BARE_YEAR.fullmatch(_ROW_NOTE.sub("", text)) is not None


#: a row's span of years (1971-1975: the five years' sum) beside the single years
YEAR_SPAN = re.compile(rf"({YEAR})\s*[-－—~～]\s*({YEAR})年?")
# a column's year in brackets after its indicator (GDP (2008)), or alone under it ((2008))
BRACKETED_YEAR = re.compile(rf"[(（] ?({YEAR}) ?[)）]")

# a column headed by its months alone (1-2, 11, 1-11 over 去年同期 | 增长%; 6月 | 1-6月
# over 比去年同月增长): 1-2月
BARE_MONTHS = re.compile(r"(?:1[0-2]|[1-9])(?:\s*[-—~至]\s*(?:1[0-2]|[1-9]))?(?:月份?)?")


_YEAR_OVER_YEAR = re.compile(rf"{YEAR}年?比{YEAR}年?(?:增长|增减|±)?(?:[(（]%[)）]|%)?")
# an index on a fixed year (指数(1978=100)): neither a year's level nor its growth
_FIXED_BASE = re.compile(rf"{YEAR}年?\s*[=＝]\s*100")


def _column(index: int, text: str, parts: Sequence[str] = ()) -> Column:
    if _FIXED_BASE.search(text):
        return Column(index, text, "skip")
    if index > 0 and BARE_MONTHS.fullmatch(text.strip()) and "月" not in text:
        text = text.strip() + "月"
    text = spelled_period(text)
    found = _found(text)
    if index > 0 and _YEAR_OVER_YEAR.fullmatch(_SPACE.sub("", text)):
        # 2005比2004 (its English line, increase rate … (%), dropped): the later year's
        # growth on the earlier
        return Column(index, text, "growth", "result", True, unit_in(text) or "%")
    if not found:
        if index > 0 and (opens_with_period(text) or BARE_YEAR.fullmatch(text.strip())
                          or _QUARTER_ALONE.fullmatch(_SPACE.sub("", text))):
            # 2018年8月, 2022年GDP(亿元), 2018 after 指标 | 计量单位: what was reached
            # in that period
            return Column(index, text, "result", "result", False, unit_in(text))
        return Column(index, text, None)
    _, role = max(found, key=lambda f: len(f[0]))
    if role in ("indicator", "unit", "skip"):
        return Column(index, text, role)
    if role == "nominal":
        return Column(index, text, role, "result", True, unit_in(text) or "%")
    kinds = [(w, r) for w, r in found if r in _VALUE_ROLES]
    if any(w not in _WEAK_KIND_WORDS for w, _ in kinds):
        # 2015年目标绝对值: the group's 目标 says whose figure, 绝对值 only that it is a
        # level; 全年预期增速: 预期 says whose, 全年 only over what period
        kinds = [(w, r) for w, r in kinds if w not in _WEAK_KIND_WORDS]
    kind: Kind | None = max(kinds, key=lambda f: len(f[0]))[1] if kinds else None  # type: ignore[assignment]
    growth = any(r == "growth" for _, r in found)
    unit = unit_in(text) or _unit_cell(parts) or ("%" if growth else None)
    return Column(index, text, role, kind, growth, unit)


# a header of a growth word alone (增长率, 增速(%)): the growth of the column before it
_GROWTH_ONLY = re.compile(r"(?:同比)?(?:增长率?|增速|增幅|增率)\s*(?:[(（]%[)）]|%)?")
_BASE_COLUMN = ("去年", "上年")  # a column of the base a growth is on (去年同期累计, 上年)
# a base column of the same period a year before (上年同期, 去年同期), not a whole year
SAME_PERIOD_BEFORE = re.compile(f"(?:{'|'.join(_BASE_COLUMN)})同期")
# result words that only say a column holds levels
_LEVEL_WORDS = ("绝对值", "绝对数", "绝对量", "绝对额")
# result words that only say a period (a header of a period alone holds what was reached)
_PERIOD_WORDS = ("本月", "本期", "累计", "上半年", "下半年", "一季度", "前三季度", "全年")
_WEAK_KIND_WORDS = _LEVEL_WORDS + _PERIOD_WORDS
_LEADING_YEAR = re.compile(YEAR)


def _earlier(column: Column, left: Column | None) -> bool:
    """Whether ``column``'s header opens with a year before the one ``left``'s opens
    with."""
    if left is None:
        return False
    this, that = (_LEADING_YEAR.match(_SPACE.sub("", c.header)) for c in (column, left))
    return this is not None and that is not None and int(this[0]) < int(that[0])


def read_header(rows: Sequence[Sequence[str]]) -> Header | None:
    """The columns ``rows`` (a table's header rows, top first) name; None when no column
    holds a target, a result or a growth rate."""
    rows = respan(rows)
    columns = [_column(i, text, [row[i] for row in rows if i < len(row)])
               for i, text in enumerate(merge_rows(rows))]
    left: Column | None = None
    for i, column in enumerate(columns):
        if (column.kind == "result" and not column.growth and column.unit == "%"
                and left is not None and left.kind == "target" and left.growth):
            # 预期增长(%) | 上半年完成(%): what a growth aim reached, a growth too
            column = Column(column.index, column.header, column.role,  # noqa: PLW2901
                            column.kind, True, column.unit)
            columns[i] = column
        if column.growth and i > 0 and columns[i - 1].role == "skip" and (
                _GROWTH_ONLY.fullmatch(column.header.strip())):
            # 2017年预测 | 增长率: the skipped column's own growth (a forecast's), no fact
            columns[i] = Column(column.index, column.header, "skip")
            continue
        if (column.kind is not None and column.growth and left is not None
                and not left.growth and not re.search(r"\d", column.header)):
            # 1-8月累计 | 去年同期累计 | 累计同比±%: the growth of the period on its left
            columns[i] = Column(column.index, left.header + column.header, column.role,
                                column.kind, True, column.unit)
        elif column.kind is not None and not column.header.startswith(_BASE_COLUMN) and (
                not _earlier(column, left)):
            # (去年同期累计 is the base a growth is on, not its period; so is 2017 after
            # 2018: 2018 | 2017 | 增速 is 2018's growth)
            left = column
        elif column.growth:
            # 1-11月完成 | 增长%: the result's growth, over its months; a growth column
            # before any other is a result's; a growth word alone right after a column
            # of levels its unit names and no period word (粮产量(万吨) | 增率 | 人口(亿) |
            # 增率) is that column's growth
            before = columns[i - 1] if i > 1 else None
            of = before if before is not None and before.kind is None and (
                not before.growth) and before.role is None and unit_in(
                before.header) is not None and _GROWTH_ONLY.fullmatch(
                column.header.strip()) else None
            columns[i] = Column(column.index,
                                (of.header if of else left.header if left else "")
                                + column.header,
                                column.role, left.kind if left else "result", True,
                                column.unit, of.index if of else None)
    if not any(c.kind is not None for c in columns):
        return None
    names = [c.index for c in columns if c.role == "indicator"]
    units = [c.index for c in columns if c.role == "unit"]
    # 市县 | 绝对数(亿元) | 比上年同期增长(%): rows of regions, when no column names indicators
    # (a rank's column may stand before it: GDP排行 | 区域 | 2018年GDP(亿元) | 增速(%))
    # (or rows of years: 年份 | GDP(亿元) | 增速(%), the document's region's)
    places = [c.index for c in columns if c.kind is None and (
        is_region_header(c.header) or is_period_header(c.header))]
    regions = not names and bool(places)
    name = names[0] if names else places[0] if places else 0
    if any(c.kind is not None for c in columns[:name + 1]):
        return None  # the name must stand before the values
    return Header(tuple(columns), name, units[0] if units else None, regions)
