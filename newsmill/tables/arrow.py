"""Apache Arrow schemas and record batches for the tables (used by parquet and duckdb).

``pyarrow`` is imported by the caller through :func:`newsmill.tables.stream.require`
so that a missing extra gives a clear message; pass the module in.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from newsmill.tables.rows import Row
from newsmill.tables.schema import ALL_TABLES, Table


def arrow_type(pa: ModuleType, type_: str) -> Any:
    """The Arrow type of a logical column type."""
    return {"text": pa.string(), "json": pa.string(), "int": pa.int64(), "real": pa.float64(),
            "bool": pa.bool_()}[type_]


def arrow_schema(pa: ModuleType, table: Table) -> Any:
    """The Arrow schema of a table, with column descriptions as field metadata."""
    fields = [pa.field(c.name, arrow_type(pa, c.type), metadata={"description": c.description})
              for c in table.columns]
    return pa.schema(fields, metadata={"description": table.description,
                                       "primary_key": table.primary_key})


def arrow_table(pa: ModuleType, name: str, rows: list[Row]) -> Any:
    """An Arrow table of ``rows`` with the typed schema of table ``name``."""
    table = ALL_TABLES[name]
    schema = arrow_schema(pa, table)
    columns = {c: [r[c] for r in rows] for c in table.column_names}
    return pa.Table.from_pydict(columns, schema=schema)
