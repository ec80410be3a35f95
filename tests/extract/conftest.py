"""Fixtures of the extraction tests: each test text read in both scripts."""

from __future__ import annotations

import pytest
from tests.extract.scripts import InScript, traditional


@pytest.fixture(params=["simplified", "traditional"])
def in_script(request: pytest.FixtureRequest) -> InScript:
    """A test text as written (simplified), then in traditional characters."""
    return str if request.param == "simplified" else traditional
