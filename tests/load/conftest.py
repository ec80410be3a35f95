"""Shared set-up for the loader tests: a registry that has every built-in loader.

``plantrack.testing``'s fixtures are imported by name (``pytest_plugins`` is only allowed
in the top-level conftest). The PDF loader is registered here until it is one of the
``DEFAULT_PLUGINS``; once it is, the registry already has it.
"""

from __future__ import annotations

import pytest

import plantrack.load.pdf
from plantrack.plugins import Registry
from plantrack.testing import (  # noqa: F401 (fixtures, used by name)
    plantrack_plugins,
    plantrack_pm,
    plantrack_register,
    plantrack_registry,
)


@pytest.fixture
def registry(request: pytest.FixtureRequest) -> Registry:
    """The built-in plugins' registry, with the PDF loader."""
    built_in: Registry = request.getfixturevalue("plantrack_registry")
    if "pdf" in built_in.loaders:
        return built_in
    register = request.getfixturevalue("plantrack_register")
    registry: Registry = register(plantrack.load.pdf, "plantrack.load.pdf")
    return registry
