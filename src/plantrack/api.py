"""The Python API: load → normalise → extract → link → score, one call per step.

>>> from plantrack import extract
>>> extraction = extract("上半年，南通市通州区实现地区生产总值880.5亿元。", year=2023)
>>> [str(f.quantity.value) for f in extraction.results]
['88050000000.0']
"""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import evolve

from plantrack.bounds import check_year
from plantrack.catalog import Catalog
from plantrack.components import Loader, LoadOptions
from plantrack.errors import InputError, UsageError, describe
from plantrack.extract.engine import first_statements, run_extractors
from plantrack.load.files import STDIN, STDIN_NAME, document_name, read_head, read_stdin, walk
from plantrack.load.meta import apply_sidecar
from plantrack.load.sniff import binary_format
from plantrack.model import (
    Decision,
    Document,
    Extraction,
    Failure,
    Goal,
    Provenance,
    Region,
    Result,
)
from plantrack.plugins import Registry, get_registry, trace_exception
from plantrack.saved import is_saved, read_saved
from plantrack.text.prepare import prepare
from plantrack.text.segment import windows

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from plantrack.model import Measure
    from plantrack.track.history import History
    from plantrack.track.scorecard import Scorecard

__all__ = [
    "catalog_of",
    "extract",
    "extract_batch",
    "extract_named",
    "gather",
    "history",
    "indicator_names",
    "load_document",
    "piece_bounds",
    "resolve_region",
    "scorecard",
    "seed_paths",
    "walk_named",
    "walk_paths",
]

TEXT_NAME = "<text>"
SNIFF_BYTES = 4096  # what a loader's ``sniff`` sees of a file
#: Texts longer than this are read in pieces (memory stays bounded; no real report is
#: this long: a provincial work report is about 30,000 characters).
PIECE_CHARS = 200_000
PIECE_CUTS = ("\n", "。！？!?")  # where a piece may end, in order of preference
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def catalog_of(registry: Registry | None = None) -> Catalog:
    """The indicators and gazetteer of ``registry`` (default: the installed plugins)."""
    return (registry or get_registry()).catalog


def indicator_names(registry: Registry | None = None) -> dict[str, str]:
    """Every indicator id of ``registry``'s catalogue with its Chinese name, for reporters."""
    return {i.id: i.name for i in catalog_of(registry).indicators.values()}


def resolve_region(name_or_code: str, registry: Registry | None = None) -> Region:
    """The one region a user means by a name or code (南通市通州区, 320612, Nantong);
    UsageError if none or several."""
    from plantrack.catalog.find import find_regions

    gazetteer = catalog_of(registry).gazetteer
    found = find_regions(gazetteer, name_or_code)
    if not found:
        raise UsageError(f"unknown region: {name_or_code!r} (try `plantrack regions`)")
    if len(found) > 1:
        options = ", ".join(f"{r.full_name or r.name} ({r.code})" for r in found[:6])
        more = f" and {len(found) - 6} more" if len(found) > 6 else ""
        parent = gazetteer.parent(found[0])
        example = (f" ({parent.name}{found[0].name})"
                   if parent is not None and parent.level != "country" else "")
        raise UsageError(f"ambiguous region {name_or_code!r}: {options}{more}; give its "
                         f"parent too{example} or the code")
    return found[0]


def load_document(path: Path, registry: Registry | None = None,
                  options: LoadOptions | None = None) -> Document:
    """Read one file with the loader for its content or suffix, then its sidecar metadata.
    The path ``-`` (:data:`~plantrack.load.files.STDIN`) reads standard input.

    Raises :class:`InputError` (with its ``kind``) naming the file when it cannot be read.
    """
    registry = registry or get_registry()
    options = options or LoadOptions()
    if path == STDIN:
        return _load_stdin(registry, options)
    source = str(path)
    head = read_head(path, options, SNIFF_BYTES)
    loader = _loader_for(registry, source, path.suffix, head)
    return apply_sidecar(_load_with(loader, path, source, options), path)


