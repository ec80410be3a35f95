"""The store: documents, facts and projects in one database (SQLite by default, or
PostgreSQL through a URL), written one document per transaction.

A document is identified by its path (relative, as a batch names it) and the SHA-256 of
its bytes: storing the same again changes nothing, and a changed file is a new version
that replaces the old one's facts (the old row stays, ``current`` false, for history).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from attrs import frozen

from plantrack.errors import PlantrackError
from plantrack.model import Extraction
from plantrack.store import records
from plantrack.store.location import database_url
from plantrack.store.schema import MIGRATIONS, MIGRATIONS_TABLE, documents, facts, projects

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = ["PutStatus", "Store", "StoreError", "StoreSummary", "open_store"]

PutStatus = Literal["added", "replaced", "unchanged"]


class StoreError(PlantrackError):
    """A database that cannot be opened or used; the message names it and what to do."""


@frozen
class StoreSummary:
    """What a store holds: for ``plantrack db``."""

    url: str
    migrations: tuple[str, ...]
    documents: int  # current versions
    versions: int  # every version, replaced ones included
    facts: int
    projects: int
    years: tuple[tuple[int | None, int], ...]  # documents per year
    regions: tuple[tuple[str | None, str | None, int], ...]  # facts per region


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class Store:
    """An open database. Use :func:`open_store` (it migrates) and close it after."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = _safe(engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc

    # --- schema ------------------------------------------------------------------------

    def migrate(self) -> tuple[str, ...]:
        """Apply the migrations this database lacks; the names applied. StoreError if it
        was written by a newer plantrack, or is not a plantrack database."""
        from sqlalchemy import inspect, select

        with self._begin() as connection:
            tables = set(inspect(connection).get_table_names())
            if tables and MIGRATIONS_TABLE.name not in tables:
                raise StoreError(f"{self.url}: not a plantrack database (it has tables "
                                 f"but no {MIGRATIONS_TABLE.name}); give another --db")
            MIGRATIONS_TABLE.create(connection, checkfirst=True)
            done = set(connection.scalars(select(MIGRATIONS_TABLE.c.name)))
            known = [name for name, _ in MIGRATIONS]
            unknown = sorted(done - set(known))
            if unknown:
                raise StoreError(f"{self.url}: written by a newer plantrack (schema "
                                 f"{', '.join(unknown)}); upgrade plantrack to open it")
            applied = []
            for name, migration in MIGRATIONS:
                if name not in done:
                    migration(connection)
                    connection.execute(MIGRATIONS_TABLE.insert().values(
                        name=name, applied_at=_now()))
                    applied.append(name)
        return tuple(applied)

    # --- writing -----------------------------------------------------------------------

    def has(self, path: str, sha256: str) -> bool:
        """Is this version of ``path`` stored and current?"""
        from sqlalchemy import select

        with self._begin() as connection:
            found = connection.scalar(select(documents.c.id).where(
                documents.c.path == path, documents.c.sha256 == sha256,
                documents.c.current.is_(True)))
        return found is not None

    def put(self, extraction: Extraction, *, path: str, sha256: str) -> PutStatus:
        """Store one document's extraction in one transaction: ``unchanged`` if this
        version is already there, ``replaced`` if it supersedes another version of
        ``path`` (whose facts and projects go), else ``added``."""
        from sqlalchemy import delete, insert, select, update

        with self._begin() as connection:
            same = connection.execute(select(documents.c.id, documents.c.current).where(
                documents.c.path == path, documents.c.sha256 == sha256)).first()
            if same is not None and same.current:
                return "unchanged"
            if same is not None:  # an old version come back: stored again, as new
                connection.execute(delete(documents).where(documents.c.id == same.id))
            older = list(connection.scalars(select(documents.c.id).where(
                documents.c.path == path, documents.c.current.is_(True))))
            if older:
                connection.execute(delete(facts).where(facts.c.document_id.in_(older)))
                connection.execute(delete(projects).where(
                    projects.c.document_id.in_(older)))
                connection.execute(update(documents).where(documents.c.id.in_(older))
                                   .values(current=False, replaced_at=_now()))
            row = records.document_row(extraction, path=path, sha256=sha256, added_at=_now())
            document_id = connection.execute(
                insert(documents).values(row).returning(documents.c.id)).scalar_one()
            if extraction.facts:
                connection.execute(insert(facts), records.fact_rows(extraction, document_id))
            if extraction.projects:
                connection.execute(insert(projects),
                                   records.project_rows(extraction, document_id))
        return "replaced" if older else "added"

    # --- reading -----------------------------------------------------------------------

    def extractions(self, paths: list[str] | None = None) -> list[Extraction]:
        """Every current document's extraction (or those of ``paths``), by path."""
        from sqlalchemy import select

        query = select(documents).where(documents.c.current.is_(True))
        if paths is not None:
            query = query.where(documents.c.path.in_(paths))
        with self._begin() as connection:
            docs = [dict(row._mapping) for row in connection.execute(
                query.order_by(documents.c.path))]
            by_doc: dict[int, tuple[list[Any], list[Any]]] = {d["id"]: ([], []) for d in docs}
            ids = list(by_doc)
            for row in connection.execute(select(facts).where(
                    facts.c.document_id.in_(ids)).order_by(facts.c.id)):
                by_doc[row.document_id][0].append(row._mapping)
            for row in connection.execute(select(projects).where(
                    projects.c.document_id.in_(ids)).order_by(projects.c.id)):
                by_doc[row.document_id][1].append(row._mapping)
        return [records.extraction_from_rows(d, *by_doc[d["id"]]) for d in docs]

    def summary(self) -> StoreSummary:
        from sqlalchemy import func, select

        current = documents.c.current.is_(True)
        with self._begin() as connection:
            def count(query: Any) -> int:
                return int(connection.scalar(query) or 0)

            years = connection.execute(select(documents.c.year, func.count()).where(current)
                                       .group_by(documents.c.year).order_by(documents.c.year))
            regions = connection.execute(
                select(facts.c.region, func.min(facts.c.region_name), func.count())
                .group_by(facts.c.region).order_by(func.count().desc(), facts.c.region))
            return StoreSummary(
                url=self.url,
                migrations=tuple(connection.scalars(select(MIGRATIONS_TABLE.c.name)
                                                    .order_by(MIGRATIONS_TABLE.c.name))),
                documents=count(select(func.count()).select_from(documents).where(current)),
                versions=count(select(func.count()).select_from(documents)),
                facts=count(select(func.count()).select_from(facts)),
                projects=count(select(func.count()).select_from(projects)),
                years=tuple((y, n) for y, n in years),
                regions=tuple((r, name, n) for r, name, n in regions))


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating or migrating) the database ``db``: a path, a URL
    (``postgresql://user@host/name``), else ``$PLANTRACK_DB``, else the default file.
    Needs the ``db`` extra: ``pip install 'plantrack[db]'``."""
    try:
        from sqlalchemy import create_engine
    except ImportError:
        raise StoreError("the database needs SQLAlchemy: pip install 'plantrack[db]'") from None
    url = database_url(db)
    try:
        engine = create_engine(url)
    except ImportError as exc:
        raise StoreError(f"{_safe(url)}: no driver for it ({exc.name}); for PostgreSQL: "
                         "pip install 'plantrack[postgres]'") from None
    store = Store(engine)
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
