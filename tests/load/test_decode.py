"""decode_bytes: strict UTF-8 first, then GB18030 or Big5 by common characters, never
replacement characters; BOMs, BOM-less UTF-16, binary refusals, a forced encoding."""

from __future__ import annotations

import codecs
import subprocess
import sys

import opencc
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from tests.load.samples import SIMPLIFIED, TRADITIONAL

from plantrack.errors import InputError
from plantrack.load.decode import codec_name, decode_bytes
from plantrack.load.sniff import binary_format

SENTENCES = (
    SIMPLIFIED,
    "上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%，增速位居全市前列。",
    "确保全年新签约重大项目51个，其中科创项目不少于180个，力争实际使用外资3.5亿美元。",
    "截至目前，全市累计建成5G基站1.2万个，城乡居民人均可支配收入增长6%以上。",
    "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。",
)
TRADITIONAL_SENTENCES = tuple(opencc.OpenCC("s2t").convert(s) for s in SENTENCES)


def decode(data: bytes, encoding: str | None = None):
    return decode_bytes(data, "doc.txt", encoding)


# --- Chinese encodings, short and long --------------------------------------------------


@pytest.mark.parametrize("text", [
    "南通市通州区", "上半年经济运行平稳", SIMPLIFIED, SIMPLIFIED * 40])
def test_gbk_and_gb18030_are_read_as_gb18030(text):
    for codec in ("gbk", "gb2312", "gb18030"):
        decoded = decode(text.encode(codec))
        assert (decoded.text, decoded.encoding) == (text, "gb18030"), codec


@pytest.mark.parametrize("text", ["通州區經濟", "臺灣地區生產總值", TRADITIONAL, TRADITIONAL * 40])
def test_big5_is_read_as_big5(text):
    decoded = decode(text.encode("big5"))
    assert (decoded.text, decoded.encoding) == (text, "big5")


def test_traditional_text_in_gbk_is_gb18030_not_big5():
    decoded = decode(TRADITIONAL.encode("gbk"))
    assert (decoded.text, decoded.encoding) == (TRADITIONAL, "gb18030")


def test_characters_only_gb18030_has_are_read():
    text = "全年增长6.5%，𠀀𠀁是扩展B区的字。"  # four-byte GB18030 sequences
    decoded = decode(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_big5_with_microsoft_additions_is_read():
    text = "碁銹裏墻恒粧嫺，新開工項目二十七個。"  # cp950-only characters among common ones
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")
    decoded = decode(text.encode("cp950"))
    assert decoded.text == text
    assert decoded.encoding in ("cp950", "big5hkscs")


def _han_slices(sentences: tuple[str, ...], min_han: int):
    def han(text: str) -> int:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in text)

    return st.sampled_from(sentences).flatmap(lambda s: st.tuples(
        st.just(s), st.integers(0, len(s)), st.integers(0, len(s)))).map(
        lambda t: t[0][min(t[1], t[2]):max(t[1], t[2])]).filter(lambda s: han(s) >= min_han)


@given(_han_slices(SENTENCES, 8))
def test_any_simplified_passage_of_eight_characters_in_gbk_is_read(text):
    assert decode(text.encode("gbk")).text == text


@given(_han_slices(TRADITIONAL_SENTENCES, 8))
def test_any_traditional_passage_of_eight_characters_in_big5_is_read(text):
    assert decode(text.encode("big5")).text == text


# --- UTF-8, byte order marks, UTF-16 ----------------------------------------------------


def test_utf8_without_bom():
    decoded = decode(SIMPLIFIED.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, "utf-8")


@pytest.mark.parametrize(("codec", "name"), [
    ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-be", "utf-16"),
    ("utf-32", "utf-32")])
def test_a_byte_order_mark_decides_and_is_not_text(codec, name):
    data = SIMPLIFIED.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec):
    text = "2023年GDP增长6.5%，一季度完成投资100亿元。\n"
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_what_no_chinese_encoding_reads_goes_to_the_detector():
    text = ("全年の新規着工プロジェクトは27件以上となる見込みです。"
            "上半期の地域総生産は880億円で、前年同期比7.8%増となりました。")
    decoded = decode(text.encode("shift_jis"))
    assert decoded.text == text
    assert decoded.encoding in ("shift_jis", "cp932")


