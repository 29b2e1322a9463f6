"""Segmenter: the whole document is one article (a fallback, and useful for web articles)."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Article, Document


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """The last segmenter asked (priority 1000)."""
    return {"segment": 1000}


@hookimpl
def newsmill_segment(doc: Document) -> list[Article]:
    """One article spanning the text without its surrounding blanks."""
    text = doc.clean
    if not text.strip():
        return []
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [Article(start=start, end=end, body_start=start, body_end=end)]
