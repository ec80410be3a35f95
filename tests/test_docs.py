"""Code in the docs runs: every ```python block of the API and CLI pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def blocks(page: str) -> list[tuple[str, str]]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return [(f"{page}#{i}", code) for i, code in enumerate(BLOCK.findall(text))]


@pytest.mark.parametrize(("where", "code"), blocks("api.md"))
def test_api_examples_run(where, code):
    exec(compile(code, where, "exec"), {"__name__": "__doc_example__"})


@pytest.mark.parametrize(("where", "code"), blocks("tracking.md"))
def test_tracking_examples_run(where, code, monkeypatch):
    monkeypatch.chdir(DOCS.parent)  # the guide's paths are the checkout's
    exec(compile(code, where, "exec"), {"__name__": "__doc_example__"})


def test_tracking_guide_shows_the_real_history(monkeypatch, capsys):
    """The guide's history output is what the command prints today."""
    from plantrack.cli import main

    monkeypatch.chdir(DOCS.parent / "tests" / "data")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["history", "national", "--region", "100000", "--indicator", "gdp",
                 "--measure", "growth"]) == 0
    shown = capsys.readouterr().out
    guide = (DOCS / "tracking.md").read_text(encoding="utf-8")
    assert shown.strip() in guide
