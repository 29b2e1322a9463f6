"""Writer ``prepared``: builds each document's line where it was processed (``preparer``).

A line holds the document id, its length and the process that prepared it;
``prepare`` raises on a page whose text contains 坏, to check that such a
failure is reported as a write error and the run goes on.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from newsmill.core.hookspecs import hookimpl


def prepare(tag: str, doc: Any) -> str:
    """The line of one document (runs in the worker)."""
    if "坏" in doc.raw:
        raise ValueError("cannot prepare this page")
    return f"{tag}\t{doc.id}\t{len(doc.text or '')}\t{os.getpid()}\n"


class PreparedWriter:
    """Writes ``prepared.tsv``: one line per document, made by :func:`prepare`."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self._f = (out_dir / "prepared.tsv").open("w", encoding="utf-8")

    def preparer(self) -> Any:
        return functools.partial(prepare, "doc")

    def write(self, doc: Any) -> None:  # pragma: no cover - the run uses write_prepared
        raise AssertionError("write() called although a preparer is offered")

    def write_prepared(self, line: str) -> None:
        self._f.write(line)

    def write_entities(self, entities: Any) -> None:
        pass

    def close(self) -> None:
        self._f.close()


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    return {"prepared": PreparedWriter}
