"""Shortcuts of the places annotator agree with the plain code they replaced.

The resolver hands out plain rows and adds up the support of unambiguous names only
when an ambiguous name or a county short form needs it; candidates test the characters
after a short form before trying the street/brand pattern; the plugin takes the page
priors straight from the quick priors when no region is configured, slices an article's
candidates instead of filtering them, and looks for bare 经开区/高新区 only once a zone
was named.  The plain definitions are kept below, as first written, and compared with
the code on generated text made of the pieces the rules care about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Article, Document, Mention
from newsmill.plugins import annotate_places
from newsmill.zh import gazetteer, place_rules
from newsmill.zh.gazetteer import _ADMIN_AFTER, Candidate, Gazetteer, PlaceMatch, Priors, zone_type_of
from newsmill.zh.wordscan import find_words

GAZ = Gazetteer.default()

_PIECES = [
    "自贡", "自贡市", "成都", "沿滩区", "沿滩", "广元", "广元市", "青川县", "青川", "四川省", "四川",
    "绵阳", "游仙", "宜宾", "临港", "广安", "广安区", "东区", "城区", "市中区", "新区", "高新区", "经开区",
    "经济技术开发区", "经济开发区", "工业园区", "园区", "朝阳", "三江", "合作", "老城", "海南", "海南省",
    "寿宁", "寿宁县", "安州",
    "江北", "鼓楼", "南山", "普陀", "河北", "吉林", "白山", "抚顺", "新华", "北京", "重庆", "渝北", "比如",
    "籍", "境内", "全县", "路", "镇", "乡", "村", "牌", "式", "大道", "中路", "本报", "讯", "电", "3月5日",
    "的", "和", "在", "，", "。", "\n", " ",
]
place_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
priors = st.dictionaries(st.sampled_from(["510000", "510300", "510800", "460000", "350900", "110000"]),
                         st.sampled_from([0.25, 2.0, 3.0]), max_size=3)


def _plain_resolve(gaz: Gazetteer, text: str, found: Sequence[Candidate], priors: Priors,
                   address: bool = False) -> list[PlaceMatch]:
    """Gazetteer.resolve as first written: every support added up first, match objects."""
    local = Priors(dict(priors.keys))
    for _s, _e, cands, _sfx in found:
        if len(cands) == 1:
            for k in gaz._support_of(*cands[0]):
                local.add(k, 0.5)
    weights = local.keys
    out: list[PlaceMatch] = []
    prev: PlaceMatch | None = None
    for i, (s, e, cands, suffix) in enumerate(found):
        if prev is not None and s < prev.end:
            continue
        adjacent_prev = prev if prev is not None and s - prev.end <= 2 else None
        if len(cands) == 1:
            key, form = cands[0]
            others: tuple[str, ...] = ()
        else:
            nxt = found[i + 1] if i + 1 < len(found) and found[i + 1][0] - e <= 2 else None
            cands = gaz._drop_seat_districts(cands)
            best = gaz._choose(cands, weights, adjacent_prev.division.key if adjacent_prev else None, nxt)
            if best is None:
                continue
            key, form = best
            others = tuple(sorted(gaz.divisions[k].code or k for k, _ in cands if k != key))
        d = gaz.divisions[key]
        if form == "generic" or (form == "alias" and d.level == "county"):
            under_prev = adjacent_prev is not None and gaz.is_ancestor(adjacent_prev.division.key, key)
            if form == "generic" and not under_prev:
                continue
            if form == "alias" and not (
                    (address and len(cands) == 1) or under_prev
                    or (suffix and not gaz._other_province(key, weights)) or weights.get(key, 0) > 0
                    or weights.get(d.parent or "", 0) > 0 or _ADMIN_AFTER.match(text, e)):
                continue
        m = PlaceMatch(s, e, d, form, None, None, others)
        if suffix and d.level != "zone":
            m.end = e + len(suffix)
            m.zone_type = zone_type_of(suffix)
            m.zone_name = text[s:m.end]
        out.append(m)
        prev = m
    return out


@settings(max_examples=500)
@given(place_text, priors, st.booleans())
@example("广元市青川县和青川籍，城区、东区在广安区。宜宾临港经开区", {}, False)
@example("江北鼓楼南山，寿宁寿宁县，老城经济开发区在海南", {"460000": 3.0}, False)
@example("渝北安州", {}, True)
def test_resolve_rows_are_the_plain_matches(text: str, weights: dict[str, float], address: bool) -> None:
    found = GAZ.candidates(text)
    plain = _plain_resolve(GAZ, text, found, Priors(dict(weights)), address)
    assert GAZ.resolve(text, found, Priors(dict(weights)), address) == plain
    assert GAZ.resolve_rows(text, found, Priors(dict(weights)), address) == [
        (m.start, m.end, m.division.key, m.form, m.zone_name, m.zone_type, m.ambiguous) for m in plain]
    assert [GAZ.row_value(r[2], r[4], r[5]) for r in GAZ.resolve_rows(text, found, Priors(dict(weights)))] \
        == [GAZ.value(m) for m in GAZ.resolve(text, found, Priors(dict(weights)))]


def test_the_street_pattern_starts_only_with_the_characters_tested_first() -> None:
    tails = ["", "路", "街", "大街", "大道", "村", "镇", "岛"]
    heads = ["一", "田"]  # the place's last character, which a rule may look behind at (和田 + 园)
    for code in range(0x3000, 0xA000):
        c = chr(code)
        if c not in place_rules.NOT_PLACE_AFTER_FIRST:
            assert not any(place_rules._NOT_PLACE_AFTER.match(h + c + t, 1) for h in heads for t in tails), c
    for c in place_rules.NOT_PLACE_AFTER_FIRST:  # and each of them can start a match
        assert any(place_rules._NOT_PLACE_AFTER.match(h + c + t, 1) for h in heads for t in tails), c


def _plain_page_priors(gaz: Gazetteer, found: Sequence[Candidate], region: str) -> Priors:
    """annotate_places.page_priors as first written."""
    pri = Priors()
    for part in filter(None, (p.strip() for p in region.replace("，", ",").split(","))):
        for d in ([gaz.get(part)] if part.isdigit() else gaz.lookup(part)):
            if d is not None:
                pri.add(d.key, 3.0)
    for key, weight in gaz.quick_priors(found).keys.items():
        pri.add(key, weight)
    return pri


def _plain_place_mentions(doc: Document, gaz: Gazetteer, region: str = "") -> Iterator[Mention]:
    """Every place mention of a document, article by article, through the plain resolver."""
    text = doc.clean
    found = gaz.candidates(text)
    base = _plain_page_priors(gaz, found, region)
    dl = {(a.start, a.end): a.dateline for a in doc.articles}
    starts = [c[0] for c in found]
    backrefs = find_words(text, annotate_places._ZONE_BACKREF_WORDS)
    for s, e in annotate_places._spans(doc):
        pri = Priors(dict(base.keys))
        head = text[s:min(e, s + annotate_places._DATELINE_HEAD)]
        for key in annotate_places.dateline_keys(gaz, head, dl.get((s, e))):
            for anc in gaz.lineage(key):
                pri.add(anc.key, 2.0)
        inside = [c for c in found[bisect_left(starts, s):bisect_left(starts, e)] if c[1] <= e]
        matches = _plain_resolve(gaz, text, inside, pri)
        for m in matches:
            attrs: dict = {"form": m.form}
            if m.ambiguous:
                attrs["alternatives"] = list(m.ambiguous)
            yield Mention("place", m.start, m.end, gaz.value(m), attrs)
        zones = [(m.end, gaz.value(m)) for m in matches
                 if m.zone_name and m.zone_type in ("econ_dev", "high_tech")]
        covered = {i for m in matches for i in range(m.start, m.end)}
        for start, end, word in backrefs:
            if start < s or end > e or start in covered or end - 1 in covered:
                continue
            kind = "high_tech" if word == "高新区" else "econ_dev"
            before = [v for z_end, v in zones if z_end <= start and v.get("zone_type") == kind]
            if before:
                yield Mention("place", start, end, dict(before[0]),
                              {"form": "short", "short_for": before[0]["name"]})


def _doc(text: str, cuts: list[int], dateline: str | None) -> Document:
    doc = Document.from_text(text, source="t")
    doc.text = text
    bounds = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    doc.articles = [Article(start=a, end=b) for a, b in zip(bounds, bounds[1:]) if b > a]
    if doc.articles:
        doc.articles[0].dateline = dateline
    return doc


@settings(max_examples=400)
@given(place_text, st.lists(st.integers(0, 80), max_size=3),
       st.sampled_from(["", "四川省", "510300", "海南, 460000"]), st.sampled_from([None, "自贡", "青川"]))
@example("本报自贡讯 自贡高新区和沿滩区合作。高新区在青川。", [], "", None)
@example("宜宾临港经开区\n\n广元经开区。经开区", [8], "四川省", "自贡")
@example("广元经开区与自贡市", [4], "", None)
def test_place_mentions_are_the_plain_ones(text: str, cuts: list[int], region: str,
                                           dateline: str | None) -> None:
    doc = _doc(text, cuts, dateline)
    plain = list(_plain_place_mentions(doc, GAZ, region))
    assert list(annotate_places.place_mentions(doc, GAZ, region)) == plain


@given(st.integers(0, 30), st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32),
                                              st.sampled_from([None, "自贡", "青川"])), max_size=4))
@example(10, [(0, 10, "自贡")])
@example(10, [(3, 6, "自贡"), (3, 6, "青川")])
def test_spans_with_datelines_are_the_spans_and_the_table(n: int, arts: list) -> None:
    doc = Document.from_text("字" * n, source="t")
    doc.text = "字" * n
    doc.articles = [Article(start=s, end=e, dateline=d) for s, e, d in arts]
    dl = {(a.start, a.end): a.dateline for a in doc.articles}
    plain = [(s, e, dl.get((s, e))) for s, e in annotate_places._spans(doc)]
    assert annotate_places._spans_with_datelines(doc) == plain


def test_choice_tables_keep_the_readings_the_rule_loop_keeps() -> None:
    from newsmill.zh.gazetteer import _AFTER_OK, _NEEDS_SUFFIX

    for ruled, choice in zip(GAZ._ruled, GAZ._choices):
        if not ruled:
            assert choice is None
            continue
        for after in (True, False):
            for direct in (False, True):
                plain = [(k, f) for k, f, r in ruled  # the loop of candidates as first written
                         if not (r == _NEEDS_SUFFIX and not direct) and not (r == _AFTER_OK and not after)]
                at = 1
                if choice[0] & 1 and not after:
                    at = 3
                if choice[0] & 2 and direct:
                    at += 1
                assert list(choice[at] or ()) == plain
                if not choice[0]:  # no test needed: every outcome keeps every reading
                    assert list(choice[1]) == [(k, f) for k, f, _r in ruled]


def test_division_values_are_handed_out_as_copies() -> None:
    from unittest import mock

    doc = _doc("广元市青川县和四川省，自贡市的沿滩区。广元市", [9], None)
    with mock.patch.object(GAZ, "division_values", {}):
        first = list(annotate_places.place_mentions(doc, GAZ))  # values computed
        assert first == list(_plain_place_mentions(doc, GAZ))
        for m in first:
            m.value["name"] = "changed"
        again = list(annotate_places.place_mentions(doc, GAZ))  # values remembered
        assert again == list(_plain_place_mentions(doc, GAZ))
        assert len({id(m.value) for m in again}) == len(again) >= 5
        assert all(m.value["name"] != "changed" for m in again)


def _plain_drop_seat_districts(gaz: Gazetteer, cands: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Gazetteer._drop_seat_districts as first written: every pair of readings tested."""
    keys = [k for k, _ in cands]
    return [(k, f) for k, f in cands if not any(a != k and gaz.is_ancestor(a, k) for a in keys)]


