"""Place entities: records grouped by the most specific place their location names."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from newsmill.core.model import CorpusRecord, Entity, StreamedItems
from newsmill.zh.gazetteer import Gazetteer

from .storage import link_cache, stable_id, temp_db


def place_row(cr: CorpusRecord) -> tuple[Any, Any, str, str] | None:
    """(code, name, doc id, record id) of the most specific place a record's location (or region) names."""
    loc = cr.record.get("location") or cr.record.get("region")
    if isinstance(loc, str):
        loc = {"name": loc}
    if not isinstance(loc, dict):
        return None
    for level in ("county", "city", "province", "name"):
        name = loc.get(level)
        if name:
            code = loc.get(f"{level}_code") or _code_of(loc.get("code"), name)
            return (code or "", name, cr.doc_id, cr.record.id)
    return None


@functools.lru_cache(maxsize=4096)
def _code_of(code: Any, name: Any) -> Any:
    """The code of the division ``name`` among ``code`` and its ancestors (or None).

    A location's ``code`` is the code of its most specific part, which may be
    a zone or a town's county rather than the level a place entity is built
    for: a county must not take the code of the development zone inside it.
    Codes the gazetteer does not know are kept as they are.
    """
    if not code or not isinstance(code, str) or not isinstance(name, str):
        return code
    gaz = Gazetteer.default()
    lineage = gaz.lineage(code)
    if not lineage:
        return code
    own = next((d.code for d in lineage if name == d.name or name in d.aliases), None)
    if own:
        return own
    # the division of that name under the same parents (the county of a zone, for instance)
    around = {d.key for d in lineage[1:]}
    return next((d.code for d in gaz.lookup(name)
                 if d.code and around.intersection(x.key for x in gaz.lineage(d.key)[1:])), None)


_PLACE_MEMBERS = "SELECT DISTINCT doc, rid FROM plc WHERE code = ? AND name = ? ORDER BY doc, rid"

STREAM_MEMBERS = 5000
"""Members above which a place entity of a run gives them as a stream (see :meth:`PlaceGroups.entities`)."""


class PlaceGroups:
    """Record ids by place (administrative code and name), in a private temporary SQLite database."""

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = temp_db()
        # no column types: codes and names come back as they were given
        self.db.execute("CREATE TABLE plc (code, name, doc, rid)")
        self._rows: list[tuple[Any, Any, str, str]] = []

    def add(self, cr: CorpusRecord) -> None:
        """Store the most specific place named by one record's location (or region)."""
        row = place_row(cr)
        if row is not None:
            self.add_row(row)

    def add_row(self, row: tuple[Any, Any, str, str]) -> None:
        """Store one place row of :func:`place_row`."""
        self._rows.append(row)
        if len(self._rows) >= self._BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self.db.executemany("INSERT INTO plc VALUES (?,?,?,?)", self._rows)
            self._rows = []

    def entities(self, stream: bool = False) -> Iterator[Entity]:
        """One entity per place, in id order.

        With ``stream``, a place of more than ``STREAM_MEMBERS`` members gets
        them as a :class:`StreamedItems` read from this database on each pass
        (valid until the next entity is asked for): it is never held whole.
        """
        self._flush()
        db = self.db
        link_cache(db, 2000)
        db.executescript("CREATE INDEX plc_place ON plc (code, name, doc, rid);"
                         "CREATE TABLE pent (eid TEXT, code, name, first INTEGER);")
        rows = []
        taken: set[str] = set()
        for code, name, first in db.execute(
                "SELECT code, name, MIN(rowid) AS f FROM plc GROUP BY code, name ORDER BY f"):
            eid = stable_id("place:", code or name)
            if eid in taken:  # one code given with several names: each name its own place
                eid = stable_id("place:", code, name)
            taken.add(eid)
            rows.append((eid, code, name, first))
        db.executemany("INSERT INTO pent VALUES (?,?,?,?)", rows)
        del rows
        for eid, code, name in db.cursor().execute("SELECT eid, code, name FROM pent ORDER BY eid, first"):
            query = db.execute(_PLACE_MEMBERS, (code, name))
            first = query.fetchmany(STREAM_MEMBERS + 1)
            if stream and len(first) > STREAM_MEMBERS:
                del first
                query.close()
                (count,) = db.execute(f"SELECT COUNT(*) FROM ({_PLACE_MEMBERS})", (code, name)).fetchone()
                members: Any = StreamedItems(count, functools.partial(self._members, code, name))
            else:
                docs: dict[str, str] = {}  # one string per document: a big place has many members
                members = [(docs.setdefault(doc, doc), rid) for doc, rid in chain(first, query)]
            yield Entity(id=eid, kind="place", name=name, fields={"code": code or None},
                         members=members)

    def _members(self, code: Any, name: Any) -> Iterator[tuple[str, str]]:
        return iter(self.db.execute(_PLACE_MEMBERS, (code, name)))

    def close(self) -> None:
        """Delete the temporary database."""
        self.db.close()


def place_entities(records: Iterable[CorpusRecord]) -> list[Entity]:
    """Record locations grouped by the most specific administrative unit they name."""
    groups = PlaceGroups()
    try:
        for cr in records:
            groups.add(cr)
        return list(groups.entities())
    finally:
        groups.close()
