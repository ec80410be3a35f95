"""Every plantrack hook, in the order the pipeline meets them.

A plugin is a module or object with functions marked ``@hookimpl`` whose names are the
hook names below. Built-in components register through exactly these hooks (see
``plantrack.plugins.DEFAULT_PLUGINS``); third-party ones are found through the
``plantrack`` entry-point group.

Components are contributed through a ``register`` callback, as in ``llm``: the core
checks each one (the right methods, a unique name) and refuses a duplicate with a clear
message, naming the plugin. None of these hooks is ``firstresult``: every plugin is asked.
``register_commands`` adds commands to the command line (llm's and datasette's hook).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from plantrack.components import Extractor, Loader, Reporter
    from plantrack.model import Indicator, Region

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("plantrack")
hookimpl = pluggy.HookimplMarker("plantrack")


# --- Loading: turning files into Documents ------------------------------------------


@hookspec
def register_loaders(register: Callable[[Loader], None]) -> None:
    """Contribute document readers.

    Called once, when the registry is built (the first ``extract``/``scorecard`` call or
    CLI command). Call ``register(loader)`` for each :class:`plantrack.components.Loader`:
    an object with ``name``, ``suffixes`` (e.g. ``(".txt",)``),
    ``load(path, options: LoadOptions) -> Document`` and optionally
    ``sniff(head: bytes) -> bool``. A loader that sniffs a file's first bytes reads it;
    else the one whose suffixes match (for a suffix claimed twice, the plugin registered
    last wins). Returns nothing.
    """


# --- Catalogues: what can be tracked, and where ---------------------------------------


@hookspec
def register_indicators(register: Callable[[Indicator], None]) -> None:
    """Contribute indicator definitions to the catalogue.

    Called once, when the catalogue is built. Call ``register(indicator)`` for each
    :class:`plantrack.model.Indicator`. An id registered twice is refused with an error
    naming both plugins. Returns nothing.
    """


@hookspec
def register_regions(register: Callable[[Region], None]) -> None:
    """Contribute administrative divisions to the gazetteer.

    Called once, when the gazetteer is built. Call ``register(region)`` for each
    :class:`plantrack.model.Region` (GB/T 2260 code, name, level, parent, aliases). A code
    registered again replaces the earlier entry's aliases with the union of both, so a
    plugin can add short forms or town-level places to a built-in county. Returns nothing.
    """


# --- Extracting: finding goals, results and projects in text --------------------------


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Contribute extractors, one per source style.

    Called once, when the registry is built. Call ``register(extractor)`` for each
    :class:`plantrack.components.Extractor`: an object with ``name``, ``description``,
    ``detect(doc) -> float`` (0 = not this style, 1 = certainly this style, computed from
    the text's features) and ``extract(doc) -> Iterable[Goal | Result | Project]``, where
    ``doc`` is a :class:`plantrack.text.prepare.PreparedDocument` (the original, the
    cleaned ``text`` and the fact reader's ``reading`` text, each quoted exactly through
    ``provenance`` / ``reading_provenance``; sections, document context). Per section,
    the engine runs, best first, every extractor whose score is at least
    ``plantrack.extract.engine.MIN_STYLE_SCORE`` or that sets ``always_run = True``
    (the built-in ``generic`` and ``projects`` do);
    two readings of one quantity keep the better-scoring extractor's, and restatements
    are kept once. An extractor may also define ``claims(doc) -> Iterable[tuple[int,
    int]]``: original-text spans of the section only it reads (the built-in ``table``
    extractor claims its tables); the other extractors' facts whose number stands in
    one are dropped. Returns nothing.
    """


# --- Reporting: rendering extractions and scorecards ----------------------------------


@hookspec
def register_reporters(register: Callable[[Reporter], None]) -> None:
    """Contribute output formats.

    Called once, when the registry is built. Call ``register(reporter)`` for each
    :class:`plantrack.components.Reporter`: an object with ``name`` (what ``--format``
    selects), ``description``, ``report_extractions(extractions, options)`` and
    ``report_scorecard(card, options)``, each returning ``str`` (written as is) or a Rich
    renderable (printed on the invocation's console). Returns nothing.
    """


# --- The command line ------------------------------------------------------------------


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to the ``plantrack`` command line, as llm's and datasette's hook does.

    Called once per run, and only when a command that is not built in is asked for or
    the commands are listed (``plantrack --help``): a plugin's module is imported then,
    its registry components are not built. ``cli`` is the top-level :class:`click.Group`;
    add to it with ``@cli.command()`` or ``cli.add_command(...)``. A command returns
    its exit code (or None for 0) and raises ``plantrack.UsageError`` for a bad
    argument (exit 2, one line). A name already taken is replaced, so choose one no
    built-in command uses. Returns nothing.

    Example::

        @hookimpl
        def register_commands(cli):
            @cli.command()
            @click.argument("text")
            def count(text):
                "Print how many facts TEXT holds."
                click.echo(len(plantrack.extract(text, year=2023).facts))
    """