def _loader_for(registry: Registry, source: str, suffix: str, head: bytes) -> Loader:
    """The loader for these first bytes or this suffix; InputError saying why none."""
    loader = registry.loader_for(suffix, head)
    if loader is None:
        what = binary_format(head) or ("NUL bytes" if b"\x00" in head else None)
        if what is not None:
            raise InputError(source, f"binary file ({what}), not a document", "binary")
        known = sorted({s for ld in registry.loaders.values() for s in ld.suffixes if s})
        raise InputError(source, f"unsupported file type {suffix or '(no suffix)'!r} "
                                 f"(loaders read: {', '.join(known)})", "unsupported")
    return loader


def _load_with(loader: Loader, path: Path, source: str, options: LoadOptions) -> Document:
    try:
        document = loader.load(path, options)
    except InputError:
        raise
    except Exception as exc:  # a plugin's bug must not stop a batch
        raise InputError(source, f"loader {loader.name!r} failed: {describe(exc)}",
                         "plugin_error") from exc
    return evolve(document, loader=document.loader or loader.name,
                  source=document.source or source)


def _load_stdin(registry: Registry, options: LoadOptions) -> Document:
    """Standard input, read by the loader its first bytes call for (text by default).
    Loaders read files, so the bytes are spooled to one named with a suffix the loader
    claims; errors and the document name standard input, never the spool."""
    data = read_stdin(options)
    loader = _loader_for(registry, STDIN_NAME, "", data[:SNIFF_BYTES])
    suffix = next((s for s in loader.suffixes if s), "")
    with tempfile.TemporaryDirectory(prefix="plantrack-") as folder:
        spool = Path(folder) / f"stdin{suffix}"
        spool.write_bytes(data)
        try:
            document = _load_with(loader, spool, STDIN_NAME, options)
        except InputError as exc:
            raise InputError(STDIN_NAME, exc.reason.replace(str(spool), STDIN_NAME),
                             exc.kind) from exc.__cause__
    return evolve(document, name=STDIN_NAME, source=STDIN_NAME)


def extract(source: str | Path | Document, *, year: int | None = None,
            region: str | Region | None = None,
            registry: Registry | None = None,
            options: LoadOptions | None = None) -> Extraction:
    """Every goal, result and project in ``source``.

    ``source`` is the text itself (a ``str``), a file to load (a ``Path``, read with
    ``options``) or a :class:`Document`. ``year`` is the year the document is written in
    (else its metadata, else cues in the text); ``region`` (a name, a code or a Region) is
    the region it is about, when the text alone does not say.

    A text longer than :data:`PIECE_CHARS` is read in pieces cut at line ends, so memory
    stays bounded whatever the size; every span still indexes the whole text.
    """
    check_year(year, "year")
    registry = registry or get_registry()
    match source:
        case Document():
            document = source
        case Path():
            document = load_document(source, registry, options)
        case str():
            document = Document(name=TEXT_NAME, text=source)
        case _:
            raise TypeError(f"extract() takes str, Path or Document, not {type(source)}")
    if isinstance(region, str):
        region = resolve_region(region, registry)
    elif region is None and document.region:
        region = catalog_of(registry).gazetteer.get(document.region)
    catalog = catalog_of(registry)
    pieces = piece_bounds(document.text, PIECE_CHARS)
    if len(pieces) == 1:
        extraction = run_extractors(
            prepare(document, year=year, catalog=catalog, region=region), registry.extractors)
    else:
        extraction = _extract_pieces(document, pieces, year, region, registry)
    return evolve(extraction, text=document.text_ref)


