"""Writer ``csv``: one CSV file per table in ``OUT/csv/`` (UTF-8, header row).

The tables are those of the SQLite database (``docs/outputs.md``) with the
per-kind views (projects, batches, indicators) written as files too.  JSON
columns hold JSON text; booleans are ``1``/``0``; an empty cell is a null.
The folder is written as ``csv.partial`` and renamed when the run finishes.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.tables.rows import Row
from newsmill.tables.schema import ALL_TABLES
from newsmill.tables.stream import TableWriter


class CsvSink:
    """One open CSV file per table, rows appended as documents arrive."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(self.partial, ignore_errors=True)
        self.partial.mkdir(parents=True)
        self._files: dict[str, Any] = {}
        self._writers: dict[str, Any] = {}
        for name, table in ALL_TABLES.items():
            f = (self.partial / f"{name}.csv").open("w", encoding="utf-8", newline="")
            w = csv.writer(f)
            w.writerow(table.column_names)
            self._files[name], self._writers[name] = f, w

    def add(self, table: str, rows: list[Row]) -> None:
        """Append rows to ``table.csv``."""
        cols = ALL_TABLES[table].column_names
        self._writers[table].writerows([[_cell(r[c]) for c in cols] for r in rows])

    def finish(self) -> None:
        """Close every file and move the folder into place."""
        for f in self._files.values():
            f.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        self.partial.rename(self.folder)


def _cell(v: Any) -> Any:
    if isinstance(v, bool):
        return 1 if v else 0
    return v


def csv_writer(out_dir: Path, run: Any, options: dict) -> TableWriter:
    """Factory of the ``csv`` format."""
    return TableWriter(out_dir, run, CsvSink(out_dir / "csv"))


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``csv`` format."""
    return {"csv": csv_writer}
