"""The cleaning step object handed to each cleaner, and the chain that composes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmill.core.offsets import Edit, OffsetMap, apply_edits

if TYPE_CHECKING:  # pragma: no cover
    from newsmill.core.model import Document


class CleanStep:
    """What one cleaner sees and reports.

    ``text`` is the current text; ``doc`` the document (its ``raw`` text and
    metadata).  Offsets given to :meth:`replace`, :meth:`flag` and
    :meth:`warn` are positions in ``text``.
    """

    def __init__(self, doc: Document, text: str, offsets: OffsetMap, plugin: str) -> None:
        self.doc = doc
        self.text = text
        self.offsets = offsets
        self.plugin = plugin
        self.edits: list[Edit] = []

    def replace(self, start: int, end: int, replacement: str = "") -> None:
        """Replace ``text[start:end]`` by ``replacement`` (edits must not overlap)."""
        if self.text[start:end] == replacement:  # text_slice_unchanged, inline (a hot path)
            return
        self.edits.append(Edit(start, end, replacement))

    def substitute(self, start: int, end: int, replacement: str) -> None:
        """Replace ``text[start:end]`` by a string of the same length, character for character.

        Each new character maps to the character it replaces (use it for
        script conversion and width changes); the lengths must be equal.
        """
        if len(replacement) != end - start:
            raise ValueError(f"substitute needs equal lengths, got {end - start} and {len(replacement)}")
        if text_slice_unchanged(self.text, start, end, replacement):
            return
        self.edits.append(Edit(start, end, replacement, aligned=True))

    def delete(self, start: int, end: int) -> None:
        """Remove ``text[start:end]``."""
        if self.text[start:end]:  # as replace(start, end, ""), without the extra call
            self.edits.append(Edit(start, end, ""))

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
    if not step.edits:
        return step.text, step.offsets
    new_text, inner = apply_edits(step.text, step.edits)
    return new_text, step.offsets.compose(inner)
