"""The tabular layout of newsmill output, shared by the table writers and the report.

:mod:`~newsmill.tables.schema` declares every table (columns, types, keys,
descriptions) and the per-kind record views; :mod:`~newsmill.tables.rows`
turns documents, entities and run metadata into rows; :mod:`~newsmill.tables.restore`
turns rows back into documents and entities; :mod:`~newsmill.tables.sqlite`
is the SQLite store.  Writers (sqlite, csv, parquet, duckdb, html) all use
this one layout, so every format holds the same tables.
"""

from newsmill.tables.rows import Tables, document_rows, entity_rows, run_rows, view_rows
from newsmill.tables.schema import SCHEMA_VERSION, TABLES, VIEWS, Column, Table, View

__all__ = ["SCHEMA_VERSION", "TABLES", "VIEWS", "Column", "Table", "Tables", "View",
           "document_rows", "entity_rows", "run_rows", "view_rows"]
