"""Tables in a normalised text, however a text copy renders them: cells and their spans.

A table is two or more consecutive lines cut into cells the same way:

* ``|`` between cells (Markdown and the HTML loader's rendering, with ``|---|`` rules);
* tabs (a spreadsheet's copy);
* runs of two or more spaces (a PDF's layout, a typed table);
* enumeration commas, a name's colon among them (排名、 省份、 增速 over 1、重庆:11%、7237.9), as
  a news page types a table as a list: lines with two or more 、 and no sentence's mark;
* one cell per line, under a header of one column word per line (指标, 单位, 目标, 完成,
  增长%: ``data/table_columns.tsv``), as a PDF's text layer gives a table drawn cell by
  cell: the header's length is the row's; or under regions' names (指标 | 单位 | 卓资县 |
  化德县, the regions the caller's gazetteer knows), a section's line between its rows;
* a name/value list, as a statistics page's text copy gives one: one cell per line under
  a header of two (指   标 / 总量指标, spaces inside the words), or with blank lines
  between the cells; a name is followed by its value, and a name followed by another
  name or by an empty cell (a line of spaces) is a group line (国民经济核算(亿元)).

* cells with bars on lines of their own (or ending a cell's last line), one cell or
  a line of a cell between them, as a web page's text copy renders a table drawn in
  HTML: the cells before the first value are the header and the first row's name, so
  the header says how many cells a row has.

A line with one cell (表1 2023年主要指标完成情况, 单位：亿元) just above a table, or a
first row with one filled cell, is its caption. Every cell keeps its span in the
normalised text, so a quote can run from a row's name to any of its cells.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache

from attrs import frozen

from plantrack.catalog.resolve import COUNTDOWN
from plantrack.datafiles import data_table
from plantrack.extract.context import BARE_FIGURE, ROW_END
from plantrack.extract.lexicon import has_cue
from plantrack.extract.tablecols import (
    BARE_MONTHS,
    BARE_YEAR,
    BRACKETED_YEAR,
    UNIT_SAID,
    YEAR_SPAN,
    header_role,
    is_names_header,
    is_period_header,
    is_period_named,
    is_region_header,
    is_scope_header,
    is_year_name,
    sector_parts,
    table_words,
    unit_in,
    unit_of,
)
from plantrack.extract.tabletotal import sum_column
from plantrack.text.script import HAN
from plantrack.text.segment import ITEM_MARK, ITEM_NUMBER, lines_at
from plantrack.text.years import YEAR

__all__ = ["PLACE_COLUMNS_MIN", "Cell", "Grid", "find_grids", "is_rank_header", "spaced_key",
           "unranked_cells"]

_RULE_CELL = re.compile(r":?-{3,}:?")  # a markdown rule's cell (---, :--:)
_RULE = re.compile(rf"\s*\|?(?:\s*{_RULE_CELL.pattern}\s*\|)+\s*:?-*:?\s*")  # |---|:--:|
_SPACES = re.compile(r"[ \u00a0]{2,}")
_TAB_CLOSED = re.compile(r"\S[ \u00a0]*\t[ \u00a0]*\t[\t \u00a0]*$")  # a word, then empty cells
_DASHES = re.compile(r"-{2,}")
# a table typed as a list, its cells between 、 and a name's colon (排名、 省份、 增速 over
# 1、重庆:11%、7237.9): lines with two or more 、 and no mark of a sentence
_ENUMERATION = re.compile(r"[、:：]")
_ENUMERATED_MIN = 2
# a rank's mark, no cell's end (1、上海 3930.64----1、广州 2103.21: two lists' items)
_RANK_ENUMERATION = re.compile(r"(?:^|(?<=[\s\-]))\d{1,3}、(?=\s*[\u4e00-\u9fff])")
_PADDED = re.compile(r" {4,}\|")
_CAPTION_MAX = 60  # a longer line above a table is prose, not its caption
_CAPTION_LINES = 2  # 表1 …情况 and 单位：亿元 stand above a table
_STACKED_CELL_MAX = 30  # a longer line is no cell of a table printed one cell per line
_STACKED_MIN = 3  # a one-cell-per-line header names at least the indicator and two more
_STACKED_HEADER_MAX = 30  # cells a one-cell-per-line header of words (under 年份) may have
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_PROSE_MARKS = re.compile(r"[，,。；;！？!?]")  # a sentence's end, or a clause's comma
_INNER_SPACE = "[ \t\u3000]*"  # 指   标: a header word spaced out to its column's width
# a list's value cell: a number (its sign, a percent, a footnote mark) or a dash
# a header's unit on a line of its own under its word (绝对数 / (亿元)), as a web page's
# text copy breaks a header cell
_UNIT_LINE = re.compile(r"[ \t]*[(（][^()（）\d]{1,6}[)）][ \t]*")
# a number, with a comparator word a target column writes (7左右, 5以内, 3.5以上, 约8)
# and a change's word a plan-execution table writes (增长6.5%左右, 下降4.6%), or an empty
# cell's mark (—, …, a plan-execution table's / where no figure is set); a sum of money
# may keep its unit (287.32亿元, where a row's cells hold no unit column)
_VALUE_CELL = re.compile(
    r"(?:约|不低于|不超过|力争|预计|达到)?(?:增长|下降|增加|减少|提高|降低)?"
    r"[-+−－]?\d[\d,.]*\s*(?:%|[万亿]{0,2}元)?\s*(?:个?百分点)?\s*(?:左右|以上|以内|以下|上下)?\s*"
    r"(?:[*＊※†‡①-⑩]+|\[\d{1,2}\])?(?:[(（][^()（）\n]{1,12}[)）])?|[—–－-]+|…+|[/／]")


@frozen
class Cell:
    """One cell: its stripped text at normalised ``[start, end)`` (empty: start == end)."""

    start: int
    end: int
    text: str


@frozen
class Grid:
    """A table as laid out: its rows of cells (header rows first) and its caption."""

    rows: tuple[tuple[Cell, ...], ...]
    caption: str
    start: int  # the normalised span from the first row's start to the last row's end
    end: int
    header_rows: int = 0  # how many rows the header is, when the layout says (else 0)


@frozen
class _Line:
    start: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines = lines_at(text)
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        rule = _RUN_ON_RULE.search(line) if "---" in line else None
        if rule is None:
            out.append(_Line(start, line))
            i += 1
            continue
        j = _run_on_end(lines, i)
        out += _unrolled(_Line(start, text[start:lines[j - 1][0] + len(lines[j - 1][1])]), rule)
        i = j
    return out


_CELL_LINE_MAX = 12  # characters of a cell a copy put on a line of its own (| 1 |\n上海\n| 4…)


def _run_on_end(lines: list[tuple[int, str]], i: int) -> int:
    """Past the last line of a run-on markdown table that opens on line ``i``: the lines
    after it that open with a bar, or hold one short cell before a line that does."""
    j = i + 1
    while j < len(lines):
        line = lines[j][1].strip()
        cell_alone = bool(line) and "|" not in line and len(line) <= _CELL_LINE_MAX and (
            j + 1 < len(lines) and lines[j + 1][1].lstrip().startswith("|"))
        if not (line.startswith("|") or cell_alone):
            break
        j += 1
    return j


# a markdown table's header and its rule run onto one line (| 排名 | 区县 | GDP | |---|---|---|)
_RUN_ON_RULE = re.compile(r"\|\s*\|(?:\s*:?-{3,}:?\s*\|){2,}")


def _unrolled(line: _Line, rule: re.Match[str]) -> list[_Line]:
    """A markdown table a copy ran onto one line (| 排名 | 区县 | GDP | |---|---|---| | 1 |
    北林区 | 312.5 | | 2 | …), its header's ``rule`` found, as its rows, a line each,
    offsets kept. Its rows are its header's width, each closed by a bar and opened by the
    next (| |): where a row's cells break that rhythm the line is left whole."""
    text = line.text
    bars = [i for i, c in enumerate(text) if c == "|"]
    width = text[rule.start() + 1:rule.end()].count("|") - 1
    k = text[:rule.start() + 1].count("|") - (width + 1)  # the header's first bar
    if k < 0:
        return [line]  # the header's cells are the rule's columns
    # (words before the header, a caption the copy ran into it: a line of their own)
    rows: list[_Line] = [_Line(line.start, text[:bars[k]])] if text[:bars[k]].strip() else []
    while k + 1 < len(bars):
        end = min(k + width, len(bars) - 1)
        rows.append(_Line(line.start + bars[k], text[bars[k]:bars[end] + 1]))
        k = end + 1
        if k < len(bars) and text[bars[end] + 1:bars[k]].strip():
            return [line]  # a cell between two rows: not the rhythm of rows
    if k == len(bars) - 1 and text[bars[k] + 1:].strip():
        rows.append(_Line(line.start + bars[k], text[bars[k]:]))  # the copy ends in a row
    elif k >= len(bars) and text[bars[-1] + 1:].strip():
        rows.append(_Line(line.start + bars[-1] + 1, text[bars[-1] + 1:]))  # words after
    return rows


def _cell(text: str, at: int, a: int, b: int) -> Cell:
    """The stripped cell ``text[a:b]`` with offsets ``at`` on."""
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    return Cell(at + a + lead, at + a + lead + len(body), body)


def _cells(line: _Line, gaps: list[tuple[int, int]]) -> list[Cell]:
    """The cells of ``line`` between its separators' spans ``gaps``."""
    edges = [0, *(x for gap in gaps for x in gap), len(line.text)]
    return [_cell(line.text, line.start, edges[k], edges[k + 1])
            for k in range(0, len(edges), 2)]


def _split(line: _Line, sep: str) -> tuple[Cell, ...] | None:
    """``line`` cut into cells by ``sep`` ("|", a tab or "  "), or None if it is not."""
    text = line.text
    if sep == "|":
        bars = text.count("|")
        if bars == 0 or _RULE.fullmatch(text) or (bars == 1 and not _two_cells(text)):
            return None  # (a | b: a two-column table's row needs no outer bars)
        cells = _cells(line, [(i, i + 1) for i, c in enumerate(text) if c == "|"])
        # a rule's piece between bars (|----|----|, a box-drawn table's line under a
        # group's header) is no cell's text
        cells = [Cell(c.start, c.start, "") if _DASHES.fullmatch(c.text) else c
                 for c in cells]
        if not cells[0].text and not _PADDED.match(text):
            cells = cells[1:]  # | a | b |: nothing before the first bar (but a box-drawn
            # table's corner cell, blank to its column's width, is a cell)
        if cells and not cells[-1].text:
            cells = cells[:-1]  # nor after the last
        return tuple(cells)
    if sep == "\t":
        cells = _cells(line, [(i, i + 1) for i, c in enumerate(text) if c == "\t"])
        # (a caption's or a group's row of a sheet's copy, its one word in the first
        # cell and the rest left empty, is a row as its barred copy's is: 表3-19 …\t\t\t)
        return tuple(cells) if sum(1 for c in cells if c.text) >= 2 or (
            _TAB_CLOSED.search(text) and cells[0].text) else None
    if sep == "、":
        return tuple(_cells(line, [m.span() for m in _ENUMERATION.finditer(text)]))
    gaps = [m.span() for m in _SPACES.finditer(text)
            if text[:m.start()].strip() and text[m.end():].strip()]
    if gaps and (glued := _glued_lead(text[:gaps[0][0]])) is not None:
        # 进 口 1,392.7   1,805.8: a name spaced out a character a space, one space before
        # its first value; the value is a cell of its own
        gaps.insert(0, glued)
    if not gaps:
        return None
    # (a copy cut by spaces writes an empty cell as a dash, to keep its columns: the
    # cell is as empty as a barred copy's | |)
    row = tuple(c if _filled(c) else Cell(c.start, c.start, "")
                for c in _joined(line, _cells(line, gaps)))
    if text[:2].isspace() and all(_YEAR_HEAD.fullmatch(c.text) for c in row):
        # "  2001   2005   2006 @": a header of years indented past its names' column,
        # whose corner is blank
        return (Cell(line.start, line.start, ""), *row)
    return row


_YEAR_HEAD = re.compile(rf"{YEAR}(?:\s*[@*#†])?")  # 2006 @: a year and a note's mark

_SPACED_NAME_VALUE = re.compile(
    r"(?<=[\u4e00-\u9fff)）%]) [-+]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?[ \u3000]*$")


def _glued_lead(head: str) -> tuple[int, int] | None:
    """The space between a row's first cell's name and its first value, when the name is
    spaced out a character a space (进 口 1,392.7; 25 - 44 岁 2 044: figures too, and a
    value grouped by thousands with spaces); None for a name written together."""
    m = _SPACED_NAME_VALUE.search(head)
    if m is None:
        return None
    tokens = head[:m.start()].split()
    if not any(HAN.search(t) for t in tokens) or any(
            len(t) > 1 and not t.isdigit() for t in tokens):
        return None
    return m.start(), m.start() + 1


def _joined(line: _Line, cells: list[Cell]) -> tuple[Cell, ...]:
    """``cells`` with a header word spaced out to its column's width (市    县, 指   标)
    made one cell again: runs of one-character cells that spell a header word."""
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and len(cells[j].text) == 1:
            j += 1
        for end in range(j, i + 1, -1):  # the longest run from i that spells a word
            word = "".join(c.text for c in cells[i:end])
            if is_region_header(word) or word in table_words("indicator") or (
                    word in table_words("unit")):
                a, b = cells[i].start, cells[end - 1].end
                out.append(Cell(a, b, line.text[a - line.start:b - line.start]))
                i = end
                break
        else:
            out.append(cells[i])
            i += 1
    return tuple(out)


def _two_cells(text: str) -> bool:
    """Whether the one bar of ``text`` stands between two filled cells (a | b)."""
    left, _, right = text.partition("|")
    return bool(left.strip() and right.strip())


def _kind(text: str) -> str | None:
    """How a line cuts its cells, if it does."""
    if text.count("|") >= 2:
        return "|"
    if text.count("|") == 1 and _two_cells(text) and not _PROSE_MARKS.search(text):
        return "|"  # 指标 | 比上年增长(%): a two-column table's row, no outer bars
    if "\t" in text.strip() or _TAB_CLOSED.search(text):
        return "\t"
    if "  " in text.strip():
        return "  "
    if text.count("、") - len(_RANK_ENUMERATION.findall(text)) >= _ENUMERATED_MIN and not (
            _PROSE_MARKS.search(text)):
        return "、"
    return None




def _caption(lines: list[_Line], first: int) -> str:
    """The short lines just above line ``first`` (a table's title and its unit)."""
    out: list[str] = []
    i = first - 1
    # (a unit's line alone, 单位:万元, counts for none: 各县区生产总值及增长排序 / 单位:万元 /
    # 按增速排序 县区 2003年 同比增长(±%) / 1 石泉县 64293 11.23)
    while i >= 0 and sum(not _UNIT_SAID_LINE.fullmatch(o) for o in out) < _CAPTION_LINES:
        s = lines[i].text.strip()
        if s:
            if len(s) > _CAPTION_MAX or (
                    _kind(_BRACKETED.sub("", s)) and not UNIT_SAID.search(s)) or (
                    s.endswith("。") or (_is_value(s) and not BARE_YEAR.fullmatch(s))):
                break  # (a sentence ending in a full stop is prose, no caption; a
                # value the last row of a table above; but a period spaced apart from
                # its unit, 2024年1-4月     单位:万元, is the caption's line, and so is a
                # wiki's heading of a year alone, 2018)
            out.insert(0, s)
        elif out:
            bracketed = len(out) == 1 and _BRACKETED.fullmatch(out[0]) is not None
            if len(out) == 1 and (_UNIT_SAID_LINE.fullmatch(out[0]) or bracketed):
                # a unit's line alone (单位:%) takes the numbered table title above it
                # past a blank line: 表2 GDP同比增长速度 / (blank) / 单位:%; and a date's
                # or a scope's bracket alone ((截至2023年6月末)) its title, numbered or not
                k = i
                while k >= 0 and not lines[k].text.strip():
                    k -= 1
                title = lines[k].text.strip() if k >= 0 else ""
                if (_TABLE_NUMBER.match(title) or (bracketed and not title.endswith(
                        ("。", "：", ":")))) and len(title) <= _CAPTION_MAX:
                    out.insert(0, title)
                elif _BRACKETED.fullmatch(title) and k > 0:
                    # 进出口情况表 / (2010年1-8月) / (blank) / 金额单位:万美元: the unit's
                    # line takes the period's bracket, and the bracket its title
                    above = lines[k - 1].text.strip()
                    out[:0] = [above, title] if above and len(
                        above) <= _CAPTION_MAX and not above.endswith(
                        ("。", "：", ":")) else [title]
            break
        i -= 1
    return " ".join(out)


# a caption's units in brackets (规模以上工业增加值(亿元、%、%)): no enumeration of cells
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# 单位:% as a line (金额单位:万美元, 计量单位:亿元: the unit of the amounts only)
_UNIT_SAID_LINE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}{UNIT_SAID.pattern}\s*\S{{1,8}}")
# 表2, or a copy's 2 alone before its title (2  GDP同比增长速度: the 表 of a heading lost)
_TABLE_NUMBER = re.compile(
    r"表\s*[\d一二三四五六七八九十]+|\d{1,2}[ \u3000]{2,}(?=[\u4e00-\u9fffA-Z])")


def _delimited(lines: list[_Line]) -> Iterator[Grid]:
    i = 0
    while i < len(lines):
        sep = _kind(lines[i].text)
        if sep is None:
            i += 1
            continue
        first, header_rows = i, 0
        rows: list[tuple[Cell, ...]] = []
        while i < len(lines):
            # (a header wrapped onto lines of its own after nothing but a caption's row:
            # | 表1 …主要指标 | | |, or 表2 …粮食产量 | ||| over 地区 |, 总产量 (万吨) |)
            wrapped = _wrapped_header(lines, i) if sep == "|" and _captions_only(
                rows) else None
            if wrapped is not None:
                rows.append(wrapped[0])
                i = wrapped[1]
                continue
            if _kind(lines[i].text) != sep:
                # blank lines and a group's line (教育卫生) between rows cut the same way
                # (a yearbook page's copy) leave the table open
                ahead = _resumes(lines, i, sep, len(rows[-1]) if rows else 0)
                if ahead is None:
                    break
                i = ahead
                continue
            if sep == "|" and len(rows) == 1 and (
                    grouped := _grouped_wrap(lines, i, rows[0])) is not None:
                rows, i, header_rows = grouped[0], grouped[1], 1
                continue
            if sep == "|" and (wrapped_row := _wrapped_row(lines, i)) is not None:
                rows.append(wrapped_row)
                i += 2
                continue
            cells = _split(lines[i], sep)
            if cells and (rows or any(c.text for c in cells)):
                rows.append(cells)  # (not | |, a row of empty cells, first: no header)
            i += 1
        # (a space after the last cell's number ends it whole: 海 南 | -2.50 )
        cut = sep == "|" and i == len(lines) and len(rows) > 2 and not lines[
            -1].text.rstrip().endswith("|") and len(rows[-1]) < len(rows[-2]) and not lines[
            -1].text.endswith((" ", "\t", "\u3000"))
        if cut:
            # the copy ends inside the last row (| 10.糖 | 123.8 | 10): its last cell may
            # be cut inside its number, the cells before it stand; its width is no row's
            rows[-1] = rows[-1][:-1]
            if len(rows[-1]) < 2:
                rows.pop()
                cut = False
        # (a copy that ends inside the last row, its cells closed by bars: 武汉全市 |
        # 8003.82 |, the rest lost; its width is no row's either)
        short_tail = i == len(lines) and len(rows) > 2 and len(rows[-1]) < len(rows[-2])
        widths = _value_widths(rows[:-1] if cut or short_tail else rows)
        if len(rows) >= 2 and max(widths) <= 2 * min(widths):
            # rows of very different widths are tables run together on lines, each read
            # by :func:`_long_lines`
            yield _grid(_monolingual(_without_empty_tail(rows)), _caption(lines, first),
                        header_rows)


def _wrapped_row(lines: list[_Line], i: int) -> tuple[Cell, ...] | None:
    """1.地区生产总值 | 亿元 |, then | 7左右 | 4355.2 | 7.8 |: a row whose copy wrapped after
    its name's cells, its values on the next line, which opens with a bar; the row whole
    (the cell between the two lines' bars empty, as 亿元 || 7左右 reads), if so."""
    if i + 1 >= len(lines):
        return None
    head, rest = lines[i].text.strip(), lines[i + 1].text.strip()
    if head.startswith("|") or not head.endswith("|") or not rest.startswith("|"):
        return None
    first, second = _split(lines[i], "|"), _split(lines[i + 1], "|")
    if not first or not second or any(_BOOK_VALUE.fullmatch(c.text) for c in first) or not any(
            _BOOK_VALUE.match(c.text) for c in second):
        return None  # (a name's cells, then values: not a header, nor a group's line)
    gap = lines[i].start + lines[i].text.rstrip().rfind("|") + 1
    return (*first, Cell(gap, gap, ""), *second)


