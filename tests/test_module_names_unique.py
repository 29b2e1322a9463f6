"""No module of the package binds one top-level name twice.

Rules live in module-level constants; a second ``_NAME = …`` further down a module silently
replaces the first for every function, also for those written against the first one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "newsmill"


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """``(name, first line, second line)`` for each top-level name a module binds again."""
    seen: dict[str, int] = {}
    twice: list[tuple[str, int, int]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return twice


def test_a_second_binding_is_found() -> None:
    source = ("import re\n_A = re.compile('x')\ndef f():\n    return _A\n"
              "_A = re.compile('y')\n_B: int\n_B = 1\n")
    assert rebound_names(source) == [("_A", 2, 5)]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert rebound_names(path.read_text(encoding="utf-8")) == []
