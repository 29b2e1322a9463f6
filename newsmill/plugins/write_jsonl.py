"""Writer ``jsonl``: one line per document with its articles, mentions, records and spans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity


class JsonlWriter:
    """Writes ``documents.jsonl`` (one document a line) and ``entities.jsonl``."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.out_dir = out_dir
        self._f = (out_dir / "documents.jsonl").open("w", encoding="utf-8")

    def write(self, doc: Document) -> None:
        """Append one document as a JSON line."""
        self._f.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")

    def write_entities(self, entities: list[Entity]) -> None:
        """Write ``entities.jsonl``."""
        with (self.out_dir / "entities.jsonl").open("w", encoding="utf-8") as f:
            for e in entities:
                f.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Close ``documents.jsonl``."""
        self._f.close()


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """Declare the ``jsonl`` format."""
    return {"jsonl": JsonlWriter}
