"""The html pages as headless Chromium renders them: rows, statuses, quotes, no network."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from plantrack.components import ReportOptions

TEXT = ("今年主要目标是：地区生产总值增长6.5%以上，一般公共预算收入增长4%。"
        "上半年，地区生产总值增长7.1%，一般公共预算收入增长1.5%。")


def _fact(kind, indicator, value, *, cmp, period, quote):
    start = TEXT.index(quote)
    return {"document": "nt.txt", "kind": kind, "region": "320612", "region_name": "通州区",
            "indicator": indicator, "measure": "growth", "value": value, "unit": "percent",
            "comparator": cmp, "period": period, "quote": quote,
            "span": [start, start + len(quote)]}


def _row(indicator, name, target, result, *, status, pace):
    sources = [{"role": f["kind"], "document": "nt.txt", "quote": f["quote"],
                "span": f["span"]} for f in (target, result) if f]
    return {"region": "320612", "region_name": "通州区", "indicator": indicator,
            "indicator_name": name, "measure": "growth", "period": "2024", "per": None,
            "target": target, "result": result, "status": status, "expected": None,
            "pace": pace, "sources": sources, "conflicts": []}


CARD = {"rows": [
    _row("gdp", "地区生产总值",
         _fact("target", "gdp", 6.5, cmp=">=", period="2024", quote="地区生产总值增长6.5%以上"),
         _fact("result", "gdp", 7.1, cmp="=", period="2024H1", quote="地区生产总值增长7.1%"),
         status="on_track", pace=1.09),
    _row("general_budget_revenue", "一般公共预算收入",
         _fact("target", "general_budget_revenue", 4, cmp="=", period="2024",
               quote="一般公共预算收入增长4%"),
         _fact("result", "general_budget_revenue", 1.5, cmp="=", period="2024H1",
               quote="一般公共预算收入增长1.5%"), status="behind", pace=0.38),
    _row("retail_sales", "社会消费品零售总额", None, None, status="no_result", pace=None),
]}


class _Dom(HTMLParser):
    """What the rendered DOM holds: scorecard rows by status, marked quotes, all text."""

    def __init__(self) -> None:
        super().__init__()
        self.statuses: list[str] = []
        self.marks: list[str] = []
        self.text: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "tr" and found.get("class") == "row":
            self.statuses.append(found.get("data-status") or "")
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marks.append(data)


def _render(chromium, page: str, tmp_path: Path) -> tuple[_Dom, str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    dom = chromium(path, "--dump-dom")
    parsed = _Dom()
    parsed.feed(dom)
    return parsed, dom


def test_scorecard_renders_every_row_status_and_quote(plantrack_registry, chromium,
                                                      tmp_path):
    options = ReportOptions(extra={"texts": {"nt.txt": TEXT}})
    page = plantrack_registry.reporters["html"].report_scorecard(CARD, options)
    dom, raw = _render(chromium, page, tmp_path)
    assert dom.statuses == ["on_track", "behind", "no_result"]
    text = "".join(dom.text)
    for word in ("on track", "behind", "no result", "≥6.5%", "1.09"):
        assert word in text
    assert dom.marks == ["地区生产总值增长6.5%以上", "地区生产总值增长7.1%",
                         "一般公共预算收入增长4%", "一般公共预算收入增长1.5%"]
    assert "今年主要目标是：地区生产总值增长6.5%以上，一般公共预算收入增长4%。上半年" in text
    assert not re.search(r"https?://", raw)


def test_extractions_render_with_contexts(plantrack_registry, chromium, tmp_path):
    from plantrack import extract
    from plantrack.model import Document

    extraction = extract(Document(name="nt.txt", text=TEXT), year=2024, region="320612")
    assert extraction.facts, "the generic extractor should find these facts"
    options = ReportOptions(extra={"texts": {"nt.txt": TEXT}})
    page = plantrack_registry.reporters["html"].report_extractions([extraction], options)
    dom, raw = _render(chromium, page, tmp_path)
    assert len(dom.marks) == len(extraction.facts)
    assert set(dom.marks) == {f.provenance.quote for f in extraction.facts}
    assert "context unavailable" not in "".join(dom.text)
    assert not re.search(r"https?://", raw)


def test_the_page_paints_something(plantrack_registry, chromium, tmp_path):
    page = plantrack_registry.reporters["html"].report_scorecard(CARD, ReportOptions())
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    shot = tmp_path / "shot.png"
    chromium(tmp_path / "page.html", f"--screenshot={shot}", "--window-size=1200,900")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 10_000  # a blank page compresses to a few hundred bytes
