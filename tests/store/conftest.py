"""Stores to test on: a SQLite file, and the PostgreSQL server that .ci/run starts
(``$PLANTRACK_TEST_POSTGRES``, a URL). Without that server the PostgreSQL tests are
skipped on a developer's machine, and fail in CI (``CI=true``), where it must be."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

NATIONAL = Path(__file__).resolve().parents[1] / "data" / "national"
POSTGRES_ENV = "PLANTRACK_TEST_POSTGRES"


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must provide a PostgreSQL server: {POSTGRES_ENV} is not set "
                        "(.ci/run starts one)")
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} unset)")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A database location (a file or a URL) to a fresh, empty store."""
    if request.param == "sqlite":
        yield str(tmp_path / "plantrack.db")
        return
    from sqlalchemy import create_engine, text

    from plantrack.store import database_url

    base = database_url(_postgres_url())
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    url = _postgres_url()
    yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture
def national(tmp_path, monkeypatch):
    """The national series (work-report targets and statistics-bureau results, 2018–2024)
    in a folder ``national`` under the current directory."""
    folder = tmp_path / "work" / "national"
    folder.mkdir(parents=True)
    for path in NATIONAL.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(folder.parent)
    return Path("national")
