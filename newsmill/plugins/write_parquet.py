"""Writer ``parquet``: one typed Parquet file per table in ``OUT/parquet/`` (extra ``newsmill[parquet]``).

Columns are typed (string, int64, float64, bool; JSON columns are strings)
and carry their descriptions as field metadata.  Rows are written in row
groups as documents arrive, so memory stays bounded.  The folder is written
as ``parquet.partial`` and renamed when the run finishes, so an interrupted
run leaves the previous output untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.tables.arrow import arrow_schema, arrow_table
from newsmill.tables.rows import Row
from newsmill.tables.schema import ALL_TABLES
from newsmill.tables.stream import BufferedSink, TableWriter, require


class ParquetSink(BufferedSink):
    """Buffers rows per table and writes them as row groups of one Parquet file per table."""

    def __init__(self, folder: Path, row_group: int = 20000) -> None:
        super().__init__(row_group)
        self.pa = require("pyarrow", "parquet", "the parquet format")
        self.pq = require("pyarrow.parquet", "parquet", "the parquet format")
        self.folder = folder
        self.partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(self.partial, ignore_errors=True)
        self.partial.mkdir(parents=True)
        self._writers: dict[str, Any] = {}

    def write_batch(self, table: str, rows: list[Row]) -> None:
        """Write rows as one row group (opening the table's file on first use)."""
        w = self._writers.get(table)
        if w is None:
            w = self._writers[table] = self.pq.ParquetWriter(
                self.partial / f"{table}.parquet", arrow_schema(self.pa, ALL_TABLES[table]),
                compression="zstd")
        w.write_table(arrow_table(self.pa, table, rows))

    def finish(self) -> None:
        """Write what is buffered, close every file and move the folder into place."""
        self.flush_all()
        for table in ALL_TABLES:
            self._writers[table].close()
        shutil.rmtree(self.folder, ignore_errors=True)
        self.partial.rename(self.folder)


def parquet_writer(out_dir: Path, run: Any, options: dict) -> TableWriter:
    """Factory of the ``parquet`` format."""
    return TableWriter(out_dir, run, ParquetSink(out_dir / "parquet", options.get("row_group", 20000)))


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the parquet writer."""
    return {"row_group": Option(int, 20000, "Rows per Parquet row group (bounds memory).")}


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``parquet`` format."""
    return {"parquet": parquet_writer}
