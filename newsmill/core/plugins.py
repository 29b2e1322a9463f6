"""Plugin loading and selection.

Plugins come from the entry point group ``newsmill`` (built-ins are registered
there by the ``newsmill`` distribution itself, exactly like third-party
ones), from ``-p NAME`` / config ``plugins`` / ``NEWSMILL_PLUGINS`` (an
entry-point name or an importable module path), or from objects passed to
:class:`~newsmill.Pipeline`.  ``-p no:NAME`` / config ``disable`` block a
plugin.  ``NEWSMILL_DISABLE_PLUGIN_AUTOLOAD=1`` loads only the built-ins and
the plugins named explicitly.

Each plugin loads on its own: one that fails to import is recorded as
``failed`` and the others still load, unless ``strict`` is set.
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import os
import types
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import pluggy

from newsmill.core import hookspecs
from newsmill.core.hookspecs import PROJECT
from newsmill.core.recharset import fast_charsets

ENTRY_POINT_GROUP = "newsmill"
DEFAULT_PRIORITY = 500
STAGE_HOOKS = {
    "sources": "newsmill_sources",
    "read": "newsmill_read",
    "clean": "newsmill_clean",
    "segment": "newsmill_segment",
    "annotate": "newsmill_annotate",
    "extract": "newsmill_extract",
    "link": "newsmill_link",
}
#: The stages in the order a document goes through them.
STAGE_ORDER = tuple(STAGE_HOOKS)
FIRST_RESULT_STAGES = {"sources", "read", "segment"}


class PluginLoadError(Exception):
    """A plugin could not be found, or (when loading is strict) could not be imported.

    ``plugin`` is the name it was asked for by.
    """

    def __init__(self, message: str, plugin: str = "") -> None:
        super().__init__(message)
        self.plugin = plugin


@attrs.define
class PluginInfo:
    """What ``newsmill plugins`` shows about one plugin."""

    name: str
    module: str = ""
    version: str | None = None
    distribution: str | None = None
    builtin: bool = False
    status: str = "loaded"  # loaded | failed | blocked
    error: str | None = None
    hooks: list[str] = attrs.field(factory=list)
    origin: str = ""  # entry-point | option | object | core

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (what ``newsmill plugins --json`` prints)."""
        return attrs.asdict(self)

    @property
    def stamp(self) -> str:
        """``name@version``, the producer stamp put on mentions and records."""
        return f"{self.name}@{self.version}" if self.version else self.name


