"""Offset maps: trace every span of a cleaned text back to the raw text.

All offsets are Unicode code-point indices, half-open ``[start, end)``.

A cleaning step reports its changes as :class:`Edit` objects (replace
``text[start:end]`` by ``replacement``).  :func:`apply_edits` produces the new
text and an :class:`OffsetMap` from the new text to the old one;
:meth:`OffsetMap.compose` chains maps, so after any number of steps the host
holds one map from the final cleaned text to the raw text.

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

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from operator import attrgetter

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

    __slots__ = ("_c", "_s", "_copy", "clean_len", "raw_len")

    def __init__(self, clean_len: int, raw_len: int,
                 segments: Iterable[tuple[int, int, bool]] | None = None) -> None:
        self.clean_len = clean_len
        self.raw_len = raw_len
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
        pieces: list[list] = []  # [clean_start, clean_end, raw_start, raw_end, copy]

        def add(c0: int, c1: int, r0: int, r1: int, copy: bool) -> None:
            if c0 < c1 and r0 < r1 and pieces and pieces[-1][0] == pieces[-1][1] and r0 < pieces[-1][3]:
                # deleted text that survives in this piece is not deleted: shrink the deletion
                pieces[-1][3] = max(pieces[-1][2], r0)
                if pieces[-1][2] == pieces[-1][3]:
                    pieces.pop()
            last_end = pieces[-1][3] if pieces else 0
            if c0 == c1 and r0 < last_end:
                r0 = min(last_end, r1)  # the part of a deletion that survives elsewhere
            if pieces and r0 < last_end:
                # overlaps the previous piece: both come from one replaced stretch
                p = pieces[-1]
                p[1], p[2], p[3], p[4] = c1, min(p[2], r0), max(p[3], r1), False
                return
            if r0 > last_end:
                # raw text dropped between the pieces: make the deletion explicit
                if pieces and pieces[-1][0] == pieces[-1][1] == c0 and not pieces[-1][4]:
                    pieces[-1][3] = r0
                else:
                    pieces.append([c0, c0, last_end, r0, False])
            if c0 == c1 and r0 == r1:
                return
            pieces.append([c0, c1, r0, r1, copy])

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

        ic, is_, icp = inner._c.tolist(), inner._s.tolist(), inner._copy.tolist()
        m = len(ic)
        ice = ic[1:] + [inner.clean_len]
        ise = is_[1:] + [inner.raw_len]
        jj = 0  # the last outer segment starting at or before o0
        for k in range(m):
            c0, c1, o0, o1 = ic[k], ice[k], is_[k], ise[k]
            while jj + 1 < n and oc[jj + 1] <= o0:
                jj += 1
            a0, a1 = oc[jj], oce[jj]
            if ocp[jj] and a0 < a1 and o0 < a1 and o1 <= a1:
                # inside one copied outer segment: a plain shift (the usual case)
                shift = os_[jj] - a0
                r0, r1 = o0 + shift, o1 + shift
                copy = bool(icp[k]) and c0 != c1 and o0 != o1
                if pieces and pieces[-1][3] == r0:
                    if c0 != c1 or r0 != r1:
                        pieces.append([c0, c1, r0, r1, copy])
                else:
                    add(c0, c1, r0, r1, copy)
                continue
            if not icp[k] or c0 == c1 or o0 == o1:
                if o0 == o1:
                    r0 = r1 = start_of(o0)
                else:
                    r0 = start_of(o0)
                    r1 = max(r0, end_of(o1))
                add(c0, c1, r0, r1, False)
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
                        add(c0 + lo - o0, c0 + hi - o0, s0 + lo - a0, s0 + hi - a0, True)
                    else:
                        add(c0 + lo - o0, c0 + hi - o0, os_[j], ose[j], False)
                j += 1
        add(inner.clean_len, inner.clean_len, self.raw_len, self.raw_len, False)
        out = OffsetMap(inner.clean_len, self.raw_len, [])
        out._c, out._s, out._copy = _pack((p[0], p[2], p[4]) for p in pieces)
        return out

    def __repr__(self) -> str:
        return f"OffsetMap(clean_len={self.clean_len}, raw_len={self.raw_len}, segments={len(self._c)})"

    def __getstate__(self) -> tuple:
        return (self.clean_len, self.raw_len, self._c.tobytes(), self._s.tobytes(), self._copy.tobytes())

    def __setstate__(self, state: tuple) -> None:
        self.clean_len, self.raw_len, c, s, cp = state
        self._c = array("q")
        self._c.frombytes(c)
        self._s = array("q")
        self._s.frombytes(s)
        self._copy = array("b")
        self._copy.frombytes(cp)


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
    return array("q", cs), array("q", ss), array("b", cps)


_EDIT_ORDER = attrgetter("start", "end")


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text``; return the new text and its map to ``text``.

    Edits are sorted by position; overlapping edits raise ``ValueError``.
    Aligned edits (equal length, see :class:`Edit`) keep copy segments.
    """
    ordered = sorted(edits, key=_EDIT_ORDER)
    parts: list[str] = []
    segs: list[tuple[int, int, bool]] = []
    pos = 0  # position in old text
    npos = 0  # position in new text
    n = len(text)
    for e in ordered:
        start, end, rep = e.start, e.end, e.replacement
        if start < pos or end < start or end > n:
            raise ValueError(f"bad or overlapping edit {e!r} (text length {len(text)})")
        if start == end and not rep:
            continue
        if e.aligned and len(rep) == end - start:
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
    if pos < len(text):
        segs.append((npos, pos, True))
        parts.append(text[pos:])
        npos += len(text) - pos
    return "".join(parts), OffsetMap(npos, len(text), segs)
