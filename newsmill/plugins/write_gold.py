"""Writer ``gold``: one gold-format JSON per input file, for annotation and scoring.

``newsmill run PAGE... --format gold -o DIR`` writes ``DIR/<input file
stem>.json`` in the layout of the hand-made gold files (articles, money,
projects, batches, indicators, cleaning) plus ``cleaned_text``, with every
``evidence`` copied from the raw text.  A person corrects it to make gold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity


def gold_stem(source: str) -> str:
    """The file stem of a document source (``dir/page.txt`` → ``page``; archive members too)."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    name = name.rsplit("!", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


class GoldWriter:
    """Writes ``<stem>.json`` per document; a repeated stem gets ``-2``, ``-3``… appended."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        from newsmill.zh.gold import document_to_gold, strip_private  # only when gold is written

        self._gold = lambda doc: strip_private(document_to_gold(doc))
        self.out_dir = out_dir
        self._seen: dict[str, int] = {}

    def write(self, doc: Document) -> None:
        """Write one document (failed documents without text are skipped)."""
        if doc.failed and not doc.raw:
            return
        stem = gold_stem(doc.source)
        n = self._seen.get(stem, 0) + 1
        self._seen[stem] = n
        name = stem if n == 1 else f"{stem}-{n}"
        data = self._gold(doc)
        (self.out_dir / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def write_entities(self, entities: list[Entity]) -> None:
        """Gold files hold no corpus-level entities."""

    def close(self) -> None:
        """Nothing to flush: every file is written whole."""


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``gold`` output format."""
    return {"gold": GoldWriter}
