"""sentences, clauses, sections and markers, with offsets into the text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.text.strategies import mixed_text

from plantrack.text.segment import (
    clause_start,
    clauses,
    lead_ins,
    markers,
    sections,
    segment_bounds,
    segment_start,
    sentence_start,
    sentences,
    windows,
)


def test_sentences_on_chinese_and_western_punctuation() -> None:
    text = "增长6.5%。投资增长3%!Next one. 好？再见……完\n末行"
    assert [s.text for s in sentences(text)] == [
        "增长6.5%", "投资增长3%", "Next one", " 好", "再见", "完", "末行"]


def test_segments_are_sentences_cut_at_semicolons() -> None:
    text = "增长6.5%；投资增长3%。末行"
    assert [text[a:b] for a, b in segment_bounds(text)] == ["增长6.5%", "投资增长3%", "末行"]
    assert [s.text for s in sentences(text)] == ["增长6.5%；投资增长3%", "末行"]
    assert segment_start(text, 0, 10) == 7
    assert clause_start("上半年,增长7%", 0, 6) == 4


def test_clauses_split_on_commas_colons_and_semicolons_not_on_list_marks() -> None:
    text = "上半年,全区实现地区生产总值880.5亿元,同比增长7.8%;规上工业：增长12.8%、出口17.7%"
    assert [c.text for c in clauses(text)] == [
        "上半年", "全区实现地区生产总值880.5亿元", "同比增长7.8%", "规上工业",
        "增长12.8%、出口17.7%"]


def test_spans_are_offsets() -> None:
    text = "甲,乙。丙"
    for span in clauses(text) + sentences(text):
        assert text[span.start:span.end] == span.text


def test_sections_at_heading_lines_and_markers() -> None:
    text = ("全市上半年实现地区生产总值6032.4亿元,增长5.7%。\n海安市\n"
            "【竞技场】项目开工,投资超10亿元。\n【施工图】下半年,力争增长7%。\n"
            "如皋市\n地区生产总值增长6%。\n一、2024年主要目标\n增长6%左右。")
    found = sections(text)
    assert [(s.heading, s.marker) for s in found] == [
        (None, None), ("海安市", None), ("海安市", "【竞技场】"), ("海安市", "【施工图】"),
        ("如皋市", None), ("一、2024年主要目标", None)]
    assert found[0].start == 0
    assert found[-1].end == len(text)
    for before, after in pairwise(found):
        assert before.end == after.start
    for section in found:
        if section.heading_start is not None:
            assert text.startswith(section.heading, section.heading_start)


@pytest.mark.parametrize("line", ["2004年:", "2004年：", " 2004 年: "])
def test_a_year_and_a_colon_alone_on_a_line_heads_that_years_items(line: str) -> None:
    text = f"回顾:\n2003年生产总值增长13%。\n{line}\n新增城镇就业人数6万人。"
    assert [s.heading for s in sections(text)][-1] == line.strip()


def test_a_year_and_a_colon_in_a_sentence_heads_nothing() -> None:
    text = "新的亮点。2003年:\n生产总值增长13%。"
    assert [s.heading for s in sections(text)] == [None]


def test_a_list_of_parts_closed_by_semicolons_heads_nothing() -> None:
    text = ("报告分为两部分:\n一、2019年工作回顾;\n二、做好2020年工作;\n"
            "全年地区生产总值增长7.5%。\n三、2020年主要目标\n增长7%左右。")
    assert [s.heading for s in sections(text)] == [None, "三、2020年主要目标"]


def test_markers() -> None:
    text = "【点新闻报道】广东省。\n【竞技场】x"
    assert [(m.start, m.text) for m in markers(text)] == [(0, "【点新闻报道】"), (12, "【竞技场】")]


@given(mixed_text(300))
def test_sections_tile_the_text(text: str) -> None:
    found = sections(text)
    assert found[0].start == 0
    assert found[-1].end == len(text)
    assert all(a.end == b.start for a, b in pairwise(found))
    for span in sentences(text) + clauses(text):
        assert text[span.start:span.end] == span.text


@given(st.text(st.sampled_from("增长，。、 5%"), max_size=400), st.integers(4, 60))
def test_windows_tile_a_span_in_bounded_pieces(text: str, limit: int) -> None:
    spans = windows(text, 0, len(text), limit)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    assert all(a < b or not text for a, b in spans)
    assert all(b1 == a2 for (_, b1), (a2, _) in pairwise(spans))
    assert all(b - a <= limit for a, b in spans)
    for a, b in spans[:-1]:  # cut after a clause end when the window's second half has one
        if any(c in "，、 " for c in text[a + limit // 2:a + limit]):
            assert text[b - 1] in "，、 "


def test_a_short_span_is_its_own_window() -> None:
    assert windows("增长5%，投资", 0, 7) == [(0, 7)]


def test_a_digests_headline_of_two_phrases_is_a_heading_a_short_sentence_is_not() -> None:
    text = ("政府工作报告(摘编)\n过去四年，六安发展站上新的历史起点\n生产总值达到1923.5亿元。\n"
            "全年增长5%，比上年快1个百分点\n")
    headings = [s.heading for s in sections(text)]
    assert "过去四年，六安发展站上新的历史起点" in headings
    # a figure makes it a sentence, whatever its length
    assert "全年增长5%，比上年快1个百分点" not in headings


def test_a_longer_line_bare_of_marks_and_of_figures_but_years_is_a_heading() -> None:
    text = ("各位代表：\n“十三五”发展成就和2020年工作回顾\n五年来，全县生产总值年均增长8.7%。\n"
            "\n\n全市规模以上工业增加值 1234 亿元 增长\n")
    headings = [s.heading for s in sections(text)]
    assert headings == [None, "“十三五”发展成就和2020年工作回顾"]
    # blank lines and a line of figures (a table's row) open no section


def test_a_titles_second_line_opened_by_ji_heads_no_section() -> None:
    # a title wrapped before 及 (关于…计划执行情况 / 及 2023 年…计划草案的报告): its
    # second line goes on from the first, and heads none of the review after it
    text = ("关于某旗 2022 年国民经济和社会发展计划执行情况\n\n"
            "及 2023 年国民经济和社会发展计划草案的报告\n\n各位代表:\n"
            "一、国民经济稳步发展\n全旗地区生产总值完成78亿元。\n")
    headings = [s.heading for s in sections(text)]
    assert headings == [None, "一、国民经济稳步发展"]


def test_a_sites_code_glued_to_a_heading_is_no_figure_of_it() -> None:
    # a site's mark (hd9) after a review's heading leaves it a heading; a figure does not
    text = ("各位代表：\n2019年及今年以来工作回顾hd9\n全县生产总值增长8.4%。\n"
            "全县规模以上工业增加值 1234 亿元 增长hd9\n")
    headings = [s.heading for s in sections(text)]
    assert headings == [None, "2019年及今年以来工作回顾hd9"]


def test_a_pictograph_after_a_full_stop_ends_the_line_before_a_heading() -> None:
    # …向大家汇报2024年的工作报告。🌟 / 回顾2023年工作成果🏆: a post's pictographs after the
    # full stop leave the sentence ended, and the short line after it a heading
    text = ("尊敬的各位领导、各位代表,在这春意盎然的季节里,我代表县政府,"
            "向大家汇报2024年的工作报告。🌟\n回顾2023年工作成果🏆\n"
            "过去的一年,全县地区生产总值增长6%。\n")
    assert [s.heading for s in sections(text)] == [None, "回顾2023年工作成果🏆"]


def test_a_lead_in_over_unmarked_short_lines_opens_a_list_that_ends_at_a_sentence() -> None:
    text = ("2020年成就:\n生产总值增长2.2%\n固定资产投资增长4.1%\n进出口总额增长7.3%\n"
            "2021年目标:\n生产总值增长6.5%左右\n城镇新增就业40万人\n"
            "今年要重点抓好八个方面的工作。\n")
    found = lead_ins(text)
    assert [line for _, _, line in found] == ["2020年成就:", "2021年目标:"]
    first_end = found[0][1]
    assert text[first_end:].startswith("2021年目标:")
    assert not text[found[1][0]:found[1][1]].count("八个方面")
    assert lead_ins("目标:\n生产总值增长6.5%左右\n") == []  # one line is no list


def test_a_half_width_mark_before_latin_letters_ends_no_sentence() -> None:
    # a copy's mojibake (以內 printed 以?xún)) and an address's query end nothing; a
    # half-width ? before Chinese still does
    text = "今年失业率控制在百分之四以?xún),物价涨幅控制在百分之三。见page?id=3。乙?丙"
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "今年失业率控制在百分之四以?xún),物价涨幅控制在百分之三", "见page?id=3", "乙", "丙"]


def test_a_pictures_caption_is_no_heading() -> None:
    # 2022年统计图 under a paragraph of 2023's figures labels a picture; the lines after it
    # are no section of 2022
    text = ("城市收入排名\n\n二、城市收入\n\n2023年,全国平均可支配收入为39218元。\n\n"
            "2022年统计图\n\n江苏10个:苏州74076元、南京72112元\n")
    assert [s.heading for s in sections(text)] == [None, "二、城市收入"]


def test_a_line_of_no_words_heads_no_section() -> None:
    # a page's count of views (28) over its lead: no heading, whatever its shortness
    text = "标题\n2018-02-06 某新闻网\n28\n核心提示:去年,全省工业增长。\n今年,全省将新增1000家。"
    assert [s.heading for s in sections(text)] == [None, "2018-02-06 某新闻网"]


def test_a_thousands_separator_ends_no_clause() -> None:
    text = "收入39,175元和19,156元,分别增长3.7%和7%"
    assert clause_start(text, 0, text.index("156")) == 0
    # (a comma before a year or after a rate still ends its clause)
    assert clause_start(text, 0, text.index("分别")) == text.index("分别")
    text = "2019,2020年增长7%,100家"
    assert clause_start(text, 0, text.index("2020")) == 5
    assert clause_start(text, 0, text.index("100")) == text.index("100")


def test_a_sentence_starts_after_the_last_full_stop_or_line_end_before_it() -> None:
    text = "全年增长5%。\n上半年增长6%！其中一季度增长7%"
    assert sentence_start(text, text.index("其中")) == text.index("其中")
    assert sentence_start(text, text.index("上半年") + 2) == text.index("上半年")
    assert sentence_start(text, 3) == 0
