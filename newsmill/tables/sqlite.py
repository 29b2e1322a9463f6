"""The SQLite store: schema creation and checks, one transaction per document, reading back.

The schema version is kept in ``PRAGMA user_version``; opening a database
written with another version is an error naming the file and both versions.
A document is replaced as a whole (its row is deleted, which cascades to its
articles, mentions, records…, then written again) inside one transaction, so
writing the same input twice leaves no duplicates and an interrupted run
never leaves a half-written document.  Article headlines and bodies are
indexed with FTS5 (trigram tokenizer: any substring of 3+ characters), in
bulk every few hundred documents and when the store closes (into a new
database: once, after the last document).
"""

from __future__ import annotations

import itertools
import json
import operator
import pickle
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from newsmill.core.run import RunError
from newsmill.tables.rows import Row, Tables
from newsmill.tables.schema import SCHEMA_VERSION, TABLES, VIEWS, Table, View

SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "INTEGER", "json": "TEXT"}
FTS_TABLE = "articles_fts"
FTS_COLUMNS = ("headline", "body")
FTS_PENDING = "articles_fts_pending"
FTS_BATCH = 200
LOADING_FTS_BATCH = 40
"""Documents between two text-indexing batches of a bulk load that indexes while loading (at most)."""
PAGE_SIZE = 8192
"""Page size of a new database: fewer pages and WAL frames per document than SQLite's 4096
(inserts and the end-of-run index building about 7 % cheaper; the rows are the same)."""


class SchemaMismatch(RunError):
    """The database was written by another schema version, or is not a newsmill database."""


def table_ddl(t: Table) -> str:
    """``CREATE TABLE`` statement of a table, with its primary and foreign keys."""
    cols = []
    for i, c in enumerate(t.columns):
        line = f'"{c.name}" {SQL_TYPES[c.type]}'
        if i == 0:
            line += " PRIMARY KEY NOT NULL"
        if c.references:
            ref_table, ref_col = c.references.split(".")
            action = "SET NULL" if c.name == "run_id" and t.name != "run_plugins" else "CASCADE"
            line += f" REFERENCES {ref_table}({ref_col}) ON DELETE {action}"
        cols.append(line)
    return f"CREATE TABLE {t.name} (\n  " + ",\n  ".join(cols) + "\n)"


def index_ddl(t: Table) -> list[str]:
    """``CREATE INDEX`` statements of a table."""
    return [f"CREATE INDEX idx_{t.name}_{'_'.join(cols)} ON {t.name} ({', '.join(cols)})"
            for cols in t.indexes]


def document_indexes() -> list[tuple[str, str]]:
    """``(name, CREATE INDEX statement)`` of the secondary indexes of the per-document tables."""
    out = []
    for t in TABLES.values():
        if t.per_document:
            for cols, sql in zip(t.indexes, index_ddl(t)):
                out.append((f"idx_{t.name}_{'_'.join(cols)}", sql))
    return out


def entity_indexes() -> list[tuple[str, str]]:
    """``(name, CREATE INDEX statement)`` of the secondary indexes of the entity tables."""
    return [(f"idx_{t}_{'_'.join(cols)}", sql)
            for t in ENTITY_TABLES for cols, sql in zip(TABLES[t].indexes, index_ddl(TABLES[t]))]


