"""``raw_span_mapper`` maps every span exactly as ``OffsetMap.to_raw`` does."""

from __future__ import annotations

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


def test_large_maps_use_to_raw_itself():
    m = OffsetMap(1000, 2000, [(i, 2 * i, i % 2 == 0) for i in range(0, 1000, 2)])
    assert raw_span_mapper(m) == m.to_raw
    small = OffsetMap(10, 12, [(0, 0, True), (5, 7, True)])
    fast = raw_span_mapper(small)
    assert fast != small.to_raw
    assert [fast(i, i + 1) for i in range(10)] == [small.to_raw(i, i + 1) for i in range(10)]
