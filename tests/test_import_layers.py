"""The layering the architecture promises: the core uses no plugin and no shared helper package,
and a plugin uses the core and the shared packages but never another plugin."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "newsmill"
SHARED = ("newsmill.zh", "newsmill.readkit", "newsmill.tables", "newsmill.report")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of the newsmill modules that ``path`` imports, lazily or not."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m == "newsmill" or m.startswith("newsmill.")}


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _plugin_of(module: str) -> str | None:
    """``newsmill.plugins.X`` for any module of plugin X (a module or a package)."""
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 and parts[:2] == ["newsmill", "plugins"] else None


CORE = sorted((PKG / "core").rglob("*.py"))
PLUGINS = sorted(p for p in (PKG / "plugins").rglob("*.py")
                 if p.name != "__init__.py" or p.parent != PKG / "plugins")


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_core_uses_no_plugin_and_no_shared_package(path: Path) -> None:
    bad = {m for m in _imports(path)
           if _within(m, "newsmill.plugins") or any(_within(m, s) for s in SHARED)}
    assert not bad, f"{path.relative_to(PKG.parent)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", PLUGINS, ids=lambda p: str(p.relative_to(PKG / "plugins")))
def test_a_plugin_never_imports_another_plugin(path: Path) -> None:
    own = _plugin_of(_module_name(path))
    others = {m for m in _imports(path)
              if _plugin_of(m) is not None and _plugin_of(m) != own}
    assert not others, f"{path.relative_to(PKG.parent)} imports {sorted(others)}"


def test_the_checks_see_imports() -> None:
    """The scan finds a plugin's imports of the core and of the shared packages."""
    seen = set().union(*(_imports(p) for p in PLUGINS))
    assert any(_within(m, "newsmill.core") for m in seen)
    assert any(_within(m, "newsmill.zh") for m in seen)
    assert _plugin_of("newsmill.plugins.extract_projects.keys") == "newsmill.plugins.extract_projects"


SHARED_FILES = sorted(p for s in SHARED for p in (PKG / s.split(".")[1]).rglob("*.py"))


@pytest.mark.parametrize("path", SHARED_FILES, ids=lambda p: str(p.relative_to(PKG)))
def test_shared_packages_use_no_plugin(path: Path) -> None:
    bad = {m for m in _imports(path) if _within(m, "newsmill.plugins")}
    assert not bad, f"{path.relative_to(PKG.parent)} imports {sorted(bad)}"
