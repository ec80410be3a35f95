"""The table extractor: targets and results read cell by cell out of tables.

:mod:`tablegrid` finds a document's tables and their cells, :mod:`tablecols` what each
column holds; here every value cell of a row naming a catalogue indicator becomes a fact.
The number is the cell's with the row's unit (its unit cell, a unit in its name or its
column's header, a sub-row's parent's, the caption's 单位：…), read by
:func:`~plantrack.text.quantities.find_quantities`; the period is what the caption, the
column's header and the row's name say (:mod:`timing`), else the document's year; the
region the document's context at the row. A cell without a digit (稳中提质, 与经济增长同步,
—) gives nothing. The quote runs from the row's indicator name to the end of the cell.

The extractor scores high wherever a section holds a table, and claims the tables' spans:
the engine drops the sentence extractors' readings of numbers inside them (a row read as
a sentence runs its cells together), while the prose around a table is read as ever.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache, lru_cache

from attrs import evolve, frozen

from plantrack.catalog.find import pinyin_regions
from plantrack.catalog.indicators import counted_in
from plantrack.catalog.regions import Gazetteer
from plantrack.catalog.resolve import deictic_region, is_nonregion_phrase, title_region
from plantrack.components import Extractor
from plantrack.context.year import first_line
from plantrack.extract.context import DocContext, context_of
from plantrack.extract.lexicon import (
    OTHER,
    IndicatorMention,
    cues,
    find_indicators,
    has_cue,
    other_indicator,
    per_unit,
)
from plantrack.extract.tablecols import (
    BARE_YEAR,
    BRACKETED_YEAR,
    PRICE_BRACKET,
    SAME_PERIOD_BEFORE,
    YEAR_SPAN,
    Column,
    Header,
    header_role,
    is_names_header,
    is_period_header,
    is_region_header,
    is_scope_header,
    is_year_name,
    merge_rows,
    opens_with_period,
    read_header,
    respan,
    table_words,
    unit_in,
    unit_of,
)
from plantrack.extract.tablegrid import (
    PLACE_COLUMNS_MIN,
    RANK_MARK,
    Cell,
    Grid,
    find_grids,
    is_rank_header,
    spaced_key,
    unranked_cells,
)
from plantrack.extract.timing import Time, result_period, target_period, update_time
from plantrack.hookspecs import hookimpl
from plantrack.model import (
    Goal,
    Indicator,
    Measure,
    Modality,
    Period,
    Project,
    Region,
    Result,
    Unit,
)
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import (
    QuantityMatch,
    find_quantities,
    is_index_level,
    measured_alike,
    unit_word,
)
from plantrack.text.segment import LIST_JOINS
from plantrack.text.years import YEAR

__all__ = ["TABLE_SCORE", "Table", "TableExtractor", "tables_of"]

TABLE_SCORE = 0.9  # above every style's: a table's own reading of its cells stands
_HEADER_ROWS_MAX = 3
# footnote marks after a cell's text: 6.8*, 1523.4①, 地区生产总值[1], 82.1注2
_FOOTNOTE = re.compile(r"(?:[*＊※†‡¹²³⁴⁵⁶⁷⁸⁹⁰①-⑩]+|\[ ?\d{1,2} ?\]|\(注?\d\)|注\d?)$")
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR_CELL = re.compile(rf"(?:{YEAR}年?度?|[上本今]年)")
# a bracketed aside in a header: its unit (万km2, 亿元) or a note, whose digits are no value
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


@frozen
class Table:
    """A table whose header names its columns: its grid, header and body rows."""

    grid: Grid
    header: Header
    body: tuple[tuple[Cell, ...], ...]
    # the paragraph the table follows, whose words may say what a header counts or
    # closes (新开工小区数 under …开工改造城镇老旧小区…, the caption only a date)
    lead: str = ""

    @property
    def naming(self) -> str:
        """The words that say what the table's headers are of: its caption, its lead-in."""
        return _naming(self.grid.caption, self.lead)


def _naming(caption: str, lead: str) -> str:
    return f"{caption}\n{lead}" if lead else caption


def _value_like(text: str) -> bool:
    """A cell holding a value, not a header (1523.4, 增长8%; not 2023年, 增长%)."""
    if _SPACE_GROUPED.fullmatch(text.strip()):
        return True  # 1 965: thousands grouped with a space, no month (1月) nor period
    bare = _BRACKETED.sub("", text)  # 地区面积(万km2): a unit's digit is no value
    bare = _FOOTNOTE.sub("", bare)  # 年均汇率[2]: nor is a note's number
    bare = BRACKETED_YEAR.sub("", bare)  # GDP (1978): nor is a column's year
    return (_NUMBER.search(bare) is not None and header_role(text) is None
            and not _YEAR_CELL.fullmatch(text) and not opens_with_period(text))


def _group_line(row: tuple[Cell, ...]) -> bool:
    """A row of a name alone (no unit, no header word), every other cell empty."""
    name = row[0].text.strip() if row else ""
    return bool(name) and not any(c.text.strip() for c in row[1:]) and (
        header_role(name) is None) and unit_of(name.strip("()（）")) is None and (
        not BARE_YEAR.fullmatch(name))


def _table(grid: Grid, indicators: tuple[Indicator, ...] | None = None,
           is_place: Callable[[str], bool] | None = None, lead: str = "") -> Table | None:
    """The table ``grid`` holds, if its header names its columns; ``lead``: the paragraph
    it follows, whose words may say what a column counts (新开工小区数 under …改造城镇
    老旧小区…, its caption only a date)."""
    rows = grid.rows
    h = grid.header_rows or next(
        (k for k, row in enumerate(rows) if any(_value_like(c.text) for c in row[1:])),
        len(rows))
    if h == 0:
        return _headerless(grid, indicators) or _headerless_regions(grid, indicators, is_place)
    # 指标 | 2005年 | … over 规模以上工业增加值(万元) | | over 绝对额 | 211739 | …: a row of
    # its name alone under a header whose columns are named, over a row naming only a
    # measure, is the body's first group line (not 净 流 出, a header cell's last words)
    h = next((k for k in range(1, h) if _group_line(rows[k]) and any(
        c.text.strip() for c in rows[0][1:]) and rows[k + 1] and _measure_named(
        rows[k + 1][0].text) is not None), h)
    if h > 1 and ((is_period_header(rows[0][0].text) and opens_with_period(rows[1][0].text))
                  or (h > _HEADER_ROWS_MAX and is_region_header(rows[0][0].text))):
        h = 1  # 年份 | GDP增长率(%) over rows whose first cells hold no value (点击查看)
    if h == len(rows):
        return None
    body = _without_group_labels(rows[h:])
    texts = [[c.text for c in row] for row in rows[:h]]
    width = max(len(row) for row in body)
    if body != rows[h:]:
        # (the label's cell made the rows look one wider; the header's blanks past the
        # rows' last value are a copy's trailing bars)
        width = max(_filled_length(row) for row in body)
        texts = [row if any(c.strip() for c in row[width:]) else row[:width] for row in texts]
    if (aligned := _over_the_names(texts, body, width)) is not None:
        texts = aligned
    elif _set_one_column_left(texts, body, width):
        texts = [["", *texts[0][:-1]]]
    if all(len(row) < width for row in texts):
        # 指 标 | 12月 | 1-12月 over 绝对量 | 增长 | 绝对量 | 增长: header lines shorter
        # than the rows, their spans lost; laid out over the rows' width (a header of
        # years alone one short, item 2000 2004 … with its English corner dropped: the
        # names' corner is the one missing)
        if len(texts) == 1 and len(texts[0]) == width - 1 and texts[0] and BARE_YEAR.match(
                texts[0][0].strip()) and not any(_value_like(row[0].text) for row in body):
            texts = [["", *texts[0]]]
        texts = [row + [""] * (width - len(row)) for row in texts]
    if h > _HEADER_ROWS_MAX:
        packed = _packed_header(texts)
        if packed is None:
            return None
        texts = packed
    texts = _split_spanned(texts, body)
    texts = _flattened_groups(texts, body)
    texts = _groups_off_corner(texts)
    texts = _groups_over_units(texts, body)
    if _unplaced_over_years(texts, body):
        # the first column is the one a copy keeps in its place: only it is read
        texts, body = [texts[0][:2]], tuple(row[:2] for row in body)
    naming = _naming(grid.caption, lead)
    header = (read_header(texts) or _named_columns(texts, indicators, naming)
              or _place_columns(texts, is_place) or _valued_unit_column(texts, body)
              or _scope_columns(texts))
    if header is None:
        return None
    return Table(grid, _indicator_columns(header, indicators, naming),
                 _group_cells_restored(body, header), lead)


_ROW_NUMBER = re.compile(r"\d{1,3}")


def _without_group_labels(body: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], ...]:
    """经济发展 | 1 | 地区生产总值(GDP) | … over 2 | 规上工业增加值 | …: the label of a group of
    numbered rows, spanning them in the page, stands in its first row only, before the
    row's number; that row is read without it, as the others are."""
    def numbered(row: tuple[Cell, ...], k: int) -> bool:
        return len(row) > k and _ROW_NUMBER.fullmatch(row[k].text.strip()) is not None

    if sum(numbered(row, 0) for row in body) < 2:
        return body
    return tuple(row[1:] if numbered(row, 1) and row[0].text.strip() and not _value_like(
        row[0].text) else row for row in body)


def _group_cells_restored(body: tuple[tuple[Cell, ...], ...], header: Header,
                          ) -> tuple[tuple[Cell, ...], ...]:
    """属性 | 指标名称 | 目标 over 预期性 | 地区生产总值 | 8%左右, then 财政总收入 | 8%以上: a
    column of groups before the names (属性, 指标类型), its cell merged over its group's
    rows, which a copy writes on the group's first row only; the other rows, short of it
    on the left (their name first, a value where the name stands), are set in place."""
    k = header.name
    if not k or not all(spaced_key(c.header) in table_words("indicator_group")
                        for c in header.columns[:k]):
        return body
    return tuple((*(Cell(row[0].start, row[0].start, "") for _ in range(k)), *row)
                 if len(row) > k and _value_like(row[k].text) and not _value_like(row[0].text)
                 else row for row in body)


def _filled_length(row: tuple[Cell, ...]) -> int:
    """How many cells ``row`` has up to its last one with text."""
    return next((k + 1 for k in range(len(row) - 1, -1, -1) if row[k].text.strip()), 0)


def _over_the_names(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                    width: int) -> list[list[str]] | None:
    """A one-line header laid over the rows so that its names' word (省份, 地区, 指标)
    stands over the rows' names, when a copy left it short of them at its left: no word
    over the ranks' or the codes' column before the names (省份 | 上半年增速(%) | … over
    1 | 重庆 | 11 | …, its empty cells at its right, if any, dropped); None if the
    header's names' word stands over the names already, or the header has none."""
    if len(texts) != 1:
        return None
    words = list(texts[0])
    while words and not words[-1].strip():
        words.pop()
    said = next((k for k, word in enumerate(words) if is_names_header(word)), None)
    named = _names_column(body, width)
    if said is None or named is None or named <= said or len(words) + named - said > width:
        return None
    shift = named - said
    return [[""] * shift + words + [""] * (width - len(words) - shift)]


def _names_column(body: tuple[tuple[Cell, ...], ...], width: int) -> int | None:
    """The first column whose cells are names, not values (a region, an indicator, a
    year), in most of the rows."""
    for k in range(width):
        cells = [row[k].text.strip() for row in body if len(row) > k]
        filled = [text for text in cells if text]
        if 2 * len(filled) > len(body) and not any(_value_like(text) for text in filled):
            return k
    return None


