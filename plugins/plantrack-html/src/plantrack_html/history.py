"""A history as a page: the chart of target against result as an inline SVG (no script,
nothing fetched), then a row per period. Rendered from the history's JSON record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from plantrack_html.page import _page, _table, format_value

__all__ = ["history_page", "history_svg"]

Record = Mapping[str, Any]
_W, _H, _PAD, _AXIS = 640, 240, 28, 36


def _value(fact: Record | None) -> float | None:
    if not fact or fact.get("value") is None:
        return None
    return float(fact.get("value_high") or fact["value"])


def history_svg(rows: Sequence[Record]) -> str:
    """Bars per period: the target's (hollow) beside the result's (filled, coloured by
    status), each labelled with its value, on a zero line."""
    values = [v for r in rows for v in (_value((r.get("targets") or [None])[0]),
                                         _value(r.get("result"))) if v is not None]
    if not values:
        return ""
    top, low = max(*values, 0.0), min(*values, 0.0)
    span = (top - low) or 1.0
    slot = (_W - _AXIS - _PAD) / len(rows)
    bar = max(4.0, slot / 3)

    def y(value: float) -> float:
        return _PAD + (top - value) / span * (_H - 2 * _PAD)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" '
             f'role="img" aria-label="target against result" class="history-chart">',
             f'<line x1="{_AXIS}" x2="{_W - _PAD}" y1="{y(0):.1f}" y2="{y(0):.1f}" '
             'stroke="#888"/>']
    for i, row in enumerate(rows):
        x = _AXIS + i * slot + slot / 2
        target = (row.get("targets") or [None])[0]
        for offset, fact, css in ((-bar, target, "target"),
                                  (0.0, row.get("result"), f"result {row.get('status')}")):
            value = _value(fact)
            if value is None:
                continue
            top_y, base = sorted((y(value), y(0)))
            parts.append(f'<rect class="{escape(css)}" x="{x + offset:.1f}" '
                         f'y="{top_y:.1f}" width="{bar:.1f}" height="{base - top_y:.1f}">'
                         f'<title>{escape(format_value(fact))}</title></rect>')
            parts.append(f'<text x="{x + offset + bar / 2:.1f}" y="{top_y - 3:.1f}" '
                         f'text-anchor="middle" font-size="10">{escape(format_value(fact))}'
                         '</text>')
        parts.append(f'<text x="{x:.1f}" y="{_H - 8}" text-anchor="middle" font-size="11">'
                     f'{escape(str(row.get("period")))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def history_page(data: Record) -> str:
    rows = data.get("rows") or []
    title = f"{data.get('region_name') or data.get('region')} {data.get('indicator_name')}"
    body_rows = []
    for row in rows:
        targets = " / ".join(format_value(t) for t in row.get("targets") or []) or "–"
        documents = sorted({s["document"] for s in row.get("sources") or []})
        status = row.get("status") or "no target"
        body_rows.append(
            f"<tr><td>{escape(str(row.get('period')))}</td><td>{escape(targets)}</td>"
            f"<td>{escape(format_value(row.get('result')))}</td>"
            f'<td class="status {escape(status)}">{escape(status.replace("_", " "))}</td>'
            f"<td>{escape(', '.join(documents))}</td>"
            f"<td>{escape(row.get('explanation') or '')}</td></tr>")
    legend = ('<p class="legend"><svg width="12" height="12"><rect class="target" '
              'width="12" height="12"/></svg> target <svg width="12" height="12">'
              '<rect class="result" width="12" height="12"/></svg> result</p>')
    table = _table(("period", "target", "result", "status", "documents", "why"), body_rows,
                   "history")
    return _page(f"plantrack history: {title}",
                 f"<h1>{escape(title)}</h1>\n{history_svg(rows)}\n{legend}\n{table}")
