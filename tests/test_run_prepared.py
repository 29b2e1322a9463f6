"""Documents prepared where they are processed: writer rows, cache entries, linking input, entities."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Entity
from newsmill.core.run import execute
from newsmill.tables.sqlite import document_indexes, read_tables
from tests.conftest import read_jsonl
from tests.test_scale import make_pages

ROOT = Path(__file__).resolve().parents[1]


def sample_pages(folder: Path, n: int) -> None:
    """``n`` pages made from the sample pages, each copy made unique."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"page{i:03d}.txt").write_text(f"第{i}版\n\n{texts[i % len(texts)]}", "utf-8")


def tables_without_run_ids(db: Path) -> dict:
    tables = read_tables(db)
    run_ids = {r["id"] for r in tables.pop("runs")}
    tables.pop("run_plugins")
    for rows in tables.values():
        for row in rows:
            for k, v in row.items():
                if v in run_ids:
                    row[k] = "RUN"
    return tables


@pytest.mark.parametrize("executor,workers", [("processes", 2), ("tagging", 1)])
def test_sqlite_rows_are_the_same_whoever_prepares_them(tmp_path, executor, workers):
    # processes: rows built in the workers; tagging (an executor without ``finish``): in the run
    sample_pages(tmp_path / "in", 5)
    p = Pipeline(plugins=["tests.plugins.exec_tagging"], disable=["hello"])
    execute(p, [str(tmp_path / "in")], tmp_path / "serial", ["sqlite"])
    execute(p, [str(tmp_path / "in")], tmp_path / "other", ["sqlite"], executor, workers)
    serial = tables_without_run_ids(tmp_path / "serial" / "newsmill.sqlite")
    other = tables_without_run_ids(tmp_path / "other" / "newsmill.sqlite")
    for d in serial["documents"] + other["documents"]:
        d["extra"] = json.loads(d["extra"])
        if executor == "tagging":  # that executor marks the documents it ran
            d["extra"].pop("executor", None)
    assert len(serial["documents"]) == 5 and len(serial["records"]) > 5
    assert serial == other


def test_writer_prepares_in_the_worker_and_a_failed_prepare_is_a_write_error(tmp_path):
    paths = make_pages(tmp_path / "in", 6)
    paths[3].write_text("坏标题\n\n这一篇准备不了。\n", encoding="utf-8")
    p = Pipeline(plugins=["tests.scale_plugins.write_prepared"], disable=["hello"])
    out = tmp_path / "out"
    summary = execute(p, [str(tmp_path / "in")], out, ["prepared", "jsonl"], "processes", 2)
    lines = [ln.split("\t") for ln in (out / "prepared.tsv").read_text("utf-8").splitlines()]
    docs = read_jsonl(out / "documents.jsonl")
    assert len(docs) == 6 and len(lines) == 5
    assert [ln[1] for ln in lines] == [d["id"] for i, d in enumerate(docs) if i != 3]
    assert all(int(ln[3]) != os.getpid() for ln in lines)  # made in the workers
    assert summary.errors == 1
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["stage"] == "write" and error["document"] == docs[3]["id"]
    assert Path(error["file"]).name == "page003.txt"
    assert "ValueError: cannot prepare this page" in error["message"]


def test_cached_documents_go_through_the_same_preparation(tmp_path):
    sample_pages(tmp_path / "in", 4)
    p = Pipeline(disable=["hello"])
    out = tmp_path / "out"
    execute(p, [str(tmp_path / "in")], out, ["sqlite"], "processes", 2)
    first = tables_without_run_ids(out / "newsmill.sqlite")
    again = execute(p, [str(tmp_path / "in")], out, ["sqlite"], "processes", 2)
    assert again.skipped == 4
    second = tables_without_run_ids(out / "newsmill.sqlite")
    for d in second["documents"]:
        assert "cached" not in d["extra"]  # the cached flag is left out of the tables
    assert second == first


class HalfLinker:
    """Yields one entity, then fails: contributes nothing."""

    name = "half-linker"

    @hookimpl
    def newsmill_link(self, records):
        yield Entity(id="half:1", kind="half", name="first")
        raise RuntimeError("lost the thread")


class LazyLinker:
    """Yields one entity per record, lazily."""

    name = "lazy-linker"

    @hookimpl
    def newsmill_link(self, records):
        for i, r in enumerate(records):
            yield Entity(id=f"lazy:{i}", kind="lazy", name=r.record.kind,
                         members=[(r.doc_id, r.record.id)])


