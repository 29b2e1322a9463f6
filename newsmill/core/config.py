"""Configuration: ``newsmill.toml`` or ``[tool.newsmill]`` in ``pyproject.toml``.

Layout (the same in both files)::

    plugins = ["mypackage.plugin"]     # extra plugins to load
    disable = ["some-plugin"]          # plugins to block
    strict_plugins = false             # a plugin that fails to import is an error

    [run]
    formats = ["sqlite"]               # writers
    executor = "serial"
    workers = 1
    output = "newsmill-out"

    [order]                            # explicit order of a stage's plugins
    clean = ["first-cleaner", "second-cleaner"]

    [some-plugin]                      # a plugin's own options
    threshold = 0.5

Every problem is a :class:`ConfigError` naming the file, the key and what was
expected; the CLI turns it into one line on stderr and exit code 2.
"""

from __future__ import annotations

import codecs
import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RESERVED = {"plugins", "disable", "strict_plugins", "run", "order"}
RUN_KEYS: dict[str, type | tuple[type, ...]] = {
    "formats": list, "executor": str, "workers": int, "output": str,
    "pub_date": str, "encoding": str,
}
STAGES = ("sources", "read", "clean", "segment", "annotate", "extract", "link")


class ConfigError(Exception):
    """A configuration problem: names the file, the key and what was expected."""

    def __init__(self, message: str, file: str | None = None, key: str | None = None) -> None:
        self.file = file
        self.key = key
        where = file or "config"
        if key:
            where += f": {key}"
        super().__init__(f"{where}: {message}")


@attrs.frozen
class Option:
    """A plugin config option: its type, default and a one-line help."""

    type: type | tuple[type, ...]
    default: Any = None
    help: str = ""

    def check(self, value: Any) -> Any:
        """Return ``value`` converted to the option's type, or raise ``TypeError``."""
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        if float in types and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if bool not in types and isinstance(value, bool):
            raise TypeError
        if not isinstance(value, types):
            raise TypeError
        return value

    @property
    def type_name(self) -> str:
        """The expected type(s) as shown in error messages."""
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        return " or ".join(t.__name__ for t in types)