def _existing_indexes(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def create_missing_indexes(con: sqlite3.Connection) -> int:
    """Create the per-document indexes a database lacks (deferred by a bulk load); return how many."""
    have = _existing_indexes(con)
    missing = [sql for name, sql in document_indexes() if name not in have]
    if missing:
        con.execute("BEGIN")
        for sql in missing:
            con.execute(sql)
        con.execute("COMMIT")
    return len(missing)


def _view_expr(sources: Iterable[tuple[str, str]], type_: str) -> str:
    parts = []
    for name, path in sources:
        v = f"json_extract(f.value, '{path}')"
        jt = f"json_type(f.value, '{path}')"
        if type_ == "real":
            e = f"CASE WHEN {jt} IN ('integer', 'real') THEN {v} END"
        else:
            e = (f"CASE WHEN {jt} IN ('integer', 'real', 'true', 'false') THEN CAST({v} AS TEXT) "
                 f"WHEN {jt} = 'null' THEN NULL ELSE {v} END")
        parts.append(f"MAX(CASE WHEN f.name = '{name}' THEN {e} END)")
    return parts[0] if len(parts) == 1 else f"COALESCE({', '.join(parts)})"


def view_ddl(v: View) -> str:
    """``CREATE VIEW`` statement flattening the records of one kind into columns."""
    cols = ["r.id AS id", "r.doc_id AS doc_id", "r.article_id AS article_id", "d.source AS source",
            "d.pub_date AS pub_date", "a.headline AS headline"]
    cols += [f'{_view_expr(c.sources, c.type)} AS "{c.name}"' for c in v.columns]
    cols += ["r.raw_text AS evidence", "r.raw_start AS raw_start", "r.raw_end AS raw_end",
             "r.confidence AS confidence"]
    return (f"CREATE VIEW {v.name} AS SELECT\n  " + ",\n  ".join(cols) +
            "\nFROM records r JOIN documents d ON d.id = r.doc_id"
            "\nLEFT JOIN articles a ON a.id = r.article_id"
            "\nLEFT JOIN record_fields f ON f.record_id = r.id"
            f"\nWHERE r.kind = '{v.kind}'\nGROUP BY r.id")


def fts_ddl() -> list[str]:
    """The FTS5 table over article headlines and bodies, and the triggers that keep it true.

    New articles are queued in ``fts_pending`` (by a trigger, in the same
    transaction as their document) and indexed in bulk by :func:`index_pending`,
    which is several times cheaper than indexing each document as it comes.
    A deleted article is removed from the index, or from the queue if it was
    never indexed, so the index never holds stale text, even after a crash.
    """
    cols = ", ".join(FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    unindex = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) SELECT 'delete', old.rowid, {old} "
               f"WHERE NOT EXISTS (SELECT 1 FROM {FTS_PENDING} WHERE id = old.rowid); "
               f"DELETE FROM {FTS_PENDING} WHERE id = old.rowid;")
    return [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({cols}, content='articles', "
        "content_rowid='rowid', tokenize='trigram')",
        f"CREATE TABLE {FTS_PENDING} (id INTEGER PRIMARY KEY)",
        f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
        f"INSERT INTO {FTS_PENDING}(id) VALUES (new.rowid); END",
        f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {unindex} END",
        f"CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN {unindex} "
        f"INSERT OR IGNORE INTO {FTS_PENDING}(id) VALUES (new.rowid); END",
    ]


FTS_HASH_SIZE = 8 * 1024 * 1024
"""Bytes of new index terms FTS5 holds in memory before writing them out as a segment while
:func:`index_pending` runs (FTS5's own default is 1 MiB).  Trigrams of Chinese text are many
distinct terms: with 1 MiB a bulk load writes many small segments that FTS5 then merges
again and again; with 8 MiB the same text is indexed in about 40 % of the CPU (search results
are the same).  It is set for the indexing transaction only: the setting is not left in the
database."""


def _set_hash_size(con: sqlite3.Connection, size: int) -> bool:
    """Raise the FTS5 pending-terms limit for this connection (inside a transaction)."""
    try:
        con.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES('hashsize', ?)", (size,))
    except sqlite3.OperationalError:  # an SQLite whose FTS5 lacks the setting: its default
        return False
    return True


def index_pending(con: sqlite3.Connection) -> int:
    """Index the queued articles in one transaction; return how many were indexed."""
    con.execute("BEGIN")
    try:
        # The setting applies to this connection at once; its row in the config table is
        # removed in the same transaction, so the database keeps FTS5's default for others.
        queued = con.execute(f"SELECT 1 FROM {FTS_PENDING} LIMIT 1").fetchone() is not None
        if queued and _set_hash_size(con, FTS_HASH_SIZE):
            con.execute(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'hashsize'")
        cur = con.execute(f"INSERT INTO {FTS_TABLE}(rowid, {', '.join(FTS_COLUMNS)}) "
                          f"SELECT a.rowid, {', '.join('a.' + c for c in FTS_COLUMNS)} FROM articles a "
                          f"JOIN {FTS_PENDING} p ON p.id = a.rowid")
        n = cur.rowcount
        con.execute(f"DELETE FROM {FTS_PENDING}")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return n


def schema_sql() -> list[str]:
    """Every statement creating the schema, in order."""
    stmts: list[str] = []
    for t in TABLES.values():
        stmts.append(table_ddl(t))
        stmts.extend(index_ddl(t))
    stmts.extend(fts_ddl())
    stmts.extend(view_ddl(v) for v in VIEWS.values())
    stmts.append(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return stmts


def connect(path: Path, create: bool = False) -> sqlite3.Connection:
    """Open a newsmill database (creating the schema when ``create`` and the file is new).

    Raises :class:`SchemaMismatch` for a database of another schema version or
    another application, and :class:`RunError` when the file cannot be opened.
    """
    if not create and not path.is_file():
        raise RunError(f"{path}: no such database")
    try:
        con = sqlite3.connect(path, isolation_level=None)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        n_tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise RunError(f"{path}: not a SQLite database ({e})") from None
    if version == 0 and n_tables == 0 and create:
        con.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before the first table: a new file
        con.execute("BEGIN")
        for stmt in schema_sql():
            con.execute(stmt)
        con.execute("COMMIT")
    elif version == 0:
        con.close()
        raise SchemaMismatch(f"{path}: not a newsmill database (no schema version); "
                             "choose another output folder")
    elif version != SCHEMA_VERSION:
        con.close()
        raise SchemaMismatch(f"{path}: written with newsmill schema version {version}, this newsmill "
                             f"uses version {SCHEMA_VERSION}; write to another output folder or "
                             "delete the file to rebuild it")
    con.execute("PRAGMA foreign_keys = ON")
    return con


def quoted(cols: Iterable[str]) -> str:
    """Column names quoted for SQL (some, like ``end``, are keywords)."""
    return ", ".join(f'"{c}"' for c in cols)


DOCUMENT_INSERT_ORDER = ("documents", "articles", "mentions", "records", "record_evidence",
                         "record_fields", "field_evidence", "regions", "problems")
"""The per-document tables in the order their rows are inserted (referenced tables first)."""

Values = list[tuple[str, list[tuple[Any, ...]]]]
"""A document's rows as ``[(table, [tuple of column values, …]), …]``, tables without rows left out."""


def _insert_sql(table: str) -> str:
    cols = TABLES[table].column_names
    return f"INSERT INTO {table} ({quoted(cols)}) VALUES ({', '.join('?' * len(cols))})"


_INSERT_SQL = {t: _insert_sql(t) for t in TABLES}


def document_values(rows: Tables) -> Values:
    """A document's rows (from :func:`~newsmill.tables.rows.document_rows`) as value tuples.

    Picklable and cheap to unpickle: made where the document is processed,
    inserted by :meth:`SqliteStore.write_values`.
    """
    out: Values = []
    for table in DOCUMENT_INSERT_ORDER:
        table_rows = rows.get(table)
        if table_rows:
            cols = TABLES[table].column_names
            if len(cols) > 1:  # itemgetter gives each row's tuple of values, in C
                out.append((table, list(map(operator.itemgetter(*cols), table_rows))))
            else:
                out.append((table, [(r[cols[0]],) for r in table_rows]))
    return out


def _insert_values(con: sqlite3.Connection, table: str, tuples: list[tuple[Any, ...]]) -> None:
    con.executemany(_INSERT_SQL[table], tuples)


class DocumentImage(NamedTuple):
    """A document's rows as the image of a small SQLite database (see :func:`document_image`)."""

    doc_id: str
    data: bytes


IMAGES = hasattr(sqlite3.Connection, "serialize") and hasattr(sqlite3.Connection, "deserialize")
"""True when this Python's sqlite3 can make and read database images (Python 3.11+, SQLite 3.36+)."""

IMAGE_SCHEMA = "newsmill_image"
"""Name under which :meth:`SqliteStore.write_image` attaches the images it copies in."""

_IMAGE_COPY = {t: (f"INSERT INTO main.{t} ({quoted(TABLES[t].column_names)}) "
                   f"SELECT * FROM {IMAGE_SCHEMA}.{t} ORDER BY rowid") for t in DOCUMENT_INSERT_ORDER}


class _ImageMaker:
    """An in-memory database of the document tables, untyped, reset for each document."""

    def __init__(self) -> None:
        self.con = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.con.execute("PRAGMA journal_mode = OFF")
        for table in DOCUMENT_INSERT_ORDER:  # no declared types: values stay as they were bound
            self.con.execute(f"CREATE TABLE {table} ({quoted(TABLES[table].column_names)})")
        self.empty = self.con.serialize()

    def __call__(self, values: Values) -> bytes:
        self.con.deserialize(self.empty)  # the empty tables again: no free pages carried over
        self.con.execute("BEGIN")
        for table, tuples in values:
            _insert_values(self.con, table, tuples)
        self.con.execute("COMMIT")
        return self.con.serialize()


_makers = threading.local()


def document_image(values: Values) -> DocumentImage:
    """A document's rows (as :func:`document_values` gives them) as a :class:`DocumentImage`.

    For runs whose documents are processed in other processes: the rows go
    into an in-memory database whose tables have no declared types (so each
    value stays as it was bound), and its serialized image is what is sent
    back.  :meth:`SqliteStore.write_image` copies it in with ``INSERT …
    SELECT``: the same rows, rowids and types as :meth:`SqliteStore.write_values`,
    for about half the CPU in the process that writes (no row tuples to
    unpickle, no Python values to bind), and more where the image is made.
    """
    maker = getattr(_makers, "maker", None)
    if maker is None:
        maker = _makers.maker = _ImageMaker()
    return DocumentImage(values[0][1][0][0], maker(values))


def _insert(con: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    cols = TABLES[table].column_names
    sql = f"INSERT INTO {table} ({quoted(cols)}) VALUES ({', '.join('?' * len(cols))})"
    if len(cols) > 1:  # itemgetter gives each row's tuple of values, in C
        con.executemany(sql, map(operator.itemgetter(*cols), rows))
    else:
        con.executemany(sql, [[r[c] for c in cols] for r in rows])


ENTITY_TABLES = ("entities", "entity_members", "entity_timeline")

EntityValues = tuple[list[tuple[str]], list[tuple[str, list[tuple[Any, ...]]]]]
"""One chunk of entity rows: the ids of its entities, and each table's value tuples."""


def entity_values(chunks: Iterable[Tables]) -> Iterator[EntityValues]:
    """Chunks of entity rows (dicts) as :data:`EntityValues`."""
    for rows in chunks:
        ids = [(e["id"],) for e in rows.get("entities", [])]
        yield ids, [(t, list(map(operator.itemgetter(*TABLES[t].column_names), rows[t])))
                    for t in ENTITY_TABLES if rows.get(t)]


def _while_alive(chunks: Iterator[EntityValues], thread: threading.Thread) -> Iterator[EntityValues]:
    """The chunks of ``chunks`` up to the first one made after ``thread`` ended (included)."""
    for chunk in chunks:
        yield chunk
        if not thread.is_alive():
            return


class _StagedChunks:
    """Chunks of :data:`EntityValues` written to a temporary file, read back in order.

    Building the rows (Python) happens in the constructor, beside the
    finishing thread; reading them back is unpickling only.
    """

    def __init__(self, values: Iterable[EntityValues]) -> None:
        self._file = tempfile.TemporaryFile(prefix="newsmill-entity-rows-")
        self._count = 0
        for chunk in values:
            pickle.dump(chunk, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._count += 1
        self._file.flush()

    def __iter__(self) -> Iterator[EntityValues]:
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()


class SqliteStore:
    """Writes documents, entities and run metadata into a newsmill SQLite database."""

    def __init__(self, path: Path, fts_batch: int = FTS_BATCH, index_text_while_loading: bool = False
                 ) -> None:
        self.path = path
        self.index_text_while_loading = index_text_while_loading
        self.con = connect(path, create=True)
        self.con.execute("PRAGMA journal_mode = WAL")
        self.con.execute("PRAGMA synchronous = NORMAL")
        self.fts_batch = fts_batch
        self._unindexed = 0
        index_pending(self.con)  # what an interrupted run left queued
        # Bulk load: into a database without documents, rows go in without the secondary
        # indexes, which are built once at the end (several times cheaper than keeping them
        # up to date).  A database with documents gets its indexes at once: replacing a
        # document deletes its rows by doc_id, and a run killed before the end left them out.
        # During a bulk load the full-text index is also built once at the end (in
        # finish_documents' thread), and foreign keys are not checked: the rows are the
        # store's own, and replacing a document that is already there (which needs the
        # cascade) turns the checks back on for that document.  With
        # ``index_text_while_loading`` the text is indexed every ``fts_batch`` documents
        # (at most LOADING_FTS_BATCH) instead, for runs whose workers keep the other cores
        # busy: the work then shares them, rather than lengthening the end of the run.
        self._deferred = False
        self._image_attached = False
        self._finishing: threading.Thread | None = None
        self._finish_error: BaseException | None = None
        if self.con.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
            have = _existing_indexes(self.con)
            self.con.execute("BEGIN")
            for name, _sql in document_indexes():
                if name in have:
                    self.con.execute(f"DROP INDEX {name}")
            self.con.execute("COMMIT")
            self._deferred = True
            self.con.execute("PRAGMA foreign_keys = OFF")
        else:
            create_missing_indexes(self.con)

    def write_run(self, rows: Tables) -> None:
        """Insert or replace the run's row and its plugins."""
        run_id = rows["runs"][0]["id"]
        self.con.execute("BEGIN")
        self.con.execute("DELETE FROM run_plugins WHERE run_id = ?", (run_id,))
        cols = TABLES["runs"].column_names
        update = ", ".join(f'"{c}" = excluded."{c}"' for c in cols[1:])
        self.con.execute(f"INSERT INTO runs ({quoted(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                         f"ON CONFLICT(id) DO UPDATE SET {update}", [rows["runs"][0][c] for c in cols])
        _insert(self.con, "run_plugins", rows["run_plugins"])
        self.con.execute("COMMIT")

    def write_document(self, rows: Tables) -> None:
        """Replace one document and everything under it, in one transaction."""
        self.write_values(document_values(rows))

    def write_values(self, values: Values, skip_run: str | None = None) -> bool:
        """Replace one document given as :func:`document_values`, in one transaction.

        With ``skip_run``, a document that run has already written is left
        as it is (as :meth:`written_by` would tell, in the same lookup); the
        return value says whether the document was written.
        """
        doc_id = values[0][1][0][0]  # documents come first; the id is their first column
        return self._replace(doc_id, skip_run, lambda con: [_insert_values(con, table, tuples)
                                                            for table, tuples in values])

    def write_image(self, image: DocumentImage, skip_run: str | None = None) -> bool:
        """Like :meth:`write_values`, with the rows given as :func:`document_image` made them."""
        return self._replace(image.doc_id, skip_run, self._copy_image, image.data)

    def _copy_image(self, con: sqlite3.Connection) -> None:
        for table in DOCUMENT_INSERT_ORDER:
            con.execute(_IMAGE_COPY[table])

    def _detach_image(self) -> None:
        if self._image_attached:
            self.con.execute(f"DETACH {IMAGE_SCHEMA}")
            self._image_attached = False

    def _replace(self, doc_id: str, skip_run: str | None,
                 insert: Callable[[sqlite3.Connection], Any], image: bytes | None = None) -> bool:
        """Replace document ``doc_id`` by what ``insert`` inserts, in one transaction."""
        self.wait_finished()
        con = self.con
        checked = not self._deferred
        if skip_run is not None or not checked:
            row = con.execute("SELECT run_id FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is not None:
                if skip_run is not None and row[0] == skip_run:
                    return False
                if not checked:
                    con.execute("PRAGMA foreign_keys = ON")  # its old rows go by cascade
                    checked = True
        try:
            if image is not None:  # outside any transaction, as SQLite wants
                if not self._image_attached:
                    con.execute(f"ATTACH ':memory:' AS {IMAGE_SCHEMA}")
                    self._image_attached = True
                con.deserialize(image, name=IMAGE_SCHEMA)
            con.execute("BEGIN")
            try:
                if checked:
                    con.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
                insert(con)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            if checked and self._deferred:  # outside the transaction, where the setting applies
                con.execute("PRAGMA foreign_keys = OFF")
        if not self._deferred:
            self._unindexed += 1
            if self._unindexed >= self.fts_batch:
                self.index()
        elif self.index_text_while_loading:  # small batches: as cheap as one (FTS5 merges segments)
            self._unindexed += 1
            if self._unindexed >= min(self.fts_batch, LOADING_FTS_BATCH):
                self.index()
        return True

    def index(self) -> None:
        """Index the articles written since the last call in the full-text table."""
        self.wait_finished()
        index_pending(self.con)
        self._unindexed = 0

    def written_by(self, doc_id: str, run_id: str) -> bool:
        """True when run ``run_id`` has already written document ``doc_id``."""
        row = self.con.execute("SELECT 1 FROM documents WHERE id = ? AND run_id = ?",
                               (doc_id, run_id)).fetchone()
        return row is not None

    def write_entities(self, rows: Tables, run_id: str) -> None:
        """Replace the entities with a member in a document of run ``run_id`` (or sharing an id)."""
        self.write_entity_chunks([rows], run_id)

    def write_entity_chunks(self, chunks: Iterable[Tables], run_id: str) -> None:
        """Like :meth:`write_entities`, with the rows given in chunks (one transaction)."""
        self.write_entity_values(entity_values(chunks), run_id)

    def write_entity_values(self, values: Iterable[EntityValues], run_id: str) -> None:
        """Like :meth:`write_entity_chunks`, with each chunk given as :data:`EntityValues`.

        While :meth:`finish_documents`' thread still runs, the chunks are
        first made (Python work that overlaps the thread's SQLite work) and
        staged in a temporary file; once the thread has ended, the staged
        chunks are inserted, then the following ones as they are made
        (staging them too would only add their pickling).  The statements
        and rows are the same either way.
        """
        finishing = self._finishing
        staged = None
        if finishing is not None and finishing.is_alive():
            chunks = iter(values)
            staged = _StagedChunks(_while_alive(chunks, finishing))
            values = itertools.chain(staged, chunks)
        try:
            self.wait_finished()
            self.build_indexes()
            self.con.execute("BEGIN")
            try:
                self.con.execute("DELETE FROM entities WHERE id IN (SELECT entity_id FROM entity_members "
                                 "WHERE doc_id IN (SELECT id FROM documents WHERE run_id = ?))", (run_id,))
                # Into empty entity tables (a new database) the rows go in without the
                # secondary indexes, which are made again after them in the same transaction
                # (about a fifth cheaper than keeping them up to date; the same indexes).
                empty = self.con.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None
                deferred = entity_indexes() if empty else []
                for name, _sql in deferred:
                    self.con.execute(f"DROP INDEX IF EXISTS {name}")
                for ids, tables in values:
                    self.con.executemany("DELETE FROM entities WHERE id = ?", ids)
                    for table, tuples in tables:
                        _insert_values(self.con, table, tuples)
                for _name, sql in deferred:
                    self.con.execute(sql)
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")
        finally:
            if staged is not None:
                staged.close()

    def finish_documents(self) -> None:
        """Start indexing queued text and building deferred indexes in a background thread.

        Meant for the end of the documents, while the caller does other work
        (linking): SQLite runs without Python's global lock, so both proceed at
        once.  It uses its own connection; every other method of the store
        waits for it to end first.
        """
        self.wait_finished()
        self._detach_image()

        def work() -> None:
            try:
                con = sqlite3.connect(self.path, isolation_level=None, timeout=60)
                try:
                    index_pending(con)
                    create_missing_indexes(con)
                finally:
                    con.close()
            except BaseException as exc:  # raised again by wait_finished
                self._finish_error = exc

        self._finishing = threading.Thread(target=work, name="newsmill-sqlite-finish", daemon=True)
        self._finishing.start()
        self._unindexed = 0
        self._deferred = False
        self.con.execute("PRAGMA foreign_keys = ON")

    def wait_finished(self) -> None:
        """Wait for :meth:`finish_documents` (if started); raise what it raised."""
        if self._finishing is None:
            return
        self._finishing.join()
        self._finishing = None
        if self._finish_error is not None:
            exc, self._finish_error = self._finish_error, None
            raise exc

    def build_indexes(self) -> None:
        """Create the indexes left out during a bulk load (see the constructor)."""
        if self._deferred:
            self.con.execute("PRAGMA foreign_keys = ON")
            create_missing_indexes(self.con)
            self._deferred = False

    def close(self) -> None:
        """Build deferred indexes, index queued text, checkpoint and leave a single database file."""
        self.wait_finished()
        self._detach_image()
        self.build_indexes()
        self.index()
        self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.con.execute("PRAGMA journal_mode = DELETE")
        self.con.execute("PRAGMA optimize")
        self.con.close()


def read_tables(path: Path, names: Iterable[str] | None = None) -> Tables:
    """Every row of the given tables and views (all by default), in insertion order."""
    con = connect(path)
    try:
        con.row_factory = sqlite3.Row
        out: Tables = {}
        for name in names or [*TABLES, *VIEWS]:
            order = "rowid" if name in TABLES else "id"
            out[name] = [dict(r) for r in con.execute(f"SELECT * FROM {name} ORDER BY {order}")]
        return out
    finally:
        con.close()


def datasette_metadata(db_name: str, title: str = "newsmill output") -> dict[str, Any]:
    """Datasette ``metadata.json`` content: table descriptions, column notes, labels, facets, FTS."""
    tables: dict[str, Any] = {}
    for t in TABLES.values():
        entry: dict[str, Any] = {"description": t.description,
                                 "columns": {c.name: c.description for c in t.columns}}
        if t.label_column:
            entry["label_column"] = t.label_column
        if t.facets:
            entry["facets"] = list(t.facets)
        tables[t.name] = entry
    tables["articles"].update({"fts_table": FTS_TABLE, "fts_pk": "rowid"})
    tables[FTS_PENDING] = {"hidden": True}
    for v in VIEWS.values():
        tables[v.name] = {"description": v.description, "facets": list(v.facets)}
    return {"title": title,
            "description": "Articles, mentions and records extracted by newsmill; every value "
                           "points at the raw characters that state it.",
            "databases": {db_name: {"tables": tables}}}


def write_metadata(db_path: Path, out: Path | None = None) -> Path:
    """Write ``metadata.json`` beside the database and return its path."""
    out = out or db_path.with_name("metadata.json")
    out.write_text(json.dumps(datasette_metadata(db_path.stem), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    return out

