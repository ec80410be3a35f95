"""Reading numbers written in Arabic digits, Chinese numerals, or a mix of both.

All arithmetic is decimal: 16.4亿 is exactly 1640000000 and 一七二零点一 exactly 1720.1.
The readers work on a whole string; finding numbers inside running text is
:mod:`plantrack.text.quantities`' job.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from attrs import frozen

from plantrack.text.script import fold_numerals

__all__ = ["NumberReading", "parse_number", "read_number"]

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
# Largest first: a number is split at its rightmost largest magnitude.
MAGNITUDES: tuple[tuple[str, Decimal], ...] = (
    ("兆", Decimal(10) ** 12),  # Taiwan usage: 1兆 = 1万亿
    ("亿", Decimal(10) ** 8),
    ("万", Decimal(10) ** 4),
)
APPROX_SUFFIXES = ("多", "余", "来")
_ARABIC = set("0123456789.,")


@frozen
class NumberReading:
    """A number read from text: exact ``value``, or a lower bound when ``approximate``.

    ``high`` is set when the text gives an upper bound too (几十 → 20..90).
    """

    value: Decimal
    approximate: bool = False
    high: Decimal | None = None


def parse_number(text: str) -> float | None:
    """The number ``text`` spells, or None when it is not (only) a number.

    >>> parse_number("880.5亿")
    88050000000.0
    >>> parse_number("三万五")
    35000.0
    >>> parse_number("十四五") is None
    True
    """
    reading = read_number(text)
    return None if reading is None else float(reading.value)


def read_number(text: str) -> NumberReading | None:
    """Like :func:`parse_number` with the exact Decimal and the approximation flag."""
    s = fold_numerals(text.strip())
    if not s:
        return None
    negative = False
    if s[0] in "负-−":
        negative, s = True, s[1:]
    approximate = False
    high: Decimal | None = None
    if s.startswith("几"):
        # 几十/几百/几千: "several" tens, read as 2..9 of the unit
        unit = _read_magnitude(s[1:] or "")
        if unit is None or s[1:] == "":
            return None
        value, high, approximate = unit * 2, unit * 9, True
    else:
        for suffix in APPROX_SUFFIXES:
            core = _strip_inner_approx(s, suffix)
            if core is not None:
                s, approximate = core, True
                break
        value_or_none = _read_magnitude(s)
        if value_or_none is None:
            return None
        value = value_or_none
    if negative:
        value = -value
        high = -high if high is not None else None
        if high is not None:
            value, high = high, value
    return NumberReading(value=value, approximate=approximate, high=high)


def _strip_inner_approx(s: str, suffix: str) -> str | None:
    """三十多万 → 三十万, 1000余 → 1000: the approximation marker sits before a magnitude
    or at the end."""
    i = s.find(suffix)
    if i <= 0:
        return None
    rest = s[i + 1:]
    if rest and rest not in {m for m, _ in MAGNITUDES} and rest != "万亿":
        return None
    return s[:i] + rest


def _read_magnitude(s: str) -> Decimal | None:
    if not s:
        return None
    for char, size in MAGNITUDES:
        i = s.rfind(char)
        if i < 0:
            continue
        left, right = s[:i], s[i + 1:]
        left_value = _read_magnitude(left) if left else None
        if left_value is None:
            return None
        if not right:
            return left_value * size
        if right[0] in "零〇":
            right_value = _read_magnitude(right[1:])
        elif len(right) == 1 and right in DIGITS:
            # 三万五 = 35000: a bare digit after a magnitude is its next place down
            right_value = DIGITS[right] * size / 10
        else:
            right_value = _read_magnitude(right)
        if right_value is None or right_value >= size:
            return None
        return left_value * size + right_value
    return _read_section(s)


def _read_arabic(s: str) -> Decimal | None:
    if not s or s[0] in ".," or s[-1] in ".,":
        return None
    if "," in s:
        head, _, frac = s.partition(".")
        groups = head.split(",")
        if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            return None
        s = "".join(groups) + ("." + frac if frac else "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _read_section(s: str) -> Decimal | None:
    """A number below 10000 (or any plain Arabic number): 一千零一, 两千六, 230, 三点五."""
    if all(c in _ARABIC for c in s):
        return _read_arabic(s)
    integer, _, fraction = s.partition("点")
    frac_value = Decimal(0)
    if "点" in s:
        if not fraction or any(c not in DIGITS for c in fraction):
            return None
        frac_value = Decimal("0." + "".join(str(DIGITS[c]) for c in fraction))
        if not integer:
            return None
    if integer and all(c in DIGITS for c in integer) and (len(integer) > 1 or "点" in s):
        # digit by digit: 二〇二三, 一七二零点一
        return Decimal("".join(str(DIGITS[c]) for c in integer)) + frac_value
    value = _read_units(integer.replace("廿", "二十"))
    return None if value is None else value + frac_value


def _read_units(s: str) -> Decimal | None:
    total = Decimal(0)
    pending: Decimal | None = None
    last_unit = 0
    after_zero = False
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j] in _ARABIC:
                j += 1
            if pending is not None:
                return None
            pending = _read_arabic(s[i:j])
            if pending is None:
                return None
            i = j
            continue
        if c in DIGITS:
            if DIGITS[c] == 0:
                if last_unit == 0 or pending is not None:
                    return None
                after_zero = True
            elif pending is not None:
                return None  # two digits without a unit between them: 十四五
            else:
                pending = Decimal(DIGITS[c])
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if last_unit and unit >= last_unit:
                return None
            if pending is None:
                if total or last_unit:
                    return None
                pending = Decimal(1)  # 十五 = 15
            total += pending * unit
            pending, last_unit, after_zero = None, unit, False
        else:
            return None
        i += 1
    if pending is not None:
        if last_unit >= 100 and not after_zero and pending < 10 and s[-1] in DIGITS:
            total += pending * last_unit / 10  # 两千六 = 2600, 一百二 = 120
        else:
            total += pending
    elif after_zero:
        return None
    return total if (s and (last_unit or s[-1] in DIGITS or s[-1].isdigit())) else None