def test_lazy_linkers_are_spooled_and_a_failing_one_adds_nothing(tmp_path):
    sample_pages(tmp_path / "in", 2)
    p = Pipeline(plugins=[HalfLinker(), LazyLinker()], disable=["hello"])
    out = tmp_path / "out"
    summary = execute(p, [str(tmp_path / "in")], out, ["jsonl", "sqlite"])
    entities = read_jsonl(out / "entities.jsonl")
    kinds = {e["kind"] for e in entities}
    assert "half" not in kinds and "lazy" in kinds
    assert summary.entities == len(entities)
    lazy = [e for e in entities if e["kind"] == "lazy"]
    assert [e["id"] for e in lazy] == [f"lazy:{i}" for i in range(len(lazy))]
    assert all(e["producer"].startswith("lazy-linker") for e in lazy)
    errors = [e for e in read_jsonl(out / "errors.jsonl") if e["stage"] == "link"]
    assert [(e["plugin"], e["message"]) for e in errors] == [("half-linker", "RuntimeError: lost the thread")]
    con = sqlite3.connect(out / "newsmill.sqlite")
    assert con.execute("SELECT count(*) FROM entities WHERE kind = 'lazy'").fetchone()[0] == len(lazy)


def test_bulk_load_builds_every_index_by_the_end(tmp_path):
    make_pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    execute(Pipeline(disable=["hello"]), [str(tmp_path / "in")], out, ["sqlite"])
    con = sqlite3.connect(out / "newsmill.sqlite")
    have = {r[0]: r[1] for r in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")}
    for name, sql in document_indexes():
        assert have[name] == sql


def test_value_tuples_are_the_dict_rows_in_column_order():
    from newsmill.tables.rows import document_rows, document_tuples
    from newsmill.tables.sqlite import document_values

    p = Pipeline(disable=["hello"])
    docs = [p.process(path) for path in sorted((ROOT / "samples").glob("*.txt"))]
    docs.append(p.process("只有一行字。"))
    docs[0].meta.extra["cached"] = True  # left out of both
    for doc in docs:
        assert document_tuples(doc, "run-x") == document_values(document_rows(doc, "run-x"))
    assert {t for t, _rows in document_tuples(docs[0])} >= {"documents", "articles", "mentions",
                                                            "records", "record_fields"}


def test_value_tuples_keep_every_value_type_of_the_dict_rows():
    """The inlined value encodings give the same text and types (1 is not 1.0 or True)."""
    from newsmill.core.model import Evidence, Field, Mention, Record
    from newsmill.tables.rows import document_rows, document_tuples
    from newsmill.tables.sqlite import document_values

    doc = Pipeline(disable=["hello"]).process("某市签约一个项目，总投资十亿元。")
    values = [{"amount": 1, "unit": "元"}, {}, "十亿", "", 7, 2.5, True, None, ["a", 1], {"k": [1.0]}]
    attributes = [{"form": "full"}, {}, {"n": None}, {"x": 1.5}, {}, {"t": True}, {}, {}, {}, {}]
    doc.mentions = [Mention("money", 0, 2, value=v, attributes=a, surface="某市", raw_start=0,
                            raw_end=2) for v, a in zip(values, attributes)]
    ev = Evidence(0, 2, 0, 2, "某市")
    doc.records = [Record("project", {f"f{i}": Field(v, [ev] if i % 2 else []) for i, v in
                                      enumerate(values)}, [ev])]
    want = document_values(document_rows(doc, "run-x"))
    assert repr(document_tuples(doc, "run-x")) == repr(want)
    mentions = dict(want)["mentions"]
    assert [m[11:14] for m in mentions[:2]] == [('{"amount":1,"unit":"元"}', '{"amount":1,"unit":"元"}',
                                                 None), ("{}", "{}", None)]
    assert mentions[6][11:14] == ("true", "1", None)


def test_store_skips_a_document_its_run_already_wrote(tmp_path):
    from newsmill.tables.rows import document_tuples, run_rows
    from newsmill.tables.sqlite import PAGE_SIZE, SqliteStore

    p = Pipeline(disable=["hello"])
    doc = p.process("某市签约一个项目，总投资十亿元。")
    store = SqliteStore(tmp_path / "t.sqlite")
    for run in ("r1", "r2"):
        store.write_run(run_rows({"run_id": run}))
    assert store.write_values(document_tuples(doc, "r1"), skip_run="r1")
    assert not store.write_values(document_tuples(doc, "r1"), skip_run="r1")
    assert store.write_values(document_tuples(doc, "r2"), skip_run="r2")  # replaced by run r2
    store.close()
    con = sqlite3.connect(tmp_path / "t.sqlite")
    assert con.execute("SELECT run_id FROM documents").fetchall() == [("r2",)]
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(doc.mentions)
    assert con.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE


class LocalPrepareWriter:
    """A writer whose ``prepare`` cannot be sent to a worker (a lambda)."""

    def __init__(self, out_dir, run, options):
        self.path = out_dir / "local.txt"
        self.lines = []

    def preparer(self):
        return lambda doc: f"{doc.id} {os.getpid()}"

    def write(self, doc):  # pragma: no cover - the run uses write_prepared
        raise AssertionError("write() called although a preparer is offered")

    def write_prepared(self, line):
        self.lines.append(line)

    def write_entities(self, entities):
        pass

    def close(self):
        self.path.write_text("\n".join(self.lines), encoding="utf-8")


class LocalWriters:
    name = "local-writers"

    @hookimpl
    def newsmill_writers(self):
        return {"local": LocalPrepareWriter}


def test_a_prepare_that_cannot_travel_runs_in_the_run_process(tmp_path):
    make_pages(tmp_path / "in", 4)
    p = Pipeline(plugins=[LocalWriters()], disable=["hello"])
    out = tmp_path / "out"
    summary = execute(p, [str(tmp_path / "in")], out, ["local", "sqlite"], "processes", 2)
    assert summary.documents == 4 and summary.errors == 0
    lines = (out / "local.txt").read_text("utf-8").splitlines()
    assert len(lines) == 4 and all(ln.endswith(f" {os.getpid()}") for ln in lines)
    con = sqlite3.connect(out / "newsmill.sqlite")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_store_finishes_in_the_background_and_waits_before_writing_again(tmp_path):
    from newsmill.tables.rows import document_tuples
    from newsmill.tables.sqlite import SqliteStore

    p = Pipeline(disable=["hello"])
    docs = [p.process(path) for path in sorted((ROOT / "samples").glob("*.txt"))]
    store = SqliteStore(tmp_path / "t.sqlite")
    store.write_values(document_tuples(docs[0]))
    store.finish_documents()  # text indexing and index building start in a thread
    for doc in docs[1:]:
        store.write_values(document_tuples(doc))  # waits for it, then writes
    store.close()
    con = sqlite3.connect(tmp_path / "t.sqlite")
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles > len(docs)
    assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == articles
    assert con.execute("SELECT count(*) FROM articles_fts_pending").fetchone()[0] == 0
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {name for name, _sql in document_indexes()} <= indexes


def test_bulk_load_can_index_text_as_documents_come(tmp_path):
    from newsmill.tables.rows import document_tuples
    from newsmill.tables.sqlite import SqliteStore

    p = Pipeline(disable=["hello"])
    docs = [p.process(path) for path in sorted((ROOT / "samples").glob("*.txt"))]
    assert len(docs) >= 3
    store = SqliteStore(tmp_path / "t.sqlite", fts_batch=2, index_text_while_loading=True)
    con = sqlite3.connect(tmp_path / "t.sqlite")
    pending = "SELECT count(*) FROM articles_fts_pending"
    store.write_values(document_tuples(docs[0]))
    assert con.execute(pending).fetchone()[0] > 0
    store.write_values(document_tuples(docs[1]))  # the second document: a batch is indexed
    assert con.execute(pending).fetchone()[0] == 0
    indexed = con.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    assert indexed == con.execute("SELECT count(*) FROM articles").fetchone()[0]
    have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not have & {name for name, _sql in document_indexes()}  # still deferred
    con.close()
    for doc in docs[2:]:
        store.write_values(document_tuples(doc))
    store.finish_documents()
    store.close()
    con = sqlite3.connect(tmp_path / "t.sqlite")
    assert con.execute(pending).fetchone()[0] == 0
    hits = con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '总投资'").fetchone()[0]
    assert hits == con.execute("SELECT count(*) FROM articles WHERE body LIKE '%总投资%' "
                               "OR headline LIKE '%总投资%'").fetchone()[0] > 0


def test_two_workers_index_text_while_loading_with_the_same_result(tmp_path):
    sample_pages(tmp_path / "in", 6)
    p = Pipeline(disable=["hello"], config={"sqlite": {"fts_batch": 2, "fts_while_loading": True}})
    execute(p, [str(tmp_path / "in")], tmp_path / "one", ["sqlite"])
    execute(p, [str(tmp_path / "in")], tmp_path / "two", ["sqlite"], "processes", 2)
    results = []
    for out in ("one", "two"):
        con = sqlite3.connect(tmp_path / out / "newsmill.sqlite")
        con.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        results.append([con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                    "ORDER BY rowid", (q,)).fetchall()
                        for q in ("总投资", "重大项目", "有限公司")])
    assert results[0] == results[1] and all(results[0])
    assert tables_without_run_ids(tmp_path / "one" / "newsmill.sqlite") == \
        tables_without_run_ids(tmp_path / "two" / "newsmill.sqlite")
