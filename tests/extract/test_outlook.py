"""Outlook / work-plan style: next year's targets, 确保/力争 modality, both scripts."""

from __future__ import annotations

from plantrack.extract.outlook import EXTRACTOR as OUTLOOK
from plantrack.testing import assert_extracts, run_extractor

PLAN = ("展望2025\n\n"
        "南通市通州区将坚持稳中求进。地区生产总值增长6%左右,一般公共预算收入增长5%,"
        "规上工业增加值增长9%以上。\n"
        "通州区将确保新签约重大项目40个以上,力争全社会研发投入占比达3.1%,"
        "确保新增上市企业3家,实施智改数转网联项目200个以上。\n")


def test_plain_list_is_the_years_targets() -> None:
    extraction = run_extractor("outlook", PLAN)
    facts = {(f.indicator, f.measure): f for f in extraction.goals}
    gdp = facts[("gdp", "growth")]
    assert (str(gdp.period), gdp.quantity.comparator, gdp.modality) == ("2025", "~", "plan")
    assert gdp.region == "320612"
    assert facts[("industrial_value_added", "growth")].quantity.comparator == ">="
    assert not extraction.results


def test_modal_word_governs_the_clauses_after_it() -> None:
    extraction = run_extractor("outlook", PLAN)
    modality = {f.indicator: f.modality for f in extraction.goals}
    assert modality["major_projects_signed"] == "ensure"
    assert modality["rd_intensity"] == "strive"
    assert modality["listed_companies"] == "ensure"  # 确保 again after 力争
    listed = next(f for f in extraction.goals if f.indicator == "listed_companies")
    assert listed.measure == "increase"  # 新增 before a stock


def test_traditional_script_keeps_its_quote() -> None:
    text = "展望2025\n\n南通市通州區將確保新簽約重大項目40個以上,力爭全社會研發投入佔比達3.1%。\n"
    assert_extracts("outlook", text, [
        {"indicator": "major_projects_signed", "value": 40, "comparator": ">=",
         "modality": "ensure", "quote": "確保新簽約重大項目40個以上"},
        {"indicator": "rd_intensity", "value": 3.1, "modality": "strive"},
    ])


def test_detects_target_heavy_text_not_reports() -> None:
    from plantrack.api import catalog_of
    from plantrack.model import Document
    from plantrack.text.prepare import prepare

    extractor = OUTLOOK
    plan = prepare(Document("a.txt", PLAN), catalog=catalog_of())
    report = prepare(Document("b.txt", "上半年,全市实现地区生产总值100亿元,同比增长5%。"
                                       "上半年,已完成固定资产投资增长3%。"), catalog=catalog_of())
    assert extractor.detect(plan) >= 0.5
    assert extractor.detect(report) < 0.3
