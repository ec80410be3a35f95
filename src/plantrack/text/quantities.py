"""Finding quantities in running text: number, unit, comparator, range, sign, span.

Works on normalised text (see :mod:`plantrack.text.script`). A bare number is not a
quantity: a unit must follow (元, %, 个, 人 ...), which is what keeps 十四五, 三年行动 and
一带一路 out. Units, comparator words and decline words are read from ``data/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from importlib import resources

from attrs import frozen

from plantrack.model import Comparator, Quantity, Unit
from plantrack.text.numbers import read_number
from plantrack.text.script import fold_numerals, normalise

__all__ = ["QuantityMatch", "find_quantities", "parse_quantity"]

_NUM_CHARS = "0-9零〇一二两三四五六七八九十百千万亿兆点廿壹贰叁肆伍陆柒捌玖拾佰仟"
_NUM = rf"(?:几)?[{_NUM_CHARS}][{_NUM_CHARS}.,]*(?:[多余][万亿]*)?"
_FLIP = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


@frozen
class QuantityMatch:
    """A quantity found in normalised text at ``[start, end)``."""

    quantity: Quantity
    start: int
    end: int
    number_start: int  # where the digits begin (after any comparator word)
    decline: bool = False  # a 下降/降低 word stood right before it


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("plantrack.text").joinpath(f"data/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def _tables() -> tuple[dict[str, tuple[Unit, Decimal]], dict[str, Comparator],
                       dict[str, Comparator], tuple[str, ...]]:
    units = {row[0]: (row[1], Decimal(row[2])) for row in _data_rows("units.tsv")}
    before = {r[0]: r[2] for r in _data_rows("comparators.tsv") if r[1] == "before"}
    after = {r[0]: r[2] for r in _data_rows("comparators.tsv") if r[1] == "after"}
    signs = tuple(r[0] for r in _data_rows("signs.tsv"))
    return units, before, after, signs  # type: ignore[return-value]


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


@cache
def _pattern() -> re.Pattern[str]:
    units, before, after, _ = _tables()
    unit = f"(?:{_alternation(units)})"
    _, _, _, signs = _tables()
    return re.compile(
        rf"(?P<sign>{_alternation(signs)})?"
        rf"(?P<pre>{_alternation(before)})?"
        rf"(?:百分之(?P<pct>{_NUM})"
        rf"|(?P<rnum>{_NUM})(?P<runit>{unit})?(?P<sep>至|到|-|—|–|~|～)"
        rf"(?P<rnum2>{_NUM})(?P<runit2>{unit})"
        rf"|(?P<num>{_NUM})(?P<unit>{unit}))"
        rf"(?P<post>{_alternation(after)})?"
    )


_DOUBLING = re.compile(r"翻(?P<n>一|两|二|三|四)?番")
_DOUBLINGS = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in normalised ``text``, left to right, spans not overlapping."""
    return list(_iter_quantities(text))


def _iter_quantities(text: str) -> Iterator[QuantityMatch]:
    units, before, after, signs = _tables()
    found: list[QuantityMatch] = []
    for m in _pattern().finditer(text):
        match = _build(m, text, units, before, after, signs)
        if match is not None:
            found.append(match)
    for m in _DOUBLING.finditer(text):
        times = _DOUBLINGS[m["n"]]
        found.append(QuantityMatch(Quantity(Decimal(100) * (2 ** times - 1), "percent"),
                                   m.start(), m.end(), m.start()))
    found.sort(key=lambda q: q.start)
    yield from found


def _build(m: re.Match[str], text: str, units: dict[str, tuple[Unit, Decimal]],
           before: dict[str, Comparator], after: dict[str, Comparator],
           signs: tuple[str, ...]) -> QuantityMatch | None:
    second = None
    if m["pct"] is not None:
        first, unit_name, num_start = read_number(m["pct"]), "%", m.start("pct")
    elif m["sep"] is not None:
        if m["runit"] not in (None, m["runit2"]):
            return None
        first, unit_name, num_start = read_number(m["rnum"]), m["runit2"], m.start("rnum")
        second = read_number(m["rnum2"])
        if second is None:
            return None
    else:
        first, unit_name, num_start = read_number(m["num"]), m["unit"], m.start("num")
    if first is None:
        return None
    # a numeral glued to a preceding numeral-like word (第一, 十四五) is not a quantity
    if num_start > 0 and text[num_start - 1] in "第":
        return None
    unit, scale = units[unit_name]
    value = first.value * scale
    high = second.value * scale if second is not None else first.high
    high = high * scale if (second is None and high is not None) else high
    comparator: Comparator = "="
    if m["pre"]:
        comparator = before[m["pre"]]
    if m["post"]:
        comparator = after[m["post"]]
    if high is not None and second is not None:
        if high < value:
            return None
        comparator = "between"
    elif first.high is not None:
        comparator = "between"
    start = m.start()
    head = text[max(0, start - 3):start]
    decline = m["sign"] is not None or any(head.endswith(word + "了") for word in signs)
    if decline:
        value, high = -value, (-high if high is not None else None)
        if high is not None:
            value, high = high, value
        comparator = _FLIP.get(comparator, comparator)  # type: ignore[assignment]
    try:
        quantity = Quantity(value=value, unit=unit, comparator=comparator,
                            value_high=high if comparator == "between" else None,
                            approximate=first.approximate)
    except ValueError:
        return None
    return QuantityMatch(quantity, start, m.end(), num_start, decline)


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` states, when it is one quantity and nothing else.

    >>> parse_quantity("6.5%以上")
    Quantity(value=Decimal('6.5'), unit='percent', comparator='>=', value_high=None, approximate=False)
    """
    norm = normalise(fold_numerals(text.strip())).text
    for match in find_quantities(norm):
        if match.start == 0 and match.end == len(norm):
            return match.quantity
    return None