def test_utf8_never_imports_the_detector():
    script = ("import sys; from plantrack.load.decode import decode_bytes; "
              "decode_bytes('全年增长6.5%'.encode(), 'x'); "
              "print('charset_normalizer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


# --- Refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x7fELF\x02\x01\x01", "ELF"),
    (b"\x1f\x8b\x08\x00", "GZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"%PDF-1.7\n", "PDF"),
    (b"abc\x00\x01\x02\x03\xfe\xff\x00\x10", "NUL"),
])
def test_binary_files_are_refused_naming_what_they_are(data, what):
    with pytest.raises(InputError) as caught:
        decode(data + bytes(range(256)))
    assert caught.value.kind == "binary"
    assert what in caught.value.reason
    assert "\n" not in str(caught.value)


def test_bytes_no_encoding_reads_are_undecodable():
    with pytest.raises(InputError, match="no encoding reads it cleanly") as caught:
        decode(bytes(range(0x80, 0x100)) * 3)
    assert caught.value.kind == "undecodable"


def test_a_c1_control_reading_is_not_accepted():
    # Latin-1 reads any bytes, but a Chinese text read so is full of C1 controls
    with pytest.raises(InputError):
        decode(b"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f" * 8)


# --- A forced encoding (--encoding) -----------------------------------------------------


def test_a_forced_encoding_is_used_and_recorded():
    decoded = decode(TRADITIONAL.encode("big5"), "BIG5")
    assert (decoded.text, decoded.encoding) == (TRADITIONAL, "big5")
    decoded = decode(SIMPLIFIED.encode("gbk"), "gbk")
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, "gbk")


def test_a_forced_utf8_drops_the_byte_order_mark():
    decoded = decode(SIMPLIFIED.encode("utf-8-sig"), "utf8")
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, "utf-8-sig")


def test_bytes_the_forced_encoding_cannot_read_name_it():
    with pytest.raises(InputError) as caught:
        decode(SIMPLIFIED.encode("gbk"), "utf-8")
    assert caught.value.kind == "undecodable"
    assert caught.value.reason.startswith("not valid utf-8: byte 0xc4 at offset 2")


def test_a_forced_encoding_wins_over_detection():
    # valid GBK, but the caller says Big5: read as Big5, never silently as GB18030
    data = "南通市通州区".encode("gbk")
    decoded = decode(data, "big5")
    assert decoded.encoding == "big5"
    assert decoded.text == data.decode("big5")


@pytest.mark.parametrize(("name", "reason"), [
    ("klingon", "unknown encoding 'klingon'"), ("rot13", "'rot13' is not a text encoding")])
def test_an_unknown_encoding_is_undecodable(name, reason):
    with pytest.raises(InputError) as caught:
        decode(b"abc", name)
    assert (caught.value.kind, caught.value.reason) == ("undecodable", reason)


def test_codec_names_are_normalised():
    assert codec_name("UTF8") == "utf-8"
    assert codec_name("GBK") == "gbk"
    assert codec_name("nonsense") is None


# --- Properties -------------------------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufeff")
                | st.sampled_from("\t\n\r"))


@given(_TEXT)
def test_any_utf8_text_round_trips(text):
    data = text.encode("utf-8")
    assume(binary_format(data[:64]) is None)
    assert decode(data).text == text


@given(st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "gbk"]), _TEXT)
def test_any_text_round_trips_through_a_forced_encoding(codec, text):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    decoded = decode(data, codec)
    assert decoded.text == text


@given(st.binary(max_size=300))
def test_any_bytes_decode_strictly_or_are_refused(data):
    try:
        decoded = decode(data)
    except InputError as exc:
        refused = exc.kind
    else:
        refused = None
    if refused is not None:
        assert refused in ("binary", "undecodable")
        return
    assert data.decode(decoded.encoding) == decoded.text  # strict: nothing was replaced
    if "\ufffd" in decoded.text:
        assert "\ufffd".encode(decoded.encoding.removesuffix("-sig")) in data
