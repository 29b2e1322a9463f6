"""Writer ``duckdb``: a DuckDB database ``newsmill.duckdb`` with the same tables (extra ``newsmill[duckdb]``).

Every table of the SQLite layout, plus the per-kind views (projects,
batches, indicators) as tables, with typed columns and column comments.
Rows go in through Arrow in batches.  The file is built as
``newsmill.duckdb.partial`` and renamed when the run finishes, so an
interrupted run leaves the previous database untouched; each run writes a
fresh database holding that run's documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.tables.arrow import arrow_table
from newsmill.tables.rows import Row
from newsmill.tables.schema import ALL_TABLES, SCHEMA_VERSION
from newsmill.tables.stream import BufferedSink, TableWriter, require

DUCK_TYPES = {"text": "VARCHAR", "json": "VARCHAR", "int": "BIGINT", "real": "DOUBLE",
              "bool": "BOOLEAN"}


def _q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


class DuckdbSink(BufferedSink):
    """Creates the tables in a new DuckDB file and appends rows through Arrow."""

    def __init__(self, path: Path, batch: int = 20000) -> None:
        super().__init__(batch)
        self.duckdb = require("duckdb", "duckdb", "the duckdb format")
        self.pa = require("pyarrow", "duckdb", "the duckdb format")
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.partial.unlink(missing_ok=True)
        self.con = self.duckdb.connect(str(self.partial))
        self.con.execute("BEGIN TRANSACTION")
        for name, t in ALL_TABLES.items():
            cols = ", ".join(f'"{c.name}" {DUCK_TYPES[c.type]}' for c in t.columns)
            self.con.execute(f'CREATE TABLE "{name}" ({cols})')
            self.con.execute(f'COMMENT ON TABLE "{name}" IS {_q(t.description)}')
            for c in t.columns:
                self.con.execute(f'COMMENT ON COLUMN "{name}"."{c.name}" IS {_q(c.description)}')
        self.con.execute("CREATE TABLE newsmill_schema (version INTEGER)")
        self.con.execute("INSERT INTO newsmill_schema VALUES (?)", [SCHEMA_VERSION])
        self.con.execute("COMMIT")

    def write_batch(self, table: str, rows: list[Row]) -> None:
        """Insert rows through an Arrow table."""
        if not rows:
            return
        self.con.register("_newsmill_rows", arrow_table(self.pa, table, rows))
        self.con.execute(f'INSERT INTO "{table}" SELECT * FROM _newsmill_rows')
        self.con.unregister("_newsmill_rows")

    def finish(self) -> None:
        """Insert what is buffered, close the database and move it into place."""
        self.flush_all()
        self.con.execute("CHECKPOINT")
        self.con.close()
        self.partial.replace(self.path)


def duckdb_writer(out_dir: Path, run: Any, options: dict) -> TableWriter:
    """Factory of the ``duckdb`` format."""
    sink = DuckdbSink(out_dir / options.get("filename", "newsmill.duckdb"), options.get("batch", 20000))
    return TableWriter(out_dir, run, sink)


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the duckdb writer."""
    return {"filename": Option(str, "newsmill.duckdb", "Database file name inside the output folder."),
            "batch": Option(int, 20000, "Rows buffered per table before an insert.")}


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``duckdb`` format."""
    return {"duckdb": duckdb_writer}
