"""The plugin manager, the built-in plugins, and the registry built from their hooks.

Nothing happens at import time. :func:`get_plugin_manager` builds a manager with the
built-ins (``DEFAULT_PLUGINS``) and, through :func:`load_plugins`, the distributions in
the ``plantrack`` entry-point group. :func:`build_registry` asks every plugin for its
components, one plugin at a time, so a plugin that raises is recorded as broken with its
error and the others still load.

Environment switches, in the manner of pytest and llm:

- ``PLANTRACK_LOAD_PLUGINS=a,b`` loads only the named entry-point plugins;
  ``PLANTRACK_LOAD_PLUGINS=`` (set and empty) loads none. Built-ins always load.
- ``PLANTRACK_DISABLE_PLUGINS=a,b`` blocks the named plugins: entry-point names or
  built-in module names (``plantrack.extract.generic``). Applied after the list above.
- ``PLANTRACK_TRACE=1`` prints every hook call to stderr, and the traceback of every
  exception a plugin raised that plantrack reported in one line and went past.

Plugins are never imported from the working directory: only installed distributions'
entry points are read.
"""

from __future__ import annotations

import importlib
import os
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib import metadata
from typing import Any

import pluggy
from attrs import define, field, frozen

from plantrack import hookspecs
from plantrack.catalog import Catalog
from plantrack.catalog.regions import Gazetteer
from plantrack.components import Extractor, Loader, Reporter
from plantrack.errors import PluginError, describe
from plantrack.model import Indicator, Region

__all__ = [
    "DEFAULT_PLUGINS",
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "LOAD_ENV",
    "PluginInfo",
    "Registry",
    "build_registry",
    "get_plugin_manager",
    "get_registry",
    "import_errors",
    "load_plugins",
    "register_plugin",
    "using_default",
]

ENTRY_POINT_GROUP = "plantrack"
LOAD_ENV = "PLANTRACK_LOAD_PLUGINS"
DISABLE_ENV = "PLANTRACK_DISABLE_PLUGINS"

# Built-ins, registered through the same hooks as any third-party plugin.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "plantrack.catalog.indicators",
    "plantrack.catalog.regions",
    "plantrack.load.text",
    "plantrack.load.html",
    "plantrack.load.pdf",
    "plantrack.extract.generic",
    "plantrack.extract.outlook",
    "plantrack.extract.fiveyear",
    "plantrack.extract.midyear",
    "plantrack.extract.roundup",
    "plantrack.extract.projects",
    "plantrack.extract.tables",
    "plantrack.report.json",
    "plantrack.report.rich",
    "plantrack.report.csv",
    "plantrack.report.markdown",
    "plantrack.report.xlsx",
)

_HOOKS = ("register_loaders", "register_indicators", "register_regions",
          "register_extractors", "register_reporters")


@frozen
class PluginInfo:
    """What ``plantrack plugins`` shows for one plugin."""

    name: str
    origin: str  # "builtin", an entry point "name = module", or "registered"
    version: str | None = None
    hooks: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    error: str | None = None

    @property
    def broken(self) -> bool:
        return self.error is not None

    @property
    def entry_point(self) -> str | None:
        """``name = module`` for a plugin installed through the entry-point group."""
        return self.origin if " = " in self.origin else None

    def provided(self) -> dict[str, list[str]]:
        """What the plugin contributes, by kind: ``{"extractor": ["generic"], ...}``."""
        out: dict[str, list[str]] = {}
        for key in self.provides:
            kind, _, name = key.partition(":")
            out.setdefault(kind, []).append(name)
        return out

    def summary(self, limit: int = 5) -> list[str]:
        """One line per kind: the names, or a count (``"3500 regions"``) past ``limit``."""
        lines = []
        for kind, names in self.provided().items():
            if len(names) > limit:
                lines.append(f"{len(names)} {kind}s")
            else:
                lines.append(f"{kind}: {', '.join(names)}")
        return lines


@define
class _Loaded:
    """Bookkeeping of one manager: where each plugin came from, what failed to import."""

    origins: dict[str, tuple[str, str | None]] = field(factory=dict)
    import_errors: dict[str, tuple[str, str | None, str]] = field(factory=dict)
    entry_points_loaded: bool = False


# Keyed by the manager itself (weakly): an id() can be reused by a later manager.
_STATE: weakref.WeakKeyDictionary[pluggy.PluginManager, _Loaded] = weakref.WeakKeyDictionary()


def _state(pm: pluggy.PluginManager) -> _Loaded:
    return _STATE.setdefault(pm, _Loaded())


