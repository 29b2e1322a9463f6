"""Documents, entities and run metadata as rows of the tables in :mod:`newsmill.tables.schema`.

A row is a dict ``column -> value`` with plain Python values; ``json``
columns hold JSON text already encoded, so every writer stores the same
string.  :func:`view_rows` flattens records into the per-kind views.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsmill.core.model import Document, Entity, Evidence, Record
from newsmill.core.offsets import OffsetMap
from newsmill.tables.schema import DOCUMENT_TABLES, SCHEMA_VERSION, TABLES, VIEWS, View

Row = dict[str, Any]
Tables = dict[str, list[Row]]

FIRST_WORDS = 20
TRANSIENT_EXTRA = ("cached",)
"""Metadata keys that describe one run, not the document (left out of the tables)."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
_quote = json.encoder.encode_basestring  # the C version when available
# ``_ENCODER.encode`` builds a new C encoder on every call; build it once (same settings)
_C_ENCODE = (json.encoder.c_make_encoder({}, str, _quote, None, ":", ",", False, False, True)
             if json.encoder.c_make_encoder is not None else None)


def dumps(value: Any) -> str:
    """JSON text of a value (UTF-8 kept, compact); plain values take a fast path."""
    t = type(value)
    if t is str:
        return _quote(value)
    if value is None:
        return "null"
    if t is int:
        return int.__repr__(value)
    if t is bool:
        return "true" if value else "false"
    if not value and (t is dict or t is list):
        return "{}" if t is dict else "[]"
    if _C_ENCODE is not None and (t is dict or t is list):
        return "".join(_C_ENCODE(value, 0))
    return _ENCODER.encode(value)


def offsets_json(offsets: OffsetMap) -> str:
    """``dumps(offsets.segments())``, formatted from the map's arrays in one ``%`` operation.

    Every segment is ``[clean_start,clean_end,raw_start,raw_end,copy]``;
    the values are interleaved into one flat tuple (slice assignments, in C)
    and formatted at once, about 40 % cheaper than building the segment
    tuples and encoding them (a page has hundreds of segments).
    """
    cs, ss, copies = offsets._segment_lists()
    n = len(cs)
    if not n:
        return "[]"
    flat: list[Any] = [None] * (5 * n)
    flat[0::5] = cs
    flat[1::5] = cs[1:] + [offsets.clean_len]
    flat[2::5] = ss
    flat[3::5] = ss[1:] + [offsets.raw_len]
    flat[4::5] = ["true" if c else "false" for c in copies]
    return ("[" + "[%d,%d,%d,%d,%s]," * n)[:-1] % tuple(flat) + "]"


def value_text(value: Any) -> str | None:
    """A value as text: strings as they are, numbers and booleans printed, others as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if type(value) is int:
        return int.__repr__(value)  # what json.dumps prints, without its overhead
    if isinstance(value, int | float):
        return json.dumps(value)
    return dumps(value)


def value_num(value: Any) -> float | None:
    """A value as a number when it is one (booleans are not)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def value_columns(value: Any) -> tuple[str, str | None, float | None]:
    """``(dumps(value), value_text(value), value_num(value))``, each value encoded once.

    The ``value``, ``value_text`` and ``value_num`` columns of mentions and
    fields; a dict or list is encoded to JSON once for both text columns.
    """
    t = type(value)
    if t is str:
        return _quote(value), value, None
    if t is dict or t is list:
        text = dumps(value)
        return text, text, None
    if t is int:
        text = int.__repr__(value)
        return text, text, float(value)
    if value is None:
        return "null", None, None
    return dumps(value), value_text(value), value_num(value)


def empty_tables(names: Iterable[str] = DOCUMENT_TABLES) -> Tables:
    """A dict with an empty row list for each table name."""
    return {n: [] for n in names}


def _span(start: int, end: int, raw_start: int, raw_end: int, raw: str) -> Row:
    text = raw[raw_start:raw_end] if 0 <= raw_start <= raw_end else None
    return {"start": start, "end": end, "raw_start": raw_start, "raw_end": raw_end, "raw_text": text}


