"""Offset maps: trace every span of a cleaned text back to the raw text.

All offsets are Unicode code-point indices, half-open ``[start, end)``.

A cleaning step reports its changes as :class:`Edit` objects (replace
``text[start:end]`` by ``replacement``).  :func:`apply_edits` produces the new
text and an :class:`OffsetMap` from the new text to the old one;
:meth:`OffsetMap.compose` chains maps, so after any number of steps the host
holds one map from the final cleaned text to the raw text.  :func:`compose_edits`
does both at once and handles thousands of edits in bulk (list slices and
C-level loops instead of a Python loop per edit), with the same result.

The map is a sorted list of *segments*.  A segment either copies text
(lengths equal; positions map one to one) or replaces it (the whole cleaned
segment maps to the whole raw segment).  Memory is three integers per
segment, and a page with no edits has one segment, whatever its length.
Lookups are binary searches, O(log n).

Semantics of :meth:`OffsetMap.to_raw` for a non-empty cleaned span: it
starts where its first character came from and ends where its last one
did; text deleted strictly inside the span is included, text deleted at
its edges is not.  A span made only of inserted characters maps to an
empty raw span.  Composition is exact for copied text; where a later step
cuts through text an earlier step rewrote, the pieces are merged into one
rewritten segment, so a span never maps to less raw text than mapping it
step by step would give.
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress, islice, repeat
from operator import add as add_
from operator import and_, eq, or_, sub

import attrs


@attrs.frozen
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (offsets in the step's input).

    ``aligned`` marks an equal-length replacement whose characters correspond
    one to one (``ÄB`` → ``AB``, a wide comma for ``,``): the map keeps each
    character's own position instead of one span for the whole run.
    """

    start: int
    end: int
    replacement: str = ""
    aligned: bool = False


