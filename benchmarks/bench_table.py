"""Time of the whole extraction of one long table: linear in its rows, or not.

    .venv/bin/python benchmarks/bench_table.py [--rows 250 500 1000 2000] [--repeat 3]
                                               [--rendering pipe|tab|spaces|lines|list]

A document of a heading, a caption and a table (指标 | 单位 | 年度目标 | 完成 | 增长%) of
``--rows`` rows, each naming a catalogue indicator with its own numbers, is read by
``plantrack.extract`` (every extractor, as the command runs them). For each size: the
best of ``--repeat`` runs, the time per row, and the facts found (three per row). The
``list`` rendering is a statistics page's name/value list instead (指   标 / 总量指标,
blank lines between the cells, a group line with its unit every eight rows; one fact a
row). The time per row should stay flat as the rows double. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse

from _timing import best_of

NAMES = ("地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额",
         "规模以上工业增加值", "外贸进出口总额", "工业投资", "技术合同成交额")
HEADER = ("指标", "单位", "年度目标", "完成", "增长%")
SEPARATORS = {"pipe": " | ", "tab": "\t", "spaces": "    ", "lines": "\n", "list": ""}


def list_text(rows: int) -> str:
    lines = ["2023年南通市通州区国民经济和社会发展总量指标表", "指   标", "总量指标"]
    for k in range(rows):
        if k % len(NAMES) == 0:
            lines += [f"第{k // len(NAMES) + 1}组(亿元)", " "]
        lines += [f" {NAMES[k % len(NAMES)]}", f"{100 + k + 1.5:.1f}"]
    return "\n\n".join(lines) + "\n"


def table_text(rows: int, rendering: str) -> str:
    if rendering == "list":
        return list_text(rows)
    sep = SEPARATORS[rendering]
    lines = ["南通市通州区2023年计划执行情况", "表1 2023年主要指标完成情况", sep.join(HEADER)]
    for k in range(rows):
        target = 100 + k
        cells = (NAMES[k % len(NAMES)], "亿元", str(target), f"{target + 1.5:.1f}",
                 f"{1 + k / 1000:.3f}")
        lines.append(sep.join(cells))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rendering", choices=sorted(SEPARATORS), default="pipe")
    args = parser.parse_args()

    import plantrack

    plantrack.extract("预热。")  # the registry and catalogue, built once, are not timed
    print(f"rendering: {args.rendering}")
    print("| rows | characters | seconds | µs per row | facts |")
    print("|---:|---:|---:|---:|---:|")
    for rows in args.rows:
        text = table_text(rows, args.rendering)
        facts = len(plantrack.extract(text).facts)
        seconds = best_of(args.repeat, lambda t=text: plantrack.extract(t))
        print(f"| {rows:,} | {len(text):,} | {seconds:.3f} | {seconds / rows * 1e6:,.0f} | "
              f"{facts:,} |")


if __name__ == "__main__":
    main()