def _ev_span(ev: Evidence | None) -> Row:
    if ev is None:
        return {"start": None, "end": None, "raw_start": None, "raw_end": None, "raw_text": None}
    return {"start": ev.start, "end": ev.end, "raw_start": ev.raw_start, "raw_end": ev.raw_end,
            "raw_text": ev.text}


def record_label(record: Record) -> str | None:
    """A short name for a record: its name, metric or region field, else its first evidence."""
    for key in ("name", "metric", "region"):
        v = record.get(key)
        if isinstance(v, str) and v:
            return v
    return record.evidence[0].text if record.evidence else None


def document_rows(doc: Document, run_id: str | None = None) -> Tables:
    """Every row a document contributes, by table (documents, articles, mentions, records…)."""
    out = empty_tables()
    clean = doc.clean
    extra = {k: v for k, v in doc.meta.extra.items() if k not in TRANSIENT_EXTRA}
    m = doc.meta
    out["documents"].append({
        "id": doc.id, "run_id": run_id, "source": doc.source,
        "pub_date": m.pub_date.isoformat() if m.pub_date else None,
        "pub_date_source": m.pub_date_source, "outlet": m.outlet, "encoding": m.encoding,
        "title": m.title, "url": m.url, "extra": dumps(extra), "failed": doc.failed,
        "raw": doc.raw, "text": doc.text,
        "offsets": dumps(doc.offsets.segments()) if doc.offsets is not None else None,
        "raw_chars": len(doc.raw), "articles": len(doc.articles), "mentions": len(doc.mentions),
        "records": len(doc.records),
    })
    art_ids = {a.index: a.id or f"{doc.id}:a{a.index}" for a in doc.articles}
    for a in doc.articles:
        b0 = a.start if a.body_start is None else a.body_start
        b1 = a.end if a.body_end is None else a.body_end
        body = clean[b0:b1]
        out["articles"].append({
            "id": art_ids[a.index], "doc_id": doc.id, "idx": a.index, "headline": a.headline,
            "kicker": a.kicker, "source": a.source, "dateline": a.dateline,
            "reporters": dumps(list(a.reporters)),
            "pub_date": a.pub_date.isoformat() if a.pub_date else None,
            "start": a.start, "end": a.end, "raw_start": a.raw_start, "raw_end": a.raw_end,
            "body_start": a.body_start, "body_end": a.body_end,
            "first_words": body.lstrip()[:FIRST_WORDS], "body": body,
            "evidence": dumps({k: v.to_dict() for k, v in a.evidence.items()}),
            "attributes": dumps(a.attributes), "producer": a.producer,
        })
    for i, mt in enumerate(doc.mentions):
        out["mentions"].append({
            "id": mt.id or f"{doc.id}:m{i}", "doc_id": doc.id,
            "article_id": art_ids.get(mt.article) if mt.article is not None else None,
            "article": mt.article, "kind": mt.kind,
            **_span(mt.start, mt.end, mt.raw_start, mt.raw_end, doc.raw),
            "surface": mt.surface, "value": dumps(mt.value), "value_text": value_text(mt.value),
            "value_num": value_num(mt.value), "attributes": dumps(mt.attributes),
            "producer": mt.producer,
        })
    for i, r in enumerate(doc.records):
        _record_rows(out, doc, r, r.id or f"{doc.id}:r{i}", i, art_ids)
    for i, g in enumerate(doc.regions):
        out["regions"].append({
            "id": f"{doc.id}:g{i}", "doc_id": doc.id, "seq": i, "kind": g.kind,
            "raw_start": g.raw_start, "raw_end": g.raw_end, "raw_text": doc.raw[g.raw_start:g.raw_end],
            "note": g.note, "producer": g.producer,
        })
    for i, p in enumerate(doc.problems):
        out["problems"].append({
            "id": f"{doc.id}:p{i}", "doc_id": doc.id, "seq": i, "source": doc.source,
            "level": p.level, "stage": p.stage, "plugin": p.plugin, "message": p.message,
            "raw_start": p.raw_start, "raw_end": p.raw_end,
        })
    return out


