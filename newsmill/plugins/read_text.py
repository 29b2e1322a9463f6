"""Reader ``read-text``: plain-text pages in UTF-8, GB18030/GBK, Big5 or UTF-16/32 with a BOM.

It runs last among the readers and claims every source the others left, so
a binary file or an undecodable one gets a clear error instead of no reader.
The encoding is detected (``newsmill.readkit.encoding``) unless the source
carries ``metadata["encoding"]`` (``--encoding``); the one used is recorded
in ``doc.meta.encoding``.
"""

from __future__ import annotations

import re

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Region, Source, content_id
from newsmill.readkit.common import (
    USE_MTIME_HELP,
    ReadError,
    binary_kind,
    normalize_newlines,
    read_limited,
    set_mtime_date,
    set_name_date,
)
from newsmill.readkit.encoding import DecodeFailure, decode

NAME = "read-text"
INVALID_MODES = ("error", "replace")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Last among the readers: it takes every source the others left."""
    return {"read": 900}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Size and line limits, and what to do with undecodable bytes."""
    return {
        "max_mb": Option((int, float), 32.0, "Refuse files larger than this many MB (0: no limit)."),
        "max_line_chars": Option(int, 200_000, "Refuse text with a longer line (0: no limit)."),
        "invalid": Option(str, "error", "Undecodable bytes: 'error' refuses the file, 'replace' "
                                        "reads it with U+FFFD, a warning and 'undecodable' regions."),
        "use_mtime": Option(bool, False, USE_MTIME_HELP),
    }


def _replace_decode(data: bytes, failure: DecodeFailure) -> str:
    enc = failure.encoding or "utf-8"
    return data.decode(enc, errors="replace")


def _undecodable_regions(text: str) -> list[Region]:
    return [Region("undecodable", m.start(), m.end(), "bytes replaced by U+FFFD", NAME)
            for m in re.finditer("\ufffd+", text)]


def _check_lines(source: Source, text: str, max_chars: int) -> None:
    if not max_chars or len(text) <= max_chars:
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > max_chars:
            raise ReadError(source, f"line starting at character {start} has {end - start} "
                                    f"characters (limit {max_chars}): not a text page "
                                    "(raise read-text max_line_chars to read it)")
        start = end + 1


@hookimpl
def newsmill_read(source: Source, options: dict) -> list[Document]:
    """Decode the source strictly and return it as one document."""
    data = read_limited(source, options["max_mb"])
    if not data.strip():
        raise ReadError(source, "empty file" if not data else "empty file (only whitespace)")
    kind = binary_kind(data[:16])
    if kind:
        raise ReadError(source, f"binary file ({kind}), not text")
    invalid = options["invalid"]
    if invalid not in INVALID_MODES:
        raise ReadError(source, f"option [read-text] invalid = {invalid!r} is not one of "
                                f"{', '.join(map(repr, INVALID_MODES))}")
    warning = None
    try:
        text, encoding = decode(data, source.metadata.get("encoding"))
    except LookupError as e:
        raise ReadError(source, f"unknown encoding: {e}") from None
    except DecodeFailure as f:
        if invalid == "error" or f.encoding is None:
            raise ReadError(source, str(f)) from None
        text, encoding = _replace_decode(data, f), f.encoding
        warning = f"{f}; read with replacement characters"
    text, newlines = normalize_newlines(text)
    if not text.strip():
        raise ReadError(source, "empty file (only whitespace)")
    _check_lines(source, text, options["max_line_chars"])
    doc = Document(id=content_id(data), source=source.uri, raw=text)
    doc.meta.encoding = encoding
    if newlines:
        doc.meta.extra["newlines"] = newlines
    if warning:
        doc.warn("read", NAME, warning)
        doc.regions.extend(_undecodable_regions(text))
    set_name_date(doc, source)
    set_mtime_date(doc, source, options["use_mtime"])
    return [doc]
