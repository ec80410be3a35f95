"""docs/scorecard.md: its code runs, and its thresholds are the code's."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from plantrack.track import status

REPO = Path(__file__).resolve().parents[2]
PAGE = (REPO / "docs" / "scorecard.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", re.findall(r"```python\n(.*?)```", PAGE, re.DOTALL))
def test_examples_run(code, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    exec(compile(code, "docs/scorecard.md", "exec"), {"__name__": "__doc_example__"})
    assert "pace 160%" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["ON_TRACK_PACE", "AT_RISK_PACE", "AT_RISK_MARGIN_PP",
                                  "APPROX_TOLERANCE_PP", "APPROX_TOLERANCE_RELATIVE"])
def test_thresholds_documented_as_in_the_code(name):
    documented = re.search(rf"\| `{name}` \| ([0-9.]+) \|", PAGE)
    assert documented is not None, name
    assert Decimal(documented[1]) == getattr(status, name)


def test_every_status_documented():
    for name in status.STATUSES:
        assert f"| `{name}` |" in PAGE
