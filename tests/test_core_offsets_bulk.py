"""The bulk paths of the offset map (many edits at once) give exactly what the plain loops give."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core import offsets
from newsmill.core.cleaning import CleanStep, finish_step
from newsmill.core.model import Document
from newsmill.core.offsets import Edit, OffsetMap, apply_edit_lists, apply_edits, compose_edits

ALPHABET = "ab中區 (\n"


@st.composite
def many_edits(draw: st.DrawFn, text: str) -> list[Edit]:
    """Up to 40 non-overlapping edits, sometimes touching, deletions most of the time."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=80)))
    edits = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        rep = draw(st.sampled_from(["", "", "", "X", "YZ"]))
        if s == e and not rep:
            continue
        aligned = draw(st.integers(0, 9)) == 0 and e > s
        edits.append(Edit(s, e, "Q" * (e - s) if aligned else rep, aligned))
    return edits


def run(bulk: bool, raw: str, chain: list[list[Edit]]) -> list:
    """Texts and composed segments after each step, with the bulk paths on or off."""
    saved = offsets._BULK_MIN
    offsets._BULK_MIN = 0 if bulk else 10**9
    try:
        out = []
        text, composed = raw, OffsetMap.identity(len(raw))
        for edits in chain:
            text, m = apply_edits(text, edits)
            composed = composed.compose(m)
            out.append((text, m.segments(), composed.segments()))
        return out
    finally:
        offsets._BULK_MIN = saved


@st.composite
def chains(draw: st.DrawFn) -> tuple[str, list[list[Edit]]]:
    raw = draw(st.text(alphabet=ALPHABET, max_size=80))
    text, chain = raw, []
    for _ in range(draw(st.integers(1, 4))):
        edits = draw(many_edits(text))
        chain.append(edits)
        text, _ = apply_edits(text, edits)
    return raw, chain


@given(chains())
@settings(max_examples=300)
def test_bulk_apply_and_compose_equal_the_plain_loops(case):
    raw, chain = case
    assert run(True, raw, chain) == run(False, raw, chain)


@given(st.data())
@settings(max_examples=100)
def test_composing_composed_maps_in_bulk_equals_the_plain_loops(data):
    """Inner maps that are themselves compositions (adjacent deletions, merged rewrites)."""
    raw, first = data.draw(chains())
    mid = run(False, raw, first)[-1][0]
    second = data.draw(st.lists(many_edits(mid), min_size=1, max_size=3))
    text, chain2 = mid, []
    for edits in second:
        edits = [e for e in edits if e.end <= len(text)]
        chain2.append(edits)
        text, _ = apply_edits(text, edits)
    results = []
    for bulk in (True, False):
        saved = offsets._BULK_MIN
        offsets._BULK_MIN = 0 if bulk else 10**9
        try:
            a = OffsetMap.identity(len(raw))
            t = raw
            for edits in first:
                t, m = apply_edits(t, edits)
                a = a.compose(m)
            b = OffsetMap.identity(len(t))
            for edits in chain2:
                t, m = apply_edits(t, edits)
                b = b.compose(m)
            results.append(a.compose(b).segments())
        finally:
            offsets._BULK_MIN = saved
    assert results[0] == results[1]


def test_bulk_apply_reports_bad_edits_as_the_plain_loop_does():
    text = "abcdefghij" * 5
    starts = list(range(0, 40, 2))
    ends = [s + 1 for s in starts]
    ends[7] = starts[8] + 1  # overlaps the next edit
    with pytest.raises(ValueError, match="overlapping"):
        apply_edit_lists(text, starts, ends, [""] * len(starts))
    with pytest.raises(ValueError, match="text length 50"):
        apply_edit_lists(text, starts + [49], [s + 1 for s in starts] + [52], [""] * (len(starts) + 1))


