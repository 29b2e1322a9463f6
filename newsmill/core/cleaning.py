"""The cleaning step object handed to each cleaner, and the chain that composes them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate, islice, repeat
from operator import sub
from typing import TYPE_CHECKING

from newsmill.core.offsets import Edit, OffsetMap, compose_edits, compose_split

if TYPE_CHECKING:  # pragma: no cover
    from newsmill.core.model import Document


class CleanStep:
    """What one cleaner sees and reports.

    ``text`` is the current text; ``doc`` the document (its ``raw`` text and
    metadata).  Offsets given to :meth:`replace`, :meth:`flag` and
    :meth:`warn` are positions in ``text``.  Edits are kept as parallel lists
    (cheap to record by the thousand); :attr:`edits` shows them as :class:`Edit`.
    """

    def __init__(self, doc: Document, text: str, offsets: OffsetMap, plugin: str) -> None:
        self.doc = doc
        self.text = text
        self.offsets = offsets
        self.plugin = plugin
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._reps: list[str] = []
        self._aligned: list[bool] = []
        # kept pieces, piece lengths and bounds of a delete_matches() that made every edit
        self._split: tuple[list[str], list[int], list[int]] | None = None

    @property
    def edits(self) -> tuple[Edit, ...]:
        """The edits recorded so far, in the order given (a read-only snapshot)."""
        return tuple(map(Edit, self._starts, self._ends, self._reps, self._aligned))

    def _add(self, start: int, end: int, replacement: str, aligned: bool) -> None:
        self._starts.append(start)
        self._ends.append(end)
        self._reps.append(replacement)
        self._aligned.append(aligned)

    def replace(self, start: int, end: int, replacement: str = "") -> None:
        """Replace ``text[start:end]`` by ``replacement`` (edits must not overlap)."""
        if self.text[start:end] == replacement:  # text_slice_unchanged, inline (a hot path)
            return
        self._add(start, end, replacement, False)

    def substitute(self, start: int, end: int, replacement: str) -> None:
        """Replace ``text[start:end]`` by a string of the same length, character for character.

        Each new character maps to the character it replaces (use it for
        script conversion and width changes); the lengths must be equal.
        """
        if len(replacement) != end - start:
            raise ValueError(f"substitute needs equal lengths, got {end - start} and {len(replacement)}")
        if text_slice_unchanged(self.text, start, end, replacement):
            return
        self._add(start, end, replacement, True)

    def delete(self, start: int, end: int) -> None:
        """Remove ``text[start:end]``."""
        if self.text[start:end]:  # as replace(start, end, ""), without the extra call
            self._add(start, end, "", False)

    def delete_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """:meth:`delete` every ``(start, end)`` span, in bulk.

        Hand over many deletions at once, e.g. ``map(Match.span, rx.finditer(step.text))``.
        """
        spans = spans if isinstance(spans, list) else list(spans)
        if not spans:
            return
        starts, ends = map(list, zip(*spans))
        if min(map(sub, ends, starts)) <= 0 or min(starts) < 0 or max(starts) >= len(self.text):
            for start, end in spans:  # empty or unusual spans: exactly as delete() one by one
                self.delete(start, end)
            return
        self._starts += starts
        self._ends += ends
        self._reps += repeat("", len(starts))
        self._aligned += repeat(False, len(starts))

    def delete_matches(self, pattern: re.Pattern[str] | str) -> None:
        """Delete every non-empty match of ``pattern`` in ``text``, in bulk.

        The same edits as ``delete(m.start(), m.end())`` for each match of
        ``pattern.finditer(text)``; the text is cut with one ``split``.
        """
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        whole = _whole_match(rx)
        if whole is None:
            self.delete_spans([m.span() for m in rx.finditer(self.text)])
            return
        pieces = whole.split(self.text)
        step = whole.groups + 1  # each match adds itself and its groups to the pieces
        kept = pieces[0::step]
        n = len(kept) - 1
        if not n:
            return
        if step == 2:  # no groups of its own: the pieces are kept, deleted, kept, …, kept
            lens = list(map(len, pieces))
        else:
            lens = [0] * (2 * n + 1)  # kept, deleted, kept, …, kept
            lens[0::2] = map(len, kept)
            lens[1::2] = map(len, islice(pieces, 1, None, step))
        if 0 in islice(lens, 1, None, 2):  # empty matches delete nothing
            self.delete_spans([m.span() for m in rx.finditer(self.text)])
            return
        bounds = list(accumulate(lens, initial=0))
        if not self._starts:
            self._split = (kept, lens, bounds)
        self._starts += bounds[1:2 * n:2]
        self._ends += bounds[2:2 * n + 1:2]
        self._reps += repeat("", n)
        self._aligned += repeat(False, n)

    def replace_spans(self, edits: Iterable[tuple[int, int, str]]) -> None:
        """:meth:`replace` for every ``(start, end, replacement)``, in order."""
        replace = self.replace
        for start, end, replacement in edits:
            replace(start, end, replacement)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of a span of the current text."""
        return self.offsets.to_raw(start, end)

    def flag(self, start: int, end: int, kind: str, note: str = "") -> None:
        """Mark ``text[start:end]`` as a region of ``kind`` (e.g. ``furniture``)."""
        from newsmill.core.model import Region

        rs, re_ = self.raw_span(start, end)
        self.doc.regions.append(Region(kind, rs, re_, note, self.plugin))

    def warn(self, start: int, end: int, message: str) -> None:
        """Record a warning on the document, located at ``text[start:end]``."""
        self.doc.warn("clean", self.plugin, message, self.raw_span(start, end))


def text_slice_unchanged(text: str, start: int, end: int, replacement: str) -> bool:
    """True when an edit would leave the text as it is."""
    return text[start:end] == replacement


def finish_step(step: CleanStep) -> tuple[str, OffsetMap]:
    """Apply a step's edits; return the new text and its map to the raw text."""
    if not step._starts:
        return step.text, step.offsets
    if step._split is not None and len(step._starts) == len(step._split[0]) - 1:
        return compose_split(step.offsets, *step._split)  # only the deletions of delete_matches
    return compose_edits(step.offsets, step.text, step._starts, step._ends, step._reps, step._aligned)


_WHOLE: dict[re.Pattern[str], re.Pattern[str] | None] = {}
#: Pattern syntax that a group around the whole pattern would change: numbered
#: references (``\1``, ``\g<1>``, ``(?(1)…)``), and verbose mode (comments).
_NUMBERED_REF_RE = re.compile(r"\\[1-9]|\\g<\d|\(\?\(\d")


def _whole_match(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` inside one capturing group (``split`` then keeps each whole match), or None."""
    if rx not in _WHOLE:
        whole = None
        if isinstance(rx.pattern, str) and not rx.flags & re.VERBOSE \
                and not _NUMBERED_REF_RE.search(rx.pattern):
            try:
                whole = re.compile(f"({rx.pattern})", rx.flags)
            except re.error:
                whole = None
        if len(_WHOLE) > 256:
            _WHOLE.clear()
        _WHOLE[rx] = whole
    return _WHOLE[rx]
