"""Linker ``link-projects``: the same project across articles and pages, as one timeline.

Project records are compared inside blocks (same normalized name core, or a
shared rare name bigram), never all pairs.  A record joins a project when the
name cores are the same or very close, the phases agree (phase 1 and phase 2
never merge), the places do not contradict each other and the investors do
not either.  Every link records which fields matched and a score.

Investors are linked into organization entities (short forms such as
``中际集团`` and ``中际集团有限公司`` join) and locations into place entities
(by administrative code, else by name).
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import re
import sqlite3
import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

import click

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import CorpusRecord, Entity, StreamedItems
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.project_names import bigrams, normalize_project_name

STAGE_ORDER = ["planned", "negotiating", "signed", "started", "under_construction",
               "completed", "in_production"]
VALUE_FIELDS = ("investment_cny", "investor", "capacity", "area", "annual_output_cny", "jobs",
                "location")
_ORG_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|"
                         r"股份公司|集团公司|控股集团|集团|公司|控股)+$")
_MAX_BLOCK = 500  # a bigram shared by more clusters than this is too common to block on


_NO_KEYS: frozenset[str] = frozenset()


class _Key:
    """What clustering compares of a project record; records with equal values share one.

    A corpus repeats itself (the same project in many articles), so the keys
    grow with the distinct projects, not with the records.  They are kept on
    disk (:class:`_Store`); memory holds only the recently used ones.
    """

    __slots__ = ("name", "core", "phase", "province", "city", "county", "org_keys", "amount", "cut")

    def __init__(self, name: str, core: str, phase: int | None, loc: dict[str, Any],
                 investors: tuple[str, ...], amount: int | None) -> None:
        self.name = name
        self.core = core
        self.phase = phase
        self.province = loc.get("province")
        self.city = loc.get("city")
        self.county = loc.get("county")
        self.org_keys = frozenset(org_key(i) for i in investors) if investors else _NO_KEYS
        self.amount = amount
        # the core lost the investor heading the name: another investor is another project
        self.cut = bool(investors) and normalize_project_name(
            name, [p for p in (self.province, self.city, self.county) if p], investors).firm_cut


#: Bounds of what linking keeps in memory, whatever the corpus size (the rest is on disk):
#: key numbers remembered while reading (about 2 MB), clusters while clustering (about
#: 4 MB) and block entries (8 bytes each; a cached block counts as _KEY_COST entries
#: more: about 16 MB).
KEY_MEMO = 5_000
CLUSTER_CACHE = 10_000
BLOCK_CACHE = 2_000_000
SET_CACHE = 500_000
"""Most block entries held a second time as sets while clustering (about 25 MB when full)."""
_KEY_COST = 20
CORE_MEMO = 50_000
"""Name cores whose candidates clustering remembers (a few clusters each, about 10 MB when full)."""
_EMPTY = array("q")


LOADING_CACHE_KB = 500
"""SQLite page cache of each temporary database while records are stored (appends only).

