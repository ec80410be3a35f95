"""The national extractor: targets, last year's results, detection, gold scores."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import plantrack_national
import pytest

import plantrack
from plantrack.model import Document
from plantrack.plugins import build_registry, plugin_infos
from plantrack.testing import (
    assert_extracts,
    assert_score,
    isolated_plugin_manager,
    run_extractor,
    score_gold,
)
from plantrack.text.prepare import prepare

GOLD = Path(__file__).parent / "gold"

TARGETS = ("2023年政府工作报告。今年发展主要预期目标是：国内生产总值增长5%左右；"
           "城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。")


@pytest.fixture
def country(plantrack_registry):
    """The region fields every fact carries: the gazetteer's own name for 100000."""
    return {"region": "100000", "region_name": plantrack_registry.regions["100000"].name}


def test_target_list_gives_targets_for_the_report_year(country):
    assert_extracts("national", TARGETS, [
        {**country, "kind": "target", "indicator": "gdp", "measure": "growth", "value": 5,
         "comparator": "~", "period": "2023", "modality": "plan",
         "quote": "国内生产总值增长5%左右"},
        {**country, "kind": "target", "indicator": "urban_jobs_new", "measure": "level",
         "value": 12000000, "unit": "person", "comparator": "~", "period": "2023"},
        {**country, "kind": "target", "indicator": "urban_surveyed_unemployment_rate",
         "measure": "level", "value": 5.5, "period": "2023"},
        {**country, "kind": "target", "indicator": "cpi", "measure": "growth", "value": 3,
         "period": "2023", "quote": "居民消费价格涨幅3%左右"},
    ])


def test_review_gives_results_for_the_year_before(plantrack_registry):
    text = ("2024年政府工作报告\n过去一年，国内生产总值超过126万亿元，增长5.2%。"
            "居民消费价格上涨0.2%。\n今年发展主要预期目标是：国内生产总值增长5%左右。")
    assert_extracts("national", text, [
        {"kind": "result", "indicator": "gdp", "measure": "level", "value": 126e12,
         "comparator": ">", "period": "2023", "region": "100000"},
        {"kind": "result", "indicator": "gdp", "measure": "growth", "value": 5.2,
         "period": "2023", "quote": "国内生产总值超过126万亿元，增长5.2%"},
        {"kind": "result", "indicator": "cpi", "measure": "growth", "value": 0.2,
         "period": "2023"},
        {"kind": "target", "indicator": "gdp", "value": 5, "period": "2024"},
    ])


def test_modality_words_in_an_item(plantrack_registry):
    text = ("我国今年的主要预期目标是：确保粮食产量1.3万亿斤以上；"
            "力争城镇新增就业1100万人以上。")
    assert_extracts("national", text, [
        {"indicator": "grain_output", "modality": "ensure", "value": 1.3e12,
         "unit": "jin", "comparator": ">="},
        {"indicator": "urban_jobs_new", "modality": "strive", "value": 11000000},
    ], year=2022)


def test_multi_year_figures_are_left_out(plantrack_registry):
    text = ("2019年政府工作报告。去年国内生产总值增长6.6%。"
            "过去五年，国内生产总值年均增长7.1%。今年的预期目标是：国内生产总值增长6%。")
    extraction = run_extractor("national", text)
    assert [(f.kind, str(f.quantity.value)) for f in extraction.facts] == [
        ("result", "6.6"), ("target", "6")]


def test_the_title_year_wins_over_the_document_year(plantrack_registry):
    extraction = run_extractor("national", TARGETS, year=2030)
    assert {str(f.period) for f in extraction.facts} == {"2023"}


def test_nothing_without_a_year(plantrack_registry):
    text = "今年发展主要预期目标是：国内生产总值增长5%左右。"
    assert run_extractor("national", text).facts == ()


@pytest.mark.parametrize(("text", "low", "high"), [
    (TARGETS, 0.8, 1.0),
    ("我国" + TARGETS, 0.9, 1.0),
    ("全区地区生产总值增长6.5%以上，今年主要预期目标是：一般公共预算收入增长4%。", 0.0, 0.0),
    ("全省主要预期目标是：国内生产总值增长5%左右。", 0.0, 0.0),
    ("上半年，全国居民人均可支配收入增长5.4%。", 0.0, 0.29),
])
def test_detect_reads_the_text_features(plantrack_registry, text, low, high):
    doc = prepare(Document(name="x.txt", text=text))
    score = plantrack_registry.extractors["national"].detect(doc)
    assert low <= score <= high


def test_gold_files_score_perfectly_with_the_extractor_alone():
    with isolated_plugin_manager(plantrack_national) as pm:
        report = score_gold(GOLD, registry=build_registry(pm), extractors=["national"])
    assert report.totals.tp == 23
    assert_score(report, min_f1=1.0)


def test_gold_files_are_all_found_in_the_full_pipeline(plantrack_registry):
    report = score_gold(GOLD, registry=plantrack_registry)
    assert_score(report, min_f1=0.0, min_recall=1.0)


def test_installed_entry_point_registers_the_extractor():
    (ep,) = metadata.entry_points(group="plantrack", name="national")
    assert ep.value == "plantrack_national"
    assert ep.dist is not None
    assert ep.dist.name == "plantrack-national"
    with isolated_plugin_manager(ep.load()) as pm:
        infos = {i.name: i for i in plugin_infos(pm, build_registry(pm))}
    assert infos["plantrack_national"].provides == ("extractor:national",)
    assert not infos["plantrack_national"].broken


def test_plantrack_plugins_lists_it(capsys, monkeypatch):
    from plantrack.cli import main

    monkeypatch.delenv("PLANTRACK_LOAD_PLUGINS", raising=False)
    monkeypatch.delenv("PLANTRACK_DISABLE_PLUGINS", raising=False)
    assert main(["plugins", "--json"]) == 0
    listed = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["national"]["entry_point"] == "national = plantrack_national"
    assert listed["national"]["provides"] == {"extractor": ["national"]}
    assert not listed["national"]["broken"]


def test_a_provinces_report_is_no_national_one_though_it_says_gdp_the_national_way(
        plantrack_registry):
    # an old provincial report writes 国内生产总值 for its own GDP; the document-context
    # stage has decided the province, so the extractor that gives every fact to the
    # country steps aside for the ones that give it to the province
    text = ("新疆维吾尔自治区政府工作报告称，2004年新疆宏观调控的主要预期目标是：国内生产总值"
            "2015亿元，增长9%；全社会固定资产投资1200亿元。")
    doc = prepare(Document(name="x.txt", text=text), catalog=plantrack_registry.catalog)
    assert doc.region is not None
    assert doc.region.code == "650000"
    assert plantrack_registry.extractors["national"].detect(doc) == 0.0
    extraction = plantrack.extract(text, year=2004)
    assert {f.region for f in extraction.facts} == {"650000"}