def _set_one_column_left(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                         width: int) -> bool:
    """Whether a one-line header as wide as the rows, an empty cell closing it, stands one
    column left of them: a copy lost the corner over the names (5月 | 1-5月 | | over
    攀枝花市 | 2.7 | 5.9 |). (A names' word over the ranks, 省份 | 上半年增速(%) | … | over
    1 | 重庆 | 11 | …, is laid by :func:`_over_the_names`.)"""
    if len(texts) != 1 or len(texts[0]) != width or not texts[0][0].strip() or (
            texts[0][-1].strip()):
        return False
    return not is_names_header(texts[0][0]) and not any(
        _value_like(row[0].text) for row in body)


def _unplaced_over_years(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                         ) -> bool:
    """Whether a table of years has a header of two rows no layout places over its
    columns (年 份 | 地区生产总值 | 人均GDP over 第一产业 | 第二产业 | 第三产业 | #工业 |
    #建筑业, seven words over six columns): a copy lost the spans and cells of the
    page's header, so no word but the first can be given a column. Neither row's
    words, nor both together, are as many as a row's values."""
    if len(texts) != 2 or not _named_by_years(body, 0):
        return False
    width = max(sum(1 for c in row[1:] if c.text) for row in body)
    top = sum(1 for c in texts[0][1:] if c.strip())
    below = sum(1 for k, c in enumerate(texts[1])
                if c.strip() and not (k == 0 and is_period_header(c)))  # (its own 年份)
    return width not in (top, below, top + below) and top > 0


def _packed_header(texts: list[list[str]]) -> list[list[str]] | None:
    """A header of many lines whose cells a text copy packed to the left, each line's
    blanks lost (可支配收入 | 实际支出 | 恩格尔系数, then 市 州 | (元) | 增长速度(%), then
    the words of later columns): the line that opens with the names column's word stands
    over the first columns as written, and the first word of each line above it over
    the value columns it reaches; later words, and the lines below it, stand over
    columns no copy keeps, and are left out. None when no such line follows lines of
    words."""
    k = next((i for i, row in enumerate(texts) if row and is_names_header(row[0])), None)
    if not k or not all(sum(1 for c in row if c.strip()) >= 2 and not is_names_header(row[0])
                        for row in texts[:k]):
        return None
    names = [c for c in texts[k] if c.strip()]
    # (the first word of a line above spans columns no copy says how many: it stands
    # over the first value columns, the later words' columns are unknown)
    above = [["", next(c for c in row if c.strip()), *[""] * (len(names) - 2)]
             for row in texts[:k]]
    return [*above, names]


def _unit_alone(text: str) -> bool:
    """A header cell that is a unit in brackets alone ((亿美元), (港元))."""
    s = text.strip()
    return s[:1] in "(（" and s[-1:] in ")）" and (
        unit_of(s[1:-1]) is not None or _CURRENCY.fullmatch(s[1:-1]) is not None)


_CURRENCY = re.compile(r"[百千万亿]*[\u4e00-\u9fff]{0,2}元")  # 亿港元, 美元: a currency's sum


def _groups_over_units(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                       ) -> list[list[str]]:
    """年 份 | 生产总值 | 生产总值与上年 | 人均生产总值 over (亿元) | (亿美元) | 比较的实际增长(%)
    | (元) | (美元), the corner spanning both rows: a header whose groups stand over units
    (one group over each run of them) or go on in the row below (a name broken over the
    two rows, one column). One row again, each column its group's name and its own part;
    the texts unchanged unless the runs are as many as the groups and the parts as many
    as a row's values."""
    if len(texts) != 2 or not body:
        return texts
    groups = [c for c in texts[0][1:] if c.strip()]
    parts = [c for c in texts[1] if c.strip()]
    width = max(sum(1 for c in row[1:] if c.text.strip()) for row in body)
    if not texts[1][0].strip() or len(parts) != width or len(groups) >= width:
        return texts
    runs: list[list[str]] = []
    for part in parts:
        if runs and _unit_alone(part) and _unit_alone(runs[-1][-1]):
            runs[-1].append(part)
        else:
            runs.append([part])
    if len(runs) != len(groups) or not any(_unit_alone(p) for p in parts):
        return texts
    merged = [group + part for group, run in zip(groups, runs, strict=True) for part in run]
    return [[texts[0][0], *merged]]


