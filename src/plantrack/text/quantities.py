"""Finding quantities in running text: number, unit, comparator, range, sign, span.

Works on cleaned text (see :mod:`plantrack.text.clean`). A bare number is not a
quantity: a unit must follow (元, %, 个, 人 ...), which is what keeps 十四五, 三年行动 and
一带一路 out. Units, comparator, decline and separator words are read from ``data/``.

The scan is token-driven for speed and linear time: one possessive regex finds maximal
runs of numeral characters (a C-speed character-class scan that never backtracks), and
only those runs are examined further, with anchored matches at fixed positions.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from attrs import evolve, frozen

from plantrack.model import Comparator, Quantity, Unit
from plantrack.text._data import alternation, data_rows
from plantrack.text.clean import clean_line
from plantrack.text.numbers import (
    NUMERAL_BODY,
    NUMERAL_START,
    TIMES_NUMBER,
    NumberReading,
    read_number,
)

__all__ = ["BARE_LEAD", "RANK_PLACES", "QuantityMatch", "find_quantities", "is_index_level",
           "measured_alike", "parse_quantity"]

_FLIP: dict[Comparator, Comparator] = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}
_MAGNITUDE_SUFFIX = "万亿兆"
# Characters that end a token but may also start a unit (千瓦时, 百分点): the scanner
# gives one of them back when no unit follows the whole token.
_GIVE_BACK = "千百万亿"


@frozen
class QuantityMatch:
    """A quantity found in normalised text at ``[start, end)``.

    The span runs from any decline or comparator word before the number to the end of
    the unit and any comparator after it. In a list sharing one unit (5.6和4.4个百分点)
    each number's span is its own: the last one carries the unit.
    """

    quantity: Quantity
    start: int
    end: int
    number_start: int  # where the digits begin (after any comparator word)
    decline: bool = False  # a 下降/降低 word stood right before it


@frozen
class _Tables:
    units: dict[str, tuple[Unit, Decimal]]
    before: dict[str, Comparator]
    after: dict[str, Comparator]
    signs: tuple[str, ...]
    token: re.Pattern[str]
    unit: re.Pattern[str]
    post: re.Pattern[str]
    range_sep: re.Pattern[str]
    list_sep: re.Pattern[str]
    before_lengths: tuple[int, ...]


@cache
def _tables() -> _Tables:
    units = {row[0]: (_unit(row[1]), Decimal(row[2])) for row in data_rows("units.tsv")}
    blockers: dict[str, list[str]] = {}
    for unit, follow in data_rows("unit_blockers.tsv"):
        blockers.setdefault(unit, []).append(follow)
    unit_alts = [
        re.escape(u) + (f"(?!{alternation(blockers[u])})" if u in blockers else "")
        for u in sorted(units, key=lambda u: (-len(u), u))
    ]
    comparators = data_rows("comparators.tsv")
    before = {w: _comparator(c) for w, pos, c in comparators if pos == "before"}
    after = {w: _comparator(c) for w, pos, c in comparators if pos == "after"}
    seps = data_rows("separators.tsv")
    body = NUMERAL_BODY
    return _Tables(
        units=units, before=before, after=after,
        signs=tuple(sorted((r[0] for r in data_rows("signs.tsv")), key=len, reverse=True)),
        # possessive: a run of numeral characters is taken whole and never re-split
        token=re.compile(rf"(?:[{NUMERAL_START}数]|{BARE_LEAD}[百千万])"
                         rf"(?:[{body}]|\.(?=\d)|,(?=\d{{3}}(?!\d)))*+"),
        # a space may sit between the number, its magnitude and its unit (60465.3 亿元)
        unit=re.compile(rf" ?(?P<mag>[{_MAGNITUDE_SUFFIX}]*[多余]?) ?"
                        rf"(?P<unit>{'|'.join(unit_alts)})"),
        post=re.compile(rf" ?(?:{alternation(after)})"),
        range_sep=re.compile(rf" ?(?:{alternation(r[0] for r in seps if r[1] == 'range')}) ?"),
        list_sep=re.compile(alternation(r[0] for r in seps if r[1] == "list")),
        before_lengths=tuple(sorted({len(w) for w in before}, reverse=True)),
    )


@cache
def unit_word(unit: Unit) -> str | None:
    """The word units.tsv writes ``unit`` by at a scale of one (吨 for ton, % for percent),
    the first such row's: how a figure printed without its unit is read in it."""
    return next((word for word, (u, scale) in _tables().units.items()
                 if u == unit and scale == 1), None)


