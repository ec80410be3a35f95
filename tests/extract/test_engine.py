"""The engine: best-scoring style first, generic as fallback, one reading per quantity."""

from __future__ import annotations

from decimal import Decimal

from plantrack import extract
from plantrack.hookspecs import hookimpl
from plantrack.plugins import build_registry
from plantrack.testing import isolated_plugin_manager


def test_style_reading_wins_over_the_generic_one() -> None:
    text = "展望2025\n\n南通市通州区将锚定全年目标。地区生产总值增长6%左右,规上工业增加值增长9%。\n"
    extraction = extract(text)
    assert [f.kind for f in extraction.facts] == ["target", "target"]
    assert "outlook" in extraction.extractors


def test_restatements_are_kept_once() -> None:
    text = ("上半年,南通市地区生产总值实现500亿元,增长5%。\n"
            "据介绍,上半年,南通市地区生产总值实现500亿元,增长5%。")
    extraction = extract(text, year=2023)
    assert len(extraction.results) == 2


def test_a_milestone_its_exact_figure_passes_restates_it() -> None:
    # 突破万亿元 beside 16907.85亿元 says nothing more; a bound the figure does not hold
    # (突破3万亿元 beside 23958.3亿元) is kept, a second statement of its own
    text = ("2022年江苏城市经济\n南京市地区生产总值突破万亿元，达到16907.85亿元。\n"
            "苏州市地区生产总值突破3万亿元。苏州市地区生产总值23958.3亿元。\n"
            "无锡市地区生产总值14850.82亿元。无锡市地区生产总值突破万亿元。")
    got = sorted((f.region, f.quantity.comparator, f.quantity.value)
                 for f in extract(text).results)
    assert got == [("320100", "=", Decimal("1690785000000.00")),
                   ("320200", "=", Decimal("1485082000000.00")),
                   ("320500", "=", Decimal("2395830000000.0")),
                   ("320500", ">", Decimal("3000000000000"))]


def test_a_year_and_its_twelve_months_restate_one_fact() -> None:
    # a release's title gives the year's growth, its text the same for 1-12月
    text = ("2011年南通市社会消费品零售总额增长17.1%\n"
            "1-12月份,南通市社会消费品零售总额1812亿元,同比增长17.1%。")
    growths = [f for f in extract(text).facts if f.measure == "growth"]
    assert [str(f.period) for f in growths] == ["2011"]


def test_without_a_year_facts_are_kept_undated_with_a_warning() -> None:
    extraction = extract("地区生产总值增长5%。")
    (fact,) = extraction.facts
    assert fact.period is None
    assert "year" in fact.uncertain
    assert any(w.startswith("no year found: 1 fact") for w in extraction.warnings)


def test_a_clause_naming_its_own_year_keeps_it_whatever_the_document_year() -> None:
    extraction = extract("展望2024，地区生产总值增长6%左右。二〇二三年，地区生产总值增长5.2%。")
    assert extraction.year == 2024
    by_value = {str(f.quantity.value): (f.kind, str(f.period)) for f in extraction.facts}
    assert by_value == {"6": ("target", "2024"), "5.2": ("result", "2023")}


class _Claimant:
    """Claims the first line of every section and reads nothing."""

    name = "claimant"
    description = "claims the first line"

    def detect(self, doc) -> float:
        return 0.9

    def claims(self, doc) -> list[tuple[int, int]]:
        start = doc.scope[0]
        return [(start, doc.original.index("\n", start))]

    def extract(self, doc) -> list[object]:
        return []


class _Plugin:
    @staticmethod
    @hookimpl
    def register_extractors(register) -> None:
        register(_Claimant())


def test_facts_in_a_span_another_extractor_claims_are_dropped() -> None:
    text = "上半年,南通市地区生产总值增长5%。\n\n上半年,南通市一般公共预算收入增长9%。\n"
    assert len(extract(text, year=2023).facts) == 2
    with isolated_plugin_manager(_Plugin()) as pm:
        facts = extract(text, year=2023, registry=build_registry(pm)).facts
    assert [f.indicator for f in facts] == ["general_budget_revenue"]


def test_a_review_printed_after_its_year_reports_results() -> None:
    # published in 2020 about 2019: 年均 over a past span is what was reached
    from plantrack.model import Document

    text = ("5年来南通居民收入增长与GDP保持基本同步\n2020-03-09 16:33:26 来源:南通日报\n"
            "2019年南通地区生产总值9383.4亿元，近5年GDP年均增长7.2%。2015年至2019年，"
            "全市一般公共预算收入从625.6亿元提高到590.3亿元，年均增长1.5%。")
    ex = extract(Document(name="review.txt", text=text))
    kinds = {(f.indicator, f.measure, f.kind) for f in ex.facts}
    assert ("gdp", "level", "result") in kinds
    assert ("gdp", "growth", "result") in kinds
    assert all(f.kind == "result" for f in ex.facts)


