"""Writer ``sqlite`` (the default format): a relational database made for SQL and Datasette.

Writes ``newsmill.sqlite`` (tables, views and full-text index described in
``docs/outputs.md``) and ``metadata.json`` beside it for Datasette.  Each
document is one transaction and replaces any earlier copy of itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity
from newsmill.tables import sqlite as sqlite_store
from newsmill.tables.rows import (
    Tables,
    document_tuples,
    entity_row_chunks,
    entity_tuple_chunks,
    run_rows,
)
from newsmill.tables.sqlite import (
    FTS_BATCH,
    DocumentImage,
    SqliteStore,
    Values,
    document_image,
    write_metadata,
)

ENTITY_CHUNK_ROWS = 5000


def entity_chunks(entities: Iterable[Entity], run_id: str,
                  rows: int = ENTITY_CHUNK_ROWS) -> Iterator[Tables]:
    """The rows of consecutive entities, about ``rows`` rows at a time (a large entity is split)."""
    return entity_row_chunks(entities, run_id, rows)


def prepare_document(run_id: str, doc: Document) -> Values:
    """The rows of one document as value tuples (runs where the document was processed)."""
    return document_tuples(doc, run_id)


def prepare_image(run_id: str, doc: Document) -> DocumentImage:
    """The rows of one document as an SQLite image, for a run whose documents come from other processes."""
    return document_image(document_tuples(doc, run_id))


def in_other_processes(run: Any) -> bool:
    """True when the run's documents are processed away from the writer (an executor with workers)."""
    return getattr(run, "executor", "serial") != "serial" and getattr(run, "workers", 1) > 1


def sends_images(run: Any) -> bool:
    """True when the rows come back as images: workers, and a sqlite3 that makes images."""
    return sqlite_store.IMAGES and in_other_processes(run)


class SqliteWriter:
    """Writes documents, entities and the run's metadata into one SQLite database."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.path = out_dir / options.get("filename", "newsmill.sqlite")
        self.run = run
        self.metadata = options.get("metadata", True)
        # with several workers, indexing text as documents come can shorten the end of the run
        # (when linking is quicker than building the text index; see docs/scale.md)
        while_loading = options.get("fts_while_loading", False) and getattr(run, "workers", 1) > 1
        self.store = SqliteStore(self.path, options.get("fts_batch", FTS_BATCH),
                                 index_text_while_loading=while_loading)
        self.store.write_run(run_rows(run))

    def write(self, doc: Document) -> None:
        """Replace the document and everything found in it (one transaction).

        A document already written in this run (a second file with the same
        bytes, hence the same id) is skipped, as in the other table formats.
        """
        if self.store.written_by(doc.id, self.run.run_id):
            return
        self.store.write_values(prepare_document(self.run.run_id, doc))

    def preparer(self) -> Callable[[Document], Values | DocumentImage]:
        """Building the rows can run in the worker that processed the document.

        When the documents are processed in other processes the rows come back
        as an SQLite image (:func:`~newsmill.tables.sqlite.document_image`;
        Python 3.11 or later): the same rows, cheaper for this process to
        receive and insert.
        """
        if sends_images(self.run):
            return functools.partial(prepare_image, self.run.run_id)
        return functools.partial(prepare_document, self.run.run_id)

    def write_prepared(self, prepared: Values | DocumentImage) -> None:
        """Like :meth:`write`, with the rows :meth:`preparer` made."""
        if isinstance(prepared, DocumentImage):
            self.store.write_image(prepared, skip_run=self.run.run_id)
        else:
            self.store.write_values(prepared, skip_run=self.run.run_id)

    def end_documents(self) -> None:
        """After the last document: index text and build indexes in the background (see the store)."""
        self.store.finish_documents()

    def write_entities(self, entities: Iterable[Entity]) -> None:
        """Replace the entities touching this run's documents (read and written in chunks)."""
        self.store.write_entity_values(
            entity_tuple_chunks(entities, self.run.run_id, ENTITY_CHUNK_ROWS), self.run.run_id)

    def close(self) -> None:
        """Record when the run finished, write ``metadata.json`` and close the database."""
        self.store.write_run(run_rows(self.run))
        self.store.close()
        if self.metadata:
            write_metadata(self.path)


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the sqlite writer."""
    return {
        "filename": Option(str, "newsmill.sqlite", "Database file name inside the output folder."),
        "metadata": Option(bool, True, "Write metadata.json for Datasette beside the database."),
        "fts_batch": Option(int, FTS_BATCH, "Index article text for full-text search every this "
                                            "many documents (and at the end of the run); a new "
                                            "database is indexed once, at the end."),
        "fts_while_loading": Option(bool, False, "With several workers, index a new database's "
                                                 "text every 40 documents or fewer while they "
                                                 "come instead (faster when linking is quick)."),
    }


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``sqlite`` format."""
    return {"sqlite": SqliteWriter}
