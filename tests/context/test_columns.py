"""A table of a work report's tasks beside how each was done gives each cell its
column's kind (plantrack.context.columns)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import plantrack
from plantrack.context.columns import column_cells

# a cell a paragraph, as a text copy of such a table's HTML gives it (written for the test)
_STACKED = ("2030年《政府工作报告》重点工作任务完成情况\n\n序号\n\n重点工作任务\n\n"
            "完  成  情  况\n\n牵头责任单位\n\n一、确保完成全年主要预期目标\n\n1\n\n"
            "地区生产总值增长6%左右。\n\n"
            "全年地区生产总值1234.5亿元,增长5.2%。\n\n市发展改革委\n\n2\n\n"
            "固定资产投资增长10%。\n\n全年固定资产投资增长7%。\n\n市发展改革委\n\n市统计局\n\n"
            "二、做强工业\n\n3\n\n规上工业增加值增长8%以上。\n\n全年规上工业增加值增长6.5%。\n\n"
            "市工信局\n\n附件下载\n\n5\n\n说明文字")  # (5: no row 4, the table has ended)


def _cells(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], str(c.kind.value)) for c in column_cells(text)]


def test_each_cell_of_a_stacked_table_takes_its_columns_kind() -> None:
    assert _cells(_STACKED) == [
        ("地区生产总值增长6%左右。", "targets"),
        ("全年地区生产总值1234.5亿元,增长5.2%。", "results"),
        ("固定资产投资增长10%。", "targets"),
        ("全年固定资产投资增长7%。", "results"),
        ("规上工业增加值增长8%以上。", "targets"),
        ("全年规上工业增加值增长6.5%。", "results"),
    ]


def test_a_delimited_tables_cells_take_their_columns_kind() -> None:
    text = ("序号 | 目标任务 | 进展情况\n1 | 城镇新增就业5万人 | 已新增就业4.2万人\n"
            "2\t粮食产量稳定在100万吨\t粮食产量101万吨\n\n全年工作扎实推进。")
    assert _cells(text) == [("城镇新增就业5万人", "targets"), ("已新增就业4.2万人", "results"),
                            ("粮食产量稳定在100万吨", "targets"), ("粮食产量101万吨", "results")]


def test_a_header_without_both_a_task_and_a_progress_column_gives_no_cells() -> None:
    assert _cells("序号\n\n重点工作任务\n\n牵头单位\n\n1\n\n地区生产总值增长6%左右。\n\n"
                  "市发展改革委") == []
    assert _cells("完成情况\n全年地区生产总值增长5.2%。") == []


def test_a_tasks_table_published_after_its_year_gives_its_targets_and_results() -> None:
    # a review published the next February: without the columns, the tasks read as
    # what was reached, and under the heading's 主要预期目标 the results as aims
    doc = plantrack.Document(name="d", text=_STACKED, published=date(2031, 2, 1))
    facts = plantrack.extract(doc, region="341300").facts
    read = {(f.kind, f.indicator, f.measure, f.quantity.value) for f in facts
            if f.measure == "growth"}
    assert read == {
        ("target", "gdp", "growth", Decimal(6)),
        ("result", "gdp", "growth", Decimal("5.2")),
        ("target", "fixed_asset_investment", "growth", Decimal(10)),
        ("result", "fixed_asset_investment", "growth", Decimal(7)),
        ("target", "industrial_value_added", "growth", Decimal(8)),
        ("result", "industrial_value_added", "growth", Decimal("6.5")),
    }
    assert {str(f.period) for f in facts} == {"2030"}
