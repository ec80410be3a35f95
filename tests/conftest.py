"""Shared test set-up: hypothesis profiles and the path to the team's shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fast", max_examples=25, deadline=None)
settings.register_profile("default", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else
                      os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


MISSING_SHARED = (
    f"needs the team's corpora: ../shared (spec, gold of the seeds, corpus/dev, "
    f"tools/score.py) is not beside this checkout (looked at {SHARED})")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "corpus: needs the team's ../shared folder (gold, dev corpus, scorer); "
        "skipped where it is missing, required with CI=true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that takes the ``shared`` fixture needs the corpora too: mark it."""
    for item in items:
        if "shared" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.corpus)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Without ../shared a corpus test is skipped, saying what is missing; in CI
    (``CI=true``) the corpora are required and their absence fails the test."""
    if item.get_closest_marker("corpus") is None or (SHARED / "spec" / "FACTS.md").exists():
        return
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{MISSING_SHARED}; CI requires it", pytrace=False)
    pytest.skip(MISSING_SHARED)


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout (the team's spec, gold and corpus); the tests that
    take it are marked ``corpus`` (see :func:`pytest_runtest_setup`)."""
    return SHARED


@pytest.fixture(autouse=True)
def _private_database(tmp_path_factory, monkeypatch):
    """No test touches the user's default database: $PLANTRACK_DB is a file of its own."""
    monkeypatch.setenv("PLANTRACK_DB", str(tmp_path_factory.mktemp("db") / "plantrack.db"))