def test_delete_spans_equals_one_delete_per_span():
    text = "區(qū)域經(jīng)濟(jì)發展(一期)" * 20
    spans = [m.span() for m in re.finditer(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", text)]
    spans += [(3, 3), (-1, 0), (len(text) + 5, len(text) + 6)]  # ignored, as delete() ignores them
    doc = Document.from_text(text)
    one, bulk = (CleanStep(doc, text, OffsetMap.identity(len(text)), "t") for _ in range(2))
    for s, e in spans:
        one.delete(s, e)
    bulk.delete_spans(iter(spans))
    assert bulk.edits == one.edits
    new, m = finish_step(bulk)
    assert new == "區域經濟發展(一期)" * 20
    assert (new, m.segments()) == finish_step(one)[:1] + (finish_step(one)[1].segments(),)
    assert m.to_raw(0, 2) == (0, 6)  # 區域 with the deleted reading inside


@given(chains())
@example(("aaaa", [[Edit(1, 2, "")], [Edit(1, 2, "")], [Edit(0, 0, "X")]]))  # two deletions in a row
@settings(max_examples=200)
def test_compose_edits_equals_apply_then_compose(case):
    raw, chain = case
    expected = run(False, raw, chain)
    saved = offsets._BULK_MIN
    offsets._BULK_MIN = 0
    try:
        text, composed, got = raw, OffsetMap.identity(len(raw)), []
        for edits in chain:
            cols = ([e.start for e in edits], [e.end for e in edits],
                    [e.replacement for e in edits], [e.aligned for e in edits])
            text, composed = compose_edits(composed, text, *cols)
            got.append((text, composed.segments()))
    finally:
        offsets._BULK_MIN = saved
    assert got == [(t, c) for t, _m, c in expected]


PATTERNS = [
    r"\([a-zāáǎà]+\)",  # a reading aid
    r"(\()([a-z]+)(\))",  # groups of its own
    r"a*",  # empty matches
    r"(a)\1",  # a numbered reference
    r"(?i)A+",  # an inline global flag
    r"(?P<x>b)(?P=x)",  # a named reference
]


@given(st.text(alphabet="aAb(qā)中 \n", max_size=120), st.sampled_from(PATTERNS),
       st.sampled_from([None, [(0, 1, "Z")]]), st.booleans())
@settings(max_examples=300)
def test_delete_matches_equals_one_delete_per_match(text, pattern, before, bulk_paths):
    saved = offsets._BULK_MIN
    offsets._BULK_MIN = 0 if bulk_paths else saved
    try:
        check_delete_matches(text, pattern, before)
    finally:
        offsets._BULK_MIN = saved


def check_delete_matches(text: str, pattern: str, before: list | None) -> None:
    doc = Document.from_text("x" + text)
    raw_map = apply_edits("x" + text, [Edit(0, 1)])[1]  # a map that is not the identity
    one, bulk = (CleanStep(doc, text, raw_map, "t") for _ in range(2))
    for step in (one, bulk):
        for s, e, r in before or ():
            if len(text) >= 1:
                step.replace(s, e, r)
    for m in re.finditer(pattern, text):
        one.delete(m.start(), m.end())
    bulk.delete_matches(pattern)
    assert bulk.edits == one.edits
    assert outcome(bulk) == outcome(one)


def outcome(step: CleanStep) -> tuple:
    """The new text and map of a step, or the error its edits raise."""
    try:
        text, m = finish_step(step)
    except ValueError as exc:
        return ("error", str(exc))
    return text, m.segments()


@st.composite
def few_then_many(draw: st.DrawFn) -> tuple[OffsetMap, list[int], list[int], list[str]]:
    """A map of a few edits, then many small edits of its clean text (sorted, some touching)."""
    raw = draw(st.text(alphabet="abc中", min_size=60, max_size=160))
    first = sorted(draw(st.lists(st.integers(0, len(raw)), min_size=2, max_size=6, unique=True)))
    starts, ends, reps = [], [], []
    for s, e in zip(first[::2], first[1::2]):
        rep = draw(st.sampled_from(["", "X", "YZ", "QQQ"]))
        starts.append(s)
        ends.append(e)
        reps.append(rep)
    text, outer = apply_edit_lists(raw, starts, ends, reps)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=min(34, len(text) + 1),
                                max_size=70, unique=True)))
    s2, e2, r2 = [], [], []
    for s, e in zip(cuts[::2], cuts[1::2]):
        s2.append(s)
        e2.append(e)
        r2.append(draw(st.sampled_from(["", "", "", "W"])))
    return outer, s2, e2, r2


@given(few_then_many())
@example((OffsetMap.identity(0), [], [], []))  # no edit at all
@settings(max_examples=300)
def test_compose_bulk_equals_compose_lists(case):
    outer, starts, ends, reps = case
    text = "t" * outer.clean_len
    done = offsets._apply_sorted(text, starts, ends, reps)
    if done is None:
        return
    _new, new_len, cs, ss, cps = done
    expected = outer._compose_lists(new_len, list(cs), list(ss), list(cps), True)
    got = outer._compose_bulk(new_len, list(cs), list(ss), list(cps))
    assert got.segments() == expected.segments()
    assert (got.clean_len, got.raw_len) == (expected.clean_len, expected.raw_len)
