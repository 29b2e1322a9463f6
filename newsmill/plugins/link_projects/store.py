"""Project records waiting to be linked, on disk."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

from newsmill.core.model import CorpusRecord

from . import storage
from .keys import ProjectKey, project_row
from .storage import link_cache, temp_db


class ProjectStore:
    """Project records waiting to be linked, in a private temporary SQLite database.

    Per record its sort key, the number of its :class:`ProjectKey` and its timeline
    event and field values (pickled) are stored; the distinct keys are stored
    too (pickled, found again by their signature).  While clustering, the
    clusters and the blocking index live here as well (see :class:`ClusterIndex`).
    Memory holds bounded caches only.
    """

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = temp_db()
        self.db.executescript(
            "CREATE TABLE rec (id INTEGER PRIMARY KEY, pub TEXT, doc TEXT, rid TEXT, "
            "key INTEGER, name TEXT, data BLOB);"
            "CREATE TABLE key (id INTEGER PRIMARY KEY, obj BLOB);"
            "CREATE TABLE asg (seq INTEGER PRIMARY KEY, rec INTEGER, cluster INTEGER, link INTEGER);")
        self.key_count = 0
        self._key_ids: dict[str, int] = {}  # signature -> key number, the recent ones
        self._keys: list[tuple[int, bytes]] = []  # keys not yet written
        self._rows: list[tuple[Any, ...]] = []

    def add(self, cr: CorpusRecord) -> None:
        """Store one project record (ignored when it has no name)."""
        row = project_row(cr)
        if row is not None:
            self.add_row(row)

    def add_row(self, row: tuple[Any, ...]) -> None:
        """Store one project record given as :func:`project_row`."""
        pub, doc, rid, sig, name, core, phase, province, city, county, investors, amount, data = row
        kid = self._key_ids.get(sig)
        if kid is None:
            # a signature forgotten by the memo gets a second, equal key: the same for clustering
            key = ProjectKey(name, core, phase, {"province": province, "city": city, "county": county},
                       investors, amount)
            kid = self.key_count
            self.key_count += 1
            self._keys.append((kid, pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL)))
            if len(self._key_ids) >= storage.KEY_MEMO:
                self._key_ids.clear()
            self._key_ids[sig] = kid
        self._rows.append((pub, doc, rid, kid, name, data))
        if len(self._rows) >= self._BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._keys:
            self.db.executemany("INSERT INTO key (id, obj) VALUES (?,?)", self._keys)
            self._keys = []
        if self._rows:
            self.db.executemany("INSERT INTO rec (pub, doc, rid, key, name, data) VALUES (?,?,?,?,?,?)",
                                self._rows)
            self._rows = []

    def in_order(self) -> Iterator[tuple[int, str, str, str, int, bytes]]:
        """(row id, pub date, doc id, record id, key number, pickled key) of every record, in order."""
        self._flush()
        self._key_ids.clear()
        link_cache(self.db, 4000)
        # a cursor of its own: the caller writes to other tables of the database meanwhile
        yield from self.db.cursor().execute(
            "SELECT r.id, r.pub, r.doc, r.rid, r.key, k.obj FROM rec r JOIN key k ON k.id = r.key "
            "ORDER BY r.pub, r.doc, r.rid, r.id")

    def assign(self, rows: list[tuple[int, int, int]]) -> None:
        """Record (row id, cluster number, link number) of records, in clustering order."""
        self.db.executemany("INSERT INTO asg (rec, cluster, link) VALUES (?,?,?)", rows)

    def index_members(self) -> None:
        """Make :meth:`members` fast (once every record is assigned)."""
        self.db.execute("CREATE INDEX asg_cluster ON asg (cluster, seq)")

    def members(self, cluster: int) -> list[tuple[str, str, str, str, Any, int]]:
        """(pub, doc id, record id, name, stored data, link number) of a cluster's records."""
        return [(pub, doc, rid, name, pickle.loads(data), link)
                for pub, doc, rid, name, data, link in self.db.execute(
                    "SELECT r.pub, r.doc, r.rid, r.name, r.data, a.link FROM asg a "
                    "JOIN rec r ON r.id = a.rec "
                    "WHERE a.cluster = ? ORDER BY a.seq", (cluster,))]

    def close(self) -> None:
        """Delete the temporary database."""
        self.db.close()
