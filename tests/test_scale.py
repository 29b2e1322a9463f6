"""Executors, the content-hash cache and crash-safe resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill import Pipeline
from newsmill.core.cli import cli
from newsmill.core.run import execute

ROOT = Path(__file__).resolve().parents[1]


def make_pages(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"page{i:03d}.txt"
        p.write_text(f"第{i}号标题\n\n这是第{i}篇正文,项目投资{i}亿元。\n", encoding="utf-8")
        paths.append(p)
    return paths


def docs_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "documents.jsonl").read_text("utf-8").splitlines()]


def strip_volatile(docs: list[dict]) -> list[dict]:
    for d in docs:
        d["meta"]["extra"].pop("cached", None)
    return docs


@pytest.fixture
def pipeline():
    return Pipeline(disable=["hello"])


@pytest.mark.parametrize("executor,workers", [("processes", 2), ("processes", 1)])
def test_process_pool_output_identical_to_serial(tmp_path, pipeline, executor, workers):
    make_pages(tmp_path / "in", 12)
    s1 = execute(pipeline, [str(tmp_path / "in")], tmp_path / "serial", ["jsonl"])
    s2 = execute(pipeline, [str(tmp_path / "in")], tmp_path / "pool", ["jsonl"], executor, workers)
    assert s1.documents == s2.documents == 12
    assert docs_of(tmp_path / "serial") == docs_of(tmp_path / "pool")


def test_dask_local_cluster_identical_to_serial(tmp_path, pipeline):
    pytest.importorskip("distributed")
    make_pages(tmp_path / "in", 6)
    execute(pipeline, [str(tmp_path / "in")], tmp_path / "serial", ["jsonl"])
    summary = execute(pipeline, [str(tmp_path / "in")], tmp_path / "dask", ["jsonl"], "dask", 2)
    assert summary.documents == 6
    assert docs_of(tmp_path / "serial") == docs_of(tmp_path / "dask")


def test_order_is_deterministic_with_failures_in_between(tmp_path, pipeline):
    paths = make_pages(tmp_path / "in", 5)
    paths[2].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage\x00\xff")  # binary: fails in the reader
    out = tmp_path / "out"
    summary = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"], "processes", 2)
    assert summary.failed == 1
    assert [Path(d["source"]).name for d in docs_of(out)] == [p.name for p in paths]
    errors = (out / "errors.jsonl").read_text("utf-8")
    assert "page002.txt" in errors and '"stage": "read"' in errors


def test_cache_skips_unchanged_and_reprocesses_changes(tmp_path, pipeline):
    paths = make_pages(tmp_path / "in", 4)
    out = tmp_path / "out"
    first = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert first.skipped == 0
    first_docs = docs_of(out)
    again = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert again.skipped == 4
    assert all(d["meta"]["extra"]["cached"] for d in docs_of(out))
    assert strip_volatile(docs_of(out)) == strip_volatile(first_docs)
    paths[1].write_text("改过的标题\n\n新的正文。\n", encoding="utf-8")
    changed = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert changed.skipped == 3
    assert "改过的标题" in docs_of(out)[1]["raw"]
    forced = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"], force=True)
    assert forced.skipped == 0


def test_cache_invalidated_by_plugin_and_config_changes(tmp_path):
    make_pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    execute(Pipeline(disable=["hello"]), [str(tmp_path / "in")], out, ["jsonl"])
    with_plugin = execute(Pipeline(), [str(tmp_path / "in")], out, ["jsonl"])
    assert with_plugin.skipped == 0
    new_option = execute(Pipeline(config={"hello": {"word": "标题"}}), [str(tmp_path / "in")],
                         out, ["jsonl"])
    assert new_option.skipped == 0
    assert any(m["kind"] == "greeting" for d in docs_of(out) for m in d["mentions"])
    same = execute(Pipeline(config={"hello": {"word": "标题"}}), [str(tmp_path / "in")], out, ["jsonl"])
    assert same.skipped == 3


def test_profile_reports_time_per_plugin_from_workers(tmp_path):
    make_pages(tmp_path / "in", 4)
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "o"),
                                      "--format", "jsonl", "--workers", "2", "--profile"])
    assert result.exit_code == 0, result.output
    assert "read-text" in result.output
    assert "segment-news" in result.output or "segment-whole" in result.output


def test_sigkill_mid_run_then_resume_writes_every_document_once(tmp_path):
    make_pages(tmp_path / "in", 30)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSMILL_TEST_SLEEP": "0.1"}
    config = tmp_path / "newsmill.toml"
    config.write_text("[exec-serial]\nbatch = 2\n", encoding="utf-8")  # written two by two
    cmd = [sys.executable, "-m", "newsmill.core.cli", "--config", str(config), "run",
           str(tmp_path / "in"), "-o", str(out), "--format", "jsonl", "--format", "sqlite", "-q",
           "-p", "tests.scale_plugins.slow", "-p", "no:hello"]
    proc = subprocess.Popen(cmd, env=env, start_new_session=True)
    deadline = time.time() + 60
    cache = out / ".newsmill-cache.sqlite"
    # wait until some documents are done, then kill the whole process group
    while time.time() < deadline:
        time.sleep(0.3)
        if cache.exists() and _cached_count(cache) >= 5:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _cached_count(cache)
    assert 5 <= done_before < 30
    env["NEWSMILL_TEST_SLEEP"] = "0"
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    docs = docs_of(out)
    assert sorted(Path(d["source"]).name for d in docs) == [f"page{i:03d}.txt" for i in range(30)]
    assert sum(bool(d["meta"]["extra"].get("cached")) for d in docs) >= done_before
    assert _cached_count(cache) == 30
    # the database, bulk-loaded without its secondary indexes when killed, is whole again
    import sqlite3

    from newsmill.tables.sqlite import document_indexes
    with sqlite3.connect(out / "newsmill.sqlite") as db:
        names = sorted(Path(r[0]).name for r in db.execute("SELECT source FROM documents"))
        assert names == [f"page{i:03d}.txt" for i in range(30)]
        assert db.execute("SELECT count(*) FROM mentions WHERE kind = 'marker'").fetchone()[0] == 30
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {name for name, _sql in document_indexes()} <= indexes


def _cached_count(path: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(path, timeout=5) as db:
            return db.execute("SELECT count(*) FROM cache").fetchone()[0]
    except sqlite3.Error:
        return 0
