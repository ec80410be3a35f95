"""The plugin's tests run with plantrack.testing's fixtures and this plugin registered."""

from __future__ import annotations

from collections.abc import Sequence

import plantrack_national
import pytest

pytest_plugins = ["plantrack.testing"]


@pytest.fixture
def plantrack_plugins() -> Sequence[object]:
    """The plugin under test, registered in an isolated manager for each test."""
    return [plantrack_national]
