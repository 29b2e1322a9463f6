"""Project entities: each cluster's name, timeline of events, field values and conflicts."""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from newsmill.core.model import CorpusRecord, Entity

from .clusters import Cluster, cluster_projects
from .keys import VALUE_FIELDS
from .orgkeys import investor_names, org_key, same_org
from .storage import stable_id
from .store import ProjectStore

STAGE_ORDER = ["planned", "negotiating", "signed", "started", "under_construction",
               "completed", "in_production"]


def _event(pub: str, doc_id: str, record_id: str, event: tuple[Any, ...]) -> dict[str, Any]:
    stage, status, date, source, article, headline, evidence, cue, span = event
    return {"stage": stage, "status": status, "date": date, "pub_date": pub or None,
            "doc_id": doc_id, "source": source, "article": article, "headline": headline,
            "record": record_id, "evidence": evidence, "cue": cue,
            "raw_span": list(span) if span is not None else None}


def _event_key(e: dict[str, Any]) -> tuple:
    date = e["date"] if e["date"] and not str(e["date"]).startswith("--") else e["pub_date"] or ""
    return (str(date), e["pub_date"] or "", e["doc_id"], e["record"])


def _field_values(members: list[tuple[str, str, str, int, Any, int]],
                  events: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    order = {e["record"]: i for i, e in enumerate(events)}
    fields: dict[str, Any] = {}
    conflicts = []
    in_order = sorted(members, key=lambda m: order[m[2]])
    for k, name in enumerate(VALUE_FIELDS):
        values = []
        for pub, doc, rid, _key, (_ev, item_vals), _link in in_order:
            v = item_vals[k]
            if v in (None, "", [], {}):
                continue
            values.append({"value": v, "doc_id": doc, "record": rid, "pub_date": pub or None})
        if not values:
            continue
        if name == "investor":  # short forms of one investor are not a conflict
            keys = {org_key(i) for v in values for i in investor_names(v["value"])}
            conflict = not all(same_org(a, b) for a in keys for b in keys)
        else:
            conflict = len({repr(v["value"]) for v in values}) > 1
        if conflict:
            conflicts.append(name)
        fields[name] = {"value": values[-1]["value"], "values": values, "conflict": conflict}
    return fields, conflicts


def _stage_dates(events: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Per stage, the dates reported for it with their sources; two different dates conflict."""
    by_stage: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if e["stage"] and e["date"]:
            by_stage[e["stage"]].append({"value": e["date"], "status": e["status"],
                                         "doc_id": e["doc_id"], "record": e["record"]})
    out, conflicts = {}, []
    for stage, values in by_stage.items():
        distinct = {v["value"] for v in values if v["status"] != "target"} or {v["value"] for v in values}
        conflict = len(distinct) > 1
        if conflict:
            conflicts.append(f"date.{stage}")
        out[stage] = {"value": values[-1]["value"], "values": values, "conflict": conflict}
    return out, conflicts


def _latest_stage(events: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    actual = [e for e in events if e["stage"] and e["status"] != "target"]
    pool = actual or [e for e in events if e["stage"]]
    if not pool:
        return None, None
    best = max(pool, key=lambda e: (STAGE_ORDER.index(e["stage"]) if e["stage"] in STAGE_ORDER
                                    else -1, _event_key(e)))
    return best["stage"], best["status"]


def _project_entity(eid: str, phase: int | None, number: int, store: ProjectStore,
                    links: list[tuple]) -> Entity:
    members = store.members(number)
    names = Counter(m[3] for m in members)
    name = max(names, key=lambda n: (names[n], len(n), n))
    events = sorted((_event(pub, doc, rid, ev) for pub, doc, rid, _k, (ev, _v), _l in members),
                    key=_event_key)
    fields, conflicts = _field_values(members, events)
    dates, date_conflicts = _stage_dates(events)
    if dates:
        fields["stage_dates"] = dates
    conflicts += date_conflicts
    stage, status = _latest_stage(events)
    fields["stage"] = {"value": stage, "status": status}
    fields["phase"] = {"value": phase}
    entity_links = [{"record": rid, "doc_id": doc, "matched": list(links[lid][0]),
                     "score": links[lid][1]} for _p, doc, rid, _k, _d, lid in members]
    return Entity(id=eid, kind="project", name=name, fields=fields,
                  members=sorted((doc, rid) for _p, doc, rid, _k, _d, _l in members),
                  timeline=events, links=entity_links, conflicts=conflicts)


def iter_projects(store: ProjectStore, threshold: float) -> Iterator[Entity]:
    """Project entities in id order, each built only when it is asked for."""
    index, links = cluster_projects(store, threshold)
    del index
    db = store.db
    db.executescript("CREATE TABLE ids (plain TEXT, cid INTEGER, phase INTEGER, core, doc, rid);"
                     "CREATE TABLE ent (eid TEXT, cid INTEGER, phase INTEGER);")
    batch: list[tuple[Any, ...]] = []
    for number, state in db.cursor().execute("SELECT id, state FROM clu ORDER BY id"):
        cluster: Cluster = pickle.loads(state)
        cores = cluster.core_counts()
        core = max(cores, key=lambda c: (cores[c], c))
        phase = next(iter(sorted(cluster.phases())), None)
        batch.append((stable_id("project:", core, phase, cluster.first_at("province"),
                                 cluster.first_at("city")),
                      number, phase, core, *cluster.first))
        if len(batch) >= 5000:
            db.executemany("INSERT INTO ids VALUES (?,?,?,?,?,?)", batch)
            batch = []
    db.executemany("INSERT INTO ids VALUES (?,?,?,?,?,?)", batch)
    del batch
    # the first cluster (in number order) with an id keeps it; the others with the same
    # key, kept apart (e.g. investors differ), add their first member to it
    previous = None
    rows: list[tuple[str, int, int | None]] = []
    for plain, number, phase, core, doc, rid in db.cursor().execute(
            "SELECT plain, cid, phase, core, doc, rid FROM ids ORDER BY plain, cid"):
        rows.append((stable_id("project:", core, phase, doc, rid) if plain == previous else plain,
                     number, phase))
        previous = plain
        if len(rows) >= 5000:
            db.executemany("INSERT INTO ent VALUES (?,?,?)", rows)
            rows = []
    db.executemany("INSERT INTO ent VALUES (?,?,?)", rows)
    del rows
    store.index_members()
    for eid, number, phase in db.cursor().execute("SELECT eid, cid, phase FROM ent ORDER BY eid, cid"):
        yield _project_entity(eid, phase, number, store, links)


def project_entities(records: Iterable[CorpusRecord], threshold: float = 0.85) -> list[Entity]:
    """Link project records into project entities with timelines."""
    store = ProjectStore()
    try:
        for cr in records:
            if cr.record.kind == "project":
                store.add(cr)
        return list(iter_projects(store, threshold))
    finally:
        store.close()