@attrs.define
class Config:
    """Loaded configuration: the raw table and the file it came from."""

    data: dict[str, Any] = attrs.field(factory=dict)
    file: str | None = None

    @property
    def plugins(self) -> list[str]:
        """Plugins to load (``plugins = [...]``)."""
        return list(self.data.get("plugins", []))

    @property
    def disable(self) -> list[str]:
        """Plugins to block (``disable = [...]``)."""
        return list(self.data.get("disable", []))

    @property
    def strict_plugins(self) -> bool:
        """Whether a plugin that fails to import is an error."""
        return bool(self.data.get("strict_plugins", False))

    @property
    def run(self) -> dict[str, Any]:
        """The ``[run]`` table: defaults of ``newsmill run``."""
        return dict(self.data.get("run", {}))

    @property
    def order(self) -> dict[str, list[str]]:
        """The ``[order]`` table: ``{stage: [plugin, ...]}``."""
        return {k: list(v) for k, v in self.data.get("order", {}).items()}

    def plugin_tables(self) -> dict[str, dict[str, Any]]:
        """The per-plugin option tables."""
        return {k: v for k, v in self.data.items() if k not in RESERVED}

    def merged(self, overrides: Mapping[str, Any] | None) -> Config:
        """A copy with ``overrides`` merged in (tables merged one level deep)."""
        data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.data.items()}
        for k, v in (overrides or {}).items():
            if isinstance(v, Mapping) and isinstance(data.get(k), dict):
                data[k].update(v)
            else:
                data[k] = dict(v) if isinstance(v, Mapping) else v
        cfg = Config(data, self.file)
        cfg.check_shape()
        return cfg

    def check_shape(self) -> None:
        """Check the host's own keys (plugin tables are checked once plugins are known)."""
        f = self.file
        for key in ("plugins", "disable"):
            v = self.data.get(key, [])
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ConfigError("expected a list of plugin names", f, key)
        if not isinstance(self.data.get("strict_plugins", False), bool):
            raise ConfigError("expected true or false", f, "strict_plugins")
        run = self.data.get("run", {})
        if not isinstance(run, dict):
            raise ConfigError("expected a table", f, "run")
        for k, v in run.items():
            if k not in RUN_KEYS:
                raise ConfigError(f"unknown key (expected one of {', '.join(sorted(RUN_KEYS))})",
                                  f, f"run.{k}")
            if not isinstance(v, RUN_KEYS[k]) or isinstance(v, bool):
                want = RUN_KEYS[k].__name__ if isinstance(RUN_KEYS[k], type) else "value"
                raise ConfigError(f"expected {want}, got {type(v).__name__}", f, f"run.{k}")
        if run.get("workers", 1) < 1:
            raise ConfigError(f"expected a number of workers >= 1, got {run['workers']}", f, "run.workers")
        if "pub_date" in run:
            try:
                dt.date.fromisoformat(run["pub_date"])
            except ValueError:
                raise ConfigError(f"expected a date YYYY-MM-DD, got {run['pub_date']!r}",
                                  f, "run.pub_date") from None
        if "encoding" in run:
            try:
                codecs.lookup(run["encoding"])
            except LookupError:
                raise ConfigError(f"unknown encoding {run['encoding']!r} (e.g. utf-8, gb18030, big5)",
                                  f, "run.encoding") from None
        if not all(isinstance(x, str) for x in run.get("formats", [])):
            raise ConfigError("expected a list of format names", f, "run.formats")
        order = self.data.get("order", {})
        if not isinstance(order, dict):
            raise ConfigError("expected a table", f, "order")
        for k, v in order.items():
            if k not in STAGES:
                raise ConfigError(f"unknown stage (expected one of {', '.join(STAGES)})",
                                  f, f"order.{k}")
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ConfigError("expected a list of plugin names", f, f"order.{k}")
        for k, v in self.plugin_tables().items():
            if not isinstance(v, dict):
                raise ConfigError("expected a table of plugin options "
                                  f"(unknown top-level key {k!r})", f, k)

    def resolve_options(self, declared: Mapping[str, Mapping[str, Option]],
                        known_plugins: set[str]) -> dict[str, dict[str, Any]]:
        """Check every plugin table against the declared options; return resolved options."""
        f = self.file
        tables = self.plugin_tables()
        for name in tables:
            if name not in known_plugins:
                raise ConfigError("unknown plugin (see `newsmill plugins`)", f, name)
        resolved: dict[str, dict[str, Any]] = {}
        for plugin, opts in declared.items():
            table = tables.get(plugin, {})
            values = {k: o.default for k, o in opts.items()}
            for k, v in table.items():
                if k not in opts:
                    known = ", ".join(sorted(opts)) or "none"
                    raise ConfigError(f"unknown option (known: {known})", f, f"{plugin}.{k}")
                try:
                    values[k] = opts[k].check(v)
                except TypeError:
                    raise ConfigError(f"expected {opts[k].type_name}, got {type(v).__name__}",
                                      f, f"{plugin}.{k}") from None
            resolved[plugin] = values
        for plugin, table in tables.items():
            if plugin not in declared and table:
                k = next(iter(table))
                raise ConfigError("unknown option (this plugin declares none)", f, f"{plugin}.{k}")
        return resolved


def load_file(path: Path) -> Config:
    """Load a config file (``newsmill.toml``, or ``pyproject.toml``'s ``[tool.newsmill]``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read: {e.strerror or e}", str(path)) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        if "line" not in message:  # "(at end of document)"
            message += f" (line {text.rstrip(chr(10)).count(chr(10)) + 1}, the end of the file)"
        raise ConfigError(f"TOML syntax error: {message}", str(path)) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newsmill", {})
    cfg = Config(data, str(path))
    cfg.check_shape()
    return cfg


def find_config(start: Path | None = None) -> Path | None:
    """Find ``newsmill.toml`` or a ``pyproject.toml`` with ``[tool.newsmill]``, upward from ``start``."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        cand = d / "newsmill.toml"
        if cand.is_file():
            return cand
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                text = pp.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            try:
                if "newsmill" in tomllib.loads(text).get("tool", {}):
                    return pp
            except tomllib.TOMLDecodeError:
                if "tool.newsmill" in text:
                    return pp  # ours but broken: loading it reports the syntax error
                continue
    return None


def load_config(path: Path | str | None = None, search: bool = True) -> Config:
    """Load ``path``, or the config found from the current directory upward, or an empty one."""
    if path is not None:
        return load_file(Path(path))
    found = find_config() if search else None
    return load_file(found) if found else Config()
