"""The gazetteer's data files: well-formed, consistent, plausible, and agreeing with the gold."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from plantrack.catalog.regions import (
    Gazetteer,
    load_places,
    load_region_rows,
    load_retired,
    read_table,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PARENT_LEVELS = {
    "province": {"country"},
    "prefecture": {"province"},
    "county": {"prefecture", "province"},  # municipalities, province-administered counties
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(load_region_rows())


def test_codes_are_six_digits_and_unique() -> None:
    codes = [r.code for r in load_region_rows()]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert [c for c, n in Counter(codes).items() if n > 1] == []


def test_parents_exist_at_the_right_level(gaz: Gazetteer) -> None:
    for region in gaz.by_code.values():
        if region.level == "country":
            assert region.parent is None
            continue
        parent = gaz.by_code[region.parent or ""]
        assert parent.level in PARENT_LEVELS[region.level], region
        assert region.code.startswith(parent.code[:2]) or parent.level == "country"


def test_counts_are_plausible() -> None:
    levels = Counter(r.level for r in load_region_rows())
    assert levels["country"] == 1
    assert 34 <= levels["province"] <= 35
    assert levels["prefecture"] > 300
    assert levels["county"] > 2800


@pytest.mark.parametrize(("code", "name", "level", "parent"), [
    ("100000", "全国", "country", None),
    ("110000", "北京市", "province", "100000"),
    ("110112", "通州区", "county", "110000"),
    ("320000", "江苏省", "province", "100000"),
    ("320600", "南通市", "prefecture", "320000"),
    ("320612", "通州区", "county", "320600"),
    ("320613", "崇川区", "county", "320600"),
    ("320614", "海门区", "county", "320600"),
    ("320682", "如皋市", "county", "320600"),
    ("320685", "海安市", "county", "320600"),
    ("330000", "浙江省", "province", "100000"),
    ("440000", "广东省", "province", "100000"),
    ("440100", "广州市", "prefecture", "440000"),
    ("440606", "顺德区", "county", "440600"),
    ("510000", "四川省", "province", "100000"),
    ("429004", "仙桃市", "county", "420000"),
])
def test_known_divisions(gaz: Gazetteer, code: str, name: str, level: str,
                         parent: str | None) -> None:
    region = gaz.by_code[code]
    assert (region.name, region.level, region.parent) == (name, level, parent)


def test_no_grouping_rows_or_non_divisions(gaz: Gazetteer) -> None:
    for code in ("110100", "429000", "990000", "320576", "710101"):
        assert code not in gaz.by_code


def test_short_forms(gaz: Gazetteer) -> None:
    assert "南通" in gaz.by_code["320600"].aliases
    assert "通州" in gaz.by_code["320612"].aliases
    assert "通州" in gaz.by_code["110112"].aliases
    assert "海门" in gaz.by_code["320614"].aliases
    assert "如皋" in gaz.by_code["320682"].aliases
    assert "新疆" in gaz.by_code["650000"].aliases
    assert "广西" in gaz.by_code["450000"].aliases
    assert "内蒙古" in gaz.by_code["150000"].aliases
    assert {"黔南", "黔南州"} <= set(gaz.by_code["522700"].aliases)
    assert {"长阳", "长阳县"} <= set(gaz.by_code["420528"].aliases)
    assert "龙胜" in gaz.by_code["450328"].aliases  # 龙胜各族自治县


def test_curated_short_names_are_aliases(gaz: Gazetteer) -> None:
    # data/short_names.tsv is read by scripts/build_gazetteer.py: the generated
    # regions.tsv holds every row of it
    path = Path(__file__).resolve().parents[2] / "src/plantrack/catalog/data/short_names.tsv"
    rows = [line.split("\t")[:2] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith(("#", "code\t"))]
    assert rows
    for code, name in rows:
        assert name in gaz.by_code[code].aliases
    assert "内蒙" in gaz.by_code["150000"].aliases
    # 新疆's press: 博州, 克州 (巴州 stays 巴中's 巴州区 alone)
    assert "博州" in gaz.by_code["652700"].aliases
    assert "克州" in gaz.by_code["653000"].aliases
    assert [r.code for r in gaz.by_code.values() if "巴州" in r.aliases] == ["511902"]


def test_aliases_are_never_an_official_name(gaz: Gazetteer) -> None:
    names = set(gaz.official)
    clashes = [(r.code, a) for r in gaz.by_code.values() for a in r.aliases if a in names]
    assert clashes == []


def test_no_alias_is_shared_by_two_regions_with_one_parent(gaz: Gazetteer) -> None:
    seen: dict[tuple[str | None, str], str] = {}
    for region in gaz.by_code.values():
        for alias in region.aliases:
            key = (region.parent, alias)
            assert key not in seen, (alias, seen[key], region.code)
            seen[key] = region.code


def test_ambiguous_aliases_are_few_and_across_parents(gaz: Gazetteer) -> None:
    ambiguous = {name: regions for name, regions in gaz.by_name.items()
                 if len(regions) > 1 and name not in gaz.official}
    assert "通州" in ambiguous
    assert len(ambiguous) < 200


def test_stoplisted_words_are_no_aliases(gaz: Gazetteer) -> None:
    for word in ("振兴", "新兴", "平安", "江海", "惠民", "平原"):
        assert word not in gaz.by_name


def test_places_point_to_regions(gaz: Gazetteer) -> None:
    places = load_places()
    assert places
    assert [p.name for p in places if p.code not in gaz.by_code] == []
    assert len({p.name for p in places}) == len(places)
    for place in places:
        if place.rolls_up:
            assert gaz.by_code[place.code].level == "county", place


def test_retired_codes_have_live_successors(gaz: Gazetteer) -> None:
    for retired in load_retired():
        assert retired.region.code not in gaz.by_code
        assert retired.successor in gaz.by_code
        assert gaz.current(retired.region.code) == retired.successor


def test_cues_point_to_regions(gaz: Gazetteer) -> None:
    for row in read_table("cues.tsv"):
        assert row["code"] in gaz.by_code
        assert float(row["weight"]) > 0


def _gold_files() -> list[Path]:
    return sorted([*SHARED.glob("gold/*.json"), *SHARED.glob("corpus/dev/*.json")])


@pytest.mark.corpus
def test_gold_regions_are_in_the_gazetteer_with_the_same_name(gaz: Gazetteer) -> None:
    files = _gold_files()
    if not files:
        pytest.fail(f"no gold files under {SHARED}")
    problems = []
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for item in [*doc.get("facts", []), *doc.get("projects", [])]:
            code = item.get("region")
            if code is None:
                continue
            region = gaz.get(code)
            if region is None or region.name != item["region_name"]:
                problems.append((path.name, code, item["region_name"],
                                 region.name if region else None))
    assert problems == []
