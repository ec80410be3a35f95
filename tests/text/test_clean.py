"""The reading text: what the cleaning drops, and that every span maps back exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.text import clean as cleaning
from plantrack.text.clean import clean, clean_line
from plantrack.text.segment import clauses, sections, sentences


def test_drops_glosses_quotes_spaces_and_footnotes() -> None:
    text = "地區生產(chǎn)總值 627.74 亿元,新增“四上”单位[1]317家"
    cleaned = clean(text)
    assert cleaned.reading == "地区生产总值627.74亿元,新增四上单位317家"


def test_joins_a_wrapped_line_but_not_a_heading() -> None:
    text = "标题\n" + "一" * 40 + "\n二二二。"
    cleaned = clean(text)
    assert cleaned.reading == "标题\n" + "一" * 40 + "二二二。"


def test_a_line_cut_a_few_words_into_a_list_s_next_item_is_wrapped() -> None:
    # a PDF's short line that stops inside an item's name, past the mark after a figure
    text = ("城镇常住\n居民人均可支配收入33432元,增长9.4%;农村常住\n居民人均可支配收入14632元,"
            "增长10.2%。\n二、主要工作\n全年完成投资100亿元")
    cleaned = clean(text).reading
    assert "农村常住居民人均可支配收入" in cleaned
    assert "\n二、主要工作\n" in cleaned  # a heading's line, no item cut, stays apart


def test_a_pdfs_line_reaching_its_width_at_an_items_mark_is_wrapped() -> None:
    # a PDF's text, wrapped at one width, under a title and a dateline of other widths:
    # a line that reaches the width and ends with ; goes on into the next line's item
    body = ["一年来,面对经济持续下行的压力和艰巨繁重的发展任务,县政府在县委领导下,",
            "团结依靠全县人民,积极适应新常态,全力推进全面创新与全民创业,着力抓项目,",
            "调结构、强改革、提效能、惠民生,全县经济社会平稳健康发展。全年实现生产总",
            "值221亿元,比上年增长10%;完成规模以上固定资产投资138.5亿元,增长15%;",
            "一般公共预算收入10.18亿元,增长1.22%;一般公共预算支出24.6亿元,增长15%;",
            "农村居民和城镇居民人均可支配收入分别达到13350元和25160元,分别增长10%",
            "和8%。工业经济克服各种不利因素平稳发展,规模以上工业增加值增长11%,增幅",
            "居全市区县第一。"]
    text = "某县人民政府工作报告\n2016年1月6日在县人大会议上\n" + "\n".join(body)
    reading = clean(text).reading
    assert "增长15%;一般公共预算收入" in reading
    assert "增长15%;农村居民" in reading
    # (a list of short items, one a line, each ending with its mark, stays apart)
    items = "主要目标:\n地区生产总值增长6%;\n一般公共预算收入增长5%;\n固定资产投资增长8%。"
    assert clean(items).reading == items


def test_a_text_wrapped_at_one_width_is_joined_even_where_its_lines_are_short() -> None:
    # a PDF's text layer wrapped at about 26 characters (digits and spaces half as wide):
    # every line that ends mid-sentence goes on; a list's items of many lengths do not
    wrapped = ("2019 年成绩\n"
               "2019 年,全区预计实现地区生产总值 369 亿元,增长\n"
               "7.6%;规模以上工业增加值增长 5%;固定资产投资 316 亿\n"
               "元,增长 11.8%;社会消费品零售总额 226.2 亿元,增长\n"
               "11.4%;直接利用外资 5425 万美元,增长 12.48%;进出\n"
               "口总额 15.4 亿元;地方一般公共预算收入 12.21 亿元,\n"
               "增长 2.1%;城镇、农村常住居民人均可支配收入分别达\n"
               "到 39159 元和 20598 元,分别增长 8%和 8.5%。")
    reading = clean(wrapped).reading
    assert reading.count("\n") == 1
    assert "增长7.6%" in reading
    assert "316亿元" in reading
    listed = ("主要预期目标\n地区生产总值增长6.5%左右\n规模以上工业增加值增长7%\n"
              "固定资产投资增长10%以上\n社会消费品零售总额增长9%\n一般公共预算收入同口径增长6%\n"
              "城乡居民收入增长与经济增长基本同步\n居民消费价格涨幅控制在3%左右")
    assert clean(listed).reading.count("\n") == listed.count("\n")


def test_a_wrapped_line_may_open_with_the_mark_the_wrap_pushed_to_it() -> None:
    # a width's wrap that set a list's 、 at the start of the next line (…7000万元 / 、增长…)
    wrapped = ("2018年工作回顾\n"
               "预计全县生产总值57.5亿元、增长8.1%;规模以上工业总产值80.6亿\n"
               "元、增长9.5%;固定资产投资77.2亿元、增长17%;实际利用外资7000万元\n"
               "、增长32.2%;城镇居民人均可支配收入28576元、增长8.1%;农村居民\n"
               "人均可支配收入12248元、增长9.3%。")
    reading = clean(wrapped).reading
    assert reading.count("\n") == 1
    assert "7000万元、增长32.2%" in reading


def test_a_minus_sign_ending_a_line_goes_on_its_number() -> None:
    # 增长-\n39.7%: the layout broke the figure after its sign
    assert clean("外贸出口106.6亿元,增长-\n39.7%;实际利用外资1.4亿元。").reading == (
        "外贸出口106.6亿元,增长-39.7%;实际利用外资1.4亿元。")


def test_a_short_line_a_wrapped_line_goes_on_into_is_no_heading() -> None:
    # (…外贸出口106.6亿元,增 / 长- / 39.7%;…: the short line between is a piece of the
    # sentence, no section's heading)
    text = ("2020年某市经济\n初步统计,全市生产总值2702.19亿元,增长4.1%;规模以上工业增加值增长3.1%;"
            "固定资产投资增长7.1%;外贸出口106.6亿元,增\n长-\n39.7%;实际利用外资1.41亿元,增长7.3%。")
    cleaned = clean(text).text
    assert [s.heading for s in sections(cleaned)] == [None]


def test_phrases_set_apart_by_blank_lines_go_on_after_a_comma() -> None:
    # a poster's copy, each phrase between blank lines (全市实现地区生产总值 / 7423.26亿元, /
    # 按可比价计算,同比增长6.0%。): one sentence; a paragraph's full stop still ends it
    text = ("2023年,\n\n  全市实现地区生产总值\n\n  7423.26亿元,\n\n  按可比价计算,同比增长6.0%。"
            "\n\n  分产业看,\n\n  一产增加值337.09亿元。")
    assert clean(text).reading == ("2023年,全市实现地区生产总值7423.26亿元,按可比价计算,同比增长"
                                   "6.0%。\n\n分产业看,一产增加值337.09亿元。")


def test_a_document_sites_page_seam_inside_a_sentence_is_read_through() -> None:
    # a shared document cut into pages, each opened by its number: the seam splits a
    # list of figures (分别增长 / 2、6.3%、9.2%), and is no item of a list
    text = "全年城镇、农村居民人均可支配收入分别增长\n\n2、6.3%、9.2%,增幅全省第一。"
    cleaned = clean(text)
    assert cleaned.reading == "全年城镇、农村居民人均可支配收入分别增长6.3%、9.2%,增幅全省第一。"
    # after a sentence's end, or before an item's words, the mark is an item's
    for kept in ("全市经济平稳。\n\n2、6.3%的增速高于全省。", "主要做法\n\n2、加强领导。"):
        assert "2、" in clean(kept).reading


def test_a_line_ending_with_a_cells_bar_is_a_table_row_not_a_wrapped_line() -> None:
    # a table set on one line after its prose (…排行榜 地区 | 经费 | 强度(%) | 全国 | 2.40 |),
    # the prose after it on the next: no sentence runs from the table's header into it
    row = "各省研发投入排行榜 地区 | 研发经费(亿元) | 研发经费投入强度(%) | 全国 | 24393.1 | 2.40 |"
    for bar in ("|", "｜"):
        text = row.replace("|", bar) + "\n2020年全国研发经费比上年增长10.2%。"
        assert clean(text).reading.count("\n") == 1


def test_a_blank_line_ends_a_paragraph_that_lost_its_full_stop() -> None:
    # a copy that dropped its % and 。 (…比上年增长1.7 / blank / 全年居民消费价格…): the
    # paragraphs stay apart, and no quote runs from one into the next
    text = ("一般公共预算支出1566.26亿元,比上年增长1.7,民生支出占比较上年提高\n\n"
            "全年居民消费价格比上年上涨1.7%。")
    assert clean(text).reading == text


def test_joins_a_number_a_pdf_copy_set_on_a_line_of_its_own() -> None:
    # a PDF's text layer sets numbers apart: …增长\n3.5%\n左右。; the short line a word
    # broke before it goes on it too (地区生\n产总值); a table's one cell a line stays
    text = ("预计全年地区生\n产总值增长\n3.5%\n左右。减税降费\n322\n亿元。\n"
            "第三产业\n1612.33\n9.2\n年末人口68万人")
    assert clean(text).reading == (
        "预计全年地区生产总值增长3.5%左右。减税降费322亿元。\n第三产业\n1612.33\n9.2\n年末人口68万人")
    headings = {s.heading for s in sections(text)}
    assert not headings & {"产总值增长", "3.5%", "左右。", "322", "亿元。"}


def test_joins_a_label_over_its_figures_line() -> None:
    # an infographic's copy: the label on a line, its change and number on the next
    text = "全年GDP\n增长5.3%左右\n城镇和农村居民人均可支配收入\n分别增长4.5%、8.5%左右\n增长%\n5.3"
    assert clean(text).reading == (
        "全年GDP增长5.3%左右\n城镇和农村居民人均可支配收入分别增长4.5%、8.5%左右\n增长%\n5.3")


def test_drops_a_terms_short_form_in_brackets() -> None:
    # 同比增长(以下简称增长)7%: the aside names the word the text uses from then on
    for text in ("同比增长(以下简称增长)7%", "同比增长（以下简称增长）7%"):
        assert clean(text).reading == "同比增长7%"


def test_drops_a_note_between_a_number_and_its_unit() -> None:
    # 23943(四舍五入,取整数,下同)亿元: the note says how all the figures are written
    for text, figure in (("GDP总量为23943(四舍五入,取整数,下同)亿元", "23943亿元"),
                         ("達到248（取整數，下同）億元", "248亿元")):
        reading = clean(text).reading
        assert "下同" not in reading
        assert figure in reading  # (the reading is simplified)
    # a note after a unit, or one naming what the word means, stays
    assert "下同" in clean("555.41亿元(人民币,下同)").reading


def test_keeps_the_break_before_a_numbered_heading() -> None:
    text = ("——2024年1月8日在县第十八届人民代表大会第四次会议上的报告全文如下所示\n\n"
            "一、2023年工作回顾\n")
    assert "\n\n一、2023年" in clean(text).reading


def test_spans_map_back_to_the_source() -> None:
    text = "增长 4.5%,占比“高”"
    cleaned = clean(text)
    start = cleaned.reading.index("4.5%")
    s, e = cleaned.reading_span(start, start + 4)
    assert text[s:e] == "4.5%"


@given(st.text(alphabet="一二 “”(a)[1]\n,。", max_size=60))
def test_every_view_character_is_its_source_character(text: str) -> None:
    cleaned = clean(text)
    offsets = [cleaned.reading_offsets.to_source(i) for i in range(len(cleaned.reading))]
    assert all(text[o] == c for o, c in zip(offsets, cleaned.reading, strict=True))


def test_a_number_with_a_thousands_separator_is_read_whole_in_its_sentence() -> None:
    text = "收入26,858元,增长2.4%。下一句"
    assert [s.text for s in sentences(text)] == ["收入26,858元,增长2.4%", "下一句"]


def test_drops_web_markup_and_its_garbled_residue() -> None:
    text = "<p>地区生产总值增长5%。</p>\n圖景?/p>&nbsp;收入增长3%"
    cleaned = clean(text)
    assert cleaned.reading == "地区生产总值增长5%。\n图景?收入增长3%"


def test_a_space_between_phrases_of_a_headline_is_a_clause_end() -> None:
    text = "规划纲要 2025年地区生产总值达到3.5万亿元 总投资 12 亿元"
    cleaned = clean(text)
    assert cleaned.reading == "规划纲要 2025年地区生产总值达到3.5万亿元 总投资12亿元"
    assert clauses(cleaned.reading)[1].text.startswith("2025年")


@given(st.text(alphabet="一二 “”(a)[1]\n,。", max_size=60), st.data())
def test_spans_and_offsets_agree_with_the_per_character_map(text: str,
                                                            data: st.DataObject) -> None:
    """reading_span and to_cleaned, read from runs, are what an offset per character
    says."""
    cleaned = clean(text)
    offsets = [cleaned.reading_offsets.to_source(i) for i in range(len(cleaned.reading))]
    assert all(text[o] == c for o, c in zip(offsets, cleaned.reading, strict=True))
    offset = data.draw(st.integers(0, len(text) + 1))
    assert cleaned.reading_offsets.to_cleaned(offset) == sum(1 for o in offsets if o < offset)
    start = data.draw(st.integers(0, len(cleaned.reading)))
    end = data.draw(st.integers(start, len(cleaned.reading)))
    if end > start:
        assert cleaned.reading_span(start, end) == (offsets[start], offsets[end - 1] + 1)
    else:
        expected = offsets[start] if start < len(offsets) else len(text)
        assert cleaned.reading_span(start, end) == (expected, expected)


def _wrapped_breaks_by_cleaning_every_line(text: str) -> set[int]:
    """The wrap test as first written: every long line cleaned of tags, then tested."""
    out: set[int] = set()
    line_start = 0
    for m in re.finditer(r"\n+", text):
        line = cleaning._TAG.sub("", text[line_start:m.start()]).strip()
        line_start = m.end()
        after = text[m.end():m.end() + 1]
        if (m.end() - m.start() == 1 and len(line) >= cleaning._WRAP_MIN
                and line[-1] not in cleaning._SENTENCE_END + "”\"）)】|｜"
                and after and re.match(r"[\u4e00-\u9fff0-9]", after)
                and not cleaning._HEADING.match(text, m.end())):
            out.update(range(m.start(), m.end()))
    return out


_BODIES = st.sampled_from(["增长了百分之五的经济总量和质量" * 2, "增长了百分之五", "一、总体要求",
                           "2023年经济运行" * 5, "a" * 40])
_ENDINGS = st.sampled_from(["", "。", ";", "；", "&amp;", "</p>", "<br/>", "”", ")", "】", " ",
                            "a>", "&nbsp;", "。</p>", "&lt;", " |", "｜"])
_LINES = st.lists(st.tuples(_BODIES, _ENDINGS).map("".join), max_size=8)


@given(_LINES, st.sampled_from(["\n", "\n\n"]))
def test_wrapped_breaks_skip_cleaning_only_where_it_changes_nothing(lines: list[str],
                                                                  brk: str) -> None:
    text = brk.join(lines)
    assert cleaning._wrapped_breaks(text) == _wrapped_breaks_by_cleaning_every_line(text)


@given(st.text(alphabet="國(guó)\r\n\u200b 一“”<p>", max_size=60), st.data())
def test_the_reading_map_is_the_two_steps_maps_composed(text: str,
                                                        data: st.DataObject) -> None:
    """A reading span maps to the original as its text span would: the one composed
    map says what the two steps' maps say one after the other."""
    cleaned = clean(text)
    text_of_reading = cleaning.OffsetMap.from_runs(
        [m.span() for m in cleaning._KEPT.finditer(cleaning._reading_mask(cleaned.text))],
        len(cleaned.text))
    start = data.draw(st.integers(0, len(cleaned.reading)))
    end = data.draw(st.integers(start, len(cleaned.reading)))
    assert cleaned.reading_span(start, end) == cleaned.original_span(
        *text_of_reading.span(start, end))
    assert clean_line(text) == cleaned.text


