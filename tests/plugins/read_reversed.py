"""Reader: claims ``.rev`` files and reads their text backwards."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source, content_id


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"read": 100}


@hookimpl
def newsmill_read(source: Source) -> list[Document] | None:
    if source.suffix != ".rev":
        return None
    data = source.read_bytes()
    doc = Document(id=content_id(data), source=source.uri, raw=data.decode("utf-8")[::-1])
    doc.meta.encoding = "utf-8"
    return [doc]
