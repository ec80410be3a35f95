"""The HTML itself: one page, CSS inlined, no script, nothing fetched.

Everything is rendered from FACTS.md JSON records (extraction objects and scorecard
rows), not from plantrack's internal classes, so the page follows the documented format.
A Content-Security-Policy of ``default-src 'none'`` makes the browser refuse any request
the page might make.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from importlib import resources
from typing import Any

from plantrack_html.sources import SourceTexts

__all__ = ["extractions_page", "format_value", "scorecard_page"]

Record = Mapping[str, Any]

STATUSES = ("met", "on_track", "at_risk", "behind", "missed", "no_result", "not_comparable")
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_COMPARATORS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "≈", "=": "", "between": ""}
_SCALES: dict[str, tuple[tuple[float, str], ...]] = {
    "CNY": ((1e12, "万亿元"), (1e8, "亿元"), (1e4, "万元"), (1, "元")),
    "USD": ((1e8, "亿美元"), (1e4, "万美元"), (1, "美元")),
    "person": ((1e4, "万人"), (1, "人")),
    "count": ((1e4, "万个"), (1, "个")),
    "jin": ((1e12, "万亿斤"), (1e8, "亿斤"), (1, "斤")),
    "ton": ((1e4, "万吨"), (1, "吨")),
    "kwh": ((1e8, "亿千瓦时"), (1, "千瓦时")),
    "m2": ((1e4, "万平方米"), (1, "平方米")),
    "mu": ((1e4, "万亩"), (1, "亩")),
    "percent": ((1, "%"),),
    "percentage_point": ((1, "个百分点"),),
}


def _num(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def format_value(fact: Record | None) -> str:
    """``≈5%``, ``≥1200万人``, ``6–6.5%``, ``>126万亿元``: a FACT's value as read."""
    if not fact or fact.get("value") is None:
        return "–"
    value, high = float(fact["value"]), fact.get("value_high")
    scale, suffix = next(((s, u) for s, u in _SCALES.get(fact.get("unit", ""), ((1, ""),))
                          if abs(value) >= s), _SCALES.get(fact.get("unit", ""), ((1, ""),))[-1])
    text = _num(value / scale)
    if high is not None:
        text += "–" + _num(float(high) / scale)
    return _COMPARATORS.get(fact.get("comparator", "="), "") + text + suffix


def _context(sources: SourceTexts, document: str | None, quote: str,
             span: Sequence[int] | None) -> str:
    found = sources.context(document, quote, span)
    cite = f"<cite>{escape(document or '')}</cite>"
    if found is None:
        return (f'<blockquote class="context unavailable"><mark>{escape(quote)}</mark>'
                f" (context unavailable){cite}</blockquote>")
    return (f'<blockquote class="context">{escape(found.before)}'
            f"<mark>{escape(found.quote)}</mark>{escape(found.after)}{cite}</blockquote>")


def _page(title: str, body: str) -> str:
    style = resources.files("plantrack_html").joinpath("style.css").read_text("utf-8")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{style}</style>\n</head>\n"
        f"<body>\n<h1>{escape(title)}</h1>\n{body}</body>\n</html>\n"
    )