def _flattened_groups(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                      ) -> list[list[str]]:
    """省(市、区) | 粮食产量 | 油料产量 | 总产量 | 人均产量 | 总产量 | 人均产量 over rows of
    more values than parts (a rank the header does not print): a header of two levels
    a copy ran onto one line, the groups first, then their parts once for each group.
    Only the first column is named, its first group's and part's (the one column a copy
    keeps in its place: the unprinted one shifts the others); the rest stay unnamed.
    (Parts as many as a row's values were already set under their groups by the grid.)"""
    if len(texts) != 1 or not body:
        return texts
    words = [c for c in texts[0][1:] if c.strip()]
    for k in range(2, len(words) // 3 + 1):
        groups, parts = words[:k], words[k:]
        m = len(parts) // k
        if m < 2 or len(parts) != k * m or parts != parts[:m] * k or set(groups) & set(parts):
            continue
        width = max(len(row) for row in body) - 1
        if width <= k * m:
            return texts
        return [[texts[0][0], groups[0] + parts[0], *[""] * (width - 1)]]
    return texts


def _groups_off_corner(texts: list[list[str]]) -> list[list[str]]:
    """单位GDP能耗 | 单位工业增加值能耗 ×3 | 单位GDP电耗 ×3 over (blank) | 指标值 | 上升或下降(±%)
    | …: a top row of groups a copy set one column left, into the corner the row below
    leaves blank. The groups again over the value columns, each over as many as they
    share equally."""
    if len(texts) != 2 or texts[1][0].strip() or not texts[0][0].strip() or (
            is_names_header(texts[0][0])):
        return texts
    runs = [g for k, g in enumerate(texts[0]) if g.strip() and (k == 0 or g != texts[0][k - 1])]
    width = len(texts[1]) - 1
    if len(runs) < 2 or width % len(runs) or len(set(runs)) != len(runs):
        return texts
    span = width // len(runs)
    return [["", *(g for g in runs for _ in range(span))], texts[1]]


def _split_spanned(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                   ) -> list[list[str]]:
    """镇街 | 地区生产总值(亿元) | 工业增长(%) | … | (blank), then a line 比上年增长(%) alone,
    over rows of one more value: a column spanning two in the page (its level, then its
    growth), the second header line written under the first cell when flattened. The one
    column with an amount's unit (not a rate's) is split into level and growth."""
    if len(texts) != 2 or not body or texts[0][-1].strip():
        return texts
    below = [c for c in texts[1] if c.strip()]
    if len(below) != 1 or texts[1][0].strip() != below[0] or header_role(below[0]) != "growth":
        return texts
    named = texts[0][:-1]
    if not all(len(row) == len(named) + 1 and row[-1].text.strip() for row in body):
        return texts
    amounts = [k for k, head in enumerate(named) if k and (unit := unit_in(head)) is not None
               and "%" not in unit]
    if len(amounts) != 1:
        return texts
    k = amounts[0]
    # (the level's unit is not the growth's: 地区生产总值 比上年增长(%))
    name = _BRACKETED.sub("", named[k]).strip()
    return [[*named[:k + 1], f"{name} {below[0]}", *named[k + 1:]]]


def _valued_unit_column(texts: list[list[str]], body: tuple[tuple[Cell, ...], ...],
                        ) -> Header | None:
    """序号 | 县(市区) | 单位(亿元) over 1 | 青岛黄岛区 | 174.38: a column headed by its unit
    whose cells are numbers holds the rows' values, in that unit."""
    if len(texts) != 1:
        return None
    columns = [_column_of(i, t) for i, t in enumerate(texts[0])]
    unit_at = [c.index for c in columns if c.role == "unit" and unit_in(c.header)]
    if len(unit_at) != 1:
        return None
    k = unit_at[0]
    cells = [row[k].text for row in body if k < len(row) and row[k].text]
    if not cells or sum(_NUMBER.fullmatch(c.replace(",", "")) is not None
                        for c in cells) * 2 <= len(cells):
        return None
    columns[k] = Column(k, columns[k].header, "result", "result", False,
                        unit_in(columns[k].header))
    places = [c.index for c in columns if is_region_header(c.header)]
    if not places:
        return None
    return Header(tuple(columns), places[0], None, True)


def _column_of(index: int, text: str) -> Column:
    return Column(index, text, "unit" if header_role(text) == "unit" else None)


# a growth written in a value's own cell, its sign said: (+4.1%), -3.8%, （-13.5%）
_SIGNED_RATE = re.compile(r"[(（]?[+\-−][\d.]+%[)）]?")
# a number alone, grouped by commas or not (59,132.39; 171337)
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _headerless(grid: Grid, indicators: tuple[Indicator, ...] | None) -> Table | None:
    """Rows of indicators with no header (地区生产总值(亿元人民币) | 59,132.39 | (+4.1%) | 产业
    比重): a column of plain numbers holds levels, a column of signed rates growths, any
    other column nothing."""
    if indicators is None:
        return None
    named = [row for row in grid.rows
             if row and next(find_indicators(row[0].text, indicators), None) is not None]
    width = max(len(row) for row in grid.rows)
    if len(named) < _HEADERLESS_ROWS_MIN or width > _HEADERLESS_WIDTH_MAX:
        return None  # (a table run together on a line is read by its stream of cells)
    columns = [Column(0, "", "indicator")]
    for j in range(1, width):
        cells = [row[j].text for row in named if j < len(row) and row[j].text]
        plain = sum(_PLAIN_NUMBER.fullmatch(c) is not None for c in cells)
        signed = sum(_SIGNED_RATE.fullmatch(c) is not None for c in cells)
        if cells and plain * 2 > len(cells):
            columns.append(Column(j, "", "result", "result"))
        elif cells and signed * 2 > len(cells):
            columns.append(Column(j, "增长", "growth", "result", True, "%"))
        else:
            columns.append(Column(j, "", None))
    if not any(c.kind for c in columns):
        return None
    return Table(grid, Header(tuple(columns), 0, None), grid.rows)


_HEADERLESS_ROWS_MIN = 2
_HEADERLESS_WIDTH_MAX = 8


def _headerless_regions(grid: Grid, indicators: tuple[Indicator, ...] | None,
                        is_place: Callable[[str], bool] | None) -> Table | None:
    """Rows of regions and one figure each under no header, the caption naming one
    indicator and its unit (2020年中国29个地区GDP(万亿元) over 广东 | 11.08 |): a table of
    regions, its one value column the caption's indicator's level."""
    if indicators is None or is_place is None or max(len(row) for row in grid.rows) != 2:
        return None
    places = sum(bool(row) and is_place(row[0].text) for row in grid.rows)
    named = {m.indicator.id for m in find_indicators(grid.caption, indicators)}
    if places * 2 <= len(grid.rows) or places < _REGION_ROWS_MIN or len(named) != 1:
        return None
    columns = (Column(0, "地区", None), Column(1, "", "result", "result"))
    return Table(grid, Header(columns, 0, None, True), grid.rows)


def _place_columns(texts: list[list[str]], is_place: Callable[[str], bool] | None,
                   ) -> Header | None:
    """指标 | 金华市 | 兰溪市 | 义乌市: columns named by regions, each holding its
    region's results of the row's indicator (in the unit of the row's 单位 cell)."""
    if is_place is None or len(texts) != 1 or len(texts[0]) < PLACE_COLUMNS_MIN + 1:
        return None
    row = texts[0]
    if row[0].strip() and header_role(row[0]) != "indicator":
        return None
    columns = [Column(0, row[0], "indicator")]
    columns += [Column(i, t, "result", "result") if is_place(t)
                else Column(i, t, "unit" if header_role(t) == "unit" else None)
                for i, t in enumerate(row) if i > 0]
    if sum(c.kind is not None for c in columns) < PLACE_COLUMNS_MIN:
        return None
    unit = next((c.index for c in columns if c.role == "unit"), None)
    return Header(tuple(columns), 0, unit)


def _scope_columns(texts: list[list[str]]) -> Header | None:
    """指标 | 全市 | 城市 | 农村 (a bulletin's price table): columns of the whole region and
    its parts, only the whole's holding the region's results; None unless every value
    column is a scope, one of them the whole."""
    if len(texts) != 1 or len(texts[0]) < _SCOPES_MIN + 1:
        return None
    row = [spaced_key(t) for t in texts[0]]
    if row[0] and header_role(row[0]) != "indicator":
        return None
    wholes, parts = table_words("scope_whole"), table_words("scope_part")
    if not all(t in wholes or t in parts for t in row[1:]) or not any(t in wholes
                                                                    for t in row[1:]):
        return None
    columns = [Column(0, texts[0][0], "indicator")]
    columns += [Column(i, t, "result", "result") if row[i] in wholes else Column(i, t, "skip")
                for i, t in enumerate(texts[0]) if i > 0]
    return Header(tuple(columns), 0, None)


_SCOPES_MIN = 2  # scope columns: the whole and a part at least


def _indicator_columns(header: Header, indicators: tuple[Indicator, ...] | None,
                       caption: str = "") -> Header:
    """``header`` with each column no header word explains that names a catalogue
    indicator read as a column of results (城市 | 地区生产总值(亿元) | 增长% : the level
    beside its growth), or names one with the ``caption``'s words (可支配收入 under
    各地区城镇居民…收入来源)."""
    if indicators is None:
        return header
    columns: list[Column] = []
    for c in header.columns:
        named = next(find_indicators(c.header, indicators), None) is not None or (
            header.regions and (_closing(indicators, c.header, caption) is not None
                                or _abbreviated(indicators, c.header, caption)
                                or _counting(indicators, c.header, caption) is not None))
        if c.role is None and c.index != header.name and named and header_role(
                c.header) != "skip":
            c = Column(c.index, c.header, "result", "result", False, unit_in(c.header))  # noqa: PLW2901
        elif c.growth and not named and columns and columns[-1].kind == "result" and (
                not columns[-1].growth) and not BARE_YEAR.match(c.header.strip()):
            # GDP(亿元) | 增速(%): the growth of the column on its left (not 2005比2004, a
            # growth naming its own year)
            c = evolve(c, header=columns[-1].header + c.header)  # noqa: PLW2901
        columns.append(c)
    return evolve(header, columns=tuple(columns))


_ABBREVIATION_MIN = 3  # characters of a header that shortens a name (粮产量: 粮食产量)


def _abbreviated(indicators: tuple[Indicator, ...], header: str, caption: str) -> bool:
    """Whether ``header``'s opening words shorten the name of an indicator the
    ``caption`` names, its characters that name's in order, first and last kept
    (粮产量(万吨) under 中国历年粮食产量…总览)."""
    lead = _HEADER_WORDS.match(spaced_key(header))
    if lead is None or len(lead[0]) < _ABBREVIATION_MIN:
        return False
    key = lead[0]
    for m in find_indicators(caption, indicators):
        name = m.name
        if len(name) > len(key) and name[0] == key[0] and name[-1] == key[-1]:
            chars = iter(name)
            if all(ch in chars for ch in key):
                return True
    return False


def _named_columns(texts: list[list[str]], indicators: tuple[Indicator, ...] | None,
                   caption: str = "") -> Header | None:
    """地区 | GDP(亿元) | 地区面积(万km2) | 常住人口(万人): a table of regions (or years)
    whose columns are named by their indicators alone (its corner cell 地区 or 年份, or
    empty); those the catalogue knows hold results, and a count of the things the
    ``caption``'s count names (省份 | 新开工小区数(个) under 城镇老旧小区改造进展情况)."""
    if indicators is None or not texts or not texts[0]:
        return None
    # (a header of two lines, a name wrapped at its column's width: 国内生产 | 总    值;
    # or a name spaced out to its width on one: 地区生产 总 值)
    row = [spaced_key(t) for t in (texts[0] if len(texts) == 1 else merge_rows(respan(texts)))]
    # the names' column first, or after a rank's (排名 | 城市 | GDP(亿元))
    # (or of years: 年份 | GDP(亿元), the document's region's in the year each row names)
    # (地 区 over (亿元), the first value column's unit a copy wrapped under the corner)
    corner_unit = unit_in(row[0]) if row and is_region_header(_BRACKETED.sub("", row[0])) else None
    if corner_unit is not None:
        row[0] = _BRACKETED.sub("", row[0])
    at = next((i for i in range(min(2, len(row)))
               if is_region_header(row[i]) or is_period_header(row[i])
               or (i == 0 and not row[0].strip())), None)
    if at is None or (at == 1 and header_role(row[0]) != "skip" and not is_rank_header(row[0])):
        return None  # (序号 | 城市 | GDP(亿元): a rank's column before the names)
    # (地区生产总值 位次, GDP 比重: a rank or a share of the indicator, no figure of it)
    # (总值 | 第一产业 | 第二产业: a breakdown's total, its whole's figure, the caption's)
    columns = [Column(i, t, None) if i <= at or header_role(t) == "skip" or (next(
               find_indicators(t, indicators), None) is None and not _breakdown_total(t)
               and _counting(indicators, t, caption) is None)
               else Column(i, t, "result", "result", False,
                           unit_in(t) or (corner_unit if i == 1 else None))
               for i, t in enumerate(row)]
    if not any(c.kind for c in columns):
        return None
    return Header(tuple(columns), at, None, True)


def _breakdown_total(text: str) -> bool:
    """Whether a header is a breakdown's total alone (总值, 合计 before 第一产业 | …)."""
    return spaced_key(_BRACKETED.sub("", text)) in table_words("total")


def _is_header_row(row: tuple[Cell, ...]) -> bool:
    """A row of column words (指 标 | 单位 | 1-3月 | ±%, or years: 2018年GDP | 2017年GDP;
    年份 | GDP(亿元) | 增速(%): a column of years, or of regions, is headed by one)
    and no value."""
    filled = [c.text for c in row if c.text]
    return (len(filled) >= 2 and sum(header_role(t) is not None or opens_with_period(t)
                                     or is_period_header(t) or is_region_header(t)
                                     for t in filled) >= 2
            and not any(_value_like(t) for t in filled))


def _blocks(grid: Grid) -> list[Grid]:
    """A grid cut where a header row stands inside it: a monthly report's blocks
    (地区生产总值 …, then 工业经济 and its own 指 标 | 单位 | 1-3月 | ±%), each a table of
    its own, its caption the one-cell line above its header."""
    rows = grid.rows
    # a header row after some value, not the second row of a header (目标 | 完成 under 2023年)
    valued = [any(_value_like(c.text) for c in row[1:]) for row in rows]
    heads = [k for k, row in enumerate(rows) if k > 0 and _is_header_row(row)
             and not _is_header_row(rows[k - 1]) and any(valued[:k])]
    if not heads or (not _is_header_row(rows[0]) and grid.header_rows):
        return [grid]
    out: list[Grid] = []
    for first, last in zip([0, *heads], [*heads, len(rows)], strict=True):
        block = rows[first:last]
        lead = [c.text for c in rows[first - 1] if c.text] if first > 0 else []
        caption = f"{grid.caption} {lead[0]}" if len(lead) == 1 else grid.caption
        if len(block) >= 2:
            out.append(Grid(block, caption, block[0][0].start, max(c.end for c in block[-1]),
                            1))
    return out


def tables_of(doc: PreparedDocument) -> tuple[Table, ...]:
    """The tables of ``doc``'s whole text that name their columns, found once."""
    ctx = context_of(doc)
    found = ctx.memo.get("tables")
    if found is None:

        def is_place(name: str) -> bool:
            return _row_region(ctx, name) is not None

        found = ctx.memo["tables"] = tuple(
            t for g in find_grids(doc.text, is_place) for b in _blocks(g)
            if (t := _table(b, ctx.indicators, is_place, _lead_in(doc.text, _top(b))))
            is not None)
    return found  # type: ignore[return-value]


def _in_scope(doc: PreparedDocument) -> list[Table]:
    lo, hi = doc.scope
    return [t for t in tables_of(doc) if t.grid.start < hi and lo < t.grid.end]


# --- one row ----------------------------------------------------------------------------


def _strip(cell: Cell) -> Cell:
    """``cell`` without a footnote mark after its text."""
    m = _FOOTNOTE.search(cell.text)
    if m is None or m.start() == 0:
        return cell
    text = cell.text[:m.start()].rstrip()
    return Cell(cell.start, cell.start + len(text), text)


@cache
def _sub_marks() -> tuple[str, ...]:
    return table_words("sub_row")


_SCOPE_LEAD = re.compile(r"^按[^:：]{1,6}分[:：]")  # 按常住地分: a breakdown's lead


def _scope_row(ctx: DocContext, name: Cell, whole: Indicator) -> _Row | None:
    """A row naming only a scope of the residents (城镇居民, 农村居民) under a row of an
    indicator of all of them (居民人均可支配收入): the indicator the scope and the whole's
    name after its own scope word name together, when the catalogue has it."""
    scope = _without_sub_mark(_SCOPE_LEAD.sub("", spaced_key(name.text)))
    if not scope.endswith("居民") or len(scope) > _SCOPE_MAX:
        return None
    # (the scope in the place of the whole's opening words, as a column's header takes it)
    found = _scoped(ctx, scope, IndicatorMention(0, len(whole.name), whole, whole.name))
    if found is None or found.id == whole.id:
        return None
    return _Row(name, name.start, found, None)


_SCOPE_MAX = 6  # characters of a residents' scope (城镇居民, 农村常住居民)


def _without_sub_mark(name: str) -> str:
    """A row's name without the mark of a part (其中:定 海, #顺德区)."""
    name = name.strip()
    for mark in _sub_marks():  # longest first
        if name.startswith(mark):
            return name[len(mark):].lstrip(":： ")
    return name


@cache
def _index_bases() -> re.Pattern[str]:
    """An index's base (上年=100): the values under it are indices, not levels."""
    words = "|".join(re.escape(w) for w in table_words("index_base"))
    return re.compile(words or "(?!)")


def _index_base(text: str) -> bool:
    return _index_bases().search(re.sub(r"\s+", "", text)) is not None


def _periods(text: str) -> str:
    """``text`` for its period words: an index's base (上年=100) names no period; a
    header's one month (2018年8月, 2018年8月同比增长) means that month alone (8月份); a
    span of months spaced out (1- 4 月) is one span."""
    text = _SPACED_SPAN.sub(r"\1", text)
    text = _BARE_YEAR.sub(r"\1年", _index_bases().sub("", text).strip())
    text = BRACKETED_YEAR.sub(r"\1年", text)  # GDP (2008): 2008年
    return _ONE_MONTH.sub(r"\1月份", text)


_SPACED_SPAN = re.compile(r"(?<=\d)\s*([-－—~至])\s*(?=\d{1,2}\s*月)")  # 1- 4 月
_BARE_MAGNITUDE = re.compile(r"[\d,.]+\s*[亿万]")
_PER_AREA = re.compile(r"/\s*(?:公顷|亩|平方)")  # 公斤/公顷, 斤/亩: a yield's unit
_AREA = re.compile(r"[千万]?(?:公顷|亩)|(?:万|千)?平方(?:公里|千米|米)")  # 千公顷, 万亩: an area's
_BARE_YEAR = re.compile(rf"^({YEAR})(?![\d年])")  # 2008 over its columns: 2008年
_ONE_MONTH = re.compile(r"(?<![\d\-－—~至])(1[0-2]|[1-9]) ?月(?![份底末日\d])")


@cache
def _caption_unit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in table_words("caption_unit"))
    return re.compile(rf"(?:{words})\s*([^\s,，;；)]{{1,6}})")