def parse_selection(specs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split ``-p`` values into (plugins to load, plugins to block)."""
    load, block = [], []
    for spec in specs:
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            if part.startswith("no:"):
                block.append(part[3:])
            else:
                load.append(part)
    return load, block


def _dist_of_module(module: str) -> tuple[str | None, str | None]:
    top = module.split(".", 1)[0]
    try:
        dists = md.packages_distributions().get(top, [])
    except Exception:  # pragma: no cover - broken metadata
        dists = []
    if not dists:
        return None, None
    try:
        return dists[0], md.version(dists[0])
    except md.PackageNotFoundError:  # pragma: no cover
        return dists[0], None


def _module_version(module: Any) -> str | None:
    """A plugin module's own ``__version__`` (or ``version``) string, if it declares one."""
    v = getattr(module, "__version__", None) or getattr(module, "version", None)
    return v if isinstance(v, str) else None


def _normalize(dist: str | None) -> str:
    return (dist or "").lower().replace("_", "-")


class PluginHost:
    """A pluggy plugin manager plus the bookkeeping ``newsmill plugins`` reports."""

    def __init__(self, load: Sequence[str] = (), block: Sequence[str] = (),
                 objects: Sequence[Any] = (), autoload: bool | None = None,
                 strict: bool = False) -> None:
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        env_extra = [p for p in os.environ.get("NEWSMILL_PLUGINS", "").split(",") if p.strip()]
        extra_load, extra_block = parse_selection(env_extra)
        self.requested = list(dict.fromkeys([*load, *extra_load]))
        self.blocked = set(block) | set(extra_block)
        if autoload is None:
            flag = os.environ.get("NEWSMILL_DISABLE_PLUGIN_AUTOLOAD", "").strip().lower()
            autoload = flag in ("", "0", "false", "no", "off")
        self.autoload = autoload
        self.strict = strict
        self.infos: dict[str, PluginInfo] = {}
        self._objects = list(objects)
        self._load()

    # -- loading --------------------------------------------------------------
    def _fail(self, info: PluginInfo, exc: BaseException) -> None:
        info.status = "failed"
        info.error = f"{type(exc).__name__}: {exc}"
        self.infos[info.name] = info
        if self.strict:
            raise PluginLoadError(f"plugin {info.name!r} failed to load: {info.error}",
                                  info.name) from exc

    def _register(self, obj: Any, info: PluginInfo) -> None:
        if info.name in self.blocked:
            info.status = "blocked"
            self.infos[info.name] = info
            return
        if self.pm.get_plugin(info.name) is not None or info.name in self.infos:
            return
        if self.pm.is_registered(obj):
            return  # the same module, already loaded under another name (its entry point)
        try:
            self.pm.register(obj, name=info.name)
        except Exception as exc:  # validation errors, duplicate registration
            self._fail(info, exc)
            return
        info.hooks = sorted(h.name for h in (self.pm.get_hookcallers(obj) or []))
        self.infos[info.name] = info

    def _load(self) -> None:
        # plugins compile their regular expressions as they are imported: the same patterns, sooner
        with fast_charsets():
            self._load_all()

    def _load_all(self) -> None:
        eps = sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
        by_name = {ep.name: ep for ep in eps}
        # name and version of each distribution, read once (each read parses its metadata file)
        dists: dict[int, tuple[str | None, str | None]] = {}
        for ep in eps:
            found = ep.dist
            if found is None:
                dist, version = None, None
            else:
                if id(found) not in dists:
                    dists[id(found)] = (found.name, found.version)
                dist, version = dists[id(found)]
            builtin = _normalize(dist) == "newsmill"
            if not builtin and not self.autoload and ep.name not in self.requested:
                continue
            info = PluginInfo(name=ep.name, module=ep.value.split(":")[0],
                              version=version,
                              distribution=dist, builtin=builtin, origin="entry-point")
            if ep.name in self.blocked:
                info.status = "blocked"
                self.infos[ep.name] = info
                continue
            try:
                obj = ep.load()
            except Exception as exc:
                self._fail(info, exc)
                continue
            self._register(obj, info)
        for spec in self.requested:
            if spec in by_name:
                continue
            self.load_module(spec)
        for obj in self._objects:
            self.add_object(obj)

    def load_module(self, spec: str) -> None:
        """Load a plugin from an importable module path (``-p package.module``)."""
        dist, version = _dist_of_module(spec)
        info = PluginInfo(name=spec, module=spec, version=version, distribution=dist,
                          builtin=_normalize(dist) == "newsmill", origin="option")
        if spec in self.blocked:
            info.status = "blocked"
            self.infos[spec] = info
            return
        try:
            module = importlib.import_module(spec)
        except ModuleNotFoundError as exc:
            if exc.name and (spec == exc.name or spec.startswith(exc.name + ".")):
                # the name itself does not exist: a typo, never a soft failure
                info.status, info.error = "failed", "unknown plugin"
                self.infos[spec] = info
                raise PluginLoadError(
                    f"unknown plugin {spec!r}: no entry point of that name "
                    f"(see `newsmill plugins`) and no importable module", spec) from None
            self._fail(info, exc)
            return
        except Exception as exc:
            self._fail(info, exc)
            return
        info.version = info.version or _module_version(module)
        self._register(module, info)

    def add_object(self, obj: Any, name: str | None = None) -> None:
        """Register a plugin object or module given in code."""
        is_module = isinstance(obj, types.ModuleType)
        module = obj.__name__ if is_module else type(obj).__module__
        if name is None and is_module:
            # a module that is also an installed entry point keeps its entry-point name,
            # so its config table and -p no:NAME are the same however it was given
            name = next((ep.name for ep in md.entry_points(group=ENTRY_POINT_GROUP)
                         if ep.value.split(":")[0] == module), None)
        if name is None:
            name = getattr(obj, "name", None) if not is_module else None
            name = name or getattr(obj, "__name__", None) or type(obj).__name__
        dist, version = _dist_of_module(module)
        version = getattr(obj, "version", None) or version
        self._register(obj, PluginInfo(name=name, module=module, version=version, distribution=dist,
                                       builtin=_normalize(dist) == "newsmill" and is_module,
                                       origin="object"))

    # -- queries --------------------------------------------------------------
    def loaded(self) -> list[PluginInfo]:
        """Every plugin considered, loaded or not, by name."""
        return [self.infos[k] for k in sorted(self.infos)]

    def failures(self) -> list[PluginInfo]:
        """Plugins that failed to load."""
        return [i for i in self.infos.values() if i.status == "failed"]

    def name_of(self, plugin: Any) -> str:
        """The registered name of a plugin object."""
        return self.pm.get_name(plugin) or "?"

    def info(self, name: str) -> PluginInfo:
        """What is known about plugin ``name`` (a placeholder for unknown names)."""
        return self.infos.get(name) or PluginInfo(name=name, origin="core")

    def impls(self, hook: str) -> list[pluggy.HookImpl]:
        """Non-wrapper implementations of a hook."""
        caller = getattr(self.pm.hook, hook)
        return [i for i in caller.get_hookimpls() if not (i.wrapper or i.hookwrapper)]

    def declarations(self, hook: str) -> dict[str, Any]:
        """Call a declaration hook once per plugin: ``{plugin name: result}``.

        A plugin whose declaration raises is a :class:`PluginLoadError` naming
        the plugin and the hook.
        """
        out: dict[str, Any] = {}
        for impl in self.impls(hook):
            try:
                result = impl.function()
            except Exception as exc:
                raise PluginLoadError(f"plugin {impl.plugin_name!r} raised in {hook}: "
                                      f"{type(exc).__name__}: {exc}", impl.plugin_name) from exc
            if result is not None:
                out[impl.plugin_name] = result
        return out

    def priorities(self) -> dict[str, dict[str, int]]:
        """Every plugin's declared stage priorities: ``{plugin: {stage: priority}}``."""
        return {k: dict(v) for k, v in self.declarations("newsmill_stage_priority").items()}

    def stage_plugins(self, stage: str, order: Sequence[str] | None = None) -> list[str]:
        """Names of the plugins serving a stage, in the order they run."""
        names = [i.plugin_name for i in self.impls(STAGE_HOOKS[stage])]
        prio = self.priorities()
        by_prio = sorted(names, key=lambda n: (prio.get(n, {}).get(stage, DEFAULT_PRIORITY), n))
        if not order:
            return by_prio
        listed = [n for n in order if n in names]
        return listed + [n for n in by_prio if n not in listed]

    def caller(self, stage: str, plugin: str) -> Any:
        """A hook caller that runs one plugin's implementation (plus the host's wrappers)."""
        hook = STAGE_HOOKS[stage]
        others = [self.pm.get_plugin(i.plugin_name) for i in self.impls(hook)
                  if i.plugin_name != plugin]
        subset = self.pm.subset_hook_caller(hook, others)
        spec = subset.spec
        if (spec is None or getattr(spec, "kwargdefaults", None) or subset.is_historic()
                or not hasattr(subset, "_hookexec")):
            return subset  # hook defaults to apply, or a pluggy without these internals
        return SubsetCaller(subset, self.pm)


class SubsetCaller:
    """Calls a pluggy subset hook caller with its implementation list computed once.

    pluggy's subset caller filters the hook's implementations on every call (a few
    microseconds, paid per plugin per document); this one keeps the filtered list
    and filters again only when the hook's registrations change.  Calls go through
    the plugin manager's executor, so wrappers and tracing run as before.
    """

    __slots__ = ("_subset", "_orig", "_seen", "_impls", "_firstresult", "_pm", "_sole")

    def __init__(self, subset: Any, pm: pluggy.PluginManager | None = None) -> None:
        self._subset = subset
        # pluggy hands back the hook itself when no plugin is left out
        self._orig = getattr(subset, "_orig", subset)
        self._seen: list[Any] | None = None
        self._impls: list[Any] = []
        self._firstresult = bool(subset.spec.opts.get("firstresult", False))
        self._pm = pm
        self._sole: tuple[Any, Any, tuple[str, ...]] | None = None

    def _refresh(self) -> None:
        registered = self._orig._hookimpls
        if registered != self._seen:  # first call, or plugins (un)registered since
            self._seen = list(registered)
            self._impls = list(self._subset._hookimpls)
            self._sole = _sole_impl(self._impls)

    def __call__(self, **kwargs: Any) -> Any:
        """Run the implementations with ``kwargs``, as the subset caller would."""
        self._refresh()
        return self._subset._hookexec(self._subset.name, self._impls, kwargs, self._firstresult)

    def plain(self, wrapper_plugin: object) -> tuple[Any, tuple[str, ...]] | None:
        """``(function, argument names)`` of the one implementation this caller runs, when calling
        it directly inside ``wrapper_plugin``'s wrapper is all a call does, else None.

        That is: one implementation (no keyword-only arguments), one new-style wrapper, which
        belongs to ``wrapper_plugin``, and pluggy's own executor (no tracing or monitoring).
        """
        self._refresh()
        sole = self._sole
        if (sole is None or sole[0] is not wrapper_plugin or self._pm is None
                or self._pm._inner_hookexec is not _MULTICALL):
            return None
        return sole[1], sole[2]


_MULTICALL = getattr(getattr(pluggy, "_callers", None), "_multicall", None)


def _sole_impl(impls: list[Any]) -> tuple[Any, Any, tuple[str, ...]] | None:
    """``(wrapper's plugin, function, argnames)`` when ``impls`` are one plain implementation
    and one new-style wrapper, else None."""
    if len(impls) != 2:
        return None
    wrappers = [i for i in impls if i.wrapper]
    plain = [i for i in impls if not (i.wrapper or i.hookwrapper)]
    if len(wrappers) != 1 or len(plain) != 1 or getattr(plain[0], "kwargnames", ()):
        return None
    return wrappers[0].plugin, plain[0].function, tuple(plain[0].argnames)
