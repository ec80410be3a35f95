"""The ``plantrack`` command: a click group, one short function per command.

Each command parses its options, calls the library and hands the result to a reporter
or a renderer in :mod:`plantrack.cli_render`. Errors are one line on stderr naming the
file or argument, with a non-zero exit (2 for a usage error, before any file is read);
in a batch a bad file is reported and the others still go through. ``--help`` and
``--version`` build no plugin registry: it is built by the first command that needs it.
Plugins add commands through the ``register_commands`` hook, as llm's and datasette's do.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from plantrack import cliparams
from plantrack.cli_store import utf8_streams
from plantrack.errors import PlantrackError, UsageError
from plantrack.names import escaped, unreadable_names_escaped
from plantrack.output import Terminated, output_error, record_sink, stopped_by_signals, write_out

__all__ = ["cli", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMPLETE_VAR = "_PLANTRACK_COMPLETE"
_warned: set[str] = set()  # plugins already named as broken in this run


def _error(message: str) -> None:
    sys.stderr.write(f"plantrack: error: {escaped(message)}\n")


def _console() -> Any:
    from plantrack.cli_render import console

    return console()


def _emit(rendered: Any) -> None:
    if isinstance(rendered, str):
        write_out(rendered)
        return
    try:
        _console().print(rendered)
        sys.stdout.flush()
    except OSError as exc:
        raise output_error(exc) from None


def _registry() -> Any:
    """The process-wide registry, and one warning per broken plugin per run."""
    from plantrack.plugins import get_registry

    registry = get_registry()
    for name, error in registry.errors.items():
        _warn_broken(name, error)
    return registry


def _warn_broken(name: str, error: str) -> None:
    if name not in _warned:
        _warned.add(name)
        sys.stderr.write(f"plantrack: warning: plugin {name!r} failed to load and is "
                         f"skipped: {escaped(error)} (see `plantrack plugins`)\n")


_SUFFIX_FORMATS = {"md": "markdown", "htm": "html", "txt": "rich"}


def _reporter(name: str | None, registry: Any, output: Path | None = None) -> Any:
    """The reporter ``--format`` names; without one, the one the suffix of ``-o FILE``
    names (``card.csv``: csv, ``card.md``: markdown), else rich."""
    if name is None:
        suffix = output.suffix.lower().removeprefix(".") if output is not None else ""
        suffix = _SUFFIX_FORMATS.get(suffix, suffix)
        name = suffix if suffix in registry.reporters else "rich"
    reporter = registry.reporters.get(name) or registry.reporters.get(name.lower())
    if reporter is None:
        raise UsageError(f"unknown format {name!r}; choose from "
                         f"{', '.join(sorted(registry.reporters))}")
    return reporter


def _region(text: str | None, registry: Any) -> str | None:
    """The code of the region a user named (通州区 with its parent, pinyin, a code)."""
    if not text:
        return None
    from plantrack.api import resolve_region

    return resolve_region(text, registry).code


def _options(paths: Sequence[Path] = (), **extra: Any) -> Any:
    """What reporters may use: the console's width and colour, the source files, the
    indicators' Chinese names."""
    from plantrack.api import indicator_names
    from plantrack.components import ReportOptions

    console = _console()
    return ReportOptions(width=console.width, color=console.is_terminal and not console.no_color,
                         extra={"paths": [str(p) for p in paths], **extra},
                         indicator_names=indicator_names(_registry()))


def _extract_all(paths: Sequence[Path], load: dict[str, Any], *, year: int | None,
                 region: str | None, registry: Any, db: str | None = None,
                 stored: bool = False, quiet: bool = False,
                 each: Callable[[Any], None] | None = None) -> tuple[list[Any], int]:
    """Extract every file (saved extractions are read back; with ``db``, through the
    store, and with ``stored`` every stored document too: see
    :func:`plantrack.cli_store.gather_for`); report each failure on its own line as it
    happens, go on. ``each`` takes every extraction as its file finishes (then none is
    kept)."""
    from plantrack.cli_store import gather_for
    from plantrack.components import LoadOptions
    from plantrack.model import Failure

    extractions, failures, read = [], 0, 0
    options = LoadOptions(encoding=load["encoding"], max_bytes=load["max_size"])
    for outcome in gather_for(paths, db=db, stored=stored, quiet=quiet, year=year,
                              region=region, registry=registry, options=options,
                              jobs=load["jobs"]):
        if isinstance(outcome, Failure):
            _error(str(outcome))
            failures += 1
            continue
        read += 1
        if each is None:
            extractions.append(outcome)
        else:
            each(outcome)
        _warn_undated(outcome)
    total = read + failures
    if failures and total > 1:
        sys.stderr.write(f"plantrack: {read} of {total} files read; "
                         f"{failures} failed (listed above)\n")
    return extractions, failures