@cache
def _first_listed(text: str) -> str | None:
    """单位:万吨、千克: the first of the units a caption lists, its totals' (the per-head
    or growth columns after them bring their own); None unless each part is a unit."""
    parts = re.split(r"[、,，]", text)
    return parts[0] if len(parts) > 1 and all(unit_of(p) for p in parts) else None


@frozen
class _Row:
    name: Cell  # the name cell
    at: int  # where the indicator's name starts (the quote's start)
    indicator: Indicator
    unit: str | None
    index: bool = False  # its values are indices on a base of 100 (上年=100)
    region: Region | None = None  # a table of regions: the region the row names
    scope: str = ""  # a group's line above a year's row (城镇居民 over 2013 …)
    # its values are the row above's changes on a year before, in brackets on a line of
    # their own under its values ((-2.5)   (+11.5)), as a note of the page says
    change: bool = False
    # its name closes the names of indicators whose opening words head the value columns
    # (可支配收入 under 全体居民 | 城镇居民 | 农村居民): each column's cells are its own's
    by_column: bool = False


@frozen
class _Parent:
    """A row or group line that the rows below it may belong to."""

    indent: int  # where its name starts in its line
    sub: bool  # marked as a part of the row above (其中, #)
    unit: str | None  # the unit it gives the rows under it
    index: bool  # its rows' values are indices (价格指数(上年=100))


def _indent(text: str, cell: Cell) -> int:
    return cell.start - (text.rfind("\n", 0, cell.start) + 1)


def _row(ctx: DocContext, text: str, table: Table, row: tuple[Cell, ...], *,
         parents: list[_Parent], caption_unit: str | None,
         caption: IndicatorMention | None = None) -> _Row | None:
    """The row's indicator, unit and base; ``parents``, the rows and group lines above it
    that are still open (a deeper indentation or a 其中/# mark opens one), updated;
    ``caption``, the caption's indicator, a breakdown's total row's."""
    header = table.header
    name = row[header.name] if header.name < len(row) else None
    if name is None or not name.text:
        return None
    sub = name.text.lstrip().startswith(_sub_marks())
    indent = _indent(text, name)
    while parents and (parents[-1].indent > indent or (
            parents[-1].indent == indent and (parents[-1].sub or not sub))):
        parents.pop()
    parent = parents[-1] if parents else None
    unit_cell = row[header.unit].text if header.unit is not None and header.unit < len(
        row) else ""
    own = unit_of(unit_cell) or unit_of(unit_in(name.text) or "")
    if _GROWTH_CLOSED.search(spaced_key(name.text)) is not None:
        own = "%"  # 规模以上工业增加值(万元)增速%: the level's unit, then its rate's
    unit = own or (parent.unit if parent else None) or caption_unit
    index = _index_base(name.text) or (parent is not None and parent.index and not own)
    parents.append(_Parent(indent, sub, unit, index))
    mention = next(find_indicators(name.text, ctx.indicators), None)
    if mention is None and _LETTER_SPACED.fullmatch(name.text.strip()):
        # 港 产 品 出 口: a name spaced out a character a space, read as written together
        # (its offsets mapped back to the spaced name's)
        chars = [i for i, c in enumerate(name.text) if not c.isspace()]
        joined = next(find_indicators("".join(name.text[i] for i in chars), ctx.indicators),
                      None)
        if joined is not None:
            mention = IndicatorMention(chars[joined.start], chars[joined.end - 1] + 1,
                                       joined.indicator, joined.name)
    if mention is None and parent is None and caption is not None and (
            _caption_closing(spaced_key(name.text), caption.name)):
        # 工业企业单位数 | 40275 under 规模以上工业企业单位数: the caption's indicator, the
        # row naming it by its closing words and a word of counting
        return _Row(name, name.start, caption.indicator, unit, index)
    if mention is None and parent is None and caption is not None and _caption_opening(
            spaced_key(name.text), caption.name):
        # 规模以上工业 | 7.0 under 规模以上工业增加值主要分类增长情况: the whole the rows
        # below break down, named by the caption's indicator's opening words
        return _Row(name, name.start, caption.indicator, unit, index)
    if mention is None and parent is None and caption is not None and _breakdown_total(
            name.text):
        # 合 计 | total | 763.23 over 稻谷 | 小麦 under 各类粮食产量: the breakdown's total
        # row, the caption's indicator
        return _Row(name, name.start, caption.indicator, unit, index)
    if mention is None and _of_outputs(table):
        # 粮食 | 万吨 | 14.03 under 主要农产品产量: the product's output
        product = name.text.rstrip()
        mention = next((m for word in table_words("product_output")
                        for m in find_indicators(product + word, ctx.indicators)
                        if m.start < len(product)), None)
    if parent is None and (mention is None or mention.name == spaced_key(name.text)) and (
            scoped := _column_scoped(ctx, name.text, table)) is not None:
        # 可支配收入 | 60459 | 5.7 | 71661 under 全体居民 | 城镇居民: the residents' income,
        # each column's scope's (a name the catalogue reads alone too: the scopes narrow it)
        return _Row(name, name.start, scoped, unit, index, by_column=True)
    if mention is None or per_unit(name.text, mention.start, mention.name):
        return None  # none, or a per-capita look-alike (人均地区生产总值 is no GDP)
    indicator = mention.indicator
    if caption is not None and parent is None and len(caption.name) > len(
            mention.name) and caption.name.endswith(mention.name):
        # 人均可支配收入(元) under 农村居民人均可支配收入及构成: the caption's narrower
        # indicator, the row's name its closing words
        indicator = caption.indicator
    if _OTHER_PRICES.search(name.text):
        # 国内生产总值(2000年不变价): the sum at another year's prices, a measure of its own
        label = _UNIT_AFTER.sub("", name.text.strip())  # worded without its unit
        indicator = other_indicator(label, indicator.kind, indicator.unit)
    return _Row(name, name.start + mention.start, indicator, unit, index)


def _column_scoped(ctx: DocContext, name: str, table: Table) -> Indicator | None:
    """The indicator a value column's header gives the row named ``name`` by heading
    with its scope the words the row's name closes (全体居民 over 可支配收入: 全体居民人均
    可支配收入), the first column's that does."""
    return next((found for column in table.header.values
                 if (found := _closing(ctx.indicators, name, column.header)) is not None),
                None)


def _of_outputs(table: Table) -> bool:
    """Whether the table's caption or a value column's header says its figures are
    products' output (主要农产品产量, 产品名称 | 产量)."""
    words = table_words("product_output")
    return any(w in table.grid.caption for w in words) or any(
        w in c.header for c in table.header.values for w in words)


_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff()（）%])+")
_COUNTING = re.compile(r"(?:单位数|單位數|个数|個數|总数|總數)$")
_CLOSING_MIN = 2  # characters of a caption's name a row must repeat to be its


_OPENING_MIN = 4  # characters of a caption's name a row must open with to be its


def _caption_opening(row: str, caption: str) -> bool:
    """The row's name is the caption's indicator's opening words, no shorter than a
    few characters (规模以上工业 under 规模以上工业增加值…)."""
    return len(row) >= _OPENING_MIN and caption != row and caption.startswith(row)


def _caption_closing(row: str, caption: str) -> bool:
    """The row's name is the caption's indicator's closing words and a word of counting
    (工业企业单位数 under 规模以上工业企业: 工业企业 + 单位数)."""
    core = _COUNTING.sub("", row)
    return core != row and len(core) >= _CLOSING_MIN and caption.endswith(core)


# another year's prices, fixed (2000年不变价): a level so measured is not the year's sum
# (现价, 当年价格 are; 可比价 is how every growth is measured)
_OTHER_PRICES = re.compile(r"[(（][^()（）]*(?:不变价|\d{4} ?年[^()（）]*价)[^()（）]*[)）]")
_UNIT_AFTER = re.compile(r"\s*[(（][^()（）价]{1,6}[)）]$")


_RANK_MARK = re.compile(f"^{RANK_MARK}")


def _row_region(ctx: DocContext, name: str, level: str | None = None) -> Region | None:
    """The region a row's name cell names as a whole (海 口 市, 陵 水 县 by its alias),
    among the regions of the document's subject (its province when the subject is
    smaller), else of the country; of ``level`` (its sibling rows') when the name is
    ambiguous (吉林 in a table of provinces); None for a grouping (海澄文, 东部地区), a
    zone or a town, or when the name stays ambiguous."""
    gazetteer = ctx.gazetteer
    key = re.sub(r"\s+", "", name)
    if gazetteer is None or not key:
        return None
    key = key.removesuffix("总计").removesuffix("合计")  # 全省总计: the province's total
    key = _RANK_MARK.sub("", key)  # 1、上海: a ranked row's rank before its name
    if (own := deictic_region(key, ctx.subject, gazetteer)) is not None:
        return own  # 全 省: the document's own region
    found = _candidates(gazetteer, key)
    if level is not None and len(found) > 1:
        found = [r for r in found if r.level == level] or found
    subject = ctx.subject
    if subject is not None and subject.level != "country":
        # the subject's own regions first; a name it holds none of may still name one
        # region of the country (a table of provinces in a province's document)
        found = ([r for r in found if gazetteer.is_within(r.code, subject.code)]
                 or [r for r in found if r.code[:2] == subject.code[:2]] or found)
    return found[0] if len(found) == 1 else None


def _candidates(gazetteer: Gazetteer, key: str) -> list[Region]:
    """Every region a name (without spaces) may mean: by its official name or short
    form, or in pinyin (Fujian)."""
    return gazetteer.official.get(key) or gazetteer.by_name.get(key) or (
        pinyin_regions(gazetteer, key) if key.isascii() and key.isalpha() else []) or (
        _under_its_city(gazetteer, key)) or _renamed_county(gazetteer, key)


def _renamed_county(gazetteer: Gazetteer, key: str) -> list[Region]:
    """宁乡县 in a table of 2013: the county that is 宁乡市 now (a county made a city or a
    district keeps its stem), when the stem names a county-level region."""
    if len(key) < _RENAMED_MIN or key[-1] not in "县市区旗":
        return []
    return [r for r in gazetteer.by_name.get(key[:-1]) or [] if r.level == "county"]


_RENAMED_MIN = 3  # characters of a renamed county's old name (澧县 has no stem to go by)


