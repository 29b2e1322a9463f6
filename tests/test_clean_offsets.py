"""Offset maps under cleaning: aligned substitutions and composition of many steps."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.core.cleaning import CleanStep, finish_step
from newsmill.core.model import Document
from newsmill.core.offsets import Edit, OffsetMap, apply_edits


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="abcdef", max_size=30))
    edits, pos = [], 0
    while pos < len(text):
        pos += draw(st.integers(0, 4))
        if pos > len(text):
            break
        end = min(len(text), pos + draw(st.integers(0, 3)))
        if draw(st.booleans()):
            edits.append(Edit(pos, end, "Q" * (end - pos), aligned=True))
        else:
            edits.append(Edit(pos, end, draw(st.sampled_from(["", "x", "yz", "uvw"]))))
        pos = end + 1
    return text, edits


def _apply_by_hand(text, edits):
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[pos:e.start] + e.replacement)
        pos = e.end
    return "".join(out) + text[pos:]


@settings(max_examples=300, deadline=None)
@given(text_and_edits())
def test_aligned_edits_keep_each_character_on_its_own_position(case):
    text, edits = case
    new, m = apply_edits(text, edits)
    assert new == _apply_by_hand(text, edits)
    if all(e.aligned for e in edits):
        assert m.is_identity()
    for e in edits:
        if e.aligned and e.end > e.start:
            shift = sum(len(x.replacement) - (x.end - x.start) for x in edits if x.end <= e.start)
            for k in range(e.end - e.start):
                c = e.start + shift + k
                assert m.to_raw(c, c + 1) == (e.start + k, e.start + k + 1)


@settings(max_examples=300, deadline=None)
@given(text_and_edits(), st.data())
def test_composition_equals_mapping_twice(first, data):
    text, e1 = first
    mid, m1 = apply_edits(text, e1)
    e2 = data.draw(text_and_edits().filter(lambda c: True).map(lambda c: c[1]))
    e2 = [e for e in e2 if e.end <= len(mid)]
    e2 = [e for i, e in enumerate(e2) if i == 0 or e.start > e2[i - 1].end]
    new, m2 = apply_edits(mid, e2)
    both = m1.compose(m2)
    assert both.clean_len == len(new) and both.raw_len == len(text)
    for i in range(len(new)):
        rs, re_ = both.to_raw(i, i + 1)
        ref = m1.to_raw(*m2.to_raw(i, i + 1))
        assert 0 <= rs <= re_ <= len(text)
        if ref[0] < ref[1]:  # the composed span covers what mapping twice gives
            assert rs <= ref[0] and ref[1] <= re_
    for a in range(len(text) + 1):
        cs, ce = both.to_clean(a, min(len(text), a + 2))
        assert 0 <= cs <= ce <= len(new)


def test_identity_steps_compose_for_free():
    m = OffsetMap(5, 7, [(0, 0, True), (2, 2, False), (3, 5, True)])
    assert m.compose(OffsetMap.identity(5)) is m
    assert OffsetMap.identity(7).compose(m) is m


def test_substitute_requires_equal_lengths():
    doc = Document.from_text("經濟")
    step = CleanStep(doc, doc.raw, OffsetMap.identity(2), "t")
    step.substitute(0, 2, "经济")
    text, m = finish_step(step)
    assert text == "经济" and m.is_identity()
    try:
        step.substitute(0, 2, "经")
    except ValueError:
        pass
    else:  # pragma: no cover
        raise AssertionError("unequal substitution accepted")
