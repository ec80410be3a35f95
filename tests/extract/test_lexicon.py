"""The cue data file and the indicator index: well-formed, no clashes."""

from __future__ import annotations

from collections import Counter
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from plantrack.catalog.indicators import load_indicator_rows
from plantrack.extract.lexicon import cue_values, cues, find_cue, find_indicators, find_roles

ROLES_WITH_VALUES = {"share", "implied", "compound"}
INDICATOR_VALUES = {"share", "implied"}


def _rows() -> list[list[str]]:
    text = resources.files("plantrack.extract").joinpath("data/cues.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_every_row_has_a_role_and_a_word() -> None:
    for row in _rows():
        assert len(row) in (2, 3), row
        assert all(row), row
        assert (len(row) == 3) == (row[0] in ROLES_WITH_VALUES), row


def test_no_word_twice_in_a_role() -> None:
    counts = Counter((row[0], row[1]) for row in _rows())
    assert [key for key, n in counts.items() if n > 1] == []


def test_values_name_catalogue_indicators() -> None:
    ids = {i.id for i in load_indicator_rows()}
    for role in INDICATOR_VALUES:
        assert {value for _, value in cue_values(role)} <= ids


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