def _extract_pieces(document: Document, pieces: Sequence[tuple[int, int]],
                    year: int | None, region: Region | None,
                    registry: Registry) -> Extraction:
    """Extract each piece as a document of its own and shift its spans back into place.

    The first piece settles the year (as a one-piece document would: caller, metadata,
    publication date or cues) and the others are read as written in it.
    """
    parts: list[Extraction] = []
    settled: Decision | None = None
    for start, end in pieces:
        piece = evolve(document, text=document.text[start:end])
        prepared = prepare(piece, year=settled or year, catalog=catalog_of(registry),
                           region=region)
        settled = prepared.context.year
        parts.append(_shifted(run_extractors(prepared, registry.extractors), start))
    first = parts[0]
    facts, projects = first_statements((f for part in parts for f in part.facts),
                                       (p for part in parts for p in part.projects))
    return Extraction(
        document=document.name,
        goals=[f for f in facts if isinstance(f, Goal)],
        results=[f for f in facts if isinstance(f, Result)],
        projects=projects,
        year=first.year, year_cue=first.year_cue, context=first.context,
        extractors=list(dict.fromkeys(name for part in parts for name in part.extractors)),
        warnings=list(dict.fromkeys(w for part in parts for w in part.warnings)),
    )


def _shifted(extraction: Extraction, offset: int) -> Extraction:
    if not offset:
        return extraction

    def move(provenance: Provenance) -> Provenance:
        return evolve(provenance, start=provenance.start + offset,
                      end=provenance.end + offset)

    return evolve(
        extraction,
        goals=[evolve(g, provenance=move(g.provenance)) for g in extraction.goals],
        results=[evolve(r, provenance=move(r.provenance)) for r in extraction.results],
        projects=[evolve(p, provenance=move(p.provenance)) for p in extraction.projects])


def piece_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending at a line end
    (else a sentence end, else anywhere) in its second half; one piece if it fits."""
    return windows(text, 0, len(text), limit, cuts=PIECE_CUTS)


def walk_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and for a folder every file under it, recursively, sorted.

    Hidden files and folders (a name starting with ``.``) are skipped, and so are
    sidecars (``*.meta.json``: they belong to the file beside them). Every other regular
    file is yielded, readable or not, so that a batch can say why it did not read one;
    FIFOs, sockets and devices in a folder, and folders that cannot be listed, are left
    out (:func:`extract_batch` names them). Each real folder is entered once, however
    many symlinks lead to it.
    """
    for found in walk(paths):
        if isinstance(found, Path):
            yield found


def walk_named(paths: Iterable[Path]) -> Iterator[tuple[Path | InputError, str]]:
    """:func:`walk_paths` with the name each file's document takes: its relative path
    (:func:`plantrack.load.files.document_name`), never a bare file name; what the walk
    could not read (a FIFO, a folder that cannot be listed) as its InputError."""
    for given in paths:
        for found in walk([given]):
            yield found, (document_name(found, given) if isinstance(found, Path) else "")


def extract_batch(paths: Iterable[Path], *, year: int | None = None,
                  region: str | Region | None = None, registry: Registry | None = None,
                  options: LoadOptions | None = None, jobs: int = 1,
                  ) -> Iterator[Extraction | Failure]:
    """Extract every file under ``paths`` (see :func:`walk_paths`), one outcome per file
    in order: an :class:`Extraction`, or a :class:`Failure` saying in one line why not.
    One bad file never stops the others.

    ``jobs`` > 1 reads that many files at a time, each in a worker process with the
    installed plugins (so ``registry`` must be left out); 0 means one per CPU. The
    outcomes are the same, in the same order.
    """
    if jobs < 0:
        raise UsageError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if jobs != 1 and registry is not None:
        raise UsageError("jobs > 1 reads with the installed plugins: pass no registry")
    check_year(year, "year")
    registry = registry or get_registry()
    if isinstance(region, str):
        region = resolve_region(region, registry)
    yield from extract_named(walk_named(paths), year, region, registry, options, jobs=jobs)


