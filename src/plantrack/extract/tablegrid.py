"""Tables in a normalised text, however a text copy renders them: cells and their spans.

A table is two or more consecutive lines cut into cells the same way:

* ``|`` between cells (Markdown and the HTML loader's rendering, with ``|---|`` rules);
* tabs (a spreadsheet's copy);
* runs of two or more spaces (a PDF's layout, a typed table);
* one cell per line, under a header of one column word per line (指标, 单位, 目标, 完成,
  增长%: ``data/table_columns.tsv``), as a PDF's text layer gives a table drawn cell by
  cell: the header's length is the row's.

A line with one cell (表1 2023年主要指标完成情况, 单位：亿元) just above a table, or a
first row with one filled cell, is its caption. Every cell keeps its span in the
normalised text, so a quote can run from a row's name to any of its cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from attrs import frozen

from plantrack.datafiles import alternation
from plantrack.extract.context import lines_at
from plantrack.extract.tablecols import header_role, table_words

__all__ = ["Cell", "Grid", "find_grids"]

_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")  # |---|:--:|
_SPACES = re.compile(r"[ \u00a0]{2,}")
_CAPTION_MAX = 60  # a longer line above a table is prose, not its caption
_CAPTION_LINES = 2  # 表1 …情况 and 单位：亿元 stand above a table
_STACKED_CELL_MAX = 30  # a longer line is no cell of a table printed one cell per line
_STACKED_MIN = 3  # a one-cell-per-line header names at least the indicator and two more
_SENTENCE_END = re.compile(r"[。；;！？!?]")


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


@frozen
class _Line:
    start: int
    text: str


def _lines(text: str) -> list[_Line]:
    return [_Line(start, line) for start, line in lines_at(text)]


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
        if text.count("|") < 2 or _RULE.fullmatch(text):
            return None
        cells = _cells(line, [(i, i + 1) for i, c in enumerate(text) if c == "|"])
        if not cells[0].text:
            cells = cells[1:]  # | a | b |: nothing before the first bar
        if cells and not cells[-1].text:
            cells = cells[:-1]  # nor after the last
        return tuple(cells)
    if sep == "\t":
        cells = _cells(line, [(i, i + 1) for i, c in enumerate(text) if c == "\t"])
        return tuple(cells) if sum(1 for c in cells if c.text) >= 2 else None
    gaps = [m.span() for m in _SPACES.finditer(text)
            if text[:m.start()].strip() and text[m.end():].strip()]
    return tuple(_cells(line, gaps)) if gaps else None


def _kind(text: str) -> str | None:
    """How a line cuts its cells, if it does."""
    if text.count("|") >= 2:
        return "|"
    if "\t" in text.strip():
        return "\t"
    if "  " in text.strip():
        return "  "
    return None


def _caption(lines: list[_Line], first: int) -> str:
    """The short lines just above line ``first`` (a table's title and its unit)."""
    out: list[str] = []
    i = first - 1
    while i >= 0 and len(out) < _CAPTION_LINES:
        s = lines[i].text.strip()
        if s:
            if len(s) > _CAPTION_MAX or _kind(s):
                break
            out.insert(0, s)
        elif out:
            break
        i -= 1
    return " ".join(out)


def _delimited(lines: list[_Line]) -> Iterator[Grid]:
    i = 0
    while i < len(lines):
        sep = _kind(lines[i].text)
        if sep is None:
            i += 1
            continue
        first, rows = i, []
        while i < len(lines) and _kind(lines[i].text) == sep:
            cells = _split(lines[i], sep)
            if cells:
                rows.append(cells)
            i += 1
        if len(rows) >= 2:
            yield _grid(rows, _caption(lines, first))


def _grid(rows: list[tuple[Cell, ...]], caption: str) -> Grid:
    start, end = rows[0][0].start, max(c.end for c in rows[-1])
    # | 表1 2023年主要指标完成情况 |  |  |: a first row with one filled cell is a caption
    while len(rows) > 2 and sum(1 for c in rows[0] if c.text) == 1 and rows[0][0].text:
        caption = f"{caption} {rows[0][0].text}".strip()
        rows = rows[1:]
    return Grid(tuple(rows), caption, start, end)


@cache
def _stacked_start() -> re.Pattern[str]:
    """A line holding only an indicator column's header word (指标, 项目)."""
    return re.compile(rf"^[ \t]*(?:{alternation(table_words('indicator'))})[ \t]*$", re.MULTILINE)


def _is_header_cell(text: str) -> bool:
    s = text.strip()
    return bool(s) and len(s) <= _STACKED_CELL_MAX and header_role(s) is not None and not (
        _SENTENCE_END.search(s))


def _stacked(text: str, lines: list[_Line]) -> Iterator[Grid]:
    starts = {line.start: k for k, line in enumerate(lines)}
    for m in _stacked_start().finditer(text):
        k = starts[m.start()]
        width = 1
        while k + width < len(lines) and _is_header_cell(lines[k + width].text):
            width += 1
        if width < _STACKED_MIN:
            continue
        header = tuple(_cell(line.text, line.start, 0, len(line.text))
                       for line in lines[k:k + width])
        rows = [header]
        at = k + width
        while at + width <= len(lines):
            group = lines[at:at + width]
            if not _is_row(group):
                break
            rows.append(tuple(_cell(line.text, line.start, 0, len(line.text)) for line in group))
            at += width
        if len(rows) >= 2:
            yield _grid(rows, _caption(lines, k))


def _is_row(group: list[_Line]) -> bool:
    """Lines that can be one row of a one-cell-per-line table: short, none empty, no
    sentence, a name first that is no header word."""
    cells = [line.text.strip() for line in group]
    return (all(cells) and all(len(c) <= _STACKED_CELL_MAX for c in cells)
            and not any(_SENTENCE_END.search(c) for c in cells)
            and re.search(r"[\u4e00-\u9fff]", cells[0]) is not None
            and header_role(cells[0]) not in ("target", "result", "growth", "unit"))


def find_grids(text: str) -> list[Grid]:
    """Every table of normalised ``text``, in order."""
    if "|" not in text and "\t" not in text and "  " not in text and (
            _stacked_start().search(text) is None):
        return []
    lines = _lines(text)
    grids = [*_delimited(lines), *_stacked(text, lines)]
    return sorted(grids, key=lambda g: g.start)
