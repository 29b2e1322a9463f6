"""Reader ``read-jsonl``: ``.jsonl`` / ``.ndjson`` files, one document per line.

Each line is a JSON object with ``text`` and optionally ``id``, ``pub_date``
(``YYYY-MM-DD``), ``source`` (the outlet, e.g. a newspaper's name), ``url``
and ``title`` (the text and title fields can be renamed with the
``text_field`` and ``title_field`` options).  A bad line (invalid JSON, no text, bad date, too long) gives
one failed document named ``FILE#L<n>`` carrying the error; the other lines
are read normally.  Documents are named ``FILE#L<n>``; a given ``id`` is kept
in ``doc.meta.extra["id"]``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import IO, Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source, content_id
from newsmill.readkit.common import MB, ReadError, normalize_newlines, set_name_date

NAME = "read-jsonl"
SUFFIXES = (".jsonl", ".ndjson")
CHUNK = 1 << 20


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """First: a .jsonl file is never read as plain text."""
    return {"read": 100}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """The longest line read."""
    return {
        "max_line_mb": Option((int, float), 16.0, "Refuse lines longer than this many MB."),
        "text_field": Option(str, "text", "The field holding the document's text."),
        "title_field": Option(str, "title", "The field holding its title, if any."),
    }


def _lines(f: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; bytes is ``None`` for a line over ``limit`` (skipped unread)."""
    n = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line in chunks
                rest = f.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        yield n, line


def _failed(uri: str, line: bytes, message: str) -> Document:
    doc = Document(id=content_id(uri.encode() + b"\n" + line), source=uri, raw="")
    doc.error("read", NAME, f"{uri}: {message}")
    return doc


def _pub_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"pub_date must be a YYYY-MM-DD string, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"pub_date {value!r} is not a YYYY-MM-DD date") from None


def _document(source: Source, uri: str, line: bytes, text_field: str = "text",
              title_field: str = "title") -> Document:
    try:
        obj = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        return _failed(uri, line, f"not UTF-8 (byte {e.start} of the line: {e.reason})")
    except json.JSONDecodeError as e:
        return _failed(uri, line, f"invalid JSON ({e.msg} at column {e.colno})")
    if not isinstance(obj, dict):
        return _failed(uri, line, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get(text_field)
    if not isinstance(text, str) or not text.strip():
        return _failed(uri, line, f"no {text_field!r} (a non-empty string is required)")
    text, _ = normalize_newlines(text)
    doc = Document(id=content_id(line.strip()), source=uri, raw=text)
    doc.meta.encoding = "utf-8"
    if isinstance(obj.get("url"), str):
        doc.meta.url = obj["url"]
    if isinstance(obj.get(title_field), str):
        doc.meta.title = obj[title_field]
    if isinstance(obj.get("source"), str):
        doc.meta.outlet = obj["source"]
    if obj.get("id") is not None:
        doc.meta.extra["id"] = obj["id"]
    if obj.get("pub_date"):
        try:
            doc.meta.pub_date = _pub_date(obj["pub_date"])
        except ValueError as e:
            return _failed(uri, line, str(e))
        doc.meta.pub_date_source = "metadata"
    set_name_date(doc, source)
    return doc


def _read(source: Source, f: IO[bytes], options: dict) -> list[Document]:
    limit = int(options["max_line_mb"] * MB)
    docs: list[Document] = []
    for n, line in _lines(f, limit):
        uri = f"{source.uri}#L{n}"
        if line is None:
            docs.append(_failed(uri, b"", f"line longer than {limit / MB:g} MB (max_line_mb): skipped"))
        elif line.strip():
            docs.append(_document(source, uri, line, options["text_field"], options["title_field"]))
    if not docs:
        raise ReadError(source, "empty JSONL file (no lines)")
    return docs


@hookimpl
def newsmill_read(source: Source, options: dict) -> list[Document] | None:
    """Claim ``.jsonl``/``.ndjson`` sources and read one document per non-blank line."""
    if source.suffix not in SUFFIXES:
        return None
    if source.data is not None:
        import io

        return _read(source, io.BytesIO(source.data), options)
    if source.path is None:
        raise ReadError(source, "no data and no path")
    try:
        with source.path.open("rb") as f:
            return _read(source, f, options)
    except OSError as e:
        raise ReadError(source, f"cannot read file: {e.strerror or e}") from None
