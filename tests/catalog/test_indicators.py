"""The catalogue's counters: the measure words a count indicator is counted in."""

from __future__ import annotations

import pytest

from plantrack.catalog.indicators import counted_in


@pytest.mark.parametrize(("indicator", "unit", "counted"), [
    ("old_communities_renovated", "5.1万个", True),
    ("old_communities_renovated", "个以上", True),
    ("old_communities_renovated", "840万户", False),
    ("old_communities_renovated", "万户", False),
    ("old_communities_renovated", "", True),  # a bare cell: its column says
    ("four_above_enterprises", "50户", True),  # (not listed: any counter)
])
def test_a_count_is_the_indicators_only_in_its_own_counters(indicator: str, unit: str,
                                                             counted: bool) -> None:
    assert counted_in(indicator, unit) is counted
