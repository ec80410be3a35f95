"""Test helpers for plantrack plugin authors: an isolated manager, fact checks, gold scores.

Turn the fixtures on in the ``conftest.py`` at the root of your tests::

    pytest_plugins = ["plantrack.testing"]

    @pytest.fixture
    def plantrack_plugins():
        import plantrack_myplugin
        return [plantrack_myplugin]

Fixtures (see ``docs/plugins/testing.md``):

- ``plantrack_plugins``: override it to return the plugins (modules or objects) your tests
  need; default none.
- ``plantrack_pm``: a fresh plugin manager with the built-ins and ``plantrack_plugins``,
  but no installed entry-point plugin; each is unregistered when the test ends.
- ``plantrack_registry``: the components of ``plantrack_pm``. For the test's duration it is
  also the process-wide default, so ``plantrack.extract()`` and ``plantrack.cli.main()``
  use it.
- ``plantrack_register``: register one more plugin in the middle of a test.

Functions, usable without pytest's fixtures: :func:`isolated_plugin_manager`,
:func:`run_extractor`, :func:`assert_facts`, :func:`assert_extracts`, :func:`score_gold`
and :func:`assert_score`.

This module imports pytest: it is for test suites, not for plugins' runtime code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pluggy
import pytest
from attrs import evolve

from plantrack.api import catalog_of, extract, resolve_region
from plantrack.catalog.indicators import scored_ids
from plantrack.components import Extractor
from plantrack.convert import extraction_to_json, fact_to_json
from plantrack.evaluate import EvaluationReport, evaluate, read_gold
from plantrack.model import Document, Extraction, Goal, Project, Region, Result
from plantrack.plugins import (
    Registry,
    build_registry,
    get_plugin_manager,
    get_registry,
    register_plugin,
    using_default,
)
from plantrack.text.prepare import prepare

__all__ = [
    "assert_extracts",
    "assert_facts",
    "assert_score",
    "isolated_plugin_manager",
    "only_extractors",
    "plantrack_plugins",
    "plantrack_pm",
    "plantrack_register",
    "plantrack_registry",
    "run_extractor",
    "score_gold",
]

Record = dict[str, Any]


# --- An isolated plugin manager -------------------------------------------------------


@contextmanager
def isolated_plugin_manager(*plugins: object, builtins: bool = True,
                            block: Iterable[str] = ()) -> Iterator[pluggy.PluginManager]:
    """A manager with the built-ins and ``plugins`` only (no installed entry points).

    ``block`` names plugins to leave out, e.g. ``"plantrack.extract.generic"`` to see
    what a style extractor finds alone. Every plugin registered here is unregistered on
    exit, even when the block raises.
    """
    pm = get_plugin_manager(builtins=builtins, entry_points=False, block=block)
    names = [_register(pm, plugin) for plugin in plugins]
    try:
        yield pm
    finally:
        for name in reversed(names):
            if pm.has_plugin(name):
                pm.unregister(name=name)


def _register(pm: pluggy.PluginManager, plugin: object, name: str | None = None) -> str:
    return register_plugin(pm, plugin, name)


@pytest.fixture
def plantrack_plugins() -> Sequence[object]:
    """The plugins under test; override this fixture in your ``conftest.py``."""
    return ()


@pytest.fixture
def plantrack_pm(plantrack_plugins: Sequence[object]) -> Iterator[pluggy.PluginManager]:
    """A fresh manager with the built-ins and ``plantrack_plugins``, torn down after."""
    with isolated_plugin_manager(*plantrack_plugins) as pm:
        yield pm


@pytest.fixture
def plantrack_registry(plantrack_pm: pluggy.PluginManager) -> Iterator[Registry]:
    """The components of ``plantrack_pm``, also the process default during the test."""
    with using_default(plantrack_pm) as registry:
        yield registry


@pytest.fixture
def plantrack_register(plantrack_pm: pluggy.PluginManager,
                       ) -> Iterator[Callable[..., Registry]]:
    """``register(plugin, name=None) -> Registry``: add a plugin now; removed after."""
    added: list[str] = []

    def register(plugin: object, name: str | None = None) -> Registry:
        added.append(_register(plantrack_pm, plugin, name))
        registry = build_registry(plantrack_pm)
        if added[-1] in registry.errors:
            raise AssertionError(f"plugin {added[-1]} is broken: {registry.errors[added[-1]]}")
        return registry

    yield register
    for name in reversed(added):
        if plantrack_pm.has_plugin(name):
            plantrack_pm.unregister(name=name)


# --- Running one extractor ------------------------------------------------------------


def _extractor(extractor: Extractor | str, registry: Registry) -> Extractor:
    if not isinstance(extractor, str):
        return extractor
    if extractor not in registry.extractors:
        known = ", ".join(sorted(registry.extractors))
        raise AssertionError(f"no extractor named {extractor!r} (registered: {known})")
    return registry.extractors[extractor]


def run_extractor(extractor: Extractor | str, text: str, *, year: int | None = None,
                  region: str | Region | None = None, registry: Registry | None = None,
                  document: str = "test.txt") -> Extraction:
    """Run one extractor on ``text``, section by section as the engine does.

    Unlike the engine it skips nothing and hides nothing: ``detect`` is not consulted and
    an exception propagates. Every quote is checked to stand at its span in ``text``.
    ``extractor`` is an Extractor or the name of one in ``registry`` (default: the
    process-wide registry, which the ``plantrack_registry`` fixture sets).
    """
    registry = registry or get_registry()
    chosen = _extractor(extractor, registry)
    if isinstance(region, str):
        region = resolve_region(region, registry)
    prepared = prepare(Document(name=document, text=text), year=year,
                       catalog=catalog_of(registry), region=region)
    items: list[Goal | Result | Project] = []
    for section in prepared.sections:
        scope = prepared.scoped(section.start, section.end, section.heading)
        for item in chosen.extract(scope):
            if not item.provenance.grounded_in(text):
                raise AssertionError(f"{chosen.name}: quote {item.provenance.quote!r} does "
                                     f"not stand at {list(item.provenance.span)} in the text")
            if item not in items:
                items.append(item)
    facts = sorted((i for i in items if not isinstance(i, Project)),
                   key=lambda f: f.provenance.start)
    return Extraction(document=document,
                      goals=[f for f in facts if isinstance(f, Goal)],
                      results=[f for f in facts if isinstance(f, Result)],
                      projects=[i for i in items if isinstance(i, Project)],
                      year=prepared.year, year_cue=prepared.year_cue,
                      extractors=(chosen.name,))


# --- Comparing facts ------------------------------------------------------------------


def _as_records(facts: Extraction | Iterable[Goal | Result | Record]) -> list[Record]:
    if isinstance(facts, Extraction):
        return list(extraction_to_json(facts)["facts"])
    return [f if isinstance(f, dict) else fact_to_json(f) for f in facts]


def _agrees(actual: Record, expected: Record) -> list[str]:
    """The fields of ``expected`` that ``actual`` gets wrong ([] when it matches)."""
    return [key for key, want in expected.items()
            if key != "optional" and actual.get(key) != want]


def _show(record: Record) -> str:
    keys = ("kind", "region", "region_name", "indicator", "measure", "value", "value_high", "unit",
            "comparator", "period", "per", "modality", "quote")
    return "{" + ", ".join(f"{k}: {record[k]!r}" for k in keys if k in record) + "}"


def assert_facts(actual: Extraction | Iterable[Goal | Result | Record],
                 expected: Sequence[Record], *, exact: bool = True) -> None:
    """Assert that ``actual`` holds the ``expected`` FACTS.md records, in any order.

    Each expected record is compared on the fields it gives (so ``{"indicator": "gdp",
    "value": 5}`` checks just those two). With ``exact`` (the default) a fact that no
    expected record claims is an error too. On failure the message lists what is missing,
    the nearest fact to each with the fields that differ, and what is unexpected.
    """
    found = _as_records(actual)
    unclaimed = list(range(len(found)))
    missing: list[Record] = []
    for want in expected:
        hit = next((i for i in unclaimed if not _agrees(found[i], want)), None)
        if hit is None:
            missing.append(want)
        else:
            unclaimed.remove(hit)
    extra = [found[i] for i in unclaimed] if exact else []
    if not missing and not extra:
        return
    lines = [f"facts differ: {len(missing)} missing, {len(extra)} unexpected"]
    for want in missing:
        lines.append(f"  missing:    {_show(want)}")
        if found:
            near = min(found, key=lambda f: len(_agrees(f, want)))
            diff = ", ".join(f"{k}={near.get(k)!r} (want {want[k]!r})"
                             for k in _agrees(near, want))
            lines.append(f"    nearest:  {_show(near)}\n    differs:  {diff}")
    lines += [f"  unexpected: {_show(f)}" for f in extra]
    raise AssertionError("\n".join(lines))


def assert_extracts(extractor: Extractor | str, text: str, expected: Sequence[Record], *,
                    exact: bool = True, **options: Any) -> Extraction:
    """:func:`run_extractor` then :func:`assert_facts`; returns the extraction."""
    extraction = run_extractor(extractor, text, **options)
    assert_facts(extraction, expected, exact=exact)
    return extraction


# --- Scoring on gold files ------------------------------------------------------------


def only_extractors(registry: Registry, *names: str) -> Registry:
    """A copy of ``registry`` whose only extractors are ``names`` (to score one alone)."""
    missing = [n for n in names if n not in registry.extractors]
    if missing:
        raise AssertionError(f"no extractor named {', '.join(missing)} "
                             f"(registered: {', '.join(sorted(registry.extractors))})")
    return evolve(registry, extractors={n: registry.extractors[n] for n in names})


def score_gold(gold_dir: Path, *, docs_dir: Path | None = None,
               registry: Registry | None = None, year: int | None = None,
               extractors: Sequence[str] | None = None,
               predictions: Mapping[str, Record] | None = None) -> EvaluationReport:
    """Score plantrack on a folder of FACTS.md gold files, as ``plantrack evaluate`` does.

    Each gold file's ``document`` is read from ``docs_dir`` (default: beside the gold
    files) and extracted with ``registry`` (default: the process-wide one), restricted to
    the named ``extractors`` when given, unless ``predictions`` are given. The figures
    come from :func:`plantrack.evaluate.evaluate`, with quotes checked against the texts.
    """
    docs = docs_dir or gold_dir
    if extractors is not None:
        registry = only_extractors(registry or get_registry(), *extractors)
    if predictions is None:
        predictions = {
            record["document"]: extraction_to_json(
                extract(docs / record["document"], year=year, registry=registry))
            for _, record in read_gold(gold_dir)[0]}
    catalogue = scored_ids(registry.indicators) if registry is not None else None
    return evaluate(gold_dir, predictions, docs, catalogue=catalogue)


def assert_score(report: EvaluationReport, *, min_f1: float = 1.0,
                 min_precision: float = 0.0, min_recall: float = 0.0) -> None:
    """Assert the report's overall figures; the message lists every miss and extra."""
    t = report.totals
    failed = [f"{label} {value:.3f} < {floor}" for label, value, floor in (
        ("F1", t.f1, min_f1), ("precision", t.precision, min_precision),
        ("recall", t.recall, min_recall)) if value < floor]
    if report.errors:
        failed.append("unreadable: " + "; ".join(report.errors))
    if report.grounding_checked and t.quotes_bad:
        failed.append(f"{t.quotes_bad} of {t.quotes} quotes are not at their spans")
    if not failed:
        return
    lines = [f"gold score too low: {', '.join(failed)}"]
    for doc in report.documents:
        lines += [f"  MISSED {doc.document}: {m}" for m in doc.missed]
        lines += [f"  EXTRA  {doc.document}: {e}" for e in doc.extra]
    raise AssertionError("\n".join(lines))