def extract_named(named: Iterable[tuple[Path | InputError, str]], year: int | None,
                  region: Region | None, registry: Registry, options: LoadOptions | None,
                  *, jobs: int) -> Iterator[Extraction | Failure]:
    """:func:`extract_batch` over files already walked and named (see :func:`walk_named`)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for path, name in named:
            yield (_outcome(path, year, region, registry, options, name=name)
                   if isinstance(path, Path) else Failure.of(path))
    else:
        yield from _in_processes(list(named), year, region, options, jobs)


def gather(paths: Iterable[Path], *, year: int | None = None,
           region: str | Region | None = None, registry: Registry | None = None,
           options: LoadOptions | None = None, jobs: int = 1,
           ) -> Iterator[Extraction | Failure]:
    """Every extraction under ``paths``, in order: documents are extracted as
    :func:`extract_batch` does, and ``.json``/``.jsonl`` files written by ``plantrack
    extract`` are read back (:mod:`plantrack.saved`), so a scorecard or a history can mix
    both. A file that cannot be read is a :class:`Failure`, and the others go on."""
    check_year(year, "year")
    registry = registry or get_registry()
    if isinstance(region, str):
        region = resolve_region(region, registry)
    pending: list[tuple[Path | InputError, str]] = []
    for path, name in walk_named(paths):
        if not isinstance(path, Path) or not is_saved(path):
            pending.append((path, name))
            continue
        yield from extract_named(pending, year, region, registry, options, jobs=jobs)
        pending = []
        try:
            yield from read_saved(path)
        except InputError as exc:
            yield Failure.of(exc)
    yield from extract_named(pending, year, region, registry, options, jobs=jobs)


def _outcome(source: Path | Document, year: int | None, region: Region | None,
             registry: Registry, options: LoadOptions | None, *,
             name: str | None = None) -> Extraction | Failure:
    """One file's extraction (its document called ``name``), or the Failure saying why
    there is none."""
    try:
        if isinstance(source, Path) and name is not None and source != STDIN:
            source = evolve(load_document(source, registry, options), name=name)
        return extract(source, year=year, region=region, registry=registry, options=options)
    except InputError as exc:
        if exc.__cause__ is not None:
            trace_exception(exc.__cause__)
        return Failure.of(exc)
    except UsageError:
        raise
    except Exception as exc:  # an extractor plugin's bug: report it, go on
        trace_exception(exc)
        return Failure(source=_name(source), kind="plugin_error",
                       reason=f"extraction failed: {describe(exc)}")


def _outcome_in_worker(source: Path | Document, year: int | None, region: Region | None,
                       options: LoadOptions | None, name: str | None) -> Extraction | Failure:
    return _outcome(source, year, region, get_registry(), options, name=name)


def _in_processes(named: list[tuple[Path | InputError, str]], year: int | None,
                  region: Region | None,
                  options: LoadOptions | None, jobs: int) -> Iterator[Extraction | Failure]:
    """:func:`extract_batch`'s outcomes from ``jobs`` worker processes, in order.

    Standard input is read here (a worker's stdin is closed) and its Document sent
    over. A worker that dies (killed, out of memory) fails the file it was reading,
    and the files not yet read are read here, one by one."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    sources: list[Path | Document | Failure] = []
    names = [name for _, name in named]
    for path, _ in named:
        if isinstance(path, InputError):
            sources.append(Failure.of(path))
            continue
        if path != STDIN:
            sources.append(path)
            continue
        try:
            sources.append(load_document(STDIN, options=options))
        except InputError as exc:
            sources.append(Failure.of(exc))
    # The pool's threads and processes are started with SIGINT and SIGTERM blocked, so
    # that the signals reach the main thread alone (one that lands in a pool thread
    # leaves the main thread waiting: the deadlock) and workers set their own handling.
    masked = _STOP_SIGNALS & signal.valid_signals()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, masked)
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(sources) or 1),
                                   initializer=_worker_signals)
        futures: list[Future[Extraction | Failure] | Failure] = [
            s if isinstance(s, Failure) else
            pool.submit(_outcome_in_worker, s, year, region, options, name)
            for s, name in zip(sources, names, strict=True)]
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    try:
        broken = False
        for source, future, name in zip(sources, futures, names, strict=True):
            if isinstance(future, Failure):
                yield future
                continue
            assert not isinstance(source, Failure)
            try:
                yield _result(future)
            except BrokenProcessPool as exc:
                if broken:  # read here what the dead pool left unread
                    yield _outcome(source, year, region, get_registry(), options, name=name)
                else:
                    broken = True
                    yield Failure(source=_name(source), kind="plugin_error",
                                  reason=f"a worker process died reading it: {describe(exc)}")
    except BaseException:
        # Ctrl-C, SIGTERM, or the caller stopped reading: end the workers now rather than
        # wait for them (waiting is what deadlocked), and cancel what they had queued
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def _result(future: Future[Extraction | Failure]) -> Extraction | Failure:
    """``future``'s outcome, waited for in short steps: Ctrl-C may be delivered to one of
    the pool's threads, and only the main thread runs the handler, when it next wakes."""
    while True:
        try:
            return future.result(timeout=0.2)
        except TimeoutError:
            continue


