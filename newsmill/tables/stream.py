"""A writer skeleton for formats that store every table as rows (csv, parquet, duckdb).

The format supplies a :class:`TableSink` (``add(table, rows)``, ``finish()``);
:class:`TableWriter` turns documents, entities and run metadata into rows of
all tables, including the materialized per-kind views, and feeds the sink.
A document seen twice in one run is written once.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from newsmill.core.model import Document, Entity
from newsmill.core.run import RunError
from newsmill.tables.rows import (
    Row,
    Tables,
    document_rows,
    empty_tables,
    entity_row_chunks,
    run_rows,
    view_rows,
)
from newsmill.tables.schema import ALL_TABLES


class TableSink(Protocol):
    """Where a format puts rows."""

    def add(self, table: str, rows: list[Row]) -> None:
        """Append rows to a table (column order as in :data:`ALL_TABLES`)."""

    def finish(self) -> None:
        """Flush and close everything (tables without rows are still created)."""


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import an optional dependency, or raise :class:`RunError` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise RunError(f"{purpose} needs the {module!r} package: "
                       f"pip install 'newsmill[{extra}]'") from None


class TableWriter:
    """Feeds a :class:`TableSink` with the rows of every table."""

    def __init__(self, out_dir: Path, run: Any, sink: TableSink) -> None:
        self.out_dir = out_dir
        self.run = run
        self.sink = sink
        self._seen: set[str] = set()

    def document_tables(self, doc: Document) -> Tables | None:
        """The rows of one document, views included; ``None`` when it was already written."""
        if doc.id in self._seen:
            return None
        self._seen.add(doc.id)
        rows = document_rows(doc, self.run.run_id)
        rows.update(view_rows(rows))
        return rows

    def write(self, doc: Document) -> None:
        """Add the rows of one document (once per run)."""
        rows = self.document_tables(doc)
        if rows is not None:
            self._add(rows)

    def write_entities(self, entities: Iterable[Entity]) -> None:
        """Add the rows of the linked entities (a few thousand rows at a time)."""
        for rows in entity_row_chunks(entities, self.run.run_id):
            self._add(rows)

    def close(self) -> None:
        """Add the run's metadata and finish every table."""
        for table, table_rows in run_rows(self.run).items():
            self.sink.add(table, table_rows)
        self.sink.finish()

    def _add(self, rows: Tables) -> None:
        for table, table_rows in rows.items():
            if table_rows:
                self.sink.add(table, table_rows)


class BufferedSink:
    """Base of sinks that write rows in batches: buffers each table, ``batch`` rows at a time.

    A subclass implements :meth:`write_batch` and calls :meth:`flush_all`
    from its ``finish``.
    """

    def __init__(self, batch: int) -> None:
        self.batch = batch
        self._buf: Tables = empty_tables(ALL_TABLES)

    def add(self, table: str, rows: list[Row]) -> None:
        """Buffer rows; write a batch when the table's buffer is full."""
        buf = self._buf[table]
        buf.extend(rows)
        if len(buf) >= self.batch:
            self._flush(table)

    def flush_all(self) -> None:
        """Write what is buffered, for every table in schema order (empty tables too)."""
        for table in ALL_TABLES:
            self._flush(table)

    def write_batch(self, table: str, rows: list[Row]) -> None:
        """Write one batch of rows of ``table`` (possibly empty, from :meth:`flush_all`)."""
        raise NotImplementedError

    def _flush(self, table: str) -> None:
        rows, self._buf[table] = self._buf[table], []
        self.write_batch(table, rows)


class TableCollector:
    """A :class:`TableSink` that keeps every row in memory (``tables``)."""

    def __init__(self, names: list[str]) -> None:
        self.tables: Tables = empty_tables(names)

    def add(self, table: str, rows: list[Row]) -> None:
        """Append rows to a table."""
        self.tables[table].extend(rows)

    def finish(self) -> None:
        """Nothing to flush."""
