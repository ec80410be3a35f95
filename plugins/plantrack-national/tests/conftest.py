"""The plugin's tests run with plantrack.testing's fixtures and this plugin registered.

``pytest_plugins = ["plantrack.testing"]`` is in ``plugins/conftest.py``; in a
repository of its own the plugin would put it in its root ``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import plantrack_national
import pytest


@pytest.fixture
def plantrack_plugins() -> Sequence[object]:
    """The plugin under test, registered in an isolated manager for each test."""
    return [plantrack_national]