def _table(headers: Iterable[str], rows: Iterable[str], css: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table class="{css}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n' + \
        "".join(rows) + "</tbody>\n</table>\n"


def _counts(statuses: Iterable[str]) -> str:
    counts = Counter(statuses)
    items = "".join(f'<li class="{escape(s)}">{escape(s.replace("_", " "))}: {counts[s]}</li>'
                    for s in (*STATUSES, *sorted(set(counts) - set(STATUSES))) if counts[s])
    return f'<ul class="counts">{items}</ul>\n'


# --- Scorecard ------------------------------------------------------------------------


def _row(row: Record, sources: SourceTexts) -> str:
    status = str(row.get("status", ""))
    contexts = "".join(_context(sources, s.get("document"), s.get("quote", ""), s.get("span"))
                       for s in row.get("sources") or ())
    conflicts = "".join(f'<p class="conflict">{escape(str(c.get("description", "")))}</p>'
                        for c in row.get("conflicts") or ())
    pace = row.get("pace")
    cells = [
        escape(row.get("region_name") or row.get("region") or "–"),
        escape(row.get("indicator_name") or row.get("indicator", "")),
        escape(row.get("measure", "")),
        escape(str(row.get("period", ""))) + (" (per year)" if row.get("per") else ""),
    ]
    return (f'<tr class="row" data-status="{escape(status)}">'
            + "".join(f"<td>{c}</td>" for c in cells)
            + f'<td class="num">{escape(format_value(row.get("target")))}</td>'
            + f'<td class="num">{escape(format_value(row.get("result")))}</td>'
            + f'<td class="status {escape(status)}">{escape(status.replace("_", " "))}</td>'
            + f'<td class="num">{"–" if pace is None else _num(float(pace))}</td>'
            + f"<td>{contexts}{conflicts}</td></tr>\n")


def scorecard_page(data: Record, sources: SourceTexts) -> str:
    """The page for ``{"rows": [...]}`` (FACTS.md scorecard rows)."""
    rows: Sequence[Record] = data.get("rows") or ()
    headers = ("region", "indicator", "measure", "period", "target", "result", "status",
               "pace", "sources")
    body = (_counts(str(r.get("status", "")) for r in rows)
            + _table(headers, (_row(r, sources) for r in rows), "scorecard"))
    if not rows:
        body += '<p class="empty">No targets found.</p>\n'
    return _page("plantrack scorecard", body)


# --- Extractions ----------------------------------------------------------------------


def _fact(fact: Record, document: str, sources: SourceTexts) -> str:
    cells = [fact.get("kind", ""), fact.get("region_name") or fact.get("region") or "–",
             fact.get("indicator_label") or fact.get("indicator", ""), fact.get("measure", ""),
             format_value(fact), str(fact.get("period", "")), fact.get("modality") or ""]
    return (f'<tr class="fact" data-kind="{escape(str(fact.get("kind", "")))}">'
            + "".join(f"<td>{escape(str(c))}</td>" for c in cells)
            + f"<td>{_context(sources, document, fact.get('quote', ''), fact.get('span'))}"
            "</td></tr>\n")


def _project(project: Record, document: str, sources: SourceTexts) -> str:
    investment = format_value({"value": project.get("investment"), "unit": "CNY",
                               "comparator": project.get("investment_comparator") or "="})
    cells = [project.get("name", ""), project.get("region_name") or "–", investment,
             project.get("status", "")]
    return ('<tr class="project">' + "".join(f"<td>{escape(str(c))}</td>" for c in cells)
            + f"<td>{_context(sources, document, project.get('quote', ''), project.get('span'))}"
            "</td></tr>\n")


def _document(record: Record, sources: SourceTexts) -> str:
    name = str(record.get("document", ""))
    facts = record.get("facts") or ()
    projects = record.get("projects") or ()
    meta = ", ".join(f"{k}: {record[k]}" for k in ("year", "year_cue") if record.get(k))
    out = (f'<section class="document" data-document="{escape(name)}">\n'
           f"<h2>{escape(name)}</h2>\n<p>{escape(meta)}</p>\n")
    out += _table(("kind", "region", "indicator", "measure", "value", "period", "modality",
                   "source"), (_fact(f, name, sources) for f in facts), "facts")
    if projects:
        out += _table(("project", "region", "investment", "status", "source"),
                      (_project(p, name, sources) for p in projects), "projects")
    return out + "</section>\n"


def extractions_page(records: Sequence[Record], sources: SourceTexts) -> str:
    """The page for FACTS.md document objects, one section per document."""
    body = "".join(_document(r, sources) for r in records)
    return _page("plantrack extractions", body or '<p class="empty">No documents.</p>\n')
