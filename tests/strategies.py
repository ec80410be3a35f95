"""Hypothesis strategies that build arbitrary, valid plantrack model objects."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from plantrack.model import (
    COMPARATORS,
    MEASURES,
    MODALITIES,
    PROJECT_STATUSES,
    UNITS,
    Extraction,
    Goal,
    Period,
    Project,
    Provenance,
    Quantity,
    Result,
)


# Up to 15 significant digits: every value official texts print, and what JSON floats
# carry exactly (see plantrack.convert).
def significant_digits(d: Decimal) -> int:
    """Digits without trailing zeros, counted exactly (normalize() would round first)."""
    digits = list(d.as_tuple().digits)
    while len(digits) > 1 and digits[-1] == 0:
        digits.pop()
    return len(digits)


decimals = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e13"), places=None,
                       allow_nan=False, allow_infinity=False).filter(
    lambda d: significant_digits(d) <= 15)
region_codes = st.from_regex(r"[1-8]\d{5}", fullmatch=True)
indicator_ids = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
names = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1,
                max_size=8)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    year = draw(st.integers(1990, 2100))
    kind = draw(st.sampled_from(["year", "years", "half", "quarter", "months"]))
    if kind == "year":
        return Period.year(year)
    if kind == "years":
        return Period.years(year, year + draw(st.integers(1, 10)))
    if kind == "half":
        return Period.half(year, draw(st.integers(1, 2)))
    if kind == "quarter":
        return Period.quarter(year, draw(st.integers(1, 4)))
    first = draw(st.integers(1, 12))
    return Period.months(year, first, draw(st.integers(first, 12)))


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    comparator = draw(st.sampled_from(COMPARATORS))
    value = draw(decimals)
    high = None
    if comparator == "between":
        high = value + abs(draw(decimals))
        if significant_digits(high) > 15:
            high = value
    return Quantity(value=value, unit=draw(st.sampled_from(UNITS)), comparator=comparator,
                    value_high=high, approximate=draw(st.booleans()))


@st.composite
def provenances(draw: st.DrawFn, document: str = "doc.txt") -> Provenance:
    quote = draw(st.text(min_size=1, max_size=30))
    start = draw(st.integers(0, 10_000))
    return Provenance(document=document, start=start, end=start + len(quote), quote=quote)


@st.composite
def goals(draw: st.DrawFn, document: str = "doc.txt") -> Goal:
    return Goal(region=draw(st.none() | region_codes), region_name=draw(names),
                indicator=draw(indicator_ids), measure=draw(st.sampled_from(MEASURES)),
                quantity=draw(quantities()), period=draw(periods()),
                provenance=draw(provenances(document)),
                modality=draw(st.sampled_from(MODALITIES)),
                per=draw(st.sampled_from([None, "year"])),
                indicator_label=draw(st.none() | names))


@st.composite
def results(draw: st.DrawFn, document: str = "doc.txt") -> Result:
    return Result(region=draw(st.none() | region_codes), region_name=draw(names),
                  indicator=draw(indicator_ids), measure=draw(st.sampled_from(MEASURES)),
                  quantity=draw(quantities()), period=draw(periods()),
                  provenance=draw(provenances(document)),
                  indicator_label=draw(st.none() | names))


@st.composite
def projects(draw: st.DrawFn, document: str = "doc.txt") -> Project:
    investment = draw(st.none() | decimals.filter(lambda d: d >= 0))
    return Project(name=draw(names), region=draw(st.none() | region_codes),
                   region_name=draw(st.none() | names), investment=investment,
                   investment_comparator=(None if investment is None
                                          else draw(st.sampled_from(COMPARATORS))),
                   status=draw(st.sampled_from(PROJECT_STATUSES)),
                   provenance=draw(provenances(document)))


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    document = draw(st.from_regex(r"[a-z0-9_]{1,12}\.txt", fullmatch=True))
    # The JSON lists facts in document order, so the model's lists are drawn in that order.
    def by_span(item: Goal | Result) -> tuple[int, int]:
        return item.provenance.span

    return Extraction(
        document=document,
        goals=sorted(draw(st.lists(goals(document), max_size=4)), key=by_span),
        results=sorted(draw(st.lists(results(document), max_size=4)), key=by_span),
        projects=draw(st.lists(projects(document), max_size=3)),
        year=draw(st.none() | st.integers(1990, 2100)),
        year_cue=draw(st.none() | names),
        extractors=draw(st.lists(indicator_ids, max_size=2)),
    )


# --- a grammar of policy clauses -------------------------------------------------------

GOOD_PERIODS = ("上半年", "1-7月", "一季度", "前三季度", "2023年", "今年", "全年", "12-2月",
                "10-3月", "截至6月底", "")
BAD_PERIODS = ("3-1月", "9-2月", "8-1月", "11-4月")  # reversed, longer than a winter
REGIONS = ("", "全市", "南京市", "通州区", "江苏省", "全省")
INDICATORS = ("地区生产总值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额",
              "规上工业增加值", "进出口总额", "城镇居民人均可支配收入")
COMPARATORS_CN = ("", "以上", "左右", "超过")
VERBS = ("增长", "同比增长", "实现", "达到", "完成")
NUMERALS = ("6", "6.5", "7.8", "12", "880.5", "1.2", "三", "十五", "25")
UNITS_CN = ("%", "亿元", "万元", "个百分点")


@st.composite
def clauses(draw: st.DrawFn, bad: bool = False) -> str:
    """One sentence of a report: a period (``bad``: a month range with no reading), a
    region, an indicator, a verb, a numeral, a unit, a comparator; no full stop."""
    period = draw(st.sampled_from(BAD_PERIODS if bad else GOOD_PERIODS))
    head = f"{period}，" if period else ""
    return (head + draw(st.sampled_from(REGIONS)) + draw(st.sampled_from(INDICATORS))
            + draw(st.sampled_from(VERBS)) + draw(st.sampled_from(NUMERALS))
            + draw(st.sampled_from(UNITS_CN)) + draw(st.sampled_from(COMPARATORS_CN)))


@st.composite
def reports(draw: st.DrawFn) -> list[str]:
    """Sentences of a report, some with a period that cannot be read."""
    return draw(st.lists(st.booleans().flatmap(lambda bad: clauses(bad=bad)),
                         min_size=1, max_size=8))