class OffsetMap:
    """Monotone map from positions of a cleaned text to positions of a source text.

    Segments are stored in three parallel arrays: cleaned starts, source
    starts, and a copy flag.  Segment ``i`` covers cleaned ``[c[i], c[i+1])``
    and source ``[s[i], s[i+1])``; the last segment ends at the text lengths.
    """

    __slots__ = ("_c", "_s", "_copy", "_regular", "clean_len", "raw_len")

    def __init__(self, clean_len: int, raw_len: int,
                 segments: Iterable[tuple[int, int, bool]] | None = None) -> None:
        self.clean_len = clean_len
        self.raw_len = raw_len
        self._regular: bool | None = None  # see _is_regular; None until computed
        self._c = array("q")
        self._s = array("q")
        self._copy = array("b")
        if segments is None:
            segments = [(0, 0, True)] if clean_len or raw_len else []
        self._c, self._s, self._copy = _pack(segments)

    # -- construction -------------------------------------------------
    def _push(self, c: int, s: int, copy: bool) -> None:
        if self._c and self._c[-1] == c and self._s[-1] == s:
            # zero-width previous segment on both sides: replace it
            self._copy[-1] = 1 if copy else 0
            return
        if self._c and self._copy[-1] and copy and (c - self._c[-1]) == (s - self._s[-1]):
            return  # continuation of a copy segment
        self._c.append(c)
        self._s.append(s)
        self._copy.append(1 if copy else 0)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself."""
        return cls(length, length)

    @property
    def segment_count(self) -> int:
        """Number of segments held (grows with edits, not with text length)."""
        return len(self._c)

    def is_identity(self) -> bool:
        """True when every cleaned position maps to the same raw position."""
        if self.clean_len != self.raw_len:
            return False
        if len(self._c) <= 1:
            return not self._c or (self._c[0] == 0 and self._s[0] == 0 and bool(self._copy[0]))
        return all(c == s and cp for c, s, cp in zip(self._c, self._s, self._copy))

    def segments(self) -> list[tuple[int, int, int, int, bool]]:
        """All segments as ``(clean_start, clean_end, raw_start, raw_end, copy)``."""
        cs, ss = self._c.tolist(), self._s.tolist()
        return list(zip(cs, cs[1:] + [self.clean_len], ss, ss[1:] + [self.raw_len],
                        map(bool, self._copy)))

    def _segment_lists(self) -> tuple[list[int], list[int], list[int]]:
        """The segment arrays as lists: cleaned starts, source starts, copy flags (0/1)."""
        return self._c.tolist(), self._s.tolist(), self._copy.tolist()

    def nbytes(self) -> int:
        """Memory held by the segment arrays, in bytes."""
        return sum(a.itemsize * len(a) for a in (self._c, self._s, self._copy))

    # -- lookup -------------------------------------------------------
    def _seg(self, i: int) -> tuple[int, int, int, int, bool]:
        n = len(self._c)
        ce = self._c[i + 1] if i + 1 < n else self.clean_len
        se = self._s[i + 1] if i + 1 < n else self.raw_len
        return self._c[i], ce, self._s[i], se, bool(self._copy[i])

    def _start(self, pos: int) -> int:
        c = self._c
        n = len(c)
        if not n:
            return 0
        i = bisect_right(c, pos) - 1
        # prefer the segment that actually starts a non-empty clean range at pos
        c0 = c[i]
        c1 = c[i + 1] if i + 1 < n else self.clean_len
        while c1 == c0 and i + 1 < n and pos >= c1:
            i += 1
            c0 = c1
            c1 = c[i + 1] if i + 1 < n else self.clean_len
        s0 = self._s[i]
        s1 = self._s[i + 1] if i + 1 < n else self.raw_len
        if self._copy[i]:
            p = s0 + (pos - c0)
            return p if p < s1 else s1
        return s0 if pos < c1 or c0 == c1 else s1

    def _end(self, pos: int) -> int:
        c = self._c
        n = len(c)
        if not n:
            return 0
        i = bisect_right(c, pos - 1) - 1 if pos > 0 else 0
        c0 = c[i]
        s1 = self._s[i + 1] if i + 1 < n else self.raw_len
        if self._copy[i]:
            p = self._s[i] + (pos - c0)
            return p if p < s1 else s1
        return s1 if pos > c0 else self._s[i]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span to the source span it came from."""
        if start < 0 or end > self.clean_len or start > end:
            raise ValueError(f"span ({start}, {end}) outside text of length {self.clean_len}")
        c = self._c
        n = len(c)
        if n and start < end:  # a span inside one copied segment (most spans): a shift
            i = bisect_right(c, start) - 1
            c0 = c[i]
            c1 = c[i + 1] if i + 1 < n else self.clean_len
            if end <= c1 and c1 > c0 and self._copy[i]:
                d = self._s[i] - c0
                if end + d <= (self._s[i + 1] if i + 1 < n else self.raw_len):
                    return start + d, end + d
        if start == end:
            p = self._start(start)
            return p, p
        rs, re_ = self._start(start), self._end(end)
        return rs, max(rs, re_)

    def to_clean(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Map a source span to the smallest cleaned span covering what survived of it.

        A span whose text was entirely deleted maps to the empty span where
        it used to be.
        """
        if raw_start < 0 or raw_end > self.raw_len or raw_start > raw_end:
            raise ValueError(f"span ({raw_start}, {raw_end}) outside text of length {self.raw_len}")
        n = len(self._c)
        if not n:
            return 0, 0
        if raw_start == raw_end:
            p = self._clean_pos(raw_start)
            return p, p
        i = max(0, bisect_right(self._s, raw_start) - 1)
        while i > 0 and self._s[i - 1] == self._s[i]:
            i -= 1  # start at the first segment beginning at that raw position
        cs: int | None = None
        ce = 0
        while i < n:
            c0, c1, s0, s1, copy = self._seg(i)
            if s0 >= raw_end:
                break
            overlaps = s1 > raw_start and s0 < raw_end and c1 > c0
            if overlaps:
                if copy:
                    a = c0 + max(0, raw_start - s0)
                    b = c0 + min(s1, raw_end) - s0
                else:
                    a, b = c0, c1
                if cs is None:
                    cs = a
                ce = max(ce, b)
            i += 1
        if cs is None:
            p = self._clean_pos(raw_start)
            return p, p
        return cs, max(cs, ce)

    def _clean_pos(self, raw_pos: int) -> int:
        if raw_pos >= self.raw_len:
            return self.clean_len
        i = max(0, bisect_right(self._s, raw_pos) - 1)
        c0, c1, s0, s1, copy = self._seg(i)
        return min(c0 + (raw_pos - s0), c1) if copy else c0

    # -- composition --------------------------------------------------
    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Return the map ``new → raw`` given ``self: old → raw`` and ``inner: new → old``.

        Copied text stays exact.  Where pieces of the new text fall inside one
        replaced stretch of the old text, they are merged into one replaced
        segment covering that stretch, so the result stays monotone and every
        span maps to all the raw text it came from.
        """
        if inner.raw_len != self.clean_len:
            raise ValueError(f"maps do not chain: inner map reads a text of length "
                             f"{inner.raw_len}, outer map produces {self.clean_len}")
        if inner.is_identity():
            return self
        if self.is_identity():
            return inner
        return self._compose_lists(inner.clean_len, inner._c.tolist(), inner._s.tolist(),
                                   inner._copy.tolist(),
                                   len(inner._c) > _BULK_MIN and inner._is_regular())

    def _compose_lists(self, clean_len: int, ic: list[int], is_: list[int], icp: list[int],
                       regular: bool) -> OffsetMap:
        """:meth:`compose` with an inner map given as segment lists (``regular`` as
        :meth:`_is_regular` says of it) reading this map's clean text."""
        # the pieces of the result as parallel lists: clean start/end, raw start/end, copy
        p0: list[int] = []
        p1: list[int] = []
        p2: list[int] = []
        p3: list[int] = []
        p4: list[int] = []
        runs: list[tuple[int, int]] = []  # pieces [first, last) shifted in bulk from inner segments
        dirty: list[int] = []  # pieces that add() may have changed after they were made

        def push(c0: int, c1: int, r0: int, r1: int, copy: int) -> None:
            p0.append(c0)
            p1.append(c1)
            p2.append(r0)
            p3.append(r1)
            p4.append(copy)

        def add(c0: int, c1: int, r0: int, r1: int, copy: int) -> None:
            if p0:
                dirty.append(len(p0) - 1)  # the last piece may change: check it when packing
            if c0 < c1 and r0 < r1 and p0 and p0[-1] == p1[-1] and r0 < p3[-1]:
                # deleted text that survives in this piece is not deleted: shrink the deletion
                p3[-1] = max(p2[-1], r0)
                if p2[-1] == p3[-1]:
                    for p in (p0, p1, p2, p3, p4):
                        p.pop()
                    if p0:
                        dirty.append(len(p0) - 1)
            last_end = p3[-1] if p0 else 0
            if c0 == c1 and r0 < last_end:
                r0 = min(last_end, r1)  # the part of a deletion that survives elsewhere
            if p0 and r0 < last_end:
                # overlaps the previous piece: both come from one replaced stretch
                p1[-1] = c1
                p2[-1] = min(p2[-1], r0)
                p3[-1] = max(p3[-1], r1)
                p4[-1] = 0
                return
            if r0 > last_end:
                # raw text dropped between the pieces: make the deletion explicit
                if p0 and p0[-1] == p1[-1] == c0 and not p4[-1]:
                    p3[-1] = r0
                else:
                    push(c0, c0, last_end, r0, 0)
            if c0 == c1 and r0 == r1:
                return
            push(c0, c1, r0, r1, copy)

        # the outer segments as plain lists (this loop is the hot path of a cleaning chain)
        oc, os_, ocp = self._c.tolist(), self._s.tolist(), self._copy.tolist()
        n = len(oc)
        oce = oc[1:] + [self.clean_len]
        ose = os_[1:] + [self.raw_len]

        def start_of(pos: int) -> int:  # same rule as _start
            i = bisect_right(oc, pos) - 1
            while oce[i] == oc[i] and i + 1 < n and pos >= oce[i]:
                i += 1
            if ocp[i]:
                return min(os_[i] + (pos - oc[i]), ose[i])
            return os_[i] if pos < oce[i] or oc[i] == oce[i] else ose[i]

        def end_of(pos: int) -> int:  # same rule as _end
            i = bisect_right(oc, pos - 1) - 1 if pos > 0 else 0
            if ocp[i]:
                return min(os_[i] + (pos - oc[i]), ose[i])
            return ose[i] if pos > oc[i] else os_[i]

        m = len(ic)
        last = m - 1
        old_len = self.clean_len  # the inner map's source text is this map's clean text
        # runs of inner segments inside one copied outer segment are shifted in bulk when
        # every inner segment is regular (no empty copy, no segment empty on both sides)
        bulk = m > _BULK_MIN and regular
        jj = 0  # the last outer segment starting at or before o0
        k = 0
        while k < m:
            c0, o0 = ic[k], is_[k]
            c1, o1 = (ic[k + 1], is_[k + 1]) if k < last else (clean_len, old_len)
            while jj + 1 < n and oc[jj + 1] <= o0:
                jj += 1
            a0, a1 = oc[jj], oce[jj]
            k += 1
            if ocp[jj] and a0 < a1 and o0 < a1 and o1 <= a1:
                # inside one copied outer segment: a plain shift (the usual case)
                shift = os_[jj] - a0
                r0, r1 = o0 + shift, o1 + shift
                copy = 1 if icp[k - 1] and c0 != c1 and o0 != o1 else 0
                if p0 and p3[-1] == r0:
                    if c0 != c1 or r0 != r1:
                        push(c0, c1, r0, r1, copy)
                else:
                    add(c0, c1, r0, r1, copy)
                if bulk and p3[-1] == r1:
                    # the next inner segments inside the same outer segment just follow
                    # the segments from k on that end by a1 and start before it
                    kb = bisect_right(is_, a1, k + 1)  # (the segment before kb ends after a1)
                    kb = kb - 1 if kb < m else (m - 1 if old_len > a1 else m)
                    kb = min(kb, bisect_left(is_, a1, k))
                    if kb > k:
                        first = len(p0)
                        p0 += ic[k:kb]
                        p1 += ic[k + 1:kb + 1]  # each segment ends where the next starts
                        if kb == m:
                            p1.append(clean_len)
                        if shift:
                            p2 += map(add_, is_[k:kb], repeat(shift))
                            p3 += p2[first + 1:]
                            p3.append((is_[kb] if kb < m else old_len) + shift)
                        else:
                            p2 += is_[k:kb]
                            p3 += is_[k + 1:kb + 1]
                            if kb == m:
                                p3.append(old_len)
                        p4 += icp[k:kb]
                        runs.append((first, len(p0)))
                        k = kb
                continue
            if not icp[k - 1] or c0 == c1 or o0 == o1:
                if o0 == o1:
                    r0 = r1 = start_of(o0)
                else:
                    r0 = start_of(o0)
                    r1 = max(r0, end_of(o1))
                add(c0, c1, r0, r1, 0)
                continue
            j = max(0, bisect_right(oc, o0) - 1)
            while j < n:
                a0 = oc[j]
                if a0 >= o1:
                    break
                a1 = oce[j]
                if a1 > a0 and a1 > o0:
                    lo = a0 if a0 > o0 else o0
                    hi = a1 if a1 < o1 else o1
                    if ocp[j]:
                        s0 = os_[j]
                        add(c0 + lo - o0, c0 + hi - o0, s0 + lo - a0, s0 + hi - a0, 1)
                    else:
                        add(c0 + lo - o0, c0 + hi - o0, os_[j], ose[j], 0)
                j += 1
        add(clean_len, clean_len, self.raw_len, self.raw_len, 0)
        out = OffsetMap(clean_len, self.raw_len, [])
        if runs and not _merges(p0, p2, p4, runs, dirty):
            out._c, out._s, out._copy = _int64s(p0), _int64s(p2), _flags(p4)
        else:
            out._c, out._s, out._copy = _pack(zip(p0, p2, p4))
        return out

    def _compose_bulk(self, clean_len: int, ic: list[int], is_: list[int], icp: list[int]) -> OffsetMap:
        """:meth:`_compose_lists` for a regular inner map given as segment lists.

        When every edit of this (outer) map lies strictly inside one copied
        segment of the inner map (the usual case: a few earlier edits, then many
        small ones elsewhere), the result is the inner segments with their source
        starts shifted, each such copied segment cut around the edit it holds:
        list slices instead of a loop.  Otherwise :meth:`_compose_lists`.
        """
        oc, os_, ocp = self._c.tolist(), self._s.tolist(), self._copy.tolist()
        n = len(oc)
        m = len(ic)
        if n > 64 or m < _BULK_MIN or not ocp[0] or not ocp[-1] or oc[0] or os_[0]:
            return self._compose_lists(clean_len, ic, is_, icp, True)
        old_len = self.clean_len
        oce = oc[1:] + [old_len]
        ose = os_[1:] + [self.raw_len]
        # copies and edits alternate; each edit j lies inside copied inner segment k (an edit
        # may start or end where k does, unless it deletes: then strictly inside)
        cuts: list[tuple[int, int, int]] = []
        for j in range(n):
            a0, a1 = oc[j], oce[j]
            if ocp[j]:
                if a0 >= a1 or (j and ocp[j - 1]):
                    return self._compose_lists(clean_len, ic, is_, icp, True)
                continue
            if not ocp[j - 1]:  # two edits in a row: copies and edits do not alternate
                return self._compose_lists(clean_len, ic, is_, icp, True)
            k = bisect_right(is_, a0) - 1
            end = is_[k + 1] if k + 1 < m else old_len
            if os_[j] == ose[j] or not icp[k] or a1 > end or (a0 == a1 and not is_[k] < a0 < end):
                return self._compose_lists(clean_len, ic, is_, icp, True)
            cuts.append((j, k, end))
        p0: list[int] = []
        p2: list[int] = []
        p4: list[int] = []
        shift = 0  # source shift of the outer copy holding the inner segments placed next
        k0 = 0  # the first inner segment not yet placed
        for j, k, end in cuts:
            a0, a1 = oc[j], oce[j]
            if k >= k0:  # place the inner segments before k, then k's copy before the edit
                p0 += ic[k0:k]
                p2 += map(add_, is_[k0:k], repeat(shift)) if shift else is_[k0:k]
                p4 += icp[k0:k]
                if is_[k] < a0:
                    p0.append(ic[k])
                    p2.append(is_[k] + shift)
                    p4.append(1)
                k0 = k + 1
            c = ic[k] - is_[k]  # inside copied inner segment k: clean position = old position + c
            shift = os_[j + 1] - oc[j + 1]
            p0.append(a0 + c)
            p2.append(os_[j])
            p4.append(0)
            if a1 < end:  # k's copy after the edit
                p0.append(a1 + c)
                p2.append(a1 + shift)
                p4.append(1)
        p0 += ic[k0:]
        p2 += map(add_, is_[k0:], repeat(shift)) if shift else is_[k0:]
        p4 += icp[k0:]
        out = OffsetMap(clean_len, self.raw_len, [])
        out._c, out._s, out._copy = _int64s(p0), _int64s(p2), _flags(p4)
        return out

    def _is_regular(self) -> bool:
        """No copy segment is empty on either side and no segment is empty on both sides."""
        if self._regular is None:
            cs, ss = self._c.tolist(), self._s.tolist()
            zc = list(map(eq, cs, [*islice(cs, 1, None), self.clean_len]))
            zs = list(map(eq, ss, [*islice(ss, 1, None), self.raw_len]))
            self._regular = not (any(map(and_, zc, zs)) or any(map(and_, self._copy, map(or_, zc, zs))))
        return self._regular

    def __repr__(self) -> str:
        return f"OffsetMap(clean_len={self.clean_len}, raw_len={self.raw_len}, segments={len(self._c)})"

    def __getstate__(self) -> tuple:
        return (self.clean_len, self.raw_len, self._c.tobytes(), self._s.tobytes(), self._copy.tobytes())

    def __setstate__(self, state: tuple) -> None:
        self.clean_len, self.raw_len, c, s, cp = state
        self._regular = None
        self._c = array("q")
        self._c.frombytes(c)
        self._s = array("q")
        self._s.frombytes(s)
        self._copy = array("b")
        self._copy.frombytes(cp)


def _int64s(values: list[int]) -> array:
    """``array("q", values)``; a long list goes through one ``struct.pack`` (about twice as fast)."""
    if len(values) < 64:
        return array("q", values)
    return array("q", struct.pack(f"{len(values)}q", *values))


def _flags(values: list[int]) -> array:
    """``array("b", values)`` for 0/1 flags, through ``bytearray`` (far faster for long lists)."""
    return array("b", bytearray(values))


def _pack(segments: Iterable[tuple[int, int, bool]]) -> tuple[array, array, array]:
    """Segment arrays from ``(clean_start, source_start, copy)`` tuples, merged exactly as
    successive :meth:`OffsetMap._push` calls would merge them (plain lists, then arrays)."""
    cs: list[int] = []
    ss: list[int] = []
    cps: list[int] = []
    last_c: int | None = None  # the last segment kept, in locals (this loop is hot)
    last_s: int | None = None
    last_copy = 0
    for c, s, copy in segments:
        if c == last_c and s == last_s:
            last_copy = cps[-1] = 1 if copy else 0
            continue
        if last_copy and copy and c - last_c == s - last_s:
            continue
        cs.append(c)
        ss.append(s)
        last_copy = 1 if copy else 0
        cps.append(last_copy)
        last_c, last_s = c, s
    return _int64s(cs), _int64s(ss), _flags(cps)


#: Below this many segments or edits the plain loops are faster than the bulk paths.
_BULK_MIN = 16


def _merges(cs: list[int], ss: list[int], cps: list[int], runs: list[tuple[int, int]],
            dirty: list[int]) -> bool:
    """True when :func:`_pack` would merge some neighbouring pieces.

    Pieces inside one run were shifted together from a packed map, so they
    cannot merge with each other unless changed later (``dirty``); every
    other neighbouring pair is checked.
    """
    n = len(cs)
    safe = bytearray(n)  # safe[i]: the pair (i - 1, i) needs no check
    for first, last in runs:
        safe[first + 1:last] = b"\x01" * (last - first - 1)
    for i in dirty:
        safe[i:i + 2] = b"\x00" * len(safe[i:i + 2])
    i = safe.find(0, 1)
    while i >= 0:
        if cs[i] == cs[i - 1] and ss[i] == ss[i - 1]:
            return True
        if cps[i] and cps[i - 1] and cs[i] - cs[i - 1] == ss[i] - ss[i - 1]:
            return True
        i = safe.find(0, i + 1)
    return False


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text``; return the new text and its map to ``text``.

    Edits are sorted by position; overlapping edits raise ``ValueError``.
    Aligned edits (equal length, see :class:`Edit`) keep copy segments.
    """
    starts: list[int] = []
    ends: list[int] = []
    reps: list[str] = []
    aligned: list[bool] = []
    for e in edits:
        starts.append(e.start)
        ends.append(e.end)
        reps.append(e.replacement)
        aligned.append(e.aligned)
    return apply_edit_lists(text, starts, ends, reps, aligned)


def apply_edit_lists(text: str, starts: Sequence[int], ends: Sequence[int], reps: Sequence[str],
                     aligned: Sequence[bool] | None = None) -> tuple[str, OffsetMap]:
    """:func:`apply_edits` for edits given as parallel lists (edit ``i`` replaces
    ``text[starts[i]:ends[i]]`` by ``reps[i]``; ``aligned[i]`` as :attr:`Edit.aligned`).

    Many sorted, non-aligned edits (thousands of deletions) are applied in bulk.
    """
    k = len(starts)
    n = len(text)
    if k and k >= _BULK_MIN and not (aligned and any(aligned)):
        done = _apply_sorted(text, starts, ends, reps)
        if done is not None:
            new, new_len, cs, ss, cps = done
            out = OffsetMap(new_len, n, [])
            out._c, out._s, out._copy = _int64s(cs), _int64s(ss), _flags(cps)
            out._regular = True  # no empty copy, no edit empty on both sides
            return new, out
    if aligned is None:
        aligned = [False] * k
    order = sorted(range(k), key=lambda i: (starts[i], ends[i]))
    parts: list[str] = []
    segs: list[tuple[int, int, bool]] = []
    pos = 0  # position in old text
    npos = 0  # position in new text
    for i in order:
        start, end, rep = starts[i], ends[i], reps[i]
        if start < pos or end < start or end > n:
            raise ValueError(f"bad or overlapping edit {Edit(start, end, rep, aligned[i])!r} "
                             f"(text length {n})")
        if start == end and not rep:
            continue
        if aligned[i] and len(rep) == end - start:
            if start > pos:
                parts.append(text[pos:start])
            if not segs or not segs[-1][2] or (npos - segs[-1][0]) != (pos - segs[-1][1]):
                segs.append((npos, pos, True))
            parts.append(rep)
            npos += end - pos
            pos = end
            continue
        if start > pos:
            segs.append((npos, pos, True))
            parts.append(text[pos:start])
            npos += start - pos
        segs.append((npos, start, False))
        parts.append(rep)
        npos += len(rep)
        pos = end
    if pos < n:
        segs.append((npos, pos, True))
        parts.append(text[pos:])
        npos += n - pos
    return "".join(parts), OffsetMap(npos, n, segs)


def compose_edits(offsets: OffsetMap, text: str, starts: Sequence[int], ends: Sequence[int],
                  reps: Sequence[str], aligned: Sequence[bool] | None = None) -> tuple[str, OffsetMap]:
    """Apply edits (as :func:`apply_edit_lists`) to ``text``, the clean text of ``offsets``;
    return the new text and its map to the raw text of ``offsets``.

    The same as ``offsets.compose(inner)`` for the map ``inner`` of the edits, without
    building ``inner`` when there are many sorted edits.
    """
    k = len(starts)
    if k and k >= _BULK_MIN and not (aligned and any(aligned)):
        done = _apply_sorted(text, starts, ends, reps)
        if done is not None:
            new, new_len, cs, ss, cps = done
            if not offsets.is_identity():
                return new, offsets._compose_bulk(new_len, cs, ss, cps)
            out = OffsetMap(new_len, len(text), [])
            out._c, out._s, out._copy = _int64s(cs), _int64s(ss), _flags(cps)
            out._regular = True  # no empty copy, no edit empty on both sides
            return new, out
    new, inner = apply_edit_lists(text, starts, ends, reps, aligned)
    return new, offsets.compose(inner)


def compose_split(offsets: OffsetMap, kept: list[str], lens: list[int],
                  bounds: list[int]) -> tuple[str, OffsetMap]:
    """The text of non-empty deletions given as the pieces around them, and its map to raw.

    ``kept`` holds the ``n + 1`` kept pieces of the old text (``offsets``' clean
    text), ``lens`` the ``2n + 1`` piece lengths (kept, deleted, kept, …) and
    ``bounds`` their running sums from 0.  The result equals :func:`compose_edits`
    with one deletion per deleted piece.
    """
    n = len(kept) - 1
    new = "".join(kept)
    # clean starts: a copy and the empty deletion after it start where the kept text so far ends
    ends = list(accumulate(islice(lens, 0, 2 * n, 2), initial=0))
    cs = [0] * (2 * n + 1)
    cs[0::2] = ends
    cs[1::2] = islice(ends, 1, None)
    ss = bounds[:2 * n + 1]
    cps: list[int] = [1, 0] * n
    tail = b"\x01" if lens[-1] else b""
    if lens[-1]:
        cps.append(1)  # the copied tail
    else:
        cs.pop()
        ss.pop()
    touching = 0 in islice(lens, 0, 2 * n, 2)
    if touching:  # no copy where deletions touch
        keep = [1] * len(cs)
        keep[0:2 * n:2] = islice(lens, 0, 2 * n, 2)
        cs = list(compress(cs, keep))
        ss = list(compress(ss, keep))
        cps = list(compress(cps, keep))
    if not offsets.is_identity():
        return new, offsets._compose_bulk(len(new), cs, ss, cps)
    out = OffsetMap(len(new), bounds[-1], [])
    out._c, out._s = _int64s(cs), _int64s(ss)
    out._copy = _flags(cps) if touching else array("b", b"\x01\x00" * n + tail)
    out._regular = True
    return new, out


def _apply_sorted(text: str, starts: Sequence[int], ends: Sequence[int],
                  reps: Sequence[str]) -> tuple[str, int, list[int], list[int], list[int]] | None:
    """Bulk :func:`apply_edit_lists` for edits in text order, none aligned: the new
    text, its length and the segment lists (clean starts, source starts, copy flags).

    Edits are in text order when each starts at or after the end of the one before
    (then sorting them, as the plain loop does, keeps their order).

    The segments need no merging and none is empty on both sides or an empty copy.
    Returns None when there is no edit, or an edit is out of range, overlaps the next one or is empty
    (the plain loop then reports or skips it).
    """
    n = len(text)
    k = len(starts)
    if not k:
        return None  # nothing to apply in bulk
    prev_ends = [0, *islice(ends, 0, k - 1)]
    gaps = list(map(sub, starts, prev_ends))  # copied text before each edit (negative: overlap)
    widths = list(map(sub, ends, starts))
    least = min(widths)
    last = ends[-1]
    if last > n or least < 0 or min(gaps) < 0:
        return None
    # new lengths of the segments: the copy before edit i, then edit i
    new_lens = [0] * (2 * k)
    new_lens[0::2] = gaps
    if any(reps):
        lens = list(map(len, reps))
        if not least and 0 in map(add_, widths, lens):
            return None
        new_lens[1::2] = lens
    elif not least:
        return None
    parts: list[str] = [""] * (2 * k)
    parts[0::2] = [text[a:b] for a, b in zip(prev_ends, starts)]
    parts[1::2] = reps
    parts.append(text[last:])
    cs = list(accumulate(new_lens, initial=0))
    ss = [0] * (2 * k + 1)  # source starts: where each copy and each edit begins
    ss[0:2 * k:2] = prev_ends
    ss[1::2] = starts
    ss[-1] = last
    new_len = cs[-1] + n - last
    cps: list[int] = [1, 0] * k
    if last < n:
        cps.append(1)  # the copied tail
    else:
        cs.pop()
        ss.pop()
    if 0 in gaps:  # no copy where edits touch
        keep = [1] * len(cs)
        keep[0:2 * k:2] = gaps
        cs = list(compress(cs, keep))
        ss = list(compress(ss, keep))
        cps = list(compress(cps, keep))
    return "".join(parts), new_len, cs, ss, cps
