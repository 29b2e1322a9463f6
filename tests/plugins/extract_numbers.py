"""Extractor: one ``amount`` record per ``number`` mention, with its evidence."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record


@hookimpl
def newsmill_extract(doc: Document) -> list[Record]:
    out = []
    for m in doc.mentions:
        if m.kind == "number":
            r = Record("amount", evidence=[doc.evidence(m.start, m.end)])
            r.set("value", m.value, doc.evidence(m.start, m.end))
            out.append(r)
    return out
