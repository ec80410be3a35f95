"""The database's tables (SQLAlchemy Core) and the migrations that build them.

One row per document version, its facts and its projects; plain columns that sqlite3,
Datasette and pandas ``read_sql`` read as they are. Exact values are kept as text
(``value_exact``) beside a float (``value``) to query and plot with. The schema's
version is the list of migrations applied, recorded in ``plantrack_migrations`` (as
llm does): opening a database applies the ones it lacks, and a database that has one
this plantrack does not know was written by a newer plantrack. docs/database.md
describes every column.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = ["MIGRATIONS", "MIGRATIONS_TABLE", "documents", "facts", "metadata", "projects"]

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("path", Text, nullable=False),       # relative path: what facts cite
    Column("sha256", String(64), nullable=False),  # of the file's bytes (and its sidecar's)
    Column("current", Boolean, nullable=False),  # false: replaced by a newer version
    Column("added_at", String(32), nullable=False),  # ISO 8601, UTC
    Column("replaced_at", String(32)),
    Column("source", Text),                     # the path it was read from
    Column("text_sha256", String(64)),          # of the loaded text the spans index
    Column("chars", Integer),
    Column("loader", Text),
    Column("encoding", Text),
    Column("title", Text),
    Column("published", String(10)),            # YYYY-MM-DD
    Column("url", Text),
    Column("year", Integer),                    # the context's year
    Column("year_cue", Text),
    Column("region", String(6)),                # the context's region (subject)
    Column("region_name", Text),
    Column("kind", Text),                       # the context's kind: results/targets/mixed
    Column("context", Text),                    # the context record, JSON
    Column("text_ref", Text),                   # the TextRef record, JSON
    Column("extractors", Text),                 # JSON list
    Column("warnings", Text),                   # JSON list
    Column("plantrack_version", Text),
    UniqueConstraint("path", "sha256", name="documents_path_sha256"),
)
Index("documents_current_path", documents.c.current, documents.c.path)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("kind", String(6), nullable=False),  # target | result
    Column("region", String(6)),
    Column("region_name", Text, nullable=False),
    Column("indicator", Text, nullable=False),
    Column("indicator_label", Text),
    Column("measure", String(8), nullable=False),
    Column("value", Float, nullable=False),
    Column("value_high", Float),
    Column("value_exact", Text, nullable=False),
    Column("value_high_exact", Text),
    Column("unit", Text, nullable=False),
    Column("comparator", String(7), nullable=False),
    Column("approximate", Boolean, nullable=False),
    Column("period", Text),                     # FACTS.md notation: 2024, 2023H1, 2021..2025
    Column("period_start", String(7)),          # YYYY-MM
    Column("period_end", String(7)),
    Column("per", String(4)),
    Column("modality", String(6)),
    Column("uncertain", Text),                  # JSON list
    Column("quote", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)
Index("facts_key", facts.c.region, facts.c.indicator, facts.c.measure)
Index("facts_document", facts.c.document_id)

projects = Table(
    "projects", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("name", Text, nullable=False),
    Column("region", String(6)),
    Column("region_name", Text),
    Column("investment", Float),
    Column("investment_exact", Text),
    Column("investment_comparator", String(7)),
    Column("status", Text, nullable=False),
    Column("quote", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)
Index("projects_document", projects.c.document_id)

MIGRATIONS_TABLE = Table(
    "plantrack_migrations", MetaData(),
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(32), nullable=False),
)


def _m001_initial(connection: Connection) -> None:
    # The tables as first released. A later migration changes them with ALTER TABLE
    # and the definitions above follow it, so that a new database and a migrated one
    # end up alike.
    metadata.create_all(connection, tables=[documents, facts, projects])


#: Applied in order; each runs once per database, in the transaction that records it.
MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("001_initial", _m001_initial),
)