def get_plugin_manager(*, builtins: bool = True, entry_points: bool = True,
                       block: Iterable[str] = ()) -> pluggy.PluginManager:
    """A new manager with the hookspecs, the built-ins and (optionally) installed plugins.

    ``block`` names plugins never to register (as ``PLANTRACK_DISABLE_PLUGINS`` does).
    """
    pm = pluggy.PluginManager("plantrack")
    pm.add_hookspecs(hookspecs)
    state = _state(pm)
    for name in (*block, *(_env_names(DISABLE_ENV) or ())):
        pm.set_blocked(name)
    if builtins:
        version = _own_version()
        for module_name in DEFAULT_PLUGINS:
            if pm.is_blocked(module_name):
                continue
            module = importlib.import_module(module_name)
            pm.register(module, name=module_name)
            state.origins[module_name] = ("builtin", version)
    if entry_points:
        load_plugins(pm)
    if os.environ.get("PLANTRACK_TRACE"):
        pm.trace.root.setwriter(lambda text: sys.stderr.write(str(text)))
        pm.enable_tracing()
    return pm


def _own_version() -> str | None:
    try:
        return metadata.version("plantrack")
    except metadata.PackageNotFoundError:
        return None


def _env_names(variable: str) -> set[str] | None:
    """None when ``variable`` is unset; otherwise the comma-separated names it lists."""
    raw = os.environ.get(variable)
    if raw is None:
        return None
    return {name.strip() for name in raw.split(",") if name.strip()}


def _wanted_entry_points() -> set[str] | None:
    """None = all; otherwise the names listed in PLANTRACK_LOAD_PLUGINS."""
    return _env_names(LOAD_ENV)


def load_plugins(pm: pluggy.PluginManager) -> None:
    """Register every ``plantrack`` entry point once; a plugin that fails to import is
    recorded (see :func:`plugin_infos`) and skipped."""
    state = _state(pm)
    if state.entry_points_loaded:
        return
    state.entry_points_loaded = True
    wanted = _wanted_entry_points()
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if wanted is not None and ep.name not in wanted:
            continue
        if pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        dist_version = ep.dist.version if ep.dist else None
        origin = f"{ep.name} = {ep.value}"
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:  # a broken plugin must not stop the others
            state.import_errors[ep.name] = (origin, dist_version, describe(exc))
            continue
        state.origins[ep.name] = (origin, dist_version)


def import_errors(pm: pluggy.PluginManager) -> dict[str, str]:
    """The plugins of ``pm`` that failed to import, each with its error."""
    return {name: error for name, (_, _, error) in _state(pm).import_errors.items()}


def register_plugin(pm: pluggy.PluginManager, plugin: object, name: str | None = None) -> str:
    """Register an in-process plugin (a module or object), as tests and notebooks do."""
    registered = pm.register(plugin, name=name)
    if registered is None:
        raise PluginError(f"plugin {name or plugin!r} is blocked or already registered")
    _state(pm).origins[registered] = ("registered", getattr(plugin, "__version__", None))
    return registered


# --- Registry -------------------------------------------------------------------------


@define
class Registry:
    """The components every plugin contributed, by name, and the plugins that broke."""

    loaders: dict[str, Loader] = field(factory=dict)
    extractors: dict[str, Extractor] = field(factory=dict)
    reporters: dict[str, Reporter] = field(factory=dict)
    indicators: dict[str, Indicator] = field(factory=dict)
    regions: dict[str, Region] = field(factory=dict)
    provided: dict[str, list[str]] = field(factory=dict)  # plugin -> "extractor:name", ...
    errors: dict[str, str] = field(factory=dict)  # plugin -> error
    owners: dict[str, str] = field(factory=dict)  # "extractor:name" -> plugin

    @cached_property
    def catalog(self) -> Catalog:
        """The indicators and the gazetteer, built once, when first asked for."""
        return Catalog(indicators=dict(self.indicators),
                       gazetteer=Gazetteer(self.regions.values()))

    def loader_for(self, suffix: str, head: bytes = b"") -> Loader | None:
        """The loader for a file with this suffix and these first bytes: one that sniffs
        the content first, else one claiming the suffix (the last registered wins)."""
        found = None
        for loader in self.loaders.values():
            sniff = getattr(loader, "sniff", None)
            if head and sniff is not None and sniff(head):
                return loader
            if suffix.lower() in loader.suffixes:
                found = loader
        return found


_REQUIRED: dict[str, tuple[type, tuple[str, ...]]] = {
    "loader": (Loader, ("name", "suffixes", "load")),
    "extractor": (Extractor, ("name", "description", "detect", "extract")),
    "reporter": (Reporter, ("name", "description", "report_extractions", "report_scorecard")),
}


def _check_component(kind: str, component: object) -> str:
    _, attrs_needed = _REQUIRED[kind]
    missing = [a for a in attrs_needed if not hasattr(component, a)]
    if missing:
        raise PluginError(f"{kind} {component!r} lacks {', '.join(missing)}")
    name = component.name  # type: ignore[attr-defined]
    if not isinstance(name, str) or not name:
        raise PluginError(f"{kind} {component!r} needs a non-empty string name")
    return name