def test_a_mark_lost_in_encoding_after_a_decimal_point_is_dropped() -> None:
    text = "九江 1417.?63 158.？71 增长?5%"
    cleaned = clean(text)
    assert cleaned.text == "九江 1417.63 158.71 增长?5%"
    start = cleaned.text.index("1417.63")
    s, e = cleaned.original_span(start, start + 7)
    assert text[s:e] == "1417.?63"


def test_a_space_after_a_decimal_point_inside_a_cell_is_dropped() -> None:
    text = ("江阴市 3083. 3 2880.9 7.02\n龙口市 1111 1041. 3\n重庆 9143.64 10. 5%\n"
            "全年增长3. 2019年增长7. 3月份")
    cleaned = clean(text)
    assert cleaned.text == ("江阴市 3083.3 2880.9 7.02\n龙口市 1111 1041.3\n重庆 9143.64 10.5%\n"
                            "全年增长3. 2019年增长7. 3月份")
    start = cleaned.text.index("3083.3")
    s, e = cleaned.original_span(start, start + 6)
    assert text[s:e] == "3083. 3"


@pytest.mark.parametrize(("text", "clean_text"), [
    ("佛山8630.00亿【pinyin:yì】元", "佛山8630.00亿元"),
    ("汕{拼音:shàn}头2080.54亿元", "汕头2080.54亿元"),
    ("惠州3412.17亿[繁体:億]元", "惠州3412.17亿元"),
    ("茂名【míng】2636.74亿元", "茂名2636.74亿元"),
    ("深圳{zhèn}19492.60亿元", "深圳19492.60亿元"),
    ("珠海2226.37亿元[yuán]", "珠海2226.37亿元"),
    # no gloss: a footnote, a letter in brackets
    ("单位[1] GDP(a)", "单位[1] GDP(a)"),
])
def test_a_converters_gloss_in_any_bracket_is_dropped(text: str, clean_text: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == clean_text
    start = clean_text.index("2") if "2" in clean_text else 0
    s, e = cleaned.original_span(start, start + 4)
    assert text[s:e] == clean_text[start:start + 4]  # (the figure stands where it stood)


def test_a_toned_pinyin_gloss_with_a_space_inside_is_dropped() -> None:
    assert clean("樂(lè )山 1196.26").text == "乐山 1196.26"


def test_a_letter_o_typed_for_a_zero_after_the_decimal_point_is_a_zero() -> None:
    original = "国内生产总值为229.O亿元，比上年增长8.O%。GDP OK."
    cleaned = clean(original)
    assert "229.0亿元" in cleaned.text
    assert "8.0%" in cleaned.text
    assert "GDP OK" in cleaned.text
    assert len(cleaned.text) == len(original)  # one character for one: spans hold


def test_a_word_spaced_out_is_read_whole_and_a_headlines_phrases_stay_apart() -> None:
    # 提 高 到 2011 年 的: a justified line's copy, one ideograph a token; 集中开工 总投资:
    # two phrases of a headline, whose space ends a clause
    spaced = clean("收入由2002年的8972元 提 高 到 2011 年 的23932元").reading
    assert spaced == "收入由2002年的8972元提高到2011年的23932元"
    assert clean("集中开工 总投资超300亿元").reading == "集中开工 总投资超300亿元"


def test_toneless_pinyin_after_each_character_is_dropped_where_a_page_has_many() -> None:
    text = ("京(jing)津(jin)冀(ji)实现(xian)地区生产总值9.6万(wan)(wan)亿(yi)(yi)元(yuan)(yuan)。"
            "天津(jin)实(shi)现地(di)区(qu)生产总值(zhi)15695.1亿(yi)元。")
    cleaned = clean(text)
    assert "京津冀实现地区生产总值9.6万亿元" in cleaned.text
    assert "天津实现地区生产总值15695.1亿元" in cleaned.text
    # a lone bracket of Latin letters stays
    assert "(km)" in clean("全长120公里(km)，总投资50亿元。").text


def test_full_stops_typed_for_decimal_points_are_points_where_a_page_has_several() -> None:
    original = "全年实现GDP38。02亿元,增长14%。财政收入2。22亿元,增长9。5%;人口自增率1。85‰。"
    cleaned = clean(original)
    assert "GDP38.02亿元" in cleaned.text
    assert "增长9.5%" in cleaned.text
    assert "1.85‰" in cleaned.text
    assert "增长14%。财政" in cleaned.text  # a sentence's end stays
    assert len(cleaned.text) == len(original)  # one character for one: spans hold
    # one alone is a sentence's end before a sum, not a point
    assert clean("投资总额达到3。5亿元资金已到位。").text == "投资总额达到3。5亿元资金已到位。"
    # middle dots typed for the points alike, not a date's (5·12)
    dotted = "甲市(1760·6亿元)、乙市(1430·9亿元)、丙市(1015·8亿元),5·12地震后重建。"
    assert clean(dotted).text == ("甲市(1760.6亿元)、乙市(1430.9亿元)、丙市(1015.8亿元),"
                                  "5·12地震后重建。")


def test_a_converters_labelled_glosses_are_dropped_from_the_text_and_the_reading() -> None:
    text = ("88.雷(拼音:léi)山县\nGDP 28.83亿(繁体:億)元,人均{pinyin:jūn}GDP 23458元"
            "{练:yuán}【读:chāo】")
    cleaned = clean(text)
    assert cleaned.reading == "88.雷山县\nGDP28.83亿元,人均GDP23458元"
    # (the text too: a table's row reads its name and its figure's unit whole)
    assert cleaned.text == "88.雷山县\nGDP 28.83亿元,人均GDP 23458元"
    start = cleaned.text.index("28.83")
    s, e = cleaned.original_span(start, start + len("28.83亿元"))
    assert text[s:e] == "28.83亿(繁体:億)元"  # quotes are cut from the original


def test_a_forums_jammer_is_dropped_and_a_row_of_small_numbers_kept() -> None:
    text = ("1、 上海市 20101.33亿元 增长 7.5% (沪)$ |* X& [# w. M1 t8 V\n"
            "6 I1 V- p$ t- H2 X0 G- M! P F\n1 2 3 4 5 6 7\n")
    cleaned = clean(text)
    assert cleaned.text == "1、 上海市 20101.33亿元 增长 7.5% (沪)\n\n1 2 3 4 5 6 7\n"


@pytest.mark.parametrize("line", ["(资料图)", "（图片来源：视觉中国）", "【图片】 ", "[配图]"])
def test_a_pictures_placeholder_alone_on_its_line_is_dropped(line: str) -> None:
    text = f"依次排列为:\n{line}\n青山湖区(2466亿元)"
    assert clean(text).text == "依次排列为:\n" + " " * line.endswith(" ") + "\n青山湖区(2466亿元)"


def test_a_bracketed_picture_word_inside_a_line_stays() -> None:
    for text in ["我们(图片)看\n", "增长(图源)3%\n", "为:\n(图)\n"]:
        assert clean(text).text == text


def test_a_comma_doubled_before_another_mark_is_dropped() -> None:
    # a converter's page doubles its commas (紧随其后,,分别为) and writes one before a
    # list's mark (172.66亿元,、166.14亿元): the reading keeps the mark after it
    cleaned = clean("新乡,、许昌紧随其后,,分别为172.66亿元,、166.14亿元,。全市增长5%,下同。")
    assert cleaned.reading == "新乡、许昌紧随其后,分别为172.66亿元、166.14亿元。全市增长5%,下同。"


def test_a_space_a_pdf_put_inside_a_line_of_prose_leaves_the_reading_text() -> None:
    # a long line of clauses sets no phrase apart by a space: a text layer split words
    text = ("面对错综复杂 的严峻形势,全区上下坚持统筹推进疫情防控和经济社 会发展,实现了良好开局。"
            "预计全体居民人均可支配收入34168 元、农村居民人均可支 配收入 24010 元 , 分别增长"
            " 10% 、11%。")
    assert "农村居民人均可支配收入24010元" in clean(text).reading
    # a headline's phrases stay apart, and so does a lone space in a line of prose
    assert clean("集中开工 总投资超300亿元").reading == "集中开工 总投资超300亿元"
    lead = "回顾一下各地市财政收入完成数据,一共十四个城市:1.沈阳(800.85亿元 同比增长12.2%下同)。"
    assert "亿元 同比" in clean(lead).reading


def test_a_money_unit_wrapped_after_its_magnitude_joins_its_number() -> None:
    text = ("综合实力不断提升。预计全年实现地区生产总值 385 亿\n元 , 增长 9.8%;"
            "一般公共预算收入22.1亿元。")
    cleaned = clean(text)
    assert "地区生产总值385亿元,增长9.8%" in cleaned.reading
    assert "\n" not in cleaned.reading


def test_a_change_word_ending_its_line_goes_on_to_the_number_below() -> None:
    # 规上工业增加值增长 / 9%;: a layout that sets each figure on a line of its own (or a
    # spaced 增 长 before it)
    text = ("预计,地区生产总值增长\n8%;\n规上工业增加值增长\n9%;\n固定资产投资增长\n12%。\n"
            "全年税收收入、外贸出口预 计 分别 增 长\n5.8% 、5%。")
    reading = clean(text).reading
    assert "规上工业增加值增长9%" in reading
    assert "固定资产投资增长12%" in reading
    assert "预计分别增长5.8%" in reading