def _unit(name: str) -> Unit:
    if name not in {"CNY", "USD", "percent", "percentage_point", "count", "person", "m2",
                    "mu", "jin", "ton", "kwh"}:
        raise ValueError(f"units.tsv: unknown unit {name!r}")
    return name  # type: ignore[return-value]


def _comparator(name: str) -> Comparator:
    if name not in {">=", ">", "<=", "<", "~"}:
        raise ValueError(f"comparators.tsv: unknown comparator {name!r}")
    return name  # type: ignore[return-value]


@frozen
class _Number:
    """A numeral token and, when one follows it, its unit."""

    start: int
    end: int  # end of the number itself (with a magnitude after a space)
    reading: NumberReading
    unit: str | None = None
    unit_end: int | None = None
    has_magnitude: bool = False


_DOUBLING = re.compile(r"翻(?P<n>一|两|二|三|四)?番")
_DOUBLINGS = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
# 增长1.2倍: grown by 1.2 times what it was, a growth of 120 % (not 是2015年的1.46倍, a
# multiple of a base, nor 增长近一倍, whose figure is a guess)
_TIMES_GROWTH = re.compile(rf"(?<=增长|增加|激增|上升)(?:了)?(?P<n>{TIMES_NUMBER})倍")
_FLAT_REACH = 12  # characters before the 持平 where a rate's or a share's word says so


@cache
def _flat() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """持平 after its comparison (与上年持平), and what says a value was kept instead (a
    rate, a share, a growth, a figure): ``data/flat.tsv``."""
    rows = data_rows("flat.tsv")
    after = "|".join(f"(?<={re.escape(w)})" for w, role in rows if role == "comparison")
    kept = alternation([w for w, role in rows if role == "kept"])
    return re.compile(rf"(?:{after})持平"), re.compile(rf"\d|{kept}")
_PERCENT_WORD = "百分之"
_LONGEST_LIST = 8  # numbers sharing one unit: 1.5、0.4个百分点 has two


#: where an index on a base of 100 (上年=100) lies: 102.3 there is a change of 2.3 %
INDEX_LEVELS = (Decimal(90), Decimal(120))


