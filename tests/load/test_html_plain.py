"""Pages beyond trafilatura (too deep, one huge text node, too large) are read as plain
text, and the document says so; third-party readers print nothing of their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")

from plantrack.errors import InputError
from plantrack.load.html import PLAIN_ABOVE, PLAIN_LOADER, load_html
from plantrack.load.html_plain import plain_text

ARTICLE = "2023年上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%。"


def page(body: str) -> str:
    return (f"<html><head><title>t</title><script>var a = '不要';</script></head><body>"
            f"<nav>首页</nav>{body}<footer>版权所有</footer></body></html>")


def test_a_page_nested_deeper_than_libxml2_reads(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page("<div>" * 300 + f"<p>{ARTICLE}</p>" * 3 + "</div>" * 300),
                    encoding="utf-8")
    document = load_html(path)
    assert document.loader == PLAIN_LOADER
    assert document.text == "\n".join([ARTICLE] * 3)


def test_a_ten_megabyte_text_node_reads(tmp_path: Path) -> None:
    path = tmp_path / "node.html"
    path.write_text(page(f"<p>{ARTICLE * 60_000}</p>"), encoding="utf-8")
    document = load_html(path)
    assert document.loader == PLAIN_LOADER
    assert document.text.startswith(ARTICLE)
    assert len(document.text) == len(ARTICLE) * 60_000


def test_a_page_above_the_threshold_is_read_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    repeats = PLAIN_ABOVE // len(ARTICLE.encode()) + 10
    path.write_text(page(f"<p>{ARTICLE}</p>\n" * repeats), encoding="utf-8")
    document = load_html(path)
    assert document.loader == PLAIN_LOADER
    assert "版权所有" not in document.text
    assert "不要" not in document.text


def test_an_ordinary_page_without_text_is_still_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var a;</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no main text found"):
        load_html(path)


def test_plain_text_measures_depth_and_nodes() -> None:
    found = plain_text("<div><div><p>a<br>b</p></div></div><style>x</style>")
    assert (found.text, found.deepest, found.longest_node) == ("a\nb", 3, 1)
    assert not found.beyond_extractor


def test_a_broken_pdf_is_one_line_and_nothing_else(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n")
    result = subprocess.run([sys.executable, "-m", "plantrack.cli", "extract", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"plantrack: error: {path}: a PDF pypdf cannot read: stream has ended unexpectedly"]
