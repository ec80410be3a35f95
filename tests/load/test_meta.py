"""Metadata from outside the text: front matter, sidecars, their precedence and errors."""

from __future__ import annotations

import json
from datetime import date

import pytest
from tests.load.samples import news_page, write

from plantrack.errors import InputError
from plantrack.load.meta import (
    Metadata,
    apply_sidecar,
    parse_date,
    parse_metadata,
    sidecar_path,
    split_front_matter,
)
from plantrack.model import Document
from plantrack.text.prepare import prepare

# --- Front matter -----------------------------------------------------------------------


def test_front_matter_keys_and_body():
    values, body = split_front_matter("---\nTitle: 'A'\ndate: 2023-07-15\nempty:\n---\n正文\n")
    assert values == {"title": "A", "date": "2023-07-15", "empty": ""}
    assert body == "正文\n"


def test_front_matter_with_crlf_and_yaml_extras():
    text = "---\r\ntitle: 标题\r\n# a comment\r\ntags:\r\n  - 经济\r\n- x\r\n---\r\n正文"
    assert split_front_matter(text) == ({"title": "标题", "tags": ""}, "正文")


@pytest.mark.parametrize("text", [
    "正文\n---\ntitle: x\n---\n",           # not at the start
    "---\n这是一条分隔线下的正文\n---\n正文",  # a rule, then ordinary text
    "---\ntitle: never closed\n正文",
    "--- \n",
])
def test_text_without_front_matter_comes_back_whole(text):
    assert split_front_matter(text) == ({}, text)


# --- Values -----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-07-15", date(2023, 7, 15)), ("2023-7-5", date(2023, 7, 5)),
    ("2023-07-15T10:30:00+08:00", date(2023, 7, 15)), ("2023-07-15 10:30", date(2023, 7, 15)),
    ("2023/07/15", date(2023, 7, 15)), ("2023.7.15", date(2023, 7, 15)),
    ("2023年7月15日", date(2023, 7, 15)), ("２０２３年７月１５日", date(2023, 7, 15)),
    ("2023年7月", date(2023, 7, 1)), ("2023-07", date(2023, 7, 1)),
    ("2023-02-30", None), ("上个月", None), ("2023", None),
])
def test_dates(value, expected):
    assert parse_date(value) == expected


def test_metadata_values_are_checked_and_converted():
    metadata = parse_metadata({"Title": "  通州区\n 经济 ", "date": "2023年7月15日",
                               "region": 3206, "year": "2023", "source_url": "http://a/b",
                               "author": "ignored", "url": None}, "x")
    assert metadata == Metadata(title="通州区 经济", published=date(2023, 7, 15),
                                region="320600", year=2023, url="http://a/b")


@pytest.mark.parametrize(("values", "key"), [
    ({"published": "soon"}, "published"), ({"published": 20230715}, "published"),
    ({"region": "南通市"}, "region"), ({"region": "32061"}, "region"),
    ({"region": True}, "region"), ({"year": "二〇二三"}, "year"), ({"year": 23}, "year"),
    ({"year": True}, "year"), ({"title": ["a"]}, "title"), ({"url": 1}, "url"),
])
def test_bad_values_are_malformed(values, key):
    with pytest.raises(InputError) as caught:
        parse_metadata(values, "a.txt.meta.json")
    assert (caught.value.kind, caught.value.source) == ("malformed", "a.txt.meta.json")
    assert caught.value.reason.startswith(f"bad metadata {key!r}: ")


# --- Sidecars ---------------------------------------------------------------------------


def _sidecar(path, content):
    write(sidecar_path(path), content if isinstance(content, str) else json.dumps(content))


def test_no_sidecar_changes_nothing(tmp_path):
    document = Document(name="a.txt", text="正文", title="own")
    assert apply_sidecar(document, tmp_path / "a.txt") is document


def test_a_sidecar_overrides_the_documents_own_metadata(tmp_path):
    path = tmp_path / "news.html"
    assert sidecar_path(path) == tmp_path / "news.html.meta.json"
    _sidecar(path, {"title": "旁注标题", "published": "2023-07-15", "region": "320612",
                    "url": "http://example.gov.cn/a", "comment": "unknown keys are ignored"})
    own = Document(name="news.html", text="正文", title="页面标题", published=date(2020, 1, 1),
                   url="http://old", year=None)
    document = apply_sidecar(own, path)
    assert (document.title, document.published, document.region, document.url) == (
        "旁注标题", date(2023, 7, 15), "320612", "http://example.gov.cn/a")
    assert document.year is None  # prepare() takes the year from the published date
    assert document.metadata_from == str(sidecar_path(path))
    assert prepare(document).year == 2023


def test_the_sidecar_year_wins_over_the_published_year(tmp_path):
    path = tmp_path / "a.txt"
    _sidecar(path, {"published": "2024-01-20", "year": 2023})
    document = apply_sidecar(Document(name="a.txt", text="正文"), path)
    assert (document.year, prepare(document).year) == (2023, 2023)


@pytest.mark.parametrize(("content", "reason"), [
    ("{not json", "bad JSON: expecting property name enclosed in double quotes at line 1"),
    ("[1, 2]", "metadata must be a JSON object"),
    ({"published": "someday"}, "bad metadata 'published'"),
    ({"region": "南通"}, "bad metadata 'region'"),
])
def test_a_malformed_sidecar_names_the_sidecar(tmp_path, content, reason):
    path = tmp_path / "a.txt"
    _sidecar(path, content)
    with pytest.raises(InputError) as caught:
        apply_sidecar(Document(name="a.txt", text="正文"), path)
    assert caught.value.kind == "malformed"
    assert caught.value.source == str(sidecar_path(path))
    assert caught.value.reason.startswith(reason)
    assert "\n" not in str(caught.value)


def test_a_sidecar_not_in_utf8_is_malformed(tmp_path):
    path = tmp_path / "a.txt"
    write(sidecar_path(path), '{"title": "标题"}'.encode("gbk"))
    with pytest.raises(InputError, match="not UTF-8 JSON"):
        apply_sidecar(Document(name="a.txt", text="正文"), path)


# --- Precedence through load_document: sidecar > front matter > the file's own ----------


def test_sidecar_over_front_matter(registry, tmp_path):
    from plantrack.api import load_document

    path = write(tmp_path / "a.txt", "---\ntitle: 前言标题\nregion: 320612\n---\n正文。\n")
    _sidecar(path, {"title": "旁注标题"})
    document = load_document(path, registry)
    assert (document.title, document.region) == ("旁注标题", "320612")
    assert document.metadata_from == f"{sidecar_path(path)}; {path} (front matter)"


def test_sidecar_over_an_html_pages_own(registry, tmp_path):
    from plantrack.api import load_document

    path = write(tmp_path / "news.html", news_page())
    _sidecar(path, {"published": "2023-07-31"})
    document = load_document(path, registry)
    assert document.published == date(2023, 7, 31)
    assert document.title == "通州区上半年经济运行情况"  # the page's own, not overridden