The larger caches (4 MB for projects, 2 MB for organizations and places)
are set when linking starts: a run that links as documents come then holds
little more while the documents are processed.
"""


def _connect(cache_kb: int = LOADING_CACHE_KB) -> sqlite3.Connection:
    db = sqlite3.connect("")  # "" = a temporary on-disk database, deleted on close
    db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{cache_kb};"
                     "PRAGMA temp_store=FILE;")
    return db


def _link_cache(db: sqlite3.Connection, cache_kb: int) -> None:
    """Give a temporary database its page cache for linking (reads and indexes)."""
    db.execute(f"PRAGMA cache_size=-{cache_kb}")


_CORES: dict[str, tuple[str, int | None]] = {}
_CORES_MAX = 5_000


def project_row(cr: CorpusRecord) -> tuple[Any, ...] | None:
    """What linking stores of a project record, as plain values (None when it has no name).

    ``(pub date, doc id, record id, key signature, name, name core, phase,
    province, city, county, investors, amount, pickled timeline data)``:
    made where the document was processed (see :func:`prepare_records`).
    """
    r = cr.record
    name = r.get("name")
    if not name:
        return None
    loc = r.get("location") or {}
    if not isinstance(loc, dict):
        loc = {"detail": str(loc)}
    amount = r.get("investment_cny")
    amount = int(amount) if isinstance(amount, (int, float)) else None
    investors = tuple(_investors(r.get("investor")))
    name = str(name)
    province, city, county = loc.get("province"), loc.get("city"), loc.get("county")
    sig = repr((name, province, city, county, investors, amount))
    places = (province, city, county)
    core_key = repr((name, places, investors))
    found = _CORES.get(core_key)
    if found is None:
        pn = normalize_project_name(name, [p for p in places if p], investors)
        found = (pn.core, pn.phase)
        if len(_CORES) >= _CORES_MAX:
            _CORES.clear()
        _CORES[core_key] = found
    ev = r.evidence[0] if r.evidence else None
    stage_field = r.fields.get("stage")
    cue = stage_field.evidence[0].text if stage_field and stage_field.evidence else None
    # the rest of the timeline event (see _event), then the values of VALUE_FIELDS
    data = ((r.get("stage"), r.get("status"), r.get("date"), cr.source, cr.article, cr.headline,
             ev.text if ev else None, cue, (ev.raw_start, ev.raw_end) if ev else None),
            tuple(r.get(f) for f in VALUE_FIELDS))
    return (_iso(cr.pub_date), cr.doc_id, r.id, sig, name, found[0], found[1], province, city,
            county, investors, amount, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


class _Store:
    """Project records waiting to be linked, in a private temporary SQLite database.

    Per record its sort key, the number of its :class:`_Key` and its timeline
    event and field values (pickled) are stored; the distinct keys are stored
    too (pickled, found again by their signature).  While clustering, the
    clusters and the blocking index live here as well (see :class:`_Index`).
    Memory holds bounded caches only.
    """

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = _connect()
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
            key = _Key(name, core, phase, {"province": province, "city": city, "county": county},
                       investors, amount)
            kid = self.key_count
            self.key_count += 1
            self._keys.append((kid, pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL)))
            if len(self._key_ids) >= KEY_MEMO:
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
        _link_cache(self.db, 4000)
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


class _Index:
    """The clusters being built and their blocks, on disk in the store's database.

    Blocks: the clusters of each name core (exact) and of each name bigram.
    A bigram shared by more than ``_MAX_BLOCK`` clusters is too common to block
    on: its block is dropped and the bigram remembered (the bigrams of a
    language are few).  Clusters and blocks in use are cached in memory, at
    most ``CLUSTER_CACHE`` clusters and ``BLOCK_CACHE`` block entries; a full
    cache is written back and emptied.  Until the block cache was first
    emptied it holds every block, and a block it lacks is known to be empty.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript("CREATE TABLE clu (id INTEGER PRIMARY KEY, state BLOB);"
                         "CREATE TABLE blk (k TEXT, cid INTEGER);"
                         "CREATE INDEX blk_k ON blk (k);")
        self.count = 0
        # how many bigrams each cluster's core has (2 bytes a cluster: held for all of them)
        self.widths = array("I")
        self.clusters: dict[int, _Cluster] = {}  # the cached ones
        self._dirty: set[int] = set()
        # cluster numbers by core and by bigram (arrays: compact, and counted faster)
        self.exact: dict[str, array] = {}
        self.grams: dict[str, array] = {}
        self._cached = 0
        self._complete = True  # every block is cached
        self._pending: list[tuple[str, int]] = []  # block rows not yet written
        self.common: set[str] = set()
        # the longer blocks as sets, for looking clusters up in them (see cluster_projects)
        self.sets: dict[str, set[int]] = {}
        self._set_entries = 0

    def cluster(self, cid: int) -> _Cluster:
        """The cluster numbered ``cid``."""
        c = self.clusters.get(cid)
        if c is None:
            self._make_room()
            state = self.db.execute("SELECT state FROM clu WHERE id = ?", (cid,)).fetchone()[0]
            c = self.clusters[cid] = pickle.loads(state)
        return c

    def _make_room(self) -> None:
        if len(self.clusters) >= CLUSTER_CACHE:
            self.write_back()
            self.clusters.clear()

    def changed(self, cid: int) -> None:
        """Note that cluster ``cid`` (in the cache) was changed."""
        self._dirty.add(cid)

    def write_back(self) -> None:
        """Store the changed clusters and the new block rows."""
        if self._dirty:
            dumps, protocol = pickle.dumps, pickle.HIGHEST_PROTOCOL
            self.db.executemany("INSERT OR REPLACE INTO clu (id, state) VALUES (?, ?)",
                                ((cid, dumps(self.clusters[cid], protocol=protocol))
                                 for cid in sorted(self._dirty)))
            self._dirty.clear()
        self._write_blocks()

    def _write_blocks(self) -> None:
        if self._pending:
            self.db.executemany("INSERT INTO blk (k, cid) VALUES (?, ?)", self._pending)
            self._pending.clear()

    def exact_block(self, core: str) -> array:
        """Numbers of the clusters started with name core ``core``, in order (read only)."""
        b = self.exact.get(core)
        return b if b is not None else self._load(self.exact, core, "=" + core, False)

    def gram_block(self, gram: str) -> array:
        """Numbers of the clusters started with a core holding bigram ``gram``, in order (read only)."""
        b = self.grams.get(gram)
        return b if b is not None else self._load(self.grams, gram, "~" + gram, False)

    def gram_set(self, gram: str, block: array) -> set[int]:
        """The clusters of ``block`` (bigram ``gram``'s, as just looked up) as a set, kept up to date."""
        s = self.sets.get(gram)
        if s is None:
            if self._set_entries >= SET_CACHE:
                self.sets.clear()
                self._set_entries = 0
            s = self.sets[gram] = set(block)
            self._set_entries += len(block)
        return s

    def _load(self, cache: dict[str, array], k: str, stored_as: str, to_add: bool) -> array:
        """Block ``k`` from disk into ``cache`` (a shared empty one when it is surely empty)."""
        if self._cached >= BLOCK_CACHE:
            if self._complete:  # the blocks were only in memory so far
                self._complete = False
                self.db.executemany("INSERT INTO blk (k, cid) VALUES (?, ?)", chain(
                    (("=" + k, c) for k, b in self.exact.items() for c in b),
                    (("~" + k, c) for k, b in self.grams.items() for c in b)))
            self.exact.clear()
            self.grams.clear()
            self.sets.clear()
            self._cached = 0
            self._set_entries = 0
        if self._complete:
            if not to_add:
                return _EMPTY
            b = cache[k] = array("q")
        else:
            self._write_blocks()
            b = cache[k] = array("q", [c for (c,) in self.db.execute(
                "SELECT cid FROM blk WHERE k = ? ORDER BY rowid", (stored_as,))])
            self._cached += len(b)
        self._cached += _KEY_COST
        return b

    def new(self, key: _Key, first: tuple[str, str], grams: set[str]) -> int:
        """Start a cluster with ``key``; returns its number."""
        cid = self.count
        self.count += 1
        self._make_room()
        c = self.clusters[cid] = _Cluster(key, first, grams)
        self.widths.append(len(c.grams))
        self._dirty.add(cid)
        b = self.exact.get(key.core)
        if b is None:
            b = self._load(self.exact, key.core, "=" + key.core, True)
        b.append(cid)
        pending = None if self._complete else self._pending  # block rows to write
        if pending is not None:
            pending.append(("=" + key.core, cid))
        for g in grams:
            if g in self.common:
                continue
            b = self.grams.get(g)
            if b is None:
                b = self._load(self.grams, g, "~" + g, True)
                if pending is None and not self._complete:  # the cache was just emptied
                    pending = self._pending
            if len(b) >= _MAX_BLOCK:
                self.common.add(g)
                self.grams.pop(g, None)
                self._set_entries -= len(self.sets.pop(g, ()))
                if not self._complete:
                    self._write_blocks()
                    pending = self._pending
                    self.db.execute("DELETE FROM blk WHERE k = ?", ("~" + g,))
            else:
                b.append(cid)
                gs = self.sets.get(g)
                if gs is not None:
                    gs.add(cid)
                    self._set_entries += 1
                if pending is not None:
                    pending.append(("~" + g, cid))
        self._cached += len(grams) + 1
        if pending is not None and len(pending) >= 5000:
            self._write_blocks()
        return cid


