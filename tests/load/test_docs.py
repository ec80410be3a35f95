"""docs/loaders.md's code runs, and its claims about step 6 hold for its own example."""

from __future__ import annotations

import re
from pathlib import Path

LOADERS_MD = Path(__file__).resolve().parents[2] / "docs" / "loaders.md"


def test_loaders_page_examples_run(registry):
    blocks = re.findall(r"```python\n(.*?)```", LOADERS_MD.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks
    for i, code in enumerate(blocks):
        exec(compile(code, f"loaders.md#{i}", "exec"), {"__name__": "__doc_example__"})


def test_the_documented_misreading():
    from plantrack.load.decode import decode_bytes

    assert "億".encode("big5") == "货".encode("gbk")
    assert decode_bytes("億".encode("big5"), "x").text == "货"
