"""The SQLite output opens in Datasette: every table and view serves a page, search and labels work."""

from __future__ import annotations

import asyncio
import json

import pytest

from newsmill.plugins.write_sqlite import SqliteWriter
from newsmill.tables.schema import TABLES, VIEWS

from .output_docs import documents
from .writer_runs import write_all


def test_datasette_serves_every_table(tmp_path):
    datasette_app = pytest.importorskip("datasette.app")
    write_all(SqliteWriter, tmp_path)
    db = tmp_path / "newsmill.sqlite"
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    ds = datasette_app.Datasette([str(db)], metadata=meta)

    async def fetch():
        out = {}
        for name in [*TABLES, *VIEWS]:
            r = await ds.client.get(f"/newsmill/{name}.json?_size=5&_shape=objects")
            out[name] = (r.status_code, r.json())
        r = await ds.client.get("/newsmill/articles.json?_search=智能终端产业园&_shape=objects")
        out["search"] = (r.status_code, r.json())
        r = await ds.client.get("/newsmill/record_fields.json?_labels=on&_size=1&_shape=objects")
        out["labels"] = (r.status_code, r.json())
        r = await ds.client.get("/newsmill/records")
        out["html"] = (r.status_code, r.text)
        return out

    out = asyncio.run(fetch())
    for name in [*TABLES, *VIEWS]:
        status, body = out[name]
        assert status == 200, (name, body)
        assert body["rows"] or name in ("regions",), name
    assert len(out["projects"][1]["rows"]) == 4
    status, body = out["search"]
    assert status == 200 and {r["headline"] for r in body["rows"]} == {
        "嘉陵江畔智能终端产业园开工", "川渝智造集团智能终端产业园一期竣工"}
    row = out["labels"][1]["rows"][0]
    rid = documents()[1].records[0].id
    assert row["record_id"] == {"value": rid, "label": "川渝智造集团智能终端产业园一期项目"}
    status, html = out["html"]
    assert status == 200 and "kind" in html