_NO_NUMBERS: frozenset[int] = frozenset()


class _Cluster:
    """A project being linked: what scoring compares, kept up to date, and its first record.

    Compact (immutable sets, shared when empty; core counts only once a
    second core joins), as many of them are cached while clustering.
    """

    __slots__ = ("core", "grams", "phase_set", "province", "city", "county", "org_keys", "amounts",
                 "cores", "size", "first", "cut")

    def __init__(self, key: _Key, first: tuple[str, str], grams: set[str] | None = None) -> None:
        self.core = key.core
        # the bigrams of ``core``, for scoring: a tuple of shared strings (compact)
        self.grams = tuple(map(sys.intern, bigrams(key.core) if grams is None else grams))
        self.phase_set = _NO_NUMBERS
        self.province = self.city = self.county = None
        self.org_keys = _NO_KEYS
        self.amounts = _NO_NUMBERS
        self.cores: dict[str, int] | None = None  # None: every key had ``core``
        self.size = 0
        self.first = first  # (doc id, record id) of its first record in sort order
        self.cut = False  # a member's core lost the investor heading its name
        self.add(key)

    def add(self, key: _Key) -> None:
        self.size += 1
        self.cut = self.cut or key.cut
        if self.cores is None and key.core != self.core:
            self.cores = {self.core: self.size - 1}
        if self.cores is not None:
            self.cores[key.core] = self.cores.get(key.core, 0) + 1
        if key.phase is not None and key.phase not in self.phase_set:
            self.phase_set = self.phase_set | {key.phase}
        if self.province is None and key.province:  # the first value met, at each level
            self.province = key.province
        if self.city is None and key.city:
            self.city = key.city
        if self.county is None and key.county:
            self.county = key.county
        if not key.org_keys <= self.org_keys:
            self.org_keys = self.org_keys | key.org_keys
        if key.amount and key.amount not in self.amounts:
            self.amounts = self.amounts | {key.amount}

    def __setstate__(self, state: tuple[None, dict[str, Any]]) -> None:
        for name, value in state[1].items():
            setattr(self, name, value)
        self.grams = tuple(map(sys.intern, self.grams))

    def phases(self) -> frozenset[int]:
        return self.phase_set

    def first_at(self, attr: str) -> Any:
        return getattr(self, attr)

    def core_counts(self) -> dict[str, int]:
        """How many records had each name core."""
        return self.cores if self.cores is not None else {self.core: self.size}


