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
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import IO, Any

import attrs

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity
from newsmill.tables.rows import document_json


def document_line(doc: Document) -> str:
    """The ``documents.jsonl`` line of a document (newline included)."""
    return json.dumps(document_json(doc), ensure_ascii=False) + "\n"


_PARTS = ("members", "timeline", "links")
_PIECE = 2000


def write_entity_line(f: IO[str], e: Entity) -> None:
    """Write the ``entities.jsonl`` line of ``e`` (the JSON of ``e.to_dict()``).

    A part given as a :class:`~newsmill.core.model.StreamedItems` (a very
    large entity, read back from the run's spool) is written a piece at a
    time, never held whole; the text is the same.
    """
    if all(type(getattr(e, name)) is list for name in _PARTS):
        f.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    f.write("{")
    for i, (key, value) in enumerate(attrs.asdict(e, recurse=False).items()):
        f.write((", " if i else "") + json.dumps(key, ensure_ascii=False) + ": ")
        if key not in _PARTS or type(value) is list:
            f.write(json.dumps([list(m) for m in value] if key == "members" else value,
                               ensure_ascii=False))
            continue
        f.write("[")
        it, sep = iter(value), ""
        while piece := list(islice(it, _PIECE)):
            f.write(sep + ", ".join(json.dumps(item, ensure_ascii=False) for item in piece))
            sep = ", "
        f.write("]")
    f.write("}\n")


class JsonlWriter:
    """Writes ``documents.jsonl`` (one document a line) and ``entities.jsonl``."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.out_dir = out_dir
        self._f = (out_dir / "documents.jsonl").open("w", encoding="utf-8")

    def write(self, doc: Document) -> None:
        """Write one line for the document (one per source file, even when two files are identical)."""
        self._f.write(document_line(doc))

    def preparer(self) -> Callable[[Document], str]:
        """The line can be made in the worker that processed the document."""
        return document_line

    def write_prepared(self, line: str) -> None:
        """Write a line made by :func:`document_line`."""
        self._f.write(line)

    def write_entities(self, entities: Iterable[Entity]) -> None:
        """Write ``entities.jsonl``, one entity a line."""
        with (self.out_dir / "entities.jsonl").open("w", encoding="utf-8") as f:
            for e in entities:
                write_entity_line(f, e)

    def close(self) -> None:
        """Close the documents file."""
        self._f.close()


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``jsonl`` format."""
    return {"jsonl": JsonlWriter}
