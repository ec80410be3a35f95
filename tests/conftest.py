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


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout (the team's spec, gold and corpus)."""
    if not (SHARED / "spec" / "FACTS.md").exists():
        pytest.fail(f"the team's shared folder is missing: expected it at {SHARED}")
    return SHARED


@pytest.fixture(autouse=True)
def _private_database(tmp_path_factory, monkeypatch):
    """No test touches the user's default database: $PLANTRACK_DB is a file of its own."""
    monkeypatch.setenv("PLANTRACK_DB", str(tmp_path_factory.mktemp("db") / "plantrack.db"))
