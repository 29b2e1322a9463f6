"""Linker: one entity holding every record of the corpus."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import CorpusRecord, Entity


@hookimpl
def newsmill_link(records: list[CorpusRecord]) -> list[Entity]:
    if not records:
        return []
    return [Entity(id="all", kind="everything", name="all records",
                   members=[(r.doc_id, r.record.id) for r in records])]