def is_index_level(value: Decimal) -> bool:
    """Whether a percent reads as an index on last year = 100 (100.9), not a change."""
    low, high = INDEX_LEVELS
    return low <= value < high


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in normalised ``text``, left to right, spans not overlapping."""
    tables = _tables()
    found: list[QuantityMatch] = []
    tokens = [(m.start(), m.end()) for m in tables.token.finditer(text)]
    i = 0
    while i < len(tokens):
        consumed = _at_token(text, tokens, i, tables, found)
        i += consumed
    _carry_declines(text, found, tables)
    if "持平" in text:
        # 与上年持平: a change of nothing, read as a zero percent the comparison before it
        # makes a growth (CPI与上年持平: up 0 %)
        flat, kept = _flat()
        for m in flat.finditer(text):
            if kept.search(text, max(0, m.start() - _FLAT_REACH), m.start()):
                continue
            found.append(QuantityMatch(Quantity(Decimal(0), "percent"), m.start(), m.end(),
                                       m.start()))
    if "倍" in text:
        for m in _TIMES_GROWTH.finditer(text):
            reading = read_number(m["n"])
            if reading is None:
                continue
            found.append(QuantityMatch(Quantity(reading.value * 100, "percent"),
                                       m.start("n"), m.end(), m.start("n")))
    if "翻" in text:
        for m in _DOUBLING.finditer(text):
            times = _DOUBLINGS[m["n"]]
            found.append(QuantityMatch(Quantity(Decimal(100) * (2 ** times - 1), "percent"),
                                       m.start(), m.end(), m.start()))
    # (the words' quantities, 持平, 增长1.2倍, 翻番, in their places among the figures')
    found.sort(key=lambda q: q.start)
    return found


def _carry_declines(text: str, found: list[QuantityMatch], tables: _Tables) -> None:
    """分别下降7.39%、7.36%和6.85%: a decline word before a list's first figure is every
    item's, when only a list mark stands between one item and the next (an item with
    words of its own, 、增长2%, keeps them)."""
    for k in range(1, len(found)):
        prev, cur = found[k - 1], found[k]
        if (not prev.decline or cur.decline or cur.start != cur.number_start
                or cur.quantity.unit != prev.quantity.unit
                or cur.quantity.value_high is not None):
            continue
        sep = tables.list_sep.match(text, prev.end)
        if sep is None or sep.end() != cur.start:
            continue
        quantity = cur.quantity
        found[k] = QuantityMatch(
            evolve(quantity, value=-quantity.value,
                   comparator=_FLIP.get(quantity.comparator, quantity.comparator)),
            cur.start, cur.end, cur.number_start, True)


def _at_token(text: str, tokens: list[tuple[int, int]], i: int, tables: _Tables,
              found: list[QuantityMatch]) -> int:
    """Read the quantity (or range, or list) that starts at token ``i``; return how many
    tokens it used (1 when it is not a quantity)."""
    if not _promising(text, tokens, i, tables):
        return 1
    first = _number(text, *tokens[i], tables)
    if first is None or _is_code_or_ordinal(text, first.start):
        return 1
    after = first.unit_end if first.unit_end is not None else first.end
    sep = tables.range_sep.match(text, after)
    if sep and i + 1 < len(tokens) and (sep.end() == tokens[i + 1][0] or (
            _signed_both(text, first.start, sep.end(), tokens[i + 1][0]))):
        nxt = _number(text, *tokens[i + 1], tables)
        if nxt is not None and nxt.unit is not None and first.unit in (None, nxt.unit):
            quantity = _range(text, first, nxt, tables)
            if quantity is not None:
                found.append(quantity)
                return 2
    if first.unit is None:
        chain = _list_chain(text, tokens, i, first, tables)
        if chain:
            found.extend(chain)
            return len(chain)
        if not text.endswith(_PERCENT_WORD, 0, first.start):
            return 1
        # 百分之五: the percent word comes first; the span starts with it
        first = _Number(first.start, first.end, first.reading, "%", first.end)
        match = _single(text, first, tables, found_start=first.start - len(_PERCENT_WORD))
    else:
        match = _single(text, first, tables, found_start=first.start)
    if match is not None:
        found.append(match)
    return 1


def _promising(text: str, tokens: list[tuple[int, int]], i: int, tables: _Tables) -> bool:
    """Cheap test before any reading: most numeral runs (一般, 统一, 三大) have no unit
    after them, no separator joining them to the next number, and no 百分之 before."""
    start, end = tokens[i]
    if tables.unit.match(text, end) or (
            text[end - 1] in _GIVE_BACK and tables.unit.match(text, end - 1)):
        return True
    if i + 1 < len(tokens) and tokens[i + 1][0] - end <= 3:
        nxt = tokens[i + 1][0]
        sep = tables.range_sep.match(text, end) or tables.list_sep.match(text, end)
        if sep and (sep.end() == nxt or _signed_both(text, start, sep.end(), nxt)):
            return True
    return text.endswith(_PERCENT_WORD, 0, start)


def _number(text: str, start: int, end: int, tables: _Tables) -> _Number | None:
    """The token at [start, end) read as a number, with the unit after it if any."""
    token = text[start:end]
    if token[0] == "数" and (len(token) == 1 or token[1] not in "十百千万亿"):
        # 数 is "several" only before a unit (数十, 数百万); otherwise it ends a word
        # (人数110万人, 企业数12家) and the number starts after it
        if len(token) == 1:
            return None
        start, token = start + 1, token[1:]
    candidates = [end]
    if token[-1] in _GIVE_BACK and end - start > 1:
        candidates.append(end - 1)
    for stop in candidates:
        unit = tables.unit.match(text, stop)
        if unit is None:
            continue
        reading = _read(text[start:stop] + unit["mag"])
        if reading is None:
            reading, start = _arabic_tail(text, start, stop, unit["mag"])
        if reading is not None:
            return _Number(start, unit.start("unit"), reading, unit["unit"], unit.end(),
                           _has_magnitude(text[start:stop] + unit["mag"]))
    reading = _read(token)
    if reading is None:
        reading, start = _arabic_tail(text, start, end, "")
    if reading is None:
        return None
    return _Number(start, end, reading, has_magnitude=_has_magnitude(text[start:end]))


# 超千亿元, 突破万亿元, 近百亿, 迈上万亿元台阶: a bare magnitude after a comparator word is
# one of it (after 上 only in the verbs of reaching: 上千家 is "about a thousand")
BARE_LEAD = r"(?:(?<=[超过破逾近达越])|(?<=迈上|跨上|登上|站上))"


def _read(number: str) -> NumberReading | None:
    if number[:1] in "百千万":
        return read_number("一" + number)
    return read_number(number)


def _arabic_tail(text: str, start: int, stop: int, mag: str) -> tuple[NumberReading | None, int]:
    """统一10个: a Chinese numeral glued to Arabic digits belongs to the word before."""
    for k in range(start + 1, stop):
        if text[k].isdigit() and not text[k - 1].isdigit():
            if text[k - 1] in ".,":
                return None, start
            return read_number(text[k:stop] + mag), k
    return None, start


_MAGNITUDE_CHARS = frozenset("十百千万亿兆")


def _has_magnitude(number: str) -> bool:
    return not _MAGNITUDE_CHARS.isdisjoint(number)


_MASKS = "*＊"  # a digit a copy hides (202*年, 2112.*亿元)
_RANGE_MARKS = "-－—–~～至到"  # between a range's ends (1-5, 6至10), of places too
_ORDINAL_BEFORE = re.compile(r"第\d{1,3}$")  # 第1 before -5名
_ORDINAL_MAX = 4  # characters of 第1, 第12, 第123
_PLACES = re.compile(r"\d{1,3}\s*[名位]")  # 5名: places of a ranking after 前 or 第1-
# 第6-10名, 第11至14位: a ranking's places, the span a list's lead-in may go on with
RANK_PLACES = re.compile(rf"第\d{{1,3}}\s*[{_RANGE_MARKS}]\s*{_PLACES.pattern}")


def _is_code_or_ordinal(text: str, start: int) -> bool:
    """第一, N3车间, PM2.5: the number is part of an ordinal or a code (not after an
    indicator's abbreviation: GDP4408.1亿元)."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "第":
        return True
    if _PLACES.match(text, start) and (before == "前" or (
            before in _RANGE_MARKS and _ORDINAL_BEFORE.search(
                text, max(0, start - 1 - _ORDINAL_MAX), start - 1))):
        return True  # 前5名, 第1-5名: a ranking's places, no count of persons
    if before in _MASKS or (before in ".．" and start > 1 and text[start - 2] in _MASKS):
        return True  # 增长*.2%: a copy masked the number's first digits, no number is left
    # (GDP4408.1亿元, and as self-media write it, 全市gdp249.84亿元)
    return before.isascii() and before.isalpha() and not text[
        max(0, start - 4):start].upper().endswith(_number_prefixes())


@cache
def _number_prefixes() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("number_prefixes.tsv"))


