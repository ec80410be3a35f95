"""docs/plugins/tutorial.md, run: its files written out, its plugin used and installed.

Files are the fenced blocks after ``<!-- file: PATH -->``; commands are the ``$`` lines
of ``console`` blocks; a block after ``<!-- output of: COMMAND -->`` must appear in that
command's output (whitespace aside).
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack import extract
from plantrack.plugins import build_registry
from plantrack.testing import assert_score, isolated_plugin_manager, score_gold

TUTORIAL = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "tutorial.md"
_BLOCK = re.compile(r"<!-- (?P<what>file|output of): (?P<arg>[^>]+?) -->\n```\w*\n"
                    r"(?P<body>.*?)\n```", re.S)
_CONSOLE = re.compile(r"```console\n(?P<body>.*?)\n```", re.S)


def _files() -> dict[str, str]:
    text = TUTORIAL.read_text(encoding="utf-8")
    return {m["arg"]: m["body"] + "\n" for m in _BLOCK.finditer(text) if m["what"] == "file"}


def _outputs() -> dict[str, str]:
    text = TUTORIAL.read_text(encoding="utf-8")
    return {m["arg"]: m["body"] for m in _BLOCK.finditer(text) if m["what"] == "output of"}


def _commands() -> list[str]:
    text = TUTORIAL.read_text(encoding="utf-8")
    return [line[2:] for m in _CONSOLE.finditer(text) for line in m["body"].splitlines()
            if line.startswith("$ ")]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def tutorial_dir(tmp_path: Path) -> Path:
    for name, body in _files().items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return tmp_path


def test_the_tutorial_has_its_parts():
    files = _files()
    assert {"plantrack-stat-table/pyproject.toml", "bulletin.txt", "gold/bulletin.json",
            "plantrack-stat-table/src/plantrack_stat_table/__init__.py"} <= set(files)
    assert '[project.entry-points.plantrack]' in files["plantrack-stat-table/pyproject.toml"]
    commands = _commands()
    for needed in ("pip install", "plantrack plugins", "plantrack extract",
                   "plantrack evaluate"):
        assert any(c.startswith(needed) for c in commands), needed


def test_the_tutorial_plugin_works_registered_in_process(tutorial_dir, monkeypatch):
    source = tutorial_dir / "plantrack-stat-table/src/plantrack_stat_table/__init__.py"
    spec = importlib.util.spec_from_file_location("plantrack_stat_table", source)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with isolated_plugin_manager(module) as pm:
        registry = build_registry(pm)
        extraction = extract(tutorial_dir / "bulletin.txt", registry=registry)
        report = score_gold(tutorial_dir / "gold", docs_dir=tutorial_dir, registry=registry)
    assert "stat-table" in extraction.extractors
    assert len(extraction.facts) == 6
    assert_score(report, min_f1=1.0)


def test_the_tutorial_commands_run_after_a_real_install(tutorial_dir, run_plantrack,
                                                       install_plugin):
    site = install_plugin(tutorial_dir / "plantrack-stat-table", tutorial_dir / "site")
    outputs = _outputs()
    for command in _commands():
        args = shlex.split(command)
        if args[:2] == ["pip", "install"] or args[:4] == ["python", "-m", "pip", "install"]:
            continue  # the plugin is installed above, into a folder of its own; pytest is here
        if args[0] == "plantrack":
            done = run_plantrack(*args[1:], site=site, cwd=tutorial_dir)
        else:
            assert args[:3] == ["python", "-m", "pytest"], command
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args[3:]],
                cwd=tutorial_dir, capture_output=True, text=True, check=False, timeout=300,
                env={"PATH": str(Path(sys.executable).parent), "PYTHONPATH": str(site)})
        assert done.returncode == 0, f"$ {command}\n{done.stdout}\n{done.stderr}"
        if args[0] == "python":
            assert "1 passed" in done.stdout, done.stdout
        if command in outputs:
            assert _squash(outputs[command]) in _squash(done.stdout), command
        if command == "plantrack plugins --json":
            assert '"entry_point": "stat-table = plantrack_stat_table"' in done.stdout