def _record_rows(out: Tables, doc: Document, r: Record, rid: str, idx: int,
                 art_ids: Mapping[int, str]) -> None:
    out["records"].append({
        "id": rid, "doc_id": doc.id,
        "article_id": art_ids.get(r.article) if r.article is not None else None,
        "article": r.article, "idx": idx, "kind": r.kind, "label": record_label(r),
        "confidence": r.confidence, **_ev_span(r.evidence[0] if r.evidence else None),
        "producer": r.producer,
    })
    for j, ev in enumerate(r.evidence):
        out["record_evidence"].append({"id": f"{rid}#{j}", "record_id": rid, "doc_id": doc.id,
                                       "seq": j, **_ev_span(ev)})
    for j, (name, f) in enumerate(r.fields.items()):
        fid = f"{rid}.{name}"
        out["record_fields"].append({
            "id": fid, "record_id": rid, "doc_id": doc.id, "kind": r.kind, "name": name, "seq": j,
            "value": dumps(f.value), "value_text": value_text(f.value), "value_num": value_num(f.value),
            "evidence_count": len(f.evidence), **_ev_span(f.evidence[0] if f.evidence else None),
        })
        for k, ev in enumerate(f.evidence):
            out["field_evidence"].append({"id": f"{fid}#{k}", "field_id": fid, "record_id": rid,
                                          "doc_id": doc.id, "seq": k, **_ev_span(ev)})


def _json_path(value: Any, path: str) -> Any:
    """Follow a ``$.a.b`` path into a JSON value (None when absent)."""
    for key in path.split(".")[1:]:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def view_value(fields: Mapping[str, Any], column_sources: Iterable[tuple[str, str]],
               type_: str) -> Any:
    """The value of a view column from a record's field values (first source that has one)."""
    for name, path in column_sources:
        if name not in fields:
            continue
        v = _json_path(fields[name], path)
        if v is None:
            continue
        if type_ == "real":
            return value_num(v)
        return value_text(v)
    return None


def view_rows(tables: Mapping[str, list[Row]], views: Iterable[View] = VIEWS.values()) -> Tables:
    """Rows of the per-kind views (projects, batches, indicators) from one batch of rows."""
    docs = {d["id"]: d for d in tables.get("documents", [])}
    heads = {a["id"]: a["headline"] for a in tables.get("articles", [])}
    fields: dict[str, dict[str, Any]] = {}
    for f in tables.get("record_fields", []):
        fields.setdefault(f["record_id"], {})[f["name"]] = json.loads(f["value"])
    by_kind = {v.kind: v for v in views}
    out: Tables = {v.name: [] for v in by_kind.values()}
    for r in tables.get("records", []):
        view = by_kind.get(r["kind"])
        if view is None:
            continue
        d = docs.get(r["doc_id"], {})
        vals = fields.get(r["id"], {})
        row: Row = {"id": r["id"], "doc_id": r["doc_id"], "article_id": r["article_id"],
                    "source": d.get("source"), "pub_date": d.get("pub_date"),
                    "headline": heads.get(r["article_id"])}
        for c in view.columns:
            row[c.name] = view_value(vals, c.sources, c.type)
        row.update({"evidence": r["raw_text"], "raw_start": r["raw_start"], "raw_end": r["raw_end"],
                    "confidence": r["confidence"]})
        out[view.name].append(row)
    return out


def run_rows(run: Any) -> Tables:
    """Rows of ``runs`` and ``run_plugins`` for a :class:`~newsmill.core.run.RunInfo`."""
    info = run.to_dict() if hasattr(run, "to_dict") else dict(run)
    rid = info["run_id"]
    runs = [{
        "id": rid, "started": info.get("started"), "finished": info.get("finished"),
        "formats": dumps(info.get("formats", [])), "executor": info.get("executor"),
        "workers": info.get("workers"), "config_hash": info.get("config_hash"),
        "options": dumps(info.get("options", {})), "pub_date": info.get("pub_date"),
        "force": bool(info.get("force")), "cache": dumps(info.get("cache", {})),
        "schema_version": SCHEMA_VERSION,
    }]
    plugins = [{
        "id": f"{rid}/{p.get('name')}", "run_id": rid, "name": p.get("name"),
        "version": p.get("version"), "distribution": p.get("distribution"),
        "module": p.get("module"), "builtin": bool(p.get("builtin")), "status": p.get("status"),
        "error": p.get("error"), "hooks": dumps(p.get("hooks", [])),
    } for p in info.get("plugins", [])]
    return {"runs": runs, "run_plugins": plugins}


