"""Clustering project records: blocks of name cores and bigrams, clusters and their scores."""

from __future__ import annotations

import pickle
import sqlite3
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from typing import Any

from newsmill.zh.project_names import bigrams

from .keys import NO_KEYS, ProjectKey
from .orgkeys import same_org
from .store import ProjectStore

_MAX_BLOCK = 500  # a bigram shared by more clusters than this is too common to block on


#: Bounds of what clustering keeps in memory, whatever the corpus size (the rest is on disk):
#: clusters (about 4 MB) and block entries (8 bytes each; a cached block counts as _KEY_COST
#: entries more: about 16 MB).
CLUSTER_CACHE = 10_000
BLOCK_CACHE = 2_000_000
SET_CACHE = 500_000
"""Most block entries held a second time as sets while clustering (about 25 MB when full)."""
_KEY_COST = 20
CORE_MEMO = 50_000
"""Name cores whose candidates clustering remembers (a few clusters each, about 10 MB when full)."""
_EMPTY = array("q")



class ClusterIndex:
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
        self.clusters: dict[int, Cluster] = {}  # the cached ones
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

    def cluster(self, cid: int) -> Cluster:
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

    def new(self, key: ProjectKey, first: tuple[str, str], grams: set[str]) -> int:
        """Start a cluster with ``key``; returns its number."""
        cid = self.count
        self.count += 1
        self._make_room()
        c = self.clusters[cid] = Cluster(key, first, grams)
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


class Cluster:
    """A project being linked: what scoring compares, kept up to date, and its first record.

    Compact (immutable sets, shared when empty; core counts only once a
    second core joins), as many of them are cached while clustering.
    """

    __slots__ = ("core", "grams", "phase_set", "province", "city", "county", "org_keys", "amounts",
                 "cores", "size", "first", "cut")

    def __init__(self, key: ProjectKey, first: tuple[str, str], grams: set[str] | None = None) -> None:
        self.core = key.core
        # the bigrams of ``core``, for scoring: a tuple of shared strings (compact)
        self.grams = tuple(map(sys.intern, bigrams(key.core) if grams is None else grams))
        self.phase_set = _NO_NUMBERS
        self.province = self.city = self.county = None
        self.org_keys = NO_KEYS
        self.amounts = _NO_NUMBERS
        self.cores: dict[str, int] | None = None  # None: every key had ``core``
        self.size = 0
        self.first = first  # (doc id, record id) of its first record in sort order
        self.cut = False  # a member's core lost the investor heading its name
        self.add(key)

    def add(self, key: ProjectKey) -> None:
        """Take in one more record's key."""
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
        """The phases its records named."""
        return self.phase_set

    def first_at(self, attr: str) -> Any:
        """The first value met of a place level (``province``, ``city``, ``county``)."""
        return getattr(self, attr)

    def core_counts(self) -> dict[str, int]:
        """How many records had each name core."""
        return self.cores if self.cores is not None else {self.core: self.size}


_MAX_BONUS = 0.2 + 1e-9
"""The most the fields other than the name add to a score (place 0.05, investor 0.1, amount 0.05)."""


def score(item: ProjectKey, cluster: Cluster, item_grams: set[str] | None = None,
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


def _counted(blocks: list[tuple[int, str, array]], need: int, since: int, index: ClusterIndex,
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


def cluster_projects(store: ProjectStore, threshold: float) -> tuple[ClusterIndex, list[tuple]]:
    """Greedy, order-independent clustering (records in sort-key order), with bigram blocking.

    Each record's cluster and link go back to ``store``; returns the clusters
    (an :class:`ClusterIndex`, on disk) and the distinct links ``(matched fields,
    score)`` the stored link numbers refer to.
    """
    index = ClusterIndex(store.db)
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
        item: ProjectKey = loads(obj)
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
