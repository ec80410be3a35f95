"""Where the database is: ``--db``, else ``$PLANTRACK_DB``, else one file in the user's
data folder (``platformdirs.user_data_path("plantrack") / "plantrack.db"``: on Linux
``~/.local/share/plantrack/plantrack.db``)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENV_VAR", "database_url", "default_path"]

ENV_VAR = "PLANTRACK_DB"


def default_path() -> Path:
    """The database file used when neither ``--db`` nor ``$PLANTRACK_DB`` says."""
    from platformdirs import user_data_path

    return user_data_path("plantrack", appauthor=False) / "plantrack.db"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for ``db`` (a path or a URL), ``$PLANTRACK_DB`` or the default.

    A path becomes ``sqlite:///`` with its folder created; ``postgresql://`` (no driver
    named) uses psycopg 3."""
    value = os.fspath(db) if db else os.environ.get(ENV_VAR) or os.fspath(default_path())
    if "://" in value:
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    path = Path(value).expanduser().absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
