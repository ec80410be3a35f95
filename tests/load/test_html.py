"""The HTML loader: a news page's article without the site around it, its metadata, the
page's encoding, sniffing a page whatever it is called, and its refusals."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from tests.load.samples import ARTICLE, NOISE, TITLE, URL, news_page, write

from plantrack.components import LoadOptions
from plantrack.errors import InputError
from plantrack.load import html
from plantrack.load.html import HtmlLoader, declared_charset, load_html


def test_the_article_without_the_site_around_it(tmp_path):
    document = load_html(write(tmp_path / "news.html", news_page()))
    for sentence in ARTICLE:
        assert sentence in document.text
    for noise in NOISE:
        assert noise not in document.text
    assert (document.title, document.published, document.url) == (
        TITLE, date(2023, 7, 15), URL)
    assert (document.loader, document.encoding) == ("html", "utf-8")


def test_a_gb2312_page_is_decoded_by_its_meta_charset(tmp_path):
    path = write(tmp_path / "news.htm", news_page(charset="gb2312").encode("gb18030"))
    document = load_html(path)
    assert ARTICLE[0] in document.text
    assert document.encoding == "gb18030"


def test_a_page_lying_about_its_charset_is_still_read(tmp_path):
    # many Chinese sites copy a template saying gb2312 and serve UTF-8
    document = load_html(write(tmp_path / "news.html", news_page(charset="gb2312")))
    assert (ARTICLE[0] in document.text, document.encoding) == (True, "utf-8")


def test_a_forced_encoding_overrides_the_meta_charset(tmp_path):
    path = write(tmp_path / "news.html", news_page(charset="utf-8").encode("gb18030"))
    assert load_html(path, LoadOptions(encoding="GB18030")).encoding == "gb18030"
    with pytest.raises(InputError) as caught:
        load_html(path, LoadOptions(encoding="big5"))
    assert (caught.value.kind, "big5" in caught.value.reason) == ("undecodable", True)


@pytest.mark.parametrize("dateline", [
    "发布日期：<span>2023年7月15日</span>",
    "发布时间: 2023-07-15",
    "發佈日期：2023/7/15",  # a Hong Kong or Taiwan site, in traditional script
    "成文日期：2023年07月15日",
])
def test_the_sites_own_dateline_when_the_metadata_has_none(tmp_path, dateline):
    page = news_page(dateline=dateline).replace(URL, "http://a/b.html")
    assert load_html(write(tmp_path / "news.html", page)).published == date(2023, 7, 15)
    # the loader's own fallback reads it too, when trafilatura finds no date
    assert html._published(None, page) == date(2023, 7, 15)


def test_the_fallback_takes_only_a_labelled_date():
    assert html._published(None, "<p>更正：2023-07-15</p>") is None
    assert html._published(None, "<p>发布时间：<b>2023-07-15</b></p>") == date(2023, 7, 15)


def test_a_footers_copyright_year_is_not_a_date(tmp_path):
    page = news_page(dateline="").replace(URL, "http://a/b.html")
    assert "© 2024" in page
    assert load_html(write(tmp_path / "news.html", page)).published is None


@pytest.mark.parametrize("page", [
    "<html><head><title>空白页</title></head><body></body></html>",
    "<!DOCTYPE html><html><body><script>var a = 1;</script></body></html>",
])
def test_a_page_with_no_main_text_is_empty(tmp_path, page):
    with pytest.raises(InputError) as caught:
        load_html(write(tmp_path / "empty.html", page))
    assert caught.value.kind == "empty"


def test_without_trafilatura_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    with pytest.raises(InputError) as caught:
        load_html(write(tmp_path / "news.html", news_page()))
    assert caught.value.kind == "unsupported"
    assert "pip install 'plantrack[html]'" in caught.value.reason


@pytest.mark.parametrize(("head", "charset"), [
    (b'<meta charset="GBK">', "GBK"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", "gb2312"),
    (b'<META CONTENT="text/html; charset = big5" HTTP-EQUIV="Content-Type">', "big5"),
    (b"<meta name='x' content='no charset here'>", None),
])
def test_declared_charsets(head, charset):
    assert declared_charset(head) == charset


@pytest.mark.parametrize("name", ["saved.txt", "saved", "page.shtml", "page.xhtml"])
def test_a_saved_page_is_read_as_html_whatever_it_is_called(registry, tmp_path, name):
    from plantrack.api import load_document

    path = write(tmp_path / name, "\ufeff<!-- saved from url=(0030)http://a/ -->\n" + news_page())
    loader = registry.loader_for(path.suffix, path.read_bytes()[:4096])
    assert isinstance(loader, HtmlLoader)
    document = load_document(path, registry)
    assert ARTICLE[1] in document.text
    assert "网友评论" not in document.text
    assert document.loader == "html"


def test_a_text_file_mentioning_html_is_not_a_page(registry, tmp_path):
    path = write(tmp_path / "notes.txt", "关于<html>标签的说明：网页以<html>开头。\n")
    assert registry.loader_for(".txt", path.read_bytes()).name == "text"
