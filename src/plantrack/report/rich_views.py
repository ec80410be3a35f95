"""The terminal scorecard and extraction tables: Rich renderables (the ``rich`` reporter
imports this module when it first renders, so that library use never imports Rich).

The scorecard is grouped by region (parents before children), one row per target with a
numbered footnote giving the sources and the arithmetic. It lays itself out for the
width it is rendered at: below :data:`WIDE_MIN_WIDTH` columns, or when the wide table
of these rows would need more columns than there are (Rich would then cut the last
cells), the period, expected and progress-bar columns fold into their neighbours and the
footnotes, so nothing is lost or cut.
Status is a colour and a symbol and a word, so it reads without colour (NO_COLOR, pipes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from plantrack.components import ReportOptions
from plantrack.formatting import format_amount, format_quantity, measure_label
from plantrack.model import DocumentContext, Extraction, Goal, Project, Result
from plantrack.report.rows import footnote, legend, progress_bar, row_text, summary_line
from plantrack.report.tokens import fits, keep_tokens_whole
from plantrack.track.scorecard import Scorecard, ScorecardRow
from plantrack.track.status import Status

__all__ = ["BAR_MIN_WIDTH", "STATUS_STYLES", "WIDE_MIN_WIDTH", "ScorecardView", "extractions_view"]

#: At least this many columns: the full table with period, expected and progress bar.
WIDE_MIN_WIDTH = 120
#: At least this many columns (and fewer than WIDE_MIN_WIDTH): the bar goes in the status cell.
BAR_MIN_WIDTH = 96

STATUS_STYLES: dict[Status, str] = {
    "met": "bold green",
    "on_track": "green",
    "at_risk": "yellow",
    "behind": "bold red",
    "missed": "bold red",
    "no_result": "dim",
    "not_comparable": "magenta",
}


class ScorecardView:
    """A Rich renderable of a :class:`Scorecard` that adapts to the width it gets."""

    def __init__(self, card: Scorecard, *, brief: bool = False) -> None:
        self.card = card
        self.brief = brief  # footnotes only for rows with something to say

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.card.rows:
            yield Text("No targets found (or none left after the filters).")
            return
        bar = options.max_width >= BAR_MIN_WIDTH
        tables = self._tables(wide=options.max_width >= WIDE_MIN_WIDTH, bar=bar)
        if options.max_width >= WIDE_MIN_WIDTH and not all(
                fits(console, options, table) for table in tables):
            tables = self._tables(wide=False, bar=bar)
        stacked = not all(fits(console, options, table) for table in tables)
        number = quiet = 0
        for summary, table in zip(self.card.regions, tables, strict=True):
            yield Text(f"{summary.name}  {summary.region or ''}".rstrip(), style="bold")
            if stacked:  # too narrow for columns: each row a block of wrapped lines
                yield from (_stacked(n, row) for n, row in enumerate(
                    self.card.rows_for(summary.region), number + 1))
            else:
                yield table
            for row in self.card.rows_for(summary.region):
                number += 1
                if self.brief and not _has_news(row):
                    quiet += 1
                    continue
                yield _note(number, row)
            yield Text(summary_line(summary), style="italic")
            yield Text("")
        if quiet:
            yield Text(f"{quiet} row{'s' if quiet > 1 else ''} with no result yet and "
                       f"nothing disputed {'have' if quiet > 1 else 'has'} no footnote "
                       f"(--full shows every footnote).", style="dim")
        yield Text(legend(), style="dim")

    def _tables(self, *, wide: bool, bar: bool) -> list[Table]:
        """One table per region, rows numbered through the whole scorecard."""
        tables: list[Table] = []
        number = 0
        for summary in self.card.regions:
            table = _table(wide)
            for row in self.card.rows_for(summary.region):
                number += 1
                table.add_row(*_cells(number, row, wide=wide, bar=bar))
            tables.append(keep_tokens_whole(table))
        return tables


def _stacked(number: int, row: ScorecardRow) -> Text:
    """One row as lines that wrap at spaces: the narrow terminal's layout."""
    t = row_text(row)
    out = Text(f"{number:>2} {t.indicator}  ")
    out.append(t.status, style=STATUS_STYLES[row.status])
    out.append(f"\n   target: {t.target} {t.period}")
    for conflict in t.conflicts:
        out.append(f"\n     {conflict}", style="yellow")
    if row.result is not None:
        result = " ".join(p for p in (t.result, t.result_period) if p)
        if row.method == "pro_rated" and row.expected is not None:
            result += f", expected {t.expected}"
        if row.pace is not None:
            result += f", pace {t.pace}"
        out.append(f"\n   result: {result}")
        for dispute in t.result_conflicts:
            out.append(f"\n     {dispute}", style="yellow")
    return out


def _has_news(row: ScorecardRow) -> bool:
    """A row whose footnote says more than "no result yet": a status, a conflict."""
    return row.status != "no_result" or bool(row.conflicts or row.result_conflicts)


