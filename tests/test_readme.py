"""README.md is true: its commands exist and its scorecard excerpt is what plantrack prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_quick_start_test_command_is_what_ci_runs():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    quick_start = README.split("## Quick start", 1)[1]
    commands = re.search(r"```bash\n(.*?)```", quick_start, re.DOTALL)
    assert commands is not None
    first, second = commands.group(1).strip().splitlines()[:2]
    assert first.endswith("plantrack scorecard")
    assert second in ci.splitlines()


def test_scorecard_excerpt_matches_real_output():
    block = README.split("plantrack scorecard --region 320612 --period 2023`", 1)[1]
    excerpt = re.search(r"```\n(.*?)```", block, re.DOTALL)
    assert excerpt is not None
    env = os.environ | {"NO_COLOR": "1", "COLUMNS": "100"}
    run = subprocess.run([sys.executable, "-m", "plantrack.cli", "scorecard", "--region",
                          "320612", "--period", "2023"], capture_output=True, text=True,
                         env=env, check=True)
    printed = [line.rstrip() for line in run.stdout.splitlines()]
    for line in excerpt.group(1).splitlines():
        assert line.rstrip() in printed, line


def test_library_example_prints_what_the_readme_says(capsys):
    block = README.split("**As a library**", 1)[1]
    code = re.search(r"```python\n(.*?)```", block, re.DOTALL)
    claimed = re.search(r"prints `([^`]+)`", block)
    assert code is not None
    assert claimed is not None
    exec(compile(code.group(1), "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == claimed.group(1)