def _under_its_city(gazetteer: Gazetteer, key: str) -> list[Region]:
    """青岛黄岛区, 济南市中区: a county named after its city's short name."""
    for size in (2, 3):
        cities = gazetteer.by_name.get(key[:size]) or gazetteer.official.get(key[:size]) or []
        rest = key[size:]
        if len(rest) < 2:
            continue
        inside = [r for r in gazetteer.official.get(rest) or gazetteer.by_name.get(rest) or []
                  if any(gazetteer.is_within(r.code, c.code) for c in cities)]
        if inside:
            return inside
    return []


def _sibling_level(ctx: DocContext, names: list[str]) -> str | None:
    """The level of the rows whose names mean one region of the country (provinces,
    cities): an ambiguous name among them is of the same level."""
    gazetteer = ctx.gazetteer
    if gazetteer is None:
        return None
    levels = Counter(found[0].level for n in names
                     if len(found := _candidates(gazetteer, re.sub(r"\s+", "", n))) == 1
                     and found[0].level != "country")  # (全国 above the provinces)
    return levels.most_common(1)[0][0] if levels else None


def _caption_indicator(ctx: DocContext, table: Table) -> IndicatorMention | None:
    """The indicator the name column's header names (地区生产总值 | 2023年), else the
    caption's (分县(区)生产总值)."""
    corner = table.header.columns[table.header.name].header
    return next(find_indicators(corner, ctx.indicators), None) or next(
        find_indicators(table.grid.caption, ctx.indicators), None)


def _region_rows(ctx: DocContext, text: str, table: Table, unit: str | None = None,
                 ) -> Iterator[tuple[_Row, tuple[Cell, ...]]]:
    """A table of regions (市县 | 绝对数(亿元) | 比上年同期增长(%)): the caption names the
    indicator (各市县地区生产总值及增速), or each value column's header names its own
    (单位:% | 规模工业增加值增长速度 | 工业固定资产投资增长速度), each row's name its region."""
    mention = _caption_indicator(ctx, table)
    own = any(_column_indicator(ctx, c, title=table.naming)
              for c in table.header.values)
    if mention is None and not own:
        mention = (_named_below(ctx, text, table) or _named_above(ctx, text, table)
                   or _named_in_title(ctx, text, table))
        if mention is None:
            return
    name = table.header.name
    fallback = mention.indicator if mention is not None else _NO_INDICATOR
    level = _sibling_level(ctx, [row[name].text for row in table.body if name < len(row)])
    years = _rows_of_years(table)
    captioned = _caption_region(ctx, table.grid.caption) if years else None
    scope = ""
    for row in table.body:
        if name >= len(row):
            continue
        if years and not is_year_name(row[name].text) and not any(
                c.text.strip() for c in row[name + 1:]):
            scope = row[name].text  # 城镇居民 over the years of its group
            continue
        if name == 1 and _value_like(row[1].text) and (spaced_key(row[0].text) in cues(
                "whole") or _row_region(ctx, row[0].text, level) is not None):
            # 全省 | 24501.7 | 27048.5 under 排名 | 地级市 | …: a total has no rank; nor
            # has a region a ranking stops ranking at (海南州 | 23896 after 3 | 海北州)
            row = (Cell(row[0].start, row[0].start, ""), *row)  # noqa: PLW2901
        if years and opens_with_period(row[name].text):
            # 2019年 | 1697.82 | 8.1: the caption's region's (广西历年GDP主要指标), else the
            # document's, in the year the row names
            # (a group's unit, 比上年增长(%) or 数(亿元), is its rows')
            yield (_Row(row[name], row[name].start, fallback, unit_in(scope) or unit,
                        region=captioned, scope=scope), row)
        elif (region := _row_region(ctx, row[name].text, level)) is not None:
            # (a total's row, 全省 or 全国, has no ranks: a row of the others' has them all)
            yield (_Row(row[name], row[name].start, fallback, unit, region=region),
                   _unranked(table, row))
        elif spaced_key(row[name].text) in cues("whole"):
            # 全省 | 24501.7 under the cities: the total, the document's own region's
            yield _Row(row[name], row[name].start, fallback, unit), _unranked(table, row)


def _unranked(table: Table, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A total's row (全省 | 2,772,231 | 409,518 | 51,711 under 位次 | GDP | 美元 | 位次 |
    人均GDP): it has no ranks, so its values stand in the columns that are no ranks'."""
    name = table.header.name
    first = name + 1
    ranks = {c.index - first for c in table.header.columns
             if c.index > name and any(w in spaced_key(c.header) for w in table_words("ranking"))}
    width = max(c.index for c in table.header.columns) + 1 - first
    values = [c for c in row[first:] if c.text.strip()]
    cells = unranked_cells(values, width, ranks, row[name].end)
    return row if cells is None else (*row[:first], *cells)


def _caption_region(ctx: DocContext, caption: str) -> Region | None:
    """The region a caption names as a title does (广西壮族自治区历年名义GDP主要指标)."""
    if ctx.gazetteer is None or not caption:
        return None
    return title_region(caption, ctx.text, ctx.gazetteer)


_PROSE_UNITS = (("亿元", Decimal(10) ** 8), ("万元", Decimal(10) ** 4))


def _unit_from_prose(ctx: DocContext, table: Table) -> str | None:
    """The unit of a table that writes none (北京市 | 41610.90), when the document's
    text states one of its cells with a unit (实现地区生产总值41610.9亿元)."""
    stated: frozenset[Decimal] | None = ctx.memo.get("stated sums")  # type: ignore[assignment]
    if stated is None:  # (the whole text's sums, read once per document, not per table)
        stated = ctx.memo["stated sums"] = frozenset(
            q.quantity.value for q in find_quantities(ctx.text) if q.quantity.unit == "CNY")
    if not stated:
        return None
    for row in table.body:
        for cell in row[1:]:
            number = _NUMBER.fullmatch(cell.text.replace(",", ""))
            if number is None:
                continue
            try:
                value = Decimal(number.group())
            except ArithmeticError:
                continue
            for unit, scale in _PROSE_UNITS:
                if value * scale in stated:
                    return unit
    return None


_YI_MAX = Decimal(2_000_000)  # a country's GDP in 亿元 stays below this; 万元 sums pass it
_DECIMAL_SUM = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{1,2}|\d+\.\d{1,2}")
_PLAIN_SUM = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?")


def _sums_of_yi(table: Table) -> bool:
    """Whether a table of regions that prints no unit reads as sums in 亿元: every
    value cell a number with one or two decimals (3,645.22), none past ``_YI_MAX``."""
    # (a column a header skips, 2017年预测, or a rate's, 10.7%, holds no sums; a column
    # of sums has one or two decimals in most cells, 14442 among them being whole)
    columns = [[t for row in table.body if c.index < len(row)
                and (t := row[c.index].text.strip()) and not t.endswith("%")]
               for c in table.header.values if c.role != "skip" and not c.growth]
    columns = [cells for cells in columns if cells]
    values = [v for cells in columns for v in cells]
    if not values or not all(_PLAIN_SUM.fullmatch(v) for v in values) or any(
            sum(_DECIMAL_SUM.fullmatch(v) is not None for v in cells) * 2 < len(cells)
            for cells in columns):
        return False
    return max(Decimal(v.replace(",", "")) for v in values) < _YI_MAX


_MAGNITUDE_SAID = re.compile(r"\d(?:[\d.,]*)\s*([亿万])(?![元美人])|[千百]([亿万])(?![元美人])")


def _caption_magnitude(caption: str) -> str | None:
    """The unit a caption's own sums suggest for bare cells (金水区超过3500亿 over
    郑州市 15244.57): their magnitude, of yuan; read only for an indicator of money."""
    m = _MAGNITUDE_SAID.search(caption)
    return f"{m[1] or m[2]}元" if m else None


# (消 费 物 价 指 数 的 按 年 变 动 率 over a table of years: its rates of change, read
# with its spaces dropped)
_CORNER_GROWTH = re.compile(r"按年变动率")
# (…增加值增速情况: a caption of rates; not 增长情况, over levels and rates alike)
_CAPTION_GROWTH = re.compile(
    rf"(?:同比)?(?:增长|增速|增幅)[(（]?%[)）]?$|增速情况$|同比增长|{_CORNER_GROWTH.pattern}")
_NOTE_MAX = 40  # a longer line under a table is prose, not its note's heading
_ABOVE_LINES = 3  # lines with text above a table's caption a title may stand on


def _named_above(ctx: DocContext, text: str, table: Table) -> IndicatorMention | None:
    """The one indicator a short title line right above a table names, when its caption
    names none (中国城市GDP排名 over 排名 / 地区 / 2016年 …): the nearest of the few lines
    with text above the table's first line, if it is a title (short, no sentence's end)."""
    for line in _lines_above(text, table.grid.start):
        if len(line) > _NOTE_MAX or line.endswith(("。", "；", ";")):
            break
        found = {m.indicator.id: m for m in find_indicators(line, ctx.indicators)}
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _lead_in(text: str, start: int) -> str:
    """The paragraph a table at ``start`` follows (…新开工改造城镇老旧小区2.26万个。分地区
    看,… over its caption): the nearest of the few lines with text above it that is prose
    (long, or closing a sentence), not a title or a caption; else empty."""
    return next((line for line in _lines_above(text, start)
                 if len(line) > _NOTE_MAX or line.endswith(_PROSE_ENDS)), "")


def _lines_above(text: str, start: int) -> Iterator[str]:
    """The few lines with text above ``start`` (the part of its own line before it first),
    nearest first, stripped: where a table's title or lead-in stands."""
    end, found = start, 0
    while end > 0 and found < _ABOVE_LINES:
        at = text.rfind("\n", 0, end - 1) + 1
        line = text[at:end].strip()
        end = at
        if line:
            found += 1
            yield line


_PROSE_ENDS = ("。", "；", ";", "：", ":")


def _top(grid: Grid) -> int:
    """Where ``grid``'s first line starts its cells (its header's, above its body)."""
    return min(grid.start, *(c.start for c in grid.rows[0])) if grid.rows else grid.start


def _named_in_title(ctx: DocContext, text: str, table: Table) -> IndicatorMention | None:
    """The one indicator the text's title names (山东16地市2024年1-5月财政收入:青岛逼近600
    亿… over 其下辖16地市按总量高低依次排序为: / 1.青岛市595.32亿元…), for a table of
    regions whose caption and nearby lines name none: a ranking page's topic."""
    title = first_line(text[:table.grid.start])
    if title is None:
        return None
    found = {m.indicator.id: m for m in find_indicators(title, ctx.indicators)}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_below(ctx: DocContext, text: str, table: Table) -> IndicatorMention | None:
    """The one indicator the short line right under a table names (社会消费品零售总额统计
    范围及主要指标解释: the notes of a table whose caption gave only its unit)."""
    rest = text[table.grid.end:].lstrip("\n |")
    line = rest.partition("\n")[0].strip()
    if not line or len(line) > _NOTE_MAX:
        return None
    found = list(find_indicators(line, ctx.indicators))
    return found[0] if len(found) == 1 else None


_NO_INDICATOR = Indicator(id="none", name="无", kind="flow", unit="CNY")  # columns name theirs


