"""The database of documents, facts and projects (``plantrack add``, ``--db``): SQLite by
default, PostgreSQL through a URL. See docs/database.md.

Needs the ``db`` extra (SQLAlchemy, platformdirs); importing this package does not load
SQLAlchemy, opening a store does.
"""

from plantrack.store.adding import Added, add_paths, content_hash
from plantrack.store.location import ENV_VAR, database_url, default_path
from plantrack.store.store import PutStatus, Store, StoreError, StoreSummary, open_store

__all__ = [
    "ENV_VAR",
    "Added",
    "PutStatus",
    "Store",
    "StoreError",
    "StoreSummary",
    "add_paths",
    "content_hash",
    "database_url",
    "default_path",
    "open_store",
]
