"""Numbers as a Chinese reader writes them: 880.5亿元, 1.2万人, 6.5%, 27个.

Shared by the scorecard's logic (its explanations) and by every reporter, so that one
value reads the same everywhere: it sits below both and imports only the model (no
Rich, no registry).

Magnitude rule: the largest of 万亿 / 亿 / 万 in which the value is at least 1 and needs
at most two decimals (6032.4亿元, 3.5万亿元, 1269万人, 26858元); a value of a million or
more that fits none is rounded to four decimals in the largest unit in which it is at
least 1 (1.2346亿元); smaller ones are written out (26858元).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from plantrack.model import Comparator, Measure, Quantity

__all__ = [
    "COMPARATOR_SYMBOLS",
    "format_amount",
    "format_number",
    "format_pace",
    "format_quantity",
    "measure_label",
    "unit_suffix",
]

_MAGNITUDES: tuple[tuple[Decimal, str], ...] = (
    (Decimal("1e12"), "万亿"),
    (Decimal("1e8"), "亿"),
    (Decimal("1e4"), "万"),
)

# Units written after the magnitude: 880.5亿元, 1270万吨.
_UNIT_WORDS: dict[str, str] = {
    "CNY": "元", "USD": "美元", "person": "人", "m2": "平方米", "mu": "亩",
    "jin": "斤", "ton": "吨", "kwh": "千瓦时",
}

COMPARATOR_SYMBOLS: dict[str, str] = {
    ">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "~", "=": "", "between": "",
}

_TWO_PLACES = Decimal("0.01")
# From here up, a value that fits no magnitude exactly is shown in the largest one it
# reaches, to four decimals (12345678.9 → 1234.5679万), rather than as a long integer.
_FALLBACK_FROM = Decimal("1e6")


def format_number(value: Decimal, places: int = 2) -> str:
    """``value`` with at most ``places`` decimals and no trailing zeros: 880.5, 27, -3."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_EVEN)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _needs_at_most_two_places(value: Decimal) -> bool:
    return value == value.quantize(_TWO_PLACES, rounding=ROUND_HALF_EVEN)


def _scaled(value: Decimal) -> tuple[Decimal, str, int]:
    """The value in its magnitude, the magnitude's word, and the decimals to show."""
    size = abs(value)
    for factor, word in _MAGNITUDES:
        if size >= factor and _needs_at_most_two_places(size / factor):
            return value / factor, word, 2
    if size < _FALLBACK_FROM:
        return value, "", 2
    for factor, word in _MAGNITUDES:
        if size >= factor:
            return value / factor, word, 4
    return value, "", 2  # pragma: no cover (every size >= 1e6 met a magnitude above)


def count_word(indicator: str | None) -> str:
    """The measure word for a count: 家 for enterprises, 个 otherwise."""
    if indicator and ("enterprise" in indicator or "compan" in indicator):
        return "家"
    return "个"


def unit_suffix(unit: str, indicator: str | None = None) -> str:
    """What follows a number in this unit, without magnitude: 元, %, 个, 家."""
    if unit == "percent":
        return "%"
    if unit == "percentage_point":
        return "个百分点"
    if unit == "count":
        return count_word(indicator)
    return _UNIT_WORDS.get(unit, unit)


def format_amount(value: Decimal, unit: str, indicator: str | None = None) -> str:
    """One value in natural Chinese: 880.5亿元, 1.2万人, 6.5%, 27个, 18.8亿美元."""
    if unit in ("percent", "percentage_point"):
        return f"{format_number(value)}{unit_suffix(unit)}"
    scaled, word, places = _scaled(value)
    return f"{format_number(scaled, places)}{word}{unit_suffix(unit, indicator)}"


def format_quantity(quantity: Quantity, indicator: str | None = None,
                    comparator: Comparator | None = None) -> str:
    """A target as written in a table: ≥6.5%, >2000亿元, 4.5%–5%, ~6%, 27个."""
    comparator = comparator or quantity.comparator
    low = format_amount(quantity.value, quantity.unit, indicator)
    if comparator == "between" and quantity.value_high is not None:
        return f"{low}–{format_amount(quantity.value_high, quantity.unit, indicator)}"
    return f"{COMPARATOR_SYMBOLS.get(comparator, comparator)}{low}"


def format_pace(pace: Decimal) -> str:
    """A pace ratio as a percentage: 1.6 → 160%."""
    return f"{format_number(pace * 100, 0)}%"


def measure_label(name: str, measure: Measure) -> str:
    """The indicator's Chinese name with its measure: 地区生产总值增长, 新增高新技术企业."""
    match measure:
        case "growth":
            return f"{name}增长"
        case "increase":
            return name if name.startswith(("新增", "净增")) else f"新增{name}"
        case _:
            return name