def _column_indicator(ctx: DocContext, column: Column,
                      caption: IndicatorMention | None = None, title: str = "",
                      others: tuple[str, ...] = ()) -> Indicator | None:
    """The catalogue indicator a value column's header names alone, if it names one;
    else the one its header's scope word names with the caption's indicator
    (城镇常住居民 | 累计 under 城乡居民人均可支配收入: the urban residents' income), or
    the one whose name's close the header is and whose opening words the caption
    ``title`` holds (可支配收入 under 各地区城镇居民平均每人全年家庭收入来源). ``others``:
    the table's other value columns' headers."""
    matches = list(find_indicators(column.header, ctx.indicators))
    found = {m.indicator.id: m.indicator for m in matches}
    if set(found) <= {OTHER} and (counted := _counting(
            ctx.indicators, column.header, caption.name if caption is not None else title)):
        # (新开工小区数 under 城镇老旧小区改造: a count of the caption's things, not a
        # qualified 新开工, nor a column no name heads)
        return counted
    # (地区生产总值(亿元) + 增长%: a growth column names the group it stands in again)
    if len(found) == 1:
        if caption is not None and caption.indicator.id not in found and all(
                caption.name.endswith(m.name) and len(caption.name) > len(m.name)
                for m in matches) and not title.endswith(tuple(LIST_JOINS), 0, caption.start) and (
                not any(caption.indicator.id in {m.indicator.id for m in find_indicators(
                    other, ctx.indicators)} for other in others)):
            # 人均可支配收入 under 主要年份农村居民人均可支配收入: the caption's own, whose
            # name the column's closes (not under 全省、城镇、农村居民人均可支配收入, a
            # list of scopes the rows' groups part; nor GDP beside a column 人均GDP under
            # 各市人均GDP排名: the table tells the two apart)
            return caption.indicator
        if caption is None and (narrower := _closing(ctx.indicators, matches[0].name, title)):
            # (可支配收入 under 城镇居民家庭人均收支情况: the title's residents', not all)
            return narrower
        return next(iter(found.values()))
    if found:
        return None
    if caption is None:
        return _closing(ctx.indicators, column.header, title)
    return _scoped(ctx, column.header, caption)


def _counting(indicators: tuple[Indicator, ...], header: str, caption: str
              ) -> Indicator | None:
    """The count the ``caption`` names whose things ``header`` counts (新开工小区数(个)
    under 城镇老旧小区改造进展情况: 小区, the renovated communities), if one."""
    lead = _HEADER_WORDS.match(spaced_key(header))
    key = lead[0] if lead else ""
    if not key.endswith(_COUNT_WORD) or len(key) <= len(_COUNT_WORD) + 1:
        return None
    thing = key[:-len(_COUNT_WORD)]
    for m in find_indicators(caption, indicators):
        if m.indicator.unit == "count" and m.indicator.id != OTHER and any(
                thing[i:i + 2] in m.name for i in range(len(thing) - 1)):
            return m.indicator
    return None


_COUNT_WORD = "数"  # 小区数, 企业数: the number of the things named before it


_SCOPE_MIN = 2  # characters of the words a caption gives a column's name (城镇居民)


def _closing(indicators: tuple[Indicator, ...], header: str, title: str,
             ) -> Indicator | None:
    """The indicator whose name ends in ``header``'s opening words and opens with words of
    ``title`` (城镇居民 + 人均 + 可支配收入), the longest such opening; a per-head word
    between them may be written otherwise in a title (平均每人)."""
    # (its opening words: 可支配收入(元)增长速度(%), the growth beside the level)
    lead = _HEADER_WORDS.match(spaced_key(header))
    key = lead[0] if lead else ""
    if len(key) <= _SCOPE_MIN or not title:
        return None
    best: tuple[int, Indicator] | None = None
    for scope, indicator in _openings(indicators).get(key, ()):
        if len(scope) >= _SCOPE_MIN and scope in title and (best is None or len(scope) > best[0]):
            best = (len(scope), indicator)
    return best[1] if best else None


_OpeningIndex = dict[str, list[tuple[str, Indicator]]]
_OPENINGS: dict[int, tuple[tuple[Indicator, ...], _OpeningIndex]] = {}


def _openings(indicators: tuple[Indicator, ...]) -> _OpeningIndex:
    """Each catalogue name's closing words, and the opening words before them (less a
    per-head 人均) with its indicator, in catalogue order: built once per catalogue, held by
    its identity (a row of a table of scopes asks for every row, and hashing the catalogue
    for each ask cost more than the scan it saved)."""
    held = _OPENINGS.get(id(indicators))
    if held is None or held[0] is not indicators:
        index: _OpeningIndex = {}
        for indicator in indicators:
            for name in (indicator.name, *indicator.aliases):
                for cut in range(1, len(name)):
                    index.setdefault(name[cut:], []).append(
                        (name[:cut].removesuffix("人均"), indicator))
        held = _OPENINGS[id(indicators)] = (indicators, index)
    return held[1]


def _scoped(ctx: DocContext, header: str, caption: IndicatorMention) -> Indicator | None:
    """The indicator a word of ``header`` names when it takes the place of the caption
    name's opening words (城镇常住居民 + 人均可支配收入), if the two make a whole name."""
    lead = _HEADER_WORDS.match(header)
    if lead is None:
        return None
    for end in range(len(lead[0]), 1, -1):  # 城镇常住居民累计: the scope word, then 累计
        for at in range(len(caption.name)):
            whole = lead[0][:end] + caption.name[at:]
            m = next(find_indicators(whole, ctx.indicators), None)
            if m is not None and (m.start, m.end) == (0, len(whole)):
                return m.indicator
    return None


_HEADER_WORDS = re.compile(r"[\u4e00-\u9fff]{2,12}")


_REGION_NAME_MIN = 2  # 北京市, 西城区; never one character of a header


def _column_region(ctx: DocContext, column: Column) -> Region | None:
    """The region a value column's header opens with (北 京 市本 期, 全市累计): a table
    that sets regions side by side, each over its own columns."""
    key = re.sub(r"\s+", "", column.header)
    for end in range(len(key), _REGION_NAME_MIN - 1, -1):
        if (place := _row_region(ctx, key[:end])) is not None:
            return place
    return None


def _rows_are_regions(ctx: DocContext, table: Table) -> bool:
    """Whether most body rows' names are regions (a table whose corner cell is 单位:%,
    not 市县), or all are years under no word (a yearbook's main years): its value
    columns then say what they measure."""
    name = table.header.name
    names = [row[name].text for row in table.body if name < len(row)]
    regions = sum(_row_region(ctx, n) is not None for n in names)
    return len(names) >= _REGION_ROWS_MIN and (regions * 2 > len(names) or _rows_are_years(
        table))


def _rows_of_years(table: Table) -> bool:
    """Whether the rows are named by years: under a period's word (年份), or years alone
    under an empty corner."""
    return is_period_header(table.header.columns[table.header.name].header) or (
        _rows_are_years(table))


def _rows_are_years(table: Table) -> bool:
    """Whether every body row is named by a year alone under an empty corner cell (1978 |
    71416 | 170169, a yearbook's main years)."""
    name = table.header.name
    return not table.header.columns[name].header and _named_by_years(table.body, name)


def _named_by_years(rows: Sequence[Sequence[Cell]], name: int) -> bool:
    """Whether there are rows and each is named, in column ``name``, by a year alone."""
    valued = [row for row in rows if any(c.text.strip() for c in row[name + 1:])]
    # (a group's line, 城镇居民 over its years, has no values and no year)
    return bool(valued) and all(
        name < len(row) and is_year_name(row[name].text) for row in valued)


_REGION_ROWS_MIN = 3


_RANGE_CELL = re.compile(r"\s*[-−]?[\d.,]+\s*[-－~～至]\s*[-−]?([\d.,]+)\s*")  # (-4.0~-4.5)


# the unit a statistics table prints an indicator in where its catalogue unit is another:
# grain, counted in 斤 by work reports' prose, in 吨 by the NBS's tables
_TABLE_UNITS: dict[str, Unit] = {"jin": "ton"}


def _cell_unit(r: _Row, column: Column) -> str | None:
    """The unit the cells of row ``r`` in ``column`` are read in: a growth column's, else
    the row's (a table of regions: a column's own sum of money or unit of measure before
    the caption's unit, 本币/百万 beside 元, 总产量 (万吨) beside 播种面积 (千公顷); a bare
    亿 over a column is no unit of its own); a per-head sum's 元."""
    unit = column.unit if column.growth or r.unit is None or (
        r.region is not None and column.unit and (
            "元" in column.unit or unit_of(column.unit) is not None)) or (
        # 1.社会消费品零售总额 | % | 10 | 497.6 under 单位 | 年度目标 | 绝对值(亿元): the
        # row's % is its rates' (a growth aimed at), the level column's its own unit
        r.unit == "%" and r.indicator.unit != "percent" and column.unit
        and unit_of(column.unit) not in (None, "percent")) else r.unit
    if r.indicator.unit == "CNY" and "人均" in r.indicator.name and (
            unit is None or unit.startswith("亿")):
        # 城镇居民人均可支配收入 | (no unit) | 43760: a per-head sum is in 元, never
        # in the 亿元 of a caption over a table of sums (单位:亿元 … 人均生产总值)
        unit = "元"
    return unit


def _another_measure(r: _Row, column: Column, unit: str | None) -> bool:
    """Whether the cells of ``column`` measure another thing than ``r``'s indicator: 单位
    面积产量 (公斤/公顷), 播种面积 (千公顷), a yield or an area whatever unit the caption
    gives; 涉及居民户数(万户) beside 小区数(个), the households, no count of communities."""
    if r.indicator.unit == "count" and unit and not counted_in(r.indicator.id, unit):
        return True
    return column.unit is not None and bool(_PER_AREA.search(column.unit) or (
        _AREA.fullmatch(column.unit) and r.indicator.unit != "m2"))


def _unit_unprinted(cell: Cell, indicator: Indicator, header: str) -> QuantityMatch | None:
    """粮食 | 171337 with no unit printed anywhere: the number read in the unit its
    indicator's table prints it in, to be kept flagged, not left out. Only a measure's
    count or mass: never a sum of money, whose magnitude is no guess (元, 万元, 亿元), nor a
    rate, whose bare figure may be a level in a unit not read (单位GDP能耗 | 0.582 under
    指标值(吨标准煤/万元)); and not under a header whose bracket may hold such a unit."""
    word = unit_word(_TABLE_UNITS.get(indicator.unit, indicator.unit))
    if indicator.unit in ("CNY", "USD", "percent") or word is None or any(
            b in header for b in "(（") or not _PLAIN_NUMBER.fullmatch(cell.text.strip()):
        return None
    return _quantity(cell.text, word)


def _quantity(text: str, unit: str | None) -> QuantityMatch | None:
    """The cell's quantity: with its own unit (增长8%, 3.5%以内), else with ``unit``
    after its number (1523.4 and 亿元; 6.5左右 and %). None without a digit."""
    number = _NUMBER.search(text)
    if number is None:
        return None
    own = [q for q in find_quantities(text) if q.number_start <= number.start() < q.end]
    if own:
        return own[0]
    if unit is None:
        return None
    at = number.end()
    if (span := _RANGE_CELL.fullmatch(text)) is not None:
        at = span.end(1)  # 3560-3570 and 亿元: the unit after the range's high end
    elif (small := _SMALL_MAGNITUDE.fullmatch(unit)) is not None and (
            plain := _PLAIN_NUMBER.fullmatch(number.group())) is not None:
        # 97,599 under GDP(百万元): 9759900万元, as a number can be read with its unit
        times = Decimal(_SMALL_SIZES[small[1]])
        scaled = format(Decimal(plain.group().replace(",", "")) * times, "f")
        unit = small[2]
        text = text[:number.start()] + scaled + text[at:]
        at = number.start() + len(scaled)
    found = [q for q in find_quantities(text[:at] + unit + text[at:])
             if q.number_start <= number.start() < q.end]
    return found[0] if found else None