def _without_empty_tail(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """``rows`` without the columns at their right that are empty in every row (a copy
    closing each line with | |: no column of the page's)."""
    width = max(len(r) for r in rows)
    while width > 2 and all(len(r) < width or not r[width - 1].text for r in rows):
        width -= 1
    return [r[:width] for r in rows]


def _value_widths(rows: list[tuple[Cell, ...]]) -> list[int]:
    """The widths of the rows that hold values (a header's lines may be short, its cells
    packed), else of every row."""
    return [len(r) for r in rows if any(_is_value(c.text) for c in r[1:])] or [
        len(r) for r in rows]


_ENGLISH = re.compile(r"[^\u4e00-\u9fff]*[A-Za-z][^\u4e00-\u9fff]*")  # Changsha, (yuan)
_BILINGUAL_ROWS_MIN = 3


def _monolingual(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """A bilingual yearbook's table in its Chinese words alone: when a column beside
    the names holds each row's English name (长沙市 | Changsha | 22814), that column
    leaves every row with values, and the English cells leave the header's lines (a
    line left with no Chinese word goes); else ``rows`` as they are."""
    valued = [k for k, r in enumerate(rows) if any(_is_value(c.text) for c in r[1:])]
    if len(valued) < _BILINGUAL_ROWS_MIN or any(len(rows[k]) < 2 for k in valued) or not all(
            _ENGLISH.fullmatch(rows[k][1].text) for k in valued):
        return rows
    out: list[tuple[Cell, ...]] = []
    for k, row in enumerate(rows):
        if k in valued:
            out.append((row[0], *row[2:]))
        elif k < valued[0]:
            kept = tuple(c for c in row if not _ENGLISH.fullmatch(c.text))
            if any(HAN.search(c.text) for c in kept):
                out.append(kept)
        else:
            out.append(row)
    return out


_WRAPPED_LINES = 8  # lines a wiki's copy may wrap one header row onto


def _wrapped_cells(line: _Line, *, empty_ok: bool = False) -> list[Cell] | None:
    """The cells of a header line a wiki's copy wrapped (GDP(亿元) |, 位次 | 比重 (%) |):
    words, the line ending in a bar; None for a row, a rule or a bordered table's line.
    ``empty_ok``: empty cells between its bars (位次 | 比重 | |||) are left out, not refused."""
    text = line.text.rstrip()
    if not text.endswith("|") or text.lstrip().startswith("|") or _RULE.fullmatch(text):
        return None  # (| 增长% | | |: a bordered table's second header row, not a wrap)
    part = _cells(line, [(j, j + 1) for j, c in enumerate(line.text) if c == "|"])
    if empty_ok:
        part = [c for c in part if c.text]
    elif part[-1].text or not all(c.text for c in part[:-1]):
        return None  # (年份 | GDP(亿元) |: filled cells and one bar after; | || a row's)
    else:
        part = part[:-1]
    if not part or any(_BOOK_VALUE.fullmatch(c.text) for c in part):
        return None  # (a header's words; a number is a row's)
    return part


def _grouped_wrap(lines: list[_Line], i: int, top: tuple[Cell, ...],
                  ) -> tuple[list[tuple[Cell, ...]], int] | None:
    """行政区 | 地区生产总值(GDP) | 人均GDP |, a rule, then 本币 (亿元) |, 美元 (亿元) |,
    位次 | 比重 (%) |, …: a wiki's group row over sub-columns its copy wraps onto lines of
    their own; the header as one row (each sub-column's word after its group's) and the
    index of the first row below it, if so."""
    k = i
    while k < len(lines) and _RULE.fullmatch(lines[k].text):
        k += 1
    if k == i:
        return None  # (the group row is a wiki's header: a rule stands under it)
    subs: list[Cell] = []
    while k < min(len(lines), i + _WRAPPED_LINES + 1) and (
            part := _wrapped_cells(lines[k], empty_ok=True)) is not None:
        subs += part
        k += 1
    if not subs:
        return None
    below = [r for line in lines[k:k + 3] if (r := _split(line, "|")) is not None]
    if not below:
        return None
    width = max(sum(1 for c in r if c.text) for r in below)
    head = [c for c in top if c.text] + subs
    grouped = _grouped_header(head, width)
    if grouped is None:
        return None
    # one row, each sub-column read under its group (地区生产总值(GDP) 本币 (亿元))
    merged = tuple(Cell(sub.start, sub.end, f"{group.text} {sub.text}".strip())
                   if sub.text else group for group, sub in zip(*grouped, strict=True))
    return [merged], k


def _captions_only(rows: list[tuple[Cell, ...]]) -> bool:
    """Whether ``rows`` hold at most one word each (a caption's row: 表2 …粮食产量 | |||)."""
    return all(sum(1 for c in r if c.text) <= 1 for r in rows)


def _wrapped_header(lines: list[_Line], i: int) -> tuple[tuple[Cell, ...], int] | None:
    """年份 | GDP(亿元) |, GDP($亿元) |, 人均 | 人均$ |: a header row whose cells a wiki's
    copy wraps onto lines of their own, each line ending in a bar, together as many
    cells as the row below them (or one fewer: the names' column left without a word);
    the row and the index of that row, if so."""
    cells: list[Cell] = []
    widest = lone = 0  # (a line of one cell is what wrapping leaves)
    for k in range(i, min(len(lines), i + _WRAPPED_LINES + 1)):
        text = lines[k].text.rstrip()
        if cells and text.strip() == "|":
            continue  # (a bar alone: the wrapped row's close)
        if k > i + 1 and lone and _kind(text) == "|" and (
                below := _split(lines[k], "|")) is not None:
            width = len(below) - sum(1 for _ in itertools.takewhile(
                lambda c: not c.text, reversed(below)))
            if len(cells) > widest and len(cells) in (len(below), width):
                return tuple(cells), k
            if len(cells) > widest and width == len(cells) + 1 and not _is_value(
                    below[0].text):
                return (Cell(cells[0].start, cells[0].start, ""), *cells), k
        part = _wrapped_cells(lines[k])
        if part is None:
            return None
        cells += part
        widest = max(widest, len(part))
        lone += len(part) == 1
    return None


_GAP_LINES = 3  # blank or group lines a table's rows may stand apart by


def _resumes(lines: list[_Line], i: int, sep: str, width: int) -> int | None:
    """Where the rows cut by ``sep`` go on after the blank lines and at most two short
    lines of one cell (a group's name, and a sub-group's: 劳动人口(千人) over 年龄组别)
    from line ``i``, if they do, as wide as the rows before (``width``): a row of
    another width after a title is another table's."""
    worded = 0
    k, budget = i - 1, _GAP_LINES + 1
    while budget and k + 1 < len(lines):
        k += 1
        text = lines[k].text.strip()
        if sep == "|" and text and not text.strip("| "):
            continue  # (|, | |: an empty row a copy wrapped, as blank as a blank line)
        budget -= 1
        if sep == "|" and (wrapped := _wrapped_row(lines, k)) is not None and (
                not width or abs(len(wrapped) - width) <= 1):
            # (亿元 || 7左右: a wrapped row may hold the cell its header's wrap left out)
            return k
        if _kind(lines[k].text) == sep:
            cells = _split(lines[k], sep)
            # (the copy's last line, cut inside its row: 海 南 | -2.50, the rest lost)
            if cells is None or (width and len(cells) != width and not (
                    k == len(lines) - 1 and 2 <= len(cells) < width)):
                return None
            return k if k > i or worded else None
        if not text:
            continue
        # (a group's name spaced out a character a space is as short as it reads)
        if worded >= _GROUP_LINES or len(spaced_key(text)) > _GROUP_MAX or (
                _SENTENCE_END.search(text)):
            return None
        worded += 1
    return None


_GROUP_LINES = 2  # group lines in a row inside a table (a group's, then a sub-group's)


_GROUP_MAX = 12  # characters of a group's line inside a table (教育卫生, 人民生活)


def _grid(rows: list[tuple[Cell, ...]], caption: str, header_rows: int = 0) -> Grid:
    start, end = rows[0][0].start, max(c.end for c in rows[-1])
    # | 表1 2023年主要指标完成情况 |  |  |: a first row with one filled cell is a caption
    # (and so is 表3-19 …  -  -  -: a copy cut by spaces writes its empty cells as dashes)
    while len(rows) > 2 and sum(1 for c in rows[0] if _filled(c)) == 1 and _filled(
            rows[0][0]):
        caption = f"{caption} {rows[0][0].text}".strip()
        rows = rows[1:]
    return Grid(tuple(rows), caption, start, end, header_rows)


_EMPTY_MARK = re.compile(r"[—–－-]+")  # what a copy writes in a cell left empty


def _filled(cell: Cell) -> bool:
    """Whether ``cell`` holds more than an empty cell's mark."""
    return bool(cell.text) and not _EMPTY_MARK.fullmatch(cell.text)


def _spaced_out(words: tuple[str, ...]) -> str:
    """The words as a regex that lets spaces stand between their characters (指   标)."""
    return "|".join(_INNER_SPACE.join(re.escape(c) for c in w)
                    for w in sorted(words, key=len, reverse=True))


@cache
def _stacked_start() -> re.Pattern[str]:
    """A line holding only an indicator, region, period or rank column's header word
    (指标, 项目, 指   标, 地区, 年份)."""
    words = (*table_words("indicator"), *table_words("region"), *table_words("period"),
             *table_words("rank"), *table_words("ranking"), *table_words("indicator_group"))
    return re.compile(rf"^[ \t]*(?:{_spaced_out(words)})[ \t]*$", re.MULTILINE)


def _next_is_header(lines: list[_Line], at: int, *, months: bool = False) -> bool:
    """Whether the next line with text after line ``at`` is a header cell (``months``:
    the next after bare months' lines, 3 / 1-3 over 绝对量 | 同比增长)."""
    seen = 0
    for line in lines[at + 1:]:
        if not line.text.strip():
            continue
        if months and seen < _MONTH_GROUPS_MAX and BARE_MONTHS.fullmatch(line.text.strip()):
            seen += 1
            continue
        return _is_header_cell(line.text)
    return False


_MONTH_GROUPS_MAX = 3  # bare months heading groups of columns side by side (3 | 1-3)


# GDP (1978): a name and a bare year in brackets, a column's header (a row's name writes
# 年: 地区生产总值(2021年))
_NAMED_YEAR = re.compile(rf"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{{1,15}}"
                         rf"[(（] ?{YEAR} ?[)）]")


def _value_follows(lines: list[_Line], at: int) -> bool:
    """Whether the next line with text after line ``at`` is a value, no bare year (a
    header cell is followed by another or by the first row's name; a row's name, which
    may read like a header's measure, 地区生产总值增长(%), by its first value)."""
    nxt = next((t for k in range(at + 1, len(lines)) if (t := lines[k].text.strip())), "")
    return _is_value(nxt) and BARE_YEAR.fullmatch(nxt) is None


def _is_header_cell(text: str) -> bool:
    s = text.strip()
    # (1.增加值增长: a numbered line is a row's name, whatever word it holds)
    return bool(s) and len(s) <= _STACKED_CELL_MAX and not ITEM_MARK.match(s) and (
        header_role(s) is not None or is_region_header(s) or is_period_named(s)
        or is_scope_header(s) or _NAMED_YEAR.fullmatch(s) is not None
    ) and not _SENTENCE_END.search(s)


def _broken_header_cell(lines: list[_Line], at: int) -> int | None:
    """The line that ends a header cell a copy broke over two lines (统计 / 口径), the
    first at line ``at``; None unless the two read together are a header cell and the
    first alone is none (口径 alone heads a column too)."""
    first = lines[at].text.strip()
    nxt = next((k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].text.strip()),
               None)
    if nxt is None or not _WORD_PIECE.fullmatch(first) or _is_header_cell(first):
        return None
    second = lines[nxt].text.strip()
    return nxt if _WORD_PIECE.fullmatch(second) and _is_header_cell(first + second) else None


_WORD_PIECE = re.compile(r"[\u4e00-\u9fff]{1,6}")  # a piece of a header word (统计, 口径)


def _broken_group_cell(lines: list[_Line], at: int) -> int | None:
    """The line that ends a group column's header cell (指标类型: a column of groups over
    the indicators, 规模 | 效率 | 动力) a copy broke after its first word (指标 / 类型),
    the first at line ``at``; None unless the two read together are a group column's
    word. The first alone heads a column too, so only the whole word decides."""
    nxt = next((k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].text.strip()),
               None)
    if nxt is None:
        return None
    joined = spaced_key(lines[at].text) + lines[nxt].text.strip()
    return nxt if joined in table_words("indicator_group") else None


def _is_word_cell(text: str) -> bool:
    """A short line of words (人均¥, 年均汇率[2]), no value and no sentence."""
    s = text.strip()
    return (0 < len(s) <= _STACKED_CELL_MAX and _BOOK_VALUE.fullmatch(s) is None
            and not _SENTENCE_END.search(s))


@frozen
class _StackedHeader:
    """A header written one cell a line, from line ``first`` to line ``last``."""

    cells: list[Cell]
    last: int
    years: bool  # 年份 over year rows
    spaced: bool  # blank lines between its cells
    folded: int  # lines read into a cell above (a unit) or over the cells below (a group)


def _stacked_header(lines: list[_Line], k: int) -> _StackedHeader:
    """The header whose first cell (指标, 地区, 年份) is line ``k``."""
    if (interleaved := _interleaved_header(lines, k)) is not None:
        return interleaved
    line = lines[k]
    header = [_cell(line.text, line.start, 0, len(line.text))]
    at = k + 1
    if (end := _broken_group_cell(lines, k)) is not None:
        # 指标 / 类型: the groups' column header (指标类型) a copy broke over two lines
        header = [Cell(header[0].start, lines[end].start + len(lines[end].text.rstrip()),
                       header[0].text + lines[end].text.strip())]
        at = end + 1
    # 年份 over year rows: every short line before the first year is a header cell
    # (人均¥, 人均$: words no role names)
    years = is_period_header(line.text)
    spaced = any(not lines[j].text.strip() for j in range(k + 1, at))
    last, folded = at - 1, at - k - 1
    group = False  # a line of words over the columns below it (固定资产投资额)
    while at < len(lines):
        line = lines[at]
        if not line.text.strip():
            spaced = True  # blank lines between the header's cells
            at += 1
            continue
        if years and BARE_YEAR.fullmatch(line.text.strip()):
            break  # the first row
        if (not years and BARE_YEAR.fullmatch(header[-1].text.strip())
                and not BARE_YEAR.fullmatch(line.text.strip())
                and not _is_header_cell(line.text)):
            break  # 指标 | 计量单位 | 2017 | 2018: after the years' columns, the rows
        if years and len(header) < _STACKED_HEADER_MAX and _is_word_cell(line.text):
            header.append(_cell(line.text, line.start, 0, len(line.text)))
        elif len(header) > 1 and _UNIT_LINE.fullmatch(line.text):
            # 绝对数 / (亿元): the unit of the header cell above, on a line of its own
            unit = _cell(line.text, line.start, 0, len(line.text))
            header[-1] = Cell(header[-1].start, unit.end, header[-1].text + unit.text)
            folded += 1
        elif not years and (is_region_header(header[0].text) or (
                is_rank_header(header[0].text) and len(header) > 1
                and is_region_header(header[1].text))) and _is_word_cell(
                line.text) and unit_in(line.text) is not None:
            # 地区 / R&D经费投入(亿元) / 增长(%) / R&D经费投入强度(%): over a table of
            # regions, a measure's name and its unit in brackets is a column's header (a
            # column of values, no group over the columns after it); so too after the
            # ranks' word (排名 / 省份 / GDP(亿元))
            header.append(_cell(line.text, line.start, 0, len(line.text)))
        elif (len(header) == 1 and not years and not _is_header_cell(line.text)
              and _is_word_cell(line.text) and not BARE_MONTHS.fullmatch(line.text.strip())
              and _next_is_header(lines, at)):
            # 省市 / 固定资产投资额 / 绝对值 / 增长: the indicator over the columns below
            header.append(_cell(line.text, line.start, 0, len(line.text)))
            group = True
        elif len(header) > 1 and (end := _broken_header_cell(lines, at)) is not None:
            # 统计 / 口径: one header cell on two lines
            header.append(Cell(line.start + len(line.text) - len(line.text.lstrip()),
                               lines[end].start + len(lines[end].text.rstrip()),
                               line.text.strip() + lines[end].text.strip()))
            folded += end - at
            at = end
        elif (not years and header_role(header[0].text) == "indicator"
              and _is_header_cell(line.text) and _value_follows(lines, at)):
            break  # 指标 / 目标 / 完成 / 地区生产总值增长(%) / 6%: the first row's name
        elif _is_header_cell(line.text) or (header and BARE_MONTHS.fullmatch(
                line.text.strip()) and _next_is_header(lines, at, months=True)) or (
                BARE_YEAR.fullmatch(line.text.strip()) and (
                    len(header) > 1 or _next_is_header(lines, at))):
            # (2018 after 指标 | 计量单位, or before 同比±%: the column of that year's
            # values)
            # (1-2 between 单位 and 去年同期: a column of months)
            header.append(_cell(line.text, line.start, 0, len(line.text)))
        else:
            break
        last = at
        at += 1
    grouped = _stacked_groups(header, one_group=group)
    folded += len(header) - len(grouped)
    if len(grouped) > 2 and spaced_key(grouped[0].text) in table_words("indicator_group"):
        # 一级指标 | 二级指标 | …: the groups' merged cells stand on a group's first row
        # only, where the list reads them as group lines
        grouped = grouped[1:]
        spaced = True
    return _StackedHeader(grouped, last, years, spaced, folded)


