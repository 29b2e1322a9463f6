"""Organization entities: the investors named by records, short forms joined."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from newsmill.core.model import CorpusRecord, Entity

from . import storage
from .orgkeys import investor_names, org_key
from .storage import link_cache, stable_id, temp_db


def org_rows(cr: CorpusRecord) -> list[tuple[str, str, str, str]]:
    """(organization key, investor name, doc id, record id) of each investor a record names."""
    return [(org_key(inv), inv, cr.doc_id, cr.record.id) for inv in investor_names(cr.record.get("investor"))]


class OrgStore:
    """Investor names per record, in a private temporary SQLite database.

    Each investor mention (key, name, document, record) and each distinct
    organization key wait on disk until the entities are built; memory holds
    a bounded set of the keys met lately.
    """

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = temp_db()
        self.db.executescript("CREATE TABLE org (id INTEGER PRIMARY KEY, key TEXT, name TEXT, "
                              "doc TEXT, rid TEXT);"
                              "CREATE TABLE okey (key TEXT PRIMARY KEY) WITHOUT ROWID;")
        self._recent: set[str] = set()
        self._rows: list[tuple[str, str, str, str]] = []

    def add(self, cr: CorpusRecord) -> None:
        """Store the investors named by one record."""
        for row in org_rows(cr):
            self.add_row(row)

    def add_row(self, row: tuple[str, str, str, str]) -> None:
        """Store one investor mention given as a row of :func:`org_rows`."""
        key = row[0]
        if key not in self._recent:
            if len(self._recent) >= storage.KEY_MEMO:
                self._recent.clear()
            self._recent.add(key)
            self.db.execute("INSERT OR IGNORE INTO okey VALUES (?)", (key,))
        self._rows.append(row)
        if len(self._rows) >= self._BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self.db.executemany("INSERT INTO org (key, name, doc, rid) VALUES (?,?,?,?)", self._rows)
            self._rows = []

    def keys(self) -> Iterator[str]:
        """The distinct organization keys, in code-point order."""
        return (k for (k,) in self.db.cursor().execute("SELECT key FROM okey ORDER BY key"))

    def keys_after(self, key: str) -> Iterator[str]:
        """The keys after ``key``, in order (those it starts come first)."""
        return (k for (k,) in self.db.cursor().execute(
            "SELECT key FROM okey WHERE key > ? ORDER BY key", (key,)))

    def mentions(self, key: str) -> list[tuple[str, str, str]]:
        """(name, doc id, record id) of the mentions stored under ``key``, in the order added."""
        if not self._indexed:
            self._flush()
            self.db.execute("CREATE INDEX org_key ON org (key, id)")
            self._indexed = True
        return self.db.execute("SELECT name, doc, rid FROM org WHERE key = ? ORDER BY id",
                               (key,)).fetchall()

    _indexed = False

    def close(self) -> None:
        """Delete the temporary database."""
        self.db.close()


def iter_orgs(store: OrgStore) -> Iterator[Entity]:
    """Organization entities of the stored investors, in id order, each built when asked for."""
    # a short form joins the one longer key it starts (华川锂电 → 华川锂电科技); ambiguous ones
    # stay.  Every key is compared with the keys it starts, which sort right after it.
    db = store.db
    link_cache(db, 2000)
    db.executescript("CREATE TABLE omap (key TEXT, target TEXT);"
                     "CREATE TABLE oent (eid TEXT, key TEXT);")
    merged: list[tuple[str, str]] = []
    kept: list[tuple[str, str]] = []
    for key in store.keys():
        longer = []
        if len(key) >= 3:
            for k in store.keys_after(key):
                if not k.startswith(key):
                    break
                longer.append(k)
        shortest = min(longer, key=len) if longer else ""
        if longer and all(k.startswith(shortest) for k in longer):
            merged.append((key, max(longer, key=lambda k: (len(k), k))))
        else:
            kept.append((stable_id("org:", key), key))
        if len(merged) + len(kept) >= 2000:
            db.executemany("INSERT INTO omap VALUES (?,?)", merged)
            db.executemany("INSERT INTO oent VALUES (?,?)", kept)
            merged, kept = [], []
    db.executemany("INSERT INTO omap VALUES (?,?)", merged)
    db.executemany("INSERT INTO oent VALUES (?,?)", kept)
    del merged, kept
    db.execute("CREATE INDEX omap_target ON omap (target)")
    for eid, key in db.cursor().execute("SELECT eid, key FROM oent ORDER BY eid"):
        # the keys merged into it, shortest first (as they were merged)
        group = [key] + sorted((k for (k,) in db.execute("SELECT key FROM omap WHERE target = ?", (key,))),
                               key=len)
        members = [(n, (did, rid)) for k in group for n, did, rid in store.mentions(k)]
        names = Counter(n for n, _ in members)
        name = max(names, key=lambda n: (len(n), names[n], n))
        yield Entity(
            id=eid, kind="org", name=name,
            fields={"names": sorted(names)},
            members=sorted({ref for _, ref in members}),
            links=[{"record": rid, "doc_id": did, "matched": [f"name:{n}"],
                    "score": 1.0 if n == name else 0.9} for n, (did, rid) in members])


def org_entities(records: Iterable[CorpusRecord]) -> list[Entity]:
    """Investor names of all records grouped by organization key (short forms join)."""
    store = OrgStore()
    try:
        for cr in records:
            store.add(cr)
        return list(iter_orgs(store))
    finally:
        store.close()