def _range(text: str, low: _Number, high: _Number, tables: _Tables) -> QuantityMatch | None:
    assert high.unit is not None
    assert high.unit_end is not None
    low_value = low.reading.value
    if not low.has_magnitude and high.has_magnitude and low.unit is None:
        # 3-5万元: the magnitude written once applies to both ends
        token = text[high.start:high.end].replace(" ", "")
        suffix = token[len(token.rstrip(_MAGNITUDE_SUFFIX)):]
        shifted = read_number(text[low.start:low.end] + suffix)
        if shifted is not None:
            low_value = shifted.value
    unit, scale = tables.units[high.unit]
    end, comparator, _post = _after(text, high.unit_end, tables)
    start, pre, decline = _before(text, low.start, tables)
    lo, hi = low_value * scale, high.reading.value * scale
    if decline:
        lo, hi = -hi, -lo
    if hi < lo:
        return None
    quantity = Quantity(value=lo, unit=unit, comparator="between", value_high=hi,
                        approximate=low.reading.approximate or high.reading.approximate)
    del comparator, pre  # a range's own comparator is "between"
    return QuantityMatch(quantity, start, end, low.start, decline)


def _list_chain(text: str, tokens: list[tuple[int, int]], i: int, first: _Number,
                tables: _Tables) -> list[QuantityMatch]:
    """5.6和4.4个百分点, 1.5、0.4个百分点: numbers sharing the unit of the last one."""
    chain = [first]
    j = i
    # bounded, so that a long run of 5和5和… costs linear time
    while j + 1 < len(tokens) and len(chain) < _LONGEST_LIST:
        sep = tables.list_sep.match(text, chain[-1].end)
        if sep is None or sep.end() != tokens[j + 1][0]:
            return []
        nxt = _number(text, *tokens[j + 1], tables)
        if nxt is None:
            return []
        chain.append(nxt)
        j += 1
        if nxt.unit is not None:
            break
    last = chain[-1]
    if len(chain) < 2 or last.unit is None:
        return []
    out: list[QuantityMatch] = []
    start, pre, decline = _before(text, first.start, tables)
    end, post, _ = _after(text, last.unit_end or last.end, tables)
    factor = _magnitude(text, last) if last.has_magnitude else None
    for k, number in enumerate(chain):
        reading = number.reading
        if factor is not None and not number.has_magnitude:
            # 1310.35、1098.90亿元: the 亿 of the last stands for every number of the list
            reading = NumberReading(reading.value * factor, reading.approximate,
                                    reading.high * factor if reading.high is not None else None)
        out.append(_make(reading, last.unit, tables, comparator=post or pre,
                         decline=decline, start=start if k == 0 else number.start,
                         end=end if k == len(chain) - 1 else number.end,
                         number_start=number.start))
    return out


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MAGNITUDES = frozenset(Decimal(10) ** k for k in (4, 8, 12))


