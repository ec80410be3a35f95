"""Hypothesis strategies for the text engine: numbers spelt in Chinese, mixed-script text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

PLAIN_DIGITS = "零一二三四五六七八九"
FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
TRADITIONAL_FINANCIAL = "零壹貳參肆伍陸柒捌玖"
PLAIN_UNITS = ("", "十", "百", "千")
FINANCIAL_UNITS = ("", "拾", "佰", "仟")


def _section(n: int, digits: str, units: tuple[str, ...], *, liang: bool) -> str:
    """1..9999 in Chinese, with 零 for each run of missing places inside it."""
    out: list[str] = []
    zero = False
    for place in (3, 2, 1, 0):
        d = n // 10 ** place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        digit = "两" if (liang and d == 2 and place >= 2) else digits[d]
        out.append(digit + units[place])
    return "".join(out)


def chinese_integer(n: int, *, financial: bool = False, traditional: bool = False,
                    liang: bool = False) -> str:
    """``n`` (0 <= n < 10**16) the way a Chinese text spells it: 万/亿 groups, 零 gaps,
    optionally in financial forms (壹贰叁) or traditional script (萬億, 貳參陸)."""
    if traditional:
        digits = TRADITIONAL_FINANCIAL if financial else PLAIN_DIGITS
    else:
        digits = FINANCIAL_DIGITS if financial else PLAIN_DIGITS
    units = FINANCIAL_UNITS if financial else PLAIN_UNITS
    wan, yi = ("萬", "億") if traditional else ("万", "亿")

    def below_yi(m: int) -> str:
        high, low = divmod(m, 10 ** 4)
        out = _section(high, digits, units, liang=liang) + wan if high else ""
        if low:
            if high and low < 1000:
                out += digits[0]
            out += _section(low, digits, units, liang=liang)
        return out

    if n == 0:
        return digits[0]
    upper, lower = divmod(n, 10 ** 8)
    text = below_yi(upper) + yi if upper else ""
    if lower:
        if upper and lower < 10 ** 7:
            text += digits[0]
        text += below_yi(lower)
    # 一十五 → 十五 at the head, as usually written (financial forms keep 壹拾)
    if not financial and text.startswith("一十"):
        text = text[1:]
    return text


@st.composite
def chinese_integers(draw: st.DrawFn, max_value: int = 10 ** 16 - 1) -> tuple[int, str]:
    n = draw(st.integers(min_value=0, max_value=max_value))
    financial = draw(st.booleans())
    traditional = draw(st.booleans())
    liang = draw(st.booleans()) and not financial
    return n, chinese_integer(n, financial=financial, traditional=traditional, liang=liang)


@st.composite
def chinese_decimals(draw: st.DrawFn) -> tuple[Decimal, str]:
    """三点一四, 一七二零点一: the integer part in places or digit by digit."""
    whole = draw(st.integers(min_value=0, max_value=10 ** 8))
    fraction = draw(st.text(alphabet="0123456789", min_size=1, max_size=6))
    by_digit = draw(st.booleans())
    head = ("".join(PLAIN_DIGITS[int(c)] for c in str(whole)) if by_digit
            else chinese_integer(whole))
    spelt = head + "点" + "".join(PLAIN_DIGITS[int(c)] for c in fraction)
    return Decimal(f"{whole}.{fraction}"), spelt


@st.composite
def mixed_numbers(draw: st.DrawFn) -> tuple[Decimal, str]:
    """1.2万, 6032.4亿, 2.5万亿, 1,234.5: Arabic digits with a Chinese magnitude."""
    whole = draw(st.integers(min_value=0, max_value=99999))
    fraction = draw(st.text(alphabet="0123456789", max_size=3))
    magnitude, size = draw(st.sampled_from([("", 1), ("万", 10 ** 4), ("亿", 10 ** 8),
                                            ("万亿", 10 ** 12), ("萬", 10 ** 4),
                                            ("億", 10 ** 8)]))
    number = f"{whole}.{fraction}" if fraction else str(whole)
    if whole == 0 and magnitude:
        whole = 1
        number = f"1.{fraction}" if fraction else "1"
    full_width = draw(st.booleans())
    spelt = number.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)} | {0x2E: 0xFF0E}) \
        if full_width else number
    return Decimal(number) * size, spelt + magnitude


# Characters that exercise every normalisation: traditional and simplified, full-width
# digits and punctuation, CRLF, zero-width characters, pinyin residue, numerals.
MIXED_ALPHABET = (
    "萬億貳參陸兩點國發展經濟增長億元萬元年月日上半年季度同比下降超過以上左右約近"
    "万亿元增长下降超过以内百分点个家人项吨亩美元"
    "一二三四五六七八九十百千零〇两廿几多余"
    "0123456789０１２３４５６７８９.,%％-—至和、"
    "，。；：！？（）()【】“”「」 \n\r\t\u200b\u200d\ufeff\u00ad\u3000"
    "abcgòuóqū"
)


def mixed_text(max_size: int = 200) -> st.SearchStrategy[str]:
    return st.text(alphabet=MIXED_ALPHABET, max_size=max_size)