def _plain_choose(gaz: Gazetteer, cands: Sequence[tuple[str, str]], weights: dict[str, float],
                  prev: str | None, nxt: Candidate | None) -> tuple[str, str]:
    """Gazetteer._choose as first written: the readings sorted by a score built from the lineage."""
    def score(c: tuple[str, str]) -> tuple[float, int, str]:
        key, form = c
        lin = gaz.lineage(key)
        sc = 0.0
        if prev is not None and any(a.key == prev for a in lin[1:]):
            sc += 100
        if nxt is not None and any(gaz.is_ancestor(key, k) for k, _ in nxt[2]):
            sc += 50
        sc += sum(weights.get(a.key, 0.0) for a in lin)
        sc += {"full": 2, "zone": 2, "old": 1, "alias": 0, "generic": 0}[form]
        return (sc, -{"province": 0, "prefecture": 1, "county": 2, "zone": 3}[gaz.divisions[key].level], key)

    return sorted(cands, key=score, reverse=True)[0]


_AMBIGUOUS = [list(c) for c in GAZ._cands if len(c) > 1]
_CHILDREN: dict[str, list[str]] = {}
for _d in GAZ.divisions.values():
    if _d.parent:
        _CHILDREN.setdefault(_d.parent, []).append(_d.key)


@settings(max_examples=500)
@given(st.integers(0, len(_AMBIGUOUS) - 1), st.integers(0, len(_AMBIGUOUS) - 1), st.booleans(),
       st.dictionaries(st.integers(0, 40), st.sampled_from([0.25, 0.5, 2.0, 3.0, 5.5]), max_size=6),
       st.integers(0, 40))
