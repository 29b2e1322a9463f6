"""Writer ``count``: ``count.txt`` with the number of documents and entities."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmill.core.hookspecs import hookimpl


class CountWriter:
    """Counts documents and entities, writes them on close."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.path = out_dir / "count.txt"
        self.docs = 0
        self.entities = 0

    def write(self, doc: Any) -> None:
        self.docs += 1

    def write_entities(self, entities: list) -> None:
        self.entities = len(entities)

    def close(self) -> None:
        self.path.write_text(f"{self.docs} {self.entities}\n", encoding="utf-8")


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    return {"count": CountWriter}
