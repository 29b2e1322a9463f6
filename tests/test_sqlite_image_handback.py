"""Rows handed back as an SQLite image: the same tables as the value tuples, whatever the values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import attrs
import pytest

from newsmill.core.pipeline import Pipeline
from newsmill.plugins.write_sqlite import SqliteWriter, in_other_processes, prepare_image, sends_images
from newsmill.tables import sqlite as store
from newsmill.tables.rows import document_tuples, run_rows
from newsmill.tables.schema import TABLES

from .output_docs import documents
from .writer_runs import run_info

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of the document tables with its rowid and the SQLite type of each value."""
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in store.DOCUMENT_INSERT_ORDER:
            cols = ", ".join(f'"{c}", typeof("{c}")' for c in TABLES[table].column_names)
            out[table] = con.execute(f"SELECT rowid, {cols} FROM {table} ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def _docs() -> list:
    pages = sorted(SAMPLES.glob("*.txt"))[:2]
    return documents() + list(Pipeline().run([str(p) for p in pages]))


@pytest.fixture(scope="module")
def docs() -> list:
    return _docs()


def _store(path: Path, *run_ids: str) -> store.SqliteStore:
    s = store.SqliteStore(path)
    for run_id in run_ids:
        s.write_run(run_rows(attrs.evolve(run_info(path.parent), run_id=run_id)))
    return s


def _write(path: Path, docs: list, image: bool, run_id: str = "r1") -> store.SqliteStore:
    s = _store(path, run_id)
    for doc in docs:
        values = document_tuples(doc, run_id)
        if image:
            assert s.write_image(store.document_image(values), skip_run=run_id)
        else:
            assert s.write_values(values, skip_run=run_id)
    return s


def test_images_give_the_same_rows_rowids_and_types(tmp_path: Path, docs: list) -> None:
    a = _write(tmp_path / "a.sqlite", docs, image=False)
    b = _write(tmp_path / "b.sqlite", docs, image=True)
    a.close()
    b.close()
    rows = _rows(tmp_path / "a.sqlite")
    assert sum(map(len, rows.values())) > 300  # mentions, records, fields, evidence of real pages
    assert {t for t, r in rows.items() if r} >= {"documents", "articles", "mentions", "records",
                                                  "record_fields", "field_evidence"}
    assert rows == _rows(tmp_path / "b.sqlite")
    types = {v for r in rows["mentions"] + rows["record_fields"] for v in r[2::2]}
    assert {"text", "integer", "real", "null"} <= types  # every kind of value went through


def test_an_image_replaces_a_document_already_in_the_database(tmp_path: Path, docs: list) -> None:
    """An existing database (indexes kept, foreign keys on): the old rows go by cascade."""
    first = docs[:2]
    for name, image in (("a.sqlite", False), ("b.sqlite", True)):
        _write(tmp_path / name, first, image=False, run_id="r0").close()
        s = _store(tmp_path / name, "r1")
        changed = [attrs.evolve(d, mentions=d.mentions[:1]) for d in first]
        for doc in changed + docs[2:]:
            values = document_tuples(doc, "r1")
            if image:
                s.write_image(store.document_image(values), skip_run="r1")
            else:
                s.write_values(values, skip_run="r1")
        # written by this run already: skipped, as with the rows
        again = document_tuples(docs[-1], "r1")
        assert not (s.write_image(store.document_image(again), skip_run="r1") if image
                    else s.write_values(again, skip_run="r1"))
        s.close()
    assert _rows(tmp_path / "a.sqlite") == _rows(tmp_path / "b.sqlite")


def test_each_image_holds_its_own_document_only(docs: list) -> None:
    first = store.document_image(document_tuples(docs[-1], "r1"))
    second = store.document_image(document_tuples(docs[0], "r1"))
    con = sqlite3.connect(":memory:")
    con.deserialize(second.data)
    assert second.doc_id == docs[0].id
    assert con.execute("SELECT DISTINCT id FROM documents").fetchall() == [(docs[0].id,)]
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(docs[0].mentions)
    assert first.doc_id != second.doc_id


def test_the_image_schema_is_gone_after_the_documents(tmp_path: Path, docs: list) -> None:
    s = _write(tmp_path / "a.sqlite", docs[:1], image=True)
    names = [r[1] for r in s.con.execute("PRAGMA database_list")]
    assert store.IMAGE_SCHEMA in names
    s.finish_documents()
    s.wait_finished()
    assert [r[1] for r in s.con.execute("PRAGMA database_list")] == ["main"]
    s.close()


def test_the_writer_sends_images_only_when_workers_process_the_documents(tmp_path: Path,
                                                                        docs: list) -> None:
    serial = run_info(tmp_path / "s")
    pool = attrs.evolve(run_info(tmp_path / "p"), executor="processes", workers=2)
    assert not in_other_processes(serial)
    assert in_other_processes(pool)
    (tmp_path / "s").mkdir()
    (tmp_path / "p").mkdir()
    ws, wp = SqliteWriter(tmp_path / "s", serial, {}), SqliteWriter(tmp_path / "p", pool, {})
    doc = docs[-1]
    made = wp.preparer()(doc)
    assert isinstance(made, store.DocumentImage)
    assert made == prepare_image(pool.run_id, doc)
    assert sends_images(pool) is store.IMAGES is True
    assert isinstance(ws.preparer()(doc), list)
    ws.write_prepared(ws.preparer()(doc))
    wp.write_prepared(made)
    for w in (ws, wp):
        w.end_documents()
        w.write_entities([])
        w.close()
    a, b = _rows(tmp_path / "s" / "newsmill.sqlite"), _rows(tmp_path / "p" / "newsmill.sqlite")
    assert a["mentions"] and a == b


@pytest.mark.parametrize("executor", ["processes", "dask"])
def test_runs_with_workers_write_the_tables_of_a_serial_run(tmp_path: Path, executor: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: the images come from worker processes (or a Dask cluster) and are copied in."""
    from newsmill.core.run import execute

    if executor == "dask":
        pytest.importorskip("distributed")
    copied: list[str] = []
    write_image = store.SqliteStore.write_image

    def counted(self: store.SqliteStore, image: store.DocumentImage, skip_run: str | None = None) -> bool:
        copied.append(image.doc_id)
        return write_image(self, image, skip_run)

    monkeypatch.setattr(store.SqliteStore, "write_image", counted)
    pipeline = Pipeline(disable=["hello"])
    pages = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    execute(pipeline, pages, tmp_path / "serial", ["sqlite"])
    assert copied == []  # one worker: value tuples
    summary = execute(pipeline, pages, tmp_path / "pool", ["sqlite"], executor, 2)
    assert summary.documents == len(pages) == len(copied) and summary.errors == 0
    serial = _rows(tmp_path / "serial" / "newsmill.sqlite")
    pool = _rows(tmp_path / "pool" / "newsmill.sqlite")
    run_ids = {r[3] for r in serial["documents"]} | {r[3] for r in pool["documents"]}
    assert len(run_ids) == 2  # two runs: compare everything but the run id of the documents
    assert [r[:3] + r[5:] for r in serial["documents"]] == [r[:3] + r[5:] for r in pool["documents"]]
    assert {t: r for t, r in serial.items() if t != "documents"} == \
        {t: r for t, r in pool.items() if t != "documents"}
    assert serial["mentions"]


def test_without_images_in_sqlite3_the_rows_go_as_value_tuples(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.10's sqlite3 has no serialize(): workers then send value tuples, as before."""
    monkeypatch.setattr(store, "IMAGES", False)
    pool = attrs.evolve(run_info(tmp_path), executor="processes", workers=2)
    assert in_other_processes(pool) and not sends_images(pool)
    w = SqliteWriter(tmp_path, pool, {})
    doc = documents()[0]
    assert w.preparer()(doc) == document_tuples(doc, pool.run_id)
    w.close()
