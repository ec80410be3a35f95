"""Shared set-up for the plugin-system tests: installing a plugin, running the CLI.

``plantrack.testing``'s fixtures are imported here by name: pytest accepts
``pytest_plugins`` only in the top-level conftest, which this folder does not own.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from plantrack.testing import (  # noqa: F401 (fixtures, used by name)
    plantrack_plugins,
    plantrack_pm,
    plantrack_register,
    plantrack_registry,
)

HERE = Path(__file__).parent
FIXTURE_PLUGIN = HERE / "fixture_plugin"
REPO = HERE.parents[1]


def install(project: Path, site: Path) -> Path:
    """Install the plugin in ``project`` into ``site`` (a folder for PYTHONPATH).

    With hatchling importable this is a real ``pip install --target`` (offline, no
    build isolation). Otherwise the distribution's metadata is written as pip would:
    a ``*.dist-info`` folder with the ``entry_points.txt`` of its pyproject, beside a
    copy of its source, which is all ``importlib.metadata`` reads.
    """
    if importlib.util.find_spec("hatchling") is not None:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
             "--no-build-isolation", "--no-index", "--target", str(site), str(project)],
            capture_output=True, text=True, check=False, timeout=300)
        assert done.returncode == 0, done.stderr
        return site
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for package in (project / "src").iterdir():
        shutil.copytree(package, site / package.name)
    dist = site / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n",
        encoding="utf-8")
    points = meta["entry-points"]["plantrack"]
    (dist / "entry_points.txt").write_text(
        "[plantrack]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()),
        encoding="utf-8")
    return site


@pytest.fixture(scope="session")
def install_plugin() -> Callable[[Path, Path], Path]:
    """``install_plugin(project, site)``: see :func:`install`."""
    return install


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the installed fixture plugin."""
    return install(FIXTURE_PLUGIN, tmp_path_factory.mktemp("fixture-site"))


def plantrack_command() -> list[str]:
    """The installed ``plantrack`` console script (not ``python -m``: no cwd on sys.path)."""
    script = Path(sys.executable).with_name("plantrack")
    found = str(script) if script.exists() else shutil.which("plantrack")
    assert found, "the plantrack console script is not installed"
    return [found]


@pytest.fixture
def run_plantrack(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_plantrack(*args, site=None, cwd=tmp_path, **env)``: the CLI in a subprocess."""

    def run(*args: str, site: Path | None = None, cwd: Path | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items()
                   if not k.startswith("PLANTRACK_") and k != "PYTHONPATH"}
        environ |= {"COLUMNS": "200", "NO_COLOR": "1", **env}
        if site is not None:
            environ["PYTHONPATH"] = str(site)
        return subprocess.run([*plantrack_command(), *args], cwd=cwd or tmp_path,
                              env=environ, capture_output=True, text=True, check=False,
                              timeout=120)

    return run
