"""The html reporter's page, checked as text: values, escaping, contexts, no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

from plantrack_html.page import format_value
from plantrack_html.sources import ENV, SourceTexts

from plantrack import extract
from plantrack.components import ReportOptions
from plantrack.model import Document

TEXT = ("2024年，全区经济稳中有进。今年主要目标是：地区生产总值增长6.5%以上，"
        "一般公共预算收入增长4%。")


def _extraction(registry):
    doc = Document(name="plan.txt", text=TEXT)
    return extract(doc, year=2024, region="320612", registry=registry)


def test_values_read_as_the_text_writes_them():
    assert format_value({"value": 5, "unit": "percent", "comparator": "~"}) == "≈5%"
    assert format_value({"value": 12000000, "unit": "person", "comparator": ">="}) == "≥1200万人"
    assert format_value({"value": 126e12, "unit": "CNY", "comparator": ">"}) == ">126万亿元"
    assert format_value({"value": 6, "value_high": 6.5, "unit": "percent",
                         "comparator": "between"}) == "6–6.5%"
    assert format_value({"value": -2.5, "unit": "percent", "comparator": "~"}) == "≈-2.5%"
    assert format_value(None) == "–"


def test_extraction_page_shows_each_quote_in_context(plantrack_registry):
    reporter = plantrack_registry.reporters["html"]
    page = reporter.report_extractions([_extraction(plantrack_registry)],
                                       ReportOptions(extra={"texts": {"plan.txt": TEXT}}))
    assert page.count('<tr class="fact"') == 2
    assert "全区经济稳中有进。今年主要目标是:" not in page  # the original, not normalised
    assert "今年主要目标是：<mark>地区生产总值增长6.5%以上</mark>，" in page
    assert "(context unavailable)" not in page


def test_without_the_text_the_quote_stands_alone(plantrack_registry, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV, raising=False)
    page = plantrack_registry.reporters["html"].report_extractions(
        [_extraction(plantrack_registry)], ReportOptions())
    assert page.count("(context unavailable)") == 2
    assert "<mark>地区生产总值增长6.5%以上</mark>" in page


def test_texts_are_found_in_the_source_folders_of_the_environment(
        plantrack_registry, monkeypatch, tmp_path):
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv(ENV, str(tmp_path))
    sources = SourceTexts(ReportOptions())
    context = sources.context("plan.txt", "一般公共预算收入增长4%", (TEXT.index("一般"),
                                                               TEXT.index("4%") + 2))
    assert context is not None
    assert context.before.endswith("6.5%以上，")
    assert context.after == "。"


def test_a_text_whose_span_does_not_hold_the_quote_is_not_used(tmp_path):
    (tmp_path / "plan.txt").write_text("另一份文件" + TEXT, encoding="utf-8")
    sources = SourceTexts(ReportOptions(extra={"paths": [tmp_path / "plan.txt"]}))
    assert sources.text("plan.txt") is not None
    assert sources.context("plan.txt", "地区生产总值", (TEXT.index("地区"),
                                                     TEXT.index("地区") + 6)) is None


def test_markup_in_the_text_is_escaped(plantrack_registry):
    record = {"document": "<b>x</b>.txt", "facts": [{
        "kind": "result", "indicator": "gdp", "measure": "level", "value": 1, "unit": "CNY",
        "period": "2024", "quote": "<script>", "span": [0, 8]}], "projects": []}
    page = plantrack_registry.reporters["html"].report_extractions([record], ReportOptions())
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;.txt" in page


def test_the_page_names_no_address_and_forbids_requests(plantrack_registry):
    page = plantrack_registry.reporters["html"].report_scorecard({"rows": []}, ReportOptions())
    assert not re.search(r"https?://|//[a-z]|url\(|@import|<script|<link|<img", page)
    assert "default-src 'none'" in page
    assert "No targets found." in page


def test_the_reporter_is_installed_under_the_entry_point():
    from importlib import metadata

    (ep,) = metadata.entry_points(group="plantrack", name="html")
    assert ep.value == "plantrack_html"
    assert Path(ep.load().__file__).parent.name == "plantrack_html"


def test_plantrack_plugins_lists_it(capsys, monkeypatch):
    from plantrack.cli import main

    monkeypatch.delenv("PLANTRACK_LOAD_PLUGINS", raising=False)
    monkeypatch.delenv("PLANTRACK_DISABLE_PLUGINS", raising=False)
    assert main(["plugins", "--json"]) == 0
    listed = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["html"]["entry_point"] == "html = plantrack_html"
    assert listed["html"]["provides"] == {"reporter": ["html"]}
    assert not listed["html"]["broken"]


def test_history_page_has_an_inline_svg_chart():
    from pathlib import Path

    from plantrack_html.reporter import HtmlReporter

    import plantrack
    from plantrack.components import ReportOptions

    national = Path(__file__).resolve().parents[3] / "tests" / "data" / "national"
    history = plantrack.api.history(list(plantrack.extract_batch([national])),
                                    region="100000", indicator="gdp", measure="growth")
    page = HtmlReporter().report_history(history, ReportOptions())
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page
    chart = page[page.index('class="history-chart"'):page.index('</svg>')]
    assert chart.count('<rect class="result') == 7
    assert 'class="status missed"' in page
    assert "<script" not in page
