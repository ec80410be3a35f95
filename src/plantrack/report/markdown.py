"""Markdown: the scorecard as a table per region with numbered footnotes, and the
extractions as a table of facts and one of projects per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from plantrack.components import Reporter, ReportOptions
from plantrack.formatting import format_amount, format_quantity, measure_label
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction, Goal
from plantrack.report.chart import chart_lines
from plantrack.report.history_rows import history_cells, title
from plantrack.report.rows import footnote, legend, progress_bar, row_text, summary_line
from plantrack.track.history import History
from plantrack.track.scorecard import Scorecard

__all__ = ["MarkdownReporter"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def scorecard_markdown(card: Scorecard) -> str:
    lines = ["# Scorecard", ""]
    if not card.rows:
        return "\n".join([*lines, "No targets found (or none left after the filters).", ""])
    number = 0
    for summary in card.regions:
        lines += [f"## {summary.name} {summary.region or ''}".rstrip(), ""]
        table, notes = [], []
        for row in card.rows_for(summary.region):
            number += 1
            t = row_text(row)
            target = "\n".join([t.target, *t.conflicts])
            result = f"{t.result} ({t.result_period})" if t.result_period else t.result
            result = "\n".join([result, *t.result_conflicts])
            pace = f"`{progress_bar(row)}` {t.pace}" if row.pace is not None else "—"
            table.append([f"[{number}]", t.indicator, target, t.period, result, t.expected,
                          pace, t.status])
            notes.append(f"{number}. {footnote(row)}")
        lines += _table(("#", "indicator", "target", "period", "latest result", "expected",
                         "pace", "status"), table)
        lines += ["", *notes, "", f"*{summary_line(summary)}*", ""]
    lines += [legend(), ""]
    return "\n".join(lines)


def extractions_markdown(extractions: Sequence[Extraction],
                         options: ReportOptions | None = None) -> str:
    names = options or ReportOptions()
    lines: list[str] = []
    for e in extractions:
        lines += [f"## {e.document}", ""]
        if e.facts:
            lines += _table(
                ("kind", "region", "indicator", "value", "period", "quote"),
                ([f.kind, f"{f.region_name} {f.region or ''}".strip(),
                  measure_label(names.indicator_name(f.indicator, f.indicator_label), f.measure),
                  format_quantity(f.quantity, f.indicator),
                  f"{f.period} 每年" if isinstance(f, Goal) and f.per else str(f.period or "—"),
                  f.provenance.quote] for f in e.facts))
            lines.append("")
        if e.projects:
            lines += _table(
                ("project", "region", "investment", "status", "quote"),
                ([p.name, p.region_name or "—",
                  format_amount(p.investment, "CNY") if p.investment is not None else "—",
                  p.status, p.provenance.quote] for p in e.projects))
            lines.append("")
        if not e.facts and not e.projects:
            lines += ["No facts or projects found.", ""]
    return "\n".join(lines)


class MarkdownReporter:
    name = "markdown"
    description = "Markdown tables with numbered footnotes (sources and arithmetic)"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        return extractions_markdown(extractions, options)

    def report_scorecard(self, card: Scorecard, options: ReportOptions) -> str:
        return scorecard_markdown(card)

    def report_history(self, history: History, options: ReportOptions) -> str:
        """A table of the periods, the chart in a code block, the arithmetic."""
        rows = [history_cells(r) for r in history.rows]
        lines = [f"# {title(history)}", ""]
        lines += _table(("period", "target", "result", "status", "documents"),
                        ([t.period, t.target, t.result, t.status, t.documents] for t in rows))
        lines += ["", "```", *chart_lines(history), "```", ""]
        lines += [f"- {t.period}: {r.explanation}." for t, r in zip(rows, history.rows,
                                                                    strict=True)]
        return "\n".join([*lines, ""])


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(MarkdownReporter())