def _magnitude(text: str, number: _Number) -> Decimal | None:
    """The magnitude (万, 亿, 万亿) a number's reading holds beyond its digits."""
    digits = _DIGITS.match(text, number.start, number.end)
    if digits is None:
        return None
    base = Decimal(digits.group().replace(",", ""))
    if not base:
        return None
    factor = number.reading.value / base
    return factor if factor in _MAGNITUDES else None


def _single(text: str, number: _Number, tables: _Tables, found_start: int
            ) -> QuantityMatch | None:
    assert number.unit_end is not None
    start, pre, decline = _before(text, found_start, tables)
    end, post, _ = _after(text, number.unit_end, tables)
    assert number.unit is not None
    return _make(number.reading, number.unit, tables, comparator=post or pre,
                 decline=decline, start=start, end=end, number_start=number.start)


def _make(reading: NumberReading, unit_name: str, tables: _Tables, *,
          comparator: Comparator | None, decline: bool, start: int, end: int,
          number_start: int) -> QuantityMatch:
    unit, scale = tables.units[unit_name]
    value = reading.value * scale
    high = reading.high * scale if reading.high is not None else None
    cmp: Comparator = "between" if high is not None else (comparator or "=")
    if cmp == "=" and reading.approximate:
        cmp = ">"  # 一千多亿元, 1000余家: more than the number written (FACTS.md)
    if decline:
        value, high = (-high, -value) if high is not None else (-value, None)
        cmp = _FLIP.get(cmp, cmp)
    quantity = Quantity(value=value, unit=unit, comparator=cmp, value_high=high,
                        approximate=reading.approximate)
    return QuantityMatch(quantity, start, end, number_start, decline)


