"""Linking keeps bounded caches and the rest on disk: the results must not depend on the bounds."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import random
from collections import Counter, defaultdict

import pytest

import newsmill.plugins.link_projects as lp
from newsmill.core.model import CorpusRecord, Evidence, Record
from newsmill.plugins.link_projects import clusters, places, storage
from newsmill.plugins.link_projects.keys import ProjectKey
from newsmill.plugins.link_projects.orgkeys import investor_names
from newsmill.plugins.link_projects.store import ProjectStore
from newsmill.zh.project_names import bigrams

CITIES = ["绵州市", "清源市", "江北市", "云岭市"]
INDUSTRY = ["锂电", "光伏", "冷链", "生物医药", "智能装备", "新材料"]
FACILITY = ["产业园", "生产线", "基地", "研发中心"]
ORGS = ["华川锂电", "华川锂电科技有限公司", "华川锂电科技", "云岭能源集团", "云岭能源",
        "江北冷链物流有限公司", "江北冷链", "江北冷", "青石建材", "青石建材股份公司"]


def generated(n: int, seed: int = 3) -> list[CorpusRecord]:
    """Project records with look-alike names, phases, short and long investor names, shared codes."""
    rnd = random.Random(seed)
    out: list[CorpusRecord] = []
    p = 0
    while len(out) < n:
        p += 1
        city = rnd.choice(CITIES)
        core = f"{rnd.choice(INDUSTRY)}{rnd.choice(FACILITY)}{p % 40}号"
        phase = rnd.choice(["", "", "(一期)", "(二期)"])
        for _ in range(rnd.randint(1, 5)):
            did = f"d{rnd.randrange(n // 3 + 1)}"
            name = rnd.choice([f"{city}{core}项目{phase}", f"{core}项目{phase}", f"{city[:-1]}{core}"])
            r = Record("project", id=f"{did}:r{len(out)}", evidence=[Evidence(0, 1, 0, 1, name)])
            r.set("name", name)
            r.set("stage", rnd.choice(["signed", "started", "completed"]))
            day = f"202{rnd.randrange(4)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
            r.set("date", rnd.choice([None, day]))
            r.set("location", {"province": "四川省", "city": rnd.choice([city, city, None]),
                               "county": rnd.choice([None, None, "青川县"]),
                               "code": rnd.choice(["", "510800"])})
            r.set("investor", rnd.choice([None, rnd.choice(ORGS), f"{rnd.choice(ORGS)}、{rnd.choice(ORGS)}"]))
            r.set("investment_cny", rnd.choice([None, 10**8, 2 * 10**8, 2.5 * 10**8]))
            pub = rnd.choice([None, dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(900))])
            out.append(CorpusRecord(did, "gen", pub, 0, None, r))
    return out[:n]


@pytest.fixture
def tiny_caches(monkeypatch):
    """Bounds so small that clusters, blocks and keys keep going to disk and back."""
    monkeypatch.setattr(clusters, "CLUSTER_CACHE", 7)
    monkeypatch.setattr(clusters, "BLOCK_CACHE", 150)
    monkeypatch.setattr(clusters, "SET_CACHE", 12)
    monkeypatch.setattr(storage, "KEY_MEMO", 5)
    monkeypatch.setattr(clusters, "CORE_MEMO", 3)


def test_same_entities_whatever_the_cache_bounds(monkeypatch):
    recs = generated(1500)
    in_memory = list(lp.link_all(recs))  # this size fits the caches: nothing read back from disk
    assert sum(e.kind == "project" for e in in_memory) > 100
    assert any(len(e.members) > 3 for e in in_memory if e.kind == "project")
    monkeypatch.setattr(clusters, "CLUSTER_CACHE", 7)
    monkeypatch.setattr(clusters, "BLOCK_CACHE", 150)
    monkeypatch.setattr(clusters, "SET_CACHE", 12)
    monkeypatch.setattr(storage, "KEY_MEMO", 5)
    assert list(lp.link_all(recs)) == in_memory
    shuffled = list(lp.link_all(random.Random(1).sample(recs, len(recs))))
    # projects do not depend on the order of the records; the other kinds list links (and
    # places sharing an id) in the order met
    assert [e for e in shuffled if e.kind == "project"] == [e for e in in_memory if e.kind == "project"]
    assert sorted((e.id, e.name, e.members) for e in shuffled) == \
        sorted((e.id, e.name, e.members) for e in in_memory)


def test_tiny_caches_stay_within_their_bounds(tiny_caches):
    store = ProjectStore()
    try:
        for cr in generated(800):
            store.add(cr)
        index, _links = lp.cluster_projects(store, 0.85)
        assert index.count > 50  # many more clusters than the cache holds
        assert len(index.clusters) <= 7
        assert not index._complete  # blocks went to disk and came back
        assert index._set_entries <= 12 + 500  # emptied when full (one block may be added)
        assert all(set(index.grams[g]) == s for g, s in index.sets.items() if g in index.grams)
    finally:
        store.close()


def _stable(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1("|".join(str(p or "") for p in parts).encode()).hexdigest()[:12]


def test_places_match_their_definition(tiny_caches):
    recs = generated(900)
    groups: dict[tuple, set] = defaultdict(set)  # (code, name) -> members, in the order first met
    for cr in recs:
        loc = cr.record.get("location")
        level = next(lv for lv in ("county", "city", "province") if loc.get(lv))
        code = loc.get(f"{level}_code") or places._code_of(loc.get("code"), loc[level]) or ""
        groups[(code, loc[level])].add((cr.doc_id, cr.record.id))
    taken: set[str] = set()
    expected = []
    for i, ((code, name), m) in enumerate(groups.items()):
        eid = _stable("place:", code or name)
        if eid in taken:  # one code, several names: the later names get ids of their own
            eid = _stable("place:", code, name)
        taken.add(eid)
        expected.append((eid, i, name, code, sorted(m)))
    expected.sort()
    got = lp.place_entities(recs)
    assert [(e.id, e.name, e.fields["code"], e.members) for e in got] == \
        [(eid, name, code or None, m) for eid, _i, name, code, m in expected]
    assert len({e.id for e in got}) == len(got)
    assert any(e.fields["code"] == "510822" for e in got)  # 青川县 given its own code


def test_orgs_match_their_definition(tiny_caches):
    recs = generated(900)
    keys = {lp.org_key(n) for cr in recs for n in investor_names(cr.record.get("investor"))}
    target = {}
    for k in keys:
        longer = [x for x in keys if x != k and x.startswith(k)] if len(k) >= 3 else []
        shortest = min(longer, key=len) if longer else ""
        if longer and all(x.startswith(shortest) for x in longer):
            target[k] = max(longer, key=lambda x: (len(x), x))
    got = lp.org_entities(recs)
    assert sorted(e.id for e in got) == [e.id for e in got]
    assert {e.id for e in got} == {_stable("org:", k) for k in keys - set(target)}
    for e in got:
        names = e.fields["names"]
        group = {lp.org_key(n) for n in names}
        assert all(target.get(k, k) == target.get(next(iter(group)), next(iter(group))) for k in group)
        expected = {(cr.doc_id, cr.record.id) for cr in recs
                    if {lp.org_key(n) for n in investor_names(cr.record.get("investor"))} & group}
        assert set(e.members) == expected
    assert any(len(e.fields["names"]) > 1 for e in got)  # short forms joined a longer name


def _reference_clusters(store: ProjectStore, threshold: float) -> list[tuple[int, int, tuple]]:
    """Clustering by its definition: every block counted in full, every candidate scored."""
    index = clusters.ClusterIndex(store.db)
    out = []
    for row, _pub, doc, rid, _kid, obj in store.in_order():
        item = pickle.loads(obj)
        item_grams = bigrams(item.core)
        cands = set(index.exact_block(item.core))
        hits: dict[int, int] = defaultdict(int)
        for g in item_grams:
            if g not in index.common:
                for c in index.gram_block(g):
                    hits[c] += 1
        cands.update(c for c, n in hits.items() if n >= max(2, len(item_grams) // 2))
        best, best_score, best_matched = None, 0.0, []
        for ci in sorted(cands):
            s, matched = lp.score(item, index.cluster(ci), item_grams)
            if s > best_score:
                best, best_score, best_matched = ci, s, matched
        if best is not None and best_score >= threshold:
            index.cluster(best).add(item)
            index.changed(best)
            out.append((row, best, (tuple(best_matched), round(best_score, 3))))
        else:
            out.append((row, index.new(item, (doc, rid), item_grams), ("first mention",)))
    return out


@pytest.mark.parametrize("tiny", [False, True])
def test_clustering_matches_its_definition(monkeypatch, tiny):
    if tiny:
        monkeypatch.setattr(clusters, "CLUSTER_CACHE", 7)
        monkeypatch.setattr(clusters, "BLOCK_CACHE", 150)
        monkeypatch.setattr(clusters, "SET_CACHE", 12)
        monkeypatch.setattr(clusters, "CORE_MEMO", 3)  # remembered candidates keep being forgotten
    monkeypatch.setattr(clusters, "_MAX_BLOCK", 40)  # some bigrams become too common to block on
    recs = generated(1200, seed=5)
    got, expected = ProjectStore(), ProjectStore()
    try:
        for cr in recs:
            got.add(cr)
            expected.add(cr)
        _index, links = lp.cluster_projects(got, 0.85)
        assigned = [(r, c, links[lid] if lid else ("first mention",)) for r, c, lid in
                    got.db.execute("SELECT rec, cluster, link FROM asg ORDER BY seq")]
        reference = _reference_clusters(expected, 0.85)
        assert assigned == reference
        assert sum(1 for _r, _c, link in reference if link != ("first mention",)) > 100
    finally:
        got.close()
        expected.close()


def test_widest_is_the_largest_width_the_skip_test_lets_through():
    top = (0.85 - 1e-9 - clusters._MAX_BONUS) * 0.5
    for width in range(1, 30):
        for spare in range(0, 4):
            for n in range(0, width + 1):
                w = clusters._widest(n, spare, top, width)
                passes = [x for x in range(0, 200) if n + spare + 1e-6 >= top * (width + x)]
                assert w == (max(passes) if passes else -1)


def test_cluster_widths_are_the_bigram_counts_of_their_cores(tiny_caches):
    store = ProjectStore()
    try:
        for cr in generated(600, seed=11):
            store.add(cr)
        index, _links = lp.cluster_projects(store, 0.85)
        assert len(index.widths) == index.count > 50
        assert all(index.widths[c] == len(index.cluster(c).grams) for c in range(index.count))
    finally:
        store.close()


def test_counting_only_the_clusters_since_a_number_counts_them_in_full():
    store = ProjectStore()
    try:
        index = clusters.ClusterIndex(store.db)
        rnd = random.Random(4)
        words = ["锂电", "光伏", "生物医药", "新材料", "产业园", "生产线", "基地", "研发中心", "智能"]
        for k in range(300):
            core = "".join(rnd.choice(words) for _ in range(rnd.randint(2, 4)))
            key = ProjectKey(core, core, None, {}, (), None)
            index.new(key, (f"d{k}", "r"), bigrams(core))
        for item in ("锂电产业园基地", "生物医药研发中心", "新材料生产线"):
            blocks = [(len(b), g, b) for g in bigrams(item) if (b := index.gram_block(g))]
            need = max(2, len(bigrams(item)) // 2)
            full = Counter(c for _n, _g, b in blocks for c in b)
            for since in (0, 1, 150, 290, 300):
                got = clusters._counted(blocks, need, since, index)
                expected = {c: n for c, n in full.items() if c >= since and n >= need}
                assert {c: n for c, n in got.items() if n >= need} == expected
                assert all(c >= since and got[c] == full[c] for c in got)
                # with the skip widths: the clusters they let through get their full counts
                wmax = [clusters._widest(n, 0, 0.325, len(blocks)) if n >= need else -1
                        for n in range(len(blocks) + 1)]
                got = clusters._counted(blocks, need, since, index, wmax)
                widths = index.widths
                assert {c: n for c, n in got.items() if widths[c] <= wmax[n]} == {
                    c: n for c, n in full.items() if c >= since and widths[c] <= wmax[n]}
            assert any(n >= need for n in full.values())
            assert any(widths[c] > wmax[n] for c, n in full.items() if n >= need)  # some skipped
    finally:
        store.close()