def test_an_average_over_years_in_a_review_is_over_the_years_it_names() -> None:
    # 近5年…年均增长7.2%, 2015年至2019年…年均增长1.5%: over the years named; 年均增长5.1%
    # with no years named and no plan's span is no year's growth on the year before
    from plantrack.model import Document

    text = ("5年来甲市居民收入增长与GDP基本同步\n2020-03-09 来源:甲市日报\n"
            "2019年甲市地区生产总值9383.4亿元，近5年GDP年均增长7.2%。2015年至2019年，"
            "全市一般公共预算收入从625.6亿元提高到690.3亿元，年均增长1.5%。"
            "全市社会消费品零售总额3600亿元，年均增长5.1%。")
    ex = extract(Document(name="review.txt", text=text))
    growths = {(f.indicator, str(f.period), f.quantity.value) for f in ex.facts
               if f.measure == "growth"}
    assert growths == {("gdp", "2015..2019", Decimal("7.2")),
                       ("general_budget_revenue", "2015..2019", Decimal("1.5"))}
    assert ("retail_sales", "level") in {(f.indicator, f.measure) for f in ex.facts}
    # a plan named in the sentence spans its five years; a two-year average said in a
    # clause before leaves the next clause's rate its own
    text = ("甲省2016年政府工作报告\n一、2015年工作回顾\n"
            "“十二五”期间，全省经济总量2015年达到2.9万亿元，年均增长10.5%。\n全年实现地区生产总值2.9万亿元，两年平均增长5.6%，"
            "一般公共预算收入增长12.4%。")
    ex = extract(Document(name="review.txt", text=text))
    growths = {(f.indicator, str(f.period), f.quantity.value) for f in ex.facts
               if f.measure == "growth"}
    assert growths == {("gdp", "2011..2015", Decimal("10.5")),
                       ("general_budget_revenue", "2015", Decimal("12.4"))}


def test_a_plans_end_dates_the_levels_said_at_it() -> None:
    # “十二五”末，全区生产总值达到202.5亿元: the plan's last year's level, reached
    from plantrack.model import Document

    text = ("甲区两会政府工作报告解读\n一、综合经济实力稳步提升\n“十二五”末,全区生产总值达到"
            "202.5亿元,五年年均增长13.4%;规模以上工业增加值达到90.7亿元,年均增长17.1%。")
    ex = extract(Document(name="summary.txt", text=text), region="500114")
    assert {(f.kind, f.measure, str(f.period)) for f in ex.facts} == {
        ("result", "level", "2015"), ("result", "growth", "2011..2015")}


def test_last_year_in_a_text_printed_after_its_year_is_that_year() -> None:
    from plantrack.model import Document

    text = ("政府工作报告\n发布时间:2024-02-12 18:00:01\n一、2023年工作的简要回顾\n"
            "过去一年，国内外经济形势复杂多变。全市生产总值15722亿元，增长6%。")
    ex = extract(Document(name="report.txt", text=text))
    assert {str(f.period) for f in ex.facts} == {"2023"}


def test_an_aim_told_before_the_words_saying_it_was_reached_sets_no_target() -> None:
    from tests.extract.scripts import traditional

    reached = ("2019年安徽各市GDP排名。\n\n一年以来,滁州市上下坚定冲三目标,终于实现了生产总值的"
               "历史性突破,其GDP总量高达2909.1亿元,首次跃居全省第三。",
               "2019年滁州市工作总结。\n\n全市圆满完成全年目标任务,地区生产总值达到2909.1亿元。")
    for text in (*reached, *(traditional(t) for t in reached)):
        assert [f.kind for f in extract(text).facts] == ["result"]
    # an aim after them, under 力争, is still one
    text = "2020年滁州市工作计划。\n\n全市将超额完成全年目标任务,力争地区生产总值达到3000亿元。"
    assert [f.kind for f in extract(text).facts] == ["target"]


def test_a_figure_restated_more_precisely_in_a_table_is_kept_once() -> None:
    def bulletin(cell: str) -> str:
        return ("寿县2021年国民经济和社会发展统计公报\n\n全年地区生产总值243.8亿元，"
                "比上年增长8.9%。\n\n表1 2021年地区生产总值\n\n指标 | 绝对数(万元) | "
                f"比上年增长(%)\n地区生产总值 | {cell} | 8.9\n")

    def levels(text: str) -> list[Decimal]:
        return [f.quantity.value for f in extract(text).facts
                if f.indicator == "gdp" and f.measure == "level"]

    assert levels(bulletin("2437875")) == [Decimal("24380000000")]
    # figures a thousandth apart or more are two
    assert len(levels(bulletin("2430000"))) == 2


def test_an_exact_figure_after_a_bound_of_its_value_is_kept() -> None:
    # 增长6%以上, then 增长6%: the exact figure is no restatement of the bound; the bound,
    # which the exact figure holds, is the one kept out
    for text in ("上半年，地区生产总值增长6%以上。上半年，地区生产总值增长6%。",
                 "上半年，地區生產總值增長6%以上。上半年，地區生產總值增長6%。"):
        facts = [(f.indicator, f.quantity.value, f.quantity.comparator)
                 for f in extract(text, year=2023).results]
        assert facts == [("gdp", Decimal("6"), "=")]
