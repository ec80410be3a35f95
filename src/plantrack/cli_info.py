"""The commands that describe plantrack itself: ``plugins``, ``install``, ``uninstall``,
``indicators`` and ``regions``. Kept out of :mod:`plantrack.cli` to keep it small."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import click

from plantrack.errors import UsageError

__all__ = ["COMMANDS"]


def _print(renderable: Any) -> None:
    from plantrack.cli import _emit

    _emit(renderable)


@click.command(short_help="Installed plugin packages.")
@click.option("--all", "show_all", is_flag=True,
              help="Also list plantrack's built-in plugins, and optional readers whose "
                   "library is missing.")
@click.option("--json", "as_json", is_flag=True,
              help="One record per plugin module, machine-readable.")
def plugins(show_all: bool, as_json: bool) -> int:
    """Installed plugin packages: version, hooks, what each provides."""
    from plantrack.plugin_list import packages
    from plantrack.plugins import build_registry, get_plugin_manager, plugin_infos

    pm = get_plugin_manager()
    infos = plugin_infos(pm, build_registry(pm))
    listed = [p for p in packages(infos) if show_all or not p.builtin]
    if as_json:
        from plantrack.report.json import dumps

        records = [{
            "name": i.name, "package": package.name, "version": i.version,
            "origin": i.origin, "entry_point": i.entry_point, "hooks": list(i.hooks),
            "provides": {kind: (names if show_all or len(names) <= 5 else len(names))
                         for kind, names in i.provided().items()},
            "broken": i.broken, "error": i.error,
        } for package in listed for i in package.plugins]
        sys.stdout.write(dumps(records) + "\n")
        return 0
    from plantrack.cli_render import packages_table

    if listed:
        _print(packages_table(listed, show_all))
    else:
        sys.stdout.write("No plugins installed (`plantrack install PACKAGE` adds one; "
                         "`--all` lists the built-ins).\n")
    return 0


def _pip(*args: str) -> int:
    """pip in plantrack's own environment: where a pipx or ``uv tool`` install lives."""
    command = [sys.executable, "-m", "pip", *args]
    try:
        return subprocess.run(command, check=False).returncode
    except OSError as exc:
        raise UsageError(f"cannot run pip ({sys.executable} -m pip): {exc.strerror}"
                         ) from None


@click.command(short_help="Install plugins with pip.")
@click.argument("packages", nargs=-1, required=True)
@click.option("-U", "--upgrade", is_flag=True, help="Upgrade the packages to the latest.")
@click.option("-e", "--editable", metavar="PATH", help="Install a plugin being developed.")
def install(packages: tuple[str, ...], upgrade: bool, editable: str | None) -> int:
    """Install plugin PACKAGES into plantrack's own environment (pip)."""
    args = ["install", *packages]
    if upgrade:
        args.append("--upgrade")
    if editable:
        args += ["--editable", editable]
    return 0 if _pip(*args) == 0 else 1


@click.command(short_help="Uninstall plugins with pip.")
@click.argument("packages", nargs=-1, required=True)
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
def uninstall(packages: tuple[str, ...], yes: bool) -> int:
    """Uninstall PACKAGES from plantrack's own environment (pip)."""
    return 0 if _pip("uninstall", *packages, *(["-y"] if yes else [])) == 0 else 1


@click.command(short_help="The indicator catalogue.")
def indicators() -> int:
    """The indicator catalogue: id, name, kind, unit, aliases."""
    from plantrack.api import catalog_of
    from plantrack.cli import _registry
    from plantrack.cli_render import indicators_table

    _print(indicators_table(list(catalog_of(_registry()).indicators.values())))
    return 0


@click.command(short_help="Regions, their children, obsolete codes.")
@click.argument("query", required=False, metavar="[NAME|CODE]")
def regions(query: str | None) -> int:
    """Provinces; or the region NAME or CODE names, and the regions within it.

    NAME may be the official name, a short form, either with its parent before it
    (to tell two places of one name apart), pinyin (Nantong) or English (Inner
    Mongolia). Obsolete codes are marked."""
    from plantrack.api import catalog_of
    from plantrack.catalog.find import find_regions
    from plantrack.cli import _registry
    from plantrack.cli_render import regions_table

    gazetteer = catalog_of(_registry()).gazetteer
    if not query:
        top = [r for r in gazetteer.by_code.values() if r.level in ("country", "province")]
        _print(regions_table(top, gazetteer))
        return 0
    found = find_regions(gazetteer, query)
    if not found:
        raise UsageError(f"unknown region: {query!r} (try `plantrack regions`)")
    _print(regions_table(found, gazetteer, title=f"regions: {query}"))
    if len(found) == 1:
        (region,) = found
        retired = [r for r in gazetteer.retired.values() if r.region.parent == region.code]
        children = gazetteer.children(region.code)
        if children or retired:
            _print(regions_table(children, gazetteer, retired,
                                 title=f"within {region.name} ({region.code})"))
    return 0


COMMANDS = (plugins, install, uninstall, indicators, regions)
