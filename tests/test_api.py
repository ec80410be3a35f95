"""The Python API and the plugin path a third-party plugin takes."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest

import plantrack
from plantrack.cli import main
from plantrack.hookspecs import hookimpl
from plantrack.model import Document, Goal, Period, Quantity
from plantrack.plugins import (
    build_registry,
    get_plugin_manager,
    register_plugin,
    reset_default,
    set_default,
)


def test_str_is_text_path_is_file_document_as_is(tmp_path: Path):
    text = "上半年，通州区一般公共预算收入41亿元。"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from_text = plantrack.extract(text, year=2023, region="320612")
    from_path = plantrack.extract(path, year=2023, region="320612")
    from_doc = plantrack.extract(Document(name="mine.txt", text=text, year=2023),
                                 region="320612")
    assert from_text.document == "<text>"
    assert from_path.document == "a.txt"
    assert from_doc.document == "mine.txt"
    values = {f.quantity.value for e in (from_text, from_path, from_doc) for f in e.facts}
    assert values == {Decimal("4100000000")}


def test_a_str_that_names_a_file_is_still_text(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("全年地区生产总值增长6%。", encoding="utf-8")
    assert plantrack.extract("plan.txt", year=2023).facts == ()


def test_caller_year_wins_over_cues():
    extraction = plantrack.extract("展望2024，全年地区生产总值增长6%左右。", year=2030)
    assert extraction.year == 2030
    assert extraction.year_cue == "given by the caller"


def test_extract_rejects_other_types():
    with pytest.raises(TypeError, match="takes str, Path or Document"):
        plantrack.extract(42)  # type: ignore[arg-type]


def test_unknown_region_is_a_usage_error():
    with pytest.raises(plantrack.UsageError, match="unknown region"):
        plantrack.extract("文本", region="亚特兰蒂斯")


# --- a throwaway plugin, registered the way a third-party one is ----------------------


class TallyExtractor:
    """Finds every 座 (a count word no built-in reads) as a target for 'other'."""

    name = "tally"
    description = "test plugin"

    def detect(self, doc):
        return 1.0 if "座" in doc.scoped_text else 0.0

    def extract(self, doc):
        start, end = doc.scope
        i = doc.text.find("座", start, end)
        if i > 0:
            yield Goal(region=None, region_name="", indicator="other",
                       indicator_label="灯塔", measure="level",
                       quantity=Quantity(1, "count"), period=Period.year(doc.year or 2023),
                       provenance=doc.provenance(i - 1, i + 1))


class ShoutReporter:
    name = "shout"
    description = "test plugin"

    def report_extractions(self, extractions, options):
        return "".join(f"{e.document.upper()} {len(e.facts)}\n" for e in extractions)

    def report_scorecard(self, card, options):
        return f"ROWS {len(card.rows)}\n"


def make_plugin() -> types.ModuleType:
    module = types.ModuleType("tally_plugin")

    @hookimpl
    def register_extractors(register):
        register(TallyExtractor())

    @hookimpl
    def register_reporters(register):
        register(ShoutReporter())

    module.register_extractors = register_extractors  # type: ignore[attr-defined]
    module.register_reporters = register_reporters  # type: ignore[attr-defined]
    return module


@pytest.fixture
def with_plugin():
    pm = get_plugin_manager(entry_points=False)
    register_plugin(pm, make_plugin(), "tally_plugin")
    yield set_default(pm)
    reset_default()


def test_registered_plugin_extractor_is_used(with_plugin, tmp_path, capsys):
    path = tmp_path / "lights.txt"
    path.write_text("2023年，新建灯塔1座。", encoding="utf-8")
    assert main(["extract", "--format", "json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "tally" in record["extractors"]
    assert any(f.get("indicator_label") == "灯塔" for f in record["facts"])


def test_registered_plugin_reporter_is_selectable(with_plugin, tmp_path, capsys):
    path = tmp_path / "lights.txt"
    path.write_text("2023年，新建灯塔1座。", encoding="utf-8")
    assert main(["extract", "--format", "shout", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"{tmp_path.name.upper()}/LIGHTS.TXT")


def test_plugin_that_raises_is_reported_and_skipped():
    broken = types.ModuleType("broken_plugin")

    @hookimpl
    def register_extractors(register):
        raise RuntimeError("boom")

    broken.register_extractors = register_extractors  # type: ignore[attr-defined]
    pm = get_plugin_manager(entry_points=False)
    register_plugin(pm, broken, "broken_plugin")
    registry = build_registry(pm)
    assert registry.errors["broken_plugin"].endswith("RuntimeError: boom")
    assert "generic" in registry.extractors  # the others still load


def test_duplicate_component_names_are_refused():
    twin = types.ModuleType("twin_plugin")

    @hookimpl
    def register_reporters(register):
        register(ShoutReporter())
        register(ShoutReporter())

    twin.register_reporters = register_reporters  # type: ignore[attr-defined]
    pm = get_plugin_manager(entry_points=False)
    register_plugin(pm, twin, "twin_plugin")
    registry = build_registry(pm)
    assert "reporter 'shout' is already provided" in registry.errors["twin_plugin"]
    assert "shout" not in registry.reporters  # all or nothing


def test_extractor_that_raises_becomes_a_warning(tmp_path):
    class Exploding:
        name = "exploding"
        description = "test"

        def detect(self, doc):
            return 1.0

        def extract(self, doc):
            raise ValueError("bad day")

    module = types.ModuleType("exploding_plugin")

    @hookimpl
    def register_extractors(register):
        register(Exploding())

    module.register_extractors = register_extractors  # type: ignore[attr-defined]
    pm = get_plugin_manager(entry_points=False)
    register_plugin(pm, module, "exploding_plugin")
    registry = build_registry(pm)
    extraction = plantrack.extract("上半年，通州区一般公共预算收入41亿元。", year=2023,
                                   region="320612", registry=registry)
    assert any("exploding" in w and "bad day" in w for w in extraction.warnings)
    assert extraction.facts  # the generic extractor still ran


def test_public_names():
    for name in ("extract", "scorecard", "parse_number", "parse_quantity", "Goal", "Result",
                 "Project", "Region", "Indicator", "Period", "Quantity", "Provenance",
                 "Document", "Extraction"):
        assert hasattr(plantrack, name), name


def test_extracting_as_a_library_never_imports_rich():
    # every registry loads the rich reporter plugin; only rendering may import Rich
    code = ("import sys, plantrack\n"
            "plantrack.extract('2023年上半年，实现地区生产总值880.5亿元。')\n"
            "print('rich' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip() == "False"


def test_scorecard_takes_paths_and_refuses_other_things(tmp_path):
    import plantrack

    path = tmp_path / "plan.txt"
    path.write_text("展望2023，全年新开工重大项目27个以上。", encoding="utf-8")
    card = plantrack.scorecard([path])
    assert [r.target.indicator for r in card.rows] == ["major_projects_started"]
    with pytest.raises(TypeError, match="Extraction or Path items, not str"):
        plantrack.scorecard(["展望2023"])