def _iso(d: Any) -> str:
    return d.isoformat() if d else ""


def org_key(name: str) -> str:
    """Matching key of an organization name: legal-form suffixes removed."""
    key = _ORG_KEYS.get(name)
    if key is None:
        plain = re.sub(r"[\s()（）]", "", name)
        core = _ORG_SUFFIX.sub("", plain)
        key = core if len(core) >= 2 else plain
        if len(_ORG_KEYS) < _ORG_KEYS_MAX:
            _ORG_KEYS[name] = key
    return key


_PLACE_HEAD = 3
"""The longest place name (``山东``, ``四川省``) a firm's name may open with before its brand."""
_ORG_KEYS: dict[str, str] = {}
_ORG_KEYS_MAX = 10_000


def same_org(a: str, b: str) -> bool:
    """True when two organization keys name the same body (equal, or one a short form of the other)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 2 and long_.startswith(short):
        return True
    # a brand after a place's short name (``泓岳新材料`` of ``山东泓岳新材料科技``)
    at = long_.find(short, 1) if len(short) >= 2 else -1
    return 0 < at <= (_PLACE_HEAD if len(short) >= 3 else 2)


def _investors(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[、,，和与及]", value) if v]
    return [str(v) for v in value if v]


_MAX_BONUS = 0.2 + 1e-9
"""The most the fields other than the name add to a score (place 0.05, investor 0.1, amount 0.05)."""


def score(item: _Key, cluster: _Cluster, item_grams: set[str] | None = None,
          floor: float = 0.0) -> tuple[float, list[str]]:
    """How well a record fits a project cluster (0 = never) and which fields matched.

    ``item_grams`` are the bigrams of ``item.core`` when the caller has them.
    A candidate below ``floor`` scores 0, found out as early as can be: by its
    name alone, by the fields that could add to it, or in the end
    (clustering passes its threshold, or the best score so far: such a
    candidate could not be chosen).
    """
    phases = cluster.phase_set
    phase = item.phase
    if phase is not None:
        if phases and phase not in phases:
            return 0.0, []
    elif len(phases) > 1:
        return 0.0, []
    county, city, province = item.county, item.city, item.province
    if (county and cluster.county and county != cluster.county) \
            or (city and cluster.city and city != cluster.city) \
            or (province and cluster.province and province != cluster.province):
        return 0.0, []
    if item.core == cluster.core:
        sim = 1.0
    else:  # the Dice coefficient of the name cores' bigrams (``similarity``), from kept bigrams
        ga = bigrams(item.core) if item_grams is None else item_grams
        gb = cluster.grams
        sim = 2 * len(ga.intersection(gb)) / (len(ga) + len(gb)) if ga and gb else 0.0
        if sim + _MAX_BONUS < floor:
            return 0.0, []
    theirs = cluster.org_keys
    mine = item.org_keys
    amounts = cluster.amounts
    by_county = bool(county) and county == cluster.county
    by_place = by_county or (bool(city) and city == cluster.city)
    # the most the other fields can add here: below ``floor`` even so, skip the investors
    if floor and (sim + (0.05 if by_place else 0.0) + (0.1 if mine and theirs else 0.0)
                  + (0.05 if item.amount and amounts else 0.0) + 1e-9 < floor):
        return 0.0, []
    s = sim
    if by_place:
        s += 0.05
    by_investor = False
    if mine and theirs:
        if not mine.isdisjoint(theirs) or any(same_org(a, b) for a in mine for b in theirs):
            by_investor = True
            s += 0.1
        elif item.cut or cluster.cut:
            return 0.0, []  # 甲公司年产…项目 and 乙公司年产…项目: one product, two firms' plants
        else:
            s -= 0.25
    by_amount = False
    if item.amount and amounts:
        if any(max(item.amount, a) <= 1.3 * min(item.amount, a) for a in amounts):
            by_amount = True
            s += 0.05
    if s < floor:
        return 0.0, []
    matched = ["name"] if sim == 1.0 else [f"name~{sim:.2f}"]
    if by_place:
        matched.append("county" if by_county else "city")
    if by_investor:
        matched.append("investor")
    if by_amount:
        matched.append("investment")
    if phase is not None and phase in phases:
        matched.append("phase")
    return s, matched


def _counted(blocks: list[tuple[int, str, array]], need: int, since: int, index: _Index,
             wmax: Sequence[int] | None = None) -> Counter:
    """In how many of ``blocks`` each cluster numbered ``since`` or more is, for those in ``need`` or more.

    Counts may also be given for some clusters in fewer blocks.  Blocks hold
    cluster numbers in increasing order, so the clusters since ``since`` are
    each block's tail.  A cluster in ``need`` blocks or more is in one of the
    ``cut`` shortest tails: those are counted, then only their clusters are
    looked up in the longer blocks (as sets).  With ``wmax`` (the widest
    cluster each count lets through, never less for a higher count), only
    the clusters that could be let through with every longer block are.
    """
    if since:
        tails = []
        for _n, g, b in blocks:
            i = bisect_left(b, since)
            if i < len(b):
                tails.append((len(b) - i, g, b[i:], b))
    else:
        tails = [(n, g, b, b) for n, g, b in blocks]
    if len(tails) < need:
        return _NO_HITS
    tails.sort(key=_first)
    cut = len(tails) - need + 1
    hits = Counter(chain.from_iterable([t[2] for t in tails[:cut]]))
    if cut < len(tails):
        found: Any = hits.keys()
        if wmax is not None:
            more, most = len(tails) - cut, len(wmax) - 1
            widths = index.widths
            hi = [wmax[min(k + more, most)] for k in range(cut + 1)]
            found = {c for c, k in hits.items() if widths[c] <= hi[k]}
        hits.update(chain.from_iterable(
            [found & index.gram_set(g, b) for _n, g, _t, b in tails[cut:]]))
    return hits


def _first(t: tuple) -> Any:
    return t[0]


_NO_HITS: Counter = Counter()


def _widest(n: int, spare: int, top: float, width: int) -> int:
    """The most bigrams a cluster sharing ``n`` of them may have without being skipped (-1: none).

    The largest ``w`` with ``n + spare + 1e-6 >= top * (width + w)``, found with
    that very expression (it only grows with ``w``), so the cut is the same.
    """
    w = int((n + spare + 1e-6) / top) - width + 3
    while w >= 0 and not n + spare + 1e-6 >= top * (width + w):
        w -= 1
    return max(w, -1)


def cluster_projects(store: _Store, threshold: float) -> tuple[_Index, list[tuple]]:
    """Greedy, order-independent clustering (records in sort-key order), with bigram blocking.

    Each record's cluster and link go back to ``store``; returns the clusters
    (an :class:`_Index`, on disk) and the distinct links ``(matched fields,
    score)`` the stored link numbers refer to.
    """
    index = _Index(store.db)
    links: list[tuple] = [(_FIRST_MENTION, 1.0)]
    link_ids: dict[tuple, int] = {links[0]: 0}
    out: list[tuple[int, int, int]] = []
    common = index.common
    exact, grams, clusters, widths = index.exact, index.grams, index.clusters, index.widths
    loads = pickle.loads
    floor = threshold - 1e-9
    memo: dict[str, tuple[int, int, tuple[int, ...]]] = {}  # core -> (clusters then, common then, candidates)
    widest: dict[tuple[int, int], list[int]] = {}  # wmax by (bigrams, bigrams not blocked on)
    for row, _pub, doc, rid, _kid, obj in store.in_order():
        item: _Key = loads(obj)
        item_grams = bigrams(item.core)
        b = exact.get(item.core)
        cands = set(b if b is not None else index.exact_block(item.core))
        blocks = []
        spare = 0
        for g in item_grams:
            if g in common:  # a block of more than _MAX_BLOCK clusters is not used
                spare += 1
                continue
            b = grams.get(g)
            if b is None:
                b = index.gram_block(g)
            if b:
                blocks.append((len(b), g, b))
        need = max(2, len(item_grams) // 2)
        if len(blocks) >= need:
            # Each counted cluster shares its count of the item's bigrams that are blocked on,
            # and at most every one too common to block on (``spare``; a bigram of an empty
            # block is no cluster's): when even that leaves its name too far to reach the
            # threshold, it would score 0 and is not scored.  A cluster outside the exact
            # block has another core, so this is decided on its bigram count (``widths``)
            # alone, before the cluster is fetched: ``wmax`` is the widest cluster each
            # count lets through (-1: none, below ``need``).
            top = (floor - _MAX_BONUS) * 0.5
            width = len(item_grams)
            wmax = widest.get((width, spare))
            if wmax is None:
                wmax = widest[width, spare] = [_widest(n, spare, top, width) if n >= need else -1
                                               for n in range(width + 1)]
            # The same core met before (no bigram made common since): the clusters older
            # than then are in the same blocks, so its candidates among them stand (the
            # test above only got stricter), and only the clusters made since are counted.
            seen = memo.get(item.core)
            since = 0
            if seen is not None and seen[1] == len(common):
                since = seen[0]
                cands.update(seen[2])
            found = _counted(blocks, need, since, index, wmax)
            kept = [c for c, n in found.items() if widths[c] <= wmax[n]]
            cands.update(kept)
            if len(memo) >= CORE_MEMO:
                memo.clear()
            memo[item.core] = (index.count, len(common), seen[2] + tuple(kept) if since else tuple(kept))
        best, best_score, best_matched = None, 0.0, []
        for ci in sorted(cands):
            # a candidate that cannot beat the best so far is not scored in full
            s, matched = score(item, clusters.get(ci) or index.cluster(ci), item_grams,
                               best_score if best_score > floor else floor)
            if s > best_score:
                best, best_score, best_matched = ci, s, matched
        if best is not None and best_score >= threshold:
            index.cluster(best).add(item)
            index.changed(best)
            link = (tuple(best_matched), round(best_score, 3))
            lid = link_ids.get(link)
            if lid is None:
                lid = link_ids[link] = len(links)
                links.append(link)
            out.append((row, best, lid))
        else:
            out.append((row, index.new(item, (doc, rid), item_grams), 0))
        if len(out) >= 5000:
            store.assign(out)
            out = []
    store.assign(out)
    index.write_back()
    return index, links


_FIRST_MENTION = ("first mention",)


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
            keys = {org_key(i) for v in values for i in _investors(v["value"])}
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


def _stable_id(prefix: str, *parts: Any) -> str:
    return prefix + hashlib.sha1("|".join(str(p or "") for p in parts).encode()).hexdigest()[:12]


def _project_entity(eid: str, phase: int | None, number: int, store: _Store,
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


def _iter_projects(store: _Store, threshold: float) -> Iterator[Entity]:
    """Project entities in id order, each built only when it is asked for."""
    index, links = cluster_projects(store, threshold)
    del index
    db = store.db
    db.executescript("CREATE TABLE ids (plain TEXT, cid INTEGER, phase INTEGER, core, doc, rid);"
                     "CREATE TABLE ent (eid TEXT, cid INTEGER, phase INTEGER);")
    batch: list[tuple[Any, ...]] = []
    for number, state in db.cursor().execute("SELECT id, state FROM clu ORDER BY id"):
        cluster: _Cluster = pickle.loads(state)
        cores = cluster.core_counts()
        core = max(cores, key=lambda c: (cores[c], c))
        phase = next(iter(sorted(cluster.phases())), None)
        batch.append((_stable_id("project:", core, phase, cluster.first_at("province"),
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
        rows.append((_stable_id("project:", core, phase, doc, rid) if plain == previous else plain,
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
    store = _Store()
    try:
        for cr in records:
            if cr.record.kind == "project":
                store.add(cr)
        return list(_iter_projects(store, threshold))
    finally:
        store.close()


def org_rows(cr: CorpusRecord) -> list[tuple[str, str, str, str]]:
    """(organization key, investor name, doc id, record id) of each investor a record names."""
    return [(org_key(inv), inv, cr.doc_id, cr.record.id) for inv in _investors(cr.record.get("investor"))]


class _OrgStore:
    """Investor names per record, in a private temporary SQLite database.

    Each investor mention (key, name, document, record) and each distinct
    organization key wait on disk until the entities are built; memory holds
    a bounded set of the keys met lately.
    """

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = _connect()
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
            if len(self._recent) >= KEY_MEMO:
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


def _iter_orgs(store: _OrgStore) -> Iterator[Entity]:
    # a short form joins the one longer key it starts (华川锂电 → 华川锂电科技); ambiguous ones
    # stay.  Every key is compared with the keys it starts, which sort right after it.
    db = store.db
    _link_cache(db, 2000)
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
            kept.append((_stable_id("org:", key), key))
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
    store = _OrgStore()
    try:
        for cr in records:
            store.add(cr)
        return list(_iter_orgs(store))
    finally:
        store.close()


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
"""Members above which a place entity of a run gives them as a stream (see :meth:`_PlaceGroups.entities`)."""


class _PlaceGroups:
    """Record ids by place (administrative code and name), in a private temporary SQLite database."""

    _BATCH = 2000

    def __init__(self) -> None:
        self.db = _connect()
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
        _link_cache(db, 2000)
        db.executescript("CREATE INDEX plc_place ON plc (code, name, doc, rid);"
                         "CREATE TABLE pent (eid TEXT, code, name, first INTEGER);")
        rows = []
        taken: set[str] = set()
        for code, name, first in db.execute(
                "SELECT code, name, MIN(rowid) AS f FROM plc GROUP BY code, name ORDER BY f"):
            eid = _stable_id("place:", code or name)
            if eid in taken:  # one code given with several names: each name its own place
                eid = _stable_id("place:", code, name)
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
    groups = _PlaceGroups()
    try:
        for cr in records:
            groups.add(cr)
        return list(groups.entities())
    finally:
        groups.close()


def prepare_records(records: Iterable[CorpusRecord], orgs: bool = True, places: bool = True
                    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """What linking stores of some records: project rows, investor rows, place rows (plain values).

    The per-record work of linking (name cores, keys, timeline data); the
    run calls it where each source was processed (see
    :class:`ProjectLinkSession` and :mod:`newsmill.core.linking`).
    """
    projects: list[tuple[Any, ...]] = []
    investors: list[tuple[Any, ...]] = []
    located: list[tuple[Any, ...]] = []
    for cr in records:
        if cr.record.kind == "project":
            row = project_row(cr)
            if row is not None:
                projects.append(row)
        if orgs:
            investors += org_rows(cr)
        if places:
            row = place_row(cr)
            if row is not None:
                located.append(row)
    return projects, investors, located


class ProjectLinkSession:
    """Linking fed as documents come: records are stored as they arrive, linked at the end.

    Storing (name cores, keys, timeline data, investor and place rows) is
    per-record work done while the documents still come, in the worker
    processes when the run uses :meth:`preparer`; :meth:`finish` then only
    clusters and builds the entities.  Records are clustered in sort-key
    order whatever order they came in, so the entities are those of
    :func:`link_all` over the same records.
    """

    def __init__(self, threshold: float = 0.85, orgs: bool = True, places: bool = True) -> None:
        self.threshold, self.orgs, self.places = threshold, orgs, places
        self.store, self.org_store, self.place_groups = _Store(), _OrgStore(), _PlaceGroups()

    def preparer(self) -> functools.partial:
        """:func:`prepare_records` with this session's settings (picklable)."""
        return functools.partial(prepare_records, orgs=self.orgs, places=self.places)

    def add(self, records: Iterable[CorpusRecord]) -> None:
        """Store some records."""
        self.add_prepared(prepare_records(records, self.orgs, self.places))

    def add_prepared(self, prepared: tuple[list[tuple[Any, ...]], ...]) -> None:
        """Store records given as :func:`prepare_records` made them."""
        projects, investors, located = prepared
        for row in projects:
            self.store.add_row(row)
        for row in investors:
            self.org_store.add_row(row)
        for row in located:
            self.place_groups.add_row(row)

    def finish(self) -> Iterator[Entity]:
        """Projects, then organizations, then places; each entity built when it is asked for."""
        yield from _iter_projects(self.store, self.threshold)
        self.store.close()
        yield from _iter_orgs(self.org_store)
        self.org_store.close()
        yield from self.place_groups.entities(stream=True)
        self.place_groups.close()

    def close(self) -> None:
        """Delete the temporary databases."""
        self.store.close()
        self.org_store.close()
        self.place_groups.close()