# a header's unit of hundreds or thousands (百万元, 千万元, 千元; not 千瓦时, 千克, units of
# their own): its cells times that
_SMALL_MAGNITUDE = re.compile(r"([十百千])((?:万|亿)?美?元)")
_SMALL_SIZES = {"十": 10, "百": 100, "千": 1000}


def _measure(column: Column, indicator: Indicator, q: QuantityMatch,
             words: str) -> Measure | None:
    unit = q.quantity.unit
    if (column.growth and indicator.kind == "rate" and unit == "percent"
            and not any(word in column.header for word in table_words("change"))):
        return "level"  # 目标增长(%) | 实际增长(%) of a rate's row: the rate itself
    if column.growth or (unit == "percent" and indicator.unit != "percent") or (
            indicator.kind == "index"):
        # a rate's change is in points, not a growth: 失业率 | 比上年±
        ok = unit == "percent" and indicator.kind != "rate"
        return "growth" if ok else None
    if unit == "percent":
        return "level" if indicator.unit == "percent" else None
    if indicator.unit == "percent" or not measured_alike(unit, indicator.unit):
        return None
    if indicator.kind == "stock" and has_cue(words, "increase"):
        return "increase"
    return "level"


def _modality(text: str) -> Modality:
    return "ensure" if has_cue(text, "ensure") else "strive" if has_cue(text, "strive") else "plan"


# a yearbook's figure grouped by thousands with spaces (3 634, 12 977.5), one number
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?")
# 居民消费价格指数 | % | 103左右 | 100.7: an index's level (last year = 100), no base said
_INDEX_CELL = re.compile(r"(?:约)?(\d+(?:\.\d+)?)\s*%?\s*(?:左右|以内|以下)?")


def _fact(doc: PreparedDocument, ctx: DocContext, r: _Row, *, column: Column, time: Time,
          cell: Cell, index: bool, table_at: int) -> Goal | Result | None:
    """The fact of ``cell``, in ``column`` of row ``r``; ``time``: the period cues of the
    table's caption and the column's header; ``index``: they give an index's base;
    ``table_at``: where the table starts (a heading's year there is the table's, not
    a row's that reads like a heading: 地区生产总值(2021年))."""
    cell = _strip(cell)
    if r.change:  # (+11.5) under a year's value: that year's growth, in %
        cell = evolve(cell, text=cell.text.strip("()（） ").replace("－", "-"))
        column = evolve(column, growth=True, unit="%")
    if _SPACE_GROUPED.fullmatch(cell.text):
        cell = evolve(cell, text=re.sub(r"\s", "", cell.text))  # 3 634: 3634
    measure: Measure | None
    assumed = False  # no unit printed for the cell: its indicator's own read
    # (a change column beside the index under a caption on its base, 价格指数 | 比上年±%:
    # its 1.2 is the rise itself)
    on_base = (r.index or index) and not column.growth
    if on_base or (r.indicator.kind == "index"
                   and (m := _INDEX_CELL.fullmatch(cell.text)) is not None
                   and is_index_level(Decimal(m[1]))):
        # 居民消费价格总指数 | 102.3 under 上年=100: a growth of 2.3%; an index's, or
        # an output's under a caption or column on its base (地区生产总值指数, 上年=100);
        # a price index's 99.8 under 同比 too (a change of 99.8% no price makes)
        readable = r.indicator.kind == "index" or (on_base and r.indicator.kind != "rate")
        if not readable or (q := _quantity(cell.text, "%")) is None:
            return None
        q = evolve(q, quantity=evolve(q.quantity, value=q.quantity.value - 100))
        measure = "growth"
    elif column.header.endswith("指数") and r.indicator.kind != "index":
        return None  # 工业总产值指数 on no base it names: an index, no level in 万元
    else:
        unit = _cell_unit(r, column)
        if _another_measure(r, column, unit):
            return None
        if (column.unit == "元" and r.unit is not None and r.unit.endswith("元")
                and r.unit != "元" and "人均" not in r.indicator.name):
            return None  # 生产总值(元) in a table of 万元: a per-head figure, no total's
        if (not column.growth and unit == "%" and r.indicator.unit != "percent"
                and not has_cue(r.scope + r.name.text, "growth") and column.kind != "target"):
            return None  # 本地生产总值(%) | 100: a structure's share, no growth (but
            # 地区生产总值增长率 | % | 7.2 names its growth; and a level's aim in % is
            # a growth aimed at, 规模以上工业总产值 | % | 4 under 年度目标)
        if r.indicator.unit == "CNY" and _BARE_MAGNITUDE.fullmatch(cell.text):
            cell = evolve(cell, text=cell.text + "元")  # 1160.3亿 of a sum of money: 亿元
        q = _quantity(cell.text, unit or column.unit)
        if q is None and unit is None and column.unit is None:
            q = _unit_unprinted(cell, r.indicator, column.header)
            assumed = q is not None
        if q is None:
            return None
        measure = _measure(column, r.indicator, q, r.scope + r.name.text + column.header)
    if measure is None:
        return None
    part, months = time.part, time.months
    update_time(time, _periods(PRICE_BRACKET.sub("", r.name.text)))
    if part is not None and time.part is None and BARE_YEAR.fullmatch(r.name.text.strip()):
        # 年份 | 1季度 | 2季度 over 2015 | 7.1 | 7.1: a row of a year, each column its
        # quarter (or months) of that year
        time.part, time.months = part, months
    view_at = doc.to_reading(r.at)
    # no year at all (the document's undecided, the table names none): kept, its period
    # left open and flagged, as a sentence's fact is (the engine warns once)
    year = time.year or ctx.heading_year(doc.to_reading(table_at)) or ctx.year or 0
    if year and time.last_year and time.year is None:
        year -= 1  # 上年: the year before the document's
    region = r.region or ctx.region_at(view_at)
    code, region_name = (region.code, region.name) if region else (None, "")
    provenance = doc.provenance(r.at, cell.end)
    # an indicator the catalogue lacks (#城镇就业人员) is worded as its row names it
    label = r.indicator.name if r.indicator.id == OTHER else None
    uncertain: tuple[str, ...] = ("year",) if not year else ()
    if assumed or (ctx.memo.get(("assumed unit", table_at)) and q.quantity.unit == "CNY"):
        uncertain += ("unit",)  # no unit printed: 亿元 (or the indicator's own) assumed
    if column.kind == "target":
        period, per = (target_period(False, ctx, time, year, indicator=r.indicator)
                       if year else (None, None))
        return Goal(region=code, region_name=region_name, indicator=r.indicator.id,
                    measure=measure, quantity=q.quantity, provenance=provenance,
                    period=period, modality=_modality(cell.text), per=per,
                    indicator_label=label, uncertain=uncertain)
    period = result_period(ctx, time, year, named_year=True) if year else None
    if (span := YEAR_SPAN.fullmatch(r.name.text.strip())) is not None:
        period = Period.years(int(span[1]), int(span[2]))  # 1971-1975 | 3919.71: the sum
    return Result(region=code, region_name=region_name, indicator=r.indicator.id,
                  measure=measure, quantity=q.quantity, provenance=provenance,
                  period=period,
                  indicator_label=label, uncertain=uncertain)


@frozen
class _Rows:
    """A table's rows that name an indicator, read once per document: their names'
    starts (for a bisect by scope) and, per value column, the period its caption and
    header give."""

    starts: tuple[int, ...]
    rows: tuple[tuple[_Row, tuple[Cell, ...]], ...]
    # and whether they give an index's base, the indicator the column names itself and
    # the region its header names (北京市 | 西城区 over 本期 | ±%)
    times: tuple[tuple[Column, Time, bool, Indicator | None, Region | None], ...]


def _parting_scope(table: Table) -> int | None:
    """The column of each row's scope that parts the region's rows from its parts' (全市,
    then 市级 under it); None when there is none, or when every row says one scope that
    is no part's (统计口径: 实际管辖 on every row, the basis all the figures share)."""
    scope = next((c.index for c in table.header.columns if is_scope_header(c.header)), None)
    if scope is None:
        return None
    said = {spaced_key(row[scope].text) for row in table.body
            if scope < len(row) and row[scope].text}
    if len(said) == 1 and said.isdisjoint(table_words("scope_part")):
        return None
    return scope


def _body_rows(ctx: DocContext, text: str, table: Table, caption_unit: str | None,
               caption: IndicatorMention | None) -> list[tuple[_Row, tuple[Cell, ...]]]:
    """The rows of a table of indicators (not of regions) that name one, each with its
    cells: a region's row under an indicator's is that indicator's part for the region;
    a row of changes in brackets under a row, that row's changes."""
    parents: list[_Parent] = []
    rows: list[tuple[_Row, tuple[Cell, ...]]] = []
    # 分县(区)生产总值, or an indicator's row (``caption``): the indicator of the region
    # rows below
    group: list[Indicator] = [caption.indicator] if caption is not None else []
    previous: tuple[Cell, ...] = ()
    heading: _Row | None = None  # the last group line naming an indicator, no values
    scope = _parting_scope(table)
    for row in table.body:
        if scope is not None and scope < len(row) and row[scope].text and spaced_key(
                row[scope].text) not in table_words("scope_whole"):
            continue  # 统计口径 | 市级 under the 全市 row: a part's figures, not the region's
        r = _row(ctx, text, table, row, parents=parents, caption_unit=caption_unit,
                 caption=caption)
        values = _value_indices(table, row)
        if r is None and heading is not None and values and (
                measure := _measure_named(row[table.header.name].text)) is not None:
            # 全市生产总值(万元) / 绝对额 | 18.83 | … / 增速% | 14.1 | …: a sub-row naming only
            # a measure is the group line's indicator's (its quote from the group's name)
            name = row[table.header.name]
            r = evolve(heading, name=name, unit="%" if measure == "growth" else heading.unit)
        elif r is not None and r.region is None and not values:
            heading = r
        elif r is not None or not values:
            heading = None  # (农民人均纯收入(元), a group line naming none: its sub-rows none's)
        if r is not None and r.region is None:
            group[:] = [r.indicator]  # its parts by region may follow (其中:定 海)
        elif r is None and group and values and (
                scoped := _scope_row(ctx, row[table.header.name], group[0])) is not None:
            # 全市居民人均可支配收入 | 45000 over 按常住地分:城镇居民 | 55000: the scope's own
            r = scoped
        elif r is None and group and values and not is_nonregion_phrase(
                spaced_key(_without_sub_mark(row[table.header.name].text))) and (
                place := _row_region(ctx, _without_sub_mark(
                    row[table.header.name].text))) is not None:
            # (其中:城区 under 城镇, beside 乡村: the urban part, no district)
            name = row[table.header.name]
            unit_cell = (row[table.header.unit].text if table.header.unit is not None
                         and table.header.unit < len(row) else "")
            r = _Row(name, name.start, group[0], unit_of(unit_cell) or caption_unit,
                     region=place)
        cells = row
        if r is None and rows and rows[-1][1] is previous and (
                changes := _changes_under(text, table, previous, row)) is not None:
            r, cells = evolve(rows[-1][0], change=True), changes
        if r is not None:
            rows.append((r, cells))
        previous = row
    return rows


