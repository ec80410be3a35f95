"""The kind of each cell of a table of sentences: a work report's tasks beside how each
was done (序号 | 重点工作任务 | 完成情况 | 牵头责任单位), its header words in
``data/column_kinds.tsv``.

A task cell (地区生产总值增长8%左右。) sets a target and a progress cell (全年地区生产总值
2291.5亿元,增长5.8%。) reports a result, whatever the heading above the rows says: such a
table stands under the headings of the report it follows (一、确保完成全年主要预期目标). The
cells are found as a text copy gives them: a row a line, its cells cut by ``|`` or tabs,
or a cell a line (a serial number opening each row), the header's cells before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from attrs import frozen

from plantrack.datafiles import data_table
from plantrack.model import Decision, SectionKind
from plantrack.text.segment import lines_at

__all__ = ["ColumnCell", "column_cells"]

_HEADER_CELL_MAX = 12  # characters of a header cell (牵头责任单位, 重点工作任务)
_HEADER_CELLS_MAX = 8
_SERIALS = ("序号", "编号", "序")
_ROW_GAP_MAX = 8  # lines from a row's last cell to the next row's number, at most
_DELIMITER = re.compile(r"[ \t]*[|\t][ \t]*")
_NOT_HEADER = re.compile(r"[\d。，,；;：:！？]")


@frozen
class ColumnCell:
    """A cell ``[start, end)`` of normalised text and the kind its column gives it (its
    cue names the column's header word)."""

    start: int
    end: int
    kind: Decision


@cache
def _words() -> tuple[tuple[str, SectionKind], ...]:
    rows = data_table("plantrack.context", "column_kinds.tsv")
    return tuple(sorted(((row["word"], row["kind"]) for row in rows),  # type: ignore[misc]
                        key=lambda wk: -len(wk[0])))


def _column_kind(cell: str) -> tuple[str, SectionKind] | None:
    """The kind a header cell gives its column, and the word that says so."""
    if len(cell) > _HEADER_CELL_MAX or _NOT_HEADER.search(cell):
        return None
    key = re.sub(r"\s+", "", cell)
    return next(((word, kind) for word, kind in _words() if word in key), None)


def _header(cells: list[str]) -> dict[int, Decision] | None:
    """The kinds of a header's columns by index, when it has a task column and a
    progress column."""
    found: dict[int, Decision] = {}
    for k, cell in enumerate(cells):
        if (named := _column_kind(cell)) is not None:
            word, kind = named
            found[k] = Decision(kind, 0.8, f"column: {word}")
    kinds = {d.value for d in found.values()}
    return found if kinds == {"targets", "results"} else None


def _cell(start: int, line: str, a: int, b: int) -> tuple[int, int]:
    """Offsets of ``line[a:b]`` (the line starting at ``start``) without its spaces."""
    part = line[a:b]
    lead = len(part) - len(part.lstrip())
    return start + a + lead, start + a + len(part.rstrip())


def _split(start: int, line: str) -> list[tuple[int, int]]:
    """The cells of a delimited row (``| a | b |`` or tabs), without the outer bars."""
    bounds: list[tuple[int, int]] = []
    at = 0
    for m in _DELIMITER.finditer(line):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(line)))
    if line.strip().startswith("|"):
        bounds = bounds[1:]
    if line.strip().endswith("|"):
        bounds = bounds[:-1]
    return [_cell(start, line, a, b) for a, b in bounds]


def _delimited(text: str, lines: list[tuple[int, str]]) -> Iterator[ColumnCell]:
    k = 0
    while k < len(lines):
        cells = _split(*lines[k]) if _DELIMITER.search(lines[k][1]) else []
        kinds = _header([text[a:b] for a, b in cells]) if len(cells) >= 2 else None
        k += 1
        if kinds is None:
            continue
        while k < len(lines) and len(row := _split(*lines[k])) >= 2:
            for column, decision in kinds.items():
                if column < len(row) and row[column][1] > row[column][0]:
                    yield ColumnCell(row[column][0], row[column][1], decision)
            k += 1


def _stacked(lines: list[tuple[int, str]]) -> Iterator[ColumnCell]:
    filled = [(start, line, line.strip()) for start, line in lines if line.strip()]
    k = 0
    while k < len(filled):
        run = k
        while run < len(filled) and run - k < _HEADER_CELLS_MAX and (
                len(filled[run][2]) <= _HEADER_CELL_MAX) and not _NOT_HEADER.search(
                filled[run][2]):
            run += 1
        header = [stripped for _, _, stripped in filled[k:run]]
        kinds = _header(header) if run - k >= 2 else None
        serial = next((i for i, cell in enumerate(header) if cell in _SERIALS), None)
        if kinds is None or serial is None:
            k = max(run, k + 1)
            continue
        # a row: its serial number's line, then a line for each column after it (a
        # heading between rows, 二、…, and a cell's second line stand after the last)
        # (rows numbered 1, 2, 3 …: the table ends where the next number is not found
        # within a few lines)
        width = len(header) - serial - 1
        at, number = run, 1
        while at < len(filled):
            ahead = next((i for i in range(at, min(at + _ROW_GAP_MAX, len(filled)))
                          if filled[i][2] == str(number)), None)
            if ahead is None:
                break
            at, number = ahead, number + 1
            row = filled[at + 1:at + 1 + width]
            for column, decision in kinds.items():
                if column > serial and column - serial - 1 < len(row):
                    start, line, _ = row[column - serial - 1]
                    a, b = _cell(start, line, 0, len(line))
                    yield ColumnCell(a, b, decision)
            at += 1 + len(row)
        k = at


def column_cells(text: str) -> list[ColumnCell]:
    """The task and progress cells of the tables of sentences in normalised ``text``, in
    order."""
    if not any(word in text for word, kind in _words() if kind == "results"):
        return []  # (most texts have no such header: one scan of a few words spares them)
    lines = lines_at(text)
    return sorted([*_delimited(text, lines), *_stacked(lines)], key=lambda c: c.start)
