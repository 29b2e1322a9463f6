"""Rows back into documents and entities: the inverse of :mod:`newsmill.tables.rows`.

Used to read any table format back (round-trip tests, the report, tools that
start from an output database).  :func:`typed_row` turns text cells (CSV)
back into the column types.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from newsmill.core.model import Document, Entity
from newsmill.tables.rows import Row
from newsmill.tables.schema import ALL_TABLES


def typed_row(table: str, row: Mapping[str, Any]) -> Row:
    """Convert text cells to the column types of ``table`` (empty cells become None)."""
    out: Row = {}
    for col in ALL_TABLES[table].columns:
        v = row.get(col.name)
        if isinstance(v, str) and col.type in ("int", "real", "bool"):
            if v == "":
                v = None
            elif col.type == "int":
                v = int(v)
            elif col.type == "real":
                v = float(v)
            else:
                v = v.strip().lower() in ("1", "true", "t", "yes")
        elif v == "" and col.type in ("text", "json"):
            v = None
        out[col.name] = v
    return out


def _loads(text: Any, default: Any) -> Any:
    if text is None or text == "":
        return default
    return json.loads(text) if isinstance(text, str) else text


def _ev(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"start": row["start"], "end": row["end"],
            "raw_start": -1 if row["raw_start"] is None else row["raw_start"],
            "raw_end": -1 if row["raw_end"] is None else row["raw_end"],
            "text": row["raw_text"] or ""}


def _group(rows: Iterable[Row], key: str) -> dict[Any, list[Row]]:
    out: dict[Any, list[Row]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def _seq(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: r["seq"])


def documents_from_tables(tables: Mapping[str, Iterable[Row]]) -> list[Document]:
    """Rebuild every document (with articles, mentions, records, regions, problems) from rows."""
    t = {name: list(tables.get(name, ())) for name in (
        "documents", "articles", "mentions", "records", "record_evidence", "record_fields",
        "field_evidence", "regions", "problems")}
    arts = _group(t["articles"], "doc_id")
    ments = _group(t["mentions"], "doc_id")
    recs = _group(t["records"], "doc_id")
    rec_ev = _group(t["record_evidence"], "record_id")
    fields = _group(t["record_fields"], "record_id")
    field_ev = _group(t["field_evidence"], "field_id")
    regions = _group(t["regions"], "doc_id")
    problems = _group(t["problems"], "doc_id")
    docs = []
    for d in t["documents"]:
        did = d["id"]
        records = []
        for r in sorted(recs.get(did, []), key=lambda r: r["idx"]):
            records.append({
                "kind": r["kind"], "article": r["article"], "confidence": r["confidence"],
                "id": r["id"], "producer": r["producer"] or "",
                "evidence": [_ev(e) for e in _seq(rec_ev.get(r["id"], []))],
                "fields": {f["name"]: {"value": _loads(f["value"], None),
                                       "evidence": [_ev(e) for e in _seq(field_ev.get(f["id"], []))]}
                           for f in _seq(fields.get(r["id"], []))},
            })
        raw = d["raw"] or ""
        docs.append(Document.from_dict({
            "id": did, "source": d["source"], "raw": raw, "text": d["text"],
            "offsets": _loads(d["offsets"], None),
            "meta": {"pub_date": d["pub_date"], "pub_date_source": d["pub_date_source"],
                     "outlet": d["outlet"], "encoding": d["encoding"], "title": d["title"],
                     "url": d["url"], "extra": _loads(d["extra"], {})},
            "articles": [{
                "start": a["start"], "end": a["end"], "headline": a["headline"], "kicker": a["kicker"],
                "source": a["source"], "dateline": a["dateline"],
                "reporters": _loads(a["reporters"], []), "body_start": a["body_start"],
                "body_end": a["body_end"], "pub_date": a["pub_date"],
                "evidence": _loads(a["evidence"], {}), "attributes": _loads(a["attributes"], {}),
                "id": a["id"], "index": a["idx"], "raw_start": a["raw_start"], "raw_end": a["raw_end"],
                "producer": a["producer"] or "",
            } for a in sorted(arts.get(did, []), key=lambda a: a["idx"])],
            "mentions": [{
                "kind": m["kind"], "start": m["start"], "end": m["end"],
                "value": _loads(m["value"], None), "attributes": _loads(m["attributes"], {}),
                "surface": m["surface"] or "", "raw_start": m["raw_start"], "raw_end": m["raw_end"],
                "article": m["article"], "id": m["id"], "producer": m["producer"] or "",
            } for m in ments.get(did, [])],
            "records": records,
            "regions": [{"kind": g["kind"], "raw_start": g["raw_start"], "raw_end": g["raw_end"],
                         "note": g["note"] or "", "producer": g["producer"] or ""}
                        for g in _seq(regions.get(did, []))],
            "problems": [{"level": p["level"], "stage": p["stage"], "plugin": p["plugin"],
                          "message": p["message"] or "", "raw_start": p["raw_start"],
                          "raw_end": p["raw_end"]} for p in _seq(problems.get(did, []))],
        }))
    return docs


def entities_from_tables(tables: Mapping[str, Iterable[Row]]) -> list[Entity]:
    """Rebuild the linked entities (members and timeline) from rows."""
    members = _group(tables.get("entity_members", ()), "entity_id")
    timeline = _group(tables.get("entity_timeline", ()), "entity_id")
    return [Entity(
        id=e["id"], kind=e["kind"], name=e["name"], fields=_loads(e["fields"], {}),
        members=[(m["doc_id"], m["member_id"]) for m in _seq(members.get(e["id"], []))],
        timeline=[_loads(ev["event"], {}) for ev in _seq(timeline.get(e["id"], []))],
        links=_loads(e["links"], []), conflicts=_loads(e["conflicts"], []),
        producer=e["producer"] or "",
    ) for e in tables.get("entities", ())]


def document_from_json(d: Mapping[str, Any]) -> Document:
    """Read back a document written by :func:`document_json` (extra keys are dropped)."""
    d = dict(d)
    for key in ("page", "pub_date"):
        d.pop(key, None)
    d["articles"] = [{k: v for k, v in a.items() if k != "first_words"} for a in d.get("articles", [])]
    d["mentions"] = [{k: v for k, v in m.items() if k != "raw_text"} for m in d.get("mentions", [])]
    return Document.from_dict(d)
