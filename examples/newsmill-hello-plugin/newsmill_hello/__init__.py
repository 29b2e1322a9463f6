"""An example newsmill plugin, packaged on its own.

It adds an annotator that marks every occurrence of a word (option
``word``, default "hello") as a ``greeting`` mention, and a ``hello``
output format that writes one line per document with its greeting count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    return {"word": Option(str, "hello", "the word to mark as a greeting")}


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    word = options["word"]
    text = doc.clean
    out, i = [], text.find(word)
    while i >= 0 and word:
        out.append(Mention("greeting", i, i + len(word), value=word))
        i = text.find(word, i + len(word))
    return out


class HelloWriter:
    """Writes ``hello.txt``: document id and number of greetings, one line each."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self._f = (out_dir / "hello.txt").open("w", encoding="utf-8")

    def write(self, doc: Document) -> None:
        n = sum(m.kind == "greeting" for m in doc.mentions)
        self._f.write(f"{doc.id}\t{n}\n")

    def write_entities(self, entities: list) -> None:
        pass

    def close(self) -> None:
        self._f.close()


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    return {"hello": HelloWriter}