def _registrar(registry: Registry, plugin: str, hook: str,
               pending: list[tuple[str, str, Any]]) -> Callable[[Any], None]:
    kind = {"register_loaders": "loader", "register_extractors": "extractor",
            "register_reporters": "reporter", "register_indicators": "indicator",
            "register_regions": "region"}[hook]

    def register(component: Any) -> None:
        if kind in _REQUIRED:
            name = _check_component(kind, component)
        elif kind == "indicator":
            if not isinstance(component, Indicator):
                raise PluginError(f"register_indicators expects Indicator, got {component!r}")
            name = component.id
        else:
            if not isinstance(component, Region):
                raise PluginError(f"register_regions expects Region, got {component!r}")
            name = component.code
        pending.append((kind, name, component))

    return register


def _commit(registry: Registry, plugin: str, pending: list[tuple[str, str, Any]]) -> None:
    """Add one plugin's components, all or none, refusing duplicates."""
    tables: dict[str, dict[str, Any]] = {
        "loader": registry.loaders, "extractor": registry.extractors,
        "reporter": registry.reporters, "indicator": registry.indicators,
        "region": registry.regions,
    }
    seen: set[str] = set()
    for kind, name, _ in pending:
        key = f"{kind}:{name}"
        if kind in ("region", "loader"):
            continue
        owner = registry.owners.get(key) or (plugin if key in seen else None)
        if owner is not None:
            raise PluginError(f"{kind} {name!r} is already provided by plugin {owner!r}")
        seen.add(key)
    for kind, name, component in pending:
        key = f"{kind}:{name}"
        table = tables[kind]
        entry = component
        if kind == "region" and name in table:
            old: Region = table[name]
            merged = tuple(dict.fromkeys((*old.aliases, *component.aliases)))
            entry = Region(code=old.code, name=old.name, level=old.level,
                           parent=old.parent, aliases=merged, full_name=old.full_name)
        table[name] = entry
        registry.owners[key] = plugin
        registry.provided.setdefault(plugin, []).append(key)


def _trace(line: str) -> None:
    """With ``PLANTRACK_TRACE`` set, one line per hook implementation called."""
    if os.environ.get("PLANTRACK_TRACE"):
        sys.stderr.write(f"plantrack trace: {line}\n")


def trace_exception(exc: BaseException) -> None:
    """With ``PLANTRACK_TRACE`` set, the traceback of a plugin's exception that plantrack
    reported in one line and went on from (a plugin author needs where it was raised)."""
    if os.environ.get("PLANTRACK_TRACE"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)


def build_registry(pm: pluggy.PluginManager) -> Registry:
    """Ask each plugin, one at a time, for its components."""
    registry = Registry()
    for name, (_, _, error) in _state(pm).import_errors.items():
        registry.errors[name] = error
    for hook_name in _HOOKS:
        caller = getattr(pm.hook, hook_name)
        for impl in caller.get_hookimpls():
            plugin = impl.plugin_name
            if plugin in registry.errors:
                continue
            pending: list[tuple[str, str, Any]] = []
            try:
                impl.function(register=_registrar(registry, plugin, hook_name, pending))
                _commit(registry, plugin, pending)
            except Exception as exc:  # isolate a failing plugin
                registry.errors[plugin] = f"{hook_name}: {describe(exc)}"
            _trace(f"{hook_name} [{plugin}]: {len(pending)} registered"
                   + (f", BROKEN: {registry.errors[plugin]}" if plugin in registry.errors else ""))
    return registry


_DEFAULT: dict[str, tuple[pluggy.PluginManager, Registry]] = {}


def get_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    """The registry of ``pm``, or of the process-wide default manager (built on first use)."""
    if pm is not None:
        return build_registry(pm)
    if "default" not in _DEFAULT:
        manager = get_plugin_manager()
        _DEFAULT["default"] = (manager, build_registry(manager))
    return _DEFAULT["default"][1]


def reset_default() -> None:
    """Forget the process-wide manager (tests that install plugins call this)."""
    _DEFAULT.clear()


def set_default(pm: pluggy.PluginManager) -> Registry:
    """Make ``pm`` the process-wide manager (what the CLI and ``extract()`` use)."""
    registry = build_registry(pm)
    _DEFAULT["default"] = (pm, registry)
    return registry


@contextmanager
def using_default(pm: pluggy.PluginManager) -> Iterator[Registry]:
    """Make ``pm`` the process-wide manager inside the block, and restore the old one after."""
    saved = dict(_DEFAULT)
    try:
        yield set_default(pm)
    finally:
        _DEFAULT.clear()
        _DEFAULT.update(saved)


def plugin_infos(pm: pluggy.PluginManager, registry: Registry) -> list[PluginInfo]:
    """One :class:`PluginInfo` per plugin, the broken ones included."""
    state = _state(pm)
    infos: list[PluginInfo] = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        origin, version = state.origins.get(name, ("registered", None))
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        infos.append(PluginInfo(name=name, origin=origin, version=version, hooks=hooks,
                                provides=tuple(registry.provided.get(name, ())),
                                error=registry.errors.get(name)))
    for name, (origin, version, error) in state.import_errors.items():
        infos.append(PluginInfo(name=name, origin=origin, version=version, error=error))
    return infos
