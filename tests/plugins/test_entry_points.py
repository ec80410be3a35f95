"""The real entry-point path: an installed plugin, broken ones, switches, the cwd."""

from __future__ import annotations

import json
import re

import pytest


def _plugins(run_plantrack, site, **env) -> dict[str, dict]:
    done = run_plantrack("plugins", "--all", "--json", site=site, **env)
    assert done.returncode == 0, done.stderr
    return {p["name"]: p for p in json.loads(done.stdout)}


def test_an_installed_plugin_is_listed_with_its_entry_point(run_plantrack, fixture_site):
    plugins = _plugins(run_plantrack, fixture_site)
    fixture = plugins["fixture"]
    assert fixture["entry_point"] == "fixture = plantrack_fixture_plugin"
    assert fixture["version"] == "0.0.1"
    assert fixture["provides"] == {"indicator": ["fixture_widgets"], "extractor": ["widgets"],
                                   "reporter": ["count"]}
    assert fixture["hooks"] == ["register_commands", "register_extractors",
                                "register_indicators", "register_reporters"]
    assert fixture["package"] == "plantrack-fixture-plugin"
    assert not fixture["broken"]


def test_a_plugin_that_fails_to_import_is_broken_and_the_rest_work(run_plantrack,
                                                                  fixture_site):
    plugins = _plugins(run_plantrack, fixture_site)
    broken = plugins["fixture-broken-import"]
    assert broken["broken"]
    assert broken["error"] == "ImportError: fixture: this plugin cannot be imported"
    assert not plugins["plantrack.extract.generic"]["broken"]


def test_a_hook_that_raises_is_broken_and_the_rest_work(run_plantrack, fixture_site):
    plugins = _plugins(run_plantrack, fixture_site)
    raises = plugins["fixture-raises"]
    assert raises["broken"]
    assert raises["error"] == "register_reporters: RuntimeError: fixture: register_reporters failed"
    assert not plugins["fixture"]["broken"]


def test_extract_uses_the_plugin_despite_the_broken_ones(run_plantrack, fixture_site,
                                                         tmp_path):
    (tmp_path / "w.txt").write_text("2024年，WIDGETS=12。", encoding="utf-8")
    done = run_plantrack("extract", "--format", "count", "w.txt", site=fixture_site)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "facts: 1\n"


def test_the_table_lists_packages_and_counts_what_they_provide(run_plantrack, fixture_site):
    done = run_plantrack("plugins", site=fixture_site)
    assert done.returncode == 0, done.stderr
    assert "plantrack-fixture-plugin" in done.stdout  # the package, not the entry point
    assert "1 reporter (count)" in done.stdout
    assert "BROKEN fixture-broken-import: ImportError: fixture: this plugin cannot be" in (
        " ".join(done.stdout.split()))
    assert "regions" not in done.stdout  # built-ins only with --all
    everything = run_plantrack("plugins", "--all", site=fixture_site)
    assert re.search(r"\b\d,\d{3} regions\b", everything.stdout)
    assert re.search(r"\b\d{2,} indicators\b", everything.stdout)
    assert "320612" not in everything.stdout
    listed = run_plantrack("plugins", "--all", "--json", site=fixture_site)
    regions = {p["name"]: p for p in json.loads(listed.stdout)}["plantrack.catalog.regions"]
    assert "320612" in regions["provides"]["region"]


def test_a_plugin_adds_a_command(run_plantrack, fixture_site):
    done = run_plantrack("widgets", "WIDGETS=12 WIDGETS=3", site=fixture_site)
    assert (done.returncode, done.stdout) == (0, "12 3\n")
    assert "widgets" in run_plantrack("--help", site=fixture_site).stdout
    # the broken plugin is named once, however many times plugins are loaded in a run
    assert done.stderr.count("fixture-broken-import") == 1


def test_a_broken_plugin_is_named_once_on_stderr(run_plantrack, fixture_site, tmp_path):
    (tmp_path / "w.txt").write_text("2024年，WIDGETS=12。", encoding="utf-8")
    done = run_plantrack("extract", "--format", "count", "w.txt", site=fixture_site)
    warnings = [line for line in done.stderr.splitlines() if "fixture-broken-import" in line]
    assert warnings == ["plantrack: warning: plugin 'fixture-broken-import' failed to load "
                        "and is skipped: ImportError: fixture: this plugin cannot be "
                        "imported (see `plantrack plugins`)"]
    assert "fixture-raises" in done.stderr


def test_help_and_version_need_no_plugin(run_plantrack, fixture_site):
    # a built-in command's --help imports no plugin: the broken one is not even named
    done = run_plantrack("extract", "--help", site=fixture_site)
    assert done.returncode == 0
    assert done.stderr == ""
    version = run_plantrack("--version", site=fixture_site)
    assert version.stdout.startswith("plantrack ")


@pytest.mark.parametrize(("env", "present", "absent"), [
    ({"PLANTRACK_LOAD_PLUGINS": "fixture"}, {"fixture"},
     {"fixture-raises", "fixture-broken-import"}),
    ({"PLANTRACK_LOAD_PLUGINS": ""}, {"plantrack.extract.generic"},
     {"fixture", "fixture-raises", "fixture-broken-import"}),
    ({"PLANTRACK_DISABLE_PLUGINS": "fixture-raises, fixture-broken-import"}, {"fixture"},
     {"fixture-raises", "fixture-broken-import"}),
    ({"PLANTRACK_DISABLE_PLUGINS": "plantrack.extract.generic"}, {"fixture"},
     {"plantrack.extract.generic"}),
])
def test_environment_switches(run_plantrack, fixture_site, env, present, absent):
    names = set(_plugins(run_plantrack, fixture_site, **env))
    assert present <= names
    assert not absent & names


def test_trace_switch_prints_hook_calls(run_plantrack, fixture_site):
    done = run_plantrack("plugins", site=fixture_site, PLANTRACK_TRACE="1")
    assert done.returncode == 0
    assert "register_extractors" in done.stderr


EVIL = """from pathlib import Path
Path(__file__).with_suffix(".imported").write_text("imported")
from plantrack.hookspecs import hookimpl
@hookimpl
def register_reporters(register):
    raise SystemExit("imported from the working directory")
"""


@pytest.mark.parametrize("name", ["plantrack_evil.py", "conftest.py", "plantrack_plugin.py",
                                  "plantrack.py"])
def test_nothing_is_imported_from_the_working_directory(run_plantrack, tmp_path, name):
    (tmp_path / name).write_text(EVIL, encoding="utf-8")
    (tmp_path / "x.txt").write_text("2024年，地区生产总值增长5%。", encoding="utf-8")
    for args in (("plugins", "--json"), ("extract", "--format", "json", "x.txt")):
        done = run_plantrack(*args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "working directory" not in done.stdout + done.stderr
    assert not list(tmp_path.glob("*.imported"))
