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
