"""JSONL, CSV, Parquet and DuckDB: what is written reads back to the same documents and spans."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.core.run import RunError
from newsmill.plugins.write_csv import csv_writer
from newsmill.plugins.write_jsonl import JsonlWriter
from newsmill.plugins.write_parquet import parquet_writer
from newsmill.plugins.write_sqlite import SqliteWriter
from newsmill.tables.restore import document_from_json, documents_from_tables, entities_from_tables, typed_row
from newsmill.tables.schema import ALL_TABLES
from newsmill.tables.sqlite import read_tables

from .output_docs import documents, entities
from .writer_runs import write_all

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _same(tables, docs):
    assert [d.to_dict() for d in documents_from_tables(tables)] == [d.to_dict() for d in docs]
    assert [e.to_dict() for e in entities_from_tables(tables)] == [e.to_dict() for e in entities(docs)]


def test_jsonl_round_trip_with_gold_schema_names(tmp_path):
    docs = write_all(JsonlWriter, tmp_path, docs=None)
    lines = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(docs)
    first = json.loads(lines[0])
    art = first["articles"][0]
    assert {"headline", "kicker", "source", "dateline", "reporters", "first_words"} <= set(art)
    assert art["first_words"] == "本报南充讯(记者周明远唐雪)5月18日，"
    assert first["page"] == "2023-05-20_jialing-daily.txt" and first["pub_date"] == "2023-05-20"
    m = first["mentions"][0]
    assert m["raw_text"] == first["raw"][m["raw_start"]:m["raw_end"]]
    inv = next(r for r in first["records"] if r["kind"] == "project")["fields"]["investment_cny"]
    assert inv["value"] == 3600000000 and inv["evidence"][0]["text"] == "总投资36亿元"
    assert [document_from_json(json.loads(line)).to_dict() for line in lines] == [d.to_dict() for d in docs]
    ents = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text("utf-8").splitlines()]
    assert ents[0]["timeline"][1]["stage"] == "completed"


def test_identical_files_are_one_document_in_tables_and_one_line_each_in_jsonl(tmp_path):
    docs = write_all(JsonlWriter, tmp_path, docs=None)
    copy = documents()[0]
    copy.source = "pages/copy-of-a.txt"
    write_all(JsonlWriter, tmp_path, docs=docs + [copy])
    assert len((tmp_path / "documents.jsonl").read_text("utf-8").splitlines()) == len(docs) + 1
    write_all(csv_writer, tmp_path, docs=docs + [copy])
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8") as f:
        sources = [r["source"] for r in csv.DictReader(f)]
    assert len(sources) == len(docs) and "pages/copy-of-a.txt" not in sources
    write_all(SqliteWriter, tmp_path, docs=docs + [copy])
    rows = read_tables(tmp_path / "newsmill.sqlite", ["documents"])["documents"]
    assert len(rows) == len(docs) and "pages/copy-of-a.txt" not in {r["source"] for r in rows}


def test_csv_round_trip(tmp_path):
    docs = write_all(csv_writer, tmp_path)
    folder = tmp_path / "csv"
    assert {p.stem for p in folder.glob("*.csv")} == set(ALL_TABLES)
    tables = {}
    for name in ALL_TABLES:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == ALL_TABLES[name].column_names
            tables[name] = [typed_row(name, r) for r in reader]
    _same(tables, docs)
    assert tables["projects"][0]["investment_cny"] == 3.6e9
    assert not (tmp_path / "csv.partial").exists()


def test_parquet_round_trip_with_typed_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    docs = write_all(parquet_writer, tmp_path, options={"row_group": 3})
    folder = tmp_path / "parquet"
    tables = {name: pq.read_table(folder / f"{name}.parquet").to_pylist() for name in ALL_TABLES}
    _same(tables, docs)
    schema = pq.read_schema(folder / "mentions.parquet")
    assert str(schema.field("raw_start").type) == "int64"
    assert str(schema.field("value_num").type) == "double"
    assert str(pq.read_schema(folder / "documents.parquet").field("failed").type) == "bool"
    assert pq.read_metadata(folder / "field_evidence.parquet").num_row_groups > 1
    assert len(tables["runs"]) == 1 and tables["run_plugins"][0]["name"] == "handmade"


def test_duckdb_round_trip_and_analyst_query(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from newsmill.plugins.write_duckdb import duckdb_writer

    docs = write_all(duckdb_writer, tmp_path)
    con = duckdb.connect(str(tmp_path / "newsmill.duckdb"), read_only=True)
    tables = {}
    for name in ALL_TABLES:
        cur = con.execute(f'SELECT * FROM "{name}"')
        cols = [c[0] for c in cur.description]
        tables[name] = [dict(zip(cols, row)) for row in cur.fetchall()]
    _same(tables, docs)
    rows = con.execute("SELECT location_city, stage, sum(investment_cny) FROM projects "
                       "GROUP BY ALL ORDER BY 3 DESC").fetchall()
    assert rows[0] == ("南充市", "completed", 3.8e9)
    con.close()
    write_all(duckdb_writer, tmp_path)  # a second run replaces the file
    con = duckdb.connect(str(tmp_path / "newsmill.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(docs)
    con.close()


@pytest.mark.parametrize("fmt,extra,module", [("parquet", "parquet", "pyarrow"),
                                              ("duckdb", "duckdb", "duckdb")])
def test_missing_extra_names_it(tmp_path, monkeypatch, fmt, extra, module):
    monkeypatch.setitem(sys.modules, module, None)
    r = CliRunner().invoke(cli, ["run", str(SAMPLES), "-o", str(tmp_path), "--format", fmt, "-q"])
    assert r.exit_code == 2
    assert f"pip install 'newsmill[{extra}]'" in r.output
    from newsmill.tables.stream import require
    with pytest.raises(RunError, match=module):
        require(module, extra, f"the {fmt} format")


def test_run_writes_every_format_at_once(tmp_path):
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    args = ["run", str(SAMPLES), "-o", str(tmp_path), "-q"]
    for f in ("sqlite", "jsonl", "csv", "parquet", "duckdb", "html"):
        args += ["--format", f]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    for p in ("newsmill.sqlite", "metadata.json", "documents.jsonl", "csv/documents.csv",
              "parquet/documents.parquet", "newsmill.duckdb", "report.html"):
        assert (tmp_path / p).is_file(), p


def test_pipeline_output_is_the_same_in_every_format(tmp_path):
    """Real pipeline output (samples, and the shared corpus when present) in all formats agrees."""
    pq = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    args = ["run", str(SAMPLES), *([str(corpus)] if corpus.is_dir() else []), "-o", str(tmp_path), "-q"]
    for f in ("jsonl", "sqlite", "csv", "parquet", "duckdb"):
        args += ["--format", f]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code in (0, 1), r.output
    lines = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    expected = [document_from_json(json.loads(line)).to_dict() for line in lines]
    assert expected and any(d["mentions"] for d in expected)
    from_sqlite = documents_from_tables(read_tables(tmp_path / "newsmill.sqlite"))
    from_parquet = documents_from_tables(
        {n: pq.read_table(tmp_path / "parquet" / f"{n}.parquet").to_pylist() for n in ALL_TABLES})
    tables = {}
    for n in ALL_TABLES:
        with (tmp_path / "csv" / f"{n}.csv").open(encoding="utf-8", newline="") as f:
            tables[n] = [typed_row(n, row) for row in csv.DictReader(f)]
    from_csv = documents_from_tables(tables)
    con = duckdb.connect(str(tmp_path / "newsmill.duckdb"), read_only=True)
    tables = {}
    for n in ALL_TABLES:
        cur = con.execute(f'SELECT * FROM "{n}"')
        tables[n] = [dict(zip([c[0] for c in cur.description], row)) for row in cur.fetchall()]
    from_duckdb = documents_from_tables(tables)
    for got in (from_sqlite, from_parquet, from_csv, from_duckdb):
        assert [d.to_dict() for d in got] == expected
    for d in from_sqlite:
        for m in d.mentions:
            assert m.raw_start >= 0 and d.raw[m.raw_start:m.raw_end]
