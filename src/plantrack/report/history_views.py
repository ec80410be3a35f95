"""The history in the terminal: a table of the periods, the chart of target against
result, and each period's arithmetic (Rich renderables; imported when rendering)."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from plantrack.report.chart import chart_lines
from plantrack.report.history_rows import history_cells, title
from plantrack.report.rich_views import STATUS_STYLES
from plantrack.track.history import History

__all__ = ["history_view"]


def history_view(history: History, width: int = 80) -> Group:
    if not history.rows:
        return Group(Text(f"{title(history)}: no target or result in the documents."))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in ("#", "period", "target", "result", "status", "documents"):
        table.add_column(column, overflow="fold", no_wrap=column in ("#", "period"))
    notes: list[RenderableType] = []
    for number, row in enumerate(history.rows, 1):
        t = history_cells(row)
        style = STATUS_STYLES[row.status] if row.status else "dim"
        table.add_row(str(number), t.period, t.target, t.result, Text(t.status, style=style),
                      t.documents)
        notes.append(Text(f"[{number}] {t.period}: {row.explanation}.", style="dim"))
    chart = Text("\n".join(chart_lines(history, width)))
    return Group(Text(title(history), style="bold"), table, Text(""), chart, Text(""),
                 *notes)
