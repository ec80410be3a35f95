"""The layers of the package: logic imports no reporter, no reporter imports the API."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "plantrack"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


@pytest.mark.parametrize(("package", "forbidden"), [
    ("track", ("plantrack.report", "plantrack.api", "plantrack.cli", "rich")),
    ("store", ("plantrack.report", "plantrack.cli", "rich")),
    ("report", ("plantrack.api", "plantrack.plugins", "plantrack.cli")),
])
def test_layer_imports(package, forbidden):
    offenders = [f"{path.relative_to(SRC)} imports {name}"
                 for path in sorted((SRC / package).rglob("*.py"))
                 for name in _imports(path)
                 if any(name == f or name.startswith(f + ".") for f in forbidden)]
    assert offenders == []