def _warn_undated(extraction: Any) -> None:
    """One line for a document whose year nothing decided: its facts are kept undated
    (a fact without a region is flagged in the output, as FACTS.md allows)."""
    name = extraction.text.source if extraction.text and extraction.text.source else (
        extraction.document)
    undated = sum(1 for fact in extraction.facts if fact.period is None)
    if undated:
        sys.stderr.write(f"plantrack: warning: {name}: no year found; {undated} "
                         f"fact{'s' if undated > 1 else ''} kept without a period (give "
                         f"--year YEAR, or a \"published\" date in {name}.meta.json)\n")


def parse_size(text: str) -> int:
    """``50M``, ``200MB``, ``1G``, ``4096`` → bytes (KiB-based units); ValueError if not."""
    return cliparams.parse_size(text)


_PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path),
                        metavar="FILE|DIR|-...")


# --- The group --------------------------------------------------------------------------


class PlantrackGroup(click.Group):
    """Built-in commands first; plugins' commands (``register_commands``) loaded only
    when a name is not built in, or when the commands are listed (``--help``)."""

    _plugins_loaded = False

    def _load_plugin_commands(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        from plantrack.plugins import get_plugin_manager, import_errors

        pm = get_plugin_manager(builtins=False)
        for name, error in import_errors(pm).items():
            _warn_broken(name, error)
        pm.hook.register_commands(cli=self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            self._load_plugin_commands()
        return super().get_command(ctx, cmd_name)


@click.group(cls=PlantrackGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"],
                               "max_content_width": 100})
@click.version_option(package_name="plantrack", prog_name="plantrack",
                      message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Track Chinese government plan targets against reported results.

    \b
    plantrack extract report.txt   targets, results, projects
    plantrack scorecard reports/   targets against results
    plantrack show report.txt      the text spans index
    plantrack COMMAND --help       a command's options
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command(short_help="Targets, results and projects in files.")
@_PATHS
@click.option("--region", metavar="REGION",
              help="The region the documents are about: a name as written, with its "
                   "parent, in pinyin or English, or a code (320612).")
@cliparams.db_option("Read stored documents from the database and store new ones; alone, "
                     "list every stored document")
@cliparams.output_options
@cliparams.batch_options
def extract(*, paths: tuple[Path, ...], region: str | None, db: str | None,
            output: Path | None, quiet: bool, format_: str | None, year: int | None,
            **load: Any) -> int:
    """Every target, result and project in FILEs and folders (recursively); - reads
    standard input. Saved extractions (.json, .jsonl) are read back."""
    from plantrack.cli_store import Output

    if not paths and db is None:
        raise click.UsageError("give at least one FILE, DIR or - (standard input)")
    registry = _registry()
    reporter = _reporter(format_, registry, output)
    code = _region(region, registry)
    with Output(output, reporter.name) as out:
        sink = record_sink(reporter, _options(paths), out.emit, out.write)
        try:
            _, failures = _extract_all(paths, load, year=year, region=code,
                                       registry=registry, db=db, stored=not paths,
                                       quiet=quiet, each=sink.add)
        finally:  # also on Ctrl-C: what was read is written, a JSON array closed
            sink.close()
    return EXIT_FAILED if failures else EXIT_OK


@cli.command(short_help="Targets against results.")
@_PATHS
@click.option("--region", metavar="REGION",
              help="Only this region and the regions within it: a name as written, "
                   "with its parent, in pinyin or English, or a code (320612).")
@click.option("--period", type=cliparams.PERIOD,
              help="Only targets for this period: 2023, 2023H1, 2021..2025, or a "
                   "five-year plan's Chinese name.")
@click.option("--status", multiple=True, metavar="STATUS",
              help="Only rows with this status (met, on_track, at_risk, behind, missed, "
                   "no_result, not_comparable); repeatable.")
@click.option("--brief/--full", default=None,
              help="Footnotes only for rows with something to say (default on a "
                   "terminal), or for every row.")
@cliparams.db_option("Score every document in the database (files given are stored first)")
@cliparams.output_options
@cliparams.batch_options
def scorecard(*, paths: tuple[Path, ...], region: str | None, period: str | None,
              status: tuple[str, ...], brief: bool | None, db: str | None,
              output: Path | None, quiet: bool, format_: str | None, year: int | None,
              **load: Any) -> int:
    """Targets against results across FILEs (documents or saved extractions; default:
    the bundled seed documents, or with --db the database)."""
    from plantrack.api import scorecard as build
    from plantrack.api import seed_paths
    from plantrack.cli_store import Output

    registry = _registry()
    reporter = _reporter(format_, registry, output)
    code = _region(region, registry)
    statuses = _statuses(status)
    inputs = list(paths) or ([] if db is not None else seed_paths())
    if not inputs and db is None:
        raise UsageError("no input given and no bundled seed documents found")
    with Output(output, reporter.name) as out:
        extractions, failures = _extract_all(inputs, load, year=year, region=None,
                                            registry=registry, db=db, stored=True,
                                            quiet=quiet)
        if failures and not extractions:
            return EXIT_FAILED  # nothing read: the errors above say why, not "no targets"
        card = build(extractions, region=code, period=period, status=statuses,
                     registry=registry)
        if brief is None:
            brief = _console().is_terminal
        out.emit(reporter.report_scorecard(card, _options(inputs, brief=brief)))
    return EXIT_FAILED if failures else EXIT_OK


def _statuses(given: tuple[str, ...]) -> list[str] | None:
    from plantrack.track.status import STATUSES

    wanted = [s.strip().lower().replace(" ", "_").replace("-", "_") for s in given]
    for status in wanted:
        if status not in STATUSES:
            raise UsageError(f"--status: unknown status {status!r}; choose from "
                             f"{', '.join(STATUSES)}")
    return wanted or None


def _commands_from_modules() -> None:
    """Commands kept in their own modules (the group stays small)."""
    from plantrack import cli_check, cli_info, cli_store

    for command in (*cli_check.COMMANDS, *cli_info.COMMANDS, *cli_store.COMMANDS):
        cli.add_command(command)


_commands_from_modules()


# --- Running ----------------------------------------------------------------------------


def _a_write_error(exc: OSError) -> bool:
    return isinstance(exc, BrokenPipeError) or exc.errno in (
        errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE)


def _usage_message(exc: click.UsageError) -> str:
    """One line: ``--year: 3000 is not a year in 1949..2100``."""
    if isinstance(exc, click.BadParameter) and exc.param is not None and \
            not isinstance(exc, click.MissingParameter):  # that one names it in its message
        name = (exc.param.opts[-1] if isinstance(exc.param, click.Option)
                else (exc.param.name or "argument").upper())
        return f"{name}: {exc.message.removesuffix('.')}"
    command = exc.ctx.command_path if exc.ctx is not None else "plantrack"
    message = exc.format_message().rstrip(".")
    return f"{message[:1].lower()}{message[1:]} (see `{command} --help`)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); the exit code."""
    if argv is None and COMPLETE_VAR in os.environ:  # shell completion, done by click
        cli.main(prog_name="plantrack", complete_var=COMPLETE_VAR)
    args = sys.argv[1:] if argv is None else list(argv)
    utf8_streams()
    unreadable_names_escaped()
    try:
        with stopped_by_signals():
            with cli.make_context("plantrack", args) as ctx:
                code: int = cli.invoke(ctx) or EXIT_OK
            write_out("")  # flush: a write error is reported here, not at exit
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        _error(_usage_message(exc))
        return EXIT_USAGE
    except click.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except PlantrackError as exc:
        _error(str(exc))
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FAILED
    except OSError as exc:
        if not _a_write_error(exc):
            raise
        _error(str(output_error(exc)))  # a write outside the record sink (a table)
        return EXIT_FAILED
    except Terminated:
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    return code


def run() -> None:
    """The console script: ``sys.exit(main())``."""
    sys.exit(main())


if __name__ == "__main__":
    run()
