"""Reader: UTF-8 text files (the minimal reader; other readers claim sources first)."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source, content_id


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """A fallback: specialised readers (priority < 900) claim sources first."""
    return {"read": 900}


@hookimpl
def newsmill_read(source: Source) -> list[Document]:
    """Read a UTF-8 (optionally with BOM) text file into one document."""
    data = source.read_bytes()
    if not data.strip():
        raise ValueError(f"{source.uri}: empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{source.uri}: not UTF-8 text (byte {e.start}: {e.reason})") from None
    doc = Document(id=content_id(data), source=source.uri, raw=text)
    doc.meta.encoding = "utf-8"
    return [doc]
