"""The sqlite writer: schema, round trip, no duplicates, one transaction per document, views, FTS."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.core.run import RunError
from newsmill.plugins.write_sqlite import SqliteWriter
from newsmill.tables import sqlite as store
from newsmill.tables.restore import documents_from_tables, entities_from_tables
from newsmill.tables.rows import document_rows, view_rows
from newsmill.tables.schema import SCHEMA_VERSION, TABLES, VIEWS

from .output_docs import documents, entities
from .writer_runs import run_info, write_all


def _count(db, table):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_round_trip_documents_entities_and_spans(tmp_path):
    docs = write_all(SqliteWriter, tmp_path)
    db = tmp_path / "newsmill.sqlite"
    tables = store.read_tables(db)
    back = documents_from_tables(tables)
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]
    assert [e.to_dict() for e in entities_from_tables(tables)] == [e.to_dict() for e in entities(docs)]
    assert tables["runs"][0]["finished"] == "2026-01-02T03:04:09+00:00"
    assert tables["run_plugins"][0]["name"] == "handmade"


def test_schema_version_foreign_keys_and_single_file(tmp_path):
    write_all(SqliteWriter, tmp_path)
    db = tmp_path / "newsmill.sqlite"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {r[2] for r in con.execute("PRAGMA foreign_key_list(field_evidence)")}
    assert fks == {"record_fields", "records", "documents"}
    indexes = {r[1] for r in con.execute("PRAGMA index_list(record_fields)")}
    assert any("name" in i for i in indexes)
    # every index of the schema is there at the end, as declared (those built after a bulk load too)
    made = {n: sql for n, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                             "AND name LIKE 'idx_%'")}
    declared = {sql.split()[2]: sql for t in TABLES.values() for sql in store.index_ddl(t)}
    assert made == declared and {n for n, _sql in store.entity_indexes()} <= set(made)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert not (tmp_path / "newsmill.sqlite-wal").exists()


def test_writing_twice_leaves_no_duplicates(tmp_path):
    write_all(SqliteWriter, tmp_path, "run-1")
    db = tmp_path / "newsmill.sqlite"
    first = {t: _count(db, t) for t in [*TABLES, *VIEWS]}
    write_all(SqliteWriter, tmp_path, "run-2")
    second = {t: _count(db, t) for t in [*TABLES, *VIEWS]}
    assert second.pop("runs") == 2 and first.pop("runs") == 1
    assert second.pop("run_plugins") == 2 * first.pop("run_plugins")
    assert first == second
    con = sqlite3.connect(db)
    hits = con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                       ("智能终端产业园",)).fetchone()
    assert hits[0] == 2
    assert {r[0] for r in con.execute("SELECT run_id FROM documents")} == {"run-2"}


def test_a_document_is_one_transaction(tmp_path, monkeypatch):
    docs = write_all(SqliteWriter, tmp_path, "run-1")
    db = tmp_path / "newsmill.sqlite"
    before = store.read_tables(db)
    real = store._insert_values

    def failing(con, table, rows):
        if table == "field_evidence":
            raise sqlite3.OperationalError("disk I/O error")
        real(con, table, rows)

    monkeypatch.setattr(store, "_insert_values", failing)
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-2"), {})
    changed = documents()[0]
    changed.records[0].fields["investment_cny"].value = 1
    with pytest.raises(sqlite3.OperationalError):
        w.write(changed)
    w.store.con.close()
    after = store.read_tables(db)
    assert after["documents"] == before["documents"] and after["record_fields"] == before["record_fields"]
    assert [d.to_dict() for d in documents_from_tables(after)] == [d.to_dict() for d in docs]


def _search(db, text):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ?", (text,)))
    finally:
        con.close()


def test_full_text_index_is_built_in_bulk_and_never_stale(tmp_path):
    docs = documents()
    db = tmp_path / "newsmill.sqlite"
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-1"), {"fts_batch": 2})
    w.write(docs[0])
    w.write(docs[1])  # a new database is indexed once, after the last document
    assert _search(db, "有机粮油") == []
    w.close()
    assert _search(db, "有机粮油") == [docs[0].articles[1].id]
    changed = documents()[0]
    changed.raw = changed.raw.replace("有机粮油", "有机茶叶")
    changed.text = changed.text.replace("有机粮油", "有机茶叶")
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-2"), {"fts_batch": 100})
    w.write(changed)  # same id, new text: the old text leaves the index at once
    assert _search(db, "有机粮油") == [] and _search(db, "有机茶叶") == []
    w.store.con.close()  # killed before the queue was indexed
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-3"), {})  # the next run indexes what was left
    assert _search(db, "有机茶叶") == [docs[0].articles[1].id]
    w.close()
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-4"), {"fts_batch": 1})
    w.write(docs[0])  # a database with documents is indexed every fts_batch documents
    assert _search(db, "有机粮油") == [docs[0].articles[1].id] and _search(db, "有机茶叶") == []
    w.close()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    con.close()


def test_schema_mismatch_is_a_clear_error(tmp_path):
    write_all(SqliteWriter, tmp_path)
    db = tmp_path / "newsmill.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(store.SchemaMismatch, match=r"newsmill.sqlite: written with .* version 99"):
        store.connect(db)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(RunError, match="other.sqlite: not a newsmill database"):
        SqliteWriter(tmp_path, None, {"filename": "other.sqlite"})
    (tmp_path / "junk.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(RunError, match="junk.sqlite: not a SQLite database"):
        store.connect(tmp_path / "junk.sqlite")


def test_sql_views_match_the_python_views(tmp_path):
    docs = write_all(SqliteWriter, tmp_path)
    tables = store.read_tables(tmp_path / "newsmill.sqlite")
    for name in VIEWS:
        expected = []
        for d in docs:
            expected += view_rows(document_rows(d, "run-0001"))[name]
        assert sorted(tables[name], key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
    assert {r["name"] for r in tables["projects"]} >= {"<b>恶意</b>项目", "年加工10万吨有机粮油项目"}


def test_analyst_queries_from_the_docs(tmp_path):
    write_all(SqliteWriter, tmp_path)
    con = sqlite3.connect(tmp_path / "newsmill.sqlite")
    by_city = con.execute(
        "SELECT location_city, stage, count(*), sum(investment_cny) FROM projects "
        "GROUP BY location_city, stage ORDER BY sum(investment_cny) DESC").fetchall()
    assert by_city[0] == ("南充市", "completed", 1, 3.8e9)
    started = con.execute(
        "SELECT name FROM projects WHERE stage = 'started' AND date >= '2023-04-01' "
        "AND date < '2023-07-01'").fetchall()
    assert started == [("川渝智造集团智能终端产业园项目",)]
    timeline = con.execute(
        "SELECT t.date, t.stage, d.source FROM entity_timeline t JOIN entities e ON e.id = t.entity_id "
        "JOIN documents d ON d.id = t.doc_id WHERE e.name LIKE '%智能终端产业园%' ORDER BY t.date").fetchall()
    assert [r[1] for r in timeline] == ["started", "completed"]


def test_metadata_json_for_datasette(tmp_path):
    write_all(SqliteWriter, tmp_path)
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["newsmill"]["tables"]
    assert tables["articles"]["label_column"] == "headline"
    assert tables["articles"]["fts_table"] == "articles_fts"
    assert "kind" in tables["records"]["facets"]
    assert set(tables) == set(TABLES) | set(VIEWS) | {store.FTS_PENDING}
    assert tables[store.FTS_PENDING]["hidden"] is True


def test_run_command_writes_sqlite_by_default(tmp_path):
    samples = Path(__file__).resolve().parents[1] / "samples"
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(samples), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    db = out / "newsmill.sqlite"
    n = len(list(samples.rglob("*.txt")))
    assert _count(db, "documents") == n
    r = CliRunner().invoke(cli, ["run", str(samples), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    assert _count(db, "documents") == n and _count(db, "runs") == 2


def test_entities_touching_the_run_are_replaced_and_others_kept(tmp_path):
    from newsmill.core.model import Entity

    docs = documents()
    db = tmp_path / "newsmill.sqlite"
    other = Entity(id="org:elsewhere", kind="org", name="蜀香食品有限公司",
                   members=[("0123456789abcdef", "0123456789abcdef:r0")])
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-1"), {})
    for d in docs:
        w.write(d)
    w.write_entities(entities(docs) + [other])
    w.close()
    assert _count(db, "entities") == 2 and _count(db, "entity_timeline") == 2
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-2"), {})
    w.write(docs[0])  # the project entity has a member here, and linking found nothing this time
    w.write_entities([])
    w.close()
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT id FROM entities")] == ["org:elsewhere"]
    assert _count(db, "entity_members") == 1 and _count(db, "entity_timeline") == 0
    con.close()


def test_bulk_load_replaces_a_repeated_document_by_cascade(tmp_path):
    docs = documents()
    db = tmp_path / "newsmill.sqlite"
    w = SqliteWriter(tmp_path, run_info(tmp_path, "run-1"), {})
    values = w.preparer()(docs[0])
    w.store.write_values(values)
    w.store.write_values(values)  # same id again while bulk loading: the old rows go first
    assert w.store.con.execute("PRAGMA foreign_keys").fetchone()[0] == 0
    w.write(docs[1])
    w.close()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        n_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    finally:
        con.close()
    assert n_mentions == len(docs[0].mentions) + len(docs[1].mentions)
    assert store.read_tables(db, ["documents"])["documents"][0]["id"] == docs[0].id


def _indexed_db(path: Path, articles: list[tuple[str, str]]) -> sqlite3.Connection:
    con = store.connect(path, create=True)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("BEGIN")
    con.executemany("INSERT INTO articles (id, headline, body) VALUES (?, ?, ?)",
                    [(f"d:a{i}", h, b) for i, (h, b) in enumerate(articles)])
    con.execute("COMMIT")
    store.index_pending(con)
    return con


def test_text_index_is_the_same_with_a_larger_pending_terms_limit(tmp_path, monkeypatch):
    import random

    rnd = random.Random(4)
    chars = "园区产业项目签约开工投产新材料锂电光伏冷链基地亿元万吨年产值企业建设市县"
    articles = [("".join(rnd.choices(chars, k=12)), "".join(rnd.choices(chars, k=1500)))
                for _ in range(400)]
    raised = _indexed_db(tmp_path / "raised.sqlite", articles)
    monkeypatch.setattr(store, "_set_hash_size", lambda con, size: False)  # FTS5's default
    plain = _indexed_db(tmp_path / "plain.sqlite", articles)
    # the setting is not left in the database
    assert raised.execute("SELECT k FROM articles_fts_config").fetchall() == [("version",)]
    # the larger limit writes fewer segments
    n_data = "SELECT count(*) FROM articles_fts_data"
    assert raised.execute(n_data).fetchone()[0] < plain.execute(n_data).fetchone()[0]
    body, head = articles[7][1], articles[9][0]
    for query in (body[10:13], body[40:45], f'"{body[70:74]}" OR {body[90:93]}', f"headline:{head[3:6]}",
                  f"NEAR({body[200:203]} {body[205:208]}, 8)"):
        sql = ("SELECT rowid, bm25(articles_fts), highlight(articles_fts, 1, '[', ']') FROM articles_fts "
               "WHERE articles_fts MATCH ? ORDER BY rank, rowid")
        got = raised.execute(sql, (query,)).fetchall()
        assert got and got == plain.execute(sql, (query,)).fetchall()
    raised.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
