"""Property tests of the offset map: apply_edits, compose, to_raw, to_clean."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.core.offsets import Edit, OffsetMap, apply_edits

ALPHABET = "abc中文區 \n"
texts = st.text(alphabet=ALPHABET, max_size=30)


@st.composite
def edit_lists(draw: st.DrawFn, text: str, insertions: bool = True) -> list[Edit]:
    """Random non-overlapping edits of ``text`` (replacements, deletions, insertions)."""
    k = draw(st.integers(0, 5))
    points = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2 * k, max_size=2 * k)))
    edits = []
    for i in range(k):
        s, e = points[2 * i], points[2 * i + 1]
        repl = draw(st.text(alphabet="XYZ", min_size=0 if s < e or not insertions else 1, max_size=3))
        if s == e and not insertions:
            continue
        edits.append(Edit(s, e, repl))
    return draw(st.permutations(edits))  # apply_edits must not depend on the given order


def reference_apply(text: str, edits: list[Edit]) -> tuple[str, list[tuple[int, int, bool]]]:
    """New text and, per new char, (raw_start, raw_end, copied) computed char by char."""
    out: list[str] = []
    prov: list[tuple[int, int, bool]] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        for i in range(pos, e.start):
            out.append(text[i])
            prov.append((i, i + 1, True))
        for ch in e.replacement:
            out.append(ch)
            prov.append((e.start, e.end, False))
        pos = e.end
    for i in range(pos, len(text)):
        out.append(text[i])
        prov.append((i, i + 1, True))
    return "".join(out), prov


def spans(n: int):
    return ((a, b) for a in range(n) for b in range(a + 1, n + 1))


@st.composite
def edit_chains(draw: st.DrawFn, insertions_after_first: bool = True):
    """A raw text and 1-4 cleaning steps: [(text, edits)], texts as produced step by step."""
    text = draw(texts)
    steps = []
    for k in range(draw(st.integers(1, 4))):
        edits = draw(edit_lists(text, insertions=insertions_after_first or k == 0))
        new, _ = apply_edits(text, edits)
        steps.append((text, edits))
        text = new
    return steps, text


def run_chain(steps):
    raw = steps[0][0]
    composed = OffsetMap.identity(len(raw))
    maps = []
    for text, edits in steps:
        _, m = apply_edits(text, edits)
        maps.append(m)
        composed = composed.compose(m)
    return raw, composed, maps


def step_by_step(maps: list[OffsetMap], a: int, b: int) -> tuple[int, int]:
    for m in reversed(maps):
        a, b = m.to_raw(a, b)
    return a, b


@given(st.data())
def test_apply_edits_matches_char_by_char_reference(data):
    text = data.draw(texts)
    edits = data.draw(edit_lists(text))
    new, m = apply_edits(text, edits)
    ref_text, prov = reference_apply(text, edits)
    assert new == ref_text
    assert (m.clean_len, m.raw_len) == (len(new), len(text))
    for a, b in spans(len(new)):
        starts = [p[0] for p in prov[a:b]]
        ends = [p[1] for p in prov[a:b]]
        assert m.to_raw(a, b) == (min(starts), max(ends))
    for x, (rs, re_, copied) in enumerate(prov):
        if copied:
            assert text[rs:re_] == new[x]


@given(edit_chains())
@settings(max_examples=200)
def test_composed_map_contains_step_by_step_mapping(chain):
    steps, final = chain
    raw, composed, maps = run_chain(steps)
    assert (composed.clean_len, composed.raw_len) == (len(final), len(raw))
    for a, b in spans(len(final)):
        rs, re_ = composed.to_raw(a, b)
        ss, se = step_by_step(maps, a, b)
        assert 0 <= rs <= re_ <= len(raw)
        if ss < se:  # (only inserted characters: no raw text to contain)
            assert rs <= ss and re_ >= se, (a, b, (rs, re_), (ss, se))


def origins(steps) -> list[int | None]:
    """Per final char, the raw index it was copied from through every step (None if rewritten)."""
    origin: list[int | None] = list(range(len(steps[0][0])))
    for text, edits in steps:
        _, prov = reference_apply(text, edits)
        origin = [origin[p[0]] if p[2] else None for p in prov]
    return origin


@given(edit_chains())
@settings(max_examples=200)
def test_composition_equals_step_by_step_mapping_at_copied_boundaries(chain):
    """Spans that start and end on untouched characters map exactly, as step by step."""
    steps, final = chain
    _raw, composed, maps = run_chain(steps)
    origin = origins(steps)
    for a, b in spans(len(final)):
        if origin[a] is None or origin[b - 1] is None:
            continue
        expected = (origin[a], origin[b - 1] + 1)
        assert composed.to_raw(a, b) == step_by_step(maps, a, b) == expected


@given(edit_chains(insertions_after_first=False))
def test_single_rewrites_compose_exactly(chain):
    """When each later edit covers whole earlier rewrites or none, composition is exact."""
    steps, final = chain
    _raw, composed, maps = run_chain(steps)
    for k in range(1, len(steps)):
        earlier = OffsetMap.identity(len(steps[0][0]))
        for m in maps[:k]:
            earlier = earlier.compose(m)
        rewritten = [(c0, c1) for c0, c1, _r0, _r1, cp in earlier.segments() if not cp and c0 < c1]
        for e in steps[k][1]:
            for c0, c1 in rewritten:
                if e.start < c1 and e.end > c0 and not (e.start <= c0 and e.end >= c1):
                    return  # this edit cuts through an earlier rewrite: see the test above
    for a, b in spans(len(final)):
        assert composed.to_raw(a, b) == step_by_step(maps, a, b)


@given(edit_chains())
def test_spans_map_monotonically_and_inside_raw(chain):
    steps, final = chain
    raw, composed, _ = run_chain(steps)
    starts = [composed.to_raw(x, x + 1)[0] for x in range(len(final))]
    ends = [composed.to_raw(x, x + 1)[1] for x in range(len(final))]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(0 <= s <= e <= len(raw) for s, e in zip(starts, ends))
    # segments tile both texts without gaps or overlaps
    segs = composed.segments()
    assert [s[0] for s in segs[1:]] == [s[1] for s in segs[:-1]]
    assert [s[2] for s in segs[1:]] == [s[3] for s in segs[:-1]]
    if segs:
        assert (segs[0][0], segs[0][2], segs[-1][1], segs[-1][3]) == (0, 0, len(final), len(raw))


@given(edit_chains())
def test_copied_text_maps_exactly(chain):
    steps, final = chain
    raw, composed, maps = run_chain(steps)
    for c0, c1, r0, r1, copy in composed.segments():
        if copy:
            assert raw[r0:r1] == final[c0:c1]
    # untouched characters, tracked through every step, map to themselves
    origin = origins(steps)
    for x, o in enumerate(origin):
        if o is not None:
            assert composed.to_raw(x, x + 1) == (o, o + 1)
            assert raw[o] == final[x]
            assert composed.to_clean(o, o + 1) == (x, x + 1)


@given(texts)
def test_no_edits_is_identity(text):
    new, m = apply_edits(text, [])
    assert new == text and m.is_identity()
    assert m.segment_count <= 1
    for a, b in spans(len(text)):
        assert m.to_raw(a, b) == (a, b) == m.to_clean(a, b)
    ident = OffsetMap.identity(len(text))
    assert ident.compose(m).segments() == m.segments()
    # a step that changes nothing keeps the map as it was
    _, m2 = apply_edits(text, [Edit(0, min(1, len(text)), text[:1])]) if text else (text, m)
    assert ident.compose(m2).to_raw(0, len(text)) == (0, len(text))


@given(edit_chains())
def test_to_clean_covers_what_survived(chain):
    steps, final = chain
    raw, composed, _ = run_chain(steps)
    origin = origins(steps)
    for r0, r1 in spans(len(raw)):
        c0, c1 = composed.to_clean(r0, r1)
        assert 0 <= c0 <= c1 <= len(final)
        for x, o in enumerate(origin):
            if o is not None and r0 <= o < r1:
                assert c0 <= x < c1
        # mapping back covers the raw span's surviving characters
        if c0 < c1:
            b0, b1 = composed.to_raw(c0, c1)
            kept = [o for o in origin[c0:c1] if o is not None]
            assert all(b0 <= o < b1 for o in kept)


@given(edit_chains())
def test_pickle_round_trip(chain):
    steps, final = chain
    _raw, composed, _ = run_chain(steps)
    back = pickle.loads(pickle.dumps(composed))
    assert back.segments() == composed.segments()
    assert (back.clean_len, back.raw_len) == (composed.clean_len, composed.raw_len)
    for a, b in spans(min(len(final), 8)):
        assert back.to_raw(a, b) == composed.to_raw(a, b)


@given(edit_chains())
def test_segments_grow_with_edits_not_characters(chain):
    steps, _final = chain
    _raw, composed, _ = run_chain(steps)
    n_edits = sum(len(e) for _t, e in steps)
    assert composed.segment_count <= 3 * n_edits + 1


def test_memory_of_a_long_page_with_few_edits():
    text = "项目签约仪式在开发区举行，总投资五十亿元。\n" * 20000  # about 440k characters
    composed = OffsetMap.identity(len(text))
    for step in range(5):
        edits = [Edit(i, i + 2, "") for i in range(1000 + step, len(text) - 10, len(text) // 10)]
        text, m = apply_edits(text, edits)
        composed = composed.compose(m)
    assert composed.segment_count <= 3 * 50 + 1
    assert composed.nbytes() < 4000  # a few bytes per edit, nothing per character
    assert composed.to_raw(0, 10) == (0, 10)


def test_errors_name_the_problem():
    import pytest

    with pytest.raises(ValueError, match="overlapping"):
        apply_edits("abcdef", [Edit(0, 3), Edit(2, 4)])
    with pytest.raises(ValueError, match="length 3"):
        apply_edits("abc", [Edit(2, 9)])
    m = OffsetMap.identity(3)
    with pytest.raises(ValueError, match="outside"):
        m.to_raw(2, 5)
    with pytest.raises(ValueError, match="do not chain"):
        m.compose(OffsetMap.identity(4))


def test_replacement_split_by_a_later_step_keeps_its_whole_source():
    # raw "abcd": "bc" becomes "XYZ"; a later step drops "Y"
    t1, m1 = apply_edits("abcd", [Edit(1, 3, "XYZ")])
    t2, m2 = apply_edits(t1, [Edit(2, 3, "")])
    composed = m1.compose(m2)
    assert t2 == "aXZd"
    assert composed.to_raw(1, 2) == (1, 3)  # "X" came from "bc"
    assert composed.to_raw(3, 4) == (3, 4)


@st.composite
def mixed_chains(draw: st.DrawFn):
    """Chains mixing ordinary edits with aligned ones (equal length, character for character)."""
    text = draw(texts)
    steps = []
    for _ in range(draw(st.integers(1, 4))):
        edits = []
        for e in draw(edit_lists(text)):
            if e.end > e.start and draw(st.booleans()):
                e = Edit(e.start, e.end, draw(st.text(alphabet="ÀÉÎ", min_size=e.end - e.start,
                                                      max_size=e.end - e.start)), aligned=True)
            edits.append(e)
        new, _ = apply_edits(text, edits)
        steps.append((text, edits))
        text = new
    return steps, text


def positions_kept(steps) -> list[int | None]:
    """Per final char, the raw index it sits on when every step copied or aligned it."""
    origin: list[int | None] = list(range(len(steps[0][0])))
    for _text, edits in steps:
        new: list[int | None] = []
        pos = 0
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            new += origin[pos:e.start]
            new += origin[e.start:e.end] if e.aligned else [None] * len(e.replacement)
            pos = e.end
        origin = new + origin[pos:]
    return origin


@given(mixed_chains())
@settings(max_examples=150)
def test_aligned_edits_keep_each_character_on_its_own_position(chain):
    steps, final = chain
    raw, composed, maps = run_chain(steps)
    kept = positions_kept(steps)
    assert len(kept) == len(final)
    for x, o in enumerate(kept):
        if o is not None:
            assert composed.to_raw(x, x + 1) == (o, o + 1)
    for a, b in spans(len(final)):
        rs, re_ = composed.to_raw(a, b)
        ss, se = step_by_step(maps, a, b)
        assert 0 <= rs <= re_ <= len(raw)
        if ss < se:
            assert rs <= ss and re_ >= se
