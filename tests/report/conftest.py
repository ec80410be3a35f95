"""The seeds' and dev corpus's gold, scored: real rows for the reporters to format."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from plantrack.api import catalog_of
from plantrack.convert import extraction_from_json
from plantrack.model import Extraction, Goal, Period, Provenance, Quantity, Result
from plantrack.track.scorecard import build_scorecard


@pytest.fixture(scope="session")
def extractions(shared):
    paths = [*sorted((shared / "gold").glob("*.json")),
             *sorted((shared / "corpus" / "dev").glob("*.json"))]
    return [extraction_from_json(json.loads(p.read_text(encoding="utf-8"))) for p in paths]


@pytest.fixture(scope="session")
def card(extractions):
    return build_scorecard(extractions, catalog=catalog_of())


# --- a small hand-made scorecard: modalities and a disputed result ---------------------

def _provenance(document: str, quote: str, start: int) -> Provenance:
    return Provenance(document=document, start=start, end=start + len(quote), quote=quote)


def _goal(indicator: str, value: str, unit: str, *, comparator: str, modality: str,
          quote: str, measure: str = "level") -> Goal:
    return Goal(region="320612", region_name="通州区", indicator=indicator,
                measure=measure,  # type: ignore[arg-type]
                quantity=Quantity(Decimal(value), unit, comparator),  # type: ignore[arg-type]
                period=Period.parse("2023"), provenance=_provenance("plan.txt", quote, 10),
                modality=modality)  # type: ignore[arg-type]


def _result(indicator: str, value: str, unit: str, *, document: str, quote: str,
            period: str = "2023H1", measure: str = "level") -> Result:
    return Result(region="320612", region_name="通州区", indicator=indicator,
                  measure=measure,  # type: ignore[arg-type]
                  quantity=Quantity(Decimal(value), unit, "="),
                  period=Period.parse(period), provenance=_provenance(document, quote, 40))


@pytest.fixture(scope="session")
def hand_card():
    """Three targets (确保, 力争, plan); the ensured one has two H1 figures that disagree."""
    plan = Extraction(document="plan.txt", goals=[
        _goal("major_projects_started", "30", "count", comparator=">=", modality="ensure",
              quote="确保新开工重大项目30个以上"),
        _goal("rd_intensity", "3", "percent", comparator="=", modality="strive",
              quote="力争研发投入占比达3%"),
        _goal("gdp", "6.5", "percent", comparator=">=", modality="plan",
              quote="地区生产总值增长6.5%以上", measure="growth"),
    ])
    mid = Extraction(document="mid-year.txt", results=[
        _result("major_projects_started", "16", "count", document="mid-year.txt",
                quote="上半年新开工重大项目16个"),
        _result("gdp", "7", "percent", document="mid-year.txt", quote="地区生产总值增长7%",
                measure="growth"),
    ])
    roundup = Extraction(document="round-up.txt", results=[
        _result("major_projects_started", "12", "count", document="round-up.txt",
                quote="上半年开工重大项目12个"),
    ])
    return build_scorecard([plan, mid, roundup], catalog=catalog_of())


@pytest.fixture(scope="session")
def crowded_card():
    """Rows whose wide table Rich lays out a column too wide at 120 columns: long
    indicator names, a 每年 period, a four-digit pace and a dozen rows."""
    def goal(indicator: str, value: str, unit: str, comparator: str, *, period: str,
             measure: str = "level", per: str | None = None) -> Goal:
        return Goal(region="320612", region_name="通州区", indicator=indicator,
                    measure=measure,  # type: ignore[arg-type]
                    quantity=Quantity(Decimal(value), unit, comparator),  # type: ignore[arg-type]
                    period=Period.parse(period),
                    provenance=_provenance("plan.txt", f"目标{indicator}", 1),
                    modality="ensure", per=per)  # type: ignore[arg-type]

    counts = ("sci_tech_projects", "talent_projects", "high_tech_enterprises",
              "listed_companies", "enterprises_2b", "smart_transformation_projects",
              "major_projects_started")
    plan = Extraction(document="plan.txt", goals=[
        goal("major_projects_signed", "30", "count", ">=", period="2021..2025", per="year"),
        goal("major_projects_signed", "60", "count", ">=", period="2024"),
        goal("industrial_value_added", "11", "percent", "=", period="2024", measure="growth"),
        goal("high_level_talents", "80", "person", "=", period="2023"),
        *(goal(c, "10", "count", "=", period="2024") for c in counts),
    ], results=[
        _result("major_projects_signed", "51", "count", document="r.txt",
                quote="重大招商项目51个", period="2023-01..2023-02"),
        _result("industrial_value_added", "11.3", "percent", document="r.txt",
                quote="增长11.3%", period="2024Q4", measure="growth"),
    ])
    return build_scorecard([plan], catalog=catalog_of())
