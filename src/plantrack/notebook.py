"""How a Scorecard, an Extraction or a History shows in Jupyter (``_repr_html_``) and in a
Rich console (``__rich__``): a readable table, never a 45,000-character repr. The
model's methods import this module when called; it gives the reporters the catalogue's
indicator names."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plantrack.model import Extraction
    from plantrack.track.history import History
    from plantrack.track.scorecard import Scorecard

__all__ = ["extraction_html", "extraction_rich", "history_html", "history_rich",
           "report_options", "scorecard_html", "scorecard_rich"]

ROW_LIMIT = 200  # rows shown in a notebook; the rest are counted


def report_options() -> Any:
    """Options carrying the installed catalogue's indicator names."""
    from plantrack.api import indicator_names
    from plantrack.components import ReportOptions

    return ReportOptions(indicator_names=indicator_names())


def _table(caption: str, header: tuple[str, ...], rows: list[list[str]]) -> str:
    shown = rows[:ROW_LIMIT]
    more = (f"<p>… and {len(rows) - ROW_LIMIT} more rows (<code>.to_pandas()</code> has "
            "them all)</p>") if len(rows) > ROW_LIMIT else ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in shown)
    return (f"<table><caption style='text-align:left'>{escape(caption)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}")


def scorecard_html(card: Scorecard) -> str:
    from plantrack.report.rows import row_text

    rows = []
    for row in card.rows:
        t = row_text(row)
        rows.append([f"{row.region_name} {row.region or ''}".strip(), t.indicator, t.target,
                     t.period, f"{t.result} {t.result_period}".strip(), t.pace, t.status])
    return _table(f"Scorecard: {len(card.rows)} targets",
                  ("region", "indicator", "target", "period", "latest result", "pace",
                   "status"), rows)


def extraction_html(extraction: Extraction) -> str:
    from plantrack.formatting import format_quantity, measure_label

    names = report_options()
    rows = [[f.kind, f"{f.region_name} {f.region or ''}".strip(),
             measure_label(names.indicator_name(f.indicator, f.indicator_label), f.measure),
             format_quantity(f.quantity, f.indicator), str(f.period or "—"),
             f.provenance.quote] for f in extraction.facts]
    return _table(f"{extraction.document}: {len(extraction.facts)} facts, "
                  f"{len(extraction.projects)} projects",
                  ("kind", "region", "indicator", "value", "period", "quote"), rows)


def history_html(history: History) -> str:
    from plantrack.report.history_rows import history_cells, title

    rows = [[t.period, t.target, t.result, t.status, t.documents]
            for t in map(history_cells, history.rows)]
    return _table(title(history), ("period", "target", "result", "status", "documents"), rows)


def scorecard_rich(card: Scorecard) -> Any:
    from plantrack.report.rich_views import ScorecardView

    return ScorecardView(card)


def extraction_rich(extraction: Extraction) -> Any:
    from plantrack.report.rich_views import extractions_view

    return extractions_view([extraction], report_options())


def history_rich(history: History) -> Any:
    from plantrack.report.history_views import history_view

    return history_view(history)
