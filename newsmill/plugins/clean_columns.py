"""Cleaner: two columns printed side by side (PDF text in layout mode) put back in reading order.

A PDF page extracted in layout mode prints two stories side by side on the
same lines: each line holds a line of the left column, a wide run of blanks,
then a line of the right column, so every sentence is cut by the other
column.  The cleaner finds such a block (:func:`column_blocks`) and rewrites
it as the left column's lines, a blank line, then the right column's lines.

Offsets: the offset map is monotone (cleaned text in order maps to raw text in
order), so text cannot be moved with an exact map.  The block is one
replacement: every span inside it maps to the raw span of the whole block
(the two columns' lines), which holds the span's raw text among the other
column's lines.  Spans outside the block keep their exact map.
"""

from __future__ import annotations

import re
import unicodedata
from statistics import median

import attrs

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.script import is_han

#: Default position in the cleaning chain: after width, before stray spaces (a column gap
#: must still be there) and before furniture and line joining (they read lines).
PRIORITY = 45
#: The gap between two columns: four blanks or more (two ideographic spaces count as four).
_GAP_RE = re.compile(r"(?<=\S)(?: {4,}|[ \u3000]*\u3000[ \u3000]*\u3000[ \u3000]*)(?=\S)")
#: Fewest lines in a row whose right column starts at one place, to call a block two columns.
MIN_CORE = 3
#: How far (display cells) a right column's start may wander from the block's median start.
START_SLACK = 3
#: How far a title's right part may start from the column's start (titles are centred).
TITLE_SLACK = 12
_MARKS = frozenset("，,。；;、：:")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After width normalisation, before stray spaces, furniture and line joining."""
    return {"clean": PRIORITY}


def display_width(text: str) -> int:
    """Width of ``text`` in cells: wide and full-width characters take two, the others one."""
    wide = sum(1 for c in text if not c.isascii() and unicodedata.east_asian_width(c) in "WF")
    return len(text) + wide


@attrs.frozen
class ColumnLine:
    """One line of the page: its offsets, and where its right column's part starts (or -1)."""

    start: int
    end: int
    split: int = -1  # offset of the right part (after the gap); -1: no gap
    gap: int = -1  # offset where the gap starts
    right_at: int = -1  # display cell where the right part starts

    @property
    def blank(self) -> bool:
        """True for a line holding nothing (``start == end`` after trimming)."""
        return self.start == self.end


def _lines(text: str) -> list[ColumnLine]:
    out: list[ColumnLine] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw.rstrip())
        if end == pos:
            out.append(ColumnLine(pos, pos))
        else:
            gaps = list(_GAP_RE.finditer(text, pos, end))
            if len(gaps) == 1:
                g = gaps[0]
                out.append(ColumnLine(pos, end, g.end(), g.start(), display_width(text[pos:g.end()])))
            else:
                out.append(ColumnLine(pos, end, -2 if gaps else -1))  # -2: a table row or a spread head
        pos += len(raw) + 1
    return out


def _is_column_text(text: str, lines: list[ColumnLine]) -> bool:
    """Both columns read as running text: Han characters and clause marks on each side, the left
    parts filling their column (not the short cells of a two-column table)."""
    lefts = [text[x.start:x.gap] for x in lines]
    rights = [text[x.split:x.end] for x in lines]
    if sum(1 for part in lefts + rights if sum(map(is_han, part)) >= 4) < 0.7 * 2 * len(lines):
        return False
    for parts in (lefts, rights):
        if sum(c in _MARKS for part in parts for c in part) < 2:
            return False
    at = median(x.right_at for x in lines)
    return sum(1 for part in lefts if display_width(part.strip()) >= 0.6 * at) >= 0.7 * len(lines)


def _core(text: str, lines: list[ColumnLine], i: int, j: int) -> tuple[int, int, float] | None:
    """The core of a run ``lines[i..j]`` of lines holding one gap each: the longest streak of
    :data:`MIN_CORE` lines or more whose right parts start within :data:`START_SLACK` of the run's
    median start (a centred title above them may start elsewhere), else the whole run when its
    left parts have one width; None when neither reads as two columns of text."""
    run = lines[i:j + 1]
    if len(run) < MIN_CORE:
        return None
    at = median(x.right_at for x in run)
    best: tuple[int, int] | None = None
    k = i
    while k <= j:
        if abs(lines[k].right_at - at) > START_SLACK:
            k += 1
            continue
        e = k
        while e + 1 <= j and abs(lines[e + 1].right_at - at) <= START_SLACK:
            e += 1
        if e - k + 1 >= MIN_CORE and (best is None or e - k > best[1] - best[0]):
            best = (k, e)
        k = e + 1
    if best is not None and _is_column_text(text, lines[best[0]:best[1] + 1]):
        core = lines[best[0]:best[1] + 1]
        return best[0], best[1], median(x.right_at for x in core)
    if _aligned(text, run, at) and _is_column_text(text, run):
        return i, j, at
    return None