def test_choice_among_readings_is_the_plain_ranking(i: int, j: int, with_next: bool, picks: dict,
                                                    prev_pick: int) -> None:
    cands = _AMBIGUOUS[i]
    # weights and the previous place among the lineages of these readings and of the next name's
    near = sorted({a.key for k, _ in cands + _AMBIGUOUS[j] for a in GAZ.lineage(k)})
    weights = {near[p % len(near)]: w for p, w in picks.items()}
    prev = near[prev_pick % len(near)] if prev_pick % 3 else None
    # the next name: another ambiguous one, with a child of one of these readings when there is one
    below = [(c, "full") for k, _ in cands[prev_pick % len(cands):][:1] for c in _CHILDREN.get(k, [])[:1]]
    nxt = (0, 1, tuple(_AMBIGUOUS[j] + below), None) if with_next else None
    assert GAZ._drop_seat_districts(cands) == _plain_drop_seat_districts(GAZ, cands)
    kept = _plain_drop_seat_districts(GAZ, cands)
    assert GAZ._choose(kept, weights, prev, nxt) == _plain_choose(GAZ, kept, weights, prev, nxt)
    assert GAZ._choose(cands, weights, prev, nxt) == _plain_choose(GAZ, cands, weights, prev, nxt)


def test_no_division_is_its_own_ancestor() -> None:
    for key in GAZ.divisions:
        assert not GAZ.is_ancestor(key, key)


