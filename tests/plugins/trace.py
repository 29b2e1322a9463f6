"""Shared helper: plugins note their calls in ``doc.meta.extra["trace"]``."""

from __future__ import annotations

from newsmill.core.model import Document


def note(doc: Document, what: str) -> None:
    """Append ``what`` to the document's trace."""
    doc.meta.extra.setdefault("trace", []).append(what)
