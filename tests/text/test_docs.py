"""The code in docs/text-engine.md runs, so the page cannot drift from the API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parents[2] / "docs" / "text-engine.md"
BLOCKS = re.findall(r"```python\n(.*?)```", PAGE.read_text("utf-8"), re.DOTALL)


def test_the_page_has_examples() -> None:
    assert BLOCKS


@pytest.mark.parametrize("code", BLOCKS)
def test_examples_run(code: str) -> None:
    exec(compile(code, str(PAGE), "exec"), {"__name__": "__doc_example__"})
