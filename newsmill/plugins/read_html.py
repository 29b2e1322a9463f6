"""Reader ``read-html``: news portal pages and WeChat articles saved as HTML.

Claims ``.html``/``.htm``/``.shtml``/``.xhtml`` sources and any source whose
first bytes are an HTML document.  The main text is extracted with lxml
(``newsmill.readkit.htmltext``) keeping one paragraph per line and a blank
line between blocks; the title, URL, outlet and publication date come from
the page's metadata (``newsmill.readkit.htmlmeta``) with
``pub_date_source = "metadata"``.  lxml is a main dependency; if it is
missing (a damaged install) the reader names what to install.
"""

from __future__ import annotations

import re

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source, content_id
from newsmill.readkit.common import (
    USE_MTIME_HELP,
    MissingExtra,
    ReadError,
    head_bytes,
    read_limited,
    set_mtime_date,
    set_name_date,
)
from newsmill.readkit.encoding import DecodeFailure, bom_encoding, decode

NAME = "read-html"
SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_SNIFF = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(source: Source) -> bool:
    """True for an HTML file name or content starting with a doctype / ``<html>``."""
    return source.suffix in SUFFIXES or bool(_SNIFF.match(head_bytes(source, 1024)))


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After the JSONL reader, before PDF and plain text."""
    return {"read": 200}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Size limit and heading style."""
    return {
        "max_mb": Option((int, float), 32.0, "Refuse HTML files larger than this many MB (0: no limit)."),
        "markdown_headings": Option(bool, True, "Write headings as '# ' / '## ' lines, like the title."),
        "use_mtime": Option(bool, False, USE_MTIME_HELP),
    }


def decode_html(source: Source, data: bytes) -> tuple[str, str, str | None]:
    """``(text, encoding, warning)``: BOM, then ``--encoding``, the declared charset, detection."""
    from newsmill.readkit.htmlmeta import declared_charset

    forced = source.metadata.get("encoding")
    if forced:
        try:
            text, enc = decode(data, forced)
            return text, enc, None
        except DecodeFailure as f:
            raise ReadError(source, str(f)) from None
    declared = None if bom_encoding(data) else declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared, None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text, enc = decode(data)
        return text, enc, None
    except DecodeFailure as f:
        if f.encoding is None:
            raise ReadError(source, str(f)) from None
        enc = declared or f.encoding
        try:
            text = data.decode(enc, errors="replace")
        except LookupError:
            enc, text = f.encoding, data.decode(f.encoding, errors="replace")
        return text, enc, f"{f}; undecodable bytes replaced by U+FFFD"


def _is_title_line(block: str, title: str) -> bool:
    """True when a block is the title line (possibly as a heading, with a little more)."""
    line = block.lstrip("#").strip()
    return line == title or (line.startswith(title) and len(line) <= len(title) + 12
                             and "。" not in line)


@hookimpl
def newsmill_read(source: Source, options: dict) -> list[Document] | None:
    """Claim HTML sources and read each into one document."""
    if not looks_like_html(source):
        return None
    try:
        from lxml import etree  # noqa: F401

        from newsmill.readkit import htmlmeta, htmltext
    except ImportError:
        raise MissingExtra(source, "HTML", None, "lxml") from None
    data = read_limited(source, options["max_mb"])
    if not data.strip():
        raise ReadError(source, "empty file")
    text, encoding, warning = decode_html(source, data)
    try:
        root = htmltext.parse(text)
    except Exception as e:  # lxml raises ParserError / ValueError on junk
        raise ReadError(source, f"not parseable as HTML ({e})") from None
    title = htmlmeta.title(root)
    date, date_where = htmlmeta.pub_date(root, htmlmeta.script_text(root))
    url, outlet = htmlmeta.url_and_outlet(root)
    htmltext.clean_tree(root)
    found = htmltext.extract_blocks(root, options["markdown_headings"])
    blocks = found.blocks
    if not "".join(blocks).strip():
        raise ReadError(source, "HTML page has no text (only markup, scripts or images)")
    if title and not any(_is_title_line(b, title) for b in blocks[:3]):
        blocks.insert(0, ("# " if options["markdown_headings"] else "") + title)
    doc = Document(id=content_id(data), source=source.uri, raw=htmltext.join_blocks(blocks))
    doc.meta.encoding = encoding
    doc.meta.title = title
    doc.meta.url = url
    doc.meta.outlet = outlet
    doc.meta.extra["html_container"] = found.container
    if date:
        doc.meta.pub_date, doc.meta.pub_date_source = date, "metadata"
        doc.meta.extra["pub_date_from"] = date_where
    if warning:
        doc.warn("read", NAME, warning)
    set_name_date(doc, source)
    set_mtime_date(doc, source, options["use_mtime"])
    return [doc]
