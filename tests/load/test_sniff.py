"""What first bytes say: binary formats, HTML pages, PDFs."""

from __future__ import annotations

import pytest

from plantrack.load.sniff import binary_format, looks_like_html, looks_like_pdf


@pytest.mark.parametrize(("head", "what"), [
    (b"\x89PNG\r\n\x1a\n....", "a PNG image"), (b"GIF89a...", "a GIF image"),
    (b"PK\x03\x04....", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"\x00\x00\x00\x20ftypisom", "an MP4/QuickTime video"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a RIFF media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    ("全年增长6.5%".encode(), None), (b"BZ", None), (b"", None),
])
def test_binary_formats(head, what):
    assert binary_format(head) == what


@pytest.mark.parametrize("head", [
    b"<!DOCTYPE html>\n<html>", b"<!doctype HTML><html lang='zh'>", b"<html>",
    b"\xef\xbb\xbf  \r\n<HTML xmlns='x'>", b"<!-- saved from url=(0030)http://a/ -->\r\n<html>",
    b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML'>",
])
def test_html_pages(head):
    assert looks_like_html(head)


@pytest.mark.parametrize("head", [
    b"", b"<p>text</p>", b"<htmlx>", "说明：<html>开头".encode(), b"<!-- unclosed <html>",
    b"<?xml version='1.0'?><rss>",
])
def test_not_html(head):
    assert not looks_like_html(head)


def test_pdfs():
    assert looks_like_pdf(b"%PDF-1.7\n%\xe2\xe3")
    assert looks_like_pdf(b"\r\n%PDF-1.4")
    assert not looks_like_pdf(b"see %PDF-1.4 in the spec")
