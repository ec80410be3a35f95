"""``plantrack add``: files into the store, skipping what it already holds.

Each file's bytes (and its ``.meta.json`` sidecar's, which change its metadata) are
hashed first; a (path, hash) the store has is not read again. The others are extracted
(in worker processes with ``jobs``) and stored as each is done, one transaction each,
so an interrupted run keeps every document it finished.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from attrs import frozen

from plantrack.api import extract_named, resolve_region, walk_named
from plantrack.components import LoadOptions
from plantrack.errors import InputError
from plantrack.load.files import STDIN, read_bytes
from plantrack.load.meta import sidecar_path
from plantrack.model import Extraction, Failure, Region
from plantrack.plugins import Registry, get_registry
from plantrack.store.store import Store

__all__ = ["Added", "add_paths", "content_hash"]


@frozen
class Added:
    """What became of one file: stored (``added``, or ``replaced`` an older version),
    already there (``unchanged``), or not read (``failed``, with the Failure)."""

    path: str
    status: Literal["added", "replaced", "unchanged", "failed"]
    extraction: Extraction | None = None
    failure: Failure | None = None


def content_hash(path: Path, options: LoadOptions | None = None) -> str:
    """SHA-256 of the file's bytes, and of its sidecar's when it has one."""
    options = options or LoadOptions()
    digest = hashlib.sha256(read_bytes(path, options))
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        digest.update(b"\x00sidecar\x00" + sidecar.read_bytes())
    return digest.hexdigest()


def add_paths(store: Store, paths: Iterable[Path], *, year: int | None = None,
              region: str | Region | None = None, registry: Registry | None = None,
              options: LoadOptions | None = None, jobs: int = 1,
              keep: bool = False) -> Iterator[Added]:
    """Store every file under ``paths`` that the store lacks, one outcome per file in
    order. ``keep`` also loads the stored extraction of unchanged files (for a command
    that goes on to report them)."""
    registry = registry or get_registry()
    if isinstance(region, str):
        region = resolve_region(region, registry)
    plan: list[tuple[Path, str, str | Failure]] = []
    for path, name in walk_named(paths):
        if not isinstance(path, Path):  # what the walk could not read (a FIFO, a folder)
            plan.append((Path(path.source), path.source, Failure.of(path)))
            continue
        if path == STDIN:
            plan.append((path, name, Failure(name, "unsupported",
                                             "standard input cannot be stored: save it to "
                                             "a file and add that")))
            continue
        try:
            digest: str | Failure = content_hash(path, options)
        except InputError as exc:
            digest = Failure.of(exc)
        plan.append((path, name, digest))
    todo = [(path, name) for path, name, digest in plan
            if isinstance(digest, str) and not store.has(name, digest)]
    fresh = extract_named(todo, year, region, registry, options, jobs=jobs)
    pending = {name for _, name in todo}
    for _, name, digest in plan:
        if isinstance(digest, Failure):
            yield Added(name, "failed", failure=digest)
        elif name not in pending:
            stored = store.extractions([name]) if keep else []
            yield Added(name, "unchanged", stored[0] if stored else None)
        else:
            outcome = next(fresh)
            if isinstance(outcome, Failure):
                yield Added(name, "failed", failure=outcome)
            else:
                yield Added(name, store.put(outcome, path=name, sha256=digest), outcome)