def _event_doc(event: Mapping[str, Any]) -> tuple[str | None, str | None]:
    doc = event.get("doc_id") or event.get("document")
    rec = event.get("record_id") or event.get("record") or event.get("member")
    if isinstance(rec, str) and doc is None and ":" in rec:
        doc = rec.split(":", 1)[0]
    return (str(doc) if doc is not None else None, str(rec) if rec is not None else None)


def _event_evidence(event: Mapping[str, Any]) -> str | None:
    ev = event.get("evidence")
    if isinstance(ev, str):
        return ev
    if isinstance(ev, dict):
        return ev.get("text")
    if isinstance(ev, list) and ev:
        first = ev[0]
        return first.get("text") if isinstance(first, dict) else str(first)
    return None


def entity_rows(entities: Iterable[Entity], run_id: str | None = None) -> Tables:
    """Rows of ``entities``, ``entity_members`` and ``entity_timeline``."""
    out: Tables = {"entities": [], "entity_members": [], "entity_timeline": []}
    for e in entities:
        out["entities"].append(_entity_row(e, run_id))
        out["entity_members"] += _member_rows(e)
        out["entity_timeline"] += _timeline_rows(e)
    return out


def entity_row_chunks(entities: Iterable[Entity], run_id: str | None = None,
                      rows: int = 5000) -> Iterator[Tables]:
    """The rows of :func:`entity_rows`, about ``rows`` rows at a time.

    A large entity's member and timeline rows are spread over several
    chunks (its ``entities`` row comes in the first), so no chunk holds much
    more than ``rows`` rows however large an entity is.  Inserting the
    chunks in order gives every table its rows in the order of
    :func:`entity_rows`.
    """
    out: Tables = {"entities": [], "entity_members": [], "entity_timeline": []}
    n = 0
    for e in entities:
        out["entities"].append(_entity_row(e, run_id))
        n += 1
        for table, produce in (("entity_members", _member_rows), ("entity_timeline", _timeline_rows)):
            for row in produce(e):
                out[table].append(row)
                n += 1
                if n >= rows:
                    yield out
                    out, n = {"entities": [], "entity_members": [], "entity_timeline": []}, 0
    if n:
        yield out


def entity_tuple_chunks(entities: Iterable[Entity], run_id: str | None = None, rows: int = 5000
                        ) -> Iterator[tuple[list[tuple[str]], list[tuple[str, list[tuple[Any, ...]]]]]]:
    """The chunks of :func:`entity_row_chunks` as value tuples in column order, built directly.

    Each chunk is ``(ids, [(table, tuples), …])``: the ids of its
    ``entities`` rows (one-element tuples) and each table's tuples, tables
    without rows left out; what the SQLite writer inserts.  No row dict is
    made (a test checks the values against :func:`entity_row_chunks`).
    """
    ids: list[tuple[str]] = []
    ents: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    timeline: list[tuple[Any, ...]] = []
    n = 0

    def chunk() -> tuple[list[tuple[str]], list[tuple[str, list[tuple[Any, ...]]]]]:
        return ids, [(t, r) for t, r in (("entities", ents), ("entity_members", members),
                                         ("entity_timeline", timeline)) if r]

    for e in entities:
        eid = e.id
        ids.append((eid,))
        ents.append((eid, run_id, e.kind, e.name, dumps(e.fields), dumps(list(e.links)),
                     dumps(e.conflicts), len(e.members), e.producer))
        n += 1  # a chunk ends after a member or timeline row, as in entity_row_chunks
        for i, (doc_id, member_id) in enumerate(e.members):
            members.append((f"{eid}#{i}", eid, i, doc_id, member_id))
            n += 1
            if n >= rows:
                yield chunk()
                ids, ents, members, timeline, n = [], [], [], [], 0
        for i, ev in enumerate(e.timeline):
            doc_id, rec_id = _event_doc(ev)
            art = ev.get("article")
            timeline.append((f"{eid}#{i}", eid, i, value_text(ev.get("date")),
                             value_text(ev.get("stage")), value_text(ev.get("status")), doc_id,
                             rec_id, art if isinstance(art, int) and not isinstance(art, bool) else None,
                             _event_evidence(ev), dumps(ev)))
            n += 1
            if n >= rows:
                yield chunk()
                ids, ents, members, timeline, n = [], [], [], [], 0
    if n:
        yield chunk()