def _worker_signals() -> None:
    """Ctrl-C reaches every process of the terminal's group: a worker leaves it to the
    main process (which ends the workers), and so prints no traceback of its own. SIGTERM
    (how the main process ends a worker) ends it at once, whatever handler it inherited."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # (read before shutdown, which drops the pool's reference to its manager thread)
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
    # the pool's manager thread closes its wake-up pipe as it ends; one still ending when
    # the interpreter exits races the exit hook writing to that pipe (a traceback on
    # stderr, CPython 3.11): let it end first
    if manager is not None:
        manager.join(timeout=1)
        # still ending on a loaded machine (seen once under a parallel load): the exit
        # hook's wake-up of it, redundant after shutdown's own, is what races the pipe's
        # closing; take it out of the hook's list (the interpreter still joins the thread)
        import concurrent.futures.process as pool_module

        wakeups = getattr(pool_module, "_threads_wakeups", None)
        if manager.is_alive() and wakeups is not None:
            wakeups.pop(manager, None)


def _name(source: Path | Document) -> str:
    return str(source) if isinstance(source, Path) else source.source or source.name


def seed_paths() -> list[Path]:
    """The bundled seed documents (package data in a wheel, ``seeds/`` in a checkout)."""
    packaged = resources.files("plantrack").joinpath("_seeds")
    if packaged.is_dir():
        return sorted(Path(str(p)) for p in packaged.iterdir() if p.name.endswith(".txt"))
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    return sorted(checkout.glob("*.txt"))


def history(extractions: Sequence[Extraction], *, region: str, indicator: str,
            measure: Measure | None = None, registry: Registry | None = None) -> History:
    """``region``'s ``indicator`` (one ``measure``, or all) over the years: a row per
    period with its target(s), result, status and sources (see docs/tracking.md)."""
    from plantrack.track.history import build_history

    code = resolve_region(region, registry).code
    return build_history(extractions, region=code, indicator=indicator, measure=measure,
                         catalog=catalog_of(registry))


def scorecard(extractions: Sequence[Extraction | Path], *, region: str | None = None,
              period: str | None = None, status: str | Sequence[str] | None = None,
              registry: Registry | None = None) -> Scorecard:
    """Link targets with results across ``extractions`` and score every target. A
    :class:`~pathlib.Path` among them is read and extracted first (InputError if it
    cannot be); anything else is a TypeError naming what was given."""
    from plantrack.track.scorecard import build_scorecard

    read: list[Extraction] = []
    for item in extractions:
        if isinstance(item, Path):
            read.append(extract(item, registry=registry))
        elif isinstance(item, Extraction):
            read.append(item)
        else:
            raise TypeError(f"scorecard() takes Extraction or Path items, not "
                            f"{type(item).__name__}: {item!r:.60}")
    extractions = read
    catalog = catalog_of(registry)
    region_code = resolve_region(region, registry).code if region else None
    statuses = [status] if isinstance(status, str) else status
    return build_scorecard(extractions, catalog=catalog, region=region_code,
                           period=period, statuses=statuses)
