"""The cue data file and the indicator index: well-formed, no clashes."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.catalog.indicators import load_indicator_rows
from plantrack.catalog.regions import read_table
from plantrack.extract.lexicon import (
    cue_values,
    cues,
    find_cue,
    find_indicators,
    find_indicators_in,
    find_roles,
    size_qualifier,
)
from plantrack.model import QUALIFIER_GAP, Indicator

ROLES_WITH_VALUES = {"share", "implied", "implied_goal", "implied_by_enterprises",
                     "implied_by_rate", "compound", "anaphor", "goal_comparison", "income_group",
                     "implied_after", "review_years"}
INDICATOR_VALUES = {"share", "implied", "implied_goal", "implied_by_rate", "income_group"}


def _rows() -> list[list[str]]:
    text = resources.files("plantrack.extract").joinpath("data/cues.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_every_row_has_a_role_and_a_word() -> None:
    for row in _rows():
        assert len(row) in (2, 3), row
        assert all(row), row
        assert (len(row) == 3) == (row[0] in ROLES_WITH_VALUES), row


def test_every_implied_goal_ends_with_its_goal_word() -> None:
    # the topic's mention stops before 目标, which then marks its rates as goals
    goals = [row[1] for row in _rows() if row[0] == "implied_goal"]
    assert goals
    assert all(word.endswith("目标") for word in goals), goals


def test_no_word_twice_in_a_role() -> None:
    counts = Counter((row[0], row[1]) for row in _rows())
    assert [key for key, n in counts.items() if n > 1] == []


def test_a_comparison_with_a_goal_is_below_or_above_it() -> None:
    assert {value for _, value in cue_values("goal_comparison")} == {"below", "above"}


def test_a_reviews_years_are_counted_and_its_word_names_them() -> None:
    numerals = {"一": 1, "两": 2, "三": 3, "四": 4, "五": 5}
    pairs = cue_values("review_years")
    assert pairs
    for word, value in pairs:
        if word.startswith("本届"):
            assert int(value) == 5, word  # a government's term (本届政府): five years
            continue
        said = [n for c, n in numerals.items() if c in word]
        # a span ahead (今后五年) ends a review's reach: 0, whatever years it names
        assert int(value) == (0 if word.startswith(("今后", "未来")) else said[0]), word


def test_values_name_catalogue_indicators() -> None:
    ids = {i.id for i in load_indicator_rows()}
    for role in INDICATOR_VALUES:
        assert {value for _, value in cue_values(role)} <= ids


def test_a_measure_said_after_another_names_two_catalogue_indicators() -> None:
    ids = {i.id for i in load_indicator_rows()}
    pairs = [value.split(">") for _, value in cue_values("implied_after")]
    assert pairs
    assert all(len(pair) == 2 and set(pair) <= ids for pair in pairs), pairs


def test_compounds_expand_to_catalogue_names() -> None:
    names = {name for i in load_indicator_rows() for name in i.names}
    for word, parts in cue_values("compound"):
        expanded = {part + "居民人均可支配收入" for part in parts.split("|")}
        assert word + "居民人均可支配收入" in names
        assert expanded <= names


def test_ensure_and_plan_words_do_not_overlap() -> None:
    assert not set(cues("ensure")) & set(cues("plan"))


def test_no_alias_names_two_indicators() -> None:
    seen: dict[str, str] = {}
    for indicator in load_indicator_rows():
        for name in indicator.names:
            assert seen.setdefault(name, indicator.id) == indicator.id, name


def test_longest_name_wins() -> None:
    rows = load_indicator_rows()
    found = list(find_indicators("外贸进出口总额增长13%,其中出口总额增长17%", rows))
    assert [m.indicator.id for m in found] == ["foreign_trade", "exports"]


# --- a project's size inside a gapped alias (新开工…项目) ---------------------------------


@pytest.mark.parametrize(("text", "name", "indicator"), [
    ("确保全年新开工亿元以上重大项目27个", "新开工亿元以上重大项目", "major_projects_started"),
    ("全年新开工10亿元以上产业项目35个", "新开工10亿元以上产业项目", "major_projects_started"),
    ("力争新签约10亿元以上项目20个", "新签约10亿元以上项目", "major_projects_signed"),
    ("上半年全市新开工亿元以上项目56个", "新开工亿元以上项目", "major_projects_started"),
    ("新开工5亿元以上项目32个", "新开工5亿元以上项目", "major_projects_started"),
    ("签约落户超亿元项目12个", "签约落户超亿元项目", "major_projects_signed"),
    ("新开工总投资10亿元以上项目8个", "新开工总投资10亿元以上项目", "major_projects_started"),
    ("新签约超过1.5亿元重点工业项目6个", "新签约超过1.5亿元重点工业项目", "major_projects_signed"),
    ("新开工十亿元及以上制造业项目9个", "新开工十亿元及以上制造业项目", "major_projects_started"),
    ("新注册千万美元以上外资项目4个", "新注册千万美元以上外资项目", "major_projects_signed"),
    ("集中开工5000万元以上项目21个", "开工5000万元以上项目", "major_projects_started"),
    ("全市新开工外来投资5000万元以上项目208个", "新开工外来投资5000万元以上项目",
     "major_projects_started"),
])
def test_a_size_in_a_gapped_alias_is_part_of_the_name(text: str, name: str,
                                                      indicator: str) -> None:
    found = list(find_indicators(text, load_indicator_rows()))
    assert [(m.name, m.indicator.id) for m in found] == [(name, indicator)]
    assert text[found[0].start:found[0].end] == name


@pytest.mark.parametrize("text", [
    "投资10亿元以上",            # a size alone
    "新开工项目27个",            # no size in the gap
    "新开工10亿元项目3个",        # an amount, not a threshold (no 以上, no 超)
    "新开工亿元以上",            # no 项目 to close the name
    "其中总投资10亿元以上项目12个",  # no verb of the alias before the size
    "新开工亿元以上科创项目5个",    # 科创 is no descriptor: 科创项目 is an indicator of its own
])
def test_no_gapped_alias_without_its_words_and_a_threshold(text: str) -> None:
    found = list(find_indicators(text, load_indicator_rows()))
    assert all(m.indicator.id not in ("major_projects_started", "major_projects_signed")
               for m in found), [m.name for m in found]


def test_a_plain_alias_still_wins_where_no_size_stands() -> None:
    found = list(find_indicators("新开工重大产业项目12个", load_indicator_rows()))
    assert [m.name for m in found] == ["新开工重大产业项目"]


@pytest.mark.parametrize("text", [
    "城市居民人均可支配收入22331元", "城市常住居民人均可支配收入3.1万元"])
def test_city_residents_income_is_the_urban_income(text: str) -> None:
    # 城市居民 is the older statistics' word for 城镇居民 (urban households), not all residents.
    found = list(find_indicators(text, load_indicator_rows()))
    assert [m.indicator.id for m in found] == ["urban_disposable_income"]


@pytest.mark.parametrize(("text", "indicator"), [
    ("社会消费品零售总量增长11.3%", "retail_sales"),
    ("全省地区总产值12688.4亿元", "gdp"), ("全县工业总产值120亿元", "industrial_output")])
def test_the_sums_looser_names(text: str, indicator: str) -> None:
    # 总量 for 总额, 地区总产值 for 地区生产总值: a region's whole output, not industry's
    found = list(find_indicators(text, load_indicator_rows()))
    assert [m.indicator.id for m in found] == [indicator]


def test_finding_inside_bounds_is_finding_in_the_slice() -> None:
    text = "上半年,全市新开工亿元以上项目56个。"
    rows = load_indicator_rows()
    for start in range(len(text)):
        inside = find_indicators_in(text, rows, start, len(text))
        sliced = find_indicators(text[start:], rows)
        assert [(m.start, m.end, m.name) for m in inside] == [
            (start + m.start, start + m.end, m.name) for m in sliced]
    assert [m.name for m in find_indicators_in(text, rows, 4, len(text))] == ["新开工亿元以上项目"]


def test_every_size_role_has_words_and_the_grammar_captures_nothing() -> None:
    for role in ("size_lead", "size_over", "size_magnitude", "size_currency", "size_above",
                 "size_descriptor"):
        assert cues(role), role
    assert re.compile(size_qualifier()).groups == 0


_PLAIN = tuple(Indicator(id=i.id, name=i.name, kind=i.kind, unit=i.unit, better=i.better,
                         aliases=tuple(a for a in i.aliases if QUALIFIER_GAP not in a))
               for i in load_indicator_rows())


def _name_pieces() -> st.SearchStrategy[str]:
    """Texts of catalogue names, pieces of them and other characters, without a size."""
    names = sorted({n for i in _PLAIN for n in i.names})
    piece = st.one_of(st.sampled_from(names), st.sampled_from(names).map(lambda n: n[1:]),
                      st.sampled_from(names).map(lambda n: n[:-1]),
                      st.sampled_from("新开工签约重大项目增长,。1"))
    return st.lists(piece, max_size=20).map("".join)


@given(_name_pieces())
def test_without_a_size_the_names_are_the_plain_names_found(text: str) -> None:
    with_gaps = find_indicators(text, load_indicator_rows())
    plain = find_indicators(text, _PLAIN)
    assert [(m.start, m.end, m.indicator.id) for m in with_gaps] == [
        (m.start, m.end, m.indicator.id) for m in plain]


_TIME_ROLES = ("half1", "half2", "to_date", "this_year", "whole_year", "last_year",
               "per_year", "span")
_ROLE_SETS = [_TIME_ROLES, ("ensure", "strive", "plan", "not_target"),
              ("growth", "increase", "result", "result_weak")]


def _pieces_of(roles: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Texts of the roles' words, pieces of them (overlaps, prefixes) and other
    characters, so that words of different roles start at one place and run into
    each other."""
    words = sorted({w for role in roles for w in cues(role)})
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(lambda w: w[1:]),
                      st.sampled_from(words).map(lambda w: w[:-1]),
                      st.sampled_from("年以来的，。1"))
    return st.lists(piece, max_size=30).map("".join)


@given(st.data())
def test_find_roles_is_find_cue_role_by_role(data: st.DataObject) -> None:
    roles = data.draw(st.sampled_from(_ROLE_SETS))
    text = data.draw(_pieces_of(roles))
    expected = [(a, b, role) for role in roles for a, b, _ in find_cue(text, role)]
    assert find_roles(text, roles) == expected


def test_find_roles_takes_each_roles_own_longest_word() -> None:
    # 今年以来 (to_date) holds 今年 (this_year): each role sees its own word there
    found = find_roles("今年以来", ("to_date", "this_year"))
    assert found == [(0, 4, "to_date"), (0, 2, "this_year")]


def test_every_whole_word_says_its_level_in_the_deixis_table() -> None:
    # cues.tsv's whole words (全市, 我区 …) become mentions; catalog/data/deixis.tsv says
    # which level each means, so a word missing there would resolve to no level
    levels = {row["word"] for row in read_table("deixis.tsv")}
    assert set(cues("whole")) <= levels
