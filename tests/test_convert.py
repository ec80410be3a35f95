"""The converter writes exactly FACTS.md's records and reads them back."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from tests.strategies import extractions

from plantrack.convert import (
    ConversionError,
    converter,
    extraction_from_json,
    extraction_to_json,
)
from plantrack.model import Extraction, Indicator, Region

FACT_FIELDS = {"kind", "region", "region_name", "indicator", "measure", "value", "unit",
               "comparator", "period", "quote", "span"}


@given(extractions())
def test_round_trip_through_json_text(extraction: Extraction):
    text = json.dumps(extraction_to_json(extraction), ensure_ascii=False)
    assert extraction_from_json(json.loads(text)) == extraction


@given(extractions())
def test_records_have_the_facts_md_fields(extraction: Extraction):
    record = extraction_to_json(extraction)
    assert set(record) >= {"document", "facts", "projects"}
    for fact in record["facts"]:
        assert set(fact) >= FACT_FIELDS
        assert ("value_high" in fact) == (fact["comparator"] == "between")
        assert ("modality" in fact) == (fact["kind"] == "target")
        assert fact["span"][1] - fact["span"][0] == len(fact["quote"])


def test_decimal_values_are_exact_in_json():
    record = {"document": "d.txt", "projects": [], "facts": [{
        "kind": "result", "region": "320612", "region_name": "通州区", "indicator": "gdp",
        "measure": "level", "value": 1640000000, "unit": "CNY", "comparator": "=",
        "period": "2023H1", "quote": "16.4亿元", "span": [3, 9]}]}
    extraction = extraction_from_json(record)
    assert extraction.results[0].quantity.value == Decimal(1640000000)
    assert extraction_to_json(extraction)["facts"][0]["value"] == 1640000000


def test_reads_every_gold_file(shared):
    files = sorted((shared / "gold").glob("*.json")) + sorted(
        (shared / "corpus" / "dev").glob("*.json"))
    assert len(files) >= 19
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        extraction = extraction_from_json(record)
        assert len(extraction.facts) == len(record["facts"])
        assert len(extraction.projects) == len(record["projects"])


@pytest.mark.parametrize(
    ("fact_patch", "message"),
    [
        ({"kind": "guess"}, "kind must be 'target' or 'result'"),
        ({"period": "sometime"}, "not a period"),
        ({"unit": "furlong"}, "unit must be one of"),
        ({"span": [5]}, r"span must be \[start, end\]"),
        ({"value": "many"}, "document d.txt"),
    ],
)
def test_invalid_records_raise_one_clear_error(fact_patch, message):
    fact = {"kind": "target", "region": "320612", "region_name": "通州区",
            "indicator": "gdp", "measure": "growth", "value": 6.5, "unit": "percent",
            "comparator": ">=", "period": "2023", "quote": "增长6.5%以上", "span": [0, 8]}
    with pytest.raises(ConversionError, match=message):
        extraction_from_json({"document": "d.txt", "facts": [fact | fact_patch]})


def test_missing_field_is_named():
    with pytest.raises(ConversionError, match="missing field 'indicator'"):
        extraction_from_json({"document": "d.txt", "facts": [{
            "kind": "result", "measure": "level", "value": 1, "unit": "CNY",
            "period": "2023", "quote": "x", "span": [0, 1]}]})


def test_catalogue_records_round_trip():
    region = Region(code="320612", name="通州区", level="county", parent="320600",
                    aliases=("通州",), full_name="江苏省南通市通州区")
    indicator = Indicator(id="cpi", name="居民消费价格", kind="index", unit="percent",
                          better="down", aliases=("CPI",))
    assert converter.structure(converter.unstructure(region), Region) == region
    assert converter.structure(converter.unstructure(indicator), Indicator) == indicator


def test_the_context_and_undated_facts_round_trip() -> None:
    from plantrack import extract
    from plantrack.convert import extraction_from_json, extraction_to_json

    for text in ("展望2024，全市地区生产总值增长5%左右。", "地区生产总值增长5%。"):
        extraction = extract(text)
        record = extraction_to_json(extraction)
        assert set(record["context"]) == {"year", "region", "kind", "sections"}
        assert extraction_from_json(record) == extraction
