"""plantrack.testing itself: isolation, teardown, fact diffs, gold scoring."""

from __future__ import annotations

import json

import pytest

from plantrack.hookspecs import hookimpl
from plantrack.plugins import get_registry, using_default
from plantrack.testing import (
    assert_facts,
    assert_score,
    isolated_plugin_manager,
    run_extractor,
    score_gold,
)

TEXT = "2024年全区主要目标是：地区生产总值增长6.5%以上。"


class _Plugin:
    @hookimpl
    def register_reporters(self, register):
        raise RuntimeError("boom")


def test_isolated_manager_unregisters_even_when_the_block_raises():
    plugin = _Plugin()
    seen = []

    def use() -> None:
        with isolated_plugin_manager(plugin) as pm:
            seen.append((pm, pm.get_name(plugin)))
            assert pm.has_plugin(seen[0][1])
            raise ValueError("inside")

    with pytest.raises(ValueError, match="inside"):
        use()
    pm, name = seen[0]
    assert not pm.has_plugin(name)


def test_isolated_manager_loads_no_installed_plugin_and_can_block_builtins():
    with isolated_plugin_manager(block=["plantrack.extract.generic"]) as pm:
        names = {name for name, plugin in pm.list_name_plugin() if plugin is not None}
    assert "plantrack.catalog.indicators" in names
    assert "plantrack.extract.generic" not in names
    assert not any(n in names for n in ("national", "html"))


def test_the_registry_fixture_is_the_default_and_is_restored(plantrack_pm):
    before = get_registry()
    with using_default(plantrack_pm) as registry:
        assert get_registry() is registry
    assert get_registry() is before


def test_a_broken_plugin_fails_the_register_fixture(plantrack_register):
    with pytest.raises(AssertionError, match="broken: register_reporters: RuntimeError: boom"):
        plantrack_register(_Plugin())


def test_assert_facts_accepts_a_partial_match(plantrack_registry):
    extraction = run_extractor("generic", TEXT, region="320612")
    assert_facts(extraction, [{"indicator": "gdp", "measure": "growth", "value": 6.5,
                               "comparator": ">=", "region": "320612"}])


def test_assert_facts_diff_names_the_differing_fields(plantrack_registry):
    extraction = run_extractor("generic", TEXT, region="320612")
    with pytest.raises(AssertionError) as failure:
        assert_facts(extraction, [{"indicator": "gdp", "value": 7}])
    message = str(failure.value)
    assert "1 missing, 1 unexpected" in message
    assert "differs:  value=6.5 (want 7)" in message
    assert "unexpected: {kind: 'target'" in message


def test_assert_facts_inexact_ignores_extra_facts(plantrack_registry):
    assert_facts(run_extractor("generic", TEXT, region="320612"), [], exact=False)
    with pytest.raises(AssertionError, match="0 missing, 1 unexpected"):
        assert_facts(run_extractor("generic", TEXT, region="320612"), [])


def test_run_extractor_rejects_an_unknown_name(plantrack_registry):
    with pytest.raises(AssertionError, match="no extractor named 'nope'"):
        run_extractor("nope", TEXT)


def test_score_gold_reuses_evaluate(plantrack_registry, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    fact = {"kind": "target", "region": None, "indicator": "gdp", "measure": "growth",
            "value": 6.5, "unit": "percent", "period": "2024"}
    (tmp_path / "a.json").write_text(json.dumps({"document": "a.txt", "facts": [fact]}),
                                     encoding="utf-8")
    report = score_gold(tmp_path, registry=plantrack_registry, year=2024)
    assert (report.totals.tp, report.totals.fn) == (1, 0)
    assert_score(report, min_f1=1.0)
    (tmp_path / "a.json").write_text(json.dumps(
        {"document": "a.txt", "facts": [fact | {"value": 9}]}), encoding="utf-8")
    with pytest.raises(AssertionError, match="MISSED a.txt: target"):
        assert_score(score_gold(tmp_path, registry=plantrack_registry, year=2024))