_ONE_BY_ONE = ("分别为", "分别是", "分别达到", "分别达")


def _before(text: str, start: int, tables: _Tables) -> tuple[int, Comparator | None, bool]:
    """Comparator and decline words right before ``start``: (new start, comparator,
    decline). 下降超过3% has both; a minus sign right before a number is a decline too."""
    pos = start - 1 if start and text[start - 1] == " " else start
    comparator: Comparator | None = None
    for length in tables.before_lengths:
        word = text[pos - length:pos] if pos >= length else ""
        if word in tables.before:
            comparator, pos = tables.before[word], pos - length
            break
    if comparator is None and pos and text[pos - 1] in "-−" and _minus_is_sign(text, pos - 1):
        return pos - 1, None, True
    head = pos - 1 if pos and text[pos - 1] == "了" else pos
    # one C-level test for any decline word first: most numbers have none
    if text.endswith(tables.signs, 0, head):
        for sign in tables.signs:
            if text.endswith(sign, 0, head):
                return head - len(sign), comparator, True
    # (下降幅度分别为3.99%、6.24%: the decline's word before the 分别 of a list, which stays
    # out of the figure: it marks where the list's items start)
    one_by_one = next((w for w in _ONE_BY_ONE if text.endswith(w, 0, head)), "")
    if one_by_one and text.endswith(tables.signs, 0, head - len(one_by_one)):
        return (pos if comparator else start), comparator, True
    # (降幅较一季度收窄5.7个百分点至0.5%: the decline's size it narrowed or widened to)
    lo = max(0, head - _MOVED_FALL_REACH)
    if head and text[head - 1] in "至到" and "降幅" in text[lo:head] and (
            _MOVED_FALL.search(text, lo, head)):
        return (pos if comparator else start), comparator, True
    return (pos if comparator else start), comparator, False


# a decline's size, then how it moved, then 至 (降幅收窄至, 降幅较一季度收窄5.7个百分点至)
_MOVED_FALL = re.compile(r"降幅[^，,。；;\d]{0,8}?(?:收窄|扩大|缩小|回落)"
                         r"(?:\d+(?:\.\d+)?个百分点)?[至到]$")
_MOVED_FALL_REACH = 30


def _signed_both(text: str, start: int, sep_end: int, high: int) -> bool:
    """-4.0～-4.5%: both ends of a range signed with a minus, the first's read by the
    range's sign (the high end's minus is the same sign again, no separator)."""
    return (high == sep_end + 1 and text[sep_end] in "-−" and start > 0
            and text[start - 1] in "-−" and _minus_is_sign(text, start - 1))


def _minus_is_sign(text: str, at: int) -> bool:
    """-3.2%: a minus is a sign unless it joins two numbers (a range or a date)."""
    if at == 0:
        return True
    prev = text[at - 1]
    return not ((prev.isascii() and prev.isalnum()) or prev in NUMERAL_BODY or prev in "%)")


def _after(text: str, end: int, tables: _Tables) -> tuple[int, Comparator | None, str]:
    m = tables.post.match(text, end)
    if m is None:
        return end, None, ""
    word = m.group().strip()
    return m.end(), tables.after[word], word


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` states, when it is one quantity and nothing else.

    >>> parse_quantity("6.5%以上").comparator
    '>='
    >>> parse_quantity("880.5亿元").value
    Decimal('88050000000.0')
    """
    norm = clean_line(text.strip())
    for match in find_quantities(norm):
        if match.start == 0 and match.end == len(norm):
            return match.quantity
    return None


_FAMILY = {"count": "n", "person": "n", "CNY": "$", "USD": "$", "jin": "w", "ton": "w"}


def measured_alike(unit: str, other: str) -> bool:
    """Whether quantities in ``unit`` can measure an indicator counted in ``other``."""
    return _FAMILY.get(unit, unit) == _FAMILY.get(other, other)
