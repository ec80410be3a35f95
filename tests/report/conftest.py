"""The seeds' and dev corpus's gold, scored: real rows for the reporters to format."""

from __future__ import annotations

import json

import pytest

from plantrack.api import catalog_of
from plantrack.convert import extraction_from_json
from plantrack.track.scorecard import build_scorecard


@pytest.fixture(scope="session")
def extractions(shared):
    paths = [*sorted((shared / "gold").glob("*.json")),
             *sorted((shared / "corpus" / "dev").glob("*.json"))]
    return [extraction_from_json(json.loads(p.read_text(encoding="utf-8"))) for p in paths]


@pytest.fixture(scope="session")
def card(extractions):
    return build_scorecard(extractions, catalog=catalog_of())
