"""`newsmill run` executor options: worker defaults, --scheduler, executors that cannot start."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsmill.core.cli import cli
from tests.plugins import recording_executor

REPO = Path(__file__).resolve().parents[1]
PLUGIN = "tests.plugins.recording_executor"


def page(tmp_path: Path) -> Path:
    p = tmp_path / "p.txt"
    p.write_text("标题\n\n正文,签约项目三个。\n", encoding="utf-8")
    return p


def run(*args: str):
    return CliRunner().invoke(cli, ["-p", PLUGIN, "-p", "no:hello", "run", *args])


def test_pool_executor_without_workers_gets_one_worker_per_core(tmp_path):
    recording_executor.BUILT.clear()
    res = run(str(page(tmp_path)), "-o", str(tmp_path / "o"), "-q", "--format", "jsonl",
              "--executor", "recording")
    assert res.exit_code == 0, res.output
    assert recording_executor.BUILT[-1]["workers"] == (os.cpu_count() or 1)


def test_scheduler_goes_to_the_executor_options(tmp_path):
    recording_executor.BUILT.clear()
    res = run(str(page(tmp_path)), "-o", str(tmp_path / "o"), "-q", "--format", "jsonl",
              "--executor", "recording", "--workers", "1", "--scheduler", "tcp://127.0.0.1:8786")
    assert res.exit_code == 0, res.output
    assert recording_executor.BUILT[-1]["options"]["scheduler"] == "tcp://127.0.0.1:8786"


def test_scheduler_refused_by_an_executor_without_one(tmp_path):
    res = run(str(page(tmp_path)), "-o", str(tmp_path / "o"), "-q", "--scheduler", "tcp://x:1")
    assert res.exit_code == 2
    assert "executor 'serial' takes no 'scheduler' setting" in res.output


def test_executor_that_cannot_start_is_one_clear_line(tmp_path):
    res = run(str(page(tmp_path)), "-o", str(tmp_path / "o"), "-q", "--executor", "broken")
    assert res.exit_code == 2
    assert "Traceback" not in res.output
    assert "cannot start" in res.output and "pip install 'newsmill[broken]'" in res.output


def test_unknown_plugin_in_config_names_file_and_key(tmp_path):
    (tmp_path / "newsmill.toml").write_text('plugins = ["no_such_plugin_here"]\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["--config", str(tmp_path / "newsmill.toml"), "pipeline"])
    assert res.exit_code == 2
    assert f"{tmp_path / 'newsmill.toml'}: plugins: unknown plugin 'no_such_plugin_here'" in res.output


def test_progress_on_a_terminal_and_quiet_without_one(tmp_path):
    p = page(tmp_path)
    cmd = [sys.executable, "-m", "newsmill", "run", str(p), "-o", str(tmp_path / "o"),
           "--format", "jsonl", "-p", "no:hello"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    master, slave = pty.openpty()
    proc = subprocess.run(cmd, stderr=slave, stdout=subprocess.DEVNULL, env=env, timeout=120)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"\r1 documents" in shown  # the live counter, redrawn in place
    piped = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    assert b"\r" not in piped.stderr and b"1 documents" in piped.stderr  # summary only