def _measure_named(name: str) -> str | None:
    """What a row's name says alone, when it is only a value column's word and its unit
    (绝对额, 增速%, 增长(%)): ``result`` or ``growth``; else None."""
    key = _UNIT_MARK.sub("", spaced_key(name))
    role = header_role(key)
    if role not in ("result", "growth") or key not in table_words(role):
        return None
    return role


_UNIT_MARK = re.compile(r"[(（]?[%％][)）]?$")
# a row's name closed by a rate's word and its percent sign (…(万元)增速%, …增长(%))
_GROWTH_CLOSED = re.compile(r"(?:增长|增速|增幅)率?[(（]?[%％][)）]?$")


def _rows_of(ctx: DocContext, text: str, table: Table) -> _Rows:
    key = ("table rows", table.grid.start)
    found = ctx.memo.get(key)
    if found is None:
        m = _caption_unit().search(table.grid.caption)
        # (or the name column's header: 规模以上工业增加值(亿元) over 11月 | 同比±%)
        corner = table.header.columns[table.header.name].header
        # (or the bracket of a caption that names no column: 各省GDP(亿元), not
        # 规模以上工业增加值(亿元)11月同比±%, a header run onto one line)
        title = table.grid.caption
        caption_unit = (unit_of(m[1]) or _first_listed(m[1])) if m else unit_of(unit_in(corner) or (
            unit_in(title) if header_role(title) is None else None) or "")
        rows: list[tuple[_Row, tuple[Cell, ...]]] = []
        regions = table.header.regions or _rows_are_regions(ctx, table)
        years = _rows_of_years(table)
        if caption_unit is None and regions:
            # (a block of the same page's table, 2018年GDP | 2017年GDP below 2023年GDP,
            # takes the unit the prose gave its first block)
            prose = _unit_from_prose(ctx, table)
            if prose is not None:
                ctx.memo["prose unit"] = prose
            caption_unit = prose or ctx.memo.get("prose unit") or _caption_magnitude(
                table.grid.caption)  # type: ignore[assignment]
            if caption_unit is None and _sums_of_yi(table):
                # GDP (1978) | GDP (2008) over 北京 | 108.84: no unit printed anywhere;
                # kept in 亿元, the unit of regions' sums, and flagged
                caption_unit = "亿元"
                ctx.memo[("assumed unit", table.grid.start)] = True
        if regions:
            rows.extend(_region_rows(ctx, text, table, caption_unit))
        caption = _caption_indicator(ctx, table)
        if not regions:
            rows.extend(_body_rows(ctx, text, table, caption_unit, caption))
        times = []
        lead = _lead_period(text, table.grid.start)
        # 指标:工业增加值_同比增长(%) over columns of months: every column holds growths
        # (or the corner over the names, where a yearbook's title may stand: 消费物价指数的
        # 按年变动率 over 1998 | 2002)
        growths = _CAPTION_GROWTH.search(spaced_key(table.grid.caption)) is not None or (
            _CORNER_GROWTH.search(spaced_key(corner)) is not None)
        left: Time | None = None  # the period of the nearest value column on the left
        for column in table.header.values:
            if growths and not column.growth and column.unit is None:
                column = evolve(column, growth=True, unit="%")  # noqa: PLW2901
            time = Time()
            update_time(time, lead)  # 1-5月，西部地区… above: the period it introduces
            update_time(time, _periods(table.grid.caption))
            if left is not None and not column.growth and SAME_PERIOD_BEFORE.match(
                    spaced_key(column.header)):
                # 2022年1-8月 | 上年同期 | 比上年±%: the same months of the year before
                time = left.copy()
                time.year, time.last_year = ((time.year - 1, False) if time.year
                                             else (None, True))
            else:
                # (本年金额 | 同比% under (2010年1-8月): the caption's period, not the
                # document's year 本年 would go back to in a sentence)
                update_time(time, _periods(_THIS_YEAR_COLUMN.sub("", column.header)))
                if _this_month(column.header) and (
                        time.part == "months" and time.months is not None
                        and time.months[0] == 1 < time.months[1]):
                    # 1-6月 over 本月 | 1-本月: the month alone, the last of the months
                    time.months = (time.months[1], time.months[1])
                if not column.growth:
                    left = time.copy()
            own = _column_indicator(ctx, column, caption, table.naming,
                                    tuple(c.header for c in table.header.values
                                          if c is not column)) if regions else None
            if regions and own is None and _growth_of_unread(table.header, column):
                own = _NO_INDICATOR  # 人口(亿) | 增率: the growth of a column no fact is of
            # (rows of years under columns each naming a region, 年份 | 济南城镇居民…(元) |
            # 潍坊城镇居民…(元): each column its region's)
            times.append((column, time, _index_base(table.grid.caption + column.header),
                          own, _column_region(ctx, column) if not regions or years else None))
        found = ctx.memo[key] = _Rows(tuple(r.name.start for r, _ in rows), tuple(rows),
                                      tuple(times))
    return found  # type: ignore[return-value]


_THIS_YEAR_COLUMN = re.compile(r"本\s*年(?:\s*度)?")  # 本年金额, 本年累计: the table's own period


def _this_month(header: str) -> bool:
    """A column of the report's last month alone (本月, 当月, and its growth beside it:
    本月同比增长(%)), not one summed to it (本月止累计)."""
    key = spaced_key(header)
    return key.startswith(table_words("this_month")) and "累计" not in key and "止" not in key


def _growth_of_unread(header: Header, column: Column) -> bool:
    """Whether a growth column is the growth of a column of levels no fact is read from
    (粮产量(万吨) | 增率 | 人口(亿) | 增率: the population's)."""
    return column.of is not None and header.columns[column.of].kind is None


# (-2.5), (+11.5): a change in brackets, a cell of a row of changes
_CHANGE_CELL = re.compile(r"[(（]\s*[-+－]?\d+(?:\.\d+)?\s*[)）]")
# 括弧内数字为与上年同期比较的变动百分比: the page's note that says what they are
_CHANGES_NOTE = re.compile(r"括[弧号]内[^。\n]{0,16}?(?:变动|增减|增长|变化)")


def _changes_under(text: str, table: Table, above: tuple[Cell, ...],
                   row: tuple[Cell, ...]) -> tuple[Cell, ...] | None:
    """A row of changes in brackets alone, one under each value of the row ``above``:
    ``above`` with each value's cell replaced by its change's (the quote runs from the
    name above to the bracket); None unless the page's note says what brackets hold."""
    values = _value_indices(table, above)
    cells = [c for c in row if c.text]
    if not cells or len(cells) != len(values) or not all(
            _CHANGE_CELL.fullmatch(c.text) for c in cells) or not _notes_changes(text):
        return None
    out = list(above)
    for i, cell in zip(values, cells, strict=True):
        out[i] = cell
    return tuple(out)


def _value_indices(table: Table, row: tuple[Cell, ...]) -> list[int]:
    """Where ``row``'s values stand: its cells with text but its name's and unit's."""
    return [i for i, c in enumerate(row)
            if i not in (table.header.name, table.header.unit) and c.text]


@lru_cache(maxsize=4)
def _notes_changes(text: str) -> bool:
    """Whether the page's note says brackets hold changes (spaces of its copy dropped);
    read once per document, not once per row of brackets."""
    return _CHANGES_NOTE.search(re.sub(r"\s+", "", text)) is not None


# a paragraph opened by a part of the year (1-5月，西部地区…; 上半年，全市…)
# (数据显示:1-5月份,…: a short lead before the period, and 份 after its months)
_LEAD_PERIOD = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,6}}[:：])?(?:{YEAR}年)?"
    rf"(?:1[-—~至](?:1[0-2]|[1-9])月份?|前三季度|上半年|[一二三]季度)(?=[,，])")
_LEAD_LINES = 4  # lines above a table where the paragraph introducing it may open


def _lead_period(text: str, start: int) -> str:
    """The part of the year the paragraph right above a table opens with, when the
    table's own caption names none of its own (read after it, the caption wins)."""
    above = text[:start].rsplit("\n", _LEAD_LINES + 1)[-_LEAD_LINES - 1:]
    lines = [line for line in above if line.strip()]
    for line in reversed(lines):
        if (m := _LEAD_PERIOD.match(line.strip())) is not None:
            return m.group()
    return ""


def read_table(doc: PreparedDocument, table: Table) -> Iterator[Goal | Result]:
    """Every fact of ``table``'s rows whose names start in ``doc``'s scope."""
    ctx = context_of(doc)
    found = _rows_of(ctx, doc.text, table)
    lo, hi = doc.scope
    for r, row in found.rows[bisect_left(found.starts, lo):bisect_left(found.starts, hi)]:
        facts: list[Goal | Result] = []
        for column, time, index, own, place in found.times:
            at = r if own is None else evolve(r, indicator=own)
            if r.by_column:
                scoped = _closing(ctx.indicators, r.name.text, column.header)
                if scoped is None:
                    continue  # (a column no scope heads: none of the row's indicators)
                at = evolve(at, indicator=scoped)
            if r.scope and (scoped := _scoped(ctx, r.scope, IndicatorMention(
                    0, len(at.indicator.name), at.indicator, at.indicator.name))) is not None:
                at = evolve(at, indicator=scoped)  # 城镇居民 + 居民人均可支配收入
            if place is not None:
                at = evolve(at, region=place)
            if at.indicator is _NO_INDICATOR or (column.role == "nominal" and (
                    at.indicator.id not in table_words("nominal_growth_of"))):
                continue  # (名义增速 of an output: no growth of it)
            if column.index < len(row) and (fact := _fact(
                    doc, ctx, at, column=column, time=time.copy(),
                    cell=row[column.index], index=index,
                    table_at=table.grid.start)) is not None:
                facts.append(fact)
        yield from _without_conversions(facts)


def _without_conversions(facts: list[Goal | Result]) -> Iterator[Goal | Result]:
    """A row's facts without the ones its dollar column converts (GDP 本币 | 美元: the
    same sum at an exchange rate, which the row gives in 元 already)."""
    in_yuan = {(f.region, f.indicator, f.measure, f.period, type(f)) for f in facts
               if f.quantity.unit == "CNY"}
    for f in facts:
        if f.quantity.unit != "USD" or (
                f.region, f.indicator, f.measure, f.period, type(f)) not in in_yuan:
            yield f


class TableExtractor:
    """Tables of indicators (satisfies :class:`plantrack.components.Extractor`)."""

    name = "table"
    description = "Tables: 指标 | 单位 | 目标 | 完成 | 增长% rows, however rendered."

    def detect(self, doc: PreparedDocument) -> float:
        return TABLE_SCORE if _in_scope(doc) else 0.0

    def claims(self, doc: PreparedDocument) -> list[tuple[int, int]]:
        """The original spans of the tables in ``doc``'s scope that give facts: only this
        extractor reads the numbers there. A table none of whose rows gives one (西藏 |
        12%以上 under a sentence naming the indicator: no header names it) is left to
        the sentence readers."""
        return [doc.original_span(t.grid.start, t.grid.end)
                for t, facts in _read_in_scope(doc) if facts]

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        for _, facts in _read_in_scope(doc):
            yield from facts


def _read_in_scope(doc: PreparedDocument) -> tuple[tuple[Table, tuple[Goal | Result, ...]], ...]:
    """Each table in ``doc``'s scope with its facts, read once for the claims and the
    extraction."""
    memo = context_of(doc).memo
    key = ("table facts", doc.scope)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple((t, tuple(read_table(doc, t))) for t in _in_scope(doc))
    return found  # type: ignore[return-value]


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(TableExtractor())