def _entity_row(e: Entity, run_id: str | None) -> Row:
    return {"id": e.id, "run_id": run_id, "kind": e.kind, "name": e.name, "fields": dumps(e.fields),
            "links": dumps(list(e.links)), "conflicts": dumps(e.conflicts), "members": len(e.members),
            "producer": e.producer}


def _member_rows(e: Entity) -> Iterator[Row]:
    for i, (doc_id, member_id) in enumerate(e.members):
        yield {"id": f"{e.id}#{i}", "entity_id": e.id, "seq": i, "doc_id": doc_id, "member_id": member_id}


def _timeline_rows(e: Entity) -> Iterator[Row]:
    for i, ev in enumerate(e.timeline):
        doc_id, rec_id = _event_doc(ev)
        art = ev.get("article")
        yield {
            "id": f"{e.id}#{i}", "entity_id": e.id, "seq": i,
            "date": value_text(ev.get("date")), "stage": value_text(ev.get("stage")),
            "status": value_text(ev.get("status")), "doc_id": doc_id, "record_id": rec_id,
            "article": art if isinstance(art, int) and not isinstance(art, bool) else None,
            "evidence": _event_evidence(ev), "event": dumps(ev),
        }


def document_json(doc: Document, with_raw: bool = True) -> dict[str, Any]:
    """The JSON form of a document written by the ``jsonl`` format (see its module doc)."""
    d = doc.to_dict(with_raw=with_raw)
    d["page"] = doc.source.replace("\\", "/").rsplit("/", 1)[-1]
    d["pub_date"] = d["meta"]["pub_date"]
    clean = doc.clean
    for a in d["articles"]:
        b0 = a["start"] if a["body_start"] is None else a["body_start"]
        b1 = a["end"] if a["body_end"] is None else a["body_end"]
        a["first_words"] = clean[b0:b1].lstrip()[:FIRST_WORDS]
    for m in d["mentions"]:
        m["raw_text"] = doc.raw[m["raw_start"]:m["raw_end"]] if m["raw_start"] >= 0 else None
    return d


def check_row(table: str, row: Row) -> None:
    """Raise ValueError when a row does not have exactly the table's columns (a writer bug)."""
    want = TABLES[table].column_names if table in TABLES else VIEWS[table].column_names
    if list(row) != want:
        raise ValueError(f"{table}: row columns {list(row)} differ from {want}")


_NO_SPAN = (None, None, None, None, None)


def _ev_tuple(ev: Evidence | None) -> tuple[Any, ...]:
    if ev is None:
        return _NO_SPAN
    return (ev.start, ev.end, ev.raw_start, ev.raw_end, ev.text)


