"""One test per hook: a plugin implementing it changes what plantrack does.

``test_meta.py`` checks there is a ``test_hook_<name>`` here for every hookspec.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack import extract
from plantrack.api import catalog_of, load_document
from plantrack.cli import main
from plantrack.components import ReportOptions
from plantrack.hookspecs import hookimpl
from plantrack.model import Document, Indicator, Period, Quantity, Region, Result
from plantrack.plugins import using_default


class _Loader:
    name = "widget"
    suffixes = (".widget",)

    def load(self, path: Path, options) -> Document:
        return Document(name=path.name, text=path.read_text(encoding="utf-8").upper())


class _LoaderPlugin:
    @hookimpl
    def register_loaders(self, register):
        register(_Loader())


def test_hook_register_loaders(plantrack_register, tmp_path):
    registry = plantrack_register(_LoaderPlugin())
    (tmp_path / "a.widget").write_text("abc", encoding="utf-8")
    assert load_document(tmp_path / "a.widget", registry).text == "ABC"
    assert registry.loader_for(".widget").name == "widget"


class _IndicatorPlugin:
    @hookimpl
    def register_indicators(self, register):
        register(Indicator(id="charging_piles", name="充电桩", kind="stock", unit="count"))


def test_hook_register_indicators(plantrack_register):
    registry = plantrack_register(_IndicatorPlugin())
    assert registry.indicators["charging_piles"].name == "充电桩"
    extraction = extract("2024年，全市新建充电桩3000个。", year=2024, registry=registry)
    assert [f.indicator for f in extraction.facts] == ["charging_piles"]


def test_hook_register_indicators_refuses_a_duplicate_id(plantrack_register):
    plantrack_register(_IndicatorPlugin(), name="first")
    with pytest.raises(AssertionError, match="already provided by plugin 'first'"):
        plantrack_register(_IndicatorPlugin(), name="second")


class _RegionPlugin:
    @hookimpl
    def register_regions(self, register):
        register(Region(code="320612", name="通州区", level="county", parent="320600",
                        aliases=("通州湾",)))


def test_hook_register_regions(plantrack_register):
    registry = plantrack_register(_RegionPlugin())
    found = catalog_of(registry).gazetteer.lookup("通州湾")
    assert [r.code for r in found] == ["320612"]
    assert registry.regions["320612"].full_name  # the built-in entry kept, aliases merged


class _Extractor:
    name = "exclaim"
    description = "GDP!n"

    def detect(self, doc):
        return 0.9

    def extract(self, doc):
        start = doc.text.find("GDP!")
        if start >= 0:
            region = doc.catalog.gazetteer.get("100000")
            yield Result(region="100000", region_name=region.name, indicator="gdp",
                         measure="growth", quantity=Quantity(doc.text[start + 4], "percent"),
                         period=Period.year(doc.year),
                         provenance=doc.provenance(start, start + 5))


class _ExtractorPlugin:
    @hookimpl
    def register_extractors(self, register):
        register(_Extractor())


def test_hook_register_extractors(plantrack_register):
    registry = plantrack_register(_ExtractorPlugin())
    extraction = extract("2024: GDP!5", year=2024, registry=registry)
    assert "exclaim" in extraction.extractors
    assert [(f.indicator, str(f.quantity.value)) for f in extraction.facts] == [("gdp", "5")]


class _Reporter:
    name = "shout"
    description = "Document names, upper-cased"

    def report_extractions(self, extractions, options):
        return " ".join(e.document.upper() for e in extractions) + "\n"

    def report_scorecard(self, card, options):
        return "SCORECARD\n"


class _ReporterPlugin:
    @hookimpl
    def register_reporters(self, register):
        register(_Reporter())


def test_hook_register_reporters(plantrack_pm, plantrack_register, tmp_path, capsys):
    registry = plantrack_register(_ReporterPlugin())
    assert registry.reporters["shout"].report_scorecard(None, ReportOptions()) == "SCORECARD\n"
    (tmp_path / "a.txt").write_text("2024年地区生产总值增长5%。", encoding="utf-8")
    with using_default(plantrack_pm):
        assert main(["extract", "--format", "shout", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().out == f"{tmp_path.name.upper()}/A.TXT\n"


class _CommandPlugin:
    @hookimpl
    def register_commands(self, cli):
        import click

        @cli.command(name="count-facts")
        @click.argument("text")
        def count_facts(text):
            """Print how many facts TEXT holds."""
            click.echo(len(extract(text, year=2023).facts))


def test_hook_register_commands(capsys):
    from plantrack.cli import PlantrackGroup
    from plantrack.hookspecs import register_commands
    from plantrack.plugins import get_plugin_manager, register_plugin

    group = PlantrackGroup("plantrack")
    pm = get_plugin_manager(builtins=False, entry_points=False)
    register_plugin(pm, _CommandPlugin())
    assert register_commands.__name__ == "register_commands"
    pm.hook.register_commands(cli=group)
    assert "count-facts" in group.commands
    result = group.commands["count-facts"].main(["地区生产总值增长5%。"],
                                                standalone_mode=False)
    assert result is None
    assert capsys.readouterr().out == "1\n"
