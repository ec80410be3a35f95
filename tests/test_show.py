"""``plantrack show``: the loaded text, with the offsets every span uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.cli import main
from plantrack.show import numbered_lines, parse_span

TEXT = "2023年7月25日\n上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。\n"


@pytest.fixture
def gbk_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("gbk"))
    return path


@given(st.text(alphabet="ab\n中", max_size=60))
def test_numbered_lines_give_each_line_at_its_offset(text: str):
    lines = list(numbered_lines(text))
    for offset, line in lines:
        assert text[offset:offset + len(line)] == line
        assert "\n" not in line
    assert "\n".join(line for _, line in lines) == text.removesuffix("\n") or text == "\n"


def test_show_prints_where_the_text_came_from_and_each_line_at_its_offset(capsys, gbk_file):
    assert main(["show", str(gbk_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"# source: {gbk_file}" in out
    assert "# loader: text" in out
    assert f"# chars: {len(TEXT)}" in out
    body = [line for line in out if not line.startswith("#")]
    assert body == [" 0 │ 2023年7月25日",
                    "11 │ 上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。"]


def test_raw_is_the_text_exactly_so_extracted_spans_index_it(capsys, gbk_file):
    assert main(["extract", "--format", "json", str(gbk_file)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert main(["show", "--raw", str(gbk_file)]) == 0
    text = capsys.readouterr().out
    assert text == TEXT
    assert record["text"]["chars"] == len(text)
    for fact in record["facts"]:
        start, end = fact["span"]
        assert text[start:end] == fact["quote"]


def test_span_prints_the_quote_and_its_line(capsys, gbk_file):
    start = TEXT.index("880.5")
    assert main(["show", "--span", f"{start}:{start + 7}", str(gbk_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{start}:{start + 7} 880.5亿元"
    assert out[1].endswith("│ 上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。")


def test_a_span_past_the_end_is_one_line_error(capsys, gbk_file):
    assert main(["show", "--span", "5:9999", str(gbk_file)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"plantrack: error: {gbk_file}: span 5:9999 is past the end of the text " \
                  f"({len(TEXT)} characters)"


def test_json_carries_the_text_and_its_reference(capsys, gbk_file):
    assert main(["show", "--json", str(gbk_file)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"] == TEXT
    assert record["loader"] == "text"
    assert record["chars"] == len(TEXT)


def test_show_of_an_unreadable_file_is_one_line_error(capsys, tmp_path):
    missing = tmp_path / "gone.txt"
    assert main(["show", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == f"plantrack: error: {missing}: no such file"


@pytest.mark.parametrize("text", ["5", "a:b", "9:3", "-1:4"])
def test_bad_spans_are_refused(text):
    with pytest.raises(ValueError, match="not a span"):
        parse_span(text)
