"""Fixtures shared by the core tests: an isolated environment and a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, settings

from newsmill.core.cli import cli
from newsmill.testing import MINIMAL_BUILTINS, builtin_plugins

# Property tests are judged on correctness, never on wall-clock time (CI machines are shared).
# The default profile draws the same examples on every run, so a run is reproducible;
# NEWSMILL_HYPOTHESIS=explore draws new ones each time, to look for cases not yet seen.
settings.register_profile("newsmill", deadline=None, suppress_health_check=[HealthCheck.too_slow],
                          derandomize=True)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("explore" if os.environ.get("NEWSMILL_HYPOTHESIS") == "explore" else "newsmill")


REPO = Path(__file__).resolve().parents[1]
#: The built-ins the core tests run with; the others are blocked (see ``minimal_builtins``).
BUILTINS = set(MINIMAL_BUILTINS)
#: ``NEWSMILL_PLUGINS`` value blocking every other built-in.
BLOCK_OTHERS = ",".join(f"no:{n}" for n in builtin_plugins() if n not in BUILTINS)

# A page written for the tests in the style of regional economic news.
PAGE = (
    "开发区 三个 项目 集中 签约\n"
    "本报讯 昨日,开发区举行项目签约仪式,3个项目总投资28亿元,预计年产值40亿元。\n"
    "其中新能源电池项目投资15亿元,建成后年产电池 2000 万只。\n"
)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No plugin selection leaks in from the environment running the tests."""
    monkeypatch.delenv("NEWSMILL_PLUGINS", raising=False)
    monkeypatch.delenv("NEWSMILL_DISABLE_PLUGIN_AUTOLOAD", raising=False)


@pytest.fixture
def minimal_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the minimal built-ins load, so stage plugins added later do not change the results."""
    monkeypatch.setenv("NEWSMILL_PLUGINS", BLOCK_OTHERS)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh current directory (so no config file is found by accident)."""
    d = tmp_path / "work"
    d.mkdir()
    monkeypatch.chdir(d)
    return d


@pytest.fixture
def page(workdir: Path) -> Path:
    """A sample page in the current directory."""
    p = workdir / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


@pytest.fixture
def invoke(workdir: Path) -> Callable[..., Result]:
    """Run the ``newsmill`` CLI in-process: ``invoke("run", "x.txt", ...)``.

    ``env`` values are added to the environment; a ``NEWSMILL_PLUGINS`` given
    there is added to the one blocking the non-minimal built-ins.
    """
    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        env = dict(env or {})
        if "NEWSMILL_PLUGINS" in env:
            env["NEWSMILL_PLUGINS"] = ",".join(filter(None, [env["NEWSMILL_PLUGINS"], BLOCK_OTHERS]))
        return CliRunner().invoke(cli, list(args), env=env)
    return run


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess:
    """Run ``python -m newsmill`` in a subprocess (repository root importable, minimal built-ins)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSMILL_")}
    full_env["NEWSMILL_PLUGINS"] = BLOCK_OTHERS
    full_env["PYTHONPATH"] = os.pathsep.join([str(REPO), full_env.get("PYTHONPATH", "")])
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "newsmill", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=60)


def plugins_json(result: Result) -> dict[str, dict]:
    """``newsmill plugins --json`` output by plugin name."""
    assert result.exit_code == 0, result.output
    return {p["name"]: p for p in json.loads(result.stdout)}


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
