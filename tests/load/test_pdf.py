"""The PDF loader on PDFs written here with reportlab: pages and their offsets, metadata,
encrypted, broken and scanned files, sniffing."""

from __future__ import annotations

import sys
from itertools import pairwise

import pytest
from tests.load.samples import chinese_pdf, encrypted, write

from plantrack.errors import InputError
from plantrack.load.pdf import PAGE_SEPARATOR, PdfLoader, load_pdf

PAGE_1 = ("南通市通州区2023年政府工作报告", "全年新开工重大项目27个以上，地区生产总值增长6.5%。")
PAGE_2 = ("上半年实现地区生产总值880.5亿元，同比增长7.8%。",)
PAGE_3 = ("城镇新增就业1.2万人。",)


def test_pages_joined_with_their_offsets(tmp_path):
    document = load_pdf(write(tmp_path / "report.pdf", chinese_pdf([PAGE_1, PAGE_2, PAGE_3])))
    assert len(document.pages) == 3
    assert document.pages[0] == 0
    starts = (*document.pages, len(document.text) + len(PAGE_SEPARATOR))
    pages = [document.text[a:b - len(PAGE_SEPARATOR)] for a, b in pairwise(starts)]
    assert pages == ["\n".join(PAGE_1), PAGE_2[0], PAGE_3[0]]
    assert (document.loader, document.title, document.encoding) == ("pdf", None, None)


def test_title_from_the_pdf_metadata_but_not_its_creation_date(tmp_path):
    # a PDF made years after the text would otherwise override the text's own year
    pdf = chinese_pdf([PAGE_2], title="通州区上半年经济运行情况",
                      created="D:20260715103000+08'00'")
    document = load_pdf(write(tmp_path / "a.pdf", pdf))
    assert (document.title, document.published) == ("通州区上半年经济运行情况", None)


def test_an_encrypted_pdf_is_malformed(tmp_path):
    path = write(tmp_path / "locked.pdf", encrypted(chinese_pdf([PAGE_2]), "secret"))
    with pytest.raises(InputError) as caught:
        load_pdf(path)
    assert caught.value.kind == "malformed"
    assert caught.value.reason == "an encrypted PDF (it needs a password)"


def test_a_pdf_encrypted_only_against_editing_is_read(tmp_path):
    path = write(tmp_path / "open.pdf", encrypted(chinese_pdf([PAGE_2]), ""))
    assert load_pdf(path).text == PAGE_2[0]


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage",
    b"%PDF-1.7\n" + bytes(range(256)) * 4,
])
def test_a_broken_pdf_is_malformed_in_one_line(tmp_path, data):
    with pytest.raises(InputError) as caught:
        load_pdf(write(tmp_path / "broken.pdf", data))
    assert caught.value.kind == "malformed"
    assert caught.value.reason.startswith("a PDF pypdf cannot read: ")
    assert "\n" not in str(caught.value)


def test_a_truncated_pdf_is_malformed(tmp_path):
    data = chinese_pdf([PAGE_1, PAGE_2])
    with pytest.raises(InputError) as caught:
        load_pdf(write(tmp_path / "cut.pdf", data[: len(data) // 3]))
    assert caught.value.kind == "malformed"


def test_a_pdf_without_a_text_layer_is_empty(tmp_path):
    with pytest.raises(InputError) as caught:
        load_pdf(write(tmp_path / "scan.pdf", chinese_pdf([(), ()])))
    assert (caught.value.kind, caught.value.reason) == ("empty", "no text layer (a scanned PDF?)")


def test_without_pypdf_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(InputError) as caught:
        load_pdf(write(tmp_path / "a.pdf", b"%PDF-1.4\n"))
    assert caught.value.kind == "unsupported"
    assert "pip install 'plantrack[pdf]'" in caught.value.reason


@pytest.mark.parametrize("name", ["report.pdf", "report.txt", "report"])
def test_a_pdf_is_read_as_pdf_whatever_it_is_called(registry, tmp_path, name):
    from plantrack.api import load_document

    path = write(tmp_path / name, chinese_pdf([PAGE_1, PAGE_2]))
    assert isinstance(registry.loader_for(path.suffix, path.read_bytes()[:4096]), PdfLoader)
    document = load_document(path, registry)
    assert PAGE_2[0] in document.text
    assert document.loader == "pdf"
