"""The Python API: load → normalise → extract → link → score, one call per step.

>>> from plantrack import extract
>>> extraction = extract("上半年，南通市通州区实现地区生产总值880.5亿元。", year=2023)
>>> [str(f.quantity.value) for f in extraction.results]
['88050000000.0']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from plantrack.catalog import Catalog
from plantrack.errors import InputError, UsageError
from plantrack.extract.engine import run_extractors
from plantrack.model import Document, Extraction, Region
from plantrack.plugins import Registry, get_registry
from plantrack.text.prepare import prepare

if TYPE_CHECKING:
    from plantrack.track.scorecard import Scorecard

__all__ = [
    "catalog_of",
    "expand_paths",
    "extract",
    "load_document",
    "resolve_region",
    "scorecard",
    "seed_paths",
]

TEXT_NAME = "<text>"


def catalog_of(registry: Registry | None = None) -> Catalog:
    """The indicators and gazetteer of ``registry`` (default: the installed plugins)."""
    return (registry or get_registry()).catalog


def resolve_region(name_or_code: str, registry: Registry | None = None) -> Region:
    """The one region a user means by a name or code; UsageError if none or ambiguous."""
    found = catalog_of(registry).gazetteer.lookup(name_or_code)
    if not found:
        raise UsageError(f"unknown region: {name_or_code!r} (try `plantrack regions`)")
    if len(found) > 1:
        options = ", ".join(f"{r.full_name or r.name} ({r.code})" for r in found)
        raise UsageError(f"ambiguous region {name_or_code!r}: {options}; give the code")
    return found[0]


def load_document(path: Path, registry: Registry | None = None) -> Document:
    """Read one file with the loader registered for its suffix."""
    registry = registry or get_registry()
    if not path.exists():
        raise InputError(str(path), "no such file")
    loader = registry.loader_for(path.suffix)
    if loader is None:
        known = sorted({s for ld in registry.loaders.values() for s in ld.suffixes if s})
        raise InputError(str(path), f"no loader for {path.suffix!r} files "
                                    f"(known: {', '.join(known)})")
    return loader.load(path)


def extract(source: str | Path | Document, *, year: int | None = None,
            region: str | Region | None = None,
            registry: Registry | None = None) -> Extraction:
    """Every goal, result and project in ``source``.

    ``source`` is the text itself (a ``str``), a file to load (a ``Path``) or a
    :class:`Document`. ``year`` is the year the document is written in (else its
    metadata, else cues in the text); ``region`` (a name, a code or a Region) is the
    region it is about, when the text alone does not say.
    """
    registry = registry or get_registry()
    match source:
        case Document():
            document = source
        case Path():
            document = load_document(source, registry)
        case str():
            document = Document(name=TEXT_NAME, text=source)
        case _:
            raise TypeError(f"extract() takes str, Path or Document, not {type(source)}")
    if isinstance(region, str):
        region = resolve_region(region, registry)
    elif region is None and document.region:
        region = catalog_of(registry).gazetteer.get(document.region)
    prepared = prepare(document, year=year, catalog=catalog_of(registry), region=region)
    return run_extractors(prepared, registry.extractors)


def expand_paths(paths: Iterable[Path], registry: Registry | None = None) -> Iterator[Path]:
    """Files as given, and for a folder every file in it a loader reads, sorted."""
    registry = registry or get_registry()
    suffixes = {s for ld in registry.loaders.values() for s in ld.suffixes if s}
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir()
                              if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path


def seed_paths() -> list[Path]:
    """The bundled seed documents (package data in a wheel, ``seeds/`` in a checkout)."""
    packaged = resources.files("plantrack").joinpath("_seeds")
    if packaged.is_dir():
        return sorted(Path(str(p)) for p in packaged.iterdir() if p.name.endswith(".txt"))
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    return sorted(checkout.glob("*.txt"))


def scorecard(extractions: Sequence[Extraction], *, region: str | None = None,
              period: str | None = None, status: str | Sequence[str] | None = None,
              registry: Registry | None = None) -> Scorecard:
    """Link targets with results across ``extractions`` and score every target."""
    from plantrack.track.scorecard import build_scorecard

    catalog = catalog_of(registry)
    region_code = resolve_region(region, registry).code if region else None
    statuses = [status] if isinstance(status, str) else status
    return build_scorecard(extractions, catalog=catalog, region=region_code,
                           period=period, statuses=statuses)
