"""Reading numbers written in Arabic digits, Chinese numerals, or a mix of both.

All arithmetic is decimal: 16.4亿 is exactly 1640000000 and 一七二零点一 exactly 1720.1.
The readers work on a whole string; finding numbers inside running text is
:mod:`plantrack.text.quantities`' job, which uses the character classes defined here.

A reading is refused (None) rather than guessed: 十四五, 一带一路 and a bare 万 are
words, not numbers.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation, localcontext

from attrs import frozen

from plantrack.text.script import fold_numerals

__all__ = [
    "MAX_NUMBER_LENGTH",
    "NUMERAL_BODY",
    "NUMERAL_START",
    "TIMES_NUMBER",
    "NumberReading",
    "parse_number",
    "read_number",
]

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
_MAGNITUDE_CHARS = frozenset(m for m, _ in MAGNITUDES)
APPROX_SUFFIXES = ("多", "余", "来")
# 廿 (20) and 卅 (30) are single characters for two-digit tens.
_TENS_FORMS = {"廿": "二十", "卅": "三十"}
_ARABIC = frozenset("0123456789.,")
_PLAIN = re.compile(r"\d+(?:\.\d+)?", re.ASCII)

#: How many times, before 倍 (1.46倍, 两倍, 十倍), as a regex fragment: a multiple of a base
#: (是2015年的1.46倍) or a growth by times (增长1.2倍).
TIMES_NUMBER = r"(?:[\d.]+|[一二两三四五六七八九十]{1,2})"

# Characters a number may start with, and continue with, in normalised running text.
# A bare magnitude (百, 千, 万, 亿) does not start one: 千村整治, 万事好通, 百家 are words.
NUMERAL_START = "0-9零〇一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾几"
NUMERAL_BODY = NUMERAL_START + "百千万亿兆佰仟点多余"
# Longer strings are not numbers anyone writes; refusing them keeps every reading
# bounded, so scanning running text stays linear in its length.
MAX_NUMBER_LENGTH = 48
# Enough digits for any magnitude we read (兆 * 亿 * 48 digits) without rounding.
_PRECISION = 120


@frozen
class NumberReading:
    """A number read from text: exact ``value``, or a lower bound when ``approximate``.

    ``high`` is set when the text gives an upper bound too (几十 → 20..90).
    """

    value: Decimal
    approximate: bool = False
    high: Decimal | None = None


def parse_number(text: str) -> Decimal | None:
    """The number ``text`` spells, exactly, or None when it is not (only) a number.

    A Decimal, as every number inside plantrack: 16.4亿 is 1640000000, not a float near
    it. Whole numbers come without a fractional part.

    >>> parse_number("880.5亿")
    Decimal('88050000000')
    >>> parse_number("一七二零点一")
    Decimal('1720.1')
    >>> parse_number("十四五") is None
    True
    """
    reading = read_number(text)
    if reading is None:
        return None
    value = reading.value
    whole = value.to_integral_value()
    return whole if value == whole else value.normalize()


def read_number(text: str) -> NumberReading | None:
    """Like :func:`parse_number` with the exact Decimal and the approximation flag."""
    s = fold_numerals(text.strip()).replace(" ", "")
    if not s or len(s) > MAX_NUMBER_LENGTH:
        return None
    negative = s[0] in "负-−"
    if negative:
        s = s[1:]
    if _PLAIN.fullmatch(s):
        # 6.5, 2023: most numbers, and what the readers below would make of them too
        # (_read_section → _read_arabic, an exact Decimal), without the local context
        # and the Chinese-numeral checks (nor the digit test: it has digits)
        value = Decimal(s)
        return NumberReading(-value if negative else value)
    if (quick := _quick_unsigned(s)) is not None:
        return NumberReading(-quick if negative else quick)
    if not s or not _has_digit(s):
        return None  # 万, 千万: a magnitude alone is a word, not a number
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        reading = _read_unsigned(s)
    if reading is None or not negative:
        return reading
    if reading.high is None:
        return NumberReading(-reading.value, reading.approximate)
    return NumberReading(-reading.high, reading.approximate, -reading.value)


# 880.5亿, 1.2万亿, 3万: most of the rest, read as _read_magnitude reads them (the
# Arabic part times its magnitudes, exactly) without its recursion and local context
_GROUPED = re.compile(r"(\d+(?:\.\d+)?)(万亿|万|亿|兆)", re.ASCII)
_GROUP_SIZE = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "兆": Decimal(10) ** 12,
               "万亿": Decimal(10) ** 12}
_EXACT = Context(prec=_PRECISION)


def _quick_unsigned(s: str) -> Decimal | None:
    """The value of a lone Chinese digit (一季度's 一) or of digits and a magnitude
    (880.5亿), as the general reader gives it; None for anything else (or zero, which
    the general reader refuses before a magnitude)."""
    if len(s) == 1 and s in DIGITS:
        return Decimal(DIGITS[s])
    grouped = _GROUPED.fullmatch(s)
    if grouped is None:
        return None
    value = _EXACT.multiply(Decimal(grouped[1]), _GROUP_SIZE[grouped[2]])
    return value if value else None


def _has_digit(s: str) -> bool:
    return any(c.isdigit() or c in DIGITS or c in "十廿卅几数" for c in s)


def _read_unsigned(s: str) -> NumberReading | None:
    for form, spelled in _TENS_FORMS.items():
        s = s.replace(form, spelled)
    if s[0] in "几数":  # 几十, 数百: "several"
        return _read_several(s[1:])
    if s.endswith("几") and s[:-1].endswith("十"):
        # 十几, 二十几: the tens plus 1..9
        base = _read_magnitude(s[:-1])
        return None if base is None else NumberReading(base + 1, True, base + 9)
    if len(s) == 2 and s[0] in DIGITS and s[1] in DIGITS and DIGITS[s[0]] > 0 \
            and DIGITS[s[1]] == DIGITS[s[0]] + 1 and s[1] != "两":
        # 三四个, 七八家: "three or four"
        return NumberReading(Decimal(DIGITS[s[0]]), True, Decimal(DIGITS[s[1]]))
    approximate = False
    for suffix in APPROX_SUFFIXES:
        core = _strip_inner_approx(s, suffix)
        if core is not None:
            s, approximate = core, True
            break
    value = _read_magnitude(s)
    return None if value is None else NumberReading(value, approximate)


def _read_several(unit_text: str) -> NumberReading | None:
    """几十, 几百万: "several" of the unit, read as 2..9 times it."""
    if not unit_text or unit_text[0] not in "十百千万亿":
        return None
    unit = _read_magnitude("一" + unit_text)
    if unit is None:
        return None
    return NumberReading(unit * 2, True, unit * 9)


def _strip_inner_approx(s: str, suffix: str) -> str | None:
    """三十多万 → 三十万, 1000余 → 1000: the approximation marker sits before a magnitude
    or at the end."""
    i = s.find(suffix)
    if i <= 0:
        return None
    rest = s[i + 1:]
    if rest and not all(c in _MAGNITUDE_CHARS for c in rest):
        return None
    return s[:i] + rest


def _read_magnitude(s: str) -> Decimal | None:
    """A number with 万/亿/兆 groups: the part left of the rightmost largest magnitude is
    multiplied by it, the part to its right must be smaller than it."""
    if not s:
        return None
    for char, size in MAGNITUDES:
        i = s.rfind(char)
        if i < 0:
            continue
        left, right = s[:i], s[i + 1:]
        left_value = _read_magnitude(left) if left else None
        if left_value is None or left_value == 0:
            return None
        if not right:
            return left_value * size
        if right[0] == "点":
            # 六百二十五万点五: a fraction of the units after a grouped integer
            right_value = _read_section("0" + right)
        elif right[0] in "零〇":
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
        value = Decimal(s)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _read_section(s: str) -> Decimal | None:
    """A number below 10000 (or any plain Arabic number): 一千零一, 两千六, 230, 三点五."""
    if all(c in _ARABIC for c in s):
        return _read_arabic(s)
    integer, _, fraction = s.partition("点")
    frac_value = Decimal(0)
    if "点" in s:
        if not integer or not fraction or any(c not in DIGITS for c in fraction):
            return None
        frac_value = Decimal("0." + "".join(str(DIGITS[c]) for c in fraction))
    if integer and all(c in DIGITS for c in integer) and (
            len(integer) > 1 or "点" in s or integer in "零〇"):
        # digit by digit: 二〇二三, 一七二零点一 (两 is never a place digit)
        if "两" in integer and len(integer) > 1:
            return None
        return Decimal("".join(str(DIGITS[c]) for c in integer)) + frac_value
    value = _read_units(integer)
    return None if value is None else value + frac_value


def _read_units(s: str) -> Decimal | None:
    """十/百/千 places, 零 gaps and embedded Arabic digits: 一千零一, 四千230, 两千六."""
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
            elif pending >= 10:
                return None  # 12十 is not a number
            total += pending * unit
            pending, last_unit, after_zero = None, unit, False
        else:
            return None
        i += 1
    if pending is not None:
        if last_unit >= 100 and not after_zero and pending < 10 and s[-1] in DIGITS:
            total += pending * last_unit / 10  # 两千六 = 2600, 一百二 = 120
        elif last_unit and pending >= last_unit:
            return None  # 四千5000
        else:
            total += pending
    elif after_zero:
        return None
    return total if (s and (last_unit or s[-1] in DIGITS or s[-1].isdigit())) else None
