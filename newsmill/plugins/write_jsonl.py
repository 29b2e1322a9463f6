"""Writer ``jsonl``: one line per document with its articles, mentions, records and spans.

Each line of ``documents.jsonl`` is the document as :meth:`Document.to_dict`
gives it (raw text, cleaned text, offset map, articles, mentions, records,
regions, problems) plus conveniences named as in the gold schema where they
overlap: ``page`` (file name), ``pub_date``, each article's ``first_words``,
each mention's ``raw_text``.  Evidence spans carry cleaned offsets
(``start``/``end``), raw offsets (``raw_start``/``raw_end``) and the raw
characters (``text``).  Linked entities go to ``entities.jsonl``.
Read a line back with :func:`newsmill.tables.restore.document_from_json`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity
from newsmill.tables.restore import document_json


class JsonlWriter:
    """Writes ``documents.jsonl`` (one document a line) and ``entities.jsonl``."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.out_dir = out_dir
        self.with_raw = options.get("raw", True)
        self._f = (out_dir / "documents.jsonl").open("w", encoding="utf-8")
        self._seen: set[str] = set()

    def write(self, doc: Document) -> None:
        """Write one line for the document (a document seen before in this run is skipped)."""
        if doc.id in self._seen:
            return
        self._seen.add(doc.id)
        self._f.write(json.dumps(document_json(doc, self.with_raw), ensure_ascii=False) + "\n")

    def write_entities(self, entities: list[Entity]) -> None:
        """Write ``entities.jsonl``, one entity a line."""
        with (self.out_dir / "entities.jsonl").open("w", encoding="utf-8") as f:
            for e in entities:
                f.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Close the documents file."""
        self._f.close()


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the jsonl writer."""
    return {"raw": Option(bool, True, "Include each document's raw text.")}


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``jsonl`` format."""
    return {"jsonl": JsonlWriter}
