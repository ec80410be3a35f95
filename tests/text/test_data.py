"""The word lists in plantrack/text/data are well formed and free of duplicates."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from plantrack.model import COMPARATORS, UNITS
from plantrack.text._data import data_rows

COLUMNS = {"units.tsv": 3, "unit_blockers.tsv": 2, "comparators.tsv": 3, "signs.tsv": 1,
           "separators.tsv": 2, "periods.tsv": 3, "year_cues.tsv": 4, "zodiac.tsv": 2}


@pytest.mark.parametrize(("name", "columns"), sorted(COLUMNS.items()))
def test_rows_have_their_columns(name: str, columns: int) -> None:
    rows = data_rows(name)
    assert rows
    assert all(len(row) == columns for row in rows), [r for r in rows if len(r) != columns]
    assert all(all(cell == cell.strip() and cell for cell in row) for row in rows)


@pytest.mark.parametrize(("name", "key"), [
    ("units.tsv", 1), ("unit_blockers.tsv", 2), ("signs.tsv", 1), ("separators.tsv", 1),
    ("year_cues.tsv", 1), ("zodiac.tsv", 1), ("comparators.tsv", 2), ("periods.tsv", 2)])
def test_no_duplicates(name: str, key: int) -> None:
    counts = Counter(row[:key] for row in data_rows(name))
    assert [k for k, n in counts.items() if n > 1] == []


def test_units_and_comparators_are_the_models() -> None:
    for surface, unit, scale in data_rows("units.tsv"):
        assert unit in UNITS, surface
        assert Decimal(scale) > 0
    for word, position, comparator in data_rows("comparators.tsv"):
        assert position in {"before", "after"}, word
        assert comparator in COMPARATORS, word


def test_year_cue_rules_and_patterns() -> None:
    rules = {"year", "congress", "anniversary", "fixed", "plan_start", "plan_end", "zodiac",
             "horizon", "dateline", "review", "figures", "plan_end_figures"}
    for name, rule, _needs, regex in data_rows("year_cues.tsv"):
        assert rule.partition(":")[0] in rules, name
        re.compile(regex.replace("{YEAR}", "(2023)").replace("{N}", "(1)"))


def test_a_year_cues_needed_word_is_in_every_match(shared: Path) -> None:
    """infer_year skips a cue's regex on a text without its word: the word must be in
    the regex itself and in every match of it the seeds and the dev corpus hold."""
    from plantrack.text.years import _cues

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [p.read_text("utf-8") for folder in (seeds, shared / "corpus" / "dev")
             for p in sorted(folder.glob("*.txt"))]
    matched = 0
    for name, _rule, needs, pattern in _cues():
        if needs == "*":
            continue
        assert needs in pattern.pattern, name
        for text in texts:
            for m in pattern.finditer(text):
                assert needs in m.group(), (name, m.group())
                matched += 1
    assert matched  # the corpora exercise the cues


def test_zodiac_is_a_twelve_year_cycle() -> None:
    years = sorted(int(y) % 12 for _, y in data_rows("zodiac.tsv"))
    assert years == list(range(12))


def test_blockers_name_known_units() -> None:
    units = {row[0] for row in data_rows("units.tsv")}
    assert {unit for unit, _ in data_rows("unit_blockers.tsv")} <= units