def _plain_choice_table(ruled: tuple) -> tuple | None:
    """The choice table of a pattern by its plain definition (every outcome tested)."""
    if not ruled:
        return None
    rules = {r for _k, _f, r in ruled}
    mode = (1 if gazetteer._AFTER_OK in rules else 0) | (2 if gazetteer._NEEDS_SUFFIX in rules else 0)
    table: list = [mode]
    for after in (True, False):
        for direct in (False, True):
            kept = tuple((k, f) for k, f, r in ruled if r == gazetteer._ALWAYS
                         or (r == gazetteer._AFTER_OK and after)
                         or (r == gazetteer._NEEDS_SUFFIX and direct))
            table.append(kept or None)
    return tuple(table)


def test_choice_tables_equal_their_plain_definition() -> None:
    gaz = gazetteer.Gazetteer.default()
    assert sum(len(r) == 1 for r in gaz._ruled) > 1000  # the one-reading shortcut is the common case
    for ruled, table in zip(gaz._ruled, gaz._choices):
        assert table == _plain_choice_table(ruled)
    for rule in (gazetteer._ALWAYS, gazetteer._AFTER_OK, gazetteer._NEEDS_SUFFIX, gazetteer._NEVER):
        one = (("k", "full", rule),)
        assert gazetteer._choice_table(one) == _plain_choice_table(one)
