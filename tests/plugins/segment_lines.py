"""Segmenter: every non-empty line is an article, its first characters the headline."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Article, Document


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"segment": 100}


@hookimpl
def newsmill_segment(doc: Document) -> list[Article]:
    out, pos = [], 0
    for line in doc.clean.split("\n"):
        if line.strip():
            out.append(Article(start=pos, end=pos + len(line), headline=line[:8]))
        pos += len(line) + 1
    return out
