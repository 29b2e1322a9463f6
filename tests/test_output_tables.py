"""The shared table layout: rows per table, per-kind views, and rows back to documents."""

from __future__ import annotations

import json

import pytest

from newsmill.tables.restore import documents_from_tables, entities_from_tables, typed_row
from newsmill.tables.rows import check_row, document_rows, entity_rows, value_text, view_rows
from newsmill.tables.schema import ALL_TABLES, TABLES, VIEWS

from .output_docs import documents, entities


def _all_rows(docs):
    out = {}
    for d in docs:
        rows = document_rows(d, "run1")
        rows.update(view_rows(rows))
        for k, v in rows.items():
            out.setdefault(k, []).extend(v)
    for k, v in entity_rows(entities(docs), "run1").items():
        out.setdefault(k, []).extend(v)
    return out


def test_rows_have_exactly_the_declared_columns():
    rows = _all_rows(documents())
    assert {k for k, v in rows.items() if v} >= set(ALL_TABLES) - {"runs", "run_plugins"}
    for table, table_rows in rows.items():
        for r in table_rows:
            check_row(table, r)


def test_ids_are_stable_and_derive_from_the_document():
    a1, a2 = document_rows(documents()[0]), document_rows(documents()[0])
    assert a1 == a2
    doc_id = a1["documents"][0]["id"]
    for table in ("articles", "mentions", "records", "record_fields", "field_evidence", "regions"):
        assert a1[table] and all(r["id"].startswith(doc_id + ":") for r in a1[table])
    assert len({r["id"] for r in a1["record_fields"]}) == len(a1["record_fields"])


def test_run_specific_metadata_is_left_out():
    doc = documents()[0]
    doc.meta.extra.update(cached=True, section="要闻")
    assert json.loads(document_rows(doc)["documents"][0]["extra"]) == {"section": "要闻"}


def test_rows_read_back_to_the_same_documents_and_entities():
    docs = documents()
    rows = _all_rows(docs)
    back = documents_from_tables(rows)
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]
    ents = entities(docs)
    assert [e.to_dict() for e in entities_from_tables(rows)] == [e.to_dict() for e in ents]


def test_spans_point_at_the_raw_characters():
    doc = documents()[0]
    rows = document_rows(doc)
    for table in ("mentions", "field_evidence", "record_evidence"):
        for r in rows[table]:
            assert r["raw_text"] == doc.raw[r["raw_start"]:r["raw_end"]]
    jobs = next(r for r in rows["record_fields"] if r["name"] == "jobs")
    assert jobs["raw_text"] == "带动就\n业3000人"  # the raw keeps the line break
    assert doc.text[jobs["start"]:jobs["end"]] == "带动就业3000人"


def test_views_flatten_fields_with_gold_schema_names():
    rows = _all_rows(documents())
    projects = {r["name"]: r for r in rows["projects"]}
    p = projects["川渝智造集团智能终端产业园项目"]
    assert (p["stage"], p["status"], p["date"]) == ("started", "actual", "2023-05-18")
    place = (p["location_province"], p["location_city"], p["location_county"])
    assert place == ("四川省", "南充市", "顺庆区")
    assert p["location_city_code"] == "511300"
    assert p["investment_cny"] == 3.6e9 and p["jobs"] == 3000.0
    assert p["headline"] == "嘉陵江畔智能终端产业园开工"
    q = projects["年加工10万吨有机粮油项目"]
    assert q["location_county"] == "西充县" and q["investor"] == '["蜀香食品有限公司"]'
    assert q["jobs"] is None
    batch = rows["batches"][0]
    assert (batch["region"], batch["event"], batch["count"], batch["total_cny"]) == (
        "南充市", "started", 26.0, 1.58e10)
    growth = {r["metric"]: r["growth_pct"] for r in rows["indicators"]}
    assert growth == {"规模以上工业增加值": 9.1, "地区生产总值": 6.2}
    assert set(VIEWS) == {"projects", "batches", "indicators"}


def test_typed_row_turns_text_cells_back_into_types():
    row = {"id": "x:m0", "doc_id": "x", "article_id": "", "article": "", "kind": "money", "start": "3",
           "end": "9", "raw_start": "3", "raw_end": "10", "raw_text": "36亿元", "surface": "36亿元",
           "value": "3600000000", "value_text": "3600000000", "value_num": "3600000000.0",
           "attributes": "{}", "producer": ""}
    t = typed_row("mentions", row)
    assert t["start"] == 3 and t["value_num"] == 3.6e9 and t["article_id"] is None
    assert typed_row("documents", {"failed": "1"})["failed"] is True


@pytest.mark.parametrize("value,text", [("南充", "南充"), (3, "3"), (9.1, "9.1"), (True, "1"),
                                        ([1, "成都"], '[1,"成都"]'), (None, None)])
def test_value_text(value, text):
    assert value_text(value) == text


def test_every_table_has_a_description_and_a_primary_key():
    for t in TABLES.values():
        assert t.description and t.columns[0].name == "id"
        for c in t.columns:
            assert c.description, (t.name, c.name)
            if c.references:
                assert c.references.split(".")[0] in TABLES


@pytest.mark.parametrize("value", ['成都"\n\\', "\u2028", 3, -7, 10**30, True, False, None, 1.5, 19.0,
                                   [], {}, {"a": [1, "二", None]}, ["蜀香食品有限公司"]])
def test_dumps_is_compact_utf8_json(value):
    from newsmill.tables.rows import dumps

    assert dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(dumps(value)) == value
