"""The store on SQLite and on a real PostgreSQL server: adding, versions, migrations."""

from __future__ import annotations

import sqlite3

import pytest

import plantrack
from plantrack.store import StoreError, add_paths, open_store
from plantrack.store import schema as store_schema


def _statuses(store, paths):
    return [a.status for a in add_paths(store, paths)]


def test_adding_twice_adds_nothing_the_second_time(db, national):
    with open_store(db) as store:
        assert set(_statuses(store, [national])) == {"added"}
        assert set(_statuses(store, [national])) == {"unchanged"}
        summary = store.summary()
    assert (summary.documents, summary.versions, summary.facts) == (13, 13, 39)
    assert summary.migrations == ("001_initial",)


def test_stored_extractions_round_trip(db, national):
    fresh = list(plantrack.extract_batch([national]))
    with open_store(db) as store:
        _statuses(store, [national])
        stored = store.extractions()
    assert stored == fresh
    assert stored[0].document == "national/2018-statistical-communique.txt"


def test_a_changed_file_is_a_new_version_that_replaces_the_facts(db, national):
    report = national / "2022-statistical-communique.txt"
    with open_store(db) as store:
        _statuses(store, [national])
        report.write_text(report.read_text(encoding="utf-8").replace("3.0%", "3.1%"),
                          encoding="utf-8")
        assert _statuses(store, [report]) == ["replaced"]
        summary = store.summary()
        (stored,) = store.extractions(["national/2022-statistical-communique.txt"])
    assert (summary.documents, summary.versions, summary.facts) == (13, 14, 39)
    gdp = next(r for r in stored.results if r.indicator == "gdp")
    assert str(gdp.quantity.value) == "3.1"


def test_a_database_written_by_a_newer_plantrack_says_so(db, national, monkeypatch):
    monkeypatch.setattr(store_schema, "MIGRATIONS", (
        *store_schema.MIGRATIONS, ("999_future", lambda connection: None)))
    from plantrack.store import store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", store_schema.MIGRATIONS)
    open_store(db).close()
    monkeypatch.setattr(store_module, "MIGRATIONS", store_schema.MIGRATIONS[:1])
    with pytest.raises(StoreError, match="written by a newer plantrack .*999_future.*upgrade"):
        open_store(db)


def test_an_older_database_is_migrated_when_opened(tmp_path, monkeypatch):
    from sqlalchemy import text

    from plantrack.store import store as store_module

    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_schema.MIGRATIONS[:1])
    open_store(path).close()

    def add_notes(connection):
        connection.execute(text("ALTER TABLE documents ADD COLUMN notes TEXT"))

    monkeypatch.setattr(store_module, "MIGRATIONS",
                        (*store_schema.MIGRATIONS, ("002_notes", add_notes)))
    with open_store(path) as store:
        assert store.summary().migrations == ("001_initial", "002_notes")


def test_not_a_plantrack_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(StoreError, match="not a plantrack database"):
        open_store(path)


def test_sqlite_file_reads_with_sqlite3_and_pandas(tmp_path, national):
    import pandas as pd

    path = tmp_path / "p.db"
    with open_store(path) as store:
        _statuses(store, [national])
    with sqlite3.connect(path) as connection:
        (value,) = connection.execute(
            "SELECT f.value FROM facts f JOIN documents d ON d.id = f.document_id "
            "WHERE d.path = 'national/2022-statistical-communique.txt' "
            "AND f.indicator = 'gdp'").fetchone()
        frame = pd.read_sql("SELECT * FROM facts", connection)
    assert value == 3.0
    assert len(frame) == 39


def test_environment_variable_names_the_default_database(tmp_path, monkeypatch):
    from plantrack.store import ENV_VAR, database_url

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    assert database_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
