"""The issue's acceptance case: ``plantrack extract DIR`` over a folder of every kind of
file a user collects. Every readable document is extracted, every unreadable one is
named with its reason, and the exit status is non-zero only because of those."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.load.samples import ARTICLE, NOISE, SIMPLIFIED, TRADITIONAL, chinese_pdf, news_page

from plantrack.cli import main

GOOD = ("big5.txt", "bom.txt", "gbk.txt", "news.html", "nested/report.pdf", "plain.md")
BAD = {"empty.txt": "empty", "logo.png": "binary", "blob.dat": "binary"}


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    (folder / "nested").mkdir(parents=True)
    (folder / ".cache").mkdir()
    (folder / "news.html").write_text(news_page(), encoding="utf-8")
    (folder / "gbk.txt").write_bytes(("2023年1月5日\n" + SIMPLIFIED).encode("gbk"))
    (folder / "big5.txt").write_bytes(("2023年1月5日\n" + TRADITIONAL).encode("big5"))
    (folder / "bom.txt").write_bytes(("2023年1月5日\n" + SIMPLIFIED).encode("utf-8-sig"))
    (folder / "plain.md").write_text("---\npublished: 2023-07-20\n---\n" + ARTICLE[0],
                                     encoding="utf-8")
    (folder / "nested" / "report.pdf").write_bytes(
        chinese_pdf([["2023年7月15日", ARTICLE[0]], [ARTICLE[1]]]))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (folder / "blob.dat").write_bytes(bytes(range(256)) * 4)
    (folder / ".cache" / "stale.txt").write_text(SIMPLIFIED, encoding="utf-8")
    return folder


def test_every_file_is_extracted_or_named_with_its_reason(mixed_folder, capsys):
    assert main(["extract", "--format", "jsonl", str(mixed_folder)]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    sources = [Path(r["text"]["source"]).relative_to(mixed_folder).as_posix() for r in records]
    assert sources == sorted(GOOD, key=lambda name: (name.split("/")[0]))
    for record in records:
        assert record["facts"], record["text"]["source"]
    errors = captured.err.splitlines()
    assert errors[-1] == f"plantrack: {len(GOOD)} of {len(GOOD) + len(BAD)} files read; " \
                         f"{len(BAD)} failed (listed above)"
    named = {Path(line.split(": ")[2]).name for line in errors[:-1]}
    assert named == set(BAD)
    assert all(line.startswith("plantrack: error: ") for line in errors[:-1])
    assert "stale.txt" not in captured.out + captured.err  # hidden folders are skipped


def test_what_each_loader_recorded(mixed_folder, capsys):
    main(["extract", "--format", "jsonl", str(mixed_folder)])
    records = {Path(r["text"]["source"]).name: r
               for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records["gbk.txt"]["text"]["encoding"] == "gb18030"
    assert records["big5.txt"]["text"]["encoding"] == "big5"
    assert records["big5.txt"]["facts"][0]["quote"].count("項目") == 1  # script kept
    assert records["news.html"]["text"]["loader"] == "html"
    assert records["news.html"]["text"]["published"] == "2023-07-15"
    assert records["report.pdf"]["text"]["loader"] == "pdf"
    assert len(records["report.pdf"]["text"]["pages"]) == 2
    assert records["plain.md"]["year"] == 2023
    assert records["plain.md"]["text"]["published"] == "2023-07-20"
    html_quotes = " ".join(f["quote"] for f in records["news.html"]["facts"])
    assert not any(noise in html_quotes for noise in NOISE)


def test_spans_index_the_text_show_prints(mixed_folder, capsys):
    for name in GOOD:
        path = mixed_folder / name
        assert main(["extract", "--format", "json", str(path)]) == 0
        record = json.loads(capsys.readouterr().out)
        assert main(["show", "--raw", str(path)]) == 0
        text = capsys.readouterr().out
        assert len(text) == record["text"]["chars"], name
        for item in record["facts"] + record["projects"]:
            start, end = item["span"]
            assert text[start:end] == item["quote"], name


def test_a_folder_of_only_good_files_exits_zero(mixed_folder, capsys):
    for name in BAD:
        (mixed_folder / name).unlink()
    assert main(["extract", "--format", "jsonl", str(mixed_folder)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert len(captured.out.splitlines()) == len(GOOD)
