"""``raw_span_mapper`` maps every span exactly as ``OffsetMap.to_raw`` does."""

from __future__ import annotations

import functools
import random

import pytest

from newsmill.core.offsets import Edit, OffsetMap, apply_edits
from newsmill.core.pipeline import raw_span_mapper


def _random_map(rnd: random.Random) -> OffsetMap:
    """A map made by a few steps of random deletions, insertions and replacements."""
    text = "".join(rnd.choice("abcdef") for _ in range(rnd.randint(0, 30)))
    m = OffsetMap.identity(len(text))
    for _ in range(rnd.randint(1, 3)):
        edits, pos = [], 0
        while pos < len(text):
            pos += rnd.randint(0, 5)
            if pos > len(text):
                break
            end = min(len(text), pos + rnd.randint(0, 3))
            rep = "".join(rnd.choice("XY") for _ in range(rnd.randint(0, 3)))
            aligned = len(rep) == end - pos and rnd.random() < 0.3
            edits.append(Edit(pos, end, rep, aligned))
            pos = end + 1
        text, inner = apply_edits(text, edits)
        m = m.compose(inner)
    return m


def _outcome(fn, start: int, end: int) -> object:
    try:
        return fn(start, end)
    except ValueError as exc:
        return ("error", str(exc))


@pytest.mark.parametrize("seed", range(4))
def test_mapper_agrees_with_to_raw_on_every_span(seed):
    rnd = random.Random(seed)
    for _ in range(150):
        m = _random_map(rnd)
        fast = raw_span_mapper(m)
        n = m.clean_len
        for a in range(-1, n + 2):
            for b in range(a - 1, n + 2):
                assert _outcome(fast, a, b) == _outcome(m.to_raw, a, b), (a, b, m.segments())


def test_large_and_identity_maps_agree_with_to_raw():
    big = OffsetMap(1000, 2000, [(i, 2 * i, i % 3 == 0) for i in range(0, 1000, 2)])
    fast = raw_span_mapper(big)
    assert fast != big.to_raw
    spans = [(a, b) for a in range(0, 1001, 7) for b in range(a, min(a + 40, 1001), 3)]
    assert [fast(a, b) for a, b in spans] == [big.to_raw(a, b) for a, b in spans]
    same = OffsetMap.identity(50)
    fast = raw_span_mapper(same)
    for a in range(-1, 52):
        for b in range(a - 1, 52):
            assert _outcome(fast, a, b) == _outcome(same.to_raw, a, b)
    empty = OffsetMap(0, 0, [])
    assert _outcome(raw_span_mapper(empty), 0, 0) == _outcome(empty.to_raw, 0, 0)


def _plain_to_raw(m: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """``OffsetMap.to_raw`` by its plain definition: each end looked up on its own."""
    if start < 0 or end > m.clean_len or start > end:
        raise ValueError(f"span ({start}, {end}) outside text of length {m.clean_len}")
    if start == end:
        p = m._start(start)
        return p, p
    rs, re_ = m._start(start), m._end(end)
    return rs, max(rs, re_)


@pytest.mark.parametrize("seed", range(3))
def test_to_raw_shortcut_agrees_with_its_plain_definition(seed):
    rnd = random.Random(100 + seed)
    odd = [OffsetMap(1000, 2000, [(i, 2 * i, i % 3 == 0) for i in range(0, 1000, 2)]),  # copies of
           OffsetMap(12, 7), OffsetMap(7, 12), OffsetMap(0, 5), OffsetMap(5, 0)]  # unequal lengths
    for m in [_random_map(rnd) for _ in range(120)] + odd:
        n = m.clean_len
        step = 1 if n < 60 else 7
        plain = functools.partial(_plain_to_raw, m)
        for a in range(-1, n + 2, step):
            for b in range(a - 1, min(n + 2, a + 45)):
                assert _outcome(m.to_raw, a, b) == _outcome(plain, a, b), (a, b, m.segments())