def link_all(records: Iterable[CorpusRecord], threshold: float = 0.85, orgs: bool = True,
             places: bool = True) -> Iterator[Entity]:
    """Projects, then organizations, then places, from one pass over ``records``.

    Records wait on disk (private temporary SQLite databases) and memory
    holds bounded caches only; entities are built one at a time as they are
    iterated, so a caller that writes them as they come never holds them all.
    """
    session = ProjectLinkSession(threshold, orgs, places)
    try:
        it = iter(records)
        while batch := list(islice(it, 1000)):
            session.add(batch)
        yield from session.finish()
    finally:
        session.close()


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Link threshold, and whether organizations and places are linked too."""
    return {
        "threshold": Option(float, 0.85, "minimum link score for a record to join a project"),
        "orgs": Option(bool, True, "also link investors into organization entities"),
        "places": Option(bool, True, "also link locations into place entities"),
    }


@hookimpl
def newsmill_link_session(options: dict) -> ProjectLinkSession:
    """Link as the documents come: records stored while the run goes on (:class:`ProjectLinkSession`)."""
    return ProjectLinkSession(options["threshold"], options["orgs"], options["places"])


@hookimpl
def newsmill_link(records: Sequence[CorpusRecord], options: dict) -> Iterator[Entity]:
    """Project entities with their timelines, then organization and place entities.

    One pass over the records; the entities come as an iterator, built one at a time.
    """
    return link_all(records, options["threshold"], options["orgs"], options["places"])


def _read_projects(db_path: str) -> list[dict[str, Any]]:
    """Linked projects with their timelines, from an output SQLite database."""
    import json
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        rows = db.execute("SELECT id, name, fields, links, conflicts FROM entities "
                          "WHERE kind = 'project' ORDER BY name, id").fetchall()
        events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for eid, event in db.execute("SELECT entity_id, event FROM entity_timeline ORDER BY entity_id, seq"):
            events[eid].append(json.loads(event) if isinstance(event, str) else event)
        db.close()
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: cannot read linked projects ({e})") from None
    out = []
    for eid, name, fields, links, conflicts in rows:
        out.append({"id": eid, "name": name, "fields": json.loads(fields or "{}"),
                    "conflicts": json.loads(conflicts or "[]"), "links": json.loads(links or "[]"),
                    "timeline": events.get(eid, [])})
    return out


def _matches_place(project: dict[str, Any], place: str) -> bool:
    loc = (project["fields"].get("location") or {}).get("values") or []
    for v in loc:
        value = v.get("value")
        if isinstance(value, dict) and any(place in str(x) for x in value.values() if x):
            return True
        if isinstance(value, str) and place in value:
            return True
    return place in project["name"]


@click.command("projects")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--stage", help="Only projects whose latest stage is this (signed, started…).")
@click.option("--place", help="Only projects located in this place (name or code, substring).")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON list of projects.")
def projects_command(db: str, stage: str | None, place: str | None, as_json: bool) -> None:
    """List linked projects and their timelines from an output database.

    \b
    Examples:
      newsmill projects newsmill-out/newsmill.sqlite
      newsmill projects newsmill-out/newsmill.sqlite --stage started --place 成都
      newsmill projects newsmill-out/newsmill.sqlite --json > projects.json
    """
    import json

    found = _read_projects(db)
    if stage:
        found = [p for p in found if (p["fields"].get("stage") or {}).get("value") == stage]
    if place:
        found = [p for p in found if _matches_place(p, place)]
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for p in found:
        st = (p["fields"].get("stage") or {}).get("value") or "-"
        inv = (p["fields"].get("investment_cny") or {}).get("value")
        flag = f"  (conflicts: {', '.join(p['conflicts'])})" if p["conflicts"] else ""
        amount = f"  {inv / 1e8:g} 亿元" if isinstance(inv, (int, float)) else ""
        click.secho(f"{p['name']}  [{st}]{amount}{flag}", bold=True)
        click.echo(f"  id: {p['id']}")
        for ev in p["timeline"]:
            when = ev.get("date") or ev.get("pub_date") or "?"
            click.echo(f"  {when:<12} {ev.get('stage') or '-':<18} {ev.get('status') or '':<7} "
                       f"{ev.get('source') or ev.get('doc_id')}: {ev.get('evidence') or ''}")
    if not found:
        click.echo("no linked projects match", err=True)


@hookimpl
def newsmill_cli(cli: click.Group) -> None:
    """Add ``newsmill projects``."""
    cli.add_command(projects_command)
