"""Small hand-built goals and results for the scorecard tests (not copies of the seeds)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from plantrack.catalog import Catalog
from plantrack.catalog.regions import Gazetteer
from plantrack.model import (
    Extraction,
    Goal,
    Indicator,
    Period,
    Provenance,
    Quantity,
    Region,
    Result,
)

INDICATORS = {
    i.id: i for i in (
        Indicator("gdp", "地区生产总值", "flow", "CNY"),
        Indicator("projects", "新开工重大项目", "flow", "count"),
        Indicator("firms", "高新技术企业", "stock", "count"),
        Indicator("unemployment", "城镇登记失业率", "rate", "percent", better="down"),
        Indicator("energy", "单位地区生产总值能耗", "index", "percent", better="down"),
        Indicator("cpi", "居民消费价格", "index", "percent", better="down"),
    )
}
REGIONS = (
    Region("320000", "江苏省", "province"),
    Region("320600", "南通市", "prefecture", parent="320000", full_name="江苏省南通市"),
    Region("320612", "通州区", "county", parent="320600", full_name="江苏省南通市通州区"),
    Region("320685", "海安市", "county", parent="320600", full_name="江苏省南通市海安市"),
    Region("110112", "通州区", "county", full_name="北京市通州区"),
)


class Facts:
    """Builders: ``goal("projects", 30, period="2023")`` and the like."""

    catalog = Catalog(indicators=INDICATORS, gazetteer=Gazetteer(REGIONS))
    _count = 0

    def _provenance(self, document: str, quote: str | None = None) -> Provenance:
        Facts._count += 1
        quote = quote or f"quote {Facts._count}"
        return Provenance(document=document, start=Facts._count, end=Facts._count + len(quote),
                          quote=quote)

    def quantity(self, value: Any, unit: str, comparator: str = "=",
                 high: Any = None) -> Quantity:
        return Quantity(Decimal(str(value)), unit, comparator,  # type: ignore[arg-type]
                        Decimal(str(high)) if high is not None else None)

    def goal(self, indicator: str, value: Any, *, period: str = "2023",
             comparator: str = "=", measure: str = "level", region: str = "320612",
             per: str | None = None, high: Any = None, document: str = "plan.txt",
             unit: str | None = None, modality: str = "plan") -> Goal:
        unit = unit or ("percent" if measure == "growth" else INDICATORS[indicator].unit)
        return Goal(region=region, region_name="通州区", indicator=indicator,
                    measure=measure,  # type: ignore[arg-type]
                    quantity=self.quantity(value, unit, comparator, high),
                    period=Period.parse(period), provenance=self._provenance(document),
                    per=per, modality=modality)  # type: ignore[arg-type]

    def result(self, indicator: str, value: Any, *, period: str = "2023",
               measure: str = "level", region: str = "320612", comparator: str = "=",
               document: str = "report.txt", unit: str | None = None,
               quote: str | None = None) -> Result:
        unit = unit or ("percent" if measure == "growth" else INDICATORS[indicator].unit)
        return Result(region=region, region_name="通州区", indicator=indicator,
                      measure=measure,  # type: ignore[arg-type]
                      quantity=self.quantity(value, unit, comparator),
                      period=Period.parse(period),
                      provenance=self._provenance(document, quote))

    def extraction(self, *facts: Goal | Result, document: str = "doc.txt") -> Extraction:
        return Extraction(document=document,
                          goals=[f for f in facts if isinstance(f, Goal)],
                          results=[f for f in facts if isinstance(f, Result)])


@pytest.fixture(scope="session")
def facts() -> Facts:
    return Facts()