def _aligned(text: str, core: list[ColumnLine], at: float) -> bool:
    """The right column starts at one cell (within :data:`START_SLACK`), as layout mode prints it,
    or the left column's lines have one width (within :data:`START_SLACK`, the last line of a
    paragraph apart) and one gap follows them, as a fixed separator prints it."""
    if all(abs(x.right_at - at) <= START_SLACK for x in core):
        return True
    widths = [display_width(text[x.start:x.gap].strip()) for x in core]
    mid = median(widths)
    return sum(1 for w in widths if abs(w - mid) > START_SLACK) <= 1


def column_blocks(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, rewritten)`` for each block of two columns side by side in ``text``.

    A block's core is :data:`MIN_CORE` or more lines in a row, each holding one
    wide gap (:data:`_GAP_RE`), whose right parts start at the same display cell or
    whose left parts have one width (:func:`_aligned`), both parts being running
    text.  The block reaches up and down over lines of the same two columns (a
    title's parts may be centred: within :data:`TITLE_SLACK`), blank lines and lines
    holding one column only (left: no gap and narrower than the left column;
    right: indented up to the right column), and down over the left column's
    tail lines up to the next blank line.  A line spread over both columns (a head,
    a title across the page) or a table row (two gaps or more) ends it.
    """
    if "    " not in text and "\u3000\u3000" not in text:
        return []
    lines = _lines(text)
    n = len(lines)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if lines[i].split < 0:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].split >= 0:
            j += 1
        found = _core(text, lines, i, j)
        if found is None:
            i = j + 1
            continue
        ci, cj, at = found
        first, last = _reach(text, lines, ci, cj, at)
        out.append((lines[first].start, lines[last].end, _rewrite(text, lines[first:last + 1], at)))
        i = last + 1
    return out


def _kind(text: str, line: ColumnLine, at: float) -> str:
    """``both``, ``left``, ``right``, ``blank`` or ``other`` (a line across both columns)."""
    if line.blank:
        return "blank"
    if line.split >= 0:
        if display_width(text[line.start:line.gap]) >= at:
            return "other"  # its left part runs past the right column's start: a caption and its credit
        return "both" if abs(line.right_at - at) <= TITLE_SLACK else "other"
    if line.split == -2:
        return "other"
    body = text[line.start:line.end]
    indent = display_width(body) - display_width(body.lstrip())
    if indent >= at - TITLE_SLACK:
        return "right"
    return "left" if display_width(body) <= at else "other"


def _reach(text: str, lines: list[ColumnLine], i: int, j: int, at: float) -> tuple[int, int]:
    """First and last line of the block around its core ``lines[i..j]``."""
    first = i
    k = i - 1
    while k >= 0:
        kind = _kind(text, lines[k], at)
        if kind == "other":
            break
        if kind == "both":
            first = k
        k -= 1
        if kind == "blank" and k >= 0 and lines[k].blank:
            break  # two blank lines: another part of the page
    last = j
    k = j + 1
    n = len(lines)
    while k < n:
        kind = _kind(text, lines[k], at)
        if kind == "other":
            break
        if kind == "both":
            last = k
        elif kind == "blank":
            if k + 1 < n and _kind(text, lines[k + 1], at) == "both":
                k += 1
                continue
            break
        k += 1
    k = last + 1
    while k < n and _kind(text, lines[k], at) in ("left", "right"):  # the longer column's tail
        last = k
        k += 1
    return first, last


def _rewrite(text: str, block: list[ColumnLine], at: float) -> str:
    """The block's left column's lines, a blank line, then its right column's lines."""
    left: list[str] = []
    right: list[str] = []
    for line in block:
        kind = _kind(text, line, at)
        if kind == "blank":
            left.append("")
            right.append("")
        elif kind == "both":
            left.append(text[line.start:line.gap])
            right.append(text[line.split:line.end])
        elif kind == "right":
            right.append(text[line.start:line.end].lstrip())
        else:
            left.append(text[line.start:line.end])
    return "\n".join(_squeeze(left)) + "\n\n" + "\n".join(_squeeze(right))


def _squeeze(lines: list[str]) -> list[str]:
    """Lines without leading or trailing blank ones and without two blank lines in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


@hookimpl
def newsmill_clean(step: CleanStep) -> None:
    """Rewrite every block of two columns side by side as one column after the other."""
    for start, end, rewritten in column_blocks(step.text):
        step.replace(start, end, rewritten)
