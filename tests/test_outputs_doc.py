"""docs/outputs.md stays true: every table and column is documented and every SQL example runs."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from newsmill.plugins.write_sqlite import SqliteWriter
from newsmill.tables.schema import TABLES, VIEWS

from .writer_runs import write_all

DOC = Path(__file__).resolve().parents[1] / "docs" / "outputs.md"


def _sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_every_table_and_column_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for t in TABLES.values():
        assert f"### `{t.name}`" in text
        for c in t.columns:
            assert f"| `{c.name}` |" in text, (t.name, c.name)
    for v in VIEWS.values():
        for c in v.columns:
            assert f"`{c.name}`" in text


def test_sql_examples_run(tmp_path):
    write_all(SqliteWriter, tmp_path)
    con = sqlite3.connect(tmp_path / "newsmill.sqlite")
    blocks = _sql_blocks()
    assert len(blocks) >= 4
    results = [con.execute(sql).fetchall() for sql in blocks]
    assert results[0][0] == ("南充市", "completed", 1, 38.0)


def test_first_example_runs_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    from newsmill.plugins.write_duckdb import duckdb_writer

    write_all(duckdb_writer, tmp_path)
    con = duckdb.connect(str(tmp_path / "newsmill.duckdb"), read_only=True)
    assert con.execute(_sql_blocks()[0]).fetchall()[0] == ("南充市", "completed", 1, 38.0)


def test_writer_options_table_matches_the_declared_options():
    from newsmill import Pipeline

    documented = {}
    for plugin, name, default in re.findall(r"^\| `\[(\w+)\] (\w+)` \| `([^`]*)` \|", DOC.read_text("utf-8"),
                                            flags=re.M):
        documented.setdefault(plugin, {})[name] = default
    p = Pipeline(plugins=[], disable=["hello"])
    for plugin, opts in documented.items():
        declared = {k: str(v).lower() if isinstance(v, bool) else str(v)
                    for k, v in p.options_for(plugin).items()}
        assert declared == opts, plugin
    assert set(documented) == {"sqlite", "parquet", "duckdb", "html"}
