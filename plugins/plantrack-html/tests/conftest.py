"""The html plugin's tests: the plugin registered in an isolated manager, and Chromium.

``pytest_plugins = ["plantrack.testing"]`` is in ``plugins/conftest.py``.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import plantrack_html
import pytest

BROWSERS = ("chromium", "chromium-browser")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND")


@pytest.fixture
def plantrack_plugins() -> Sequence[object]:
    """The plugin under test, registered in an isolated manager for each test."""
    return [plantrack_html]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The headless browser the page is checked in; a clear failure when it is missing."""
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    pytest.fail("Chromium is needed to check the HTML page as a browser renders it, and "
                "none was found on PATH: install it with `apt-get install chromium`")


@pytest.fixture
def chromium(chromium_path: str, tmp_path: Path) -> Callable[..., str]:
    """``chromium(page, *flags)``: run headless Chromium on a file:// page, return stdout."""

    def run(page: Path, *flags: str) -> str:
        profile = tmp_path / "chromium-profile"
        done = subprocess.run(
            [chromium_path, *FLAGS, f"--user-data-dir={profile}", *flags,
             page.resolve().as_uri()],
            capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr}"
        return done.stdout

    return run
