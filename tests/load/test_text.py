"""The text loader on real files: encodings, BOM, empty and binary files, front matter,
a forced encoding, and the refusals' kinds; directly and through a registry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.load.samples import SIMPLIFIED, TRADITIONAL, write

from plantrack.components import LoadOptions
from plantrack.errors import InputError
from plantrack.load.text import TextLoader, load_text


def test_a_gbk_file(tmp_path):
    document = load_text(write(tmp_path / "gbk.txt", SIMPLIFIED.encode("gbk")))
    assert (document.text, document.encoding) == (SIMPLIFIED, "gb18030")
    assert (document.name, document.source, document.loader) == (
        "gbk.txt", str(tmp_path / "gbk.txt"), "text")


def test_a_big5_file_keeps_its_traditional_script(tmp_path):
    document = load_text(write(tmp_path / "big5.txt", TRADITIONAL.encode("big5")))
    assert (document.text, document.encoding) == (TRADITIONAL, "big5")


def test_a_file_with_a_bom(tmp_path):
    document = load_text(write(tmp_path / "bom.txt", SIMPLIFIED.encode("utf-8-sig")))
    assert (document.text, document.encoding) == (SIMPLIFIED, "utf-8-sig")


def test_line_ends_are_kept_as_loaded(tmp_path):
    # spans index the loaded text: normalisation is a later step with its own offset map
    document = load_text(write(tmp_path / "crlf.txt", "第一行\r\n第二行\r\n"))
    assert document.text == "第一行\r\n第二行\r\n"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_an_empty_file(tmp_path, content):
    with pytest.raises(InputError) as caught:
        load_text(write(tmp_path / "empty.txt", content))
    assert (caught.value.kind, caught.value.reason) == ("empty", "empty document")
    assert caught.value.source == str(tmp_path / "empty.txt")


def test_a_binary_file_called_txt(tmp_path):
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with pytest.raises(InputError) as caught:
        load_text(path)
    assert caught.value.kind == "binary"
    assert str(caught.value) == f"{path}: binary file (a PNG image), not a text document"


@pytest.mark.parametrize(("setup", "kind"), [
    (lambda p: None, "missing"), (lambda p: p.mkdir(), "unreadable")])
def test_missing_and_unreadable(tmp_path, setup, kind):
    path = tmp_path / "a.txt"
    setup(path)
    with pytest.raises(InputError) as caught:
        load_text(path)
    assert caught.value.kind == kind


def test_a_file_over_the_size_limit(tmp_path):
    path = write(tmp_path / "big.txt", SIMPLIFIED * 10)
    with pytest.raises(InputError) as caught:
        load_text(path, LoadOptions(max_bytes=100))
    assert caught.value.kind == "too_large"


def test_a_forced_encoding_right_and_wrong(tmp_path):
    path = write(tmp_path / "gbk.txt", SIMPLIFIED.encode("gbk"))
    assert load_text(path, LoadOptions(encoding="gbk")).encoding == "gbk"
    with pytest.raises(InputError) as caught:
        load_text(path, LoadOptions(encoding="utf-8"))
    assert caught.value.kind == "undecodable"
    assert "utf-8" in caught.value.reason
    with pytest.raises(InputError, match="unknown encoding 'gbkk'"):
        load_text(path, LoadOptions(encoding="gbkk"))


FRONT_MATTER = """---
title: "通州区2023年上半年经济运行情况"
published: 2023-07-15
region: 320612
url: http://www.tongzhou.gov.cn/a.html
tags:
  - 经济
author: 区统计局
---
上半年，通州区实现地区生产总值880.5亿元。
"""


def test_front_matter_is_metadata_and_not_text(tmp_path):
    path = write(tmp_path / "news.txt", FRONT_MATTER.encode("gbk"))
    document = load_text(path)
    assert document.text == "上半年，通州区实现地区生产总值880.5亿元。\n"
    assert document.title == "通州区2023年上半年经济运行情况"
    assert document.published == date(2023, 7, 15)
    assert (document.region, document.year) == ("320612", None)
    assert document.url == "http://www.tongzhou.gov.cn/a.html"
    assert document.metadata_from == f"{path} (front matter)"
    assert document.encoding == "gb18030"


def test_bad_front_matter_names_the_file(tmp_path):
    path = write(tmp_path / "news.txt", "---\npublished: 上个月\n---\n正文。\n")
    with pytest.raises(InputError) as caught:
        load_text(path)
    assert caught.value.kind == "malformed"
    assert caught.value.source == f"{path} (front matter)"
    assert "published" in caught.value.reason


def test_only_front_matter_is_empty(tmp_path):
    with pytest.raises(InputError, match="only front matter") as caught:
        load_text(write(tmp_path / "news.txt", "---\ntitle: 标题\n---\n\n"))
    assert caught.value.kind == "empty"


def test_through_the_registry(registry, tmp_path):
    path = write(tmp_path / "notes", SIMPLIFIED.encode("gb18030"))  # no suffix
    loader = registry.loader_for(path.suffix, path.read_bytes()[:4096])
    assert isinstance(loader, TextLoader)
    assert loader.load(path, LoadOptions()).text == SIMPLIFIED


def test_loaded_text_is_what_spans_index(registry, tmp_path):
    from plantrack.api import extract

    path = write(tmp_path / "plan.txt", ("---\npublished: 2023-01-10\n---\n"
                                         "展望2023年，全年新开工重大项目27个以上。\n").encode("gbk"))
    extraction = extract(Path(path), registry=registry)
    assert extraction.goals
    text = load_text(path).text
    for goal in extraction.goals:
        start, end = goal.provenance.start, goal.provenance.end
        assert text[start:end] == goal.provenance.quote