def document_tuples(doc: Document, run_id: str | None = None) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The rows of :func:`document_rows` as value tuples in column order, by table.

    Tables without rows are left out.  Faster than building the dicts (it is
    what the SQLite writer inserts); a test checks both give the same values.
    """
    clean = doc.clean
    raw = doc.raw
    did = doc.id
    m = doc.meta
    extra = {k: v for k, v in m.extra.items() if k not in TRANSIENT_EXTRA}
    out: list[tuple[str, list[tuple[Any, ...]]]] = [("documents", [(
        did, run_id, doc.source, m.pub_date.isoformat() if m.pub_date else None,
        m.pub_date_source, m.outlet, m.encoding, m.title, m.url, dumps(extra), doc.failed,
        raw, doc.text, offsets_json(doc.offsets) if doc.offsets is not None else None,
        len(raw), len(doc.articles), len(doc.mentions), len(doc.records))])]
    art_ids = {a.index: a.id or f"{did}:a{a.index}" for a in doc.articles}
    arts = []
    for a in doc.articles:
        b0 = a.start if a.body_start is None else a.body_start
        b1 = a.end if a.body_end is None else a.body_end
        body = clean[b0:b1]
        arts.append((art_ids[a.index], did, a.index, a.headline, a.kicker, a.source, a.dateline,
                     dumps(list(a.reporters)), a.pub_date.isoformat() if a.pub_date else None,
                     a.start, a.end, a.raw_start, a.raw_end, a.body_start, a.body_end,
                     body.lstrip()[:FIRST_WORDS], body,
                     dumps({k: v.to_dict() for k, v in a.evidence.items()}), dumps(a.attributes),
                     a.producer))
    if arts:
        out.append(("articles", arts))
    # value_columns and dumps inlined for the common cases (same text): a non-empty dict
    # through the C encoder, a string quoted
    encode = _C_ENCODE
    quote = _quote
    mentions = []
    for i, mt in enumerate(doc.mentions):
        rs, re_ = mt.raw_start, mt.raw_end
        value = mt.value
        t = type(value)
        if t is dict and value and encode is not None:
            text = vtext = "".join(encode(value, 0))
            vnum = None
        elif t is str:
            text, vtext, vnum = quote(value), value, None
        else:
            text, vtext, vnum = value_columns(value)
        attributes = mt.attributes
        mentions.append((mt.id or f"{did}:m{i}", did,
                         art_ids.get(mt.article) if mt.article is not None else None, mt.article,
                         mt.kind, mt.start, mt.end, rs, re_, raw[rs:re_] if 0 <= rs <= re_ else None,
                         mt.surface, text, vtext, vnum,
                         "".join(encode(attributes, 0))
                         if type(attributes) is dict and attributes and encode is not None
                         else dumps(attributes), mt.producer))
    if mentions:
        out.append(("mentions", mentions))
    records: list[tuple[Any, ...]] = []
    rec_ev: list[tuple[Any, ...]] = []
    fields: list[tuple[Any, ...]] = []
    field_ev: list[tuple[Any, ...]] = []
    for i, r in enumerate(doc.records):
        rid = r.id or f"{did}:r{i}"
        evs = r.evidence
        records.append((rid, did, art_ids.get(r.article) if r.article is not None else None,
                        r.article, i, r.kind, record_label(r), r.confidence,
                        *_ev_tuple(evs[0] if evs else None), r.producer))
        for j, ev in enumerate(evs):
            rec_ev.append((f"{rid}#{j}", rid, did, j, ev.start, ev.end, ev.raw_start, ev.raw_end,
                           ev.text))
        kind = r.kind
        for j, (name, f) in enumerate(r.fields.items()):
            fid = f"{rid}.{name}"
            value = f.value
            fevs = f.evidence
            if type(value) is str:
                text, vtext, vnum = quote(value), value, None
            else:
                text, vtext, vnum = value_columns(value)
            fields.append((fid, rid, did, kind, name, j, text, vtext, vnum, len(fevs),
                           *_ev_tuple(fevs[0] if fevs else None)))
            for k, ev in enumerate(fevs):
                field_ev.append((f"{fid}#{k}", fid, rid, did, k, ev.start, ev.end, ev.raw_start,
                                 ev.raw_end, ev.text))
    for table, rows in (("records", records), ("record_evidence", rec_ev),
                        ("record_fields", fields), ("field_evidence", field_ev)):
        if rows:
            out.append((table, rows))
    regions = [(f"{did}:g{i}", did, i, g.kind, g.raw_start, g.raw_end, raw[g.raw_start:g.raw_end],
                g.note, g.producer) for i, g in enumerate(doc.regions)]
    if regions:
        out.append(("regions", regions))
    problems = [(f"{did}:p{i}", did, i, doc.source, p.level, p.stage, p.plugin, p.message,
                 p.raw_start, p.raw_end) for i, p in enumerate(doc.problems)]
    if problems:
        out.append(("problems", problems))
    return out