def _interleaved_header(lines: list[_Line], k: int) -> _StackedHeader | None:
    """A two-level header one cell a line whose groups stand between columns of their own
    (地区 | 进出口总额 | 排序 | 出口总额 | 排序 over 本年金额 | 同比% | 本年金额 | 同比%: an
    HTML table's merged cells, each group over its sub-columns and each rank column
    over both header rows), from line ``k``; None unless the lines end in sub-columns
    repeated once per group and the groups are the top row's cells no header word names.
    Each sub-column is read under its group (进出口总额同比%)."""
    words: list[tuple[int, Cell]] = []  # (line, cell), up to the first row's name
    spaced = False
    at = k
    while at < len(lines) and len(words) <= _STACKED_HEADER_MAX:
        text = lines[at].text
        if not text.strip():
            spaced = spaced or bool(words)
        elif _is_word_cell(text) and not _is_value(text):
            words.append((at, _cell(text, lines[at].start, 0, len(text))))
        else:
            break
        at += 1
    if at == len(lines) or not _is_value(lines[at].text) or len(words) < 2:
        return None
    words = words[:-1]  # the first row's name, before its first value
    cells = [c for _, c in words]
    for m in range(2, _SUB_COLUMNS_MAX + 1):
        for count in range(2, len(cells) // (m + 1) + 1):
            top, subs = cells[:-count * m], cells[-count * m:]
            if not _repeated(subs, m) or not any(_is_header_cell(c.text) for c in subs[:m]):
                continue
            groups = [j for j, c in enumerate(top) if j and not _is_header_cell(c.text)]
            if len(groups) != count or not any(
                    j not in groups for j in range(groups[0], len(top))):
                continue  # (groups alone after the lead: _stacked_groups reads those)
            header: list[Cell] = []
            for j, c in enumerate(top):
                if j not in groups:
                    header.append(c)
                    continue
                i = groups.index(j)
                header.extend(_under(c, subs[i * m:(i + 1) * m]))
            return _StackedHeader(header, words[-1][0], False, spaced,
                                  len(cells) - len(header))
    return None


def _stacked(text: str, lines: list[_Line],
             is_place: Callable[[str], bool] | None = None) -> Iterator[Grid]:
    starts = {line.start: k for k, line in enumerate(lines)}
    placed = [] if is_place is None else list(_place_stacked(text, lines, starts, is_place))
    yield from placed
    headed: set[int] = set()  # lines a header read took
    for m in _stacked_start().finditer(text):
        k = starts[m.start()]
        if any(g.start <= m.start() < g.end for g in placed):
            continue  # (read as regions' columns)
        if k in headed:
            continue  # 地区 | 进出口总额 | 排序 | …: a header word inside a header opens no table
        if _repeated_header(lines, k):
            continue  # 名称 | 收入 | 增长 | 名称 | 收入 | 增长: read from the last copy on
        head = _stacked_header(lines, k)
        header, last = head.cells, head.last
        width = len(header)
        if width < 2:
            continue
        headed.update(range(k, last + 1))
        if head.years and head.spaced:
            if (grid := _spaced_years(lines, k, head.last)) is not None:
                yield grid
            continue
        full = width
        if (unit := _unit_left_blank(lines, header, last + 1)) is not None:
            header, width = header[:unit] + header[unit + 1:], width - 1
        if head.spaced or width < _STACKED_MIN or any(
                is_rank_header(c.text) for c in header[1:]):
            # (a rank column after the names: a total leaves its rank out, a row shorter
            # than the header, which the list reads)
            if (grid := _listed(lines, tuple(header), last + 1, _caption(lines, _first_copy(
                    lines, k)),
                                spaced=head.spaced)) is not None:
                yield grid
            continue
        if last + 1 != k + full + head.folded:
            continue  # a header broken over lines is read as a list only
        rows = [tuple(header)]
        at = last + 1
        ranked = is_rank_header(header[0].text)
        while at + width <= len(lines):
            group = lines[at:at + width]
            if len(rows) > 1 and _valued(rows[-1]) and not _valued(group) and (
                    at + 1 + width <= len(lines)) and not _is_value(lines[at].text) and (
                    _is_row(lines[at + 1:at + 1 + width], years=head.years,
                            ranked=ranked)
                    and _valued(lines[at + 1:at + 1 + width])):
                # 重庆 / 10% / 10.7% / 保山某某医院 / 贵州 / 10% / 10.5%: a line of noise
                # inside rows of values (an ad the page's copy took in)
                at += 1
                continue
            if not _is_row(group, years=head.years, ranked=ranked):
                break
            rows.append(tuple(_cell(line.text, line.start, 0, len(line.text)) for line in group))
            at += width
        if head.years and any(_runs_on(row) for row in rows[1:]):
            continue  # 1978 | 20.17 | … | 1979 | 24.15: a header wider than the rows
        if len(rows) >= 2:
            yield _grid(rows, _caption(lines, _first_copy(lines, k)))


# three or more lines of a bare year each, blank lines between or not: a header of years
# whose corner cell the copy dropped (an HTML table's empty top-left cell)
_YEAR_LINES = re.compile(rf"(?:^[ \t]*{YEAR}年?[ \t]*\n(?:[ \t]*\n)*){{3}}", re.MULTILINE)
_YEAR_COLUMNS_MIN = 3


def _year_headed(lines: list[_Line]) -> Iterator[Grid]:
    """A table one cell a line whose header is only its years (2002年 / … / 2007年, the
    corner cell left empty), each row a name line and one value line a year; a name
    line with no values over sub-rows that name only a measure (全市生产总值(万元) /
    绝对额 / 18.83 / … / 增速% / 14.1 / …) is a group line, its sub-rows its own. A row
    whose values are not as many as the years is passed over, the rows after it read."""
    k = 0
    while k < len(lines):
        years = _year_run(lines, k)
        if len(years) < _YEAR_COLUMNS_MIN:
            k += 1
            continue
        before = next((ln for ln in reversed(lines[:k]) if ln.text.strip()), None)
        if before is not None and _stacked_start().fullmatch(before.text) is not None:
            k = years[-1] + 1  # (指标 / 2002年 / …: the stacked header's reader reads it)
            continue
        first = lines[years[0]]
        header = (Cell(first.start, first.start, ""),
                  *(_cell(lines[j].text, lines[j].start, 0, len(lines[j].text)) for j in years))
        body, at = _year_rows(lines, years[-1] + 1, len(years))
        while body and not any(c.text for c in body[-1][1:]):
            body.pop()  # a group line after the last value is no part of the table
        if body:
            yield _grid([header, *body], _caption(lines, years[0]), header_rows=1)
        k = max(at, years[-1] + 1)


def _year_rows(lines: list[_Line], at: int, width: int) -> tuple[list[tuple[Cell, ...]], int]:
    """The rows under a header of ``width`` years from line ``at`` (a name line and its
    value lines each), and the line where they end."""
    blocks: list[tuple[Cell, list[Cell]]] = []
    while at < len(lines):
        text = lines[at].text.strip()
        cell = _cell(lines[at].text, lines[at].start, 0, len(lines[at].text))
        if text and _is_value(text) and blocks:
            blocks[-1][1].append(cell)
        elif text and _is_name(text) and not BARE_YEAR.fullmatch(text):
            blocks.append((cell, []))
        elif text:
            break
        at += 1
    rows: list[tuple[Cell, ...]] = []
    for i, (name, values) in enumerate(blocks):
        cut = i == len(blocks) - 1 and at >= len(lines) and 0 < len(values) < width
        if values and len(values) != width and not cut:
            continue  # (18.83 twice for six years: no year can be told its value)
        # (a group line's cells are empty; the copy may end inside the last row)
        end = values[-1].end if values else name.end
        rows.append((name, *values, *(Cell(end, end, "") for _ in range(width - len(values)))))
    valued = any(c.text for row in rows for c in row[1:])
    return (rows if valued else []), at


def _year_run(lines: list[_Line], k: int) -> list[int]:
    """The lines of bare years from line ``k`` on (blank lines between), each after the
    one before: a header's years in order."""
    found: list[int] = []
    last = 0
    for j in range(k, len(lines)):
        text = lines[j].text.strip()
        if not text:
            if not found:
                return []
            continue
        if not BARE_YEAR.fullmatch(text) or int(text[:4]) <= last:
            break
        found.append(j)
        last = int(text[:4])
    return found


def _unit_left_blank(lines: list[_Line], header: list[Cell], at: int) -> int | None:
    """The unit column of a one-cell-a-line header whose first row, from line ``at``,
    has no cell for it (产品名称 | 计量单位 | 2019年产量 | 比上年增减% over 粮食 / 171337 /
    -5.5 / 棉花: the page's blank unit cells left no line), if so: a value where the
    unit stands, and the row's values followed by the next row's name."""
    unit = next((i for i, c in enumerate(header) if header_role(c.text) == "unit"), None)
    width = len(header)
    if unit is None or unit == 0:
        return None
    row = list(itertools.islice((t for line in lines[at:] if (t := line.text.strip())), width))
    if len(row) < width:
        return None
    values = row[1:width - 1]
    return unit if (_is_name(row[0]) and all(_is_value(v) for v in values)
                    and _is_name(row[width - 1])) else None


def _runs_on(row: tuple[Cell, ...]) -> bool:
    """Whether a row of a table of years holds the next year's row too (its year a cell)."""
    year = row[0].text.rstrip("年")
    following = str(int(year) + 1) if year.isdigit() else None
    return following is not None and any(c.text.rstrip("年") == following for c in row[1:])


_REPEAT_REACH = 12  # lines a header of side-by-side copies of its columns may take


def _repeated_header(lines: list[_Line], k: int) -> bool:
    """Whether the header word on line ``k`` stands again below it before any value (a
    table printed as two copies of its columns side by side, 县名称 | 收入 | 增长 | 县名称
    | 收入 | 增长): the stacked reading starts at the last copy, whose rows are pairs of
    one region's cells each (the rows of the copies run into one another)."""
    word = lines[k].text.strip()
    for line in lines[k + 1:k + 1 + _REPEAT_REACH]:
        if _is_value(line.text):
            return False
        if line.text.strip() == word:
            return True
    return False


def _first_copy(lines: list[_Line], k: int) -> int:
    """The line of the first copy of the header word on line ``k`` (see
    :func:`_repeated_header`), whose caption is the table's; else ``k``."""
    word = lines[k].text.strip()
    for j in range(k - 1, max(k - 1 - _REPEAT_REACH, -1), -1):
        if _is_value(lines[j].text):
            break
        if lines[j].text.strip() == word:
            return j
    return k


def _valued(row: Sequence[Cell] | Sequence[_Line]) -> bool:
    """Whether each cell after a row's first holds a value."""
    return all(_is_value(c.text) for c in row[1:])


def _paragraphs(lines: list[_Line], a: int, b: int) -> list[Cell]:
    """Lines ``a`` to ``b`` (inclusive) as cells of a paragraph each: the lines between
    blank ones, a header cell a copy broke over lines (国  内 / 生产总值) read as one."""
    cells: list[Cell] = []
    run: list[_Line] = []
    for line in [*lines[a:b + 1], _Line(0, "")]:
        if line.text.strip():
            run.append(line)
            continue
        if run:
            parts = [_cell(r.text, r.start, 0, len(r.text)) for r in run]
            cells.append(Cell(parts[0].start, parts[-1].end, "".join(c.text for c in parts)))
            run = []
    return cells


def _in_order(header: Sequence[Cell]) -> bool:
    """Whether a header's order can be the columns': each part a yearbook marks with #
    (#工业) right after its sector's column (第二产业) or another of its parts; a copy
    that flattened a header of two rows puts the parts after the last sector."""
    sectors = sector_parts()
    whole = ""
    for cell in header:
        key = spaced_key(cell.text)
        if not key.startswith("#"):
            whole = key
        elif key[1:] in sectors and sectors[key[1:]] != whole:
            return False
    return True


_INDEX_BASE_CELL = re.compile(r"100(?:\.0+)?")


def _spaced_rows(lines: list[_Line], *, empties: bool) -> list[list[Cell]]:
    """The rows of a table of years printed a cell a paragraph: a year (or a span of
    years) and the values up to the next one; ``empties``: a line of spaces alone is an
    empty cell (else no cell)."""
    rows: list[list[Cell]] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            if empties and line.text and rows:
                rows[-1].append(Cell(line.start, line.start, ""))
            continue
        cell = _cell(line.text, line.start, 0, len(line.text))
        if BARE_YEAR.fullmatch(cell.text) or (rows and YEAR_SPAN.fullmatch(cell.text)):
            rows.append([cell])
        elif rows and _is_value(cell.text):
            rows[-1].append(cell)
        else:
            break
    return rows


def _spaced_years(lines: list[_Line], k: int, last: int) -> Grid | None:
    """A table of years printed a cell a paragraph (年份 / 国  内 / 生产总值 / … / 1952 /
    100.0 / …), as a web page's copy gives a yearbook's HTML: a row is a year and the
    values up to the next year. The header's paragraphs after the year word are its
    columns when they are as many as a row's values and in an order columns can have;
    else only the first column is read, headed by the first of them, the one a copy
    keeps in its place."""
    rows = _spaced_rows(lines[last + 1:], empties=False)
    widths = [len(row) for row in rows]
    if len(rows) < _BOOK_ROWS_MIN or max(widths) < 2:
        return None
    width = max(set(widths), key=widths.count)
    kept = _spaced_rows(lines[last + 1:], empties=True)
    if widths.count(width) < len(rows) - 1 and sum(
            len(row) == len(kept[0]) for row in kept) >= len(kept) - 1:
        # rows differ in length, and a paragraph of spaces keeps each empty cell's place
        # (1970 / 662.90 / ␣ / 2.73): a row is as long as every other
        rows, width = kept, len(kept[0])
    ends = rows[-1][-1].end >= max((ln.start for ln in lines if ln.text.strip()), default=0)
    if ends and len(rows) > 1 and len(rows[-1]) > width and len(rows[-2]) == width:
        # the copy ends at the first characters of a row after the last (…280.18 / 1):
        # the last row's cells are its first ones
        rows[-1] = rows[-1][:width]
    body = list(itertools.takewhile(lambda row: len(row) == width,
                                    itertools.dropwhile(lambda row: len(row) != width, rows)))
    if body and rows[-1] is not body[-1] and rows.index(body[-1]) == len(rows) - 2 and len(
            rows[-1]) > 1 and ends:
        body.append(rows[-1])  # the copy ends inside the last row: its first cells stand
    # (an index's base year, 100 in every column, is no year's change)
    body = [row for row in body
            if any(_INDEX_BASE_CELL.fullmatch(c.text) is None for c in row[1:])]
    corner = _cell(lines[k].text, lines[k].start, 0, len(lines[k].text))
    columns = _paragraphs(lines, k + 1, last)
    if len(body) < _BOOK_ROWS_MIN or not columns:
        return None
    if len(columns) != width - 1 or not _in_order(columns):
        columns, body = columns[:1], [row[:2] for row in body]
    header = (corner, *columns)
    return _grid([header, *map(tuple, body)], _caption(lines, k), header_rows=1)


@cache
def _place_start() -> re.Pattern[str]:
    """A line holding only an indicator or unit column's header word (指标, 单位): the
    corner of a table whose columns are regions."""
    words = (*table_words("indicator"), *table_words("unit"))
    return re.compile(rf"^[ \t]*(?:{_spaced_out(words)})[ \t]*$", re.MULTILINE)


PLACE_COLUMNS_MIN = 2  # regions' columns that make a table of them side by side


def _place_stacked(text: str, lines: list[_Line], starts: dict[int, int],
                   is_place: Callable[[str], bool]) -> Iterator[Grid]:
    """Tables printed one cell a line whose columns are regions: 指标 | 单位 | 卓资县 |
    化德县 | …, then each row's name, its unit and one value per region. The copy may
    lose the empty corner over the names (单位 first) and the unit's column; a short
    line of words between rows (一、基本情况) is a group line, read as no row."""
    read_to = -1
    for m in _place_start().finditer(text):
        k = starts[m.start()]
        if k <= read_to:
            continue  # (单位 under 指标, a header's second cell)
        role = header_role(lines[k].text)
        first = _cell(lines[k].text, lines[k].start, 0, len(lines[k].text))
        at = k + 1
        if role == "unit":
            header = [Cell(first.start, first.start, ""), first]  # the corner lost
        else:
            header = [first]
            if at < len(lines) and header_role(lines[at].text) == "unit":
                header.append(_cell(lines[at].text, lines[at].start, 0, len(lines[at].text)))
                at += 1
        units = any(header_role(c.text) == "unit" for c in header)  # a unit column
        lead = len(header)
        while at < len(lines) and _is_word_cell(lines[at].text) and is_place(
                lines[at].text.strip()):
            header.append(_cell(lines[at].text, lines[at].start, 0, len(lines[at].text)))
            at += 1
        if len(header) - lead < PLACE_COLUMNS_MIN:
            continue
        width = len(header)
        rows = [tuple(header)]
        while True:
            if _is_place_row(lines[at:at + width], width, units=units):
                rows.append(tuple(_cell(line.text, line.start, 0, len(line.text))
                                  for line in lines[at:at + width]))
                at += width
            elif _is_name(lines[at].text if at < len(lines) else "") and _is_place_row(
                    lines[at + 1:at + 1 + width], width, units=units):
                at += 1  # a group's line (二、综合经济)
            else:
                break
        if len(rows) >= 2:
            read_to = at - 1
            yield _grid(rows, _caption(lines, k), 1)


def _is_place_row(group: list[_Line], width: int, *, units: bool) -> bool:
    """Lines that are one row under regions' columns: a name, its unit (``units``), a
    value (or a dash for none) per region."""
    def worded(line: _Line) -> bool:  # (GDP: a name in Latin letters)
        return _is_word_cell(line.text) and not _is_value(line.text)

    values = group[2:] if units else group[1:]
    return (len(group) == width and worded(group[0]) and (not units or worded(group[1]))
            and all(_is_value(line.text) for line in values))


def spaced_key(text: str) -> str:
    """A cell's text without its spaces (指  标 → 指标): the key header words are read by."""
    return re.sub(r"\s+", "", text)


_SUB_COLUMNS_MAX = 3  # 绝对值 | 增速(%) under each group, at most three columns


def _stacked_groups(header: list[Cell], *, one_group: bool = False) -> list[Cell]:
    """A two-level header written one cell a line (指标名称 | 单位 | 2015年目标 | 2015年实绩
    | 绝对值 | 增速(%) | 绝对值 | 增速(%)): the groups, then their sub-columns once per
    group; each sub-column read under its group (2015年目标绝对值). ``one_group``: the
    scan found a line of words over the columns below (省市 | 固定资产投资额 | 绝对值 |
    增长(%)), a single group."""
    lead = 0
    # (序号 | 指标名称 | 单位 | 统计口径 | …: a rank column may open the lead, and a
    # column of the rows' scopes stand in it)
    while lead < len(header) and (header_role(header[lead].text) in ("indicator", "unit")
                                  or is_region_header(header[lead].text)
                                  or is_scope_header(header[lead].text)
                                  or (lead == 0 and is_rank_header(header[lead].text))):
        lead += 1
    rest = header[lead:]
    for m in range(2, _SUB_COLUMNS_MAX + 1):
        k, extra = divmod(len(rest), m + 1)
        # (``one_group``: an indicator no column word names, over 绝对值 | 增长(%))
        if extra or not lead or k < 1 or (k == 1 and not one_group):
            continue
        groups, subs = rest[:k], rest[k:]
        if not _repeated(subs, m):
            continue
        return [*header[:lead], *(cell for i, group in enumerate(groups)
                                  for cell in _under(group, subs[i * m:(i + 1) * m]))]
    return _merged_result(header)


def _merged_result(header: list[Cell]) -> list[Cell]:
    """指标名称 | 目标 | 全年完成 | 实绩 | 增速: a result's cell right before another
    result's and a growth's is merged over them (全年完成 over 实绩 | 增速), each read
    under it (全年完成实绩, 全年完成增速); else ``header`` as it is."""
    roles = [header_role(c.text) for c in header]
    for j in range(1, len(header) - 2):
        if roles[j:j + 3] == ["result", "result", "growth"]:
            return [*header[:j], *_under(header[j], header[j + 1:j + 3]), *header[j + 3:]]
    return header


def _repeated(subs: Sequence[Cell], m: int) -> bool:
    """Whether ``subs`` are ``m`` distinct sub-columns written once per group (绝对值 |
    增速(%) | 绝对值 | 增速(%))."""
    keys = [spaced_key(c.text) for c in subs]
    return len(keys) % m == 0 and keys == keys[:m] * (len(keys) // m) and len(
        set(keys[:m])) == m


def _under(group: Cell, subs: Sequence[Cell]) -> Iterator[Cell]:
    """Each of a group's sub-columns read under it (2015年目标绝对值, 进出口总额同比%)."""
    return (Cell(sub.start, sub.end, _group_name(group) + sub.text) for sub in subs)


def _group_name(group: Cell) -> str:
    """A group's header as its sub-columns read it: a bare month's (3, 1-3) with its 月,
    or 3绝对量 would read as a number before a word."""
    text = group.text.strip()
    return f"{text}月" if BARE_MONTHS.fullmatch(text) and "月" not in text else group.text


def is_rank_header(text: str) -> bool:
    """Whether a first column's header word heads ranks (序号, 排名), not names."""
    return spaced_key(text) in table_words("rank") or _is_rank_cell(text)


def _is_row(group: list[_Line], *, years: bool = False, ranked: bool = False) -> bool:
    """Lines that can be one row of a one-cell-per-line table: short, no sentence, a name
    first that is no header word unless values follow it (``years``: or a year, under
    年份; ``ranked``: or a rank, a name after it, under 排名), and its second cell filled
    (the cells after it may be empty lines: a copy writes an empty cell as one, 2024 / - /
    (blank) / (blank))."""
    if group and _stacked_start().fullmatch(group[0].text):
        return False  # 年份 / GDP(亿元): the next table's header, right after the last row
    cells = [line.text.strip() for line in group]
    if ranked and len(cells) > 1 and _is_rank_value(cells[0]):
        cells = cells[1:]
    return (bool(cells[0]) and (len(cells) < 2 or bool(cells[1]))
            and all(len(c) <= _STACKED_CELL_MAX for c in cells)
            and not any(_SENTENCE_END.search(c) for c in cells)
            and (HAN.search(cells[0]) is not None
                 or (years and BARE_YEAR.fullmatch(cells[0]) is not None))
            # (地区生产总值增长(%) / 6%左右: a name that reads like a measure's header
            # word is a row's when values follow it, as none follow a header's)
            and (header_role(cells[0]) not in ("target", "result", "growth", "unit")
                 or any(_is_value(c) for c in cells[1:])))


_VALUE_COLUMNS = ("target", "result", "growth")
_UNIT_CELL = re.compile(r"%|‰|％|[A-Za-z/²³]{1,8}")  # a unit column's cell: %, kWh, m²


def _is_value(text: str) -> bool:
    return _VALUE_CELL.fullmatch(text.strip()) is not None


def _is_name(text: str) -> bool:
    """A list's name line: short, no sentence, some Chinese (or an acronym a header word
    can be: GDP, CPI), not a value."""
    s = text.strip()
    return (0 < len(s) <= _STACKED_CELL_MAX and not _SENTENCE_END.search(s)
            and (HAN.search(s) is not None
                 or _ACRONYM.fullmatch(s) is not None) and not _is_value(s))


def _column_kinds(header: tuple[Cell, ...]
                  ) -> tuple[list[bool], list[bool | None], list[bool]]:
    """Of each column after the names: whether it may hold words (no value role heads it:
    指标属性, 预期性/约束性), whether it holds targets (True), results (False) or neither
    (None), whether it holds units."""
    roles = [header_role(h.text) for h in header[1:]]
    # (1-2: a column of months holds values, and so does one of a year, 2023; 位次: a
    # column of ranks, numbers)
    worded = [role not in _VALUE_COLUMNS and not BARE_MONTHS.fullmatch(h.text.strip())
              and not BARE_YEAR.fullmatch(h.text.strip()) and not is_rank_header(h.text)
              for role, h in zip(roles, header[1:], strict=True)]
    # (a unit's column holds no figure: 城镇居民人均可支配收入 / 81366 / 4.5 left the unit out)
    aims = [True if role == "target" else False if role == "result" else None
            for role in roles]
    return worded, aims, [role == "unit" for role in roles]


def _listed(lines: list[_Line], header: tuple[Cell, ...], at: int, caption: str, *,
            spaced: bool) -> Grid | None:
    """A name/value list under ``header`` from line ``at``: a name line, then one value
    line per value column; a name line followed by another name or by empty cells (lines
    of spaces) is a group line, a row of its name alone. With blank lines between the
    cells (``spaced``), an empty line separates and only a line of spaces is a cell."""
    width = len(header)
    source = (_cell(line.text, line.start, 0, len(line.text))
              for line in map(lines.__getitem__, range(at, len(lines)))
              if line.text or not spaced)
    cells: list[Cell] = []  # read as far as the list goes, not to the text's end

    def more(n: int) -> bool:
        cells.extend(itertools.islice(source, max(0, n - len(cells))))
        return len(cells) >= n

    rows: list[tuple[Cell, ...]] = [header]
    ranked = is_rank_header(header[0].text)  # 序号 before each name
    worded, aims, units = _column_kinds(header)
    # (统计口径: each row's scope, a part's row under the whole's merged name)
    scope = next((j for j, h in enumerate(header) if is_scope_header(h.text)), None)
    years = is_period_header(header[0].text)  # 年份 / 2017 / 200.00: a year is the name
    values = 0
    i = 0
    while more(i + 1):
        more(i + width)
        name = cells[i]
        if not name.text or (len(rows) == 1 and _RULE_CELL.fullmatch(name.text.strip())):
            i += 1  # an empty cell between rows, or the header's rule cut a cell a line
            continue
        # (1 / 重庆 / 8.6: the running rank of a column whose header cell is empty)
        found = (_running_rank(cells, i, width, worded) if not ranked and name.text.strip(
        ) == str(len(rows)) and more(i + width + 1) else None) or _merged_or_ranked(
            cells, i, width, above=rows[-1] if len(rows) > 1 else None, scope=scope,
            worded=worded if ranked else None)
        if found is not None:
            row, used = found
            rows.append(row)
            values += 1
            i += used
            continue
        if not _is_name(name.text) and not (
                years and BARE_YEAR.fullmatch(name.text.strip()) is not None):
            break
        after = cells[i + 1:i + width]
        empty = Cell(name.end, name.end, "")
        if len(after) == width - 1 and _fits(after, worded, aims) and any(
                _is_value(c.text) for c in after) and not any(
                unit and _is_value(c.text) for unit, c in zip(units, after, strict=True)):
            filled = [c for c in after if c.text]
            values += bool(filled)
            rows.append((name, *after))
            i += width
            continue
        short = _cut_short(cells, i, width) or _short_row(cells, i, header, worded)
        if short is not None:
            row, used = short
            values += 1
            rows.append(row)
            i += used
            continue
        # (2.第三产业增加值比重 / % / 44左右 / 0.2:55.6:44.2 / 3.规模以上…: a numbered
        # row whose cells fit no column ends where the next number opens a row; its
        # name is kept alone and the list goes on)
        following = _next_numbered(cells, i, width)
        if following is None and i + 1 < len(cells) and not _is_name(
                cells[i + 1].text) and cells[i + 1].text:
            break  # a name and a cell that is neither a value nor a name: no list
        rows.append((name, *([empty] * (width - 1))))
        i = following if following is not None else i + 1
    while len(rows) > 1 and not any(c.text for c in rows[-1][1:]):
        rows.pop()  # a group line after the last value is no part of the table
    return _grid(rows, caption, header_rows=1) if values else None


def _running_rank(cells: list[Cell], i: int, width: int, worded: list[bool],
                  ) -> tuple[tuple[Cell, ...], int] | None:
    """The row after cell ``i``, a rank in a column no header cell names (省份 |
    上半年增速 over 1 | 重庆 | 8.6: an HTML table's empty corner cell), and the cells it
    takes; None unless a name and values that fit the columns follow it."""
    row = cells[i + 1:i + width + 1]
    if len(row) == width and _is_name(row[0].text) and _fits(row[1:], worded) and any(
            _is_value(c.text) for c in row[1:]):
        return tuple(row), width + 1
    return None


def _fits(cells: Sequence[Cell], worded: list[bool], aims: Sequence[bool | None] = ()
          ) -> bool:
    """Whether each of ``cells`` fits its column: a value or empty, in a column of words
    (``worded``, by column) a name or a unit (亿元, %), in a column of targets (``aims``
    True) an aim in words (保持正增长, 高于经济增长), which a plan sets no figure for, or in
    a column of results (``aims`` False) an outcome in words (预计可以完成), which a
    report judges with no figure yet."""
    return all(_is_value(c.text) or not c.text or (worded[j] and (
        _is_name(c.text) or _UNIT_CELL.fullmatch(c.text.strip()) is not None)) or (
            j < len(aims) and aims[j] is not None and _is_name(c.text) and has_cue(
                c.text, "aim_in_words" if aims[j] else "outcome_in_words"))
               for j, c in enumerate(cells))


def _merged_or_ranked(cells: list[Cell], i: int, width: int, *,
                      above: tuple[Cell, ...] | None, scope: int | None,
                      worded: list[bool] | None) -> tuple[tuple[Cell, ...], int] | None:
    """The row from cell ``i`` and the cells it takes, when it is a row of another scope
    under cells the row ``above`` merged over both (``scope``: the scope column), or a
    ranked row or a total after ranked rows (``worded``: its columns of words, when the
    list is ranked); else None."""
    if scope and above is not None:
        sub = cells[i:i + width - scope]
        if len(sub) > 1 and _is_name(sub[0].text) and all(_is_value(c.text) for c in sub[1:]):
            # 1 | 地区生产总值 | 亿元 | 全市 | 7.5 | 530.6, then 市级 | 6.5 | 404.9: its rank,
            # name and unit are the row above's
            return (*above[:scope], *sub), len(sub)
    row = cells[i:i + width]
    if worded is not None and len(row) == width and _is_value(row[0].text) and _is_name(
            row[1].text) and _fits(row[2:], worded[1:]) and any(
            _is_value(c.text) for c in row[2:]):
        # 1 | 青岛黄岛区 | 174.38, or 1 | 地区生产总值 | 亿元 | 7.5: its words' columns too
        return tuple(row), width
    if worded is not None and len(row) >= width - 1 and _is_name(row[0].text) and all(
            _is_value(c.text) for c in row[1:width - 1]):
        # 全省 | 25979.82 | 9.0% after the ranked rows: a total has no rank
        return (Cell(row[0].start, row[0].start, ""), *row[:width - 1]), width - 1
    return None


# a bar ending or opening a line, or bars alone (|||: a row of nothing)
_BAR_LINE = re.compile(r"[^|\n]*\|[ \t]*|[ \t]*\|[^|\n]*|[ \t|]+")
_BAR_GAP = 3  # lines of one cell between two bars, at most (a header word and its unit)
_BARS_MIN = 6  # bars that make a stream of cells a table
_WORD_COLUMNS_MAX = 2  # columns of words after a row's values (考核结果: 完成, 超额完成)


def _bar_streams(text: str, lines: list[_Line]) -> Iterator[Grid]:
    """Tables whose cells are cut by bars standing on their own lines or ending a line
    (规模工业增加值 / 增长速度 | / 全 省 / | / 15.9 / |, or 东城区 | / 893416 | / 5.7 |)."""
    bars = [k for k, line in enumerate(lines) if _BAR_LINE.fullmatch(line.text)
            and (line.text.count("|") == 1 or not line.text.replace("|", "").strip())]
    runs: list[list[int]] = []
    for k in bars:
        if runs and k - runs[-1][-1] <= _BAR_GAP + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < _BARS_MIN:
            continue
        first, last = run[0], run[-1]
        while first > 0 and run[0] - first < _BAR_GAP and _is_stream_cell(
                lines[first - 1].text) and not _is_caption_line(lines[first - 1].text):
            first -= 1  # (表1 … and 单位:亿元 above the first bar are the caption's)
        end = last + 1 if last + 1 < len(lines) and _is_value(lines[last + 1].text) else last
        a = lines[first].start
        b = lines[end].start + len(lines[end].text)
        if (grid := _stream_grid(_stream_cells(text, a, b), _caption(lines, first))) is not None:
            yield grid


def _is_stream_cell(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= _STACKED_CELL_MAX and not _SENTENCE_END.search(s)


def _is_caption_line(line: str) -> bool:
    """A table's numbered title (表1 …) or its unit's line (单位:亿元 %)."""
    s = line.strip()
    return bool(_TABLE_NUMBER.match(s) or _UNIT_SAID_LINE.match(s))


def _stream_cells(text: str, a: int, b: int) -> list[Cell]:
    cuts = [a - 1, *(a + i for i, c in enumerate(text[a:b]) if c == "|"), b]
    return [_cell(text, 0, cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1)]


def _stream_grid(cells: list[Cell], caption: str) -> Grid | None:
    """The cells as rows. The first row's name is the cell before the first value; its
    values say how many cells a row has; the header is the cells before that name, back
    to an empty cell (a row of nothing, |||, ends a caption's row), the first of them
    the name column's; a caption's cells stand before the header. A header of more
    cells than a row's has its last ones broken over lines (增速与去年 / 同期比较)."""
    first = next((k for k, c in enumerate(cells) if _is_value(c.text)), None)
    if first is None or first < 1:
        return None
    ranked = _ranked_grid(cells, first, caption)
    if ranked is not None:
        return ranked
    if not _is_name(cells[first - 1].text):
        return None
    name, width = _first_row(cells, first)
    words = _word_columns(cells, name, width)
    width += words
    units = first - name - 1
    k = name
    while k > 0 and not cells[k - 1].text:
        k -= 1  # the empty cells that close the header's row
    head: list[Cell] = []
    while k > 0 and cells[k - 1].text:
        head.insert(0, cells[k - 1])
        k -= 1
    head, k = _past_group_line(cells, head, k, width)
    if len(head) == width - 1 and k > 0 and (groups := _groups_before(cells, k, width)):
        # 指 标 | 6月 | 1-6月 | || 绝对量 | 同比增长 | 绝对量 | 同比增长: the row of the groups
        # before the empty cell, each group over an equal share of the columns
        head = [*groups, *head]
        k = cells.index(groups[0])
    elif len(head) == width - 1 and k > 0:
        # | / 总量 (亿元) | / 增长(%) |: the names' column's corner cell is empty
        head.insert(0, Cell(cells[k - 1].start, cells[k - 1].start, ""))
    elif len(head) < width - 1:
        head, k = _split_header(cells, head, k, width)
    if len(head) < width:
        return None
    above = [c.text for c in cells[:k] if c.text]
    lead, head[0] = _caption_lines_off(head[0])
    if lead:
        above.append(lead)
    rows: list[tuple[Cell, ...]] = []
    if (grouped := _grouped_header(head, width)) is not None:
        rows.extend(grouped)
    elif len(head) > width:
        cut = width - 1
        joined = Cell(head[cut].start, head[-1].end, "".join(c.text for c in head[cut:]))
        head = [*head[:cut], joined]
    if not rows:
        rows.append(tuple(head))
    at = name
    while at + width <= len(cells):
        row = cells[at:at + width]
        if not _is_name(row[0].text) or not all(
                _is_value(c.text) or not c.text for c in row[1 + units:width - words]) or not all(
                unit_of(c.text) is not None or not c.text for c in row[1:1 + units]) or not all(
                _is_name(c.text) or _is_value(c.text) or not c.text
                for c in row[width - words:]):
            break
        # (在总计中: | | | |, a group line: a row of its name alone)
        rows.append(tuple(row))
        at += width
        while at < len(cells) and not cells[at].text:
            at += 1  # an empty row between rows
    caption = " ".join([caption, *above]).strip()
    header_rows = 2 if grouped is not None else 1
    return _grid(rows, caption, header_rows=header_rows) if len(rows) > header_rows else None


def _past_group_line(cells: list[Cell], head: list[Cell], k: int, width: int,
                     ) -> tuple[list[Cell], int]:
    """The header and where it starts, when ``head`` (from cell ``k``) is a group's line
    alone between the header and the first row (指 标 | … | 指标属性 | / 一、经济发展 | /
    ||||| / 地区生产总值 |): the run of cells before it, if that makes a row's width (or all
    but the corner's); else ``head`` as it was."""
    if len(head) != 1 or width <= 2 or k == 0 or is_names_header(head[0].text):
        return head, k
    before = _run_before(cells, k)[0]
    return (before, cells.index(before[0])) if len(before) in (width - 1, width) else (head, k)


def _first_row(cells: list[Cell], first: int) -> tuple[int, int]:
    """Where the first row's name stands, the value at ``first`` opening its values, and
    how many cells the row has: the name, a unit's cell if one stands between (粮食 | 万吨 |
    14.03 | 2.8), and the values."""
    name = first - 1
    if name > 0 and unit_of(cells[name].text) is not None and _is_name(cells[name - 1].text):
        name -= 1
    end = first
    while end < len(cells) and _is_value(cells[end].text):
        end += 1
    return name, end - name


def _word_columns(cells: list[Cell], name: int, width: int) -> int:
    """How many cells of words close the first row after its values (…| 230.86 | 完成 |
    自贡市 | -3.00 |: a grade column): as many as put the next row's name, then as many
    values, right after them; none when no such count does."""
    for words in range(1, _WORD_COLUMNS_MAX + 1):
        at = name + width + words  # where the next row would start
        if at + width > len(cells) or not all(
                _is_name(c.text) for c in cells[name + width:at]):
            return 0
        if at + width < len(cells) and not cells[at].text and cells[at + 1].text:
            at += 1  # (… | 预期性 | / | / 下一行: a lone bar closing each row; not the
            # empty cells of a group's line, 在总计中: | / | / | / |)
        if _is_name(cells[at].text) and all(
                _is_value(c.text) for c in cells[at + 1:at + width]):
            return words
    return 0


def _split_header(cells: list[Cell], head: list[Cell], k: int, width: int,
                  ) -> tuple[list[Cell], int]:
    """A header whose two rows a run of empty cells stands between (地区 | 可支配收入 |
    实际收入, empty cells, then 国有单位职工收入 | … | 转移收入): the runs of words before
    ``head`` (from cell ``k`` back) joined to it, when they make a row's width and open
    with the names column's word; else ``head`` as it was."""
    found, at = list(head), k
    while len(found) < width and at > 0:
        more, at = _run_before(cells, at)
        if not more:
            break
        found = more + found
    if len(found) == width and is_names_header(found[0].text):
        return found, at
    return head, k


def _caption_lines_off(first: Cell) -> tuple[str, Cell]:
    """The caption's lines that stand above a header's first cell with no bar between
    (2023年各区GDP\n排行), and the cell without them: its last line."""
    if "\n" not in first.text:
        return "", first
    lead, _, last = first.text.rpartition("\n")
    return lead.strip(), Cell(first.end - len(last), first.end, last.strip())


def _groups_before(cells: list[Cell], k: int, width: int) -> list[Cell] | None:
    """The header's row of groups before the empty cells at ``k`` that close it: the names
    column's word (指 标) and two or more groups sharing the ``width`` - 1 value columns
    equally (6月 | 1-6月); None otherwise."""
    run, at = _run_before(cells, k)
    if at == 1 and not cells[0].text and len(run) >= 2:
        run.insert(0, cells[0])  # | / 本地生产总值 | 第一产业 |: the corner cell left empty
    elif len(run) < 3 or not is_names_header(run[0].text):
        return None
    return run if (width - 1) % (len(run) - 1) == 0 else None


def _run_before(cells: list[Cell], at: int) -> tuple[list[Cell], int]:
    """The run of cells with words before the empty cells that end at ``at``, and where
    it starts (empty, and the start of those empty cells, when there is none)."""
    while at > 0 and not cells[at - 1].text:
        at -= 1
    run: list[Cell] = []
    while at > 0 and cells[at - 1].text:
        run.insert(0, cells[at - 1])
        at -= 1
    return run, at


def _grouped_header(head: list[Cell], width: int) -> list[tuple[Cell, ...]] | None:
    """A header of two rows run into one stream: the name column's word and a word per
    group of columns (城 市 | 地区生产总值 | 第二产业), then a word per column (亿元 | 增长% |
    亿元 | 增长%): each group's word stands over its columns."""
    values = width - 1
    groups = len(head) - values - 1
    if groups < 2 or values % groups or len(head) <= width:
        return None
    top, below = head[:groups + 1], head[groups + 1:]
    span = values // groups
    empty = Cell(top[0].start, top[0].start, "")
    return [(top[0], *(c for c in top[1:] for _ in range(span))), (empty, *below)]


def _ranked_grid(cells: list[Cell], first: int, caption: str) -> Grid | None:
    """Rows that open with a rank (排行 | 区域 | GDP | 增速 | 1 | 渝北区 | 1543.09 | -2.8 | 2
    | …): the header is every cell before the first value, and each row as long, with a
    name where the header's first non-value column of names stands. A copy cut inside
    its last row (31 | 西藏 | 1902.74 | 7.8% | 1) keeps that row's whole cells, the
    cut one and the rest left empty."""
    head = [c for c in cells[:first] if c.text]
    # (| (截至2023年9月末) | 序号 | 省份 | …: the cells before the ranks' word are the
    # caption's)
    opens = [k for k, c in enumerate(head) if is_rank_header(c.text)]
    above = [c.text for c in head[:opens[-1]]] if opens else []
    head = head[opens[-1]:] if opens else head
    width = len(head)
    if width < _STACKED_MIN or not _is_rank_value(cells[first].text):
        return None
    lead, head[0] = _caption_lines_off(head[0])
    if lead or above:
        caption = " ".join([caption, *above, lead]).strip()
    body = [c for c in cells[first:] if c.text]
    rows: list[tuple[Cell, ...]] = [tuple(head)]
    for at in range(0, len(body), width):
        row = body[at:at + width]
        if _UNCUT < len(row) < width:  # the copy's end: its last cell may be cut
            empty = Cell(row[-1].start, row[-1].start, "")
            row = [*row[:-1], *([empty] * (width - len(row) + 1))]
        if len(row) < width or not _is_rank_value(row[0].text) or not _is_name(row[1].text) or (
                not _ranked_values(row[2:])):
            break
        rows.append(tuple(row))
    return _grid(rows, caption, header_rows=1) if len(rows) > _STACKED_MIN else None


def _ranked_values(cells: Sequence[Cell]) -> bool:
    """A ranked row's cells after its name: values or empty cells, the last one or two
    of them words once a value stood before (… | 329 | 全部开工: a rate said in words)."""
    k = 0
    while k < len(cells) and (_is_value(cells[k].text) or not cells[k].text):
        k += 1
    tail = cells[k:]
    return not tail or (any(c.text for c in cells[:k]) and len(tail) <= _WORD_COLUMNS_MAX
                        and all(_is_name(c.text) or _is_value(c.text) or not c.text
                                for c in tail))


def _is_rank_value(text: str) -> bool:
    """A rank's cell: a number, or a dash where a total (全国) has none."""
    return text.strip().isdigit() or text.strip() in _UNRANKED


_UNRANKED = frozenset({"—", "-", "--", "——", "/"})
_UNCUT = 3  # a cut last row keeps its rank, its name and one whole value at least


def _long_lines(text: str, lines: list[_Line]) -> Iterator[Grid]:
    """A table run together on one line (a web copy that lost its row breaks): many
    bars, read as a stream of cells."""
    for k, line in enumerate(lines):
        if line.text.count("|") >= _LONG_LINE_BARS:
            a = line.start
            cells = _stream_cells(text, a, a + len(line.text))
            if cells and not cells[0].text and len(cells) > 1:
                cells = cells[1:]
            lead = cells[0].text if cells else ""
            if "\n" not in lead and (grid := _stream_grid(
                    _split_lead(cells), _caption(lines, k))) is not None:
                yield grid


# --- a table run together on one line, its cells cut by single spaces -----------------

_FLAT_LINE_MIN = 200  # characters of a line that may hold a whole table
_FLAT_ROWS_MIN = 5
_FLAT_NAME_MAX = 10  # characters of a row's name (内蒙古, 北 京 spaced out)
_FLAT_WORD = re.compile(r"[\u4e00-\u9fff]{1,10}")
_FLAT_PERIOD = re.compile(
    rf"{YEAR}年(?:上半年|下半年|前三季度|[一二三四]季度|\d{{1,2}}[-—~]\d{{1,2}}月)?")


def _flat_candidate(text: str) -> bool:
    """Whether a line of ``text`` is long and cut by spaces enough to hold a table."""
    return any(len(line) >= _FLAT_LINE_MIN and line.count(" ") >= 2 * _FLAT_ROWS_MIN
               for line in text.split("\n"))


def _flat_lines(lines: list[_Line]) -> Iterator[Grid]:
    """A table whose rows a copy ran onto one line, cells cut by single spaces (地 区
    能耗(±%) 能源消费总量增速 (%) 电耗(±%) 北 京 -9.18 -8.1 -3.39 天 津 -3.07 …): rows of
    a name (its characters spaced out or not) and as many values each, a row with none
    left empty (西 藏, its data missing), under the words before the first row."""
    for k, line in enumerate(lines):
        if len(line.text) >= _FLAT_LINE_MIN and (
                grid := _flat_grid(line, _caption(lines, k))) is not None:
            yield grid


def _flat_grid(line: _Line, caption: str) -> Grid | None:
    tokens = [Cell(line.start + m.start(), line.start + m.end(), m.group())
              for m in _TOKEN.finditer(line.text)]
    runs: list[tuple[list[Cell], list[Cell]]] = []  # (name's tokens, values) in order
    for token in tokens:
        if BARE_FIGURE.fullmatch(token.text):
            if runs:
                runs[-1][1].append(token)
        elif not runs or runs[-1][1]:
            runs.append(([token], []))
        else:
            runs[-1][0].append(token)
    widths = Counter(len(values) for _, values in runs if values)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if count < _FLAT_ROWS_MIN or width < 1:
        return None
    ranked = _next_ranks(runs, width)
    if ranked:
        # 1 上海市 9552.24 10168.52 7.70% 57 2 北京市 …: each row's values end in the next
        # row's rank
        runs = [(names, values[:-1] if len(values) == width else values)
                for names, values in runs]
        width -= 1
    # the rows: from the first run of the common width, each a short name of words alone
    first = next(i for i, (_, values) in enumerate(runs) if len(values) == width)
    body: list[tuple[Cell, ...]] = []
    for at, (words, values) in enumerate(runs[first:]):
        # (能耗(±%) 北 京: the first row's name, the last of the header's words before it)
        names = _name_tokens(words) if at == 0 else words
        if len(values) not in (0, width) or len("".join(c.text for c in names)) > (
                _FLAT_NAME_MAX) or not all(_FLAT_WORD.fullmatch(c.text) for c in names):
            break
        if len(names) > 2 and len(names) % 2 == 0 and all(len(c.text) == 1 for c in names):
            # 西 藏 陕 西 -1.89: a row with no values (its data missing) before the next
            for a, b in zip(names[:-2:2], names[1:-2:2], strict=True):
                empty = Cell(b.end, b.end, "")
                body.append((Cell(a.start, b.end, f"{a.text} {b.text}"), *[empty] * width))
            names = names[-2:]
        cell = Cell(names[0].start, names[-1].end, " ".join(c.text for c in names))
        empty = Cell(cell.end, cell.end, "")
        body.append((cell, *(values or [empty] * width)))
    if len(body) < _FLAT_ROWS_MIN:
        return None
    header = _flat_header([c for c in tokens if c.end <= body[0][0].start
                           and not BARE_FIGURE.fullmatch(c.text)], width, ranked=ranked)
    if header is None:
        return None
    return _grid([header, *body], caption, header_rows=1)


def _next_ranks(runs: list[tuple[list[Cell], list[Cell]]], width: int) -> bool:
    """Whether the last value of each run of ``width`` values counts on by one (the rank
    of the next row, standing before its name)."""
    lasts = [values[-1].text for _, values in runs if len(values) == width]
    if width < 2 or not all(v.isdigit() for v in lasts):
        return False
    ranks = [int(v) for v in lasts]
    return ranks == list(range(ranks[0], ranks[0] + len(ranks)))


def _name_tokens(names: list[Cell]) -> list[Cell]:
    """A first row's name among the words before it: its last two single characters
    (北 京), else its last word (内蒙古)."""
    if len(names) >= 2 and all(len(c.text) == 1 for c in names[-2:]):
        return names[-2:]
    return names[-1:]


def _flat_header(words: list[Cell], width: int, *, ranked: bool = False,
                 ) -> tuple[Cell, ...] | None:
    """The header over ``width`` value columns and the names' column (after the ranks'
    when ``ranked``), from the words before the first row: single characters spaced out
    joined (地 区), a bracket alone joined to the word before it (能源消费总量增速 (%)), a
    period alone to the word after it (2012年上半年 GDP(亿元)); None unless they make as
    many."""
    cells: list[Cell] = []
    for w in words:
        if cells and (w.text[0] in "(（" or (len(w.text) == 1 and len(cells[-1].text) == 1)
                      or _FLAT_PERIOD.fullmatch(cells[-1].text)):
            cells[-1] = Cell(cells[-1].start, w.end, cells[-1].text + w.text)
        else:
            cells.append(w)
    cells = cells[-(width + 1 + ranked):]
    if len(cells) != width + 1 + ranked or (ranked and not _is_rank_word(cells[0].text)):
        return None
    cells = cells[ranked:]
    return tuple(cells) if is_names_header(spaced_key(cells[0].text)) else None


def _is_rank_word(text: str) -> bool:
    """A ranks' column's header, alone or of what it ranks (排名, GDP排名)."""
    return is_rank_header(text) or any(spaced_key(text).endswith(w)
                                        for w in table_words("rank") + table_words("ranking"))


def _split_lead(cells: list[Cell]) -> list[Cell]:
    """The first cell without the prose before it on its line (…位居全市第三。 GDP排行)."""
    if not cells:
        return cells
    head = cells[0]
    cut = max(head.text.rfind(c) for c in "。；;！？ ")
    if cut < 0:
        return cells
    rest = head.text[cut + 1:].strip()
    return [Cell(head.end - len(rest), head.end, rest), *cells[1:]]


_LONG_LINE_BARS = 12  # bars on one line that make it a table's rows run together


def _next_numbered(cells: list[Cell], i: int, width: int) -> int | None:
    """The cell, within a row's width after cell ``i`` (a name numbered n: 2.第三产业…),
    that opens the row numbered n + 1; None if the name has no number or none follows."""
    if (own := ITEM_NUMBER.match(cells[i].text)) is None:
        return None
    after = f"{int(own[1]) + 1}"
    return next((k for k in range(i + 1, min(i + width, len(cells)))
                 if (m := ITEM_NUMBER.match(cells[k].text)) and m[1] == after), None)


def _cut_short(cells: list[Cell], i: int, width: int,
               ) -> tuple[tuple[Cell, ...], int] | None:
    """A row whose next name comes before it is whole, a blank cell keeping its cells in
    their columns (省 | 10060 | (a line of spaces) | 11.4, then 长沙市): its last cells
    left out. Returns the row and how many cells it took."""
    name, after = cells[i], cells[i + 1:i + width]
    cut = next((j for j, c in enumerate(after) if _is_name(c.text)), len(after))
    own = after[:cut]
    if not (0 < cut < width - 1 and any(not c.text for c in own) and all(
            _is_value(c.text) or not c.text for c in own)
            and any(_is_value(c.text) for c in own)):
        return None
    return (name, *own, *([Cell(name.end, name.end, "")] * (width - 1 - cut))), 1 + cut


def _short_row(cells: list[Cell], i: int, header: tuple[Cell, ...], worded: list[bool],
               ) -> tuple[tuple[Cell, ...], int] | None:
    """A row that leaves cells out (规模以上工业增加值 / 亿元 / 187.15 / 16.9, under 单位 |
    1-8月累计 | 去年同期累计 | 累计同比±%): its unit, then fewer values than value columns
    before the next name. The values stand in the first columns and the last in the
    last (a growth is the cell a monthly table fills most): one value is the last
    column's. Returns the row and how many cells it took."""
    name = cells[i]
    slots = [k + 1 for k, w in enumerate(worded) if not w]
    if not slots:
        return None
    unit_at = next((k + 1 for k, w in enumerate(worded) if w), None)
    j, unit = i + 1, None
    if unit_at is not None and j < len(cells) and _is_name(cells[j].text) and len(
            cells[j].text) <= _UNIT_MAX:
        unit, j = cells[j], j + 1
    found: list[Cell] = []
    while j < len(cells) and len(found) < len(slots) and _is_value(cells[j].text):
        found.append(cells[j])
        j += 1
    whole = len(found) == len(slots) and unit is None and unit_at is not None
    if not found or (len(found) >= len(slots) and not whole) or (
            j < len(cells) and cells[j].text and not _is_name(cells[j].text)
            and _SENTENCE_END.search(cells[j].text) is None):
        return None  # (the next name, a blank cell, or prose after the table's last row)
    unranked = [k for k in slots if not is_rank_header(header[k].text)]
    if len(unranked) < len(slots) and len(found) == len(unranked):
        # 全市合计 | 191140 | 35.6 | 96846 | 21 above rows ranked in two columns: a
        # total has no ranks
        slots, whole = unranked, True
    empty = Cell(name.end, name.end, "")
    row = [name, *([empty] * (len(header) - 1))]
    if unit is not None and unit_at is not None:
        row[unit_at] = unit
    # (every value and no unit cell: 城镇居民人均可支配收入 | 43760 | 8以上 | 44026 | 8.7, a
    # row whose unit the source left blank without a cell for it)
    for slot, cell in zip(slots if whole else [*slots[:len(found) - 1], slots[-1]], found,
                          strict=True):
        row[slot] = cell
    return tuple(row), j - i


_UNIT_MAX = 5  # characters of a unit cell (亿元, 亿千瓦时)


# --- a yearbook's table: a header broken over many lines, rows of regions -------------

# a value of a yearbook's row: a number (its sign, a footnote mark) or a dash for none
_BOOK_VALUE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?[*＊]?|[—–－-]+|…+")
_TOKEN = re.compile(r"\S+")
_PROSE_MARK = re.compile(r"[。，；！？]")
_BOOK_ANY = re.compile(ROW_END, re.MULTILINE)
# a value run on to the name before it (海曙区18.3): after a Chinese character or a bracket
_GLUED_VALUE = re.compile(r"(?<=[\u4e00-\u9fff)）])[-+−]?\d[\d,]*(?:\.\d+)?$")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'’.\-()]*")
_BOOK_NAME_MAX = 20  # a row's Chinese name (福州市辖区, 规模以上工业增加值(亿元))
_BOOK_ROWS_MIN = 3
_GROUP_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*")  # 济南市, 浙东北
_BOOK_HEADER_LINES = 60  # lines above the first row a header may take, at most
# the line a header starts under: a table's number (17-2, 表3) or its unit (单位:…)
_BOOK_CAPTION = re.compile(
    r"^\s*(?:表\s*)?\d{1,2}\s*[-－—]\s*\d{1,2}\b|^\s*(?:附\s*)?表\s*\d|^\s*附\s*\d"
    rf"|^\s*{YEAR}\s*年\S|单\s*位\s*[:：]")  # (2018年河北各城市GDP排名: a title)


@frozen
class _BookRow:
    name: Cell
    values: tuple[Cell, ...]
    gaps: tuple[int, ...]  # the width of the space before each value


def _book_split(line: _Line) -> tuple[list[Cell], list[Cell], list[int]] | None:
    """A line's name tokens, its trailing values and the spaces before each value."""
    if _PROSE_MARK.search(line.text) is not None:
        return None  # (a sentence: no row; the test spares tokenizing every paragraph)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line.text)]
    last = len(tokens) - 1
    while last > 0 and _BOOK_VALUE.fullmatch(tokens[last][2]):
        last -= 1
    if tokens and (glued := _GLUED_VALUE.search(tokens[last][2])) is not None:
        # 海曙区18.3 3.9 205.2: a name run into its first value
        a, b, t = tokens[last]
        tokens[last:last + 1] = [(a, a + glued.start(), t[:glued.start()]),
                                 (a + glued.start(), b, t[glued.start():])]
    k = len(tokens)
    while k > 0 and _BOOK_VALUE.fullmatch(tokens[k - 1][2]):
        k -= 1
    # (a lone mark where a rank would stand, ? 四川省: no rank, no part of the name)
    names = [Cell(line.start + a, line.start + b, t) for a, b, t in tokens[:k]
             if t not in _PLACEHOLDERS]
    values = [Cell(line.start + a, line.start + b, t) for a, b, t in tokens[k:]]
    if any(_SENTENCE_END.search(c.text) for c in names):
        return None
    gaps = [tokens[i][0] - tokens[i - 1][1] if i else tokens[i][0]
            for i in range(k, len(tokens))]
    return names, values, gaps


def _with_unit(name: Cell, unit: Cell) -> Cell:
    """A row's name and the bracketed unit after it, one cell."""
    return Cell(name.start, unit.end, f"{name.text} {unit.text}")


def _book_name(names: list[Cell]) -> Cell | None:
    """A row's name: its Chinese word (福州市  Fuzhou, 广  州 spaced out), else its
    English one (Fujian)."""
    chinese = [c for c in names if HAN.search(c.text)]
    if len(chinese) > 1 and all(HAN.fullmatch(c.text) for c in chinese):
        joined = "".join(c.text for c in chinese)
        if header_role(joined) is not None or is_region_header(joined):
            return None  # 项    目 … 2020 2021: the header's line, no row
        chinese = [Cell(chinese[0].start, chinese[-1].end, joined)]
    if len(chinese) == 1 and is_names_header(chinese[0].text):
        return None  # 指标 1995 1996 2000: the header's line, its years no values
    latin = [c for c in names if _LATIN.fullmatch(c.text)]
    if len(chinese) == 1 and len(chinese[0].text) == 1 and latin and chinese[0] is names[0]:
        # 西 Shanxi, 广  Guangdong: a copy kept one character of the Chinese name, the
        # English one whole
        return Cell(names[0].start, names[-1].end, " ".join(c.text for c in latin))
    if len(chinese) == 1 and len(names) == 2 and names[0] is chinese[0] and (
            _UNIT_LINE.fullmatch(names[1].text)) and len(chinese[0].text) <= _BOOK_NAME_MAX:
        # 地区生产总值(GDP)增速 (%) 6.8 4.9: the name and its unit, a bracket of no word
        return _with_unit(names[0], names[1])
    if len(chinese) == 1 and len(chinese[0].text) <= _BOOK_NAME_MAX:
        return chinese[0]
    if len(chinese) == 2 and chinese[0].text.endswith((":", "：")) and len(
            chinese[1].text) <= _BOOK_NAME_MAX:
        return chinese[1]  # 在总计中: 国有企业: a part's mark and its name
    if len(chinese) == 2 and _UNIT_LINE.fullmatch(chinese[1].text) and len(
            chinese[0].text) <= _BOOK_NAME_MAX:
        # 地区生产总值   (亿元)   Gross Domestic Products: the name and its unit
        return _with_unit(chinese[0], chinese[1])
    if len(chinese) == 2 and unit_of(chinese[1].text) is not None and len(
            chinese[0].text) <= _BOOK_NAME_MAX:
        # 国内生产总值(当年价格) 万元 17818302 …: the name and its unit, no bracket
        return Cell(chinese[0].start, chinese[1].end, f"{chinese[0].text}({chinese[1].text})")
    if not chinese and names and len(latin) == len(names):
        return Cell(names[0].start, names[-1].end, " ".join(c.text for c in names))
    return None


# a year and the first value of its row run together (199059137, 20112868061)
_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)\d[\d,]*(?:\.\d+)?")


def _glued_year(lines: list[_Line], k: int, rows: list[_BookRow]) -> int:
    """The length of the year line ``k`` opens with, run into its first value (4), when
    the years so read go up from the row above (or to the next line's); else 0."""
    def year_of(text: str) -> int | None:
        first = text.split(maxsplit=1)
        m = _GLUED_YEAR.fullmatch(first[0]) if len(first) == 2 else None
        return int(m[1]) if m is not None else None

    year = year_of(lines[k].text)
    if year is None:
        return 0
    if rows:
        above = rows[-1].name.text[:4]
        return 4 if above.isdigit() and int(above) < year else 0
    below = next((ln.text for ln in lines[k + 1:k + 3] if ln.text.strip()), "")
    later = year_of(below)
    return 4 if later is not None and year < later else 0


def _book_rows(lines: list[_Line], k: int) -> tuple[list[_BookRow], int]:
    """The rows from line ``k``: a name and its values on one line, or a name line and
    a line of values under it; a name alone is a group line (福州市辖区)."""
    rows: list[_BookRow] = []
    pending: Cell | None = None
    while k < len(lines):
        line = lines[k]
        if not line.text.strip():
            k += 1
            continue
        split = _book_split(line)
        if split is None:
            break
        names, values, gaps = split
        if not names and len(values) >= 2 and (year := _glued_year(lines, k, rows)):
            # 199059137 339396 17.4: a year run into its row's first value
            head = values[0]
            values = [Cell(head.start, head.start + year, head.text[:year]),
                      Cell(head.start + year, head.end, head.text[year:]), *values[1:]]
            gaps = [gaps[0], 0, *gaps[1:]]
        if not names and len(values) > 2 and BARE_YEAR.fullmatch(values[0].text) and not all(
                BARE_YEAR.fullmatch(c.text) for c in values):
            # 1978 71416 170169 …: a table of main years, the year its row's name
            names, values, gaps = [values[0]], values[1:], gaps[1:]
            name: Cell | None = names[0]
        else:
            name = _book_name(names) if names else None
        if rows and names and not values and not any(
                HAN.search(c.text) for c in names):
            k += 1  # Birth Rate(‰) under 出生率(‰) 25.35 …: a bilingual book's English
            continue  # of the row above
        if names and name is None:
            break
        if not rows and len(values) >= 2 and all(
                BARE_YEAR.fullmatch(c.text) for c in values) and (
                name is None or not HAN.search(name.text)):
            # 单位:元 (or an English corner word, item) over 2005 2006 … 2012: the
            # header's years, no row
            pending = None
        elif (len(values) >= 2 or (values and name is not None and rows and is_year_name(
                name.text) and is_year_name(rows[-1].name.text))) and (
                name is not None or pending is not None):
            # (2002(新口径) 5831.34, one value in a table of years: a row all the same)
            own = name if name is not None else pending
            assert own is not None
            if name is not None and pending is not None and is_year_name(
                    name.text) and HAN.search(pending.text) and not (
                    _UNIT_LINE.fullmatch(pending.text)):
                # 城镇居民 over 2013 …: a group of years, kept as a row of its own whose
                # name scopes the rows under it
                rows.append(_BookRow(pending, (), ()))
            rows.append(_BookRow(own, tuple(values), tuple(gaps)))
            pending = None
        elif rows and not names and len(values) == len(rows[-1].values) >= _BOOK_ROWS_MIN:
            pass  # a row whose name the copy lost (北  京, spaced out, dropped): not
            # read, whose it is no line says, and the table goes on
        elif values:
            break
        elif pending is None or name is None or HAN.search(name.text) or not (
                HAN.search(pending.text)):
            pending = name  # (not Provincial Household under 全省居民: its English)
        k += 1
    if sum(not r.values for r in rows) == 1 and rows and not rows[0].values:
        rows = rows[1:]  # one group's line alone, above the rows: a header's last word
    return rows, k


_HEADER_WORDS_MIN = 4


# where a header run together on one line parts (规模以上工业增加值(亿元)11月同比±%1-11月
# 同比±%): before a month's column after a unit, a month or a percent, and before a
# growth word after them
_HEADER_CUT = re.compile(r"(?<=[)）%月])(?=\d{1,2}(?:[-—~至]\d{1,2})?月|同比|增长|增速|比上年)")


def _header_tokens(line: _Line) -> list[Cell]:
    """A header line's words, a word spaced out to its column's width one again (家 庭,
    项    目), a header run together cut into its columns."""
    out: list[Cell] = []
    pieces: list[tuple[int, int]] = []
    # a footnote's mark ([注 2]) is blanked out, its offsets kept
    text = _NOTE_MARK.sub(lambda m: " " * len(m.group()), line.text)
    line = _Line(line.start, text)
    for m in _TOKEN.finditer(line.text):
        cuts = [m.start(), *(c.start() for c in _HEADER_CUT.finditer(line.text, m.start(),
                                                                   m.end())), m.end()]
        pieces += [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    spaced = False  # the last word was spaced out a character at a time (平 均 每)
    for a, b in pieces:
        cell = Cell(line.start + a, line.start + b, line.text[a:b])
        if out and HAN.fullmatch(cell.text) and (HAN.fullmatch(out[-1].text) or (
                spaced and line.text[out[-1].end - line.start:a] == " ")):
            out[-1] = Cell(out[-1].start, cell.end, out[-1].text + cell.text)
            spaced = True
            continue
        out.append(cell)
        spaced = False
    return out


# marks that stand for no name: a rank's lost mark (? 四川省), a sub-row's "of which"
# mark whose name a copy lost (#  54.06 202.86: a row not read, the table goes on)
_PLACEHOLDERS = frozenset({"?", "？", "-", "—", "/", "*", "#", "＃"})
_NOTE_MARK = re.compile(r"\[注?\s*\d{1,2}\]")
_ACRONYM = re.compile(r"[A-Z]{2,5}(?:[(（][^()（）]{1,6}[)）])?")  # GDP, CPI(%): a header word
_CLAUSE_COMMA = re.compile(r"[\u4e00-\u9fff][,，][\u4e00-\u9fff]")  # a note, not a header


def _line_cells(lines: list[_Line], top: int, first: int) -> list[Cell]:
    """The header as one cell a line (总收入 / 可支配 / 消费性支出), a line of a word's
    first characters only (家 庭) joined to the next."""
    cells: list[Cell] = []
    join = False
    for line in lines[top:first]:
        tokens = [c for c in _header_tokens(line) if HAN.search(c.text)]
        if len(tokens) != 1:
            join = False
            continue
        cell = tokens[0]
        if join and cells:
            cells[-1] = Cell(cells[-1].start, cell.end, cells[-1].text + cell.text)
        else:
            cells.append(cell)
        join = len(cell.text) <= _STUB_MAX and not join
    return cells


_STUB_MAX = 2  # characters of a header line that only begins its word (家 庭)


def _book_header(lines: list[_Line], first: int) -> tuple[list[Cell], str]:
    """The header cells above line ``first`` (a cell broken over lines is one again;
    a unit in brackets ends a cell, an indented line or a blank one starts a new one;
    English words are dropped) and its caption."""
    top = first
    while top > 0 and first - top < _BOOK_HEADER_LINES:
        s = lines[top - 1].text.strip()
        worded = HAN.search(s) is not None
        if _BOOK_CAPTION.search(lines[top - 1].text) or (
                worded and len(s) > _CAPTION_MAX and len(s.split()) < _HEADER_WORDS_MIN) or (
                _SENTENCE_END.search(s)) or _CLAUSE_COMMA.search(s):
            break  # (a long line of many words is a header's: 地区 GDP总值(亿元) 人均GDP …)
        top -= 1
    opening = top
    top = _names_header_line(lines, top, first)
    cells: list[Cell] = []
    parts: list[Cell] = []
    open_cell = False
    side_by_side = False  # the line above held several cells: a row of the header
    previous = 0  # where the cells of the line above start
    for line in lines[top:first]:
        tokens = _header_tokens(line)
        chinese = _header_words(tokens)
        if not chinese:
            open_cell = False
            continue
        if side_by_side and (placed := _under_sectors(cells[previous:], chinese)) is not None:
            cells[previous:] = placed
            open_cell = False
            continue
        if len(chinese) > 1 and all(c.text in table_words("part") for c in chinese):
            parts.extend(chinese)
            open_cell = False
            continue
        previous = len(cells)
        for n, cell in enumerate(chinese):
            unit = _UNIT_LINE.fullmatch(cell.text) is not None or cell.text.startswith(
                ("(", "（"))  # (全区=100): a bracket goes on with the cell above
            indented = n == 0 and line.text[:1] in " \t\u3000"
            # (行政区 地区生产总值 人均GDP, then 本币: the first column under a group, not
            # the group's name going on)
            if cells and open_cell and (unit or (n == 0 and not indented and not side_by_side)):
                last = cells[-1]
                cells[-1] = Cell(last.start, cell.end, last.text + cell.text)
            else:
                cells.append(cell)
            open_cell = not cells[-1].text.endswith((")", "）"))
        side_by_side = len(chinese) > 1
        if len(chinese) < len(tokens):
            open_cell = False  # a bilingual cell ends with its English name
    if parts:
        at = next((i + 1 for i, c in enumerate(cells)
                   if any(w in c.text for w in table_words("whole"))), None)
        if at is None:
            return [], ""
        if parts[0].text in table_words("total"):
            # 总值 | 第一产业 …: the breakdown is the whole's, its total the whole's column
            cells[at:at] = parts[1:]
        else:
            cells[at:at] = parts  # after the whole's own column: its total
    return _corner_split(cells), _book_caption(lines, opening, top)


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")  # an English word of a header (increase, rate)


def _header_words(tokens: list[Cell]) -> list[Cell]:
    """A header line's tokens that name columns: Chinese words, years, acronyms; English
    words are dropped."""
    worded = any(HAN.search(c.text) for c in tokens)
    # (GDP beside Chinese words is a header word; on an English line it is English)
    # (an acronym alone on its line, GDP over (2008), is a header word too: an English
    # line is of words, Gross Domestic Product; a bracketed year goes on with the cell
    # above it; a year inside an English line, increase rate in 2005 over 2004(%), is its
    # words', no column's)
    acronyms = worded or all(_ACRONYM.fullmatch(c.text) for c in tokens)
    # (Item 2009 2010: an English corner, then the years of its columns, kept)
    years = [i for i, c in enumerate(tokens) if BARE_YEAR.fullmatch(c.text)]
    english = not worded and bool(years) and any(
        _ENGLISH_WORD.fullmatch(c.text) for c in tokens[years[0]:])
    return [c for c in tokens if HAN.search(c.text)
             or (not english and (BARE_YEAR.fullmatch(c.text)
                                  or BRACKETED_YEAR.fullmatch(c.text)))
             or (acronyms and _ACRONYM.fullmatch(c.text))]


def _corner_split(cells: list[Cell]) -> list[Cell]:
    """A year word spaced out and run into the first column's word (年 份财政收入): the
    corner (年份) and the column (财政收入) again."""
    if len(cells) < 2 or not HAN.fullmatch(cells[0].text):
        return cells
    head, after = cells[0], cells[1]
    for word in table_words("period"):
        if len(word) == 2 and head.text == word[0] and after.text.startswith(
                word[1]) and len(after.text) > 1:
            return [Cell(head.start, after.start + 1, word),
                    Cell(after.start + 1, after.end, after.text[1:]), *cells[2:]]
    return cells


def _book_caption(lines: list[_Line], opening: int, top: int) -> str:
    """A yearbook table's caption: the short lines above its header's opening line, and
    the lines from there to the names' header line."""
    above: list[str] = []
    k = opening
    # (an English line, a bilingual book's, does not count: 8-8 主要年份农村居民… over two
    # lines of its English title)
    while k > 0 and sum(bool(HAN.search(a)) for a in above) <= _CAPTION_LINES and (
            s := lines[k - 1].text.strip()) and (
            len(s) <= _CAPTION_MAX or not HAN.search(s)):
        above.insert(0, s)
        k -= 1
    above += [s for line in lines[opening:top] if (s := line.text.strip())]
    return " ".join(above)


def _first_column(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A table of years whose header lost words: the word right after its year word (年 份
    生产总值, then cells lost) heads the first column, the one a copy keeps in its place;
    the other columns have no header (none is read). None when no header line opens with
    the year word and a word after it."""
    top = _header_top(lines, first)
    for k in range(top, first):
        tokens = _header_tokens(lines[k])
        if len(tokens) >= 2 and is_period_header(tokens[0].text) and HAN.search(
                tokens[1].text):
            named = tokens[1]
            if _UNIT_LINE.fullmatch(named.text) and (above := _left_words(lines, top, k)):
                # 人均可 / 支配收入 over 年份 (元): the first column's name written down
                # the lines above its unit, the first word of each
                named = Cell(above[0].start, named.end,
                             "".join(c.text for c in above) + named.text)
            blank = Cell(named.end, named.end, "")
            return [tokens[0], named, *([blank] * (width - 1))]
    return None


def _left_words(lines: list[_Line], top: int, k: int) -> list[Cell]:
    """The first Chinese word of each header line from ``top`` to the line ``k`` (its
    lines of words only, each indented as a column's under a corner cell): the first
    column's name broken down the lines; empty when a line opens with another word."""
    words: list[Cell] = []
    for line in lines[top:k]:
        tokens = [c for c in _header_tokens(line) if HAN.search(c.text)]
        if not tokens:
            continue
        if not line.text[:1].isspace() or _UNIT_LINE.fullmatch(tokens[0].text):
            return []  # (a line flush left is a caption's or a group's, no column's)
        words.append(tokens[0])
    return words


# a yearbook table's numbered title (6-15  设区市居民消费价格指数(2006年)): its words
_NUMBERED_TITLE = re.compile(r"^\s*(?:表\s*)?\d{1,2}\s*[-－—]\s*\d{1,2}\s+(\S.*?)\s*$")


def _titled_first_column(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A table of regions whose header a copy broke past placing (居民消费 / 价格指数 on
    two lines among the breakdown's words): its numbered title names the first column,
    the whole a breakdown opens with; the other columns have no header (none is read).
    None without a numbered title of Chinese words right above the header."""
    top = _header_top(lines, first)
    title = lines[top - 1] if top > 0 else None
    m = _NUMBERED_TITLE.match(title.text) if title is not None else None
    if title is None or m is None or not HAN.search(m[1]):
        return None
    named = Cell(title.start + m.start(1), title.start + m.end(1), m[1])
    blank = Cell(named.end, named.end, "")
    return [named, *([blank] * (width - 1))]


def _summed_whole(lines: list[_Line], first: int, rows: list[_BookRow], width: int, *,
                  header: list[Cell], caption: str) -> list[Cell] | None:
    """A table of years or of regions whose caption (主要年份地区生产总值) or a header
    word alone (国内生产总值) names a whole, and whose column the sums of three others
    give (the whole over its sectors), when no header word over that column names it: a
    copy lost the header's spans, and only that column can be given its name, that word.
    One cell a value column, the others blank; None when the header names the column, or
    the sums find none."""
    wholes = table_words("whole")
    # the caption's word, else a header word that is a whole alone (国内生产总值 over the
    # breakdown, its spans lost: 地区 国内生产总值 第一产业 … on lines of their own)
    word = next((w for w in wholes if w in caption), None) or next(
        (key for c in header if (key := spaced_key(c.text)) in wholes), None)
    english = None if word else _english_whole(lines, first)
    total = sum_column([[c.text for c in r.values] for r in rows]) if (
        word or english) else None
    if total is None:
        return None
    if english is not None:
        # Gross Domestic Product, the Chinese word lost: the whole's column by its sums,
        # in the unit its English says (100 million yuan)
        named = Cell(english.start, english.end, wholes[0] + english.text)
        blank = Cell(named.end, named.end, "")
        return [named if k == total else blank for k in range(width)]
    assert word is not None
    if len(header) == width + 1 and any(w in spaced_key(header[total + 1].text)
                                        for w in (*wholes, *table_words("total"))):
        return None  # (地区生产总值 | 第一产业 | …: the header says it already)
    # (not inside 人均国内生产总值, the per-head figure's header)
    found = re.compile(f"(?<!均){re.escape(word)}")
    at = next(((line, m.start()) for line in reversed(
        lines[max(0, first - _BOOK_HEADER_LINES):first]) if (m := found.search(line.text))),
        None)
    if at is None:
        return None
    line, i = at
    named = Cell(line.start + i, line.start + i + len(word), word)
    blank = Cell(named.end, named.end, "")
    return [named if k == total else blank for k in range(width)]


def _english_whole(lines: list[_Line], first: int) -> Cell | None:
    """Where a bilingual header names the whole in English (Gross Domestic Product), not
    a per-head figure (Per Capita GDP), in the lines above ``first``: a cell over the
    name whose text is the unit its English gives, in Chinese and in brackets ((亿元)),
    or empty; None when no line names it."""
    names = "|".join(re.escape(w) for w in table_words("whole_english"))
    found = re.compile(rf"(?<!Capita )(?:{names})")
    above = lines[max(0, first - _BOOK_HEADER_LINES):first]
    for k in range(len(above) - 1, -1, -1):
        if (m := found.search(above[k].text)) is None:
            continue
        # its unit in English on its line or the next: the Chinese unit, in brackets
        tail = above[k].text[m.end():] + " " + (above[k + 1].text if k + 1 < len(above)
                                                else "")
        unit = next((f"({chinese})" for english, chinese in _ENGLISH_UNITS
                     if re.match(rf"\s*\(\s*{english}\s*\)", tail)), "")
        line = above[k]
        return Cell(line.start + m.start(), line.start + m.end(), unit)
    return None


# the units a bilingual yearbook writes in English after a column's name
_ENGLISH_UNITS = (("100 million yuan", "亿元"), ("10 ?000 yuan", "万元"), ("yuan", "元"))


def _header_top(lines: list[_Line], first: int) -> int:
    """The first line of the header above line ``first``: the line under the table's
    number or unit (17-2, 单位:万元), or under a sentence."""
    top = first
    while top > 0 and first - top < _BOOK_HEADER_LINES and not _BOOK_CAPTION.search(
            lines[top - 1].text) and not _SENTENCE_END.search(lines[top - 1].text):
        top -= 1
    return top


def _completed_fragments(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A header whose cells a text copy broke over two lines, side by side (地方财政一般
    地方财政一般 over 预算收入 预算支出): a run of one fragment repeated, the line below
    ending each; then a last cell of a line over the columns of a line below it (指数
    (上年=100) over 地方财政一般 预算收入 | 预算支出). A corner cell before the columns;
    None unless they come to ``width``."""
    rows = [[c for c in _header_tokens(line) if HAN.search(c.text)]
            for line in lines[_header_top(lines, first):first]]
    rows = [row for row in rows if row]
    merged = False
    for i in range(len(rows) - 1):
        row, below = rows[i], rows[i + 1]
        n = len(below)
        for at in range(len(row) - n + 1):
            run = row[at:at + n]
            if n > 1 and len({c.text for c in run}) == 1 and len({c.text for c in below}) == n:
                row[at:at + n] = [Cell(c.start, c.end, c.text + b.text)
                                  for c, b in zip(run, below, strict=True)]
                below.clear()
                merged = True
                break
    rows = [row for row in rows if row]
    if not merged:
        return None
    cells = [c for row in rows for c in row]
    if len(cells) == width + 1 and len(rows) > 1:
        group, subs = rows[0][-1], [c for row in rows[1:] for c in row]
        cells = [*rows[0][:-1], *(Cell(c.start, c.end, group.text + c.text) for c in subs)]
    if len(cells) != width:
        return None
    return [Cell(cells[0].start, cells[0].start, ""), *cells]


@cache
def _english_words() -> dict[str, str]:
    return {row["english"].lower(): row["chinese"]
            for row in data_table("plantrack.extract", "english_columns.tsv")}


def _english_columns(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A bilingual header read by its English line of one word a column (人均可支配收入
    人均消费性支出 over Amount Rank Growth Rank Amount Rank Growth Rank): each Chinese
    group above it stands over an equal share of the columns, each column its group's
    name and its word's Chinese (人均可支配收入位次); a corner cell before them. None
    when no line above the rows has ``width`` such words."""
    top = _header_top(lines, first)
    words = _english_words()
    for k in range(top, first):
        tokens = _header_tokens(lines[k])
        if len(tokens) != width or not all(c.text.lower() in words for c in tokens):
            continue
        groups = [c for line in lines[top:k] for c in _header_tokens(line)
                  if HAN.search(c.text) and not is_names_header(c.text)
                  and header_role(c.text) != "growth" and not _is_rank_cell(c.text)]
        if not groups or width % len(groups):
            return None
        share = width // len(groups)
        corner = Cell(tokens[0].start, tokens[0].start, "")
        return [corner, *(Cell(c.start, c.end, groups[n // share].text + words[c.text.lower()])
                          for n, c in enumerate(tokens))]
    return None


def _ranked_groups(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A bilingual header of groups, their columns and a rank after each group's columns
    (粮食 肉类 奶类 over 总产量 人均产量 three times, over Amount Output Rank three
    times): the English line of one word a column says where the ranks stand, which the
    Chinese lines leave unnamed. Each column is its group's name and its Chinese word
    (粮食总产量, 粮食位次); a corner cell before them. None unless the header reads so."""
    top = _header_top(lines, first)
    words = _english_words()
    for k in range(top, first):
        tokens = _header_tokens(lines[k])
        if len(tokens) != width or not all(re.fullmatch(r"[A-Za-z]+", c.text) for c in tokens):
            continue
        ranks = [c.text.lower() in words and _is_rank_cell(words[c.text.lower()])
                 for c in tokens]
        chinese = [cells for line in lines[top:k]
                   if len(cells := [c for c in _header_tokens(line)
                                    if HAN.search(c.text)]) > 1]
        if not any(ranks) or len(chinese) != 2:
            return None
        groups, subs = chinese
        if width % len(groups) or len(subs) % len(groups):
            return None
        share, per = width // len(groups), len(subs) // len(groups)
        if any(ranks[n:n + share].count(False) != per for n in range(0, width, share)):
            return None
        named = iter(subs)
        corner = Cell(tokens[0].start, tokens[0].start, "")
        return [corner, *(Cell(c.start, c.end, groups[n // share].text + (
            words[c.text.lower()] if ranks[n] else next(named).text))
            for n, c in enumerate(tokens))]
    return None


def _under_sectors(above: list[Cell], line: list[Cell]) -> list[Cell] | None:
    """The cells of the line above with a line of sectors' parts under it placed (第二产业
    … 第二产业 … 生产总值 over 工业 工业 (元)): each part right after the next cell of its
    sector, a unit in brackets ending the line's last cell. None unless the line is all
    such parts and units, each part under a sector of its own."""
    sectors = sector_parts()
    if not any(c.text in sectors for c in line) or not all(
            c.text in sectors or _UNIT_LINE.fullmatch(c.text) for c in line):
        return None
    out = list(above)
    after = 0
    for cell in line:
        if cell.text not in sectors:
            last = out[-1]
            out[-1] = Cell(last.start, cell.end, last.text + cell.text)
            continue
        at = next((k for k in range(after, len(out)) if out[k].text == sectors[cell.text]),
                  None)
        if at is None:
            return None
        out.insert(at + 1, cell)
        after = at + 2
    return out


def _names_header_line(lines: list[_Line], top: int, first: int) -> int:
    """The line the header starts on: the first one opening with the names' column
    word (地区, 指标, 项目); the short lines above it are the caption (各地GDP年均增长率 /
    (1979-2008)), not header cells. ``top`` when no line opens so."""
    for k in range(top, first):
        tokens = _header_tokens(lines[k])
        if tokens and is_names_header(tokens[0].text):
            return k
    return top


def _titles_off(header: list[Cell], caption: str, lines: list[_Line],
                ) -> tuple[list[Cell], str]:
    """A header whose first lines are the table's number and title alone (表一 /
    钦北区2020年GDP构成表 over 行业 增速% 结构): those lines go to the caption."""
    k = 0
    while k < len(header) and _TITLE_LINE.fullmatch(header[k].text) and _alone_on_line(
            header[k], lines):
        k += 1
    if not k or k == len(header):
        return header, caption
    return header[k:], " ".join([caption, *(c.text for c in header[:k])]).strip()


# a table's number or its title alone on a line (表一, 表1, …GDP构成表)
_TITLE_LINE = re.compile(rf"{_TABLE_NUMBER.pattern}|\S{{2,40}}表")


def _alone_on_line(cell: Cell, lines: list[_Line]) -> bool:
    return lines[_line_index(lines, cell.start)].text.strip() == cell.text


def _line_index(lines: list[_Line], at: int) -> int:
    """The index of the line ``at`` stands on (lines in order of their starts)."""
    return max(0, bisect_right(lines, at, key=lambda ln: ln.start) - 1)


def _fold_groups(header: list[Cell], width: int, lines: list[_Line]) -> list[Cell]:
    """A header of groups and their columns (市别 工业企业单位数(个) over 2000 2005 …, or
    行政区 地区生产总值 人均GDP over 本币(亿元) 美元(亿元) … twice): the groups, on the
    names' header's line, each stand over an equal share of the columns below, or over
    the columns from each repeat of the first one's word on (位次 本币 美元 占比 | 位次 …)."""
    extra = len(header) - width - 1
    if extra < 1 or not header:
        return header
    subs = header[extra + 1:]
    repeats = [k for k, sub in enumerate(subs) if sub.text == subs[0].text]
    if len(repeats) == extra:
        owner = [sum(k >= r for r in repeats) - 1 for k in range(len(subs))]
    elif width % extra == 0:
        owner = [k // (width // extra) for k in range(len(subs))]
    else:
        return header
    line_of = [_line_index(lines, c.start) for c in header]
    if line_of[extra + 1] == line_of[0]:
        return _one_group(header, width, line_of)
    if len(set(line_of[1:extra + 1])) != 1 or line_of[0] > line_of[1]:
        return header  # (the groups on one line; the names' word there or on a line above:
        # 项目 Item / 城镇居民人均可支配收入 农村居民人均可支配收入 / 数值 增长 数值 增长)
    groups = header[1:extra + 1]
    out = [header[0]]
    for k, sub in enumerate(subs):
        group = groups[owner[k]]
        text = (sub.text + group.text if BARE_YEAR.match(sub.text)
                else group.text + sub.text)  # 2000工业企业单位数(个); 地区生产总值本币(亿元)
        out.append(Cell(sub.start, sub.end, text))
    return out


def _one_group(header: list[Cell], width: int, line_of: list[int]) -> list[Cell]:
    """区(市) GDP总量 增长率(%) over 本币 折合美元: one column of the names' line, its
    first that is no growth's, a group over the next line's columns, the others standing
    alone over two lines (a wiki's rowspan), in their places."""
    top = [c for c, n in zip(header, line_of, strict=True) if n == line_of[0]]
    subs = [c for c, n in zip(header, line_of, strict=True) if n != line_of[0]]
    lower = {n for n in line_of if n != line_of[0]}
    if len(top) - 2 + len(subs) != width or len(subs) < 2 or len(lower) != 1:
        return header  # (the sub-columns on one line below, replacing one column)
    at = next((k for k, c in enumerate(top) if k and header_role(c.text) != "growth"), None)
    if at is None:
        return header
    group = top[at]
    return [*top[:at], *(Cell(s.start, s.end, group.text + s.text) for s in subs),
            *top[at + 1:]]


def _years_placed(lines: list[_Line], first: int, width: int,
                  found: tuple[list[Cell], str], *, book_caption: str, rows: list[_BookRow],
                  ) -> tuple[list[Cell], bool, str, list[_BookRow]]:
    """A table of years' header no reader above trusted: its groups over their parts
    (with the caption over the whole header), else its columns' names and the first
    group's line after them (地方一般预算收入 … 个人所得税 | 数(亿元), then the rows, then
    比上年增长(%) and its rows: the line a group of its own, the first rows'), else its
    first column alone; else ``found`` as it was, untrusted. ``rows`` with the first
    group's row when one is read."""
    header, caption = found
    if (shared := _shared_parts(lines, first, width)) is not None:
        return shared, True, book_caption, rows
    if (stacked := _stacked_names(lines, first, width)) is not None:
        return stacked, True, book_caption, rows
    if len(header) == width + 1 and unit_in(header[-1].text) is not None and any(
            not r.values for r in rows) and all(
            HAN.search(c.text) and not is_period_header(c.text) for c in header[:-1]):
        corner = Cell(header[0].start, header[0].start, "")
        return ([corner, *header[:width]], True, book_caption,
                [_BookRow(header[-1], (), ()), *rows])
    if (named := _first_column(lines, first, width)) is not None:
        return named, True, caption, rows
    return header, False, caption, rows


def _stacked_names(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A header whose column names a copy wrote down the lines a piece at a time, each
    line's pieces flush right over the columns (平均每人 / 全年可支 / 配 收 入 / (元)), its
    last line a unit over each of them: a column every line gives a piece to is named by
    its pieces top down, ending in its unit; the others have no header (none is read).
    An empty corner first; None unless a line of units and a named column stand."""
    rows = [[c for c in _header_tokens(lines[k]) if HAN.search(c.text)
             or c.text.startswith(("(", "（"))]
            for k in range(_header_top(lines, first), first)]
    rows = [row for row in rows if row]
    if len(rows) < 3 or len(rows[-1]) != width or not all(
            _UNIT_LINE.fullmatch(c.text) for c in rows[-1]) or any(
            len(row) > width for row in rows) or any(
            is_names_header(c.text) for row in rows for c in row):
        return None
    out: list[Cell] = []
    for j in range(width):
        back = width - j  # this column's place from the right
        pieces = [row[-back] for row in rows if len(row) >= back]
        whole = len(pieces) == len(rows)
        out.append(Cell(pieces[0].start, pieces[-1].end, "".join(c.text for c in pieces))
                   if whole else Cell(rows[-1][j].start, rows[-1][j].start, ""))
    if not any(c.text for c in out):
        return None
    return [Cell(out[0].start, out[0].start, ""), *out]


def _shared_parts(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A header of groups on one line over the same parts under each of them on a later
    line (城市居民人均可支配收入 农村居民人均纯收入 over 绝对数(元) 指数 绝对数(元) 指数), later
    groups' parts in English only (an Engel coefficient): each group stands over an
    equal share of the columns, each column its group's name and its part's, a group
    without Chinese parts its name alone; or over different parts that are all the first
    group's, the other groups standing alone; or each over the same parts at the right
    of the row, the first columns named in English alone. An empty corner first; None
    unless the parts repeat group by group and come to a whole number of shares, or with
    the other groups to the row's width."""
    rows = [_bracketed_on(lines[k]) for k in range(_header_top(lines, first), first)]
    rows = [cells for cells in rows if cells]
    # (a line of groups over a later line of parts, or over all the lines after it: each
    # group's parts on a line of their own, 绝对值 指数 / 绝对值 指数)
    pairs = [*itertools.combinations(rows, 2),
             *((row, [c for later in rows[i + 1:] for c in later])
               for i, row in enumerate(rows) if len(rows) - i > 2)]
    for groups, parts in pairs:
        if len(groups) < 2 or any(is_names_header(c.text) for c in (*groups, *parts)):
            continue
        if len(parts) > 1 and len(parts) + len(groups) - 1 == width and len({
                _BRACKET_TAIL.sub("", c.text) for c in parts}) == len(parts) and all(
                _BRACKET_TAIL.search(c.text) for c in parts):
            # 人均可支配收入 恩格尔系数 人均住房面积 over 绝对数(元) 指数(上年=100): the parts
            # all the first group's, every other group one column alone (parts with their
            # units or bases, not words going on down the lines, 人均可 over 支配收入)
            return [Cell(groups[0].start, groups[0].start, ""),
                    *(Cell(p.start, p.end, groups[0].text + p.text) for p in parts),
                    *groups[1:]]
        per = len(parts) // len(groups)
        if per >= 2 and per * len(groups) == len(parts) < width and all(
                _BRACKET_TAIL.sub("", parts[k].text) == _BRACKET_TAIL.sub("", parts[k % per].text)
                for k in range(len(parts))):
            # Number of … (English only) | 工业总产值 绝对值 指数 | 工业增加值 绝对值 指数:
            # every group over its own parts, the first columns named in English alone
            out = [Cell(groups[0].start, groups[0].start, "")]
            out += [Cell(groups[0].start, groups[0].start, "")] * (width - len(parts))
            for n, group in enumerate(groups):
                out += [Cell(p.start, p.end, group.text + p.text)
                        for p in parts[n * per:(n + 1) * per]]
            return out
        share = width // len(groups)
        if width % len(groups) or share < 2 or not parts or len(parts) % share or len(
                parts) // share > len(groups) or len(parts) == width:
            continue
        words = [_BRACKET_TAIL.sub("", c.text) for c in parts]
        if any(words[k] != words[k % share] for k in range(len(words))):
            continue  # (绝对数 指数 绝对数 指数: each group's parts the same)
        out = [Cell(groups[0].start, groups[0].start, "")]
        for n, group in enumerate(groups):
            own = parts[n * share:(n + 1) * share] or [Cell(group.end, group.end, "")] * share
            out += [Cell(part.start, part.end, group.text + part.text) for part in own]
        return out
    return None


def _bracketed_on(line: _Line) -> list[Cell]:
    """A header line's Chinese cells, a bracket standing alone (绝对数 (元)) joined to the
    cell before it."""
    cells: list[Cell] = []
    joined = False  # the token before was kept: a bracket right after it is its own
    for c in _header_tokens(line):
        if joined and c.text.startswith(("(", "（")) and not _BRACKET_TAIL.search(
                cells[-1].text):
            cells[-1] = Cell(cells[-1].start, c.end, cells[-1].text + c.text)
        elif HAN.search(c.text):
            cells.append(c)
        joined = bool(HAN.search(c.text))
    return cells


# a bracket's tail, closed or cut off (指数(1979=100, 绝对数(元)): the part's word before it
_BRACKET_TAIL = re.compile(r"[(（][^)）]*[)）]?$")


_YEAR_IN = re.compile(YEAR)


def _years_only(header: list[Cell], width: int) -> list[Cell]:
    """项目 | 2005 … 2012 over the rows, then 城乡居民收入与支出(元), a group's line above the
    first rows: the names' word and ``width`` years are the header, the words after them
    a group's, no column's."""
    years = header[1:width + 1]
    if len(header) > width + 1 and is_names_header(header[0].text) and all(
            BARE_YEAR.fullmatch(c.text) for c in years) and all(
            int(a.text[:4]) < int(b.text[:4]) for a, b in itertools.pairwise(years)) and all(
            HAN.search(c.text) and not _YEAR_IN.search(c.text)
            for c in header[width + 1:]):
        return header[:width + 1]
    return header


def _leading_years(lines: list[_Line], first: int, width: int) -> list[Cell] | None:
    """A header line that opens with a run of years and goes on in words over other
    columns (1990 2000 2005 2006 2007 指数 Index(…) 平均增长速度, a yearbook's main
    indicators: the levels of those years, then indices of them): the years head the
    first value columns, one each, the later columns no word places (none is read). An
    empty corner cell first; None without such a line."""
    for line in lines[_header_top(lines, first):first]:
        tokens = _header_tokens(line)
        run = list(itertools.takewhile(lambda c: BARE_YEAR.fullmatch(c.text), tokens))
        if (len(run) >= _BOOK_ROWS_MIN and len(run) < width and len(tokens) > len(run)
                and HAN.search(tokens[len(run)].text)
                and all(int(a.text[:4]) < int(b.text[:4]) for a, b in itertools.pairwise(run))):
            blank = Cell(run[-1].end, run[-1].end, "")
            return [Cell(run[0].start, run[0].start, ""), *run, *([blank] * (width - len(run)))]
    return None


def _is_rank_cell(text: str) -> bool:
    """A column of ranks, a ranking word after what it ranks by (GDP排行, 人均GDP位次)."""
    return spaced_key(text).endswith(table_words("ranking"))


def unranked_cells(values: Sequence[Cell], width: int, ranks: Collection[int], at: int,
                   ) -> tuple[Cell, ...] | None:
    """A total's row (全省总计) that leaves out exactly the ``width`` columns' rank
    columns (their indexes ``ranks``): its ``values`` in the others, in order, and an
    empty cell where the row's text is at ``at`` for each rank. None when the count of
    values is not the count of the others."""
    if not ranks or len(values) != width - len(ranks):
        return None
    rest = iter(values)
    out: list[Cell] = []
    for k in range(width):
        if k in ranks:
            end = out[-1].end if out else at
            out.append(Cell(end, end, ""))
        else:
            out.append(next(rest))
    return tuple(out)


def _book_cells(row: _BookRow, width: int, lead: int = 0) -> tuple[Cell, ...] | None:
    """A row's ``width`` value cells: a row with fewer values left cells out where the
    spaces between its values are widest (鼓楼区 108.0   107.7: no 第一产业). None when
    the space after its name is wider than any whole row's (``lead``): its first cells
    are left out, how many no space says (1978     126.01 100.0)."""
    missing = width - len(row.values)
    if not row.values:
        return (Cell(row.name.end, row.name.end, ""),) * width  # a group's line
    if missing < 0 or (missing and lead and row.gaps[0] > lead + 1):
        return None
    wide = sorted(range(1, len(row.gaps)), key=lambda i: -row.gaps[i])[:missing]
    if missing and (len(wide) < missing or min(row.gaps[i] for i in wide) <= min(row.gaps[1:])):
        # spaces all alike: the row stops short (no deposits for a district), its last
        # cells left out
        empty = Cell(row.values[-1].end, row.values[-1].end, "")
        return (*row.values, *([empty] * missing))
    out: list[Cell] = []
    for i, cell in enumerate(row.values):
        if i in wide:
            out.append(Cell(cell.start, cell.start, ""))
        out.append(cell)
    return tuple(out)


def _one_corner(header: list[Cell], width: int) -> list[Cell]:
    """``header`` with the words before its ``width`` years as one corner cell (项  目  名
    称 单位 2016年 … over 一、年末户籍人口 万人 26.48 …: a word spaced out, and the unit's,
    whose cells the names took in), when more than one stand there."""
    if len(header) <= width + 1 or not all(BARE_YEAR.fullmatch(c.text)
                                           for c in header[-width:]):
        return header
    corner = header[:-width]
    return [Cell(corner[0].start, corner[-1].end, "".join(c.text for c in corner)),
            *header[-width:]]


def _yearbooks(lines: list[_Line]) -> Iterator[Grid]:
    """A yearbook's table, as a web page's text copy gives it: a header of many short
    lines (生产总值 / (亿元), 人均生产 / 总值(元), a line of a breakdown's parts, an English
    line), then rows of regions, a name (in Chinese, English or both) and its values cut
    by spaces, on one line or on two."""
    k = 0
    while k < len(lines):
        rows, end = _book_rows(lines, k)
        if len(rows) < _BOOK_ROWS_MIN:
            k = max(end, k + 1)
            continue
        first = next(i for i in range(k, end)
                     if lines[i].start + len(lines[i].text) >= rows[0].name.start)
        above = first - 1
        while above > k and not lines[above].text.strip():
            above -= 1
        if rows[0].name.start > lines[first].start and above >= k and _GROUP_LINE.fullmatch(
                lines[above].text):
            first = above  # 济南市 over 历下区 …: a group line, no header word
        widths = [len(r.values) for r in rows if r.values]
        width = max(set(widths), key=widths.count)
        header, caption = _titles_off(*_book_header(lines, first), lines)
        book_caption = caption
        years = all(is_year_name(r.name.text) for r in rows if r.values)
        # (1990 2000 2005 2006 2007 指数 … over a yearbook's rows of indicators)
        header = (None if years else _leading_years(lines, first, width)) or _years_only(
            header, width)
        header = _one_corner(
            _ranked_groups(lines, first, width) or _fold_groups(header, width, lines), width)
        if len(header) not in (width, width + 1):
            # the one line right above the rows (规模以上工业增加值(亿元)11月同比±%…)
            above = first - 1
            while above > 0 and not lines[above].text.strip():
                above -= 1
            line_header = [c for c in _header_tokens(lines[above])
                           if HAN.search(c.text)
                           or BARE_YEAR.fullmatch(c.text)]
            if len(line_header) in (width, width + 1):
                header, caption = line_header, _caption(lines, above)
        if len(header) not in (width, width + 1):
            header = _line_cells(lines, _header_top(lines, first), first) or header
        # (rows of years: their header is trusted when its year word stands over the years
        # and a word over each column, or when a whole English or completed line reads
        # it; not 人均地区 … 收入总值 with words lost, nor 年份 over a value column)
        trusted = not years or (len(header) == width + 1 and is_period_header(header[0].text))
        if len(header) not in (width, width + 1):
            found = (_english_columns(lines, first, width)
                     or _completed_fragments(lines, first, width))
            header, trusted = (found, True) if found else (header, trusted)
        if not years and len(header) not in (width, width + 1) and (
                titled := _titled_first_column(lines, first, width)):
            header = titled
        if (years or len(header) not in (width, width + 1)) and (
                summed := _summed_whole(lines, first, rows, width, header=header,
                                        caption=caption)):
            header, trusted = summed, True
        if years and not trusted:
            header, trusted, caption, rows = _years_placed(
                lines, first, width, (header, caption), book_caption=book_caption, rows=rows)
        if len(header) == width + 2 and is_rank_header(header[0].text):
            header = header[1:]  # 排名 城市 2018 2017: the rank before each name, no value
        if len(header) == width and header:
            # no word over the names' column: an empty corner cell
            header.insert(0, Cell(header[0].start, header[0].start, ""))
        if len(header) == width + 1 and trusted:
            ranks = [k for k, c in enumerate(header[1:]) if _is_rank_cell(c.text)]
            lead = max((r.gaps[0] for r in rows if len(r.values) == width), default=0)
            body = [(r.name, *cells) for r in rows
                    if (cells := unranked_cells(r.values, width, ranks, r.name.end)
                             or _book_cells(r, width, lead))]
            if len(body) >= _BOOK_ROWS_MIN:
                yield _grid([tuple(header), *body], caption, header_rows=1)
        k = end


# --- a ranked list: one line per region, its figures after its name -------------------

# 1、迁安市, 1160.3亿 ,增速 6.7%  /  2. 丰润区 980.0亿元 增长1.5%
# (the rank may be left out: 郑州市 15244.57 / #金水区 2272.28, one region a line; the
# name's province may follow it in brackets: 3、广州(广东)18100亿元)
#: A ranked row's rank before its name (1、上海, 2. 北京, 1,广州), as a regex fragment.
RANK_MARK = r"\d{1,3}[、.．,，]"
# a two-character name spaced out to a three-character one's width (北 京 beside 内蒙古)
_SPACED_NAME = r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
_RANKED = re.compile(
    rf"[ \t]*(?:(?:{RANK_MARK}|{COUNTDOWN}[ \t]*[:：.、]?|\d{{1,3}}[ \t](?=[ \t]*[\u4e00-\u9fff]))"
    r"[ \t]*)?"
    rf"(#?[\u4e00-\u9fff]{{2,10}}|{_SPACED_NAME})(?:[(（][\u4e00-\u9fff]{{2,4}}[)）])?"
    r"[ \t]*[,，:：]?(.+)")
_RANKED_CELL = re.compile(
    r"([\u4e00-\u9fff]{0,6})[ \t]*"
    r"([-+−]?\d[\d,]*(?:\.\d+)?(?:[ \t]*%|[亿万千]?(?:美元|元|人|吨|个|户|家)?))")
_RANKED_SEP = re.compile(r"[ \t]*[,，;；]?[ \t]*")
_RANKED_NOTE = re.compile(r"[ \t]*[(（][^()（）]{1,8}[)）][ \t]*$")
_RANKED_WORD_NOTE = re.compile(r"[ \t]+[\u4e00-\u9fff]{2,8}[ \t]*$")  # (… 2.6 江苏)
_RANKED_MIN = 3
_RANKED_HEADER_MIN = 3  # words of a ranked list's header line: the names' and two columns'
_RANKED_LINE_MAX = 80  # characters of a ranked list's line
_RANKED_ANY = re.compile(
    rf"^[ \t]*(?:(?:\d{{1,3}}(?:[、.．,，]|[ \t])|{COUNTDOWN}[ \t]*[:：.、]?)[ \t]*[\u4e00-\u9fff]"
    rf"|(?:#?[\u4e00-\u9fff]{{2,10}}|{_SPACED_NAME})[ \t]*[,，:：]?[ \t]*[-−]?\d)", re.MULTILINE)


def _ranked_row(line: _Line, columns: int = 0, *,
                noted: bool = False) -> tuple[Cell, list[tuple[str, Cell]]] | None:
    """A ranked line's name and its (label, value) cells, if every part is one; with a
    header of ``columns`` value columns above, as many values, whatever their labels (and,
    ``noted``, a closing word of the header's note column: 江苏)."""
    if len(line.text) > _RANKED_LINE_MAX or not any(c.isdigit() for c in line.text):
        return None  # (a paragraph: no row of a list; one search spared per line)
    m = _RANKED.fullmatch(line.text)
    if m is None:
        return None
    name = Cell(line.start + m.start(1), line.start + m.end(1), m[1])
    cells: list[tuple[str, Cell]] = []
    at = m.start(2)
    # (a note in brackets closing the line, (沪), (广东1), is no cell)
    note = (_RANKED_WORD_NOTE if noted else _RANKED_NOTE).search(line.text)
    end = note.start() if note else len(line.text)
    for cell in _RANKED_CELL.finditer(line.text, at, end):
        if _RANKED_SEP.fullmatch(line.text[at:cell.start()]) is None and cell.start() > at:
            if not (columns and (word := _word_cell(line, at, cell.start()))):
                return None  # words between the cells: a sentence, no ranked line
            cells.append(("", word))
        a = line.start + cell.start(2)
        cells.append((cell[1], Cell(a, a + len(cell[2]), cell[2])))
        at = cell.end()
    if columns and (word := _word_cell(line, at, end)):
        cells.append(("", word))  # (1 河北 3698 全部开工: a status closing the row)
        at = end
    if line.text[at:end].strip(" \t,，;；。"):
        return None
    if columns:
        return (name, cells) if len(cells) == columns else None
    if sum(not label for label, _ in cells) > 1:
        return None  # 北京 108.84 11,115.00 10.54: which unlabelled value is which is unsaid
    return (name, cells) if cells else None


_WORD_CELL = re.compile(r"[ \t]+([\u4e00-\u9fff]{2,6})[ \t]*")


def _word_cell(line: _Line, a: int, b: int) -> Cell | None:
    """A cell of words alone between a ranked row's values, under a header of the list's
    own (1 河北 3698 3698 全部开工 53.00: a status where a rate stands in other rows)."""
    m = _WORD_CELL.fullmatch(line.text, a, b)
    return None if m is None else Cell(line.start + m.start(1), line.start + m.end(1), m[1])


# two lists side by side: 1、上海 3930.64-----------胜-----------1、广州 2103.21 (a run of
# dashes, a word between them or none) or a wide gap of spaces between two items
_SIDE_BY_SIDE = re.compile(r"-{4,}[^\d\n-]{0,4}-{4,}|-{6,}|[ \t\u3000]{6,}")


def _ranked_rows(line: _Line, columns: int = 0, *,
                 noted: bool = False) -> list[tuple[Cell, list[tuple[str, Cell]]]]:
    """The ranked rows of a line: one, or one of each of two lists printed side by side."""
    if (row := _ranked_row(line, columns, noted=noted)) is not None:
        return [row]
    cut = _SIDE_BY_SIDE.search(line.text)
    if cut is None or len(line.text) > 2 * _RANKED_LINE_MAX:
        return []
    halves = (_Line(line.start, line.text[:cut.start()]),
              _Line(line.start + cut.end(), line.text[cut.end():]))
    rows = [_ranked_row(half, columns) for half in halves]
    return [row for row in rows if row is not None] if all(rows) else []


# a header word a copy cut in two: a year from its 年 (2016 年GDP), a unit in brackets
# from its name (年GDP (亿))
_CUT_HEADER_WORD = re.compile(r"[(（][^()（）]{1,4}[)）]|年\S*")
_HEADER_YEAR = re.compile(r"(?:19|20)\d\d")


def _header_cells(line: _Line) -> list[Cell]:
    """The words of a header line, each a cell, with the pieces a copy cut apart joined
    (2016 年GDP (亿): 2016年GDP(亿), one column's)."""
    words: list[Cell] = []
    for m in _TOKEN.finditer(line.text):
        word = Cell(line.start + m.start(), line.start + m.end(), m.group())
        last = words[-1] if words else None
        if last is not None and _CUT_HEADER_WORD.fullmatch(word.text) and (
                word.text[0] != "年" or _HEADER_YEAR.fullmatch(last.text)):
            words[-1] = Cell(last.start, word.end, last.text + word.text)
        else:
            words.append(word)
    return words


def _header_tail(line: _Line, words: list[Cell]) -> list[Cell]:
    """The header's words from its names' column's word on, where the caption runs on to
    it on one line (…节能目标完成情况 地 区 2007年万元GDP能耗 降低目标(%)): the words
    spaced out a character a space joined (地 区: 地区); ``words`` when the line opens
    with that word or has none."""
    if words and (is_rank_header(words[0].text) or is_region_header(words[0].text)):
        return words
    joined = list(_joined(line, words))
    for j in range(len(joined) - 1, 0, -1):
        if is_region_header(joined[j].text):
            return joined[j - 1 if is_rank_header(joined[j - 1].text) else j:]
    return words


def _unit_folded(columns: list[Cell], line: _Line) -> list[Cell] | None:
    """A header's column words cut by spaces inside a column (2007年万元GDP能耗 降低目标(%)
    2007年万元GDP能耗 降低率(%)) joined up to each column's closing unit bracket; None
    when the last word closes no bracket or nothing joins."""
    if not columns or not columns[-1].text.endswith((")", "）")):
        return None
    out: list[Cell] = []
    start: Cell | None = None
    for word in columns:
        start = start or word
        if word.text.endswith((")", "）")):
            a, b = start.start - line.start, word.end - line.start
            out.append(Cell(start.start, word.end, line.text[a:b]))
            start = None
    return out if len(out) < len(columns) else None


def _ranked_header(line: _Line) -> tuple[list[Cell], bool] | None:
    """A ranked list's header line (排名 城市 GDP(人民币) 增长率 08年人口(万) 人均GDP): its
    value columns' words, after the rank's and the names' (each a word, none a value), and
    whether a last column of words closes each row (所属省份: 江苏)."""
    words = _header_tail(line, _header_cells(line))
    if len(words) < _RANKED_HEADER_MIN or any(_is_value(w.text) for w in words):
        return None
    if is_rank_header(words[0].text):
        words = words[1:]
    noted = len(words) > 2 and words[-1].text in table_words("note_column")
    if noted or (words and words[-1].text.startswith(("(", "（"))):
        words = words[:-1]  # (省、直辖市、特区): a note's column, the rows' closing brackets
    if not words or not is_region_header(spaced_key(words[0].text)):
        return None  # (a list of regions: 指标 over rows of indicators is a yearbook's)
    return words[1:], noted


_LEAD_IN_MAX = 200  # a sentence that ends by opening a list below it (…具体如下:)


def _lead_in(lines: list[_Line], first: int) -> str:
    """The line right above line ``first`` when it opens what follows (…各区县具体如下:),
    or says it ranks them (去年湖南各市州的GDP排行情况…整理好了。 over 1、长沙市:…)."""
    k = first - 1
    while k > 0 and not lines[k].text.strip():
        k -= 1  # (a blank line between the lead-in and the list)
    above = lines[k].text.strip() if first > 0 else ""
    if len(above) > _LEAD_IN_MAX and above.endswith((":", "：")):
        # a paragraph whose last sentence opens the list (…。根据信息汇总,2015年中国城市GDP
        # (经济总量)10强排名如下:): that sentence
        above = _SENTENCE_END.split(above)[-1].strip()
    if len(above) > _LEAD_IN_MAX:
        return ""
    if above.endswith((":", "：")) or any(w in above for w in table_words("ranking")):
        return above
    return ""


_NOT_UNIT = re.compile(r"[-+−\d.,\s]+")
_ODD_ROWS = 3  # unreadable rows in a row a ranked list may pass over


def _like_row(line: _Line, run: list[tuple[Cell, list[tuple[str, Cell]]]]) -> bool:
    """Whether ``line`` gives a figure in the run's unit (亿元) on a line no longer than a
    row's: a row a page's noise made unreadable, when it is no row."""
    if not run or not run[0][1] or len(line.text) > _RANKED_LINE_MAX:
        return False
    unit = _NOT_UNIT.sub("", run[0][1][0][1].text)
    return bool(unit) and re.search(rf"\d{re.escape(unit)}", line.text) is not None


def _ranked_lines(lines: list[_Line]) -> Iterator[tuple[Grid, bool]]:
    """A ranked list of regions (1、迁安市, 1160.3亿 ,增速 6.7%), one line each, the
    indicator and year in the heading above: a table whose columns the labels before
    the values name (增速), a value without one a result (one at most a line: of several
    bare values, which is the result no word says; or, under a header line of the list's
    own, each value its column's); with whether that header line heads it."""
    parsed: dict[tuple[int, int, bool], list[tuple[Cell, list[tuple[str, Cell]]]]] = {}
    noted = False

    def rows_at(at: int, width: int) -> list[tuple[Cell, list[tuple[str, Cell]]]]:
        if (at, width, noted) not in parsed:  # (a line asked about again as the next run's)
            parsed[at, width, noted] = _ranked_rows(lines[at], width, noted=noted)
        return parsed[at, width, noted]

    k = 0
    while k < len(lines):
        run: list[tuple[Cell, list[tuple[str, Cell]]]] = []
        above = k - 1
        while above > 0 and not lines[above].text.strip():
            above -= 1  # (a blank line between the header line and the first row)
        heading = _ranked_header(lines[above]) if k and _RANKED_ANY.match(
            lines[k].text) else None
        columns, noted = heading if heading is not None else (None, False)
        first = k
        width = len(columns or ())
        if columns and not rows_at(k, width) and (
                folded := _unit_folded(columns, lines[above])) and rows_at(k, len(folded)):
            columns, width = folded, len(folded)  # (a column's words cut by a space)
        while k < len(lines) and (found := rows_at(k, width)) and (
                columns or all([lb for lb, _ in row[1]] == [lb for lb, _ in (run or found)[0][1]]
                               for row in found)):
            run.extend(found)
            k += 1
            if columns and k + 1 < len(lines) and not rows_at(k, width) and rows_at(
                    k + 1, width):
                k += 1  # 香港 20401.00亿港元(约16598亿元) …: a row of another shape among them
            odd = k
            while odd < len(lines) and odd - k < _ODD_ROWS and _like_row(lines[odd], run) and (
                    not rows_at(odd, width)):
                odd += 1  # 澳门新葡京NO.2 深圳19492.60亿元;: rows a page's noise ran into
            if odd > k and odd < len(lines) and rows_at(odd, width):
                k = odd
            if k + 1 < len(lines) and not lines[k].text.strip() and lines[k + 1].text.strip():
                k += 1  # 1.安岳县11.96亿元 / (blank) / 2.雁江区…: a page's copy parts items
        if len(run) >= _RANKED_MIN:
            name = run[0][0]
            header = [Cell(name.start, name.start, "地区"), *(columns or (
                Cell(c.start, c.start, label or "数值") for label, c in run[0][1]))]
            rows = [tuple(header), *((n, *(c for _, c in cells)) for n, cells in run)]
            top = above if columns is not None else first  # (a header line: the caption's
            # lines stand above it, not it)
            yield _grid(rows, _caption(lines, top) or _lead_in(lines, top),
                        header_rows=1), columns is not None
        k = max(k, first + 1)


_ENDING_BAR = re.compile(r"[ \t]*\|[ \t]*$", re.MULTILINE)  # a bar ending a line: blanked
# only where it closes a cell, the line's one bar (see _blanked)


_DIGIT = re.compile(r"\d")


_TOKEN = re.compile(r"\S+")
_TOKEN_ROWS_MIN = 3  # rows a table of cells cut by newlines and spaces alike has at least
_TOKEN_WIDTH_MIN = 2  # values a row of it has at least (one value a row is a list's)
# a line that holds a cell and a value, a space between (14.34% 5.5196, — 208.9): where a
# copy cut a table's cells by newlines and spaces alike
_TOKEN_PAIR_LINE = re.compile(r"^[^\S\n]*\S+[^\S\n]+(?:[-+−]?\d[\d,.]*%?|[—–]+)[^\S\n]*$",
                              re.MULTILINE)


def _stream_tokens(text: str, run: list[_Line]) -> list[Cell]:
    """The cells of lines cut by spaces as by newlines, a bracket run on to its word
    (GDP (亿元): one cell)."""
    cells: list[Cell] = []
    for line in run:
        for m in _TOKEN.finditer(line.text):
            cell = Cell(line.start + m.start(), line.start + m.end(), m.group())
            if cells and m.group()[0] in "(（" and not _is_value(cells[-1].text) and (
                    text[cells[-1].end:cell.start].strip(" \t\u3000") == ""):
                cells[-1] = Cell(cells[-1].start, cell.end, text[cells[-1].start:cell.end])
            else:
                cells.append(cell)
    return cells


def _token_grid(text: str, run: list[_Line], caption: str) -> Grid | None:
    """The rows of a run of lines whose cells a copy cut by newlines and spaces alike
    (1949年 / 11318 / — / 5.4167 / — 208.9): a row is a name then as many values as the
    first row has (the last row may be cut short); the header is the words before the
    first row, its last ones the values' columns, the short ones before them its corner
    (年 / 度), the rest the caption's."""
    cells = _stream_tokens(text, run)
    first = next((k for k in range(len(cells) - 1) if _is_name(cells[k].text)
                  and _is_value(cells[k + 1].text)), None)
    if first is None:
        return None
    width = 0
    while first + 1 + width < len(cells) and _is_value(cells[first + 1 + width].text):
        width += 1
    head = cells[:first]
    if width < _TOKEN_WIDTH_MIN or len(head) < width or not all(
            _is_name(c.text) for c in head[len(head) - width:]):
        return None
    columns = head[len(head) - width:]
    corner_at = len(head) - width
    while corner_at > 0 and len(head[corner_at - 1].text) <= 2:
        corner_at -= 1
    corner = (Cell(head[corner_at].start, head[len(head) - width - 1].end,
                   "".join(c.text for c in head[corner_at:len(head) - width]))
              if corner_at < len(head) - width else Cell(columns[0].start, columns[0].start, ""))
    rows: list[tuple[Cell, ...]] = [(corner, *columns)]
    at = first
    while at < len(cells) and _is_name(cells[at].text):
        values = cells[at + 1:at + 1 + width]
        if not values or not all(_is_value(c.text) for c in values):
            break
        if len(values) < width:
            if at + 1 + len(values) < len(cells):
                break  # a short row is only the last, a page's copy cut off
            values = [*values, *(Cell(values[-1].end, values[-1].end, "")
                                 for _ in range(width - len(values)))]
        rows.append((cells[at], *values))
        at += 1 + width
    if len(rows) - 1 < _TOKEN_ROWS_MIN:
        return None
    above = " ".join(c.text for c in head[:corner_at])
    return _grid(rows, " ".join(x for x in (caption, above) if x), header_rows=1)


def _token_streams(text: str, lines: list[_Line]) -> Iterator[Grid]:
    """Tables whose cells a copy cut by newlines and spaces alike, each in a run of short
    lines with no sentence (blank lines may stand between them)."""
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and len(lines[j].text.strip()) <= _CAPTION_MAX and (
                not _SENTENCE_END.search(lines[j].text)):
            j += 1
        run = [line for line in lines[k:j] if line.text.strip()]
        if len(run) > 2 * _TOKEN_ROWS_MIN and any(
                _TOKEN_PAIR_LINE.fullmatch(line.text) for line in run):
            grid = _token_grid(text, run, _caption(lines, k))
            if grid is not None:
                yield grid
        k = j + 1


def _overlap(a: Grid, b: Grid) -> bool:
    return a.start < b.end and b.start < a.end


def _valued_rows(grid: Grid) -> Grid | None:
    """A stacked reading's rows up to the first with no figure after its name (a row of
    empty cells, a header's second row; a heading, the next table's); ``grid`` itself if
    every row has one; None if no row is left, or if one row alone is left and it ends
    in a word (西藏 | 14.7 | 14.3 | 重庆: a header broken over lines, 增速与去年 | / 同期比较 |,
    read as one column more than the rows have)."""
    rows = [grid.rows[0]]
    for row in grid.rows[1:]:
        if not any(_DIGIT.search(c.text) for c in row[1:]):
            break
        rows.append(row)
    last = rows[-1][-1].text
    if len(rows) < 2 or (len(rows) == 2 and last and not _DIGIT.search(last)):
        return None
    return grid if len(rows) == len(grid.rows) else _grid(rows, grid.caption, grid.header_rows)


# a line of bars alone (|||, a row of nothing): blanked beside cells closed by bars
_BARS_ALONE = re.compile(r"^[ \t]*\|[ \t|]*$", re.MULTILINE)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blanked(m: re.Match[str]) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    before = m.string[line_start:m.start()]
    if "|" in before or not before.strip():
        return m.group()  # a pipe table's row (a | b |) keeps its bars, a bar alone too
    return _spaces(m)


def find_grids(text: str, is_place: Callable[[str], bool] | None = None) -> list[Grid]:
    """Every table of normalised ``text``, in order; ``is_place`` says whether a cell
    names a region (columns of regions, one cell a line)."""
    flat = _flat_candidate(text)
    tokens = _TOKEN_PAIR_LINE.search(text) is not None
    if "|" not in text and "\t" not in text and "  " not in text and (
            _stacked_start().search(text) is None) and _RANKED_ANY.search(text) is None and (
            _YEAR_LINES.search(text) is None) and (
            _BOOK_ANY.search(text) is None) and (
            is_place is None or _place_start().search(text) is None) and not flat and (
            not tokens):
        return []
    lines = _lines(text)
    grids = [*_delimited(lines), *_stacked(text, lines, is_place)]
    if _YEAR_LINES.search(text) is not None:
        grids += [g for g in _year_headed(lines) if not any(_overlap(o, g) for o in grids)]
    bars = list(_bar_streams(text, lines))
    if "|" in text and (unbarred := _BARS_ALONE.sub(_spaces, _ENDING_BAR.sub(
            _blanked, text))) != text:
        # 年份 | / 生产总值 | / 2004 | / 20.17 |: one cell a line, each closed by a bar
        # (a page's copy of its table), read as the stacked table it is, header and
        # rows of equal width, where the bars' reader, which guesses the rows from the
        # values, reads fewer rows there; the bars become spaces, so every offset stays
        # the text's
        for g in _stacked(unbarred, _lines(unbarred), is_place):
            if (valued := _valued_rows(g)) is not None and not any(
                    _overlap(o, valued) for o in grids) and not any(
                    _overlap(b, valued) and len(b.rows) > len(valued.rows) for b in bars):
                grids.append(valued)
                bars = [b for b in bars if not _overlap(b, valued)]
    grids += bars
    grids += _long_lines(text, lines)
    if flat:
        grids += [g for g in _flat_lines(lines) if not any(_overlap(o, g) for o in grids)]
    # (the two readers of space-cut lines run only where lines end in two numbers, or
    # three lines open with a name and a number: most texts have neither)
    book = _BOOK_ANY.search(text) is not None
    listed = len(list(itertools.islice(_RANKED_ANY.finditer(text), _RANKED_MIN))) >= (
        _RANKED_MIN)
    ranked = list(_ranked_lines(lines)) if book or listed else []
    if book:
        # (a ranked list under its own header line, 排名 城市 GDP(亿元) 增速(%) over 1、上海
        # 13908.57 6.9, is read by its header before the yearbook reader guesses one)
        headed = [g for g, own in ranked if own and not any(_overlap(o, g) for o in grids)]
        grids += headed
        grids += [g for g in _yearbooks(lines) if not any(_overlap(o, g) for o in headed)]
    if listed:
        # a ranked list's columns are guessed (地区 | 数值): where a reader found the
        # lines' own header, its table stands and the list is none
        # (and a list of regions: 固定资产投资增长4.1% / 进出口总额增长7.3%, one figure a
        # line, is prose's)
        grids += [g for g, _ in ranked
                  if not any(_overlap(o, g) for o in grids)
                  and (is_place is None or 2 * sum(is_place(row[0].text.lstrip("#"))
                                                   for row in g.rows[1:]) >= len(g.rows) - 1)]
    if tokens:
        # (last: where a reader found the table, its reading stands)
        grids += [g for g in _token_streams(text, lines) if not any(_overlap(o, g) for o in grids)]
    return sorted(grids, key=lambda g: g.start)
