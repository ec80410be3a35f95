"""What ``plantrack plugins`` shows: one record per installed package, not per hook module.

A user installs ``plantrack-html``, not an entry point called ``html``: the listing
groups the plugins pluggy knows by the distribution they came from, with its version,
the hooks they implement and what they provide, counted (``3,216 regions``). The
built-ins are the ``plantrack`` package's, listed with ``--all``, together with the
optional readers whose library is not installed. Records only: the CLI renders them.
"""

from __future__ import annotations

import importlib.util
from importlib import metadata

from attrs import frozen

from plantrack.plugins import ENTRY_POINT_GROUP, PluginInfo

__all__ = ["OPTIONAL_LIBRARIES", "Package", "packages", "provides_text"]

#: Built-in plugins that need an optional library: module -> (library, extra).
OPTIONAL_LIBRARIES: dict[str, tuple[str, str]] = {
    "plantrack.load.html": ("trafilatura", "html"),
    "plantrack.load.pdf": ("pypdf", "pdf"),
}


@frozen
class Package:
    """One installed distribution and the plugins it registered."""

    name: str  # the name pip knows: plantrack-html
    version: str | None
    plugins: tuple[PluginInfo, ...]
    builtin: bool = False
    missing: tuple[str, ...] = ()  # "html loader: needs trafilatura (pip install ...)"

    @property
    def hooks(self) -> tuple[str, ...]:
        return tuple(sorted({hook for p in self.plugins for hook in p.hooks}))

    @property
    def provided(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for plugin in self.plugins:
            for kind, names in plugin.provided().items():
                out.setdefault(kind, []).extend(names)
        return out

    @property
    def errors(self) -> list[str]:
        return [f"{p.name}: {p.error}" for p in self.plugins if p.error]


def provides_text(provided: dict[str, list[str]], names_up_to: int = 3) -> list[str]:
    """``["3,216 regions", "1 reporter (html)"]``: counts, with the names when few."""
    lines = []
    for kind, names in provided.items():
        noun = kind if len(names) == 1 else f"{kind}s"
        line = f"{len(names):,} {noun}"
        if len(names) <= names_up_to:
            line += f" ({', '.join(names)})"
        lines.append(line)
    return lines


def _distribution_of_entry_points() -> dict[str, tuple[str, str | None]]:
    """Entry-point name -> (distribution name, version)."""
    out: dict[str, tuple[str, str | None]] = {}
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.dist is not None:
            out[ep.name] = (ep.dist.metadata["Name"] or ep.name, ep.dist.version)
    return out


def _missing_libraries(infos: list[PluginInfo]) -> tuple[str, ...]:
    registered = {info.name for info in infos}
    out = []
    for module, (library, extra) in OPTIONAL_LIBRARIES.items():
        if module in registered and importlib.util.find_spec(library) is None:
            kind = module.rsplit(".", 1)[-1]
            out.append(f"{kind} loader: needs {library} "
                       f"(pip install 'plantrack[{extra}]')")
    return tuple(out)


def packages(infos: list[PluginInfo]) -> list[Package]:
    """The plugins grouped by distribution: built-ins first, then by name."""
    dists = _distribution_of_entry_points()
    groups: dict[str, list[PluginInfo]] = {}
    versions: dict[str, str | None] = {}
    builtin_version = None
    for info in infos:
        if info.origin == "builtin":
            key = "plantrack"
            builtin_version = info.version
        elif info.name in dists:
            key, versions[key] = dists[info.name][0], dists[info.name][1]
        else:  # registered in process (a test, a notebook)
            key, versions[key] = info.name, info.version
        groups.setdefault(key, []).append(info)
    out = []
    if "plantrack" in groups:
        out.append(Package(name="plantrack", version=builtin_version,
                           plugins=tuple(groups.pop("plantrack")), builtin=True,
                           missing=_missing_libraries(infos)))
    out += [Package(name=name, version=versions.get(name), plugins=tuple(plugins))
            for name, plugins in sorted(groups.items())]
    return out
