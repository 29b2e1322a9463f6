"""Reading order of text on a PDF page, from positioned text runs.

Runs (pdfium's text rectangles) are merged into line segments; a region's
column gutters are the vertical gaps left by its narrow segments; segments
crossing a gutter (headlines over several columns) cut the region into
bands.  Inside a band each column is read top to bottom, left column first,
recursively (a column may itself hold columns).  Lines are then grouped into
paragraphs by vertical gap, indent and font size, and the lines of one
paragraph are joined (no space between Chinese characters).

Coordinates are PDF points with y growing upwards.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable

import attrs

WIDE_SHARE = 0.6  # segments wider than this share of the region do not make gutters


@attrs.define
class Run:
    """A positioned piece of text on one line: x0/x1 left/right, y the baseline, size the font size."""

    x0: float
    x1: float
    y: float
    size: float
    text: str

    @property
    def top(self) -> float:
        return self.y + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.y - 0.2 * self.size

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def _cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F


def glue(left: str, right: str) -> str:
    """Join two pieces of one line or paragraph: a space only between two non-CJK words."""
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if a.isspace() or b.isspace() or _cjk(a) or _cjk(b):
        return left + right
    return left + " " + right


def merge_lines(runs: Iterable[Run]) -> list[Run]:
    """Merge runs on the same baseline that are close together into line segments."""
    out: list[Run] = []
    for r in sorted(runs, key=lambda r: (-round(r.y, 1), r.x0)):
        text = r.text.strip()
        if not text:
            continue
        last = out[-1] if out else None
        if (last is not None and abs(last.y - r.y) < 0.3 * min(last.size, r.size)
                and -0.5 * r.size <= r.x0 - last.x1 < 1.2 * max(last.size, r.size)):
            gap = r.x0 - last.x1
            sep = " " if gap > 0.25 * r.size and not (_cjk(last.text[-1]) and _cjk(text[0])) else ""
            out[-1] = Run(last.x0, max(last.x1, r.x1), last.y, max(last.size, r.size),
                          last.text + sep + text)
        else:
            out.append(Run(r.x0, r.x1, r.y, r.size, text))
    return out


def _gutters(segs: list[Run], min_gap: float) -> list[tuple[float, float]]:
    x0 = min(s.x0 for s in segs)
    x1 = max(s.x1 for s in segs)
    narrow = sorted((s for s in segs if s.width < WIDE_SHARE * (x1 - x0)), key=lambda s: s.x0)
    gaps: list[tuple[float, float]] = []
    reach = None
    for s in narrow:
        if reach is not None and s.x0 - reach >= min_gap:
            gaps.append((reach, s.x0))
        reach = s.x1 if reach is None else max(reach, s.x1)
    # a gutter needs text on both sides of it
    return [g for g in gaps if sum(s.x1 <= g[0] for s in narrow) >= 2
            and sum(s.x0 >= g[1] for s in narrow) >= 2]


def reading_order(segs: list[Run], depth: int = 0) -> list[list[Run]]:
    """Line segments grouped into columns (lists of lines, top to bottom) in reading order."""
    if not segs:
        return []
    sizes = [s.size for s in segs]
    min_gap = max(1.5 * statistics.median(sizes), 6.0)
    gutters = _gutters(segs, min_gap) if depth < 4 and len(segs) > 3 else []
    if not gutters:
        return [sorted(segs, key=lambda s: (-s.y, s.x0))]
    bounds = [min(s.x0 for s in segs) - 1, *[(a + b) / 2 for a, b in gutters], max(s.x1 for s in segs) + 1]

    def column_of(s: Run) -> int | None:
        for i in range(len(bounds) - 1):
            if bounds[i] <= s.x0 and s.x1 <= bounds[i + 1]:
                return i
        return None

    spanning = sorted((s for s in segs if column_of(s) is None), key=lambda s: -s.y)
    out: list[list[Run]] = []
    upper = float("inf")
    for cut in [*spanning, None]:
        lower = cut.y if cut is not None else float("-inf")
        band = [s for s in segs if column_of(s) is not None and lower < s.y < upper]
        for i in range(len(bounds) - 1):
            col = [s for s in band if column_of(s) == i]
            out.extend(reading_order(col, depth + 1))
        if cut is not None:
            out.append([cut])
        upper = lower
    return [c for c in out if c]


def paragraphs(columns: list[list[Run]], join_lines: bool = True,
               markdown_headings: bool = True) -> list[str]:
    """Text blocks of a page: one per paragraph (lines joined) or per line when not ``join_lines``."""
    all_sizes = [s.size for col in columns for s in col]
    if not all_sizes:
        return []
    body = statistics.median(all_sizes)
    blocks: list[str] = []
    for col in columns:
        cur: list[Run] = []
        for s in col:
            prev = cur[-1] if cur else None
            peers = [t for t in col if abs(t.size - s.size) <= 0.15 * body] or [s]
            left = min(t.x0 for t in peers)
            right = max(t.x1 for t in peers)
            new = prev is None or (
                abs(s.size - prev.size) > 0.15 * body
                or prev.y - s.y > 1.9 * max(s.size, prev.size)
                or s.x0 - left > 1.2 * s.size
                or (right - prev.x1 > 2.5 * prev.size and prev.size <= 1.25 * body)
                or not join_lines)
            if new and cur:
                blocks.append(_block_text(cur, body, markdown_headings))
                cur = []
            cur.append(s)
        if cur:
            blocks.append(_block_text(cur, body, markdown_headings))
    return [b for b in blocks if b]


def _block_text(lines: list[Run], body: float, markdown_headings: bool) -> str:
    text = ""
    for ln in lines:
        text = glue(text, ln.text.strip())
    heading = markdown_headings and lines[0].size >= 1.3 * body
    return ("# " + text) if heading else text