def _table(wide: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("indicator", overflow="fold", ratio=3)
    table.add_column("target", overflow="fold", min_width=10)
    if wide:
        table.add_column("period", no_wrap=True)
    table.add_column("latest result", overflow="fold", min_width=16)
    if wide:
        table.add_column("expected", overflow="fold", min_width=8)
        table.add_column("pace", no_wrap=True)
    table.add_column("status", no_wrap=True, min_width=16)
    return table


def _cells(number: int, row: ScorecardRow, *, wide: bool, bar: bool
           ) -> list[RenderableType]:
    t = row_text(row)
    target = Text(t.target)
    if not wide:
        target.append(f"\n{t.period}", style="dim")
    for conflict in t.conflicts:
        target.append(f"\n{conflict}", style="yellow")
    result = Text(t.result)
    if t.result_period:
        result.append(f"\n{t.result_period}", style="dim")
    if not wide and row.method == "pro_rated" and row.expected is not None:
        result.append(f"\nexpected {t.expected}")
    if row.result is not None and row.status == "not_comparable":
        result.stylize("strike dim")
    for dispute in t.result_conflicts:
        result.append(f"\n{dispute}", style="yellow")
    status = Text(t.status, style=STATUS_STYLES[row.status])
    if not wide and row.pace is not None:
        status.append("\n")
        if bar:
            status.append(progress_bar(row) + " ", style=STATUS_STYLES[row.status])
        status.append(f"pace {t.pace}")
    cells: list[RenderableType] = [f"{number}", t.indicator, target]
    if wide:
        cells.append(t.period)
    cells.append(result)
    if wide:
        pace = Text(progress_bar(row), style=STATUS_STYLES[row.status])
        pace.append(f" {t.pace}" if row.pace is not None else "")
        cells.extend([t.expected, pace])
    cells.append(status)
    return cells


def _note(number: int, row: ScorecardRow) -> Text:
    return Text(f"[{number}] {footnote(row)}", style="dim" if row.status == "no_result" else "")


# --- Extractions ----------------------------------------------------------------------


def _fact_cells(fact: Goal | Result, names: ReportOptions) -> list[str]:
    q = fact.quantity
    period = (f"{fact.period} 每年" if isinstance(fact, Goal) and fact.per
              else str(fact.period or "—"))
    return [fact.kind, f"{fact.region_name} {fact.region or ''}".strip(),
            measure_label(names.indicator_name(fact.indicator, fact.indicator_label),
                          fact.measure),
            format_quantity(q, fact.indicator), period, fact.provenance.quote]


def _project_cells(project: Project) -> list[str]:
    investment = (format_amount(project.investment, "CNY")
                  if project.investment is not None else "—")
    if project.investment_comparator not in (None, "="):
        investment = f"{project.investment_comparator}{investment}"
    return [project.name, project.region_name or "—", investment, project.status,
            project.provenance.quote]


def _simple_table(title: str, columns: Iterable[str], rows: Iterable[list[str]]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for cells in rows:
        table.add_row(*cells)
    return keep_tokens_whole(table)


class _Fitting:
    """A table where it fits; else each row as lines (its last cell, the quote, on a
    line of its own), so that a narrow terminal cuts no figure in two."""

    def __init__(self, title: str, columns: Sequence[str], rows: list[list[str]]) -> None:
        self.title, self.columns, self.rows = title, columns, rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = _simple_table(self.title, self.columns, self.rows)
        if fits(console, options, table):
            yield table
            return
        yield Text(self.title, style="italic")
        for cells in self.rows:
            yield Text("  " + " · ".join(cells[:-1]))
            yield Text(f"    “{cells[-1]}”", style="dim", overflow="fold")


def _context_lines(context: DocumentContext) -> Text:
    """Why the facts got their year, region and kind: each decision, how sure, its cue."""
    out = Text()
    for label, decision in (("year", context.year), ("region", context.region),
                            ("kind", context.kind)):
        # a region's label is its name; a year's says how it was read (2021 (written))
        value = decision.value if label == "year" else decision.label or decision.value
        shown = "undecided" if value is None else str(value)
        if label == "year" and decision.label and value is not None:
            shown += f" ({decision.label})"
        flag = " (weak)" if decision.weak and value is not None else ""
        out.append(f"  {label}: ", style="dim")
        out.append(f"{shown}{flag}", style="yellow" if decision.weak else "")
        out.append(f"  ← {decision.cue}\n", style="dim")
    out.rstrip()
    return out


def extractions_view(extractions: Sequence[Extraction],
                     options: ReportOptions | None = None) -> Group:
    names = options or ReportOptions()
    parts: list[RenderableType] = []
    for e in extractions:
        parts.append(Text(f"{e.document}" + (f"  (year {e.year})" if e.year else ""),
                          style="bold"))
        if e.context is not None:
            parts.append(_context_lines(e.context))
        if e.facts:
            parts.append(_Fitting(
                "facts", ("kind", "region", "indicator", "value", "period", "quote"),
                [_fact_cells(f, names) for f in e.facts]))
        if e.projects:
            parts.append(_Fitting(
                "projects", ("name", "region", "investment", "status", "quote"),
                [_project_cells(p) for p in e.projects]))
        if not e.facts and not e.projects:
            parts.append(Text("no facts or projects found", style="dim"))
        parts.extend(Text(f"warning: {w}", style="yellow") for w in e.warnings)
        parts.append(Text(""))
    return Group(*parts)
